"""CRIME: names of offences and crime categories, from ``lang/vi/crimes.yaml``.

Offences of the Criminal Code (with their article), the press wordings for
crime categories (``tội phạm có tổ chức``, ``tín dụng đen``) and the CRIME
abbreviations of ``lang/vi/abbreviations.yaml`` (``TPCTC``).  The head noun
``tội`` before an offence stays outside the span (``tội`` [``Giết người``]),
while a category keeps its ``tội phạm`` (``tội phạm có tổ chức``).

>>> t = "Khởi tố bị can về tội Giết người và tội phạm có tổ chức (TPCTC)."
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('Giết người', {'offence': 'Giết người', 'article': 123}), ('tội phạm có tổ chức', None), ('TPCTC', {'expansion': 'tội phạm có tổ chức'})]
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from ..candidates import Candidate
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data
from .abbreviations import abbreviation_table, mentions

__all__ = ["find", "offence_table"]

PRIORITY = 18


@cache
def offence_table() -> dict[str, dict[str, Any] | None]:
    """Every wording of an offence or category → its value (offence and article) or None.

    >>> offence_table()["Trộm cắp tài sản"]
    {'offence': 'Trộm cắp tài sản', 'article': 173}
    """
    data = load_data("crimes.yaml")
    table: dict[str, dict[str, Any] | None] = {}
    for name in data.get("categories") or []:
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(f"crimes.yaml: categories entry {name!r} must be a non-empty string")
        table[name] = None
    for i, entry in enumerate(data.get("offences") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise LexiconError(f"crimes.yaml: offences[{i}] {entry!r} needs a 'name' string")
        article = entry.get("article")
        if article is not None and (not isinstance(article, int) or not 100 <= article <= 430):
            raise LexiconError(f"crimes.yaml: offences[{i}] article {article!r} is not an article of the Code")
        value: dict[str, Any] = {"offence": entry["name"]}
        if article is not None:
            value["article"] = article
        for spelling in [entry["name"], *(entry.get("variants") or [])]:
            table[spelling] = value
    return table


@cache
def _matcher() -> tuple[PhraseMatcher[dict[str, Any] | None], tuple[str, ...]]:
    stop = tuple(fold(w) for w in load_data("crimes.yaml").get("not_before") or [])
    return PhraseMatcher(offence_table()), stop


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """CRIME candidates in normalised ``text``.

    >>> [c.value for c in find("bị bắt về hành vi Lừa đảo chiếm đoạt tài sản")]
    [{'offence': 'Lừa đảo chiếm đoạt tài sản', 'article': 174}]
    """
    matcher, stop = _matcher()
    out: list[Candidate] = []
    for start, end, value in matcher.find(text):
        rest = fold(text[end : end + 20]).lstrip(" ")
        if any(rest.startswith(s) for s in stop):
            continue
        out.append(Candidate(start, end, "CRIME", dict(value) if value else None, source="crimes", priority=PRIORITY))
    table = abbreviation_table()
    out.extend(
        Candidate(s, e, "CRIME", {"expansion": table[text[s:e]].expansion}, source="crimes.abbr", priority=PRIORITY)
        for s, e in mentions(text, "CRIME")
    )
    return sorted(out, key=lambda c: (c.start, c.end))
