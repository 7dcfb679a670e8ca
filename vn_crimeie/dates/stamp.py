"""The publication stamp at the top of an article (detect_dateline), and the caller's dateline as a datetime.

>>> detect_dateline("Tiêu đề bài báo\\n\\n18:02 13/03/2024\\n\\nChiều 13/3, Bộ Công an …")
datetime.datetime(2024, 3, 13, 18, 2)
>>> detect_dateline("Thứ tư, 13/3/2024 - 18:02\\nNội dung")
datetime.datetime(2024, 3, 13, 18, 2)
>>> detect_dateline("Chiều 13/3, Bộ Công an tổ chức hội nghị.") is None
True
>>> coerce_dateline("2024-03-13T18:02")
datetime.datetime(2024, 3, 13, 18, 2)
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

import regex

from ..datelines import parse_dateline
from .rule_words import rule_words
from .words import alternation

__all__ = ["detect_dateline", "coerce_dateline"]

#: How far into an article a publication stamp is looked for.
HEAD_LINES = 8
HEAD_CHARS = 800
#: What a stamp line may hold besides the stamp ("Cập nhật:", "| Dân trí").
MAX_OTHER_CHARS = 30
MAX_OTHER_WORDS = 4


@cache
def _stamp_pattern() -> regex.Pattern[str]:
    """A stamp: maybe a weekday and a time, a date with a four-digit year, maybe a time and a zone."""
    r = rule_words()
    openers, names, at = alternation(r.stamp_weekday_openers), alternation(r.stamp_weekday_names), alternation(r.stamp_time_words)
    return regex.compile(
        rf"""
        (?:(?:{openers}\ +\w+|{names})\ *,?\ *)?
        (?:(?P<h1>[01]?\d|2[0-3])[:hH](?P<mi1>[0-5]\d)\ *[,\-|]?\ *)?
        (?<![\d/.\-])(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)
        (?:\ *(?:[,\-|]|{at})?\ *(?P<h2>[01]?\d|2[0-3])[:hH](?P<mi2>[0-5]\d)(?!\d))?
        (?:\ *\(?\ *GMT\ *[+\-]\ *\d{{1,2}}(?::?\d\d)?\ *\)?)?
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


#: The header of the dantri corpus files: ``# date = 20210421``.
_HEADER = regex.compile(r"^\#\ *date\ *=\ *(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)\ *$", regex.MULTILINE)


def coerce_dateline(value: object) -> datetime | None:
    """A dateline given as datetime, date or date string, as a naive datetime (minute precision).

    Anything else raises ``ValueError`` naming the value.

    >>> coerce_dateline("13/03/2024 18:02")
    datetime.datetime(2024, 3, 13, 18, 2)
    >>> coerce_dateline("hôm qua")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: dateline 'hôm qua' is not a valid date (Invalid isoformat string: 'hôm qua'); accepted forms: ...
    """
    try:
        parsed, _ = parse_dateline(value)
    except TypeError as exc:
        raise ValueError(str(exc)) from None
    return parsed


def _stamp(d: str, m: str, y: str, h: str | None, mi: str | None) -> datetime | None:
    """Read the stamp's digits; dateparser reads the explicit date, never the wall clock."""
    import dateparser

    core = f"{int(d):02d}/{int(m):02d}/{y}" + (f" {int(h):02d}:{mi}" if h else " 00:00")
    settings = {
        "DATE_ORDER": "DMY",
        "STRICT_PARSING": True,
        "RELATIVE_BASE": datetime(int(y), 1, 1),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(core, date_formats=["%d/%m/%Y %H:%M"], settings=settings)
    if parsed is None:
        return None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def detect_dateline(text: str) -> datetime | None:
    """The publication stamp near the top of an article (minute precision), or None.

    A stamp is a full date with a four-digit year, with or without a time, a
    weekday and a time zone (``18:02 13/03/2024``, ``Thứ tư, 13/3/2024 - 18:02``,
    ``13/03/2024 18:02 GMT+7``), standing on a line of its own among the first
    lines.  A date inside a sentence is not a stamp.

    >>> detect_dateline("Bắt đối tượng trộm xe\\n13/03/2024 18:02 GMT+7\\nSáng nay, …")
    datetime.datetime(2024, 3, 13, 18, 2)
    """
    head = text[:HEAD_CHARS]
    stamp, not_stamp = _stamp_pattern(), rule_words().not_stamp_words
    header = _HEADER.search(head)
    if header:
        try:
            return datetime(int(header["y"]), int(header["m"]), int(header["d"]))
        except ValueError:
            pass
    for line in head.split("\n")[:HEAD_LINES]:
        line = line.strip()
        if not line:
            continue
        m = stamp.search(line)
        if not m or len(line) - len(m.group().strip()) > MAX_OTHER_CHARS:
            continue
        other = (line[: m.start()] + " " + line[m.end() :]).lower().split()
        if len(other) > MAX_OTHER_WORDS or any(w.strip(".,:;|") in not_stamp for w in other):
            continue  # a short sentence with a date ("Ông A bỏ trốn từ ngày 22/10/2016.")
        h, mi = (m["h1"], m["mi1"]) if m["h1"] else (m["h2"], m["mi2"])
        try:
            date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        return _stamp(m["d"], m["m"], m["y"], h, mi)
    return None
