"""The PERSON engine: run the named rules in order on one set of accepted spans.

>>> from .context import build_context
>>> ctx = build_context("Bị can Lê Trung Kiên khai. Kiên bị bắt.")
>>> [(ctx.text[s:e], c.source) for s, e, c in run_rules(ctx)]
[('Lê Trung Kiên', 'persons.cue'), ('Kiên', 'persons.echo')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ...priorities import PRIORITIES
from .context import Found, PersonContext, accept
from .rules import RULES, Rule

__all__ = ["run_rules", "ner_spans", "NER_RULE"]


def run_rules(ctx: PersonContext, rules: Sequence[tuple[str, Rule]] = RULES) -> Found:
    """The spans that ``rules`` find in the text of ``ctx``, each rule run once in the order given."""
    found = Found()
    for _name, rule in rules:
        rule(ctx, found)
    return found


@cache
def _ner():  # pragma: no cover - exercised only with use_ner=True
    from underthesea import ner

    return ner


def _per_spans(ner_tags: list, text: str, pos: int, end: int) -> list[tuple[int, int]]:  # pragma: no cover
    """The ``PER`` spans of underthesea's tags for ``text[pos:end]``, as text offsets."""
    current: tuple[int, int] | None = None
    spans = []
    for token, *_tags, tag in ner_tags:
        k = text.find(token, pos, end)
        if k < 0:
            continue
        pos = k + len(token)
        if tag == "B-PER" or (tag == "I-PER" and current is None):
            if current:
                spans.append(current)
            current = (k, pos)
        elif tag == "I-PER" and current:
            current = (current[0], pos)
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return spans


def ner_spans(ctx: PersonContext, found: Found) -> None:  # pragma: no cover - slow, optional
    """``persons.ner``: underthesea PER spans in the sentences where the rules found no person."""
    ner, text = _ner(), ctx.text
    for m in regex.finditer(r"[^.!?\n]+[.!?]?", text):
        s, e = m.span()
        if found.overlaps(s, e) or not regex.search(r"\p{Lu}\p{Ll}*[ ]\p{Lu}", m.group()):
            continue
        for a, b in _per_spans(ner(m.group()), text, s, e):
            accept(found, a, b, "persons.ner", PRIORITIES["persons.ner"])


#: The optional statistical step, run after the rules with ``use_ner=True``.
NER_RULE: tuple[str, Rule] = ("persons.ner", ner_spans)
