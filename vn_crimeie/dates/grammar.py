"""The temporal grammar: pieces read by the named rules, merged into expressions.

The rules (:mod:`vn_crimeie.dates.rules`) read pieces, and the scanner
(:mod:`vn_crimeie.dates.scanner`) chooses them leftmost-longest; here adjacent
pieces that agree are merged (``Chiều`` + ``13/3``; ``10h30`` + ``ngày 5/2``),
two points joined by ``đến``/``-`` become a range, and pieces that mean nothing
alone (a bare part of day, a bare ``16-5`` without a cue) are dropped.

>>> [(m.text, m.rule) for m in scan("Chiều 13/3, Bộ Công an họp; 3 năm qua (2021-2023) tốt.")]
[('Chiều 13/3', 'part_of_day+date.dm'), ('3 năm qua', 'duration'), ('2021-2023', 'year.range')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import fold
from .form_words import form_words
from .rule_words import rule_words
from .rules import rules
from .scanner import Piece, pieces
from .calendars import CYCLE
from .spec import Spec, finest, merge
from .words import alternation, words

__all__ = ["DateMatch", "scan", "rules"]


@dataclass(frozen=True)
class DateMatch:
    """A temporal expression found in a text: its span, its spec and the rules that read it."""

    start: int
    end: int
    text: str
    spec: Spec
    rule: str


_SPACES = regex.compile(r"\ +")
_COMMA = regex.compile(r"\ *,\ *")
_DASH = regex.compile(r"\ +[\-–]\ +")
_BRACKET = regex.compile(r"\ *\(\ *")


@dataclass
class _Group:
    start: int
    end: int
    spec: Spec
    rules: list[str]
    pieces: list[Piece]


@cache
def _of_gap() -> regex.Pattern[str]:
    """The gap of a part and its whole: ``của`` between spaces (``thứ tư của tuần tới``)."""
    return regex.compile(r"\ +" + alternation(form_words().of_words) + r"\ +", regex.IGNORECASE)


def _part_of(last: Spec, group: Spec, new: Spec) -> bool:
    """A weekday of a week, a month, quarter or season of a year: what ``của`` may join."""
    if last.weekday is not None and new.rel_unit == "W":
        return True
    named = group.month is not None or group.quarter is not None or group.season is not None  # "mùa hè của năm nay"
    return named and group.year is None and (new.year is not None or new.rel_unit == "Y") and new.month is None

@cache
def _clock_gap() -> regex.Pattern[str]:
    """The word between a day and its clock time in a whole expression (``hôm nay lúc 2 giờ chiều``)."""
    return regex.compile(r"\ +" + alternation(rule_words().stamp_time_words) + r"\ +", regex.IGNORECASE)


def _joinable(group: _Group, piece: Piece, gap: str, next_has_day: bool = False, whole: bool = False) -> Spec | None:
    last = group.pieces[-1].spec
    new = piece.spec
    if group.spec.day is not None and new.day is not None:
        return None  # two days clash (a run of dates): what merge() would say, before the gap is read
    if len(group.pieces) == 1 and last.aux and last.lean is not None:
        return None  # a trailer follows its date: "Vừa qua Tết Đinh Dậu" is no date of the past
    if _SPACES.fullmatch(gap):
        pass
    elif _of_gap().fullmatch(gap) and _part_of(last, group.spec, new):
        pass
    elif whole and _clock_gap().fullmatch(gap) and new.hour is not None and group.spec.hour is None:
        pass
    elif _COMMA.fullmatch(gap) and last.weekday is not None and new.day is not None:
        pass  # "thứ Tư, 13/3/2024"
    elif _COMMA.fullmatch(gap) and last.hour is not None and (new.day is not None or (new.pod is not None and next_has_day)):
        pass  # "5h20, sáng 22/4"
    elif _DASH.fullmatch(gap) and group.spec.year is not None and group.spec.day is not None and new.hour is not None:
        pass
    elif _BRACKET.fullmatch(gap) and new.tz is not None and new.aux and group.spec.hour is not None:
        pass  # "20h (GMT+7)", "15h30 ngày 5/6/2024 (giờ GMT)": the zone's piece begins inside the bracket
    else:
        return None
    if new.short and last.pod is None:
        return None
    if last.short and len(group.pieces) == 1:
        return None  # "nghỉ qua đêm": a short deictic counts only after a part of the day, never before one
    if group.spec.mod is not None and len(group.pieces) == 1:
        if new.day is not None or not (new.month is not None or new.year is not None or new.quarter is not None or new.rel_unit in ("W", "M", "Y", "Q")):
            return None
    if new.mod is not None:
        return None  # a modifier opens an expression
    weekday_alone = group.spec.weekday is not None and group.spec.day is None and group.spec.rel_unit is None
    if new.lean is not None and not weekday_alone and (group.spec.month is None or group.spec.rel_unit is not None):
        return None
    if new.ambiguous_hour and group.spec.hour is not None:
        return None
    # a part of the day goes with a day, not with a month or a year ("buổi tối tháng Giêng")
    for x, y in ((group.spec, new), (new, group.spec)):
        if "lunar" in y.extra:
            continue  # "sáng mùng 2 Tết": a lunar day is a day
        if x.pod is not None and x.day is None and x.rel_unit is None and x.weekday is None and x.hour is None and x.anaphor is None and y.day is None and y.rel_unit != "D" and y.anaphor is None and y.weekday is None and y.hour is None:
            return None
    return merge(group.spec, new)


def _bracketed_day(text: str, g: _Group, piece: Piece, gap: str) -> int | None:
    """When ``piece`` is the day of the relative or anaphoric day before it, in brackets (``10h trưa nay (24/6)``,
    ``1 giờ 30 cùng ngày (29.6)``) or between
    commas (``9h sáng nay, 30.5, tại …``) or right after it (``Cùng ngày 13-7``): how many characters past it
    the expression takes (the closing bracket, not a comma); else None."""
    spec = piece.spec
    between_commas = gap == ", " and text[piece.end : piece.end + 1] in (",", ".", "")
    closed = (gap.strip() == "(" and text[piece.end : piece.end + 1] == ")") or between_commas or gap == " "
    relative_day = g.spec.rel_unit == "D" or g.spec.anaphor is not None  # "trưa nay", "1 giờ 30 cùng ngày"
    if not (closed and relative_day and spec.day is not None and spec.month is not None and spec.rel_unit is None):
        return None
    return 1 if gap.strip() == "(" else 0


def _groups(text: str, found: list[Piece], whole: bool = False) -> list[_Group]:
    groups: list[_Group] = []
    for i, piece in enumerate(found):
        if piece.spec.kind == "point" and groups and groups[-1].spec.kind == "point":
            g = groups[-1]
            gap = text[g.end : piece.start]
            nxt = found[i + 1] if i + 1 < len(found) and "," in gap else None  # only a comma gap asks for the day after
            next_has_day = bool(nxt and _SPACES.fullmatch(text[piece.end : nxt.start]) and (nxt.spec.day is not None or nxt.spec.rel_unit == "D"))
            bracketed = _bracketed_day(text, g, piece, gap)
            merged = merge(g.spec.copy(anaphor=None), piece.spec) if bracketed is not None else _joinable(g, piece, gap, next_has_day, whole) if piece.start >= g.end else None
            if merged is not None:
                g.spec = merged
                g.end = piece.end + (bracketed or 0)  # "chiều nay (24/6)": the bracket closes the expression
                g.rules.append(piece.rule)
                g.pieces.append(piece)
                continue
        groups.append(_Group(piece.start, piece.end, piece.spec, [piece.rule], [piece]))
    return groups


#: What the start of a range takes from its end when it does not say it, by grain ("từ 8 giờ đến 11 giờ sáng thứ bảy").
_COARSER = {"H": ("year", "month", "day", "weekday", "pod", "rel_unit"), "D": ("year", "month", "rel_unit"), "M": ("year", "rel_unit"), "W": ("year",)}


#: Grains two ends of a range may mix when each says its year.
_DATED_GRAINS = frozenset({"Y", "Q", "M", "D"})


def _range(a: Spec, b: Spec) -> Spec | None:
    if a.kind != "point" or b.kind != "point" or a.aux or b.aux:
        return None
    grain = finest(a)
    if grain != finest(b) and a.year is not None and b.year is not None and {grain, finest(b)} <= _DATED_GRAINS:
        return Spec(kind="range", parts=(a, b))  # "từ cuối năm 2014 đến tháng 4/2015": each end says its year
    if grain != finest(b) or grain not in _COARSER:
        return None
    a, b = _lunar_ends(a.copy(), b)
    for f in _COARSER[grain]:
        if getattr(a, f) is None and getattr(b, f) is not None:
            if f == "rel_unit":
                # "từ thứ hai đến thứ sáu tuần sau", "từ ngày 15 đến ngày 20 tháng này"
                if a.year is None and a.month is None and (a.day is None or b.rel_unit == "M"):
                    a.rel_unit, a.rel_offset = b.rel_unit, b.rel_offset
            elif f != "weekday" or (a.day is None and a.rel_unit is None):
                setattr(a, f, getattr(b, f))
    return Spec(kind="range", parts=(a, b))


def _lunar_ends(a: Spec, b: Spec) -> tuple[Spec, Spec]:
    """The ends of a range, a day said alone at one end lunar like the other ("từ ngày 27 đến mùng 5 Tết", "từ 29 tháng Chạp đến mùng 5").

    A start later in the month than a lunar end is of the month before, a new
    year's month of the year before; a day and month before a lunar day said with
    its marker are lunar too ("từ 29/12/2016 đến 5/1/2017 âm lịch").
    """
    lunar_a, lunar_b = a.extra.get("lunar"), b.extra.get("lunar")
    if lunar_b and not lunar_a and a.day is not None and (a.month is None or b.extra.get("marked")):
        month, day = lunar_b  # type: ignore[misc]
        if a.month is not None:
            month = a.month
        elif a.day > day:
            month = (month - 2) % 12 + 1
        back = int(month > lunar_b[0])  # type: ignore[index]
        extra = {**a.extra, "lunar": (month, a.day)}
        if "cycle" in b.extra:
            extra["cycle"] = (int(b.extra["cycle"]) - back) % CYCLE  # type: ignore[call-overload]
        year = a.year if a.year is not None or b.year is None else b.year - back
        return a.copy(day=None, month=None, year=year, extra=extra), b
    if lunar_a and not lunar_b and b.day is not None and b.month is None:
        month, day = lunar_a  # type: ignore[misc]
        ahead = b.day < day  # "từ 29 tháng Chạp đến mùng 5": the month after
        wrap = int(ahead and month == 12)  # … and the year after
        extra = {**b.extra, "lunar": (month % 12 + 1 if ahead else month, b.day)}
        if "cycle" in a.extra:
            extra["cycle"] = (int(a.extra["cycle"]) + wrap) % CYCLE  # type: ignore[call-overload]
        return a, b.copy(day=None, year=b.year if b.year is not None or a.year is None else a.year + wrap, extra=extra)
    return a, b


@cache
def _range_joiner() -> regex.Pattern[str]:
    """The gap between the two ends of a range: a dash, or a joiner between spaces (``đến``)."""
    return regex.compile(r"\ *[\-–—]\ *|\ +" + alternation(rule_words().range_joiners) + r"\ +", regex.IGNORECASE)


@cache
def _present_pattern() -> regex.Pattern[str]:
    """A joiner and a present word after a point (``đến nay``): a range to the dateline."""
    joiners = alternation(rule_words().present_joiners)
    return regex.compile(r"\ +" + joiners + r"\ +" + alternation(words().present_words) + r"(?!\w)", regex.IGNORECASE)


def _to_present(g: _Group, m: regex.Match[str]) -> _Group | None:
    """"ngày 19/4 đến nay": a range from the point to the dateline, at the point's grain."""
    a = g.spec
    if a.kind != "point" or a.aux or a.rel_unit is not None:
        return None
    grain = finest(a)
    unit = {"H": "D", "D": "D", "M": "M", "Y": "Y"}.get(grain)
    if unit is None:
        return None
    present = Spec(rel_unit=unit, rel_offset=0, extra={"present": True})
    a = a.copy(lean=a.lean or "past")
    return _Group(g.start, m.end(), Spec(kind="range", parts=(a, present)), ["range(" + "+".join(g.rules) + ",present)"], g.pieces)


def _ranges(text: str, groups: list[_Group]) -> list[_Group]:
    out: list[_Group] = []
    i = 0
    present = _present_pattern()
    joiner = _range_joiner()
    while i < len(groups):
        g = groups[i]
        m = present.match(text, g.end)
        ranged = _to_present(g, m) if m else None
        if m and ranged is not None:
            out.append(ranged)
            i += 1
            while i < len(groups) and groups[i].start < m.end():
                i += 1
            continue
        if i + 1 < len(groups):
            h = groups[i + 1]
            gap = text[g.end : h.start]
            if joiner.fullmatch(gap) and not (g.spec.weak and h.spec.weak and "-" in gap):
                spec = _range(g.spec, h.spec)
                if spec is not None:
                    out.append(_Group(g.start, h.end, spec, ["range(" + "+".join(g.rules) + "," + "+".join(h.rules) + ")"], g.pieces + h.pieces))
                    i += 2
                    continue
        timed = _timed_set(text, g, groups[i + 1]) if i + 1 < len(groups) else None
        if timed is not None:
            out.append(timed)
            i += 2
            continue
        out.append(_bare_start(text, g) or g)
        i += 1
    return out


@cache
def _timed_gap() -> regex.Pattern[str]:
    """The gap between a daily recurrence and its clock time after it: spaces, maybe a clock cue (``lúc``, ``vào lúc``)."""
    joiners = set(rule_words().range_joiners)  # "hằng đêm đến 22 giờ" is a range's end, no time of the set
    cues = [c for c in words().clock_cues if not any(c == j or c.startswith(j + " ") for j in joiners)]
    return regex.compile(r"\ +(?:(?i:" + alternation(cues) + r")\ +)?")


def _timed_set(text: str, a: _Group, b: _Group) -> _Group | None:
    """A clock time and a daily recurrence next to each other, either way round: one SET at that time
    ("21 giờ hàng đêm", "hằng ngày lúc 7h"): value ``XXXX-XX-XXT21:00``, quant EACH."""
    clock, daily = (a, b) if a.spec.kind == "point" else (b, a)
    if daily.spec.kind != "set" or daily.spec.duration != "P1D" or clock.spec.kind != "point":
        return None
    c = clock.spec
    if c.hour is None or any(v is not None for v in (c.day, c.month, c.year, c.rel_unit, c.weekday, c.anaphor)):
        return None
    gap = text[a.end : b.start]
    if not (_SPACES.fullmatch(gap) or (daily is a and _timed_gap().fullmatch(gap))):
        return None
    value = f"XXXX-XX-XXT{c.hour:02d}:{c.minute or 0:02d}"
    return _Group(a.start, b.end, Spec(kind="set", duration=value), ["+".join(a.rules + b.rules)], a.pieces + b.pieces)


#: a bare number opening a range before its end: after a leading word of date_forms.yaml ("từ", "khoảng",
#: "lúc") or no word ("từ 7 đến ", "7 - "); after another word it is that word's ("Điều 7 đến …")
@cache
def _bare_start_pattern() -> regex.Pattern[str]:
    """A bare number (group "n") and a range joiner at the end of the text before a point."""
    openers = alternation(form_words().leading_words)
    joiners = alternation(rule_words().range_joiners)
    return regex.compile(
        rf"(?:(?<![\w/.,])(?i:{openers})\ +|(?<![\w/.,\-–])(?<!\w\ ))(?P<n>\d{{1,2}})\ *(?:(?i:{joiners})|[\-–])\ *$")


def _bare_start(text: str, g: _Group) -> _Group | None:
    """A range whose start is a bare number in the unit of its end: "từ 7 đến 9 giờ tối" (hours), "từ 1 đến 5/3" (days).

    The start takes everything else from the end (its part of the day, its month), and lies before it.
    """
    end = g.spec
    m = _bare_start_pattern().search(text, max(0, g.start - 12), g.start)
    if m is None or end.kind != "point" or end.aux:
        return None
    n = int(m.group("n"))
    grain = finest(end)
    if grain == "H" and end.hour is not None and end.minute in (None, 0) and n < end.hour:
        start = end.copy(hour=n, minute=None)
    elif grain == "D" and end.day is not None and end.hour is None and 1 <= n < end.day:
        start = end.copy(day=n)
    else:
        return None
    spec = _range(start, end)
    return None if spec is None else _Group(m.start("n"), g.end, spec, ["range(bare," + "+".join(g.rules) + ")"], g.pieces)


_WORD_BEFORE = regex.compile(r"(\w+(?:\ +\w+)?)\ *$")


def _words_before(text: str, start: int) -> list[str]:
    """The one and two words right before ``start`` (lower-cased)."""
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if not m:
        return []
    two = " ".join(fold(m.group(1)).split())
    return [two.split()[-1], two]


def _cue_before(text: str, start: int, cues: frozenset[str]) -> bool:
    return any(c in cues for c in _words_before(text, start))


def _bare_date_ok(text: str, g: _Group) -> bool:
    w = words()
    if _cue_before(text, g.start, w.not_date_cues):
        return False
    after = text[g.end : g.end + 20]
    if regex.match(r"\ +[^\W\d_]", after) and not regex.match(r"\ +\p{Lu}", after):
        rest = fold(after.lstrip())
        if not any(rest.startswith(f) and not rest[len(f) : len(f) + 1].isalnum() for f in w.bare_date_followers):
            return False
    before = text[:g.start].rstrip(" ")
    if before.endswith("(") and after.lstrip(" ").startswith(")"):
        return True
    if _cue_before(text, g.start, w.date_cues):
        return True
    dotted = bool(g.spec.extra.get("dotted"))
    if not dotted and (not before or before.endswith("\n")) and regex.match(r"\ *(?:,|\n|$)", after):
        return True
    return False


#: a day, a capitalised month word and a number: how a street or a square named after a date is written
_NAMED_DAY = regex.compile(r"\d{1,2} \p{Lu}[\p{Ll}\p{M}]* \d{1,2}(?!\d)")


def _finish(text: str, g: _Group, whole: bool = False) -> Spec | None:
    """The spec of a group that stands as an expression, or None (``whole``: the text is this expression)."""
    spec = g.spec
    w = words()
    if _NAMED_DAY.match(text, g.start, g.end) and _cue_before(text, g.start, w.not_date_cues):
        return None  # "Quảng trường 2 Tháng 4", "đường 3 Tháng 2": a name that holds a date (its month word capitalised)
    if spec.kind != "point":
        return None if spec.weak and _cue_before(text, g.start, w.not_date_cues) else spec
    content = [p for p in g.pieces if not p.spec.aux]
    has_pod = any(p.spec.pod is not None for p in g.pieces)
    if not content and not (has_pod and (whole or any(p.spec.short for p in g.pieces))):
        return None
    if g.pieces[0].rule in ("relative", "months.half") and _cue_before(text, g.start, w.vague_counts):
        return None
    anchored = len(content) != 1 or has_pod
    if not anchored:
        head = content[0].spec
        if head.weak and not _bare_date_ok(text, g):
            return None
        leaning = any(p.spec.lean is not None for p in g.pieces)
        if head.weak_weekday and not (whole or leaning or _cue_before(text, g.start, w.date_cues)):
            return None
        if head.ambiguous_hour:
            # "3 giờ" alone is a duration unless "lúc"/"vào" precedes; "18 giờ 02 phút"
            # is a clock time unless "sau"/"trong" precedes.
            with_minutes = "M" in str(head.duration).split("T", 1)[-1]
            if _cue_before(text, g.start, w.duration_cues):
                return Spec(kind="duration", duration=head.duration)
            # "khoảng 22 giờ": past noon, a bare hour is a clock time.
            afternoon = head.hour is not None and 13 <= head.hour <= 23
            # a whole expression of "8 giờ" alone: the clock time ("mấy giờ?" "8 giờ"); "24 giờ" stays a day's length
            by_itself = whole and head.hour is not None and head.hour < 24
            if with_minutes or afternoon or by_itself or _cue_before(text, g.start, w.clock_cues):
                return spec
            return Spec(kind="duration", duration=head.duration)
        if head.extra.get("clock") and _cue_before(text, g.start, w.duration_cues):
            return Spec(kind="duration", duration=f"PT{head.hour}H" + (f"{head.minute}M" if head.minute else ""))
    return spec


def scan(text: str, whole: bool = False) -> list[DateMatch]:
    """Every temporal expression of ``text`` (normalised), left to right, without overlaps.

    ``whole``: the caller gives one expression (:func:`~vn_crimeie.dates.parse_date`),
    so a weekday in lower case (``thứ hai``) needs no cue before it.

    >>> [m.text for m in scan("Khoảng 10h30 ngày 5/2, tổ công tác phát hiện 6-7 đối tượng")]
    ['10h30 ngày 5/2']
    """
    out: list[DateMatch] = []
    # "bây giờ", "Tết", "mai" alone count only as a whole expression: in running text they are rarely a date
    found = pieces(text, whole)
    for g in _ranges(text, _groups(text, found, whole)):
        spec = _finish(text, g, whole)
        if spec is None:
            continue
        out.append(DateMatch(g.start, g.end, text[g.start : g.end], spec, "+".join(g.rules)))
    return out
