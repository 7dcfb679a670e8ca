"""The caller's ``dateline`` argument (not the stamp in a text: that is :mod:`vn_crimeie.dates.stamp`): a datetime, a date or a string as people write it.

Accepted strings: ISO 8601 (``2024-03-13``, ``2024-03-13T18:02``, with seconds,
``Z`` or an offset such as ``+07:00``) and the Vietnamese day-first forms
``13/03/2024``, ``13-3-2024``, ``13.3.2024``, each with an optional time before
or after it (``13/03/2024 18:02``, ``18:02 13/03/2024``, ``13/03/2024, 18h02``).
A timezone is kept in the ISO string (``Document.dateline``); dates are anchored
to the wall-clock time it gives.

>>> parse_dateline("2024-03-13T18:02")
(datetime.datetime(2024, 3, 13, 18, 2), '2024-03-13T18:02')
>>> parse_dateline("18:02 13/03/2024")
(datetime.datetime(2024, 3, 13, 18, 2), '2024-03-13T18:02')
>>> parse_dateline("2024-03-13T18:02+07:00")
(datetime.datetime(2024, 3, 13, 18, 2), '2024-03-13T18:02+07:00')
>>> parse_dateline("2024-02-30")
Traceback (most recent call last):
...
ValueError: dateline '2024-02-30' is not a valid date (day is out of range for month); accepted forms: 2024-03-13, 2024-03-13T18:02[+07:00], 13/03/2024, 13-3-2024, 13/03/2024 18:02, 18:02 13/03/2024
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

import regex

__all__ = ["parse_dateline", "format_dateline", "ACCEPTED_FORMS"]

#: What the error message lists as accepted.
ACCEPTED_FORMS = "2024-03-13, 2024-03-13T18:02[+07:00], 13/03/2024, 13-3-2024, 13/03/2024 18:02, 18:02 13/03/2024"

_DAY_FIRST = r"(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
_CLOCK = r"(?P<hour>\d{1,2})\s*[:hg]\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
_DAY_FIRST_FORMS = (
    regex.compile(rf"{_DAY_FIRST}"),
    regex.compile(rf"{_DAY_FIRST}\s*(?:,|-|\s)\s*{_CLOCK}"),
    regex.compile(rf"{_CLOCK}\s*(?:,|-|\s)\s*{_DAY_FIRST}"),
)


def format_dateline(value: datetime, with_time: bool = True, tz: tzinfo | None = None) -> str:
    """ISO 8601 with minute precision at most (``2024-03-13T18:02``), the offset of ``tz`` after it.

    >>> format_dateline(datetime(2024, 3, 13, 18, 2), tz=timezone(timedelta(hours=7)))
    '2024-03-13T18:02+07:00'
    """
    day = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"  # strftime("%Y") does not pad years < 1000
    if not with_time:
        return day
    return f"{day}T{value.hour:02d}:{value.minute:02d}" + (_offset(value, tz) if tz is not None else "")


def _offset(value: datetime, tz: tzinfo) -> str:
    delta = tz.utcoffset(value) or timedelta(0)
    if not delta:
        return "Z" if tz is timezone.utc else "+00:00"
    sign = "-" if delta < timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _from_datetime(value: datetime) -> tuple[datetime, str]:
    naive = value.replace(tzinfo=None, second=0, microsecond=0)
    return naive, format_dateline(naive, tz=value.tzinfo)


def _invalid(value: str, reason: str) -> ValueError:
    return ValueError(f"dateline {value!r} is not a valid date ({reason}); accepted forms: {ACCEPTED_FORMS}")


def _day_first(value: str, text: str) -> tuple[datetime, str] | None:
    """``13/03/2024`` and its forms with a time, or None when ``text`` has none of these shapes."""
    for pattern in _DAY_FIRST_FORMS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        parts = m.groupdict()
        try:
            day = date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
            if parts.get("hour") is None:
                midnight = datetime(day.year, day.month, day.day)
                return midnight, format_dateline(midnight, with_time=False)
            moment = datetime(day.year, day.month, day.day, int(parts["hour"]), int(parts["minute"]))
        except ValueError as exc:
            raise _invalid(value, str(exc)) from None
        return moment, format_dateline(moment)
    return None


def _from_string(value: str) -> tuple[datetime, str]:
    text = value.strip()
    found = _day_first(value, text)
    if found is not None:
        return found
    try:
        if len(text) == 10:
            parsed = datetime.combine(date.fromisoformat(text), datetime.min.time())
            return parsed, format_dateline(parsed, with_time=False)
        return _from_datetime(datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text))
    except ValueError as exc:
        raise _invalid(value, str(exc) or "not a date") from None


def parse_dateline(value: object) -> tuple[datetime | None, str | None]:
    """``(datetime, ISO string)`` for a dateline given as datetime, date or string.

    The datetime (naive, wall-clock time) anchors relative dates; the ISO string
    keeps the timezone the caller gave.  ``None`` gives ``(None, None)``.
    Anything else raises ``ValueError`` (or ``TypeError`` for a wrong type)
    naming the value and the accepted forms.

    >>> parse_dateline("13-3-2024")
    (datetime.datetime(2024, 3, 13, 0, 0), '2024-03-13')
    """
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return _from_datetime(value)
    if isinstance(value, date):
        as_dt = datetime(value.year, value.month, value.day)
        return as_dt, format_dateline(as_dt, with_time=False)
    if isinstance(value, str):
        return _from_string(value)
    raise TypeError(f"dateline must be a datetime, a date or a date string, not {type(value).__name__} ({value!r})")
