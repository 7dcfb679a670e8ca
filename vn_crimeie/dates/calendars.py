"""Calendar reckoning beyond the Gregorian day: lunar dates, seasons, the n-th week of a month, clock units.

* Lunar dates (``Tết Trung thu``, ``15 tháng 7 âm lịch``) become Gregorian
  days through the ``lunardate`` library (imported when one is met).
* Seasons are astronomical: spring from 21 March, summer 21 June, autumn
  24 September, winter 21 December to 20 March of the next year.
* The first week of a month is the week of its first Monday; the last, the
  week of its last Monday.
* A name of the sexagenary cycle (``Giáp Thìn``) is a year modulo 60: the one
  nearest the dateline (:func:`cycle_year`).
* A day is checked against its month and, when known, its year
  (:func:`valid_day`: no 29/2/2023); counts said in two units or in a fraction
  are counted in the finer one (:func:`whole_count`: ``một tiếng rưỡi`` is 90
  minutes); a point ahead of the dateline keeps its minutes (:func:`clock_span`).

>>> lunar_to_solar(2024, 1, 1)
datetime.date(2024, 2, 10)
>>> season_bounds(2024, "SU")
(datetime.date(2024, 6, 21), datetime.date(2024, 9, 24))
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

__all__ = ["day_of_time", "lunar_to_solar", "season_bounds", "nth_day", "nth_week", "TIME_UNITS", "truncate", "shift_time", "clock_span", "cycle_year", "valid_day", "whole_count", "UNITS_IN"]

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


def _clock_text(moment: datetime, unit: str) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if unit == "TS" else "%Y-%m-%dT%H:%M")


#: A TIMEX3 type, value and the half-open period it covers (None when unknown).
Span = tuple[str, str, datetime | None, datetime | None]


def clock_span(unit: str, n: int, direction: str | None, dl: datetime | None) -> Span | None:
    """``n`` clock units (TH, TM, TS) from the dateline: a point back (``ago``) or ahead (``in``), or the whole units before or after it.

    A point ahead or back keeps the dateline's minutes (``3 tiếng nữa`` at 21:15 is
    00:15, ``2 giờ trước`` at 18:02 is 16:02) and covers its minute (its second for
    seconds), as a duration counted from a moment does; ``3 phút tới`` is the next
    three whole minutes.  None when the unit or the direction is no clock span's.

    >>> clock_span("TH", 3, "in", datetime(2024, 3, 13, 21, 15))[:2]
    ('TIME', '2024-03-14T00:15')
    >>> clock_span("TH", 2, "ago", datetime(2024, 3, 13, 18, 2))[:2]
    ('TIME', '2024-03-13T16:02')
    >>> clock_span("TM", 10, "next", datetime(2024, 3, 13, 18, 2))[:2]
    ('INTERVAL', '2024-03-13T18:03/2024-03-13T18:12')
    """
    if unit not in TIME_UNITS or n < 1 or direction not in ("ago", "in", "last", "next"):
        return None
    if dl is None:
        return ("TIME", "XXXX-XX-XXTXX:XX", None, None) if direction == "ago" else None
    if direction in ("in", "ago"):  # a point keeps the dateline's minutes: "3 tiếng nữa" at 21:15 is 00:15
        precision = "TS" if unit == "TS" else "TM"
        moment = truncate(dl, precision) + (n if direction == "in" else -n) * TIME_UNITS[unit]
        return "TIME", _clock_text(moment, precision), moment, moment + TIME_UNITS[precision]
    first, last = (-n, -1) if direction == "last" else (1, n)
    a, b = shift_time(dl, unit, first), shift_time(dl, unit, last)
    if n == 1:
        return "TIME", _clock_text(a, unit), a, a + TIME_UNITS[unit]
    return "INTERVAL", f"{_clock_text(a, unit)}/{_clock_text(b, unit)}", a, b + TIME_UNITS[unit]


#: The years of the sexagenary cycle: a name says the year modulo this.
CYCLE = 60


def cycle_year(residue: int, dl: datetime | None, lean: str | None) -> int | None:
    """The year of the sexagenary cycle with ``year % 60 == residue`` nearest the dateline (``lean``: on its side); None without one.

    >>> cycle_year(2024 % 60, datetime(2021, 3, 27), None), cycle_year(2024 % 60, datetime(2021, 3, 27), "past")
    (2024, 1964)
    """
    if dl is None:
        return None
    after = dl.year + (residue - dl.year) % CYCLE  # the first such year from the dateline's on
    before = after - CYCLE if after != dl.year else after
    if lean == "past":
        return before
    if lean == "future":
        return after
    return after if after - dl.year <= dl.year - before else before


def valid_day(d: int | None, m: int | None, y: int | None = None) -> bool:
    """``d`` is a day of month ``m`` (of year ``y`` when known: 29/2 only in a leap year).

    >>> valid_day(29, 2), valid_day(29, 2, 2023), valid_day(31, 4), valid_day(29, 2, 2024)
    (True, False, False, True)
    """
    if d is None or not 1 <= d <= 31:
        return False
    if m is None:
        return True
    if not 1 <= m <= 12:
        return False
    if y is not None and m == 2:
        return d <= (29 if calendar.isleap(y) else 28)
    return d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


#: How many of the finer unit one coarser unit holds (``T`` marks the clock units): a count
#: said in two units or in a fraction is counted in the finer one.
UNITS_IN = {("Y", "M"): 12, ("W", "D"): 7, ("D", "TH"): 24, ("TH", "TM"): 60, ("TM", "TS"): 60}
_FINER = {coarse: fine for coarse, fine in UNITS_IN}


def whole_count(count: float, unit: str, count2: float | None = None, unit2: str | None = None) -> tuple[int, str] | None:
    """``count`` units (and ``count2`` of ``unit2`` after them) as a whole count of one unit, or None.

    >>> whole_count(1.5, "TH"), whole_count(3, "TH", 15, "TM"), whole_count(2, "Y", 3, "D"), whole_count(0.3, "Y")
    ((90, 'TM'), (195, 'TM'), None, None)
    """
    if count2 is not None:
        per = UNITS_IN.get((unit, str(unit2)))
        if per is None or count != int(count) or count2 != int(count2):
            return None
        return int(count) * per + int(count2), str(unit2)
    if count == int(count):
        return int(count), unit
    fine = _FINER.get(unit)
    if fine is None:
        return None
    finer = count * UNITS_IN[(unit, fine)]
    return (int(finer), fine) if finer == int(finer) else None
