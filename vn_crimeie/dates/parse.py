"""``parse_date``: one Vietnamese temporal expression → its TIMEX3 value.

>>> parse_date("Chiều 13/3", "2024-03-13T18:02").to_dict()
{'type': 'TIME', 'value': '2024-03-13TAF'}
>>> parse_date("3 năm qua", "2024-03-13").value
'2021/2023'
>>> parse_date("sáng nay").value
'XXXX-XX-XXTMO'
>>> parse_date("2,2 nghìn") is None
True
"""

from __future__ import annotations

from datetime import date, datetime

from ..normalize import normalize
from .timex import DateValue, anchor
from .stamp import coerce_dateline
from .grammar import scan

__all__ = ["parse_date"]


def parse_date(text: str, dateline: datetime | date | str | None = None) -> DateValue | None:
    """The value of ``text`` when the whole of it is one temporal expression, else None.

    ``dateline`` (datetime, date or ISO 8601 string) anchors year-less dates
    and relative expressions; without it unknown parts stay ``X``.  A bad
    dateline raises ``ValueError`` naming it.

    >>> parse_date("ngày 30/3/2021").to_dict()
    {'type': 'DATE', 'value': '2021-03-30'}
    """
    anchor_dt = coerce_dateline(dateline)
    norm = normalize(text).text
    stripped = norm.strip()
    if not stripped:
        return None
    offset = norm.index(stripped)
    matches = scan(norm)
    if len(matches) != 1:
        return None
    m = matches[0]
    if m.start != offset or m.end != offset + len(stripped):
        return None
    return anchor(m.spec, anchor_dt)
