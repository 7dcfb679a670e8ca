"""DATE: temporal expressions, anchored to the dateline and to the dates the text mentions.

Besides anchoring each expression (:func:`vn_crimeie.dates.anchor`), the
recogniser reads the text in order: ``cùng ngày``/``hôm sau`` count from the
day last mentioned (the dateline's when none was), and a clock time or part of
day said without a day (``4 giờ sáng``) takes the day last mentioned in the
same paragraph.

>>> [(c.start, c.end, c.value) for c in find("Ngày 8-2, Cảnh sát nhận tin. Chiều cùng ngày, A bị bắt.")]
[(0, 8, {'type': 'DATE', 'value': 'XXXX-02-08'}), (29, 44, {'type': 'TIME', 'value': 'XXXX-02-08TAF'})]
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..dates.timex import DateValue, anchor, anchor_day
from ..dates.stamp import coerce_dateline
from ..dates.grammar import scan
from ..dates.spec import Spec

__all__ = ["find", "PRIORITY"]

#: DATE wins over NUMBER on "3 năm", "năm 2024".
PRIORITY = PRIORITIES["dates"]


def _is_bare_time(spec: Spec) -> bool:
    return (
        spec.kind == "point"
        and (spec.hour is not None or spec.pod is not None)
        and spec.year is None
        and spec.month is None
        and spec.day is None
        and spec.rel_unit is None
        and spec.anaphor is None
        and spec.weekday is None
        and "lunar" not in spec.extra  # "đêm mùng 4 Tết" names its day
        and "cycle" not in spec.extra
    )


def _on_day(spec: Spec, day: tuple[int | None, int, int], shift: int = 0) -> Spec:
    y, m, d = day
    try:
        moved = date(y if y is not None else 2000, m, d) + timedelta(days=shift)
    except (ValueError, OverflowError):  # shifted past the ends of the calendar
        return spec
    return spec.copy(anaphor=None, year=moved.year if y is not None else None, month=moved.month, day=moved.day)


#: The calendar day at the head of a TIMEX3 value: ``2024-03-12``, ``XXXX-03-12T21:00``.
_DAY_VALUE = regex.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)(?!\d)")


def _day_named(value: DateValue) -> tuple[int | None, int, int] | None:
    """The day a point's value names, as :func:`~vn_crimeie.dates.timex.anchor_day` gives it, read from the value.

    >>> _day_named(DateValue("TIME", "2024-03-12T21:00")), _day_named(DateValue("DATE", "XXXX-03-12"))
    ((2024, 3, 12), (None, 3, 12))
    >>> _day_named(DateValue("DATE", "2024-W11")), _day_named(DateValue("DATE", "2023-02-29"))
    (None, None)
    """
    m = _DAY_VALUE.match(value.value)
    if m is None:
        return None
    year, month, day = None if m[1] == "XXXX" else int(m[1]), int(m[2]), int(m[3])
    try:
        date(year if year is not None else 2000, month, day)  # 2000: a leap year keeps 29/2 without a year
    except ValueError:
        return None
    return year, month, day


_SENTENCE_END = regex.compile(r"[.!?;]\s|\n")
_TOPIC = regex.compile(r"\ *,")


class _Context:
    """The days and periods a text has named so far, read left to right."""

    def __init__(self) -> None:
        self.last: tuple[int | None, int, int] | None = None
        self.last_end = 0
        self.topic: tuple[int | None, int, int] | None = None
        self.period: Spec | None = None

    def day_for_anaphor(self, text: str, start: int) -> tuple[int | None, int, int] | None:
        """"cùng ngày": the day named earlier in the same sentence, else the last topic day."""
        if self.last is None:
            return None
        if not _SENTENCE_END.search(text, self.last_end, start):
            return self.last
        return self.topic or self.last

    def day_for_time(self, text: str, start: int) -> tuple[int | None, int, int] | None:
        """"4 giờ sáng": the day named last in the same paragraph."""
        if self.last is None or "\n" in text[self.last_end : start]:
            return None
        return self.last


def _resolve_in_context(spec: Spec, text: str, m_start: int, ctx: _Context) -> Spec:
    if spec.kind != "point":
        return spec
    if spec.anaphor is not None:
        day = ctx.day_for_anaphor(text, m_start)
        return _on_day(spec, day, spec.anaphor) if day else spec
    if _is_bare_time(spec):
        day = ctx.day_for_time(text, m_start)
        return _on_day(spec, day) if day else spec
    if spec.extra.get("same_period") and ctx.period is not None:
        # "cùng kỳ năm ngoái" after "quý I/2021": the same quarter (month) a year back.
        return spec.copy(month=ctx.period.month, quarter=ctx.period.quarter)
    return spec


def find(text: str, dateline: datetime | None = None, *, prefer: str = "nearest") -> list[Candidate]:
    """DATE candidates in normalised ``text``, values anchored to ``dateline``.

    ``prefer`` (``nearest``, ``past``, ``future``; :data:`vn_crimeie.dates.timex.PREFERENCES`)
    says where a date without a year or a weekday lies; news keeps ``nearest``,
    which leans to the past on a tie.

    >>> [c.value["value"] for c in find("Sáng nay, Công an quận bắt đối tượng gây án tối qua.", datetime(2024, 3, 13, 18, 2))]
    ['2024-03-13TMO', '2024-03-12TEV']
    """
    dl = coerce_dateline(dateline)
    out: list[Candidate] = []
    ctx = _Context()
    for m in scan(text):
        spec = _resolve_in_context(m.spec, text, m.start, ctx)
        value = anchor(spec, dl, prefer)
        out.append(Candidate(m.start, m.end, "DATE", value.to_dict(), source="dates." + m.rule, priority=PRIORITY))
        named = spec.parts[1] if spec.kind == "range" and spec.parts else spec
        if named.extra.get("present"):
            continue
        # a point's day is read from its value (no second anchoring); a range's from its end
        day = _day_named(value) if named is spec and not spec.extra.get("now") else anchor_day(named, dl)
        if day is not None and (named.day is not None or named.rel_unit == "D" or named.anaphor is not None or spec is not m.spec):
            ctx.last, ctx.last_end = day, m.end
            if _TOPIC.match(text, m.end):
                ctx.topic = day
        if named.kind == "point" and named.day is None and (named.month is not None or named.quarter is not None) and named.year is not None:
            ctx.period = named
    return out
