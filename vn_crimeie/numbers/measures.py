"""MEASURE: what a number counts, read right after it from ``lang/vi/measures.yaml``.

Units (``kg``, ``km``, ``%``, ``đồng``) may be glued to the digits; counted
nouns (``đối tượng``, ``băng nhóm tội phạm``) follow after a space, longest
match first; a classifier takes the goods after it (``bánh heroin``).

>>> text = "thu giữ 20 bánh heroin và 1,36gam ma túy"
>>> finder = MeasureFinder(text)
>>> [text[s:e] for s, e in (finder.at(10), finder.at(30))]
['bánh heroin', 'gam']
"""

from __future__ import annotations

from functools import cache

import regex

from ..lexicon import LexiconError, PhraseMatcher, fold, load_data
from ..normalize import normalize_form
from ..recognizers.persons.names import compound_words, stop_words

__all__ = ["MeasureFinder", "measure_lexicon", "unit_pattern"]

_FILE = "measures.yaml"
_SECTIONS = ("units", "nouns", "classifiers", "goods", "prefixes", "unit_compounds")
#: the next syllable after a unit's word and one space
_NEXT_SYLLABLE = regex.compile(r" ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])")


@cache
def measure_lexicon() -> dict[str, tuple[str, ...]]:
    """The checked sections of ``measures.yaml`` (NFC, no duplicates within a section).

    >>> "đối tượng" in measure_lexicon()["nouns"]
    True
    """
    data = load_data(_FILE)
    out: dict[str, tuple[str, ...]] = {}
    for section in _SECTIONS:
        items = data.get(section)
        if not isinstance(items, list) or not items:
            raise LexiconError(f"{_FILE}: {section!r} must be a non-empty list")
        seen: set[str] = set()
        entries = []
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip() or item != item.strip():
                raise LexiconError(f"{_FILE}: {section}[{i}] must be a trimmed non-empty string, got {item!r}")
            if normalize_form(item) != item:
                raise LexiconError(f"{_FILE}: {section}[{i}] {item!r} is not in normal form")
            key = fold(item)
            if key in seen:
                raise LexiconError(f"{_FILE}: {section}[{i}] {item!r} is listed twice")
            seen.add(key)
            entries.append(item)
        out[section] = tuple(entries)
    return out


@cache
def unit_pattern() -> regex.Pattern[str]:
    """One regex for every unit, longest first, that must not run into a letter or digit.

    >>> unit_pattern().match("km/h.").group()
    'km/h'
    """
    units = sorted(measure_lexicon()["units"], key=len, reverse=True)
    alternation = "|".join(regex.escape(u) for u in units)
    return regex.compile(r"(?:" + alternation + r")(?![\p{L}\p{N}])", regex.IGNORECASE)


@cache
def _matchers() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    lex = measure_lexicon()
    heads = {w: "noun" for w in lex["nouns"]}
    heads.update({w: "classifier" for w in lex["classifiers"]})
    goods = {w: "goods" for w in lex["goods"]}
    return PhraseMatcher(heads), PhraseMatcher(goods)


@cache
def _unit_compounds() -> frozenset[str]:
    return frozenset(measure_lexicon()["unit_compounds"])


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(measure_lexicon()["prefixes"])


def _longest(matches: list[tuple[int, int, str]]) -> dict[int, tuple[int, str]]:
    out: dict[int, tuple[int, str]] = {}
    for start, end, kind in matches:
        if start not in out or end > out[start][0]:
            out[start] = (end, kind)
    return out


#: quotes that may open the noun after a number
OPENING_QUOTES = frozenset('"“‘\'«')


class MeasureFinder:
    """Finds the MEASURE that follows a number, for one normalised text."""

    def __init__(self, text: str) -> None:
        heads, goods = _matchers()
        self.text = text
        self._heads = _longest(list(heads.find_all(text)))
        self._goods = _longest(list(goods.find_all(text)))

    def unit_at(self, pos: int) -> tuple[int, int] | None:
        """A unit starting exactly at ``pos`` (glued units included)."""
        m = unit_pattern().match(self.text, pos)
        if m is None:
            return None
        return m.start(), m.end()

    def _after_prefix(self, p: int) -> tuple[int, str] | None:
        """A counted noun after a prefix that stays in the MEASURE (``nữ nghi phạm``): its end and kind."""
        word = self.text[p : p + 4].split(" ", 1)[0]
        if word.lower() not in _prefixes() or self.text[p + len(word) : p + len(word) + 1] != " ":
            return None
        head = self._heads.get(p + len(word) + 1)
        return head if head is not None and head[1] == "noun" else None

    def _compound_opened_by(self, start: int, end: int) -> tuple[int, int] | None:
        """The two-syllable word a unit's word opens (``đồng nghiệp``, ``đồng hồ``: no currency), or None.

        >>> finder = MeasureFinder("hàng trăm đồng nghiệp và 500 đồng tiền phạt, 2 tỷ đồng từ tài khoản")
        >>> finder._compound_opened_by(10, 14), finder._compound_opened_by(29, 33), finder._compound_opened_by(50, 54)
        ((10, 21), None, None)
        """
        m = _NEXT_SYLLABLE.match(self.text, end)
        if m is None or " " in self.text[start:end] or m.group(1).lower() in stop_words():
            return None  # "1,2 tỷ đồng từ tài khoản": a function word after the unit starts the clause
        word = f"{self.text[start:end].lower()} {m.group(1).lower()}"
        return (start, m.end()) if word in compound_words() and word not in _unit_compounds() else None

    def at(self, pos: int) -> tuple[int, int] | None:
        """The MEASURE ``(start, end)`` after a number ending at ``pos``, or None.

        A unit may be glued to the number; anything else follows one space.
        """
        glued = self.unit_at(pos)
        if glued is not None:
            return glued
        p = pos
        while p < len(self.text) and p - pos < 3 and self.text[p] == " ":
            p += 1
        if p == pos or p >= len(self.text):
            return None
        if self.text[p] in OPENING_QUOTES and p + 1 < len(self.text) and not self.text[p + 1].isspace():
            p += 1  # 16 "sự cố", 132 “ca tử vong”: the noun in quotes is the measure, without its quote
        best: tuple[int, int] | None = None
        unit = self.unit_at(p)
        if unit is not None:
            best = self._compound_opened_by(*unit) or unit
        head = self._heads.get(p) or self._after_prefix(p)
        if head is not None:
            end, kind = head
            if kind == "classifier":
                q = end + 1
                if q < len(self.text) and self.text[end] == " " and q in self._goods:
                    end = self._goods[q][0]
            if best is None or end > best[1]:
                best = (p, end)
        return best
