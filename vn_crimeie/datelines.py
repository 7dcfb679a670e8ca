"""Validation of the ``dateline`` argument: datetime, date or ISO string.

>>> parse_dateline("2024-03-13T18:02")
(datetime.datetime(2024, 3, 13, 18, 2), '2024-03-13T18:02')
>>> parse_dateline("2024-02-30")
Traceback (most recent call last):
...
ValueError: dateline '2024-02-30' is not a valid date or ISO 8601 date/time (day is out of range for month)
"""

from __future__ import annotations

from datetime import date, datetime

__all__ = ["parse_dateline", "format_dateline"]


def format_dateline(value: datetime, with_time: bool = True) -> str:
    """ISO 8601 with minute precision at most (``2024-03-13T18:02`` or ``2024-03-13``)."""
    day = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"  # strftime("%Y") does not pad years < 1000
    return f"{day}T{value.hour:02d}:{value.minute:02d}" if with_time else day


def parse_dateline(value: object) -> tuple[datetime | None, str | None]:
    """``(datetime, ISO string)`` for a dateline given as datetime, date or ISO string.

    ``None`` gives ``(None, None)``.  Anything else raises ``ValueError`` (or
    ``TypeError`` for a wrong type) naming the value.
    """
    if value is None:
        return None, None
    if isinstance(value, datetime):
        naive = value.replace(tzinfo=None, second=0, microsecond=0)
        return naive, format_dateline(naive)
    if isinstance(value, date):
        as_dt = datetime(value.year, value.month, value.day)
        return as_dt, format_dateline(as_dt, with_time=False)
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                parsed = datetime.combine(date.fromisoformat(text), datetime.min.time())
                return parsed, format_dateline(parsed, with_time=False)
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"dateline {value!r} is not a valid date or ISO 8601 date/time ({exc})") from None
        naive = parsed.replace(tzinfo=None, second=0, microsecond=0)
        return naive, format_dateline(naive)
    raise TypeError(f"dateline must be a datetime, a date or an ISO 8601 string, not {type(value).__name__} ({value!r})")
