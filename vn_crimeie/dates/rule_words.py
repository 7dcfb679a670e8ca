"""The words the temporal rules read around numbers and time words (``lang/vi/date_rules.yaml``).

``time_words.yaml`` says what the time words mean (``sáng`` is the morning,
``tuần`` a week); ``date_rules.yaml`` holds the words that frame the rules
(``tháng 3``, ``năm 2024``, ``quý I``, ``6 tháng đầu năm``, ``từ 13/3 đến nay``)
and those around the publication stamp of an article (``Thứ tư, 13/3/2024 lúc
18:02``).  Both are loaded, checked and turned into tables once.

>>> r = rule_words()
>>> r.month_words, r.year_sides["đầu"]
(('tháng',), 'first')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lexicon import LexiconError, fold, load_data, string_list
from .words import words

__all__ = ["RuleWords", "rule_words"]

FILE = "date_rules.yaml"
SIDES = ("first", "last")


@dataclass(frozen=True)
class RuleWords:
    """The tables of ``date_rules.yaml`` (keys lower-cased, NFC; see the file for each)."""

    month_words: tuple[str, ...]
    year_words: tuple[str, ...]
    day_words: tuple[str, ...]
    day_list_joiners: tuple[str, ...]
    day_list_openers: tuple[str, ...]
    quarter_words: tuple[str, ...]
    hour_words: tuple[str, ...]
    hour_signs: tuple[str, ...]
    minute_words: tuple[str, ...]
    minute_signs: tuple[str, ...]
    times_words: tuple[str, ...]
    year_sides: dict[str, str]
    modified_periods: tuple[str, ...]
    year_range_joiners: tuple[str, ...]
    range_joiners: tuple[str, ...]
    present_joiners: tuple[str, ...]
    same_period: tuple[str, ...]
    same_period_relatives: tuple[str, ...]
    trailers_before_sign: tuple[str, ...]
    suffix_conjunctions: tuple[str, ...]
    conjunction_relatives: tuple[str, ...]
    weekday_letter: str
    weekdays_any_case: frozenset[str]
    stamp_weekday_openers: tuple[str, ...]
    stamp_weekday_names: tuple[str, ...]
    stamp_time_words: tuple[str, ...]
    not_stamp_words: frozenset[str]
    sounding_units: frozenset[str]
    sound_words: frozenset[str]


def _phrases(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(" ".join(fold(p).split()) for p in string_list(data, key, FILE))


def _sides(data: dict[str, Any]) -> dict[str, str]:
    table = data.get("year_sides")
    if not isinstance(table, dict) or not table or not set(table.values()) <= set(SIDES):
        raise LexiconError(f"{FILE}: 'year_sides' must map words to one of {SIDES}, got {table!r}")
    return {fold(str(k)): v for k, v in table.items()}


def _letter(data: dict[str, Any]) -> str:
    letter = data.get("weekday_letter")
    if not isinstance(letter, str) or len(letter) != 1 or not letter.isalpha():
        raise LexiconError(f"{FILE}: 'weekday_letter' must be one letter, got {letter!r}")
    return letter


def _within(table: RuleWords, key: str, known: object, where: str) -> None:
    """Every entry of ``table.key`` is a key of ``known`` (a table of ``time_words.yaml``)."""
    for phrase in getattr(table, key):
        if phrase not in known:  # type: ignore[operator]
            raise LexiconError(f"{FILE}: {key} holds {phrase!r}, which is not among time_words.yaml {where}")


@cache
def rule_words() -> RuleWords:
    """The checked tables of ``date_rules.yaml`` (built once).

    Entries that name time words must be time words: ``hour_words`` and
    ``minute_words`` units, ``same_period_relatives`` relative words, and so on.

    >>> rule_words().range_joiners
    ('đến', 'tới', 'cho đến', 'đến hết')
    """
    data = load_data(FILE)
    sets = ("weekdays_any_case", "not_stamp_words", "sounding_units", "sound_words")
    lists: dict[str, Any] = {key: _phrases(data, key) for key in RuleWords.__dataclass_fields__ if key not in ("year_sides", "weekday_letter")}
    lists.update({key: frozenset(lists[key]) for key in sets})
    table = RuleWords(**lists, year_sides=_sides(data), weekday_letter=_letter(data))
    w = words()
    _within(table, "hour_words", w.units, "units")
    _within(table, "minute_words", w.units, "units")
    _within(table, "same_period_relatives", w.relative_words, "relative_words")
    _within(table, "conjunction_relatives", w.relative_words, "relative_words")
    _within(table, "trailers_before_sign", w.date_trailers, "date_trailers")
    _within(table, "weekdays_any_case", w.weekdays, "weekdays")
    return table
