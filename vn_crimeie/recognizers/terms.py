"""TERM: other abbreviated domain terms (``KHCN``, ``PCCC``, ``TNGT``, ``BKS`` …) and their long forms.

The abbreviations are the TERM rows of ``lang/vi/abbreviations.yaml``; each
mention carries ``value.expansion``.  A long form (``khoa học công nghệ``) is a
TERM only in a text that also uses its abbreviation: that is when the text
"abbreviates" the term.

>>> t = "Ứng dụng khoa học công nghệ (KHCN) vào công tác; đẩy mạnh KHCN."
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('khoa học công nghệ', None), ('KHCN', {'expansion': 'khoa học công nghệ'}), ('KHCN', {'expansion': 'khoa học công nghệ'})]
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from ..candidates import Candidate
from ..lexicon import PhraseMatcher
from .abbreviations import abbreviation_table, mentions

__all__ = ["find"]

PRIORITY = 12


@cache
def _long_forms() -> PhraseMatcher[str]:
    return PhraseMatcher({row.expansion: row.abbr for row in abbreviation_table().values() if row.label == "TERM"})


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """TERM candidates in normalised ``text``."""
    table = abbreviation_table()
    out: list[Candidate] = []
    used: set[str] = set()
    for start, end in mentions(text, "TERM"):
        abbr = text[start:end]
        used.add(table[abbr].abbr)
        out.append(Candidate(start, end, "TERM", {"expansion": table[abbr].expansion}, source="terms.abbr", priority=PRIORITY))
    for start, end, abbr in _long_forms().find(text):
        if abbr in used:
            out.append(Candidate(start, end, "TERM", None, source="terms.long", priority=PRIORITY))
    return sorted(out, key=lambda c: (c.start, c.end))
