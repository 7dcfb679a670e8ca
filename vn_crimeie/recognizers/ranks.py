"""RANK: police and military ranks, from the rank table in ``lang/vi/ranks.yaml``.

Matches any case (``ĐẠI TÁ``, ``đại tá``), both tone placements (``Đại uý`` is
normalised to ``Đại úy`` before matching) and, where the text carries no
diacritics at all, the stripped form (``dai ta``).

>>> from vn_crimeie.normalize import normalize
>>> text = normalize("Đại tướng Tô Lâm gặp thiếu uý A").text
>>> [(c.start, c.end, c.value["rank"]) for c in find(text)]
[(0, 9, 'Đại tướng'), (21, 29, 'Thiếu úy')]
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data

__all__ = ["find", "rank_table"]

GRADES = ("general", "field", "company", "nco", "enlisted")


@cache
def rank_table() -> dict[str, dict[str, Any]]:
    """Every spelling of a rank (canonical and variants) → its normalised value.

    >>> rank_table()["Đại uý"]
    {'rank': 'Đại úy', 'grade': 'company', 'order': 4}
    """
    data = load_data("ranks.yaml")
    table: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(data.get("ranks") or []):
        where = f"ranks.yaml: ranks[{i}] {entry!r}"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise LexiconError(f"{where}: needs a 'canonical' string")
        if entry.get("grade") not in GRADES:
            raise LexiconError(f"{where}: grade must be one of {GRADES}")
        if not isinstance(entry.get("order"), int) or entry["order"] < 1:
            raise LexiconError(f"{where}: order must be a positive integer")
        value = {"rank": entry["canonical"], "grade": entry["grade"], "order": entry["order"]}
        for spelling in [entry["canonical"], *(entry.get("variants") or [])]:
            table[spelling] = value
    return table


@cache
def _matchers() -> tuple[PhraseMatcher[dict[str, Any]], PhraseMatcher[dict[str, Any]], frozenset[str]]:
    table = rank_table()
    stop = frozenset(fold(w) for w in load_data("ranks.yaml").get("not_before") or [])
    return PhraseMatcher(table), PhraseMatcher(table, strip=True), stop


def _next_word(text: str, end: int) -> str:
    rest = text[end : end + 12].lstrip(" ")
    word = rest.split(" ", 1)[0] if rest else ""
    return fold(word.strip(".,;:!?()\"'"))


def _found(text: str) -> tuple[tuple[int, int, dict[str, Any], str, int], ...]:
    """The RANK spans of ``text`` (start, end, table value, source, priority)."""
    exact, stripped, stop = _matchers()
    found: dict[tuple[int, int], tuple[int, int, dict[str, Any], str, int]] = {}
    for start, end, value in exact.find(text):
        if _next_word(text, end) in stop:
            continue
        found[(start, end)] = (start, end, value, "ranks", PRIORITIES["ranks"])
    for start, end, value in stripped.find(text):
        span = text[start:end]
        if (start, end) in found or not span.isascii():
            continue
        if _next_word(text, end) in stop:
            continue
        found[(start, end)] = (start, end, value, "ranks.ascii", PRIORITIES["ranks.ascii"])
    return tuple(sorted(found.values(), key=lambda f: f[0]))


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """RANK candidates in normalised ``text``.

    >>> [c.value["rank"] for c in find("dai ta Nguyen Van A va Trung tá B")]
    ['Đại tá', 'Trung tá']
    >>> find("12 hạ sĩ quan")
    []
    """
    return [
        Candidate(start, end, "RANK", dict(value), source=source, priority=priority)
        for start, end, value, source, priority in _found(text)
    ]

