"""Periods named by a phrase: the weekend, a century, a decade, the start, middle or end of the current period.

* ``cuối tuần`` (``này``, ``trước``, ``tới`` …): the weekend, TIMEX3 ``2024-W11-WE``
  (Saturday and Sunday); alone, the weekend of the dateline's week, or with
  ``prefer="past"`` on a weekday the one before;
* ``thế kỷ 19``, ``thế kỷ thứ 12``, ``thế kỷ XIX``, ``thế kỷ trước``: a century,
  TIMEX3 ``18`` for the 19th (the years 1800-1899), ``mod`` kept (``đầu thế kỷ 20``);
* ``thập niên 90``, ``thập kỷ 80``, ``những năm 1990``: a decade, TIMEX3 ``199``
  (the year's first three digits), ``mod`` kept (``đầu những năm 2000``);
* ``đầu tuần``, ``giữa tháng``, ``cuối năm``: the dateline's period with a ``mod``.

The productions read the rules ``weekend``, ``century``, ``decade`` and
``modifier.period`` (:mod:`vn_crimeie.dates.rules`); :func:`anchor_period` gives
the value of a weekend, a century or a decade.

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

__all__ = ["weekend", "century", "decade", "modifier_period", "anchor_period"]

Match = regex.Match[str]
#: The word right before a match (``bắt`` of ``bắt đầu tuần hành``), within a few characters.
_WORD_BEFORE = regex.compile(r"(?<!\w)(\w+)\ +$")
_LONGEST_BLOCKER = 12
#: The longest count word before a century ("mười", "1000").
_LONGEST_COUNT = 8
#: The years a decade said in two digits belongs to ("thập niên 90" = the 1990s) …
TWO_DIGIT_CENTURY = 1900
#: … from the twenties on: "thập niên 10" says its century ("thập niên 10 của thế kỷ 21").
MIN_TWO_DIGIT_DECADE = 20
#: The centuries a text may name (the 1st to the 30th) and the values of Roman figures.
CENTURIES = range(1, 31)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _offset(rel: str | None, unit_word: str, w: TimeWords) -> int | None:
    """The offset of relative word ``rel`` after ``unit_word`` (0 without one; None: it does not go with it)."""
    if not rel:
        return 0
    offset, only = w.relative_words[_key(rel)]
    return offset if only is None or unit_word in only else None


#: The TIMEX3 value of the weekends in general.
ANY_WEEKEND = "XXXX-WXX-WE"


def weekend(m: Match, w: TimeWords) -> Spec | None:
    """The weekend of a week: the dateline's, or the one a relative word says; or weekends in general.

    >>> from vn_crimeie.dates.rules import read
    >>> spec = read("weekend", "cuối tuần trước")
    >>> (spec.rel_unit, spec.rel_offset, spec.extra)
    ('W', -1, {'weekend': 'said'})
    >>> read("weekend", "những ngày cuối tuần").kind, read("weekend", "mỗi cuối tuần").extra
    ('set', {'each': True})
    """
    week_word = next(u for u, code in w.relative_units.items() if code == "W")
    offset = _offset(m["rel"], week_word, w)
    if offset is None:
        return None
    if (m["plural"] or m["each"]) and not m["rel"]:
        return Spec(kind="set", duration=ANY_WEEKEND, extra={"each": bool(m["each"])})
    return Spec(rel_unit="W", rel_offset=offset, extra={"weekend": "said" if m["rel"] else "bare"})


def roman_value(figures: str) -> int | None:
    """The value of Roman figures written the usual way (``XIX`` 19), None for a malformed run.

    >>> roman_value("XIX"), roman_value("XII"), roman_value("IIX")
    (19, 12, None)
    """
    total = 0
    for i, letter in enumerate(figures):
        value = ROMAN[letter]
        total += -value if i + 1 < len(figures) and ROMAN[figures[i + 1]] > value else value
    return total if _to_roman(total) == figures else None


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += letters * count
    return out


def century(m: Match, w: TimeWords) -> Spec | None:
    """A century by its number (``19``, ``XIX``, ``mười hai``) or a relative word (``trước``).

    The spec holds the first year of its TIMEX3 century (the 19th: 1800), or a
    relative year offset of whole centuries; ``extra["century"]`` marks it.

    >>> from vn_crimeie.dates.rules import read
    >>> read("century", "thế kỷ XIX").year, read("century", "thế kỷ thứ 12").year
    (1800, 1100)
    >>> spec = read("century", "thế kỷ trước")
    >>> (spec.rel_unit, spec.rel_offset), read("century", "thế kỷ ngoái")
    (('Y', -100), None)
    >>> from vn_crimeie.dates import scan
    >>> scan("bộ luật ban hành 1 thế kỷ trước")
    []
    """
    if m["rel"]:
        if _counted(m, w):
            return None  # "1 thế kỷ trước": a century ago, a duration back
        offset = _offset(m["rel"], _key(m.group().split()[0]), w)
        return None if offset is None else Spec(rel_unit="Y", rel_offset=100 * offset, extra={"century": True})
    number = _century_number(m["n"], m["roman"], m["nw"], w)
    return None if number is None else Spec(year=(number - 1) * 100, extra={"century": True})


def _counted(m: Match, w: TimeWords) -> bool:
    """A count or a vague count is right before the match ("1 thế kỷ trước", "vài thập kỷ tới", "nhiều thập kỷ sau đó")."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - _LONGEST_COUNT), m.start())
    return before is not None and (before[1].isdigit() or _key(before[1]) in w.numbers or _key(before[1]) in w.vague_counts)


def _century_number(digits: str | None, roman: str | None, said: str | None, w: TimeWords) -> int | None:
    """The number of a century written in digits, Roman figures or words; None outside :data:`CENTURIES`."""
    number = int(digits) if digits else roman_value(roman) if roman else int(w.numbers[_key(said)]) if said else None
    return number if number in CENTURIES else None


def decade(m: Match, w: TimeWords) -> Spec | None:
    """A decade by its first year (``1990``), its two digits (``90``) maybe of a century, or a relative word.

    ``thập niên 70 của thế kỷ 20`` is the 1970s; ``những năm 60 của thế kỷ trước`` the
    sixties of the century before the dateline's (``extra["decade_digits"]``);
    ``thập niên này``/``trước`` the dateline's decade or the one before.

    >>> from vn_crimeie.dates.rules import read
    >>> read("decade", "thập niên 80").year, read("decade", "những năm 2000").extra
    (1980, {'decade': True})
    >>> read("decade", "thập niên 70 của thế kỷ 20").year, read("decade", "thập kỷ 10 thế kỷ XXI").year
    (1970, 2010)
    >>> (lambda s: (s.rel_offset, s.extra))(read("decade", "những năm 60 của thế kỷ trước"))
    (-100, {'decade': True, 'decade_digits': 60})
    >>> read("decade", "thập niên trước").rel_offset, read("decade", "thập niên ngoái")
    (-10, None)
    """
    if m["rel"]:  # "thập niên này", "thập kỷ trước"; not "ba thập kỷ qua" (a duration back)
        offset, only = w.relative_words[_key(m["rel"])]
        return None if only is not None or _counted(m, w) else Spec(rel_unit="Y", rel_offset=10 * offset, extra={"decade": True})
    digits = m["y"]
    if m["crel"]:  # "những năm 60 của thế kỷ trước"
        offset, only = w.relative_words[_key(m["crel"])]
        extra = {"decade": True, "decade_digits": int(digits[-2:])}
        return None if only is not None or len(digits) != 2 else Spec(rel_unit="Y", rel_offset=100 * offset, extra=extra)
    if m["cn"] or m["croman"]:
        number = _century_number(m["cn"], m["croman"], None, w)
        if number is None or (len(digits) == 4 and int(digits) // 100 != number - 1):
            return None  # "thập niên 1970 của thế kỷ 19": the years are not the century's
        return Spec(year=(number - 1) * 100 + int(digits[-2:]), extra={"decade": True})
    if len(digits) == 2 and int(digits) < MIN_TWO_DIGIT_DECADE:
        return None  # "thập niên 10": the 1910s or the 2010s, said only with its century
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


def _century_value(spec: Spec, dl: datetime | None) -> Period:
    if spec.year is not None:
        first = spec.year - spec.year % 100
    elif dl is not None:
        first = (dl.year + spec.rel_offset) // 100 * 100
    else:
        return "XX", None, None
    start = datetime.combine(date(max(first, 1), 1, 1), datetime.min.time())
    return f"{first // 100:02d}", start, start.replace(year=first + 100)


def anchor_period(spec: Spec, dl: datetime | None) -> Period | None:
    """The value and bounds of a weekend, a century or a decade point; None for any other spec.

    >>> anchor_period(Spec(year=1990, extra={"decade": True}), None)[0]
    '199'
    >>> anchor_period(Spec(rel_unit="Y", rel_offset=-100, extra={"century": True}), datetime(2021, 3, 27))[0]
    '19'
    """
    if spec.extra.get("weekend"):
        return _weekend_value(spec, dl)
    if spec.extra.get("century"):
        return _century_value(spec, dl)
    if spec.extra.get("decade"):
        first = _decade_first(spec, dl)
        if first is None:
            return "XXX", None, None
        start = datetime.combine(date(first, 1, 1), datetime.min.time())
        return f"{first // 10:03d}", start, start.replace(year=first + 10)
    return None


def _decade_first(spec: Spec, dl: datetime | None) -> int | None:
    """The first year of a decade: of its year, or counted from the dateline's decade or century."""
    if spec.year is not None:
        return spec.year - spec.year % 10
    digits = spec.extra.get("decade_digits")
    if dl is None:  # "những năm 60 của thế kỷ trước" without a dateline: the two digits' usual century
        return None if digits is None else TWO_DIGIT_CENTURY + int(digits)  # type: ignore[call-overload]
    base = dl.year + spec.rel_offset
    return base - base % 100 + int(digits) if digits is not None else base - base % 10  # type: ignore[call-overload]
