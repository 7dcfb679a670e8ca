"""Periods named by a phrase: the weekend, a decade, the start, middle or end of the current period.

* ``cuối tuần`` (``này``, ``trước``, ``tới`` …): the weekend, TIMEX3 ``2024-W11-WE``
  (Saturday and Sunday); alone, the weekend of the dateline's week, or with
  ``prefer="past"`` on a weekday the one before;
* ``thập niên 90``, ``thập kỷ 80``, ``những năm 1990``: a decade, TIMEX3 ``199``
  (the year's first three digits), ``mod`` kept (``đầu những năm 2000``);
* ``đầu tuần``, ``giữa tháng``, ``cuối năm``: the dateline's period with a ``mod``.

The productions read the rules ``weekend``, ``decade`` and ``modifier.period``
(:mod:`vn_crimeie.dates.rules`); :func:`anchor_period` gives the value of a
weekend or a decade.

>>> from vn_crimeie.dates import parse_date
>>> parse_date("cuối tuần này", "2024-03-13").value, parse_date("thập niên 90").value
('2024-W11-WE', '199')
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import regex

from ..lexicon import fold
from .form_words import form_words
from .spec import Spec
from .words import TimeWords

__all__ = ["weekend", "decade", "modifier_period", "anchor_period"]

Match = regex.Match[str]
#: The word right before a match (``bắt`` of ``bắt đầu tuần hành``), within a few characters.
_WORD_BEFORE = regex.compile(r"(?<!\w)(\w+)\ +$")
_LONGEST_BLOCKER = 12
#: The years a decade said in two digits belongs to ("thập niên 90" = the 1990s).
TWO_DIGIT_CENTURY = 1900


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _offset(rel: str | None, unit_word: str, w: TimeWords) -> int | None:
    """The offset of relative word ``rel`` after ``unit_word`` (0 without one; None: it does not go with it)."""
    if not rel:
        return 0
    offset, only = w.relative_words[_key(rel)]
    return offset if only is None or unit_word in only else None


def weekend(m: Match, w: TimeWords) -> Spec | None:
    """The weekend of a week: the dateline's, or the one a relative word says.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("weekend", "cuối tuần trước")
    >>> (spec.rel_unit, spec.rel_offset, spec.extra)
    ('W', -1, {'weekend': 'said'})
    """
    week_word = next(u for u, code in w.relative_units.items() if code == "W")
    offset = _offset(m["rel"], week_word, w)
    if offset is None:
        return None
    return Spec(rel_unit="W", rel_offset=offset, extra={"weekend": "said" if m["rel"] else "bare"})


def decade(m: Match, w: TimeWords) -> Spec | None:
    """A decade by its first year (``1990``) or its two digits (``90``).

    >>> from vn_crimeie.dates.rules import read
    >>> read("decade", "thập niên 80").year, read("decade", "những năm 2000").extra
    (1980, {'decade': True})
    """
    digits = m["y"]
    year = int(digits) + (TWO_DIGIT_CENTURY if len(digits) == 2 else 0)
    return Spec(year=year, extra={"decade": True})


def modifier_period(m: Match, w: TimeWords) -> Spec | None:
    """``đầu/giữa/cuối`` + a bare period word: the dateline's period with a ``mod``.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("modifier.period", "giữa tháng")
    >>> (spec.rel_unit, spec.rel_offset, spec.mod)
    ('M', 0, 'MID')

    Not after a word that makes one word of the modifier (``date_forms.yaml``
    ``modifier_blockers``: ``bắt đầu tuần hành``).
    """
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - _LONGEST_BLOCKER), m.start())
    if before is not None and _key(before[1]) in form_words().modifier_blockers:
        return None  # "bắt đầu tuần hành", "cầm đầu": one word with the word before
    return Spec(rel_unit=w.relative_units[_key(m["u"])], rel_offset=0, mod=w.modifiers[_key(m["mod"])])


#: A period's TIMEX3 value and its half-open bounds (None when unknown).
Period = tuple[str, datetime | None, datetime | None]


def _weekend_value(spec: Spec, dl: datetime | None) -> Period:
    if dl is None:
        return "XXXX-WXX-WE", None, None
    ref = dl.date()
    offset = spec.rel_offset
    if spec.extra.get("weekend") == "bare" and spec.lean == "past" and ref.weekday() < 5:
        offset = -1  # "cuối tuần" said on a weekday, looking back: the last one
    saturday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset, days=5)
    year, week, _ = saturday.isocalendar()
    start = datetime.combine(saturday, datetime.min.time())
    return f"{year:04d}-W{week:02d}-WE", start, start + timedelta(days=2)


def anchor_period(spec: Spec, dl: datetime | None) -> Period | None:
    """The value and bounds of a weekend or a decade point; None for any other spec.

    >>> anchor_period(Spec(year=1990, extra={"decade": True}), None)[0]
    '199'
    """
    if spec.extra.get("weekend"):
        return _weekend_value(spec, dl)
    if spec.extra.get("decade") and spec.year is not None:
        first = spec.year - spec.year % 10
        start = datetime.combine(date(first, 1, 1), datetime.min.time())
        return f"{first // 10:03d}", start, start.replace(year=first + 10)
    return None
