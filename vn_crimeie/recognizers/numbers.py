"""NUMBER and MEASURE: figures and what they count (``bắt 14.450 đối tượng``).

A number is kept when a MEASURE follows it or when its form alone shows a
count (a comparator, a scale word, thousands grouping, ``hàng trăm``).
Parts of dates, codes, plates, documents and ordinals are left out; a unit
glued to the digits (``20km``) is split off as its own MEASURE.  A MEASURE
that is a unit carries it normalised, a physical unit with its base unit and
the factor to it (``{"unit": "t", "base": "kg", "factor": 1000.0}``; money
``{"unit": "VND"}``: :func:`vn_crimeie.quantities.units.unit_value`), so amounts
can be summed across texts; a rate (``tạ/ha``, ``đ/ca``) carries none.

>>> [(c.label, c.value) for c in find("Công an bắt trên 2,2 nghìn đối tượng")]
[('NUMBER', {'value': 2200, 'comparator': '>'}), ('MEASURE', None)]
>>> [(c.label, c.value) for c in find("Cảnh sát thu giữ 2,5 tấn ma túy")]
[('NUMBER', {'value': 2.5}), ('MEASURE', {'unit': 't', 'base': 'kg', 'factor': 1000.0})]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

import regex

from ..candidates import Candidate
from ..lexicon import fold, load_data, string_list
from ..language import NOT_VIETNAMESE
from ..priorities import PRIORITIES
from ..numbers.grammar import NumberMatch, scan
from ..numbers.measures import MeasureFinder
from ..numbers.rule_words import rule_words as number_rule_words
from ..quantities.units import unit_of, unit_value

__all__ = ["find", "PRIORITY"]

#: DATE candidates (priority 40) win over numbers on overlap.
PRIORITY = PRIORITIES["numbers"]
_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _glued_letter(text: str, end: int, finder: MeasureFinder) -> bool:
    """Letters glued after the digits that are not a unit (1A, 10h): a code or a time."""
    return end < len(text) and text[end].isalpha() and finder.unit_at(end) is None


def _unit_value(text: str, measure: tuple[int, int]) -> dict[str, str | float] | None:
    """The value of a MEASURE that is a unit (:func:`unit_value`); None for a rate or abbreviation (``500.000đ/ca``, ``2 đ/c``)."""
    start, end = measure
    if text[end : end + 1] == "/":
        return None
    unit = unit_of(text[start:end], in_text=True)
    return None if unit is None else unit_value(unit)


def _numbers_of(match: NumberMatch) -> list[NumberMatch]:
    return [match] if match.second is None else [match, match.second]


def find(text: str, dateline: datetime | None = None, language: Sequence[str] | None = None) -> list[Candidate]:
    """NUMBER (value as in docs/schema.md) and MEASURE candidates in normalised ``text``.

    ``language``: the language warnings of the text (:func:`vn_crimeie.language.check_language`); a text
    that is not Vietnamese gives none, as its digits follow other conventions ("14,450" in English).

    >>> [text[c.start:c.end] for text in ["thu giữ 3,5kg ma túy"] for c in find(text)]
    ['3,5', 'kg']
    >>> find("Police arrested the man, who had taken 14,450 dollars from the bank.", language=("not-vietnamese",))
    []
    """
    if language is not None and NOT_VIETNAMESE in language:
        return []
    finder = MeasureFinder(text)
    out: list[Candidate] = []
    for match in scan(text, counted_only=True):
        parts = _numbers_of(match)
        if any(_glued_letter(text, p.end, finder) for p in parts):
            continue
        measure = finder.at(match.last_end)
        age = _age_noun_before(text, match.start) if measure is None else None
        if measure is None and not match.strong and age is None:
            continue
        if any(p.needs_unit for p in parts) and (measure is None or finder.unit_at(measure[0]) is None):
            continue
        for part in parts:
            out.append(Candidate(part.start, part.end, "NUMBER", part.value.to_dict(), source="numbers", priority=PRIORITY))
        if measure is not None:
            out.append(Candidate(measure[0], measure[1], "MEASURE", _unit_value(text, measure), source="numbers.measure", priority=PRIORITY))
        elif age is not None:
            out.append(Candidate(age[0], age[1], "MEASURE", None, source="numbers.measure", priority=PRIORITY))
    return out


@cache
def _age_ranges() -> regex.Pattern[str]:
    words = string_list(load_data("number_words.yaml"), "age_ranges_after", "number_words.yaml")
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alternation})[ ]+$")


def _age_noun_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the age noun (``tuổi``: the last word of an ``age_ranges_after`` phrase before any range opener)
    when that phrase stands right before ``start`` (``độ tuổi từ 18-69``), else None.

    >>> t = "người dân trong độ tuổi từ 18-69 bị bệnh"
    >>> t[slice(*_age_noun_before(t, t.index("18")))]
    'tuổi'
    """
    m = _age_ranges().search(text, max(0, start - 20), start)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.start(), m.end()))
    if len(words) > 1 and fold(words[-1].group()) in number_rule_words().range_openers:
        words.pop()  # "độ tuổi từ": the noun, then the opener of the range
    return words[-1].span()
