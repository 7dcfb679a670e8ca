"""The temporal grammar: named rules that read pieces, then merge them into expressions.

Each rule is a regular expression (built once from ``time_words.yaml``) and a
builder that turns a match into a :class:`~vn_crimeie.dates.spec.Spec`.  The
pieces found in a text are chosen leftmost-longest, adjacent pieces that agree
are merged (``Chiều`` + ``13/3``; ``10h30`` + ``ngày 5/2``), two points joined
by ``đến``/``-`` become a range, and pieces that mean nothing alone (a bare part
of day, a bare ``16-5`` without a cue) are dropped.

>>> [(m.text, m.rule) for m in scan("Chiều 13/3, Bộ Công an họp; 3 năm qua (2021-2023) tốt.")]
[('Chiều 13/3', 'part_of_day+date.dm'), ('3 năm qua', 'duration'), ('2021-2023', 'year.range')]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ..lexicon import fold
from .spec import Spec, finest, merge
from .words import TimeWords, alternation, trie_alternation, words

__all__ = ["DateMatch", "scan", "rules"]

Builder = Callable[[regex.Match[str], TimeWords], Spec | None]

#: Left edge of a number: not inside a word, a decimal, a code or a plate.
NUM_LEFT = r"(?<![\w.,/:+\-–])"
#: Right edge of a number: no word character and no further digit group.
NUM_RIGHT = r"(?![\w]|[.,/:\-–]\d)"
WL = r"(?<!\w)"
WR = r"(?!\w)"
YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])"


@dataclass(frozen=True)
class DateMatch:
    """A temporal expression found in a text: its span, its spec and the rules that read it."""

    start: int
    end: int
    text: str
    spec: Spec
    rule: str


@dataclass(frozen=True)
class Rule:
    """A named rule: its compiled pattern, its builder, its rank (lower wins ties) and its opening.

    ``opening`` matches the start of every word a match of the rule can begin
    with (a digit, or the first word of one of its phrases): the scanner tries
    the rule only at the words it accepts.  ``required``, when set, finds a
    part that every match contains (``/ lần``, ``tháng đầu năm``): in a text
    without one the rule is not tried at all.
    """

    name: str
    pattern: regex.Pattern[str]
    build: Builder
    rank: int
    opening: regex.Pattern[str]
    required: regex.Pattern[str] | None = None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 50 else 1900 + y
    return y


def _valid_day(d: int | None, m: int | None) -> bool:
    if d is None or not 1 <= d <= 31:
        return False
    if m is None:
        return True
    if not 1 <= m <= 12:
        return False
    return d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _month_value(text: str, w: TimeWords) -> int | None:
    if text.isdigit():
        m = int(text)
        return m if 1 <= m <= 12 else None
    return w.months.get(" ".join(fold(text).split()))


def _day_value(text: str, w: TimeWords) -> int | None:
    value = w.number(text)
    if value is None or value != int(value):
        return None
    return int(value)


# ----------------------------------------------------------------- builders


def _b_date(m: regex.Match[str], w: TimeWords) -> Spec | None:
    d, mo = int(m["d"]), int(m["m"])
    y = _year(m["y"])
    if not _valid_day(d, mo):
        return None
    prefixed = bool(m["pre"])
    weak = not prefixed and y is None
    spec = Spec(year=y, month=mo, day=d, prefixed=prefixed, weak=weak)
    if weak and m["sep"] == ".":
        spec.extra["dotted"] = True
    return spec


def _b_date_words(m: regex.Match[str], w: TimeWords) -> Spec | None:
    d = _day_value(m["d"], w)
    mo = _month_value(m["m"], w)
    if mo is None or not _valid_day(d, mo):
        return None
    return Spec(year=_year(m["y"]), month=mo, day=d, prefixed=True)


def _b_day_only(m: regex.Match[str], w: TimeWords) -> Spec | None:
    d = _day_value(m["d"], w)
    if not _valid_day(d, None):
        return None
    return Spec(day=d, prefixed=True)


def _b_day_range(m: regex.Match[str], w: TimeWords) -> Spec | None:
    d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
    if not (_valid_day(d1, mo) and _valid_day(d2, mo)) or d1 >= d2:
        return None
    y = _year(m["y"])
    a = Spec(year=y, month=mo, day=d1)
    b = Spec(year=y, month=mo, day=d2)
    return Spec(kind="range", parts=(a, b), prefixed=bool(m["pre"]))


def _b_clock(m: regex.Match[str], w: TimeWords) -> Spec | None:
    h = int(m["h"])
    minute = _int(m["m"] or m["m2"] or m["m3"]) or 0
    if h > 24 or (h == 24 and minute):
        return None
    return Spec(hour=h, minute=minute, extra={"clock": True})


def _iso_duration(parts: list[tuple[float, str, bool]]) -> str:
    date_part, time_part = "", ""
    for count, iso, is_time in parts:
        num = str(int(count)) if count == int(count) else str(count).rstrip("0")
        if is_time:
            time_part += f"{num}{iso}"
        else:
            date_part += f"{num}{iso}"
    return "P" + date_part + ("T" + time_part if time_part else "")


_UNIT_ORDER = [("Y", False), ("M", False), ("W", False), ("D", False), ("H", True), ("M", True), ("S", True)]


def _b_duration(m: regex.Match[str], w: TimeWords) -> Spec | None:
    n1 = w.number(m["n1"]) if m["n1"] else 0.5
    if n1 is None or n1 < 0 or (n1 == 0 and fold(m["u1"]) != "giờ"):
        return None
    if m["half"]:
        n1 += 0.5
    u1 = " ".join(fold(m["u1"]).split())
    iso1, time1 = w.units[u1]
    parts = [(n1, iso1, time1)]
    if m["n2"]:
        n2 = w.number(m["n2"])
        u2 = " ".join(fold(m["u2"]).split())
        iso2, time2 = w.units[u2]
        if n2 is None or _UNIT_ORDER.index((iso2, time2)) <= _UNIT_ORDER.index((iso1, time1)):
            return None  # "3 năm 6 tháng", not "18 giờ 02 ngày"
        parts.append((n2, iso2, time2))
    duration = _iso_duration(parts)
    suffix = " ".join(fold(m["suf"]).split()) if m["suf"] else None
    direction = w.duration_suffixes.get(suffix) if suffix else None
    is_int = n1 == int(n1)
    # "3 giờ", "21 giờ 30 phút": a clock time when other pieces anchor it.
    if u1 == "giờ" and not direction and not m["n1b"] and not m["half"] and is_int and n1 <= 24 and m["n1"]:
        if not m["n2"] or fold(m["u2"]) == "phút":
            minute = int(w.number(m["n2"]) or 0) if m["n2"] else 0
            if minute < 60:
                if n1 == 0 and not m["n2"]:
                    return None
                return Spec(hour=int(n1), minute=minute, ambiguous_hour=True, duration=duration, extra={"rule": "clock.giờ"})
    if direction in ("last", "next", "ago") and len(parts) == 1 and is_int and not m["n1b"]:
        unit = iso1 if not time1 else "T" + iso1
        return Spec(kind="relspan", count=n1, unit=unit, direction=direction, duration=duration)
    if n1 == 0:
        return None
    return Spec(kind="duration", duration=duration)


def _b_set(m: regex.Match[str], w: TimeWords) -> Spec | None:
    if m.groupdict().get("q"):
        return Spec(kind="set", duration=w.set_units[fold(m["su"])])
    n = w.number(m["n"])
    if n is None or n <= 0:
        return None
    iso, is_time = w.units[" ".join(fold(m["u"]).split())]
    return Spec(kind="set", duration=_iso_duration([(n, iso, is_time)]))


def _year_tail(m: regex.Match[str], w: TimeWords, spec: Spec) -> Spec | None:
    if m["y"]:
        spec.year = int(m["y"])
    elif m["rel"]:
        offset, only = w.relative_words[" ".join(fold(m["rel"]).split())]
        if only is not None and "năm" not in only:
            return None
        spec.rel_unit, spec.rel_offset = "Y", offset
    else:
        spec.rel_unit, spec.rel_offset = "Y", 0
    return spec


def _b_months(m: regex.Match[str], w: TimeWords) -> Spec | None:
    n = w.number(m["n"])
    if n is None or n != int(n) or not 1 <= n <= 12:
        return None
    side = "first" if fold(m["side"]) == "đầu" else "last"
    return _year_tail(m, w, Spec(kind="months", count=int(n), direction=side))


def _b_half(m: regex.Match[str], w: TimeWords) -> Spec | None:
    half = w.halves[" ".join(fold(m["h"]).split())]
    return _year_tail(m, w, Spec(kind="months", count=6, direction="first" if half == 1 else "last"))


def _b_year(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(year=int(m["y"]), extra={"birth": bool(m["sn"])})


def _b_year_range(m: regex.Match[str], w: TimeWords) -> Spec | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y1 >= y2:
        return None
    spec = Spec(kind="range", parts=(Spec(year=y1), Spec(year=y2)), prefixed=bool(m["pre"]))
    return spec


def _b_quarter(m: regex.Match[str], w: TimeWords) -> Spec | None:
    q = m["q"]
    quarter = int(q) if q.isdigit() else w.quarters[q]
    return Spec(quarter=quarter, year=_int(m["y"] or m["y2"]))


def _b_month(m: regex.Match[str], w: TimeWords) -> Spec | None:
    mo = _month_value(m["m"], w)
    if mo is None:
        return None
    return Spec(month=mo, year=_year(m["y"] or m["y2"]))


def _b_relative(m: regex.Match[str], w: TimeWords) -> Spec | None:
    unit_word = fold(m["u"])
    offset, only = w.relative_words[" ".join(fold(m["w"]).split())]
    if only is not None and unit_word not in only:
        return None
    return Spec(rel_unit=w.relative_units[unit_word], rel_offset=offset)


def _b_same_period(m: regex.Match[str], w: TimeWords) -> Spec | None:
    offset, _ = w.relative_words[" ".join(fold(m["w"]).split())]
    return Spec(rel_unit="Y", rel_offset=offset, extra={"same_period": True})


def _b_weekday(m: regex.Match[str], w: TimeWords) -> Spec | None:
    raw = m.group()
    key = " ".join(fold(raw).split())
    if key in w.weekdays:
        day = w.weekdays[key]
    else:  # T2 … T7
        day = int(raw[1]) - 1
    # "Thứ Hai" / "thứ Hai", "Chủ nhật", "T2" stand alone; "thứ hai", "thứ 2" need a cue.
    words_ = raw.split()
    capital = raw[0] == "T" and len(raw) == 2 or key.startswith("chủ") or (len(words_) > 1 and words_[-1][:1].isupper())
    return Spec(weekday=day, weak_weekday=not capital)


def _b_deictic(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(rel_unit="D", rel_offset=w.deictic_days[" ".join(fold(m.group()).split())])


def _b_anaphor(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(anaphor=w.anaphoric_days[" ".join(fold(m.group()).split())])


def _b_short(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(rel_unit="D", rel_offset=w.deictic_after_pod[" ".join(fold(m.group()).split())], aux=True, short=True)


def _b_pod(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(pod=w.parts_of_day[" ".join(fold(m.group()).split())], aux=True)


def _b_mod(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(mod=w.modifiers[fold(m.group())], aux=True)


def _b_trailer(m: regex.Match[str], w: TimeWords) -> Spec | None:
    return Spec(lean=w.date_trailers[" ".join(fold(m.group()).split())], aux=True)


# -------------------------------------------------------------------- rules


def _month_names(w: TimeWords) -> str:
    any_case = [n for n in w.months if n in w.months_any_case]
    capital = [" ".join(p[:1].upper() + p[1:] for p in n.split()) for n in w.months if n not in w.months_any_case]
    capital += [n[:1].upper() + n[1:] for n in w.months if n not in w.months_any_case and " " in n]
    return "(?:(?i:" + alternation(any_case) + ")|(?-i:" + alternation(capital) + "))"


@dataclass(frozen=True)
class Digits:
    """An opening written in digits: a pattern that the word starts with."""

    pattern: str


#: A rule's opening: :class:`Digits` and lists of the phrases its matches can begin with.
Opening = tuple[object, ...]
#: Any word beginning with a digit.
DIGIT = Digits(r"\d")
#: The digits of ``num`` (``12`` of ``12,5 năm``) make a whole word: the rules go on
#: with a comma, a space or a sign; in the rule ``set`` also with a unit, glued,
#: which begins with a letter (:data:`NUM_DIGITS_GLUED`).
NUM_DIGITS = Digits(r"\d{1,3}(?!\w)")
NUM_DIGITS_GLUED = Digits(r"\d{1,3}(?!\d)")
#: A whole word :data:`DAY`, :data:`YEAR` or day of ``date.dm``: a sign or a space follows.
DAY_DIGITS = Digits(rf"{DAY}(?!\w)")
YEAR_DIGITS = Digits(rf"{YEAR}(?!\w)")
DM_DIGITS = Digits(r"\d{1,2}(?!\w)")
_FIRST_WORD = regex.compile(r"\w+")


def _opening(opens: Opening) -> regex.Pattern[str]:
    """A pattern matching the start of every word a match can begin with.

    A phrase that goes on after its first word (past a space or a sign: ``thứ
    hai``, ``S.N``) begins at a word that is exactly its first word; a phrase of
    one word only begins a word, which may go on with what the rule reads after
    the phrase (``10h30``, ``SN1990``).

    >>> [bool(_opening((["thứ hai", "T2"],)).match(w)) for w in ("Thứ", "thứa", "t2a", "trong")]
    [True, False, True, False]
    """
    branches: set[str] = set()
    for phrases in opens:
        if isinstance(phrases, Digits):
            branches.add(phrases.pattern)
            continue
        for phrase in phrases:  # type: ignore[attr-defined]
            first = _FIRST_WORD.match(str(phrase))
            if first is None:  # the scanner looks only at word starts
                raise ValueError(f"a temporal phrase must begin with a letter or digit: {phrase!r}")
            whole_word = first.end() < len(str(phrase))
            branches.add(regex.escape(first.group()) + (r"(?!\w)" if whole_word else ""))
    return regex.compile("(?:" + "|".join(sorted(branches)) + ")", regex.IGNORECASE)


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule of the grammar, compiled once (order = rank for ties)."""
    w = words()
    num_words = trie_alternation(w.numbers)  # 159 phrases: factored, or it dominates the rules' cost
    num = rf"(?:\d{{1,3}}(?:,\d{{1,2}})?|{num_words})"
    units = alternation(w.units)
    suffixes = alternation(w.duration_suffixes)
    pre = alternation(w.day_prefixes)
    months = _month_names(w)
    day_words = rf"(?:{DAY}|{num_words})"
    year_rel = alternation(w.relative_words)
    sn = "(?-i:" + alternation(w.birth_year_prefixes) + ")"
    # name, pattern, builder, opening[, a part every match contains]
    table: list[tuple[str, str, Builder, Opening] | tuple[str, str, Builder, Opening, str]] = [
        ("months.first_last", rf"{NUM_LEFT}(?P<n>{num})\ +tháng\ +(?P<side>đầu|cuối)\ +năm(?:\ +(?P<y>{YEAR})|\ +(?P<rel>{year_rel}))?{WR}", _b_months, (NUM_DIGITS, w.numbers), r"tháng\ +(?:đầu|cuối)\ +năm"),
        ("months.half", rf"{WL}(?P<h>{alternation(w.halves)})\ +năm(?:\ +(?P<y>{YEAR})|\ +(?P<rel>{year_rel}))?{WR}", _b_half, (w.halves,)),
        ("year.range", rf"{NUM_LEFT}(?P<pre>năm\ +)?(?P<y1>{YEAR})\ *(?:[\-–—]|\ đến|\ tới)\ *(?:năm\ +)?(?P<y2>{YEAR}){NUM_RIGHT}", _b_year_range, (YEAR_DIGITS, ["năm"])),
        ("date.day_range", rf"{NUM_LEFT}(?:(?P<pre>ngày)\ +)?(?P<d1>{DAY})\ *[\-–]\ *(?P<d2>{DAY})(?P<sep>[/.])(?P<m>{MONTH_NUM})(?:(?P=sep)(?P<y>{YEAR}))?{NUM_RIGHT}", _b_day_range, (DAY_DIGITS, ["ngày"]), r"\d\ *[\-–]\ *\d{1,2}[/.]\d"),
        ("date.words", rf"{WL}(?:{pre})\ +(?P<d>{day_words})\ +tháng\ +(?P<m>{MONTH_NUM}|{months})(?:\ *(?:[/\-]|,?\ *năm)\ *(?P<y>{YEAR}))?{NUM_RIGHT}", _b_date_words, (w.day_prefixes,)),
        ("date.words", rf"{NUM_LEFT}(?P<d>{DAY})\ +tháng\ +(?P<m>{MONTH_NUM})\ +năm\ +(?P<y>{YEAR}){NUM_RIGHT}", _b_date_words, (DAY_DIGITS,), r"tháng\ +\d"),
        ("date.dm", rf"{NUM_LEFT}(?:(?P<pre>{pre})\ +)?(?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?{NUM_RIGHT}", _b_date, (DM_DIGITS, w.day_prefixes)),
        ("date.day", rf"{WL}(?P<pre>{pre})\ +(?P<d>{day_words})(?!\w|\ *[/.\-–]\ *\d|\ +tháng|\ +lần|\ +(?:{units}){WR})", _b_day_only, (w.day_prefixes,)),
        ("set", rf"{WL}(?P<q>{alternation(w.set_quantifiers)})\ +(?P<su>{alternation(w.set_units)}){WR}", _b_set, (w.set_quantifiers,)),
        ("set", rf"{NUM_LEFT}(?P<n>{num})\ *(?P<u>{units})\ */\ *lần{WR}", _b_set, (NUM_DIGITS_GLUED, w.numbers), r"/\ *lần"),
        ("duration", rf"(?:{NUM_LEFT}(?P<n1>{num})(?:\ *[\-–]\ *(?P<n1b>{num}))?|{WL}{regex.escape(w.half_alone)})\ +(?P<u1>{units})(?:\ +(?P<half>{regex.escape(w.half)}))?(?:\ +(?P<n2>{num})\ +(?P<u2>{units}))?(?:\ +(?P<suf>{suffixes})(?!\w|\ +khi{WR}))?{WR}", _b_duration, (NUM_DIGITS, w.numbers, [w.half_alone])),
        ("clock", r"(?<![\w.,:/+]|\d[\-–])(?P<h>[01]?\d|2[0-4])(?:\ ?[hH](?P<m>[0-5]\d)?|:(?P<m2>[0-5]\d)|\ +giờ\ +(?P<m3>[0-5]\d)(?!\d|\ *phút))(?:\ ?(?:phút|p|['’′]))?(?![\w:]|[.,]\d)", _b_clock, (DIGIT,)),
        ("year", rf"{WL}(?:(?P<sn>{sn})\ *:?\ *|năm\ +)(?P<y>{YEAR})(?![\w]|[/.\-]\d)", _b_year, (w.birth_year_prefixes, ["năm"])),
        ("quarter", rf"{WL}quý\ +(?P<q>(?-i:IV|III|II|I)|[1-4])(?:\ *[/\-]\ *(?P<y>{YEAR})|\ +năm\ +(?P<y2>{YEAR}))?(?![\w]|[/.\-]\d)", _b_quarter, (["quý"],)),
        ("month", rf"{WL}tháng\ +(?P<m>{MONTH_NUM}|{months})(?:\ *[/.\-]\ *(?P<y>{YEAR})|\ +năm\ +(?P<y2>{YEAR}))?(?![\w]|[/.\-]\d|\ +năm\ +\d)", _b_month, (["tháng"],)),
        ("relative", rf"{WL}(?P<u>{alternation(w.relative_units)})\ +(?P<w>{alternation(w.relative_words)}){WR}", _b_relative, (w.relative_units,)),
        ("same_period", rf"{WL}cùng\ +kỳ\ +năm\ +(?P<w>ngoái|trước){WR}", _b_same_period, (["cùng"],)),
        ("weekday", rf"{WL}(?:(?i:{alternation(w.weekdays)})|(?-i:T[2-7])){WR}", _b_weekday, (w.weekdays, [f"T{d}" for d in range(2, 8)])),
        ("deictic", rf"{WL}{alternation(w.deictic_days)}{WR}", _b_deictic, (w.deictic_days,)),
        ("anaphor", rf"{WL}{alternation(w.anaphoric_days)}{WR}", _b_anaphor, (w.anaphoric_days,)),
        ("part_of_day", rf"{WL}{alternation(w.parts_of_day)}{WR}", _b_pod, (w.parts_of_day,)),
        ("deictic.short", rf"{WL}{alternation(w.deictic_after_pod)}{WR}", _b_short, (w.deictic_after_pod,)),
        ("modifier", rf"{WL}{alternation(w.modifiers)}(?=\ +(?:tháng|năm|tuần|quý){WR})", _b_mod, (w.modifiers,)),
        ("trailer", rf"{WL}(?:vừa\ +qua|vừa\ +rồi|tới\ +đây|sắp\ +tới|tới(?=\ *(?:[^\w\ ]|$))){WR}", _b_trailer, (["vừa", "tới", "sắp"],)),
    ]
    return tuple(
        Rule(name, regex.compile(pattern, regex.IGNORECASE), build, rank, _opening(opens), regex.compile(required[0], regex.IGNORECASE) if required else None)
        for rank, (name, pattern, build, opens, *required) in enumerate(table)
    )


# ---------------------------------------------------------------- scanning


@dataclass
class _Piece:
    start: int
    end: int
    spec: Spec
    rule: str
    rank: int


_WORD = regex.compile(r"\w+")


@lru_cache(maxsize=8192)
def _rules_opening(word: str) -> tuple[int, ...]:
    """Ranks of the rules whose opening accepts ``word`` (a maximal run of word characters)."""
    return tuple(rule.rank for rule in rules() if rule.opening.match(word))


def _matches(text: str) -> list[tuple[Rule, regex.Match[str]]]:
    """What ``rule.pattern.finditer(text)`` finds for every rule, read at word starts only.

    Every rule begins with a word character after a non-word one, so its matches
    start where a run of word characters starts; there the rule is tried when
    its opening accepts the word, from the end of its previous match on — the
    leftmost, non-overlapping matches of ``finditer``, at a fraction of its cost
    (``finditer`` tries every position of the text).
    """
    table = rules()
    resume = [0] * len(table)  # where each rule's last match ends
    for rule in table:
        if rule.required is not None and rule.required.search(text) is None:
            resume[rule.rank] = len(text)  # no match anywhere: past every word start
    out: list[tuple[Rule, regex.Match[str]]] = []
    for word in _WORD.finditer(text):
        ranks = _rules_opening(word[0])
        if not ranks:
            continue  # most words open no rule
        start = word.start()
        for rank in ranks:
            if start < resume[rank]:
                continue
            rule = table[rank]
            m = rule.pattern.match(text, start)
            if m is not None and m.end() > start:
                resume[rank] = m.end()
                out.append((rule, m))
    return out


def _pieces(text: str) -> list[_Piece]:
    w = words()
    found: list[_Piece] = []
    for rule, m in _matches(text):
        spec = rule.build(m, w)
        if spec is not None:
            name = str(spec.extra.get("rule", rule.name))
            found.append(_Piece(m.start(), m.end(), spec, name, rule.rank))
    found.sort(key=lambda p: (p.start, -(p.end - p.start), p.rank))
    chosen: list[_Piece] = []
    last_end = -1
    for piece in found:
        if piece.start >= last_end:
            chosen.append(piece)
            last_end = piece.end
    return chosen


_SPACES = regex.compile(r"\ +")
_COMMA = regex.compile(r"\ *,\ *")
_DASH = regex.compile(r"\ +[\-–]\ +")
_RANGE = regex.compile(r"\ *[\-–—]\ *|\ +(?:đến|tới|cho\ +đến|đến\ +hết)\ +", regex.IGNORECASE)


@dataclass
class _Group:
    start: int
    end: int
    spec: Spec
    rules: list[str]
    pieces: list[_Piece]


def _joinable(group: _Group, piece: _Piece, gap: str, next_has_day: bool = False) -> Spec | None:
    last = group.pieces[-1].spec
    new = piece.spec
    if _SPACES.fullmatch(gap):
        pass
    elif _COMMA.fullmatch(gap) and last.weekday is not None and new.day is not None:
        pass  # "thứ Tư, 13/3/2024"
    elif _COMMA.fullmatch(gap) and last.hour is not None and (new.day is not None or (new.pod is not None and next_has_day)):
        pass  # "5h20, sáng 22/4"
    elif _DASH.fullmatch(gap) and group.spec.year is not None and group.spec.day is not None and new.hour is not None:
        pass
    else:
        return None
    if new.short and last.pod is None:
        return None
    if group.spec.mod is not None and len(group.pieces) == 1:
        if new.day is not None or not (new.month is not None or new.year is not None or new.quarter is not None or new.rel_unit in ("W", "M", "Y", "Q")):
            return None
    if new.mod is not None:
        return None  # a modifier opens an expression
    if new.lean is not None and (group.spec.month is None or group.spec.rel_unit is not None):
        return None
    if new.ambiguous_hour and group.spec.hour is not None:
        return None
    # a part of the day goes with a day, not with a month or a year ("buổi tối tháng Giêng")
    for x, y in ((group.spec, new), (new, group.spec)):
        if x.pod is not None and x.day is None and x.rel_unit is None and x.weekday is None and x.hour is None and x.anaphor is None and y.day is None and y.rel_unit != "D" and y.anaphor is None and y.weekday is None and y.hour is None:
            return None
    return merge(group.spec, new)


def _groups(text: str, pieces: list[_Piece]) -> list[_Group]:
    groups: list[_Group] = []
    for i, piece in enumerate(pieces):
        if piece.spec.kind == "point" and groups and groups[-1].spec.kind == "point":
            g = groups[-1]
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            next_has_day = bool(nxt and _SPACES.fullmatch(text[piece.end : nxt.start]) and (nxt.spec.day is not None or nxt.spec.rel_unit == "D"))
            merged = _joinable(g, piece, text[g.end : piece.start], next_has_day) if piece.start >= g.end else None
            if merged is not None:
                g.spec = merged
                g.end = piece.end
                g.rules.append(piece.rule)
                g.pieces.append(piece)
                continue
        groups.append(_Group(piece.start, piece.end, piece.spec, [piece.rule], [piece]))
    return groups


_FILL = ("year", "month", "day", "pod", "rel_unit")
_COARSER = {"H": ("year", "month", "day", "pod", "rel_unit"), "D": ("year", "month", "rel_unit"), "M": ("year", "rel_unit"), "W": ("year",)}


def _range(a: Spec, b: Spec) -> Spec | None:
    if a.kind != "point" or b.kind != "point" or a.aux or b.aux:
        return None
    grain = finest(a)
    if grain != finest(b) or grain not in _COARSER:
        return None
    a = a.copy()
    for f in _COARSER[grain]:
        if getattr(a, f) is None and getattr(b, f) is not None:
            if f == "rel_unit":
                if a.year is None and a.month is None and a.day is None:
                    a.rel_unit, a.rel_offset = b.rel_unit, b.rel_offset
            else:
                setattr(a, f, getattr(b, f))
    return Spec(kind="range", parts=(a, b))


@cache
def _present_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\ +(?:đến|tới|cho\ +đến)\ +" + alternation(words().present_words) + r"(?!\w)", regex.IGNORECASE)


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
            if _RANGE.fullmatch(gap) and not (g.spec.weak and h.spec.weak and "-" in gap):
                spec = _range(g.spec, h.spec)
                if spec is not None:
                    out.append(_Group(g.start, h.end, spec, ["range(" + "+".join(g.rules) + "," + "+".join(h.rules) + ")"], g.pieces + h.pieces))
                    i += 2
                    continue
        out.append(g)
        i += 1
    return out


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


def _finish(text: str, g: _Group) -> Spec | None:
    """The spec of a group that stands as an expression, or None."""
    spec = g.spec
    if spec.kind != "point":
        return spec
    w = words()
    content = [p for p in g.pieces if not p.spec.aux]
    has_pod = any(p.spec.pod is not None for p in g.pieces)
    if not content and not (has_pod and any(p.spec.short for p in g.pieces)):
        return None
    if g.pieces[0].rule in ("relative", "months.half") and _cue_before(text, g.start, w.vague_counts):
        return None
    anchored = len(content) != 1 or has_pod
    if not anchored:
        head = content[0].spec
        if head.weak and not _bare_date_ok(text, g):
            return None
        if head.weak_weekday and not _cue_before(text, g.start, w.date_cues):
            return None
        if head.ambiguous_hour:
            # "3 giờ" alone is a duration unless "lúc"/"vào" precedes; "18 giờ 02 phút"
            # is a clock time unless "sau"/"trong" precedes.
            with_minutes = "M" in str(head.duration).split("T", 1)[-1]
            if _cue_before(text, g.start, w.duration_cues):
                return Spec(kind="duration", duration=head.duration)
            # "khoảng 22 giờ": past noon, a bare hour is a clock time.
            afternoon = head.hour is not None and 13 <= head.hour <= 23
            if with_minutes or afternoon or _cue_before(text, g.start, w.clock_cues):
                return spec
            return Spec(kind="duration", duration=head.duration)
        if head.extra.get("clock") and _cue_before(text, g.start, w.duration_cues):
            return Spec(kind="duration", duration=f"PT{head.hour}H" + (f"{head.minute}M" if head.minute else ""))
    return spec


def scan(text: str) -> list[DateMatch]:
    """Every temporal expression of ``text`` (normalised), left to right, without overlaps.

    >>> [m.text for m in scan("Khoảng 10h30 ngày 5/2, tổ công tác phát hiện 6-7 đối tượng")]
    ['10h30 ngày 5/2']
    """
    out: list[DateMatch] = []
    for g in _ranges(text, _groups(text, _pieces(text))):
        spec = _finish(text, g)
        if spec is None:
            continue
        out.append(DateMatch(g.start, g.end, text[g.start : g.end], spec, "+".join(g.rules)))
    return out
