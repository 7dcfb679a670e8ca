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
from functools import cache

import regex

from ..normalize import normalize
from .timex import DateValue, anchor
from .stamp import coerce_dateline
from .form_words import form_words
from .grammar import scan
from .words import alternation

__all__ = ["parse_date"]


@cache
def _leading() -> regex.Pattern[str]:
    """The words an expression may begin with outside its span (``vào lúc``, ``trong giai đoạn``), then spaces."""
    return regex.compile(r"(?:" + alternation(form_words().leading_words) + r"\ +)+", regex.IGNORECASE)


@cache
def _trailing() -> regex.Pattern[str]:
    """Sentence-final particles after an expression (``nhé``, ``nha``, ``ạ``), with the spaces and stop around them."""
    return regex.compile(r"(?:[\ ,]+" + alternation(form_words().trailing_particles) + r")+[\ .!?]*$", regex.IGNORECASE)


def parse_date(text: str, dateline: datetime | date | str | None = None, prefer: str = "nearest") -> DateValue | None:
    """The value of ``text`` when the whole of it is one temporal expression, else None.

    ``dateline`` (datetime, date or ISO 8601 string) anchors year-less dates
    and relative expressions; without it unknown parts stay ``X``.  A bad
    dateline raises ``ValueError`` naming it.  ``prefer`` (like dateparser's
    ``PREFER_DATES_FROM``) says where a date without a year, a weekday or a
    clock time without a day lies: ``nearest`` the dateline (the default),
    ``past`` or ``future``.  The expression may begin with a word that stays
    outside a DATE span (``vào lúc``, ``khoảng``) and end with a particle of
    speech (``nhé``, ``nha``, ``ạ``).

    >>> parse_date("ngày 30/3/2021").to_dict()
    {'type': 'DATE', 'value': '2021-03-30'}
    >>> parse_date("thứ hai", "2024-03-13", prefer="future").value
    '2024-03-18'
    >>> parse_date("7h sáng mai nhé", "2024-03-13").value
    '2024-03-14T07:00'
    """
    anchor_dt = coerce_dateline(dateline)
    norm = normalize(text).text
    particles = _trailing().search(norm)
    if particles is not None and particles.start() > 0:
        norm = norm[: particles.start()]  # "tối nay nhé": the particle is no part of the time
    stripped = norm.strip()
    if not stripped:
        return None
    offset = norm.index(stripped)
    matches = scan(norm, whole=True)
    if len(matches) != 1:
        return None
    m = matches[0]
    lead = _leading().match(norm, offset)
    starts = {offset} | ({lead.end()} if lead else set())
    if m.start not in starts or m.end != offset + len(stripped):
        return None
    return anchor(m.spec, anchor_dt, prefer)
