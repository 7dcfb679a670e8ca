"""The words of the forms beyond police news (``lang/vi/date_forms.yaml``).

Clock writings (``10g45``, ``4pm``, ``8:23 GMT``, ``11 giờ kém 15``), seasons,
holidays, lunar dates, the first or last day or week of a month, and the words
a whole expression may begin with (``vào lúc``).  Loaded and checked once.

>>> f = form_words()
>>> f.seasons["hè"], f.holidays["giáng sinh"], f.lunar_holidays["tết nguyên đán"]
('SU', (12, 25), (1, 1))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lexicon import fold, load_data, string_list

__all__ = ["FormWords", "form_words", "name_words", "year_cycle"]

FILE = "date_forms.yaml"
#: The person names whose surnames and middle names keep a holiday word after them a name ("Nguyễn Quốc Khánh").
NAMES_FILE = "person_names.yaml"


@dataclass(frozen=True)
class FormWords:
    """The tables of ``date_forms.yaml`` (keys lower-cased, NFC; see the file for each)."""

    leading_words: tuple[str, ...]
    trailing_particles: tuple[str, ...]
    now_words: tuple[str, ...]
    ago_prefixes: tuple[str, ...]
    relative_phrases: dict[str, tuple[str, int]]
    of_words: tuple[str, ...]
    to_words: tuple[str, ...]
    hour_signs_with_minutes: tuple[str, ...]
    second_words: tuple[str, ...]
    meridiems: dict[str, str]
    time_zones: dict[str, str]
    season_words: tuple[str, ...]
    seasons: dict[str, str]
    holidays: dict[str, tuple[int, int]]
    lunar_holidays: dict[str, tuple[int, int]]
    whole_only_holidays: tuple[str, ...]
    lunar_markers: tuple[str, ...]
    full_moon_words: tuple[str, ...]
    ordinal_sides: dict[str, str]
    ordinal_units: dict[str, str]
    later_words: tuple[str, ...]
    meals: dict[str, dict[str, tuple[int, int]]]
    meal_sides: dict[str, str]
    year_number_words: tuple[str, ...]
    weekend_words: tuple[str, ...]
    weekend_plurals: tuple[str, ...]
    historical_year_followers: tuple[str, ...]
    century_words: tuple[str, ...]
    century_ordinals: tuple[str, ...]
    decade_words: tuple[str, ...]
    period_compounds: tuple[str, ...]
    modifier_blockers: tuple[str, ...]
    year_thousand_words: tuple[str, ...]
    whole_only_days: dict[str, int]
    weekday_abbreviations: dict[str, int]
    weekday_this_words: tuple[str, ...]
    month_year_letters: dict[str, str]
    every_count_words: tuple[str, ...]
    once_words: tuple[str, ...]
    seasons_without_word: tuple[str, ...]
    not_season_words: tuple[str, ...]
    zone_words: tuple[str, ...]
    bracket_time_zones: dict[str, str]
    lunar_month_names: tuple[str, ...]
    new_year_words: tuple[str, ...]
    year_branch_spellings: dict[str, str]
    year_digit_words: dict[str, int]
    relative_decade_words: tuple[str, ...]
    new_year_first_days: int
    hundred_words: tuple[str, ...]


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {_key(str(k)): (tuple(v) if isinstance(v, list) else v) for k, v in data[key].items()}


@cache
def form_words() -> FormWords:
    """The checked tables of ``date_forms.yaml`` (built once; the schema checks the shapes).

    >>> form_words().meridiems["pm"], form_words().time_zones["gmt"]
    ('pm', '+00:00')
    """
    data = load_data(FILE)
    fields = FormWords.__dataclass_fields__
    tables = {"relative_phrases", "meridiems", "time_zones", "seasons", "holidays", "lunar_holidays", "ordinal_sides", "ordinal_units", "meal_sides",
              "whole_only_days", "bracket_time_zones", "year_branch_spellings", "year_digit_words"}  # fmt: skip
    out: dict[str, Any] = {k: _table(data, k) for k in tables}
    for key in ("weekday_abbreviations", "month_year_letters"):  # matched as written: keys keep their case
        out[key] = {str(k): v for k, v in data[key].items()}
    out["new_year_first_days"] = int(data["new_year_first_days"])
    out["meals"] = {_key(k): {side: tuple(hours) for side, hours in v.items()} for k, v in data["meals"].items()}
    for key in fields:
        if key not in out:
            out[key] = tuple(_key(p) for p in string_list(data, key, FILE))
    return FormWords(**out)


@cache
def name_words() -> frozenset[str]:
    """The surnames and middle names of ``person_names.yaml``, as written (capitalised; built once).

    A holiday written capitalised right after one of them is part of a person's
    name (``Bác sĩ Nguyễn Quốc Khánh``), no date.

    >>> {"Nguyễn", "Thị"} <= name_words(), "Dịp" in name_words()
    (True, False)
    """
    data = load_data(NAMES_FILE)
    return frozenset(string_list(data, "surnames", NAMES_FILE)) | frozenset(string_list(data, "middle_names", NAMES_FILE))


#: A year of the sexagenary cycle whose stem and branch are the first ones (Giáp Tý): 1984.
CYCLE_START = 1984


@cache
def year_cycle() -> dict[str, int]:
    """The names of the 60 years of the sexagenary cycle (lower-cased) → their year modulo 60 (built once).

    The stems and branches are those of ``person_names.yaml`` (``year_stems``, ``year_branches``,
    in order), the other spellings of a branch those of ``date_forms.yaml`` ``year_branch_spellings``.

    >>> year_cycle()["giáp thìn"] == 2024 % 60, year_cycle()["ất tị"] == 2025 % 60, "giáp sửu" in year_cycle()
    (True, True, False)
    """
    data = load_data(NAMES_FILE)
    stems = [_key(s) for s in string_list(data, "year_stems", NAMES_FILE)]
    branches = [_key(b) for b in string_list(data, "year_branches", NAMES_FILE)]
    spellings = form_words().year_branch_spellings
    out: dict[str, int] = {}
    for n in range(60):
        stem, branch = stems[n % len(stems)], branches[n % len(branches)]
        for spelled in [branch] + [k for k, v in spellings.items() if v == branch]:
            out[f"{stem} {spelled}"] = (CYCLE_START + n) % 60
    return out
