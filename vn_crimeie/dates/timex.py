"""Anchoring: a :class:`~vn_crimeie.dates.spec.Spec` and a dateline give a TIMEX3 value.

* A day/month without a year takes the year that puts it nearest the dateline,
  preferring the past on a tie (``13/3`` in an article of 2024-03-13 is
  2024-03-13); ``vừa qua``/``tới`` after a date force the past/future side.
* Relative expressions (``hôm qua``, ``tuần trước``, ``3 năm qua``) count from
  the dateline.
* Without a dateline, what is unknown stays unknown: ``XXXX-03-13``,
  ``XXXX-XX-XXTMO`` (``sáng nay``), ``XXXX-WXX-1`` (a weekday), ``XXXX``
  (``5 năm trước``); ``3 năm qua`` stays the duration ``P3Y``.

``start``/``end`` of a :class:`DateValue` are the half-open period
``[start, end)`` it covers when that is fully known (``None`` otherwise).
Parts of the day cover MO 04-12, MI 12-14, AF 12-18, EV 18-24, NI 21-04.

>>> from datetime import datetime
>>> anchor(Spec(day=13, month=3), datetime(2024, 3, 13, 18, 2)).value
'2024-03-13'
>>> anchor(Spec(day=13, month=3), None).value
'XXXX-03-13'
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import calendars as cal
from .periods import anchor_period
from .spec import PREFERENCES, Spec, check_prefer

__all__ = ["DateValue", "anchor", "anchor_day", "check_prefer", "PREFERENCES"]

POD_HOURS = {"MO": (4, 12), "MI": (12, 14), "AF": (12, 18), "EV": (18, 24), "NI": (21, 28)}


@dataclass(frozen=True)
class DateValue:
    """A normalised temporal value (docs/schema.md): TIMEX3 ``type`` and ``value``.

    ``start``/``end``: the period covered, half-open, when fully known;
    ``quant``: ``"EACH"`` for a SET; ``mod``: TIMEX3 ``START``/``MID``/``END``
    for ``đầu``/``giữa``/``cuối``.

    >>> from vn_crimeie.dates import parse_date
    >>> v = parse_date("cuối tháng 8/2017")
    >>> v.type, v.value, v.mod, v.start.date(), v.end.date()
    ('DATE', '2017-08', 'END', datetime.date(2017, 8, 1), datetime.date(2017, 9, 1))
    """

    type: str
    value: str
    start: datetime | None = None
    end: datetime | None = None
    quant: str | None = None
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA value dict: ``{"type", "value"}`` (+ ``quant``, ``mod`` when set).

        >>> DateValue("SET", "P1W", quant="EACH").to_dict()
        {'type': 'SET', 'value': 'P1W', 'quant': 'EACH'}
        """
        out: dict[str, Any] = {"type": self.type, "value": self.value}
        if self.quant:
            out["quant"] = self.quant
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass
class _Point:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    q: int | None = None
    week: tuple[int, int] | None = None
    weekday: int | None = None  # unresolved weekday (no dateline)
    grain: str = "Y"  # D, W, M, Q, Y
    hour: int | None = None
    minute: int | None = None
    pod: str | None = None
    second: int | None = None
    tz: str | None = None
    season: str | None = None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _pick(options: list[tuple[date, date, Any]], ref: date, lean: str | None) -> Any:
    """The option whose period [lo, hi] is nearest ``ref`` (ties: the past)."""
    best, best_key = None, None
    for lo, hi, payload in options:
        if lean == "past" and lo > ref:
            continue
        if lean == "future" and hi < ref:
            continue
        if lo <= ref <= hi:
            dist, side = 0, 0
        elif hi < ref:
            dist, side = (ref - hi).days, 0
        else:
            dist, side = (lo - ref).days, 1
        key = (dist, side)
        if best_key is None or key < best_key:
            best, best_key = payload, key
    return best


def _point(spec: Spec, dl: datetime | None) -> _Point:
    p = _Point(y=spec.year, m=spec.month, d=spec.day, q=spec.quarter, hour=spec.hour, minute=spec.minute, second=spec.second, tz=spec.tz, season=spec.season)
    p.pod = spec.pod.code if spec.pod else None
    lunar = spec.extra.get("lunar")
    if lunar:
        _lunar_point(p, spec, lunar, dl)  # type: ignore[arg-type]
    unit, off = spec.rel_unit, spec.rel_offset
    if spec.anaphor is not None:
        unit, off = "D", spec.anaphor
    ref = dl.date() if dl else None
    if unit in (None, "Y"):
        if unit == "Y" and ref:
            p.y = ref.year + off
        _calendar_point(p, spec, ref)
    else:
        _relative_point(p, unit, off, spec.weekday, ref)
    nth = spec.extra.get("nth")
    if nth and p.y is not None and p.m is not None:
        unit_nth, side = nth  # type: ignore[misc]
        if unit_nth == "D":
            p.d, p.grain = cal.nth_day(p.y, p.m, side), "D"
        else:
            p.week, p.grain = cal.nth_week(p.y, p.m, side), "W"
    if dl and spec.lean and p.hour is not None and spec.extra.get("bare_time"):
        _time_side(p, dl, spec.lean)
    return p


def _lunar_point(p: _Point, spec: Spec, lunar: tuple[int, int], dl: datetime | None) -> None:
    """Fill ``p`` with the Gregorian day of a lunar day: of its year, else of the lunar year that puts it nearest the dateline."""
    p.grain = "D"
    if spec.year is not None or (dl is not None and spec.rel_unit == "Y"):
        years = [spec.year if spec.year is not None else dl.year + spec.rel_offset]  # type: ignore[union-attr]
    elif dl is not None:
        years = [dl.year - 1, dl.year, dl.year + 1]
    else:
        return
    days = [(d, d, d) for d in (cal.lunar_to_solar(y, *lunar) for y in years) if d is not None]
    day = _pick(days, dl.date(), spec.lean) if dl is not None and len(days) > 1 else (days[0][2] if days else None)
    if day is not None:
        p.y, p.m, p.d = day.year, day.month, day.day


def _time_side(p: _Point, dl: datetime, lean: str) -> None:
    """A clock time said without a day, moved a day on when it lies on the wrong side of the dateline."""
    if p.y is not None and p.m is not None and p.d is not None and p.hour is not None and p.hour <= 24:
        moment = datetime(p.y, p.m, p.d) + timedelta(hours=p.hour, minutes=p.minute or 0)  # 24:00: the next day's 00:00
        day = cal.day_of_time(moment, dl, lean) - timedelta(days=p.hour // 24)
        p.y, p.m, p.d = day.year, day.month, day.day


def _relative_point(p: _Point, unit: str, off: int, wd: int | None, ref: date | None) -> None:
    """Fill ``p``: ``off`` days, weeks, months or quarters from the dateline's (a weekday within a week)."""
    if unit == "D":
        p.grain = "D"
        if ref:
            day = ref + timedelta(days=off)
            p.y, p.m, p.d = day.year, day.month, day.day
    elif unit == "W":
        if ref:
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=off)
            if wd:
                day = monday + timedelta(days=wd - 1)
                p.y, p.m, p.d, p.grain = day.year, day.month, day.day, "D"
            else:
                iso = monday.isocalendar()
                p.week, p.y, p.grain = (iso[0], iso[1]), iso[0], "W"
        else:
            p.grain = "W"
            p.weekday = wd
    elif unit == "M":
        p.grain = "M" if p.d is None else "D"  # "ngày 20 tháng này": a day of the month
        if ref:
            p.y, p.m = _add_months(ref.year, ref.month, off)
    elif unit == "Q":
        p.grain = "Q"
        if ref:
            total = ref.year * 4 + (ref.month - 1) // 3 + off
            p.y, p.q = total // 4, total % 4 + 1


def _calendar_point(p: _Point, spec: Spec, ref: date | None) -> None:
    """Fill ``p`` for a calendar point: its grain, and what the dateline tells of the year, month or day."""
    wd = spec.weekday
    if p.season is not None:
        p.grain = "S"
        if ref and p.y is None:
            p.y = _pick([(*cal.season_bounds(y, p.season), y) for y in (ref.year - 1, ref.year, ref.year + 1)], ref, spec.lean)
    elif p.d is not None:
        p.grain = "D"
    elif p.m is not None:
        p.grain = "M"
    elif p.q is not None:
        p.grain = "Q"
    elif wd is not None:
        p.grain = "D"
        if ref:
            diff = wd - 1 - ref.weekday()
            this_week = bool(spec.extra.get("this_week"))  # "thứ sáu này": the coming one, today's included
            ks = (-7, 7) if spec.lean and diff == 0 and not this_week else (-7, 0, 7)  # "thứ Tư tới" said on a Wednesday: next week's
            opts = [(ref + timedelta(days=diff + k), ref + timedelta(days=diff + k), ref + timedelta(days=diff + k)) for k in ks]
            day = _pick(opts, ref, "future" if this_week else spec.lean)
            p.y, p.m, p.d = day.year, day.month, day.day
        else:
            p.weekday, p.grain = wd, "WD"
    elif p.hour is not None or p.pod is not None:
        p.grain = "D"
        if ref and p.y is None:
            p.y, p.m, p.d = ref.year, ref.month, ref.day
    if ref and p.y is None and p.grain in ("D", "M", "Q") and (p.m is not None or p.q is not None):
        p.y = _nearest_year(p, ref, spec.lean)
    if ref and p.d is not None and p.m is None:
        p.y, p.m = _nearest_month(p.d, ref, spec.lean)


def _nearest_year(p: _Point, ref: date, lean: str | None) -> int | None:
    """The year around ``ref`` that puts the day, month or quarter of ``p`` nearest it."""
    opts = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if p.grain == "Q" and p.q:
            lo, hi = date(y, 3 * p.q - 2, 1), date(y, 3 * p.q, _month_end(y, 3 * p.q))
        elif p.d is not None and p.m is not None:
            if p.d > _month_end(y, p.m):
                continue
            lo = hi = date(y, p.m, p.d)
        else:
            assert p.m is not None
            lo, hi = date(y, p.m, 1), date(y, p.m, _month_end(y, p.m))
        opts.append((lo, hi, y))
    return _pick(opts, ref, lean)


def _nearest_month(d: int, ref: date, lean: str | None) -> tuple[int, int]:
    """The (year, month) around ``ref`` that puts day ``d`` nearest it."""
    opts = []
    for k in (-1, 0, 1):
        y, m = _add_months(ref.year, ref.month, k)
        if d <= _month_end(y, m):
            opts.append((date(y, m, d), date(y, m, d), (y, m)))
    return _pick(opts, ref, lean)


def _fmt(v: int | None, width: int) -> str:
    return f"{v:0{width}d}" if v is not None else "X" * width


def _date_part(p: _Point) -> str:
    if p.grain == "WD" or (p.weekday is not None and p.grain == "W"):
        return f"XXXX-WXX-{p.weekday}" if p.weekday else "XXXX-WXX"
    if p.grain == "D":
        return f"{_fmt(p.y, 4)}-{_fmt(p.m, 2)}-{_fmt(p.d, 2)}"
    if p.grain == "W":
        return f"{p.week[0]:04d}-W{p.week[1]:02d}" if p.week else "XXXX-WXX"
    if p.grain == "M":
        return f"{_fmt(p.y, 4)}-{_fmt(p.m, 2)}"
    if p.grain == "S":
        return f"{_fmt(p.y, 4)}-{p.season}"
    if p.grain == "Q":
        return f"{_fmt(p.y, 4)}-Q{p.q if p.q else 'X'}"
    return _fmt(p.y, 4)


def _bounds(p: _Point) -> tuple[datetime | None, datetime | None]:
    try:
        return _calendar_bounds(p)
    except (ValueError, OverflowError):  # not in the calendar: 29/2/2023, year 0, past 9999-12-31
        return None, None


def _calendar_bounds(p: _Point) -> tuple[datetime | None, datetime | None]:
    if p.y is None:
        return None, None
    if p.grain == "D":
        if p.m is None or p.d is None:
            return None, None
        day = datetime(p.y, p.m, p.d)
        if p.hour is not None:
            start = day + timedelta(hours=p.hour, minutes=p.minute or 0, seconds=p.second or 0)
            return start, start + timedelta(minutes=1 if p.second is None else 0, seconds=0 if p.second is None else 1)
        if p.pod:
            lo, hi = POD_HOURS[p.pod]
            return day + timedelta(hours=lo), day + timedelta(hours=hi)
        return day, day + timedelta(days=1)
    if p.grain == "W" and p.week:
        start = datetime.combine(date.fromisocalendar(p.week[0], p.week[1], 1), datetime.min.time())
        return start, start + timedelta(weeks=1)
    if p.grain == "M" and p.m:
        y2, m2 = _add_months(p.y, p.m, 1)
        return datetime(p.y, p.m, 1), datetime(y2, m2, 1)
    if p.grain == "Q" and p.q:
        y2, m2 = _add_months(p.y, 3 * p.q - 2, 3)
        return datetime(p.y, 3 * p.q - 2, 1), datetime(y2, m2, 1)
    if p.grain == "Y":
        return datetime(p.y, 1, 1), datetime(p.y + 1, 1, 1)
    if p.grain == "S" and p.season:
        lo, hi = cal.season_bounds(p.y, p.season)
        return datetime.combine(lo, datetime.min.time()), datetime.combine(hi, datetime.min.time())
    return None, None


def _clock_hour(spec: Spec) -> int | None:
    if spec.hour is None:
        return None
    if spec.pod is None:
        return spec.hour
    if spec.pod.code == "NI" and spec.hour == 12:
        return 24
    return spec.pod.hour(spec.hour)


def _on_clock(spec: Spec) -> Spec:
    """``spec`` with its hour on the 24-hour clock (``8 giờ tối`` = 20); ``spec`` itself when the hour stays."""
    hour = _clock_hour(spec)
    return spec if hour == spec.hour else spec.copy(hour=hour)


def _anchor_point(spec: Spec, dl: datetime | None) -> DateValue:
    period = anchor_period(spec, dl)  # a weekend, a decade
    if period is not None:
        return DateValue("DATE", *period, mod=spec.mod)
    spec = _on_clock(spec)
    p = _point(spec, dl)
    start, end = _bounds(p)
    if p.hour is not None or p.pod is not None:
        if p.grain not in ("D", "WD"):
            p.grain = "D"
        date_part = _date_part(p)
        time_part = f"{p.hour:02d}:{p.minute or 0:02d}" if p.hour is not None else str(p.pod)
        time_part += (f":{p.second:02d}" if p.hour is not None and p.second is not None else "") + (p.tz or "")
        return DateValue("TIME", f"{date_part}T{time_part}", start, end, mod=spec.mod)
    return DateValue("DATE", _date_part(p), start, end, mod=spec.mod)


def anchor_day(spec: Spec, dl: datetime | None) -> tuple[int | None, int, int] | None:
    """The (year, month, day) a point names, year ``None`` when unknown; None when it names no day.

    >>> from vn_crimeie.dates.grammar import scan
    >>> anchor_day(scan("chiều 13/3")[0].spec, None)
    (None, 3, 13)
    """
    if spec.kind != "point":
        return None
    try:
        p = _point(_on_clock(spec), dl)
    except (ValueError, OverflowError):  # counting from the dateline left the calendar
        return None
    if p.grain == "D" and p.m is not None and p.d is not None:
        try:
            date(p.y if p.y is not None else 2000, p.m, p.d)  # 2000: a leap year keeps 29/2 without a year
        except ValueError:  # 29/2/2023, 31/4, year 0: names no day of the calendar
            return None
        return p.y, p.m, p.d
    return None


def _unit_shift(unit: str, ref: date, n: int) -> _Point:
    if unit == "Y":
        return _Point(y=ref.year + n, grain="Y")
    if unit == "M":
        y, m = _add_months(ref.year, ref.month, n)
        return _Point(y=y, m=m, grain="M")
    if unit == "W":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=n)
        iso = monday.isocalendar()
        return _Point(week=(iso[0], iso[1]), y=iso[0], grain="W")
    day = ref + timedelta(days=n)
    return _Point(y=day.year, m=day.month, d=day.day, grain="D")


def _interval(a: _Point, b: _Point) -> DateValue:
    sa, _ = _bounds(a)
    _, eb = _bounds(b)
    return DateValue("INTERVAL", f"{_date_part(a)}/{_date_part(b)}", sa, eb)


def _anchor_clock_span(unit: str, n: int, direction: str | None, dl: datetime | None) -> DateValue | None:
    """``21 giờ trước``, ``2 phút nữa`` (a point), ``3 phút tới`` (the next whole units): :func:`calendars.clock_span`."""
    span = cal.clock_span(unit, n, direction, dl)
    return DateValue(*span) if span is not None else None


def _anchor_relspan(spec: Spec, dl: datetime | None) -> DateValue:
    unit, n, direction = str(spec.unit), int(spec.count or 0), spec.direction
    clock_span = _anchor_clock_span(unit, n, direction, dl)
    if clock_span is not None:
        return clock_span
    if direction == "in":
        direction = "ago"
        n = -n
    if unit not in ("Y", "M", "W", "D") or n == 0 or (n < 0 and dl is None):
        return DateValue("DURATION", str(spec.duration))
    if direction == "ago":
        if dl is None and n < 0:
            return DateValue("DURATION", str(spec.duration))
        if dl is None:
            mask = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}[unit]
            return DateValue("DATE", mask)
        p = _unit_shift(unit, dl.date(), -n)
        return DateValue("DATE", _date_part(p), *_bounds(p))
    if dl is None:
        return DateValue("DURATION", str(spec.duration))
    first, last = (-n, -1) if direction == "last" else (1, n)
    a, b = _unit_shift(unit, dl.date(), first), _unit_shift(unit, dl.date(), last)
    if n == 1:
        return DateValue("DATE", _date_part(a), *_bounds(a))
    return _interval(a, b)


def _anchor_months(spec: Spec, dl: datetime | None) -> DateValue:
    n = int(spec.count or 0)
    y = spec.year
    if y is None and dl is not None:
        y = dl.year + (spec.rel_offset if spec.rel_unit == "Y" else 0)
    m1, m2 = (1, n) if spec.direction == "first" else (13 - n, 12)
    a, b = _Point(y=y, m=m1, grain="M"), _Point(y=y, m=m2, grain="M")
    if n == 1:
        return DateValue("DATE", _date_part(a), *_bounds(a))
    return _interval(a, b)


def _leaning(spec: Spec, prefer: str) -> Spec:
    """``spec`` (and the ends of a range) leaning to ``prefer`` where it says no side of its own."""
    if check_prefer(prefer) == "nearest" or spec.kind not in ("point", "range"):
        return spec
    if spec.kind == "range" and spec.parts:
        return spec.copy(parts=tuple(_leaning(part, prefer) for part in spec.parts))
    bare_time = spec.hour is not None and spec.year is None and spec.month is None and spec.day is None and spec.rel_unit is None and spec.weekday is None
    return spec.copy(lean=spec.lean or prefer, extra={**spec.extra, "bare_time": bare_time})


def _cycle_years(spec: Spec, dateline: datetime | None) -> Spec:
    """``spec`` (and the ends of a range) with the year its name of the sexagenary cycle says near ``dateline``."""
    if spec.kind == "range" and spec.parts:
        return spec.copy(parts=tuple(_cycle_years(part, dateline) for part in spec.parts))
    residue = spec.extra.get("cycle")
    if residue is None or spec.year is not None:
        return spec
    return spec.copy(year=cal.cycle_year(int(residue), dateline, spec.lean))  # type: ignore[call-overload]


def anchor(spec: Spec, dateline: datetime | None, prefer: str = "nearest") -> DateValue:
    """The TIMEX3 value of ``spec`` anchored to ``dateline`` (``None``: leave unknowns unknown).

    ``prefer`` (:data:`PREFERENCES`): where a date without a year, a weekday or a
    clock time without a day lies when the text does not say.

    A dateline so near the ends of the calendar that counting from it leaves
    the calendar (``hôm qua`` on 0001-01-01) leaves the value unresolved.
    """
    spec = _leaning(spec, prefer)
    if spec.kind == "range" or "cycle" in spec.extra:
        spec = _cycle_years(spec, dateline)
    if dateline is not None:
        try:
            return _anchor(spec, dateline)
        except (ValueError, OverflowError):
            pass
    return _anchor(spec, None)


def _anchor(spec: Spec, dateline: datetime | None) -> DateValue:
    if spec.kind == "point" and spec.extra.get("now"):
        if dateline is None:
            return DateValue("DATE", "PRESENT_REF")
        return DateValue("TIME", dateline.strftime("%Y-%m-%dT%H:%M"), dateline, dateline + timedelta(minutes=1))
    if spec.kind == "duration":
        return DateValue("DURATION", str(spec.duration))
    if spec.kind == "set":
        return DateValue("SET", str(spec.duration), quant="EACH" if spec.extra.get("each", True) else None)
    if spec.kind == "relspan":
        return _anchor_relspan(spec, dateline)
    if spec.kind == "months":
        return _anchor_months(spec, dateline)
    if spec.kind == "range" and spec.parts:
        a, b = (_anchor_point(part, dateline) for part in spec.parts)
        if a.start is not None and b.start is not None and b.start < a.start and spec.parts[1].year is None:
            b = _anchor_point(_leaning(spec.parts[1], "future"), a.start)  # "từ thứ hai đến thứ sáu": the end follows the start
        if dateline is None and spec.parts[1].extra.get("present"):
            b = DateValue("DATE", "PRESENT_REF")
        return DateValue("INTERVAL", f"{a.value}/{b.value}", a.start, b.end)
    return _anchor_point(spec, dateline)
