"""The time words of ``lang/vi/time_words.yaml``, validated and turned into tables.

Families (days, months, parts of day, number words) are generated from the
tables of the data file: ``thứ 2`` … ``thứ 7`` and ``T2`` … ``T7`` from the
weekday numbers, the number words 1-99 from units and tens.

>>> words().number("hai mươi mốt")
21
>>> words().parts_of_day["chiều"].code
'AF'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ..lexicon import LexiconError, fold, load_data

__all__ = ["PartOfDay", "TimeWords", "words", "alternation"]

FILE = "time_words.yaml"
POD_CODES = ("MO", "MI", "AF", "EV", "NI")
UNIT_CODES = ("Y", "M", "W", "D", "H", "S", "Q")


@dataclass(frozen=True)
class PartOfDay:
    """A part of the day: its TIMEX3 code and the clock hours it moves past noon."""

    code: str
    pm: tuple[int, int] | None = None

    def hour(self, hour: int) -> int:
        """The 24-hour clock hour of ``hour`` said with this part of day.

        >>> PartOfDay("AF", (1, 11)).hour(2)
        14
        """
        if self.pm and self.pm[0] <= hour <= self.pm[1]:
            return hour + 12
        return hour


@dataclass(frozen=True)
class TimeWords:
    """All tables of ``time_words.yaml`` (keys lower-cased, NFC)."""

    parts_of_day: dict[str, PartOfDay]
    weekdays: dict[str, int]
    months: dict[str, int]
    months_any_case: frozenset[str]
    numbers: dict[str, float]
    half: str
    half_alone: str
    quarters: dict[str, int]
    roman_months: dict[str, int]
    units: dict[str, tuple[str, bool]]
    deictic_days: dict[str, int]
    deictic_after_pod: dict[str, int]
    anaphoric_days: dict[str, int]
    relative_units: dict[str, str]
    relative_words: dict[str, tuple[int, frozenset[str] | None]]
    duration_suffixes: dict[str, str]
    date_trailers: dict[str, str]
    modifiers: dict[str, str]
    halves: dict[str, int]
    set_quantifiers: tuple[str, ...]
    set_units: dict[str, str]
    clock_cues: frozenset[str]
    duration_cues: frozenset[str]
    date_cues: frozenset[str]
    not_date_cues: frozenset[str]
    bare_date_followers: tuple[str, ...]
    day_prefixes: tuple[str, ...]
    vague_counts: frozenset[str]
    present_words: tuple[str, ...]
    birth_year_prefixes: tuple[str, ...]

    def number(self, text: str) -> float | None:
        """The value of a count written in digits (``2,5``) or words (``mười hai``)."""
        key = " ".join(fold(text).split())
        if key in self.numbers:
            return self.numbers[key]
        try:
            return float(key.replace(",", ".")) if "," in key else int(key)
        except ValueError:
            return None


def _need(data: dict[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise LexiconError(f"{FILE}: '{key}' must be a {kind.__name__}, got {value!r}")
    return value


def _int_map(data: dict[str, Any], key: str, lo: int, hi: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for word, value in _need(data, key, dict).items():
        if not isinstance(word, str) or not isinstance(value, int) or not lo <= value <= hi:
            raise LexiconError(f"{FILE}: {key}[{word!r}] must map a word to an integer in [{lo}, {hi}], got {value!r}")
        out[fold(str(word))] = value
    return out


def _str_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    items = _need(data, key, list)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{FILE}: {key} holds a non-string or empty entry {item!r}")
    return tuple(items)


def _number_words(spec: dict[str, Any]) -> dict[str, float]:
    units = {fold(k): int(v) for k, v in spec["units"].items()}
    after = {fold(k): int(v) for k, v in spec["after_tens"].items()}
    ten, tens = fold(spec["ten"]), fold(spec["tens"])
    out: dict[str, float] = dict(units)
    out[ten] = 10
    tail = {**{k: v for k, v in units.items() if v != 1}, **after}
    for word, value in {**tail, **{k: v for k, v in units.items() if v == 1}}.items():
        out[f"{ten} {word}"] = 10 + value  # "mười một" (11), and "mười mốt" as said
    for word, value in units.items():
        if value < 2:
            continue
        out[f"{word} {tens}"] = value * 10
        if spec.get("tens_alt"):
            out[f"{word} {fold(spec['tens_alt'])}"] = value * 10
        for unit_word, unit in tail.items():
            out[f"{word} {tens} {unit_word}"] = value * 10 + unit
    return out


def _parts_of_day(data: dict[str, Any]) -> dict[str, PartOfDay]:
    pods: dict[str, PartOfDay] = {}
    for word, entry in _need(data, "parts_of_day", dict).items():
        if not isinstance(entry, dict) or entry.get("code") not in POD_CODES:
            raise LexiconError(f"{FILE}: parts_of_day[{word!r}] needs a code among {POD_CODES}")
        pm = entry.get("pm")
        if pm is not None and not (isinstance(pm, list) and len(pm) == 2 and all(isinstance(h, int) and 0 <= h <= 12 for h in pm)):
            raise LexiconError(f"{FILE}: parts_of_day[{word!r}].pm must be [from, to] hours in 0-12")
        pods[fold(word)] = PartOfDay(entry["code"], tuple(pm) if pm else None)
    return pods


def _units(data: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    units: dict[str, tuple[str, bool]] = {}
    for word, entry in _need(data, "units", dict).items():
        if not isinstance(entry, dict) or entry.get("iso") not in UNIT_CODES:
            raise LexiconError(f"{FILE}: units[{word!r}] needs an iso designator among {UNIT_CODES}")
        units[fold(word)] = (entry["iso"], bool(entry.get("time")))
    return units


def _relative_words(data: dict[str, Any], rel_units: dict[str, str]) -> dict[str, tuple[int, frozenset[str] | None]]:
    rel_words: dict[str, tuple[int, frozenset[str] | None]] = {}
    for word, entry in _need(data, "relative_words", dict).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("offset"), int):
            raise LexiconError(f"{FILE}: relative_words[{word!r}] needs an integer offset")
        only = entry.get("only")
        if only is not None and not set(only) <= set(rel_units):
            raise LexiconError(f"{FILE}: relative_words[{word!r}].only names an unknown unit")
        rel_words[fold(word)] = (entry["offset"], frozenset(only) if only else None)
    return rel_words


def _coded(data: dict[str, Any], key: str, codes: tuple[str, ...]) -> dict[str, str]:
    """``data[key]``: words mapped to one of ``codes``."""
    table = {fold(k): v for k, v in _need(data, key, dict).items()}
    if not set(table.values()) <= set(codes):
        raise LexiconError(f"{FILE}: {key} values must be {'/'.join(codes)}")
    return table


def _set_units(data: dict[str, Any]) -> dict[str, str]:
    set_units = {fold(k): v for k, v in _need(data, "set_units", dict).items()}
    for word, iso in set_units.items():
        if not regex.fullmatch(r"PT?\d+[YMWDHS]", str(iso)):
            raise LexiconError(f"{FILE}: set_units[{word!r}] = {iso!r} is not an ISO 8601 duration")
    return set_units


def _folded(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _str_list(data, key))


@cache
def words() -> TimeWords:
    """The validated tables of ``time_words.yaml`` (built once).

    >>> words().weekdays["chủ nhật"], words().months["giêng"]
    (7, 1)
    """
    data = load_data(FILE)
    pods = _parts_of_day(data)
    weekdays = _int_map(data, "weekdays", 1, 7)
    numbered = next(name.split()[0] for name, day in weekdays.items() if day == 1)  # "thứ" of "thứ hai"
    for n in range(2, 8):
        weekdays[f"{numbered} {n}"] = n - 1
    numbers_spec = _need(data, "number_words", dict)
    for key in ("units", "after_tens"):
        if not isinstance(numbers_spec.get(key), dict):
            raise LexiconError(f"{FILE}: number_words.{key} must be a mapping")
    units = _units(data)
    rel_units = _coded(data, "relative_units", UNIT_CODES)
    rel_words = _relative_words(data, rel_units)
    suffixes = _coded(data, "duration_suffixes", ("last", "next", "ago", "ongoing", "later", "in"))
    trailers = _coded(data, "date_trailers", ("past", "future"))
    mods = _coded(data, "modifiers", ("START", "MID", "END"))
    set_units = _set_units(data)
    quarters = _need(data, "quarters", dict)
    if sorted(quarters.values()) != [1, 2, 3, 4]:
        raise LexiconError(f"{FILE}: quarters must map four numerals to 1-4")
    return TimeWords(
        parts_of_day=pods,
        weekdays=weekdays,
        months=_int_map(data, "months", 1, 12),
        months_any_case=frozenset(_folded(data, "months_any_case")),
        numbers=_number_words(numbers_spec),
        half=fold(_need(numbers_spec, "half", str)),
        half_alone=fold(_need(numbers_spec, "half_alone", str)),
        quarters={str(k): int(v) for k, v in quarters.items()},
        roman_months={str(k): int(v) for k, v in _need(data, "roman_months", dict).items()},
        units=units,
        deictic_days=_int_map(data, "deictic_days", -7, 7),
        deictic_after_pod=_int_map(data, "deictic_after_part_of_day", -7, 7),
        anaphoric_days=_int_map(data, "anaphoric_days", -7, 7),
        relative_units=rel_units,
        relative_words=rel_words,
        duration_suffixes=suffixes,
        date_trailers=trailers,
        modifiers=mods,
        halves=_int_map(data, "halves", 1, 2),
        set_quantifiers=_folded(data, "set_quantifiers"),
        set_units=set_units,
        clock_cues=frozenset(_folded(data, "clock_cues")),
        duration_cues=frozenset(_folded(data, "duration_cues")),
        date_cues=frozenset(_folded(data, "date_cues")),
        not_date_cues=frozenset(_folded(data, "not_date_cues")),
        bare_date_followers=_folded(data, "bare_date_followers"),
        day_prefixes=_folded(data, "day_prefixes"),
        vague_counts=frozenset(_folded(data, "vague_counts")),
        present_words=_folded(data, "present_words"),
        birth_year_prefixes=_str_list(data, "birth_year_prefixes"),
    )


def alternation(phrases: object) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any run of spaces.

    >>> alternation(["sáng", "sáng sớm"])
    '(?:sáng\\\\ +sớm|sáng)'
    """
    items = sorted({str(p) for p in phrases}, key=lambda p: (-len(p), p))  # type: ignore[attr-defined]
    return "(?:" + "|".join(r"\ +".join(regex.escape(part) for part in p.split()) for p in items) + ")"


def trie_alternation(phrases: object) -> str:
    """The same language as :func:`alternation`, factored by shared leading words.

    Phrases that can match at one position are prefixes of one another, and
    both forms try them longest first, so matches are the same; the factored
    form fails at the first word instead of trying every phrase (a list of 159
    number words cost 60 times more than the rest of its rule).

    >>> trie_alternation(["sáng", "sáng sớm", "chiều"])
    '(?:chiều|sáng(?:\\\\ +sớm)?)'
    """
    root: dict[str, Any] = {}
    for p in {str(p) for p in phrases}:  # type: ignore[attr-defined]
        node = root
        for part in p.split():
            node = node.setdefault(part, {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict[str, Any]) -> list[str]:
        branches = []
        for part in sorted((k for k in node if k), key=lambda k: (-len(k), k)):
            child = node[part]
            branch = regex.escape(part)
            if any(child):  # longer phrases continue after this word
                branch += r"(?:\ +" + emit_group(child) + ")" + ("?" if "" in child else "")
            branches.append(branch)
        return branches

    def group(branches: list[str]) -> str:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def emit_group(node: dict[str, Any]) -> str:
        return group(emit(node))

    return "(?:" + "|".join(emit(root)) + ")"
