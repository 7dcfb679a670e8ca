"""Productions of general Vietnamese forms (issue 18): short month/years, days of a relative month, sets, zones.

Each reads the named groups of its rule (:func:`vn_crimeie.dates.rules.rules`,
the rows of ``_general_rows``) and the tables of ``time_words.yaml`` and
``date_forms.yaml``.

>>> from vn_crimeie.dates.rules import read
>>> spec = read("month.year", "T3/2024")
>>> (spec.month, spec.year, spec.weak)
(3, 2024, True)
"""

from __future__ import annotations

import regex

from ..lexicon import fold
from .calendars import CYCLE, valid_day
from .form_words import form_words, year_cycle
from .forms import year_value, zone_offset
from .rule_words import rule_words
from .spec import Spec
from .words import TimeWords

__all__ = [
    "month_year", "month_of_year", "day_of_relative_month", "deictic_whole", "clock_half", "spoken_duration", "weekday_number", "weekday_set",
    "day_set", "every_count", "time_zone", "new_year_day", "cycle_residue", "cycle_year_point",
]  # fmt: skip

Match = regex.Match[str]


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def month_year(m: Match, w: TimeWords) -> Spec | None:
    """A month or a quarter and its year without ``tháng``/``quý`` (``12/2023``, ``T3/2024``, ``Q3/2025``).

    Weak: alone only as a whole expression, or after a cue (``vào 12/2023``).

    >>> from vn_crimeie.dates.rules import read
    >>> (lambda s: (s.quarter, s.year))(read("month.year", "Q3/2025")), read("month.year", "T13/2023")
    ((3, 2025), None)
    >>> read("date.dm", "12/2023").extra
    {'rule': 'month.year'}
    """
    return month_of_year(int(m["n"]), int(m["my"]), form_words().month_year_letters[m["l"]] == "quarter")


def month_of_year(number: int, year: int, quarter: bool = False) -> Spec | None:
    """A month (or a quarter) of a year said without its word, weak: the reading of the rule ``month.year``.

    >>> (lambda s: (s.month, s.year, s.extra))(month_of_year(12, 2023)), month_of_year(5, 2024, quarter=True)
    ((12, 2023, {'rule': 'month.year'}), None)
    """
    extra: dict[str, object] = {"rule": "month.year"}
    if quarter:
        return Spec(quarter=number, year=year, weak=True, extra=extra) if 1 <= number <= 4 else None
    return Spec(month=number, year=year, weak=True, extra=extra) if 1 <= number <= 12 else None


def day_of_relative_month(m: Match, w: TimeWords) -> Spec | None:
    """A day of the month a relative word says (``ngày 20 tháng này``, ``ngày 5 tháng sau``).

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("date.relative_month", "ngày 10 tháng trước")
    >>> (spec.day, spec.rel_unit, spec.rel_offset), read("date.relative_month", "ngày 5 tháng ngoái")
    ((10, 'M', -1), None)
    """
    value = w.number(m["d"])
    offset, only = w.relative_words[_key(m["w"])]
    month_word = rule_words().month_words[0]
    if value is None or value != int(value) or not valid_day(int(value), None) or (only is not None and month_word not in only):
        return None
    return Spec(day=int(value), rel_unit="M", rel_offset=offset, prefixed=True)


def deictic_whole(m: Match, w: TimeWords) -> Spec | None:
    """``mai``, ``mốt`` alone: a day from the dateline, read only as a whole expression.

    >>> from vn_crimeie.dates.rules import read
    >>> (lambda s: (s.rel_offset, s.extra))(read("deictic.whole", "mốt"))
    (2, {'whole_only': True})
    """
    return Spec(rel_unit="D", rel_offset=form_words().whole_only_days[_key(m.group())], extra={"whole_only": True})


def clock_half(m: Match, w: TimeWords) -> Spec | None:
    """``5 rưỡi chiều``: half past an hour said without ``giờ``, before a part of the day (or alone, as a whole).

    >>> from vn_crimeie.dates.rules import read
    >>> (lambda s: (s.hour, s.minute))(read("clock.half", "năm rưỡi sáng"))
    (5, 30)
    """
    hour = w.number(m["h"])
    if hour is None or hour != int(hour) or not 0 <= hour <= 23:
        return None
    # with no part of the day after it, only a whole expression is a clock time ("8 rưỡi"; a price in running text)
    alone = not m.string[m.end() :].strip()
    return Spec(hour=int(hour), minute=30, extra={"clock": True, **({"whole_only": True} if alone else {})})


def spoken_duration(m: Match, w: TimeWords) -> Spec | None:
    """A count of hundreds or thousands of units said in words (``một ngàn năm``): a duration.

    >>> from vn_crimeie.dates.rules import read
    >>> read("duration.spoken", "một ngàn năm").duration, read("duration.spoken", "hai trăm ngày").duration
    ('P1000Y', 'P200D')
    """
    count = year_value(m["n"])
    if count is None or count < 100:
        return None
    iso, is_time = w.units[_key(m["u"])]
    return Spec(kind="duration", duration=f"P{'T' if is_time else ''}{count}{iso}")


def weekday_number(text: str, w: TimeWords) -> int:
    """The ISO number of a weekday's name, in words or short (``T2`` … ``T7``, ``CN``).

    >>> from vn_crimeie.dates.words import words
    >>> weekday_number("thứ Hai", words()), weekday_number("T7", words()), weekday_number("CN", words())
    (1, 6, 7)
    """
    short = form_words().weekday_abbreviations
    key = _key(text)
    return w.weekdays[key] if key in w.weekdays else short[text] if text in short else int(text[1]) - 1


def weekday_set(m: Match, w: TimeWords) -> Spec | None:
    """A weekday of every week (``thứ hai hằng tuần``, ``mỗi chủ nhật``): TIMEX3 SET ``XXXX-WXX-1``.

    >>> from vn_crimeie.dates.rules import read
    >>> read("set.weekday", "thứ hai hằng tuần").duration, read("set.weekday", "mỗi CN").duration
    ('XXXX-WXX-1', 'XXXX-WXX-7')
    """
    return Spec(kind="set", duration=f"XXXX-WXX-{weekday_number(m['wd'], w)}")


def day_set(m: Match, w: TimeWords) -> Spec | None:
    """A day of every month (``ngày 15 hằng tháng``): TIMEX3 SET ``XXXX-XX-15``.

    >>> from vn_crimeie.dates.rules import read
    >>> read("set.day", "mùng 1 hàng tháng").duration, read("set.day", "ngày 32 hằng tháng")
    ('XXXX-XX-01', None)
    """
    value = w.number(m["d"])
    if value is None or value != int(value) or not valid_day(int(value), None):
        return None
    return Spec(kind="set", duration=f"XXXX-XX-{int(value):02d}")


def every_count(m: Match, w: TimeWords) -> Spec | None:
    """``mỗi 2 tuần``, ``cứ 3 ngày một lần``: a set of a count of units (``3 tháng một lần``: the rule duration's ``set.once``).

    >>> from vn_crimeie.dates.rules import read
    >>> read("set.every", "mỗi 2 tuần").duration, read("set.every", "cứ 3 tháng một lần").duration
    ('P2W', 'P3M')
    """
    n = w.number(m["n"])
    if n is None or n <= 0 or n != int(n):
        return None
    iso, is_time = w.units[_key(m["u"])]
    return Spec(kind="set", duration=f"P{'T' if is_time else ''}{int(n)}{iso}")


def time_zone(m: Match, w: TimeWords) -> Spec | None:
    """A time zone between brackets (``(GMT+7)``, ``(giờ GMT)``): a helper piece joining a clock time.

    >>> from vn_crimeie.dates.grammar import scan
    >>> [(m.text, m.spec.tz) for m in scan("lúc 20h (GMT+7) ngày 2/9/2025, 15h30 ngày 5/6/2024 (giờ GMT)")]
    [('20h (GMT+7) ngày 2/9/2025', '+07:00'), ('15h30 ngày 5/6/2024 (giờ GMT)', '+00:00')]
    """
    return Spec(tz=zone_offset(m["tz"] or m["named"], m["off"]), aux=True)


def cycle_residue(text: str | None) -> int | None:
    """The year modulo 60 that a name of the sexagenary cycle says (``Giáp Thìn``: 2024 % 60), None without one.

    >>> cycle_residue("Ất Tỵ") == 2025 % 60, cycle_residue(None)
    (True, None)
    """
    return year_cycle().get(_key(text)) if text else None


def new_year_day(m: Match, w: TimeWords) -> Spec | None:
    """A day of the lunar new year (``mùng 5 Tết``, ``mùng 1 Tết Ất Tỵ``): that day of lunar month 1;
    a day past ``new_year_first_days`` (``ngày 30 Tết``) is of the last month of the year before.

    >>> from vn_crimeie.dates.rules import read
    >>> read("date.new_year", "mùng 5 Tết").extra, read("date.new_year", "mùng 1 Tết Ất Tỵ").extra["cycle"] == 2025 % 60
    ({'lunar': (1, 5)}, True)
    >>> (lambda s: (s.extra, s.year))(read("date.new_year", "ngày 30 Tết năm 2017"))
    ({'lunar': (12, 30)}, 2016)
    """
    value = w.number(m["d"])
    if value is None or value != int(value) or not 1 <= value <= 30:
        return None
    before = int(value > form_words().new_year_first_days)  # "ngày 30 Tết": the last day of the year before
    year, cycle = int(m["y"]) - before if m["y"] else None, cycle_residue(m["cc"])
    spec = Spec(year=year, extra={"lunar": (12 if before else 1, int(value))}, prefixed=True)
    if cycle is not None:
        spec.extra["cycle"] = (cycle - before) % CYCLE
    return spec


def cycle_year_point(m: Match, w: TimeWords) -> Spec | None:
    """A year by its name in the sexagenary cycle (``năm Giáp Thìn``): the one nearest the dateline, or the one said after it (``năm Bính Thân 2016``).

    >>> from vn_crimeie.dates.rules import read
    >>> read("year.cycle", "năm Giáp Thìn").extra["cycle"] == 2024 % 60
    True
    """
    return Spec(year=int(m["y"]) if m["y"] else None, extra={"cycle": cycle_residue(m["cc"])})
