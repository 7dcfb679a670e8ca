"""The productions of the temporal rules: a rule's match → the :class:`Spec` it says.

Each production reads the named groups of its rule's pattern
(:mod:`vn_crimeie.dates.rules`) and the word tables, and returns ``None`` when
the match says nothing valid (``31/4``, ``2023-2021``, ``0 năm``).

>>> from vn_crimeie.dates.rules import read
>>> spec = read("date.dm", "ngày 5/2/2024")
>>> (spec.year, spec.month, spec.day, spec.prefixed)
(2024, 2, 5, True)
"""

from __future__ import annotations

from datetime import date

import regex

from ..lexicon import fold
from .calendars import valid_day, whole_count
from .form_words import form_words
from .general import month_of_year, weekday_number
from .rule_words import rule_words
from .spec import Spec
from .words import TimeWords

__all__ = [
    "CLOCK_HOUR_RULE", "date_dm", "date_words", "day", "day_range", "clock", "duration", "recurrence",
    "first_last_months", "half_year", "year", "year_range", "quarter", "month", "relative", "same_period",
    "weekday", "deictic_day", "anaphoric_day", "short_deictic", "part_of_day", "modifier", "trailer",
]  # fmt: skip

Match = regex.Match[str]

#: The name under which the rule ``duration`` reports ``N giờ`` read as a clock time.
CLOCK_HOUR_RULE = "clock.giờ"

_UNIT_ORDER = [("Y", False), ("M", False), ("W", False), ("D", False), ("H", True), ("M", True), ("S", True)]
#: how many of a unit make the next larger one: a part written after a comma stays below it
_UNIT_BOUND = {("M", False): 12, ("W", False): 5, ("D", False): 31, ("H", True): 24, ("M", True): 60, ("S", True): 60}


def _key(text: str) -> str:
    """The table key of a matched phrase: lower-cased, one space between words."""
    return " ".join(fold(text).split())


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 50 else 1900 + y
    return y


def _month_value(text: str, w: TimeWords) -> int | None:
    if text.isdigit():
        m = int(text)
        return m if 1 <= m <= 12 else None
    return w.roman_months.get(text) or w.months.get(_key(text))


def _day_value(text: str, w: TimeWords) -> int | None:
    value = w.number(text)
    if value is None or value != int(value):
        return None
    return int(value)


def _iso_duration(parts: list[tuple[float, str, bool]]) -> str:
    date_part, time_part = "", ""
    for count, iso, is_time in parts:
        num = str(int(count)) if count == int(count) else str(count).rstrip("0")
        if is_time:
            time_part += f"{num}{iso}"
        else:
            date_part += f"{num}{iso}"
    return "P" + date_part + ("T" + time_part if time_part else "")


def date_dm(m: Match, w: TimeWords) -> Spec | None:
    """A day and month in digits, maybe a year: weak (it needs a cue) without a prefix or a year;
    or a month and its year (``12/2023``, :func:`~vn_crimeie.dates.general.month_of_year`).

    >>> from vn_crimeie.dates.rules import read
    >>> read("date.dm", "16-5").weak, read("date.dm", "hôm 16-5").weak, read("date.dm", "12/2023").month
    (True, False, 12)
    """
    if m["my"]:  # "12/2023": a month and its year
        return None if m["pre"] else month_of_year(int(m["d"]), int(m["my"]))
    d, mo = int(m["d"]), int(m["m"])
    y = _year(m["y"])
    if not valid_day(d, mo, y):
        return None
    prefixed = bool(m["pre"])
    weak = not prefixed and y is None
    spec = Spec(year=y, month=mo, day=d, prefixed=prefixed, weak=weak)
    if weak and m["sep"] == ".":
        spec.extra["dotted"] = True
    return spec


def date_words(m: Match, w: TimeWords) -> Spec | None:
    """A day and a month said with ``tháng``, the day maybe in words.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("date.words", "ngày mười lăm tháng Giêng")
    >>> (spec.day, spec.month), read("date.words", "5 tháng 3 năm 2024").year
    ((15, 1), 2024)
    >>> read("date.words", "ngày mười chín tháng năm").extra, read("date.words", "29 tháng 2 năm 2023")
    ({'whole_only': True}, None)
    """
    d = _day_value(m["d"], w)
    mo = _month_value(m["m"], w)
    y = _year(m["y"])
    if mo is None or not valid_day(d, mo, y) or _key(m["m"]) in form_words().lunar_month_names:
        return None  # "23 tháng Chạp": a lunar day (rule date.lunar)
    spec = Spec(year=y, month=mo, day=d, prefixed=True)
    if m.groupdict().get("lower") and m["m"] == m["m"].lower():
        spec.extra["whole_only"] = True  # "ngày mười chín tháng năm": "tháng năm" is also "months and years"
    return spec


def day(m: Match, w: TimeWords) -> Spec | None:
    """A day alone after its prefix.

    >>> from vn_crimeie.dates.rules import read
    >>> read("date.day", "ngày 20").day, read("date.day", "ngày một nhiều")
    (20, None)
    """
    d = _day_value(m["d"], w)
    if not valid_day(d, None):
        return None
    if not m["d"][0].isdigit() and regex.match(r" \p{Ll}", m.string[m.end() : m.end() + 2]):
        return None  # "ngày một nhiều", "ngày một tăng": "more and more", no day in words
    return Spec(day=d, prefixed=True)


def day_range(m: Match, w: TimeWords) -> Spec | None:
    """Two days of one month.

    >>> from vn_crimeie.dates.rules import read
    >>> [(p.day, p.month) for p in read("date.day_range", "ngày 20-25/4").parts]
    [(20, 4), (25, 4)]
    """
    d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
    y = _year(m["y"])
    if not (valid_day(d1, mo, y) and valid_day(d2, mo, y)) or d1 >= d2:
        return None
    a = Spec(year=y, month=mo, day=d1)
    b = Spec(year=y, month=mo, day=d2)
    return Spec(kind="range", parts=(a, b), prefixed=bool(m["pre"]))


#: The longest span two day/months joined by a dash may cover ("30/4-1/5"); longer, they are a ratio or a code.
LONGEST_DM_RANGE_DAYS = 31


def dm_range(m: Match, w: TimeWords) -> Spec | None:
    """Two day/months joined by a dash (``30/4-1/5``), a year after either end: the later one within a month.

    Without a day word or a year it is weak: a word of ``not_date_cues`` before it makes it no date.

    >>> from vn_crimeie.dates.rules import read
    >>> [(p.year, p.month, p.day) for p in read("date.dm_range", "25/12-2/1/2024").parts]
    [(2023, 12, 25), (2024, 1, 2)]
    >>> read("date.dm_range", "1/2-3/4") is None, read("date.dm_range", "5/5-1/5") is None
    (True, True)
    """
    d1, m1, d2, m2 = (int(m[k]) for k in ("d1", "m1", "d2", "m2"))
    y1, y2 = _year(m["y1"]), _year(m["y2"])
    if not (valid_day(d1, m1) and valid_day(d2, m2)):
        return None
    wraps = (m2, d2) < (m1, d1)  # "25/12-2/1": the end in the next year
    if y1 is None and y2 is not None:
        y1 = y2 - wraps
    elif y2 is None and y1 is not None:
        y2 = y1 + wraps
    base = 2000 if y1 is None else 0  # without a year: a leap year keeps 29/2
    try:
        days = (date(base + (y2 or 0) + (wraps if y1 is None else 0), m2, d2) - date(base + (y1 or 0), m1, d1)).days
    except ValueError:
        return None
    if not 0 < days <= LONGEST_DM_RANGE_DAYS:
        return None
    prefixed = bool(m["pre"])
    weak = not prefixed and y1 is None  # a code or an address after its cue ("hẻm 15/7-2/8")
    return Spec(kind="range", parts=(Spec(year=y1, month=m1, day=d1), Spec(year=y2, month=m2, day=d2)), prefixed=prefixed, weak=weak)


def clock(m: Match, w: TimeWords) -> Spec | None:
    """A clock time.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("clock", "22 giờ 15")
    >>> (spec.hour, spec.minute)
    (22, 15)
    """
    h = int(m["h"])
    minute = _int(m["m"] or m["m2"] or m["m3"]) or 0
    if h > 24 or (h == 24 and minute):
        return None
    return Spec(hour=h, minute=minute, extra={"clock": True})


def _clock_hours(m: Match, w: TimeWords, n1: float, u1: str, duration: str) -> Spec | None:
    """``3 giờ``, ``21 giờ 30 phút`` as a clock time, ambiguous with the duration; None when no clock."""
    r = rule_words()
    whole_hours = n1 - 0.5 if m["half"] else n1
    if u1 not in r.hour_words or m["n1b"] or whole_hours != int(whole_hours) or n1 > 24 or not m["n1"]:
        return None
    if m["n2"] and (m["half"] or _key(m["u2"]) not in r.minute_words):
        return None
    minute = 30 if m["half"] else int(w.number(m["n2"]) or 0) if m["n2"] else 0
    if minute >= 60 or (n1 == 0 and not m["n2"]):
        return None
    return Spec(hour=int(whole_hours), minute=minute, ambiguous_hour=True, duration=duration, extra={"rule": CLOCK_HOUR_RULE})


def duration(m: Match, w: TimeWords) -> Spec | None:
    """A count of units, maybe a second smaller one and a suffix: a duration, a span or a clock time.

    >>> from vn_crimeie.dates.rules import read
    >>> read("duration", "3 năm 6 tháng").duration, read("duration", "3 năm qua").kind, read("duration", "3 tháng một lần").kind
    ('P3Y6M', 'relspan', 'set')
    >>> read("duration.parts", "3 năm, 5 tháng, 6 ngày").duration, read("duration.parts", "3 năm, 18 tháng") is None
    ('P3Y5M6D', True)
    """
    n1 = w.number(m["n1"]) if m["n1"] else 0.5
    u1 = _key(m["u1"])
    if u1 in rule_words().sounding_units and _sound_after(m):
        return None  # "nổ một tiếng ầm": a bang, no hour
    if n1 is None or n1 < 0 or (n1 == 0 and u1 not in rule_words().hour_words):
        return None
    if m["half"]:
        n1 += 0.5
    iso1, time1 = w.units[u1]
    parts = [(n1, iso1, time1)]
    groups = m.groupdict()  # rule "duration.parts" reads a third part, after commas
    for n_key, u_key in (("n2", "u2"), ("n3", "u3")):
        if not groups.get(n_key):
            break
        n = w.number(groups[n_key])
        iso, time = w.units[_key(groups[u_key])]
        if n is None or _UNIT_ORDER.index((iso, time)) <= _UNIT_ORDER.index(parts[-1][1:]):
            return None  # "3 năm 6 tháng", not "18 giờ 02 ngày"
        if groups.get("c2") and n >= _UNIT_BOUND.get((iso, time), n + 1):
            return None  # "3 năm, 18 tháng" lists two terms; "7 năm, 6 tháng" is one
        parts.append((n, iso, time))
    if len(parts) == 3 and not groups.get("c2") and any(time for _, _, time in parts):
        return None  # "15 giờ 23 phút 24 giây" is a clock time (rule "clock.seconds")
    period = _iso_duration(parts)
    if m["once"]:  # "3 tháng một lần": every three months
        return Spec(kind="set", duration=period, extra={"rule": "set.once"}) if len(parts) == 1 and n1 == int(n1) and n1 > 0 else None
    direction = w.duration_suffixes.get(_key(m["suf"])) if m["suf"] else None
    if not direction:
        at_clock = _clock_hours(m, w, n1, u1, period)
        if at_clock is not None:
            return at_clock
    if direction in ("last", "next", "ago", "in") and not m["n1b"]:
        unit = iso1 if not time1 else "T" + iso1
        # a point back or ahead may be said in two units or a fraction ("một tiếng rưỡi nữa" = 90 minutes)
        counted = whole_count(n1, unit, *((parts[1][0], ("T" if parts[1][2] else "") + parts[1][1]) if len(parts) > 1 else ()))
        if counted is not None and (direction in ("ago", "in") or (len(parts) == 1 and counted[1] == unit)):
            return Spec(kind="relspan", count=counted[0], unit=counted[1], direction=direction, duration=period)
    if n1 == 0:
        return None
    return Spec(kind="duration", duration=period)


def _sound_after(m: Match) -> bool:
    """Whether a sound word follows the match (``một tiếng ầm``, ``một tiếng nổ lớn``).

    >>> from vn_crimeie.dates.rules import read
    >>> read("duration", "một tiếng ầm") is None, read("duration", "một tiếng").duration
    (True, 'PT1H')
    """
    after = m.string[m.end() : m.end() + 12].split()
    sounds = rule_words().sound_words
    return bool(after) and (fold(after[0]) in sounds or fold(" ".join(after[:2])) in sounds)


def recurrence(m: Match, w: TimeWords) -> Spec | None:
    """A set: a quantifier and a unit, or a count of units per time.

    >>> from vn_crimeie.dates.rules import read
    >>> read("set", "hằng tuần").duration, read("set", "3 ngày/lần").duration
    ('P1W', 'P3D')
    """
    if m.groupdict().get("q"):
        return Spec(kind="set", duration=w.set_units[fold(m["su"])])
    n = w.number(m["n"])
    if n is None or n <= 0:
        return None
    iso, is_time = w.units[_key(m["u"])]
    return Spec(kind="set", duration=_iso_duration([(n, iso, is_time)]))


def _year_tail(m: Match, w: TimeWords, spec: Spec) -> Spec | None:
    if m["y"]:
        spec.year = int(m["y"])
    elif m["rel"]:
        offset, only = w.relative_words[_key(m["rel"])]
        if only is not None and only.isdisjoint(rule_words().year_words):
            return None
        spec.rel_unit, spec.rel_offset = "Y", offset
    else:
        spec.rel_unit, spec.rel_offset = "Y", 0
    return spec


def first_last_months(m: Match, w: TimeWords) -> Spec | None:
    """The first or last N months of a year.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("months.first_last", "6 tháng đầu năm 2024")
    >>> (spec.count, spec.direction, spec.year)
    (6, 'first', 2024)
    """
    n = w.number(m["n"])
    if n is None or n != int(n) or not 1 <= n <= 12:
        return None
    side = rule_words().year_sides[_key(m["side"])]
    return _year_tail(m, w, Spec(kind="months", count=int(n), direction=side))


def half_year(m: Match, w: TimeWords) -> Spec | None:
    """The first or last half of a year.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("months.half", "nửa cuối năm nay")
    >>> (spec.count, spec.direction, spec.rel_offset)
    (6, 'last', 0)
    """
    half = w.halves[_key(m["h"])]
    return _year_tail(m, w, Spec(kind="months", count=6, direction="first" if half == 1 else "last"))


def year(m: Match, w: TimeWords) -> Spec | None:
    """A year after its word or a year of birth.

    >>> from vn_crimeie.dates.rules import read
    >>> read("year", "SN 1990").extra
    {'birth': True}
    """
    return Spec(year=int(m["y"]), extra={"birth": bool(m["sn"])})


def year_range(m: Match, w: TimeWords) -> Spec | None:
    """Two years, the first one earlier.

    >>> from vn_crimeie.dates.rules import read
    >>> [p.year for p in read("year.range", "2021 đến 2023").parts], read("year.range", "2023-2021")
    ([2021, 2023], None)
    """
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y1 >= y2:
        return None
    return Spec(kind="range", parts=(Spec(year=y1), Spec(year=y2)), prefixed=bool(m["pre"]))


def quarter(m: Match, w: TimeWords) -> Spec | None:
    """A quarter, in Roman or Arabic figures, maybe with its year.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("quarter", "quý II/2023")
    >>> (spec.quarter, spec.year)
    (2, 2023)
    """
    q = m["q"]
    number = int(q) if q.isdigit() else w.quarters.get(q) or w.months[_key(q)]
    return Spec(quarter=number, year=_int(m["y"] or m["y2"]))


def month(m: Match, w: TimeWords) -> Spec | None:
    """A month in figures or by name, maybe with its year.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("month", "tháng Giêng năm 2020")
    >>> (spec.month, spec.year)
    (1, 2020)
    """
    mo = _month_value(m["m"], w)
    if mo is None:
        return None
    return Spec(month=mo, year=_year(m["y"] or m["y2"]))


def relative(m: Match, w: TimeWords) -> Spec | None:
    """A calendar unit and a relative word.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("relative", "tuần trước")
    >>> (spec.rel_unit, spec.rel_offset), read("relative", "tuần ngoái")
    (('W', -1), None)
    """
    unit_word = fold(m["u"])
    offset, only = w.relative_words[_key(m["w"])]
    if only is not None and unit_word not in only:
        return None
    return Spec(rel_unit=w.relative_units[unit_word], rel_offset=offset)


def same_period(m: Match, w: TimeWords) -> Spec | None:
    """The same period of an earlier year.

    >>> from vn_crimeie.dates.rules import read
    >>> read("same_period", "cùng kỳ năm ngoái").extra
    {'same_period': True}
    """
    offset, _ = w.relative_words[_key(m["w"])]
    return Spec(rel_unit="Y", rel_offset=offset, extra={"same_period": True})


def weekday(m: Match, w: TimeWords) -> Spec | None:
    """A day of the week: alone when written with a capital, in short form or in any case.

    ``CN`` (``date_forms.yaml`` ``weekday_abbreviations``) is like a weekday in lower
    case; a word of ``weekday_this_words`` after it makes it this week's, the coming one.

    >>> from vn_crimeie.dates.rules import read
    >>> [(read("weekday", t).weekday, read("weekday", t).weak_weekday) for t in ("thứ Hai", "thứ hai", "T7", "CN")]
    [(1, False), (1, True), (6, False), (7, True)]
    >>> read("weekday", "thứ sáu này").extra
    {'this_week': True}
    """
    raw = m["wd"]
    key = _key(raw)
    r = rule_words()
    number = weekday_number(raw, w)
    # "Thứ Hai" / "thứ Hai", "Chủ nhật", "T2" stand alone; "thứ hai", "thứ 2", "CN" need a cue.
    parts = raw.split()
    capital = raw[0] == r.weekday_letter and len(raw) == 2 or key in r.weekdays_any_case or (len(parts) > 1 and parts[-1][:1].isupper())
    return Spec(weekday=number, weak_weekday=not capital, extra={"this_week": True} if m["this"] else {})


def deictic_day(m: Match, w: TimeWords) -> Spec | None:
    """A day counted from the dateline.

    >>> from vn_crimeie.dates.rules import read
    >>> read("deictic", "hôm qua").rel_offset
    -1
    """
    return Spec(rel_unit="D", rel_offset=w.deictic_days[_key(m.group())])


def anaphoric_day(m: Match, w: TimeWords) -> Spec | None:
    """A day counted from the day last mentioned.

    >>> from vn_crimeie.dates.rules import read
    >>> read("anaphor", "hôm sau").anaphor
    1
    """
    return Spec(anaphor=w.anaphoric_days[_key(m.group())])


def short_deictic(m: Match, w: TimeWords) -> Spec | None:
    """A short day word that counts only after a part of the day.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("deictic.short", "qua")
    >>> (spec.rel_offset, spec.short)
    (-1, True)
    """
    return Spec(rel_unit="D", rel_offset=w.deictic_after_pod[_key(m.group())], aux=True, short=True)


def part_of_day(m: Match, w: TimeWords) -> Spec | None:
    """A part of the day, a helper piece.

    >>> from vn_crimeie.dates.rules import read
    >>> read("part_of_day", "rạng sáng").pod.code
    'MO'
    """
    return Spec(pod=w.parts_of_day[_key(m.group())], aux=True)


def modifier(m: Match, w: TimeWords) -> Spec | None:
    """The beginning, middle or end of the period that follows.

    >>> from vn_crimeie.dates.rules import read
    >>> read("modifier", "cuối năm").mod
    'END'
    """
    return Spec(mod=w.modifiers[fold(m.group())], aux=True)


def trailer(m: Match, w: TimeWords) -> Spec | None:
    """A word after a date that says on which side of the dateline it lies.

    >>> from vn_crimeie.dates.rules import read
    >>> read("trailer", "vừa qua").lean
    'past'
    """
    return Spec(lean=w.date_trailers[_key(m.group())], aux=True)
