"""Calendar reckoning beyond the Gregorian day: lunar dates, seasons, the n-th week of a month, clock units.

* Lunar dates (``Tết Trung thu``, ``15 tháng 7 âm lịch``) become Gregorian
  days through the ``lunardate`` library (imported when one is met).
* Seasons are astronomical: spring from 21 March, summer 21 June, autumn
  24 September, winter 21 December to 20 March of the next year.
* The first week of a month is the week of its first Monday; the last, the
  week of its last Monday.

>>> lunar_to_solar(2024, 1, 1)
datetime.date(2024, 2, 10)
>>> season_bounds(2024, "SU")
(datetime.date(2024, 6, 21), datetime.date(2024, 9, 24))
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

__all__ = ["day_of_time", "lunar_to_solar", "season_bounds", "nth_day", "nth_week", "TIME_UNITS", "truncate", "shift_time"]

_SEASON_STARTS = {"SP": (3, 21), "SU": (6, 21), "FA": (9, 24), "WI": (12, 21)}
_NEXT = {"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"}
#: Clock units of a span (``3 phút tới``): their timedelta.
TIME_UNITS = {"TH": timedelta(hours=1), "TM": timedelta(minutes=1), "TS": timedelta(seconds=1)}


def lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the lunar calendar (None outside 1900-2099 or past the month's end).

    The 30th of a month of 29 days (``giao thừa`` is the last day of the year)
    is read as its last day.

    >>> lunar_to_solar(2024, 8, 15), lunar_to_solar(1800, 1, 1)
    (datetime.date(2024, 9, 17), None)
    """
    from lunardate import LunarDate  # imported when a lunar date is met

    for d in (day, day - 1) if day == 30 else (day,):
        try:
            return LunarDate(year, month, d).to_solar_date()
        except ValueError:
            continue
    return None


def day_of_time(moment: datetime, dateline: datetime, lean: str) -> date:
    """The day of a clock time said without one: the dateline's, or the next (previous) when it must lie in the future (past).

    >>> day_of_time(datetime(2024, 3, 13, 10, 0), datetime(2024, 3, 13, 18, 2), "future")
    datetime.date(2024, 3, 14)
    """
    shift = 1 if lean == "future" and moment < dateline else -1 if lean == "past" and moment > dateline else 0
    return moment.date() + timedelta(days=shift)


def season_bounds(year: int, code: str) -> tuple[date, date]:
    """The first day of a season of ``year`` and the first day after it.

    >>> season_bounds(2023, "WI")
    (datetime.date(2023, 12, 21), datetime.date(2024, 3, 21))
    """
    m, d = _SEASON_STARTS[code]
    nm, nd = _SEASON_STARTS[_NEXT[code]]
    return date(year, m, d), date(year + 1 if code == "WI" else year, nm, nd)


def nth_day(year: int, month: int, side: str) -> int:
    """The first or last day of a month.

    >>> nth_day(2024, 2, "last")
    29
    """
    return 1 if side == "first" else calendar.monthrange(year, month)[1]


def nth_week(year: int, month: int, side: str) -> tuple[int, int]:
    """The ISO (year, week) of the first or last Monday of a month.

    >>> nth_week(2017, 9, "first")
    (2017, 36)
    """
    if side == "first":
        first = date(year, month, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
    else:
        last = date(year, month, calendar.monthrange(year, month)[1])
        monday = last - timedelta(days=last.weekday())
    iso = monday.isocalendar()
    return iso[0], iso[1]


def truncate(moment: datetime, unit: str) -> datetime:
    """``moment`` cut to the start of its hour, minute or second (``unit`` TH, TM, TS).

    >>> truncate(datetime(2024, 3, 13, 18, 2, 30), "TH")
    datetime.datetime(2024, 3, 13, 18, 0)
    """
    if unit == "TH":
        return moment.replace(minute=0, second=0, microsecond=0)
    if unit == "TM":
        return moment.replace(second=0, microsecond=0)
    return moment.replace(microsecond=0)


def shift_time(moment: datetime, unit: str, n: int) -> datetime:
    """``moment`` cut to ``unit`` and moved ``n`` units.

    >>> shift_time(datetime(2024, 3, 13, 18, 2), "TH", -21)
    datetime.datetime(2024, 3, 12, 21, 0)
    """
    return truncate(moment, unit) + n * TIME_UNITS[unit]
