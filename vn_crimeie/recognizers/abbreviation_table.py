"""The table of known abbreviations (``lang/vi/abbreviations.yaml``): rows, expansions, mentions.

The ORG, CRIME and TERM recognisers read it; :mod:`.abbreviations` (the
in-text definitions) and the relation stage too.

>>> abbreviation_table()["TPCTC"].label, expand("CATP")
('CRIME', 'Công an thành phố')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import LexiconError, PhraseMatcher, load_data

__all__ = ["Abbreviation", "abbreviation_table", "expand", "mentions", "TOKEN"]

_LABELS = ("ORG", "CRIME", "TERM")


@dataclass(frozen=True)
class Abbreviation:
    """One row of the abbreviation table."""

    abbr: str
    expansion: str
    label: str
    part_only: bool = False  # only inside a longer name ("CSĐT" in "Cơ quan CSĐT")


@cache
def abbreviation_table() -> dict[str, Abbreviation]:
    """Every spelling of a known abbreviation → its row (case-sensitive keys).

    >>> abbreviation_table()["TPCTC"].expansion
    'tội phạm có tổ chức'
    """
    table: dict[str, Abbreviation] = {}
    for i, entry in enumerate(load_data("abbreviations.yaml").get("abbreviations") or []):
        where = f"abbreviations.yaml: abbreviations[{i}] {entry!r}"
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("abbr", "expansion", "label")):
            raise LexiconError(f"{where}: needs 'abbr', 'expansion' and 'label' strings")
        if entry["label"] not in _LABELS:
            raise LexiconError(f"{where}: label must be one of {_LABELS}")
        row = Abbreviation(entry["abbr"], entry["expansion"], entry["label"], bool(entry.get("part_only")))
        for spelling in [entry["abbr"], *(entry.get("variants") or [])]:
            if spelling in table:
                raise LexiconError(f"{where}: {spelling!r} is listed twice")
            table[spelling] = row
    return table


# Abbreviation-like tokens: two or more capitals/digits, "&" inside, one dotted tail ("TP.HCM").
#: An upper-case abbreviation token ("CATP", "PC02", "TP.HCM").
TOKEN = regex.compile(r"(?<![\p{L}\p{M}\p{N}&.])\p{Lu}[\p{Lu}\p{N}&]+(?:\.\p{Lu}+)?(?![\p{L}\p{M}\p{N}&])")


# Hyphenated short forms ("GD-ĐT", "LĐ-TB&XH"), tried whole before their parts.
_HYPHENATED = regex.compile(r"(?<![\p{L}\p{M}\p{N}&.\-])\p{Lu}[\p{Lu}&]*(?:-\p{Lu}[\p{Lu}&]*)+(?![\p{L}\p{M}\p{N}&\-])")


def _tokens(span: str) -> list[tuple[int, int]]:
    """Abbreviation-like tokens of ``span``: a hyphenated form when the table knows it, else its parts."""
    table = abbreviation_table()
    whole = [(m.start(), m.end()) for m in _HYPHENATED.finditer(span) if m.group() in table]
    out = list(whole)
    for m in TOKEN.finditer(span):
        if not any(s <= m.start() < e for s, e in whole):
            out.append((m.start(), m.end()))
    return sorted(out)


def expand(span: str) -> str | None:
    """``span`` with every known abbreviation written out, or None when it holds none.

    >>> expand("Cơ quan Cảnh sát điều tra CATP")
    'Cơ quan Cảnh sát điều tra Công an thành phố'
    >>> expand("Sở GD-ĐT TP.Hà Tĩnh")
    'Sở Giáo dục và Đào tạo thành phố Hà Tĩnh'
    >>> expand("Bộ Công an") is None
    True
    """
    table = abbreviation_table()
    parts: list[str] = []
    last = 0
    changed = False
    for start, end in _tokens(span):
        row = table.get(span[start:end])
        if row is None:
            continue
        parts.append(span[last:start])
        parts.append(row.expansion)
        last = end
        if span[last : last + 1] == "." and (span[last + 1 : last + 2].isupper() or span[last + 1 : last + 2] == " "):
            # "TP.Đông Hà", "TP. Vinh" → "thành phố Đông Hà", "thành phố Vinh"
            last += 1
            if span[last : last + 1] != " ":
                parts.append(" ")
        changed = True
    if not changed:
        return None
    parts.append(span[last:])
    return "".join(parts)


@cache
def _table_matcher(label: str) -> PhraseMatcher[str]:
    return PhraseMatcher({a: a for a, row in abbreviation_table().items() if row.label == label and not row.part_only})


def mentions(text: str, label: str) -> list[tuple[int, int]]:
    """Spans of known abbreviations with ``label``, written exactly as in the table.

    >>> mentions("phòng, chống TPCTC, TPXQG và tpctc", "CRIME")
    [(13, 18), (20, 25)]
    """
    table = abbreviation_table()
    return [(s, e) for s, e, _ in _table_matcher(label).find(text) if text[s:e] in table]
