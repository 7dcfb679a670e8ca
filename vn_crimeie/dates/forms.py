"""Productions of the forms beyond police news: clock writings, seasons, holidays, lunar dates.

Each reads the named groups of its rule (:func:`vn_crimeie.dates.rules.rules`,
the rows of ``_form_rows``) and the tables of ``date_forms.yaml``.

>>> from vn_crimeie.dates.rules import read
>>> spec = read("clock.forms", "4pm")
>>> (spec.hour, spec.minute)
(16, 0)
"""

from __future__ import annotations

import regex

from ..lexicon import fold
from .form_words import form_words, name_words, year_cycle
from .calendars import valid_day, whole_count
from .rule_words import rule_words
from .spec import Spec
from .words import TimeWords

__all__ = ["relative_phrase", "iso_date", "ago", "now", "clock_forms", "clock_seconds", "clock_to", "season", "holiday", "lunar_date", "nth_of_month", "meal", "spoken_year", "year_value", "zone_offset", "born_year"]

Match = regex.Match[str]


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def year_value(text: str) -> int | None:
    """A year said in words (``hai nghìn hai mươi tư``) read by :func:`vn_crimeie.numbers.parse_number`.

    >>> year_value("hai nghìn hai mươi tư"), year_value("hai người")
    (2024, None)
    """
    from ..numbers import parse_number  # the number grammar: imported when a year is said in words

    value = parse_number(text)
    if value is None or value.value != int(value.value) or not 1 <= value.value <= 9999:
        return None
    return int(value.value)


def born_year(m: Match, w: TimeWords) -> Spec | None:
    """A year of birth after a bare ``sinh`` ("Đỗ Văn Chí, sinh 1971"): the year alone is the span.

    >>> from vn_crimeie.dates.grammar import scan
    >>> [(m.text, m.spec.extra) for m in scan("Đỗ Văn Chí, sinh 1971, trú ở xã Tam Hưng")]
    [('1971', {'birth': True})]
    """
    return Spec(year=int(m["y"]), extra={"birth": True})


def _meridiem_hour(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour
    if not 1 <= hour <= 12:
        return None
    side = form_words().meridiems[_key(meridiem)]
    return hour % 12 + (12 if side == "pm" else 0)


def relative_phrase(m: Match, w: TimeWords) -> Spec | None:
    """A period counted from the dateline's in one phrase.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("relative.phrase", "năm kia")
    >>> (spec.rel_unit, spec.rel_offset)
    ('Y', -2)
    """
    unit, offset = form_words().relative_phrases[_key(m.group())]
    return Spec(rel_unit=unit, rel_offset=offset)


def iso_date(m: Match, w: TimeWords) -> Spec | None:
    """A date written the ISO 8601 way.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("date.iso", "2019-07-15")
    >>> (spec.year, spec.month, spec.day)
    (2019, 7, 15)
    """
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(d, mo, y):
        return None
    return Spec(year=y, month=mo, day=d, prefixed=True)


def ago(m: Match, w: TimeWords) -> Spec | None:
    """``cách đây 3 năm``: the point that many units before the dateline.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("duration.ago", "cách đây 2 ngày")
    >>> (spec.kind, spec.count, spec.unit, spec.direction)
    ('relspan', 2, 'D', 'ago')
    >>> (lambda s: (s.count, s.unit))(read("duration.ago", "cách đây hai năm sáu tháng"))
    (30, 'M')
    """
    n = w.number(m["n"])
    if n is None or n < 1 or n != int(n):
        return None
    iso, is_time = w.units[_key(m["u"])]
    unit, count = ("T" if is_time else "") + iso, int(n)
    if m["n2"]:  # "cách đây hai năm sáu tháng": counted in the finer unit when one holds the other
        n2, (iso2, time2) = w.number(m["n2"]), w.units[_key(m["u2"])]
        counted = whole_count(count, unit, n2, ("T" if time2 else "") + iso2) if n2 is not None else None
        if counted is not None:
            count, unit = counted
    duration = f"P{'T' if unit.startswith('T') else ''}{count}{unit.removeprefix('T')}"
    return Spec(kind="relspan", count=count, unit=unit, direction="ago", duration=duration)


def now(m: Match, w: TimeWords) -> Spec | None:
    """The present moment: the dateline itself, when the expression is given whole.

    >>> from vn_crimeie.dates.rules import read
    >>> read("now", "bây giờ").extra
    {'now': True, 'whole_only': True}
    """
    return Spec(extra={"now": True, "whole_only": True})


def zone_offset(name: str, offset: str | None) -> str:
    """The UTC offset of a time zone (``date_forms.yaml`` ``time_zones``, ``bracket_time_zones``) and the offset written after it.

    >>> zone_offset("GMT", "+7"), zone_offset("giờ Hà Nội", None), zone_offset("UTC", "-03:30")
    ('+07:00', '+07:00', '-03:30')
    """
    f = form_words()
    key = _key(name)
    if not offset:
        return f.time_zones.get(key) or f.bracket_time_zones[key]
    sign, digits = offset[0], offset[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{'-' if sign in '-−' else '+'}{int(hours):02d}:{minutes}"


def clock_forms(m: Match, w: TimeWords) -> Spec | None:
    """A clock time with seconds, a glued ``g``, a meridiem or a time zone.

    >>> from vn_crimeie.dates.rules import read
    >>> [(s.hour, s.minute, s.second, s.tz) for s in (read("clock.forms", t) for t in ("15:23:24", "10g45", "8:23 GMT"))]
    [(15, 23, 24, None), (10, 45, None, None), (8, 23, None, '+00:00')]
    >>> read("clock.forms", "3g sáng").hour, read("clock.forms", "10g ma túy")
    (3, None)
    """
    if not (m["s"] or m["mg"] or m["ap"] or m["tz"] or m["pg"] is not None):
        return None  # a plain clock time is the rule ``clock``'s
    hour = _meridiem_hour(int(m["h"]), m["ap"])
    minute = int(m["m"] or m["m2"] or m["mg"] or m["mh"] or 0)
    if hour is None or hour > 24 or (hour == 24 and minute):
        return None
    tz = zone_offset(m["tz"], m["off"]) if m["tz"] else None
    return Spec(hour=hour, minute=minute, second=int(m["s"]) if m["s"] else None, tz=tz, extra={"clock": True})


def clock_seconds(m: Match, w: TimeWords) -> Spec | None:
    """A clock time said with its seconds (``15 giờ 23 phút 24 giây``).

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("clock.seconds", "15 giờ 23 phút 24 giây")
    >>> (spec.hour, spec.minute, spec.second)
    (15, 23, 24)
    """
    return Spec(hour=int(m["h"]), minute=int(m["m"]), second=int(m["s"]), extra={"clock": True})


def clock_to(m: Match, w: TimeWords) -> Spec | None:
    """``11 giờ kém 15``: the minutes before the hour.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("clock.to", "11 giờ kém 15")
    >>> (spec.hour, spec.minute)
    (10, 45)
    """
    hour, before = w.number(m["h"]), w.number(m["m"])
    if hour is None or before is None or not 1 <= hour <= 24 or not 1 <= before <= 30:
        return None
    return Spec(hour=int(hour) - 1, minute=60 - int(before), extra={"clock": True})


def season(m: Match, w: TimeWords) -> Spec | None:
    """A season, maybe with its year or a relative word.

    >>> from vn_crimeie.dates.rules import read
    >>> (read("season", "mùa hè năm 2023").season, read("season", "mùa hè 2023").year)
    ('SU', 2023)
    >>> read("season", "hè năm nay").rel_offset, read("season", "hè"), read("season", "hè phố")
    (0, None, None)
    """
    f = form_words()
    if m["bare"] and _word_before(m) in f.not_season_words:
        return None  # "vỉa hè năm nay": the pavement
    spec = Spec(season=f.seasons[_key(m["s"] or m["bare"])], year=int(m["y"]) if m["y"] else None)
    if m["rel"]:
        offset, only = w.relative_words[_key(m["rel"])]
        if only is not None and only.isdisjoint(rule_words().year_words):
            return None
        if offset or m["yw"]:  # "mùa hè năm nay" is this year's; "mùa đông này", the nearest one
            spec.rel_unit, spec.rel_offset = "Y", offset
    return spec


_NAME_BEFORE = regex.compile(r"(?<!\w)(\w+)\ +$")


def _word_before(m: Match) -> str:
    """The word right before the match (lower-cased; empty when none)."""
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    return _key(before[1]) if before else ""


def _in_name(m: Match) -> bool:
    """The holiday of ``m`` is written capitalised, without a day word, right after a surname or middle name."""
    if m.start("h") != m.start() or not m["h"][:1].isupper():
        return False
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    return before is not None and before[1] in name_words()


def holiday(m: Match, w: TimeWords) -> Spec | None:
    """A holiday on a fixed Gregorian or lunar day, maybe with its year.

    Written capitalised right after a capitalised surname or middle name
    (:func:`~vn_crimeie.dates.form_words.name_words`), it is part of a person's name.

    >>> from vn_crimeie.dates.rules import read
    >>> read("holiday", "Giáng sinh").day, read("holiday", "Tết Trung thu").extra
    (25, {'lunar': (8, 15)})
    >>> from vn_crimeie.dates import scan
    >>> [m.text for m in scan("Bác sĩ Nguyễn Quốc Khánh nghỉ dịp Quốc khánh.")]
    ['Quốc khánh']
    >>> (lambda s: (s.month, s.day))(read("holiday", "Quốc khánh 2/9")), read("holiday", "Tết Ất Tỵ").extra["cycle"] == 2025 % 60
    ((9, 2), True)
    """
    if _in_name(m):
        return None
    f, key = form_words(), _key(m["h"])
    year = int(m["y"]) if m["y"] else None
    cycle = {"cycle": year_cycle()[_key(m["cc"])]} if m["cc"] else {}
    said = (int(m["hm"]), int(m["hd"])) if m["hd"] else None  # "Quốc khánh 2/9": the holiday and its day
    # "Tết năm 2016" is a day; "Tết" alone is often the season, "Valentine" a saint, "trung thu" in "tập trung thu"
    extra: dict[str, object] = {**cycle, "whole_only": True} if key in f.whole_only_holidays and year is None and not cycle and said is None else cycle
    if key in f.holidays or (said is not None and said != f.lunar_holidays.get(key)):
        month, day = said or f.holidays[key]  # a lunar holiday's day and month said: its Gregorian day
        year = int(m["hy"]) if m["hy"] else year
        return Spec(year=year, month=month, day=day, prefixed=True, extra=extra) if valid_day(day, month, year) else None
    return Spec(year=year, extra={"lunar": f.lunar_holidays[key], **extra}, prefixed=True)


def lunar_date(m: Match, w: TimeWords) -> Spec | None:
    """A day and month of the lunar calendar (``15 tháng 7 âm lịch``, ``rằm tháng Giêng``, ``23 tháng Chạp``,
    ``16 tháng 8 năm Giáp Thìn``: a lunar month name or a year of the sexagenary cycle makes it lunar).

    >>> from vn_crimeie.dates.rules import read
    >>> read("date.lunar", "15 tháng 7 âm lịch").extra["lunar"], read("date.lunar", "rằm tháng Giêng").extra
    ((7, 15), {'lunar': (1, 15)})
    >>> read("date.lunar", "23 tháng Chạp").extra, read("date.lunar", "ngày 8/1 ÂL").extra, read("date.lunar", "15 tháng 7")
    ({'lunar': (12, 23)}, {'lunar': (1, 8), 'marked': True}, None)
    """
    day_value = 15 if m["full"] else w.number(m["d"])
    month_text = m["m"]
    month_value = int(month_text) if month_text.isdigit() else w.months.get(_key(month_text))
    if day_value is None or month_value is None or not 1 <= day_value <= 30 or not 1 <= month_value <= 12:
        return None
    extra: dict[str, object] = {"lunar": (month_value, int(day_value))}
    if m.groupdict().get("mk"):  # "âm lịch" said: a range's start in day/month is lunar too
        extra["marked"] = True
    if m.groupdict().get("cc"):  # "16 tháng 8 năm Giáp Thìn": a year of the cycle makes the day lunar
        extra["cycle"] = year_cycle()[_key(m["cc"])]
    return Spec(year=int(m["y"]) if m["y"] else None, extra=extra, prefixed=True)


def nth_of_month(m: Match, w: TimeWords) -> Spec | None:
    """The first or last day or week of a month.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("month.nth", "tuần đầu tiên của tháng 9 năm 2017")
    >>> (spec.month, spec.year, spec.extra)
    (9, 2017, {'nth': ('W', 'first')})
    """
    f = form_words()
    nth = (f.ordinal_units[_key(m["u"])], f.ordinal_sides[_key(m["o"])])
    if m["rel"]:  # "ngày cuối cùng của tháng này"
        offset, only = w.relative_words[_key(m["rel"])]
        return Spec(rel_unit="M", rel_offset=offset, extra={"nth": nth}) if only is None or not only.isdisjoint(rule_words().month_words) else None
    month_text = m["m"]
    month_value = int(month_text) if month_text.isdigit() else w.months.get(_key(month_text))
    if month_value is None or not 1 <= month_value <= 12:
        return None
    return Spec(month=month_value, year=int(m["y"]) if m["y"] else None, extra={"nth": nth})


def meal(m: Match, w: TimeWords) -> Spec | None:
    """``sau bữa trưa``: the hours after (or before) a meal, as a range of the day.

    >>> from vn_crimeie.dates.rules import read
    >>> [p.hour for p in read("meal", "sau bữa trưa").parts]
    [13, 17]
    """
    f = form_words()
    lo, hi = f.meals[_key(m["meal"])][f.meal_sides[_key(m["side"])]]
    return Spec(kind="range", parts=(Spec(hour=lo, minute=0), Spec(hour=hi, minute=0)))


def spoken_year(m: Match, w: TimeWords) -> Spec | None:
    """A year said in words, or a year of three digits at the end of a phrase (``năm 938``);
    also the rule ``year.historical``: a year before 1800 in digits (``năm 1612 tại Huế``).

    >>> from vn_crimeie.dates.rules import read
    >>> read("year.words", "năm hai nghìn hai mươi").year, read("year.words", "năm 938.").year
    (2020, 938)
    >>> read("year.words", "năm một chín bốn lăm").year, read("year.words", "năm hai không hai ba").year
    (1945, 2023)
    >>> read("year.historical", "năm 1612 tại Huế").year, read("year.historical", "năm 1500 người")
    (1612, None)
    """
    digits = m.groupdict().get("y")
    year = int(digits) if digits else _digit_by_digit(m["yw"]) or year_value(m["yw"])
    return Spec(year=year) if year is not None else None


#: The digits of a year said digit by digit.
YEAR_DIGITS = 4


def _digit_by_digit(text: str) -> int | None:
    """A year said digit by digit (``một chín bốn lăm``: 1945), None for any other wording."""
    digits = form_words().year_digit_words
    said = _key(text).split()
    if len(said) != YEAR_DIGITS or any(d not in digits for d in said) or digits[said[0]] == 0:
        return None
    return int("".join(str(digits[d]) for d in said))
