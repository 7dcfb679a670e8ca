"""ABBREVIATES: a short form defined in brackets after its long form, both entities.

The definitions themselves (``Ban Chỉ đạo Kế hoạch 131 (BCĐ)``, ``tội phạm có tổ
chức, tội phạm xuyên quốc gia (TPCTC, TPXQG)``) are found by
:func:`vn_crimeie.recognizers.abbreviations.definitions`; this module links the
entities that stand on them: the short form must be an entity of its own, the
long form is the entity on the defined span or, when the entities cut it
differently, the one that overlaps it most.  Where the recogniser sees no
definition but the entities show one, a short name in brackets right after a
longer one (``Liên đoàn Tự do Dân sự Hoa Kỳ (ACLU)``, ``Cục Cảnh sát HS (C45, Bộ
Công an)``) is linked too; in a list of units the long form is the one whose
words the short form repeats (``Đội Tuần tra … số 6, Phòng …, Cục … (Đội 6)``).
A name written in full and later with a known abbreviation in it (``Công an
quận Hoàn Kiếm`` … ``CA quận Hoàn Kiếm``) is linked at its first short mention,
and a short name given with a cue of ``abbreviation_cues.yaml`` (``Công ty TNHH
Song Lộc (gọi tắt là Công ty Song Lộc)``) is linked to the name before the cue.
Last, a short form spelled by the initials of a long form of the document
(``CSGT`` … ``Cảnh sát giao thông``) is linked without any cue
(:mod:`.initialisms`).

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found
>>> t = "Ban Chỉ đạo Kế hoạch 131 (BCĐ) họp."
>>> found = Found()
>>> link_abbreviations(t, [Candidate(0, 24, "ORG"), Candidate(26, 29, "ORG")], [(0, len(t))], found)
>>> [(r.label, r.head, r.tail) for r in found.relations()]
[('ABBREVIATES', 1, 0)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from ..lexicon import load_data, string_list
from ..recognizers.abbreviations import Definition, expand, find_definitions
from .context import Found
from .initialisms import link_initialisms

__all__ = ["link_abbreviations", "LABELS"]

#: The labels an abbreviation and its long form can carry.
LABELS = ("ORG", "CRIME", "TERM")

_WORD = regex.compile(r"[\p{L}\p{N}&]+")
_CLOSING_QUOTES = "\"”’'"
_SHORT_MAX_WORDS = 2
_MAX_LIST = 8


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _is_short_of(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long``: at most two words, fewer than the long form."""
    sw, lw = _words(short), _words(long)
    return 0 < len(sw) <= _SHORT_MAX_WORDS and len(sw) < len(lw) and len(short) < len(long)


def _affinity(short: str, long: str) -> int:
    """How much of ``short`` the long form spells: shared words plus matching initials."""
    sw, lw = _words(short), set(_words(long))
    initials = "".join(w[0] for w in _words(long))
    letters = "".join(ch for ch in short.casefold() if ch.isalpha())
    return sum(w in lw for w in sw) + (1 if letters and letters in initials else 0)


def _evidence(sentences: Sequence[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    j = bisect_right(starts, pos) - 1
    if j >= 0 and pos < sentences[j][1]:
        return sentences[j]
    return (pos, pos)


def link_abbreviations(
    text: str,
    entities: Sequence[Any],
    sentences: Sequence[tuple[int, int]],
    found: Found,
    definitions: Sequence[Definition] | None = None,
) -> None:
    """Add ABBREVIATES(short, long) for every definition of ``text`` that stands on entities.

    ``definitions`` are the in-text definitions of ``text`` (found here when not given).
    """
    pairs = find_definitions(text) if definitions is None else definitions
    _bracketed(text, entities, sentences, found)
    _shortened_names(text, entities, sentences, found)
    _cued_short_names(text, entities, sentences, found)
    _defined(text, entities, sentences, found, pairs)
    link_initialisms(text, entities, sentences, found)


def _defined(
    text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]], found: Found, pairs: Sequence[Definition]
) -> None:
    """The in-text definitions ``pairs`` whose short form is an entity, linked to the entity on the long form."""
    if not pairs:
        return
    candidates = [i for i, e in enumerate(entities) if e.label in LABELS]
    by_span = {(entities[i].start, entities[i].end): i for i in candidates}
    sentences = sorted(sentences)
    starts = [s for s, _ in sentences]
    for (ss, se), (ls, le) in pairs:
        short = by_span.get((ss, se))
        if short is None:
            continue
        long_ = by_span.get((ls, le))
        if long_ is None:
            best = 0
            for i in candidates:
                e = entities[i]
                overlap = min(e.end, le) - max(e.start, ls)
                if i != short and not (e.start < se and ss < e.end) and overlap > best:
                    long_, best = i, overlap
        if long_ is not None and long_ != short:
            found.add("ABBREVIATES", short, long_, _evidence(sentences, starts, ss))


def _bracketed(text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]], found: Found) -> None:
    """``LONG (SHORT)`` and ``LONG (SHORT, parent)`` written with two entities; a quoted long form too (``"Nhà nước Hồi giáo" (IS)``)."""
    order = sorted((i for i, e in enumerate(entities) if e.label in LABELS), key=lambda i: entities[i].start)
    spans = sorted(sentences)
    starts = [s for s, _ in spans]
    for pos, (a, b) in enumerate(zip(order, order[1:])):
        long_e, short_e = entities[a], entities[b]
        if text[long_e.end : short_e.start].strip().lstrip(_CLOSING_QUOTES).strip() != "(" or text[short_e.end : short_e.end + 1] not in (")", ","):
            continue
        short = text[short_e.start : short_e.end]
        if not _is_short_of(short, text[long_e.start : long_e.end]):
            continue
        # A list of units before the bracket: the long form is the one the short form spells best.
        best, best_score = a, _affinity(short, text[long_e.start : long_e.end])
        k = pos
        while k > 0 and pos - k < _MAX_LIST:
            prev = entities[order[k - 1]]
            if text[prev.end : entities[order[k]].start].strip() != ",":
                break
            k -= 1
            score = _affinity(short, text[prev.start : prev.end])
            if score > best_score and _is_short_of(short, text[prev.start : prev.end]):
                best, best_score = order[k], score
        if not found.has_head("ABBREVIATES", b):
            found.add("ABBREVIATES", b, best, _evidence(spans, starts, short_e.start))


def _shortened_names(text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]], found: Found) -> None:
    """``Công an quận X`` … later ``CA quận X``: the first short mention after the full one abbreviates it."""
    orgs = sorted((i for i, e in enumerate(entities) if e.label == "ORG"), key=lambda i: entities[i].start)
    full_at: dict[str, int] = {}
    done: set[str] = set()
    spans = sorted(sentences)
    starts = [s for s, _ in spans]
    for i in orgs:
        e = entities[i]
        name = text[e.start : e.end]
        key = " ".join(name.casefold().split())
        long_form = expand(name)
        if long_form is not None and " " in name:
            lkey = " ".join(long_form.casefold().split())
            if lkey in full_at and lkey not in done and not found.has_head("ABBREVIATES", i):
                found.add("ABBREVIATES", i, full_at[lkey], _evidence(spans, starts, e.start))
                done.add(lkey)
        elif long_form is None:
            full_at.setdefault(key, i)


@cache
def _cue_gap() -> regex.Pattern[str]:
    """The text between a long name and its short name: ``(gọi tắt là``, ``, sau đây gọi là``."""
    cues = string_list(load_data("abbreviation_cues.yaml"), "definition_cues", "abbreviation_cues.yaml")
    alt = "|".join(regex.escape(c, literal_spaces=True) for c in sorted(cues, key=len, reverse=True))
    return regex.compile(rf" ?[(,]? ?(?i:{alt})\s*:?\s*[\"“]?")


def _cued_short_names(text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]], found: Found) -> None:
    """``LONG (gọi tắt là SHORT)`` / ``LONG, viết tắt là SHORT`` between two entities of one label family."""
    order = sorted((i for i, e in enumerate(entities) if e.label in LABELS), key=lambda i: entities[i].start)
    spans = sorted(sentences)
    starts = [s for s, _ in spans]
    gap = _cue_gap()
    for a, b in zip(order, order[1:]):
        long_e, short_e = entities[a], entities[b]
        if short_e.start - long_e.end > 40 or not gap.fullmatch(text, long_e.end, short_e.start):
            continue
        if short_e.end - short_e.start < long_e.end - long_e.start and not found.has_head("ABBREVIATES", b):
            found.add("ABBREVIATES", b, a, _evidence(spans, starts, short_e.start))
