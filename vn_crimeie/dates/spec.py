"""What a temporal expression says before it is anchored: the ``Spec``.

The grammar reads pieces of an expression (a clock time, a part of the day, a
day and month, a relative word …) as ``Spec`` objects and merges adjacent
pieces whose slots do not clash (Duckling's *intersect*): ``10h30`` +
``ngày 5/2`` is one point with hour, minute, day and month.  The anchoring to
a dateline happens later (:mod:`vn_crimeie.dates.timex`).

>>> a = Spec(hour=10, minute=30)
>>> b = Spec(day=5, month=2)
>>> merged = merge(a, b)
>>> (merged.hour, merged.minute, merged.day, merged.month)
(10, 30, 5, 2)
>>> merge(Spec(day=5, month=2), Spec(day=6, month=2)) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .words import PartOfDay

__all__ = ["Spec", "merge", "slots", "finest", "PREFERENCES", "check_prefer"]

#: Kinds of spec: a calendar ``point``; a ``duration``; a ``set``; ``relspan``
#: (N units before/after the anchor); ``months`` (first/last N months of a
#: year); ``range`` (two points).
KINDS = ("point", "duration", "set", "relspan", "months", "range")


@dataclass
class Spec:
    """The fields an expression (or a piece of one) fixes; ``None`` = not said."""

    kind: str = "point"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    #: UTC offset said after a clock time ("+00:00" for "8:23 GMT").
    tz: str | None = None
    #: TIMEX3 season code SP/SU/FA/WI ("mùa hè").
    season: str | None = None
    pod: PartOfDay | None = None
    weekday: int | None = None
    quarter: int | None = None
    #: relative calendar unit (D, W, M, Q, Y) and offset from the anchor's.
    rel_unit: str | None = None
    rel_offset: int = 0
    #: days from the date last mentioned ("cùng ngày" 0, "hôm sau" 1).
    anaphor: int | None = None
    #: TIMEX3 mod START/MID/END ("đầu/giữa/cuối tháng 3").
    mod: str | None = None
    #: "past"/"future": which side of the anchor a year-less date lies on.
    lean: str | None = None
    #: ISO 8601 duration (kind duration/set; or the reading of an ambiguous "3 giờ").
    duration: str | None = None
    #: relspan/months: count, unit and direction (last/next/ago; first/last).
    count: float | None = None
    unit: str | None = None
    direction: str | None = None
    #: range: the two ends.
    parts: tuple[Spec, Spec] | None = None
    # --- flags the grammar uses while merging -------------------------------
    #: a helper piece that is no expression alone (part of day, "đầu", "nay").
    aux: bool = False
    #: a bare day/month ("16-5") that needs a cue to count as a date.
    weak: bool = False
    #: "N giờ": a clock time when anchored by other pieces, else a duration.
    ambiguous_hour: bool = False
    #: "nay"/"qua" after a part of the day only.
    short: bool = False
    #: a weekday written in lower case ("thứ hai" is also "the second").
    weak_weekday: bool = False
    #: the piece came with a day word ("ngày", "hôm") of its own.
    prefixed: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def copy(self, **changes: object) -> Spec:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]


def slots(spec: Spec) -> set[str]:
    """The calendar slots a point fills: Y M D (date), H (clock), TZ, P (part of day), WD, MOD, LEAN."""
    out: set[str] = set()
    if spec.year is not None or "cycle" in spec.extra:
        out.add("Y")
    if spec.month is not None or spec.quarter is not None or spec.season is not None:
        out.add("M")
    if spec.day is not None or spec.extra.get("lunar"):
        out.update(("D", "M") if spec.extra.get("lunar") else ("D",))
    if spec.rel_unit is not None:
        out.add("Y")
        if spec.rel_unit in ("M", "W", "D", "Q"):
            out.add("M")
        if spec.rel_unit in ("D",):
            out.add("D")
        if spec.rel_unit == "W":
            out.add("W")
    if spec.anaphor is not None:
        out.update(("Y", "M", "D"))
    if spec.hour is not None:
        out.add("H")
    if spec.tz is not None:
        out.add("TZ")
    if spec.pod is not None:
        out.add("P")
    if spec.weekday is not None:
        out.add("WD")
    if spec.mod is not None:
        out.add("MOD")
    if spec.lean is not None:
        out.add("LEAN")
    return out


def finest(spec: Spec) -> str:
    """The finest grain a point names: H, D, W, M or Y."""
    s = slots(spec)
    for grain in ("H", "D", "WD", "W", "M", "Y"):
        if grain in s:
            return "D" if grain == "WD" else grain
    return "P" if "P" in s else ""


#: Extras a merged point keeps: a lunar date, the first/last day or week of a month, a decade, a century,
#: a weekday of this week (``thứ sáu này``), a year of the sexagenary cycle (``năm Giáp Thìn``).
CARRIED = ("lunar", "nth", "decade", "decade_digits", "century", "this_week", "cycle")

_MERGED = ("year", "month", "day", "hour", "minute", "pod", "weekday", "quarter", "anaphor", "mod", "lean", "season")


def merge(a: Spec, b: Spec) -> Spec | None:
    """The point saying what ``a`` and ``b`` say together, or ``None`` when they clash."""
    if a.kind != "point" or b.kind != "point" or "weekend" in a.extra or "weekend" in b.extra:
        return None  # a weekend is a period of its own
    # "hôm nay 22/4": an explicit day and month override a deictic day.
    if a.rel_unit == "D" and not a.short and b.day is not None and b.month is not None and b.rel_unit is None:
        a = a.copy(rel_unit=None, rel_offset=0)
    elif b.rel_unit == "D" and not b.short and a.day is not None and a.month is not None and a.rel_unit is None:
        b = b.copy(rel_unit=None, rel_offset=0)
    if slots(a) & slots(b):
        return None
    out = Spec()
    for f in _MERGED:
        va, vb = getattr(a, f), getattr(b, f)
        setattr(out, f, va if va is not None else vb)
    rel = a if a.rel_unit is not None else b
    out.rel_unit, out.rel_offset = rel.rel_unit, rel.rel_offset
    clock = a if a.hour is not None else b
    out.minute, out.second = clock.minute, clock.second
    out.tz = a.tz if a.tz is not None else b.tz  # "15h30 ngày 5/6 (giờ GMT)": the zone may come last
    out.extra = {k: v for x in (b, a) for k, v in x.extra.items() if k in CARRIED}
    out.prefixed = a.prefixed or b.prefixed
    out.aux = a.aux and b.aux
    out.weak = False
    out.weak_weekday = False
    out.short = False
    out.ambiguous_hour = False
    return out


#: Which way a date without a year (or a weekday, a bare time) resolves: ``nearest`` the
#: dateline (ties: the past; the default, and news extraction's), or always ``past``/``future``.
PREFERENCES = ("nearest", "past", "future")


def check_prefer(prefer: str) -> str:
    """``prefer`` when it is one of :data:`PREFERENCES`; a ``ValueError`` naming it otherwise.

    >>> check_prefer("tương lai")
    Traceback (most recent call last):
    ...
    ValueError: prefer must be one of ('nearest', 'past', 'future'), got 'tương lai'
    """
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, got {prefer!r}")
    return prefer
