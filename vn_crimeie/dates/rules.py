"""The rule table of the temporal grammar: named rules, each a pattern and a production.

In the spirit of Duckling's ``Rules.hs``, every rule is a row ``(name, pattern,
production, opening[, required])``; each production
(:mod:`vn_crimeie.dates.productions`) shows its rule reading a Vietnamese
example.  The name is what a DATE candidate shows as its ``source``
(``dates.`` + the names of the rules that read it, ``+``-joined when pieces
merge).  Patterns are built once from the words of ``time_words.yaml`` and
``date_rules.yaml``: no Vietnamese word is written in the patterns themselves.

>>> [rule.name for rule in rules()][:3]
['months.first_last', 'months.half', 'year.range']
>>> read("clock", "10h30").minute
30
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from . import forms as fp
from . import general as gp
from . import periods as pp
from . import productions as p
from .form_words import FormWords, form_words, year_cycle
from .rule_words import RuleWords, rule_words
from .spec import Spec
from .words import TimeWords, alternation, trie_alternation, words

__all__ = ["Rule", "Digits", "rules", "read", "opening"]

Production = Callable[[regex.Match[str], TimeWords], Spec | None]

#: Left edge of a number: not inside a word, a decimal, a code or a plate.
NUM_LEFT = r"(?<![\w.,/:+\-–])"
#: Right edge of a number: no word character and no further digit group.
NUM_RIGHT = r"(?![\w]|[.,/:\-–]\d)"
WL = r"(?<!\w)"
WR = r"(?!\w)"
YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
#: The year after the number of a month or a quarter ("12/2023", "T3-2024"): no code goes on after it.
MONTH_OF_YEAR = rf"\ *[/\-]\ *(?P<my>{YEAR})(?![\w/]|[.,\-–]\d)"


@dataclass(frozen=True)
class Rule:
    """A named rule: its compiled pattern, production, rank (lower wins ties) and opening.

    ``opening`` matches the start of every word a match of the rule can begin
    with (a digit, or the first word of one of its phrases): the scanner tries
    the rule only at the words it accepts.  ``required``, when set, finds a
    part that every match contains (``/ lần``, ``tháng đầu năm``): in a text
    without one the rule is not tried at all.
    """

    name: str
    pattern: regex.Pattern[str]
    build: Production
    rank: int
    opening: regex.Pattern[str]
    required: regex.Pattern[str] | None = None


@dataclass(frozen=True)
class Digits:
    """An opening written in digits: a pattern that the word starts with.

    ``then``, when set, is the class of the character right after a word that
    is only digits: what the rule reads next (``/`` of ``12/3``, a space of
    ``3 năm``).  The scanner looks at it with the word, so a rule is not tried
    at a number it cannot go on from (a run of ``12/3/2024`` tries ``date.dm``
    alone, not the durations and clock times that also begin with digits).
    """

    pattern: str
    then: str = ""

    def opening(self) -> str:
        """The branch of :func:`opening`: the digits, and ``then`` after a word of digits only."""
        if not self.then:
            return self.pattern
        return rf"(?:(?=\d+{self.then})|(?=\d*[^\W\d]))(?:{self.pattern})"


#: A rule's opening: :class:`Digits` and lists of the phrases its matches can begin with.
Opening = tuple[object, ...]
#: Any word beginning with a digit; a word of digits only goes on with a space or a colon
#: (``10 giờ``, ``10:30``), a word with letters is glued (``10h30``, ``1giờ``).
DIGIT = Digits(r"\d", then=r"[\ :]")
#: The digits of ``num`` (``12`` of ``12,5 năm``) make a whole word: the rules go on
#: with a comma, a space or a sign; in the rule ``set`` also with a unit, glued,
#: which begins with a letter (:data:`NUM_DIGITS_GLUED`).
NUM_DIGITS = Digits(r"\d{1,3}(?!\w)", then=r"[\ ,]")
NUM_RANGE_DIGITS = Digits(r"\d{1,3}(?!\w)", then=r"[\ ,\-–]")
NUM_DIGITS_GLUED = Digits(r"\d{1,3}(?!\d)", then=r"[\ ,]")
#: A whole word :data:`DAY`, :data:`YEAR` or day of ``date.dm``, followed by what the rule reads next.
DAY_SPACE = Digits(rf"{DAY}(?!\w)", then=r"\ ")
DAY_SLASH = Digits(rf"{DAY}(?!\w)", then="/")
DAY_DASH = Digits(rf"{DAY}(?!\w)", then=r"[\ \-–]")
#: The count of days before a list of days ("2 ngày 18 và 22-4").
DAY_COUNT = Digits(r"[2-9](?!\w)", then=r"\ ")
YEAR_DIGITS = Digits(rf"{YEAR}(?!\w)", then=r"[\ \-–—]")
#: a year opening an ISO date, with a dash or a slash ("2024-03-13", "2024/03/13")
ISO_YEAR_DIGITS = Digits(rf"{YEAR}(?!\w)", then=r"[\-/]")
#: a year alone in brackets ("Remember the Titans (2000)")
YEAR_BRACKETED = Digits(rf"{YEAR}(?!\w)", then=r"\)")
#: a year of birth after a bare "sinh" ("sinh 1971,"), before a sign, a space or the end
YEAR_BORN = Digits(rf"{YEAR}(?!\w)", then=r"(?:[\ ,;.)]|$)")
DM_DIGITS = Digits(r"\d{1,2}(?!\w)", then=r"[/.\-\ ]")
#: A whole word of one or two digits that can be an hour (``15`` of ``15 giờ 23 phút``).
HOUR_DIGITS = Digits(r"(?:[01]?\d|2[0-3])(?!\w)", then=r"\ ")
_FIRST_WORD = regex.compile(r"\w+")


def opening(opens: Opening) -> regex.Pattern[str]:
    """A pattern matching the start of every word a match can begin with.

    A phrase that goes on after its first word (past a space or a sign: ``thứ
    hai``, ``S.N``) begins at a word that is exactly its first word; a phrase of
    one word only begins a word, which may go on with what the rule reads after
    the phrase (``10h30``, ``SN1990``).

    >>> [bool(opening((["thứ hai", "T2"],)).match(w)) for w in ("Thứ", "thứa", "t2a", "trong")]
    [True, False, True, False]
    """
    branches: set[str] = set()
    for phrases in opens:
        if isinstance(phrases, Digits):
            branches.add(phrases.opening())
            continue
        for phrase in phrases:  # type: ignore[attr-defined]
            first = _FIRST_WORD.match(str(phrase))
            if first is None:  # the scanner looks only at word starts
                raise ValueError(f"a temporal phrase must begin with a letter or digit: {phrase!r}")
            whole_word = first.end() < len(str(phrase))
            branches.add(regex.escape(first.group()) + (r"(?!\w)" if whole_word else ""))
    return regex.compile("(?:" + "|".join(sorted(branches)) + ")", regex.IGNORECASE)


def _month_names(w: TimeWords) -> str:
    any_case = [n for n in w.months if n in w.months_any_case]
    capital = [" ".join(p[:1].upper() + p[1:] for p in n.split()) for n in w.months if n not in w.months_any_case]
    capital += [n[:1].upper() + n[1:] for n in w.months if n not in w.months_any_case and " " in n]
    return "(?:(?i:" + alternation(any_case) + ")|(?-i:" + alternation(capital) + "))"


def _trailers(w: TimeWords, r: RuleWords) -> str:
    """The date trailers; those of ``trailers_before_sign`` only before a sign or the end."""
    free = [t for t in w.date_trailers if t not in r.trailers_before_sign]
    return rf"(?:{alternation(free)}|{alternation(r.trailers_before_sign)}(?=\ *(?:[^\w\ ]|$)))"


#: A row of the table: name, pattern, production, opening[, a part every match contains].
Row = tuple[str, str, Production, Opening] | tuple[str, str, Production, Opening, str]


def _counting_rows(w: TimeWords, r: RuleWords) -> list[Row]:
    """Rules of counts and numbers: months of a year, ranges, dates, sets, durations, clock times."""
    num_words = trie_alternation(w.numbers)  # 159 phrases: factored, or it dominates the rules' cost
    num = rf"(?:\d{{1,3}}(?:,\d{{1,2}})?|{num_words})"
    units, pre = alternation(w.units), alternation(w.day_prefixes)
    months, day_words = _month_names(w), rf"(?:{DAY}|{num_words})"
    year_rel = alternation(w.relative_words)
    month_w, year_w, times_w = alternation(r.month_words), alternation(r.year_words), alternation(r.times_words)
    sides, hour_w, minutes = alternation(r.year_sides), alternation(r.hour_words), alternation(r.minute_words)
    year_tail = rf"(?:\ +(?P<y>{YEAR})|\ +(?P<rel>{year_rel}))?"
    no_conjunction = rf"(?!\w|\ +{alternation(r.suffix_conjunctions)}{WR})"
    once = rf"{alternation(form_words().once_words)}\ +{times_w}"  # "3 tháng một lần": a set (rule set.once)
    lower_months = alternation(n for n in w.months if n not in w.months_any_case)  # "tháng năm": May in a whole expression only
    return [
        ("months.first_last", rf"{NUM_LEFT}(?P<n>{num})\ +{month_w}\ +(?P<side>{sides})\ +{year_w}{year_tail}{WR}", p.first_last_months, (NUM_DIGITS, w.numbers), rf"{month_w}\ +{sides}\ +{year_w}"),
        ("months.half", rf"{WL}(?P<h>{alternation(w.halves)})\ +{year_w}{year_tail}{WR}", p.half_year, (w.halves,)),
        ("year.range", rf"{NUM_LEFT}(?P<pre>{year_w}\ +)?(?P<y1>{YEAR})\ *(?:[\-–—]|\ {alternation(r.year_range_joiners)})\ *(?:{year_w}\ +)?(?P<y2>{YEAR}){NUM_RIGHT}", p.year_range, (YEAR_DIGITS, r.year_words)),
        ("date.day_range", rf"{NUM_LEFT}(?:(?P<pre>{alternation(r.day_words)})\ +)?(?P<d1>{DAY})\ *[\-–]\ *(?P<d2>{DAY})(?P<sep>[/.])(?P<m>{MONTH_NUM})(?:(?P=sep)(?P<y>{YEAR}))?{NUM_RIGHT}", p.day_range, (DAY_DASH, r.day_words), r"\d\ *[\-–]\ *\d{1,2}[/.]\d"),
        # "ngày 28 và 29-5", "các ngày 18, 19 và 22/4", "2 ngày 18 và 22-4": the first to the last day
        ("date.day_list", rf"{NUM_LEFT}(?:(?:[2-9]|{alternation(r.day_list_openers)})\ +)?(?P<pre>{alternation(r.day_words)})\ +(?P<d1>{DAY})(?:,\ *{DAY})*,?\ +{alternation(r.day_list_joiners)}\ +(?P<d2>{DAY})(?P<sep>[/.\-])(?P<m>{MONTH_NUM})(?:(?P=sep)(?P<y>{YEAR}))?{NUM_RIGHT}", p.day_range, (DAY_COUNT, r.day_list_openers, r.day_words), rf"\ {alternation(r.day_list_joiners)}\ +\d{{1,2}}[/.\-]\d"),
        ("date.dm_range", rf"{NUM_LEFT}(?:(?P<pre>{pre})\ +)?(?P<d1>{DAY})/(?P<m1>{MONTH_NUM})(?:/(?P<y1>{YEAR}))?\ *[\-–]\ *(?P<d2>{DAY})/(?P<m2>{MONTH_NUM})(?:/(?P<y2>{YEAR}))?{NUM_RIGHT}", p.dm_range, (DAY_SLASH, w.day_prefixes), r"\d/\d{1,2}(?:/\d{4})?\ *[\-–]\ *\d{1,2}/\d"),
        ("date.words", rf"{WL}(?:{pre})\ +(?P<d>{day_words})\ +{month_w}\ +(?P<m>{MONTH_NUM}|{months}|(?P<lower>{lower_months}))(?:\ *(?:[/\-]|,?\ *{year_w})\ *(?P<y>{YEAR}))?{NUM_RIGHT}", p.date_words, (w.day_prefixes,)),
        ("date.words", rf"{NUM_LEFT}(?P<d>{DAY})\ +{month_w}\ +(?P<m>{MONTH_NUM})\ +{year_w}\ +(?P<y>{YEAR}){NUM_RIGHT}", p.date_words, (DAY_SPACE,), rf"{month_w}\ +\d"),
        ("date.words", rf"{NUM_LEFT}(?P<d>{DAY})\ +{month_w}\ +(?P<m>{MONTH_NUM}|{months})(?:,?\ +(?P<y>{YEAR}){NUM_RIGHT}|(?=\ *(?:[^\w\ ]|$)|\ +(?:\p{{Lu}}|{alternation(w.bare_date_followers)}(?!\w)))(?!\ +(?:{units}|{year_w}\ +\d)))", p.date_words, (DAY_SPACE,), rf"{month_w}\ +\w"),
        # a month and its year ("12/2023") is read here too, reported as the rule month.year
        ("date.dm", rf"{NUM_LEFT}(?:(?P<pre>{pre})\ +|(?P<pre>(?-i:{alternation(w.birth_year_prefixes)}))\ *:?\ *(?=\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}))?(?P<d>\d{{1,2}})(?:(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?{NUM_RIGHT}|{MONTH_OF_YEAR})", p.date_dm, (DM_DIGITS, w.day_prefixes, w.birth_year_prefixes)),
        ("date.day", rf"{WL}(?P<pre>{pre})\ +(?P<d>{day_words})(?!\w|\ *[/.\-–]\ *\d|\ +{month_w}|\ +{times_w}|\ +(?:{units}){WR})", p.day, (w.day_prefixes,)),
        ("set", rf"{WL}(?P<q>{alternation(w.set_quantifiers)})\ +(?P<su>{alternation(w.set_units)}){WR}", p.recurrence, (w.set_quantifiers,)),
        ("set", rf"{NUM_LEFT}(?P<n>{num})\ *(?P<u>{units})\ */\ *{times_w}{WR}", p.recurrence, (NUM_DIGITS_GLUED, w.numbers), rf"/\ *{times_w}"),
        ("duration", rf"(?:{NUM_LEFT}(?P<n1>{num})(?:\ *[\-–]\ *(?P<n1b>{num}))?|{WL}{regex.escape(w.half_alone)})\ +(?P<u1>{units})(?:\ +(?P<half>{regex.escape(w.half)}))?(?:\ +(?P<n2>{num})\ +(?P<u2>{units}))?(?:\ +(?P<once>{once})|\ +(?P<suf>{alternation(w.duration_suffixes)}){no_conjunction})?{WR}", p.duration, (NUM_RANGE_DIGITS, w.numbers, [w.half_alone])),
        # "ba năm đến bảy năm", "6 tháng đến 8 tháng": a range of terms, one DURATION valued at its lower end
        # ("8 giờ đến 10 giờ" is a range of clock times)
        ("duration.range", rf"{NUM_LEFT}(?P<n1>{num})\ +(?P<u1>{alternation(u for u in w.units if u not in r.hour_words)})(?P<half>)?\ +{alternation(r.year_range_joiners)}\ +(?P<n1b>{num})\ +(?P=u1)(?P<once>)?(?P<suf>)?{WR}", p.duration, (NUM_DIGITS, w.numbers), rf"\ {alternation(r.year_range_joiners)}\ "),
        # "7 năm, 6 tháng", "3 năm, 5 tháng, 6 ngày", "3 năm 5 tháng 6 ngày": one term in parts (a list of terms
        # joined by commas fails in the production and leaves its parts to "duration")
        ("duration.parts", rf"{NUM_LEFT}(?P<n1>{num})(?P<n1b>)?\ +(?P<u1>{units})(?P<half>)?(?:(?P<c2>,)\ +(?P<n2>{num})\ +(?P<u2>{units})(?:,\ +(?P<n3>{num})\ +(?P<u3>{units}))?|\ +(?P<n2>{num})\ +(?P<u2>{units})\ +(?P<n3>{num})\ +(?P<u3>{units}))(?P<once>)?(?P<suf>)?{WR}", p.duration, (NUM_DIGITS, w.numbers)),
        ("clock", rf"(?<![\w.,:/+]|\d[\-–])(?P<h>[01]?\d|2[0-4])(?:\ ?{alternation(r.hour_signs)}(?P<m>[0-5]\d|\d(?!\d))?|:(?P<m2>[0-5]\d)|\ *{hour_w}\ +(?P<m3>[0-5]\d)(?!\d|\ *{minutes}))(?:\ ?{alternation(r.minute_words + r.minute_signs)})?(?![\w:]|[.,]\d)", p.clock, (DIGIT,)),
    ]  # fmt: skip


def _no_conjunction(r: RuleWords) -> str:
    """After a relative word: not one that makes a conjunction with the word after it (``tuần trước khi``)."""
    return rf"(?!(?<={alternation(r.conjunction_relatives)})\ +{alternation(r.suffix_conjunctions)}{WR})"


def _weekday_names(w: TimeWords, r: RuleWords, f: FormWords) -> str:
    """A weekday's name in any case, or written short as written (``T2`` … ``T7``, ``CN``)."""
    return rf"(?:(?i:{alternation(w.weekdays)})|(?-i:{regex.escape(r.weekday_letter)}[2-7]|{alternation(f.weekday_abbreviations)}))"


def _calendar_rows(w: TimeWords, r: RuleWords, f: FormWords) -> list[Row]:
    """Rules of calendar words: years, quarters, months, relative and deictic days, helper pieces."""
    sn = "(?-i:" + alternation(w.birth_year_prefixes) + ")"
    month_w, year_w, quarter_w = alternation(r.month_words), alternation(r.year_words), alternation(r.quarter_words)
    short_weekdays = [f"{r.weekday_letter}{d}" for d in range(2, 8)]
    return [
        ("year", rf"{WL}(?:(?P<sn>{sn})\ *:?\ *|{year_w}\ +)(?P<y>{YEAR})(?![\w]|[/.\-]\d)", p.year, (w.birth_year_prefixes, r.year_words)),
        # a year alone in brackets after a name or a title ("Remember the Titans (2000)", "Nguyễn Văn A (1990)")
        ("year.bracketed", rf"(?<=\()(?P<y>{YEAR})(?P<sn>)?(?=\))", p.year, (YEAR_BRACKETED,)),
        ("year.born", rf"(?<=(?<![\w])(?i:sinh)\ )(?P<y>{YEAR})(?![\w]|[/.\-]\d)", fp.born_year, (YEAR_BORN,)),
        ("quarter", rf"{WL}(?:{quarter_w}\ +(?P<q>(?-i:IV|III|II|I)|[1-4])|(?-i:{quarter_w})\ +(?P<q>{alternation(n for n, v in w.months.items() if v <= 4)}))(?:\ *[/\-]\ *(?P<y>{YEAR})|\ +{year_w}\ +(?P<y2>{YEAR}))?(?![\w]|[/.\-]\d)", p.quarter, (r.quarter_words,)),
        ("month", rf"{WL}{month_w}\ +(?P<m>{MONTH_NUM}|{_month_names(w)}|(?-i:{alternation(w.roman_months)})(?![\w]))(?:\ *[/.\-]\ *(?P<y>{YEAR})|\ +(?:{year_w}\ +)?(?P<y2>{YEAR}))?(?![\w]|[/.\-]\d|\ +{year_w}\ +\d)", p.month, (r.month_words,)),
        ("relative", rf"{WL}(?P<u>{alternation(w.relative_units)})\ +(?P<w>{alternation(w.relative_words)}){WR}{_no_conjunction(r)}", p.relative, (w.relative_units,)),
        ("same_period", rf"{WL}{alternation(r.same_period)}\ +(?P<w>{alternation(r.same_period_relatives)}){WR}", p.same_period, (r.same_period,)),
        ("weekday", rf"{WL}(?P<wd>{_weekday_names(w, r, f)}){WR}(?:\ +(?P<this>{alternation(f.weekday_this_words)}){WR})?", p.weekday, (w.weekdays, short_weekdays, list(f.weekday_abbreviations))),
        ("deictic", rf"{WL}{alternation(w.deictic_days)}{WR}", p.deictic_day, (w.deictic_days,)),
        ("deictic.whole", rf"{WL}{alternation(f.whole_only_days)}{WR}", gp.deictic_whole, (list(f.whole_only_days),)),
        ("anaphor", rf"{WL}{alternation(w.anaphoric_days)}{WR}", p.anaphoric_day, (w.anaphoric_days,)),
        ("part_of_day", rf"{WL}{alternation(w.parts_of_day)}{WR}", p.part_of_day, (w.parts_of_day,)),
        ("deictic.short", rf"{WL}{alternation(w.deictic_after_pod)}{WR}", p.short_deictic, (w.deictic_after_pod,)),
        ("modifier", rf"{WL}{alternation(w.modifiers)}(?=\ +{alternation(r.modified_periods)}{WR})", p.modifier, (w.modifiers,)),
        ("trailer", rf"{WL}{_trailers(w, r)}{WR}", p.trailer, (w.date_trailers,)),
    ]  # fmt: skip


def _as_written(phrases: object) -> str:
    """Phrases written all lower-case match in any case; the others as written (``CH``, ``GMT``)."""
    lower = [str(x) for x in phrases if str(x) == str(x).lower()]  # type: ignore[attr-defined]
    written = [str(x) for x in phrases if str(x) != str(x).lower()]  # type: ignore[attr-defined]
    return "(?:" + "|".join(b for b in (alternation(lower) if lower else "", "(?-i:" + alternation(written) + ")" if written else "") if b) + ")"


def _year_said(r: RuleWords, f: FormWords) -> str:
    """A year after a date: in digits, or by its name in the sexagenary cycle maybe followed by its digits
    (``Tết Ất Tỵ``, ``tháng 8 năm Giáp Thìn``, ``Tết Nguyên đán Đinh Dậu 2017``): groups ``y`` and ``cc``."""
    of, year_w = alternation(f.of_words), alternation(r.year_words)
    return rf"(?:,?\ +(?:{of}\ +)?(?:{year_w}\ +)?(?:(?P<y>{YEAR})|(?P<cc>{trie_alternation(year_cycle())})(?:,?\ +(?:{year_w}\ +)?(?P<y>{YEAR}))?))"


def _form_rows(w: TimeWords, r: RuleWords, f: FormWords) -> list[Row]:
    """Rules of the forms beyond police news: clock writings, seasons, holidays, lunar dates, spoken years."""
    num_words = trie_alternation(w.numbers)
    months, month_w, year_w = _month_names(w), alternation(r.month_words), alternation(r.year_words)
    of, hour_w, minutes = alternation(f.of_words), alternation(r.hour_words), alternation(r.minute_words)
    year_tok = alternation(f.year_number_words)
    thousands = alternation(f.year_thousand_words)
    spoken = rf"(?:{year_tok}(?:\ +{year_tok}){{1,8}})"
    rel = alternation(w.relative_words)
    tz = rf"\ *(?P<tz>{_as_written(f.time_zones)})(?:\ *(?P<off>[+\-−]\d{{1,2}}(?::?\d\d)?))?"
    meridiem = rf"\ ?(?P<ap>{_as_written(f.meridiems)})(?![\w.\-/])"
    hour_sign, g = alternation(r.hour_signs), alternation(f.hour_signs_with_minutes)
    # every match has, after the hour's last digit, seconds, a glued "g" (with minutes, or before a part of the
    # day: "3g sáng"; "10g" alone is ten grams), or a meridiem or a time zone after the
    # minutes, an hour sign or "giờ" (led by a digit that no digit follows: the engine skips to those, not to
    # every "h" of the text nor every digit of a run of figures)
    extras = rf"\d(?!\d)(?::[0-5]\d:[0-5]\d|{g}[0-5]\d|{g}\ +{alternation(w.parts_of_day)}{WR}|(?::[0-5]\d|{hour_sign}(?:[0-5]\d)?|\ +{hour_w})?\ *(?:{_as_written(f.meridiems)}|{_as_written(f.time_zones)})(?!\w))"
    holidays = trie_alternation(list(f.holidays) + list(f.lunar_holidays))  # factored: tried at every "ngày"
    # a day word before a holiday ("ngày mùng 3 Tết", "ngày Giáng sinh"): looked for only before a holiday's first word
    # (not of a holiday read only as a whole expression: "ngày Valentine" is the holiday "ngày valentine")
    day_led = trie_alternation({h.split()[0] for h in list(f.holidays) + list(f.lunar_holidays) if h not in f.whole_only_holidays}) + WR
    day_words = rf"(?:{DAY}|{num_words})"
    year_opt = rf"(?:\ */\ *(?P<y>{YEAR})|,?\ +(?:{of}\ +)?{year_w}\ +(?P<y>{YEAR}))?"
    year_said = _year_said(r, f)
    marker = rf"\ +(?P<mk>{alternation(f.lunar_markers)})"
    return [
        ("relative.phrase", rf"{WL}{alternation(f.relative_phrases)}{WR}", fp.relative_phrase, (list(f.relative_phrases),)),
        ("now", rf"{WL}{alternation(f.now_words)}{WR}", fp.now, (f.now_words,)),
        ("date.iso", rf"{NUM_LEFT}(?<!(?i:{alternation(w.not_date_cues)})\ )(?P<y>{YEAR})(?P<s>[-/])(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])(?![\w\-/.]|:\d)", fp.iso_date, (ISO_YEAR_DIGITS,), r"\d[-/]\d\d[-/]\d"),
        ("duration.ago", rf"{WL}{alternation(f.ago_prefixes)}\ +(?P<n>\d{{1,3}}|{num_words})\ +(?P<u>{alternation(w.units)})(?:\ +(?P<n2>\d{{1,3}}|{num_words})\ +(?P<u2>{alternation(w.units)}))?{WR}", fp.ago, (f.ago_prefixes,)),
        ("clock.forms", rf"(?<![\w.,:/+]|\d[\-–])(?P<h>[01]?\d|2[0-4])(?::(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:{meridiem})?(?:{tz})?|{g}(?P<mg>[0-5]\d)(?:{meridiem})?(?:{tz})?|{g}(?P<pg>)(?=\ +{alternation(w.parts_of_day)}{WR})|(?::(?P<m2>[0-5]\d)|{hour_sign}(?P<mh>[0-5]\d)?|\ +{hour_w})?(?:{meridiem}(?:{tz})?|{tz}))(?![\w:]|[.,]\d)", fp.clock_forms, (DIGIT,), extras),
        ("clock.seconds", rf"(?<![\w.,:/+]|\d[\-–])(?P<h>[01]?\d|2[0-3])\ +{hour_w}\ +(?P<m>[0-5]?\d)\ +{minutes}\ +(?P<s>[0-5]?\d)\ +{alternation(f.second_words)}{WR}", fp.clock_seconds, (HOUR_DIGITS,)),
        ("clock.to", rf"{NUM_LEFT}(?P<h>[01]?\d|2[0-4]|{num_words})\ *(?:{hour_w}|{hour_sign})\ +{alternation(f.to_words)}\ +(?P<m>\d{{1,2}}|{num_words})(?:\ +{minutes})?{WR}", fp.clock_to, (DIGIT, w.numbers), alternation(f.to_words)),
        ("season", rf"{WL}(?:{alternation(f.season_words)}\ +(?P<s>{alternation(f.seasons)})|(?P<bare>{alternation(f.seasons_without_word)})(?=\ +(?:{year_w}\ +)?(?:{YEAR}|{rel}){WR}))(?:\ +{year_w}\ +(?P<y>{YEAR})|\ +(?P<y>{YEAR})(?![/.\-]\d)|\ +(?P<yw>{year_w}\ +)?(?P<rel>{rel}))?{WR}", fp.season, (f.season_words, f.seasons_without_word)),
        ("holiday", rf"{WL}(?:{trie_alternation(w.day_prefixes)}\ +(?={day_led}))?(?P<h>{holidays})(?:\ +(?P<hd>{DAY})[/.\-](?P<hm>{MONTH_NUM})(?:[/.\-](?P<hy>{YEAR}))?(?![\w/]|[.,\-–]\d))?{year_said}?{WR}", fp.holiday, (list(f.holidays) + list(f.lunar_holidays), w.day_prefixes)),
        ("date.lunar", rf"{WL}(?:(?:{alternation(w.day_prefixes)})\ +)?(?:(?P<full>{alternation(f.full_moon_words)})|(?P<d>{day_words}))\ +{month_w}\ +(?P<m>(?P<lm>{alternation(f.lunar_month_names)})|{MONTH_NUM}|{months})(?:\ */\ *(?P<y>{YEAR})|{year_said})?(?:{marker}{year_said}?|(?(full)|(?(lm)|(?(cc)|(?!))))){WR}", fp.lunar_date, (DAY_SPACE, w.numbers, w.day_prefixes, f.full_moon_words), month_w),
        ("date.lunar", rf"{NUM_LEFT}(?:(?:{alternation(w.day_prefixes)})\ +)?(?P<d>{DAY})/(?P<m>{MONTH_NUM})(?:/(?P<y>{YEAR}))?(?P<full>)?{marker}{year_said}?{WR}", fp.lunar_date, (DAY_SLASH, w.day_prefixes), alternation(f.lunar_markers)),
        ("month.nth", rf"{WL}(?P<u>{alternation(f.ordinal_units)})\ +(?P<o>{alternation(f.ordinal_sides)})\ +(?:{of}\ +)?{month_w}\ +(?:(?P<m>{MONTH_NUM}|{months}){year_opt}{NUM_RIGHT}|(?P<rel>{rel}){WR})", fp.nth_of_month, (list(f.ordinal_units),)),
        ("meal", rf"{WL}(?P<side>{alternation(f.meal_sides)})\ +(?P<meal>{alternation(f.meals)}){WR}", fp.meal, (list(f.meal_sides),), alternation(f.meals)),
        ("year.words", rf"{WL}{year_w}\ +(?:(?P<yw>{spoken})|(?P<y>[1-9]\d{{2}})(?=\ *(?:[^\w\ ]|$)))(?!\ *\w)", fp.spoken_year, (r.year_words,)),
        # in running text, a year said in words with its thousands ("năm hai nghìn không trăm mười hai ở Huế")
        ("year.words", rf"{WL}{year_w}\ +(?P<yw>{year_tok}\ +{thousands}(?:\ +{year_tok}){{1,7}}){WR}", fp.spoken_year, (r.year_words,)),
        # a year before 1800 in digits ("năm 1612 tại Huế", "Năm 1086,"): before a sign, the end or a follower word only
        ("year.historical", rf"{WL}{year_w}\ +(?P<y>[1-9]\d{{2}}|1[0-7]\d{{2}})(?![\w/]|[.,\-–]\d)(?=\ *(?:[^\w\ ]|$)|\ +(?:{alternation(f.historical_year_followers)}{WR}|(?-i:\p{{Lu}}\p{{Ll}})))", fp.spoken_year, (r.year_words,)),
    ]  # fmt: skip


def _period_rows(w: TimeWords, r: RuleWords, f: FormWords) -> list[Row]:
    """Rules of periods named by a phrase: the weekend, a century, a decade, đầu/giữa/cuối + the current period."""
    rel, units = alternation(w.relative_words), alternation(w.relative_units)
    weekend = alternation(f.weekend_words)
    # the period word in lower case ("giữa Quý" is a name); what makes "đầu tháng" the start of another month ("đầu tháng 5", "cuối năm nay", "cuối quý I", "đầu năm học")
    named = rf"\ *[\-/–]?\ *\d|\ +(?:(?-i:[IV]+)|{rel}|{_month_names(w)}|{trie_alternation(w.numbers)}|{alternation(f.period_compounds)}){WR}"
    return [
        ("weekend", rf"{WL}(?:(?P<each>{alternation(w.set_quantifiers)})\ +{weekend}(?!\ +{rel}{WR})|(?:(?P<plural>{alternation(f.weekend_plurals)})\ +)?{weekend}(?:\ +(?P<rel>{rel}){_no_conjunction(r)})?){WR}", pp.weekend, (f.weekend_words, f.weekend_plurals, w.set_quantifiers)),
        ("century", rf"{WL}{alternation(f.century_words)}\ +(?:(?:{alternation(f.century_ordinals)}\ +)?(?:(?P<n>\d{{1,2}})|(?-i:(?P<roman>[IVXL]+))|(?P<nw>{trie_alternation(w.numbers)}))|(?P<rel>{rel}){_no_conjunction(r)}){NUM_RIGHT}", pp.century, (f.century_words,)),
        ("decade", rf"{WL}(?:{alternation(f.decade_words)}\ +(?P<y>1[89]\d0|20\d0|\d0)(?:\ +(?:{alternation(f.of_words)}\ +)?{alternation(f.century_words)}\ +(?:{alternation(f.century_ordinals)}\ +)?(?:(?P<cn>\d{{1,2}})|(?-i:(?P<croman>[IVXL]+))|(?P<crel>{rel})))?{NUM_RIGHT}|{alternation(f.relative_decade_words)}\ +(?P<rel>{rel}){_no_conjunction(r)}{WR})", pp.decade, (f.decade_words,)),
        ("modifier.period", rf"{WL}(?P<mod>{alternation(w.modifiers)})\ +(?P<u>(?-i:{units})){WR}(?!{named})", pp.modifier_period, (w.modifiers,)),
    ]  # fmt: skip


def _general_rows(w: TimeWords, r: RuleWords, f: FormWords) -> list[Row]:
    """Rules of general Vietnamese forms: short month/years, days of a relative month, sets, spoken counts, zones, the cycle."""
    num_words = trie_alternation(w.numbers)
    num, day_words = rf"(?:\d{{1,3}}|{num_words})", rf"(?:{DAY}|{num_words})"
    pre, units, month_w, year_w = alternation(w.day_prefixes), alternation(w.units), alternation(r.month_words), alternation(r.year_words)
    rel, set_q, every = alternation(w.relative_words), alternation(w.set_quantifiers), alternation(f.every_count_words)
    once = rf"{alternation(f.once_words)}\ +{alternation(r.times_words)}"
    letters = alternation(f.month_year_letters)
    weekday, week = _weekday_names(w, r, f), alternation(u for u, code in w.relative_units.items() if code == "W")
    weekday_opens = (w.weekdays, [f"{r.weekday_letter}{d}" for d in range(2, 8)], list(f.weekday_abbreviations))
    scale, said = alternation(f.hundred_words + f.year_thousand_words), alternation(f.year_number_words)
    cycle = trie_alternation(year_cycle())
    return [
        ("month.year", rf"{NUM_LEFT}(?P<l>(?-i:{letters}))(?P<n>\d{{1,2}}){MONTH_OF_YEAR}", gp.month_year, (Digits(rf"(?-i:{letters})\d{{1,2}}(?!\w)"),)),
        ("date.relative_month", rf"{WL}(?:{pre})\ +(?P<d>{day_words})\ +{month_w}\ +(?P<w>{rel}){WR}{_no_conjunction(r)}", gp.day_of_relative_month, (w.day_prefixes,), rf"{month_w}\ +{rel}"),
        ("clock.half", rf"{NUM_LEFT}(?P<h>[01]?\d|2[0-3]|{num_words})\ +{regex.escape(w.half)}(?=\ +{alternation(w.parts_of_day)}{WR}|\ *\Z)", gp.clock_half, (HOUR_DIGITS, w.numbers), rf"\ {regex.escape(w.half)}(?:\ |\Z)"),
        ("duration.spoken", rf"{WL}(?P<n>{num_words}(?:\ +{said}){{0,4}}\ +{scale}(?:\ +{said}){{0,5}})\ +(?P<u>{units})(?!\w|\ +{said}{WR})", gp.spoken_duration, (w.numbers,)),
        ("set.weekday", rf"{WL}(?:(?P<wd>{weekday})\ +{set_q}\ +{week}|{every}\ +(?P<wd>{weekday})){WR}", gp.weekday_set, (*weekday_opens, f.every_count_words)),
        ("set.day", rf"{WL}(?:{pre})\ +(?P<d>{day_words})\ +{set_q}\ +{month_w}{WR}", gp.day_set, (w.day_prefixes,), rf"{month_w}(?<={set_q}\ +{month_w})"),
        ("set.every", rf"{WL}{every}\ +(?P<n>{num})\ +(?P<u>{units})(?:\ +{once}|\ */\ *{alternation(r.times_words)})?{WR}", gp.every_count, (f.every_count_words,)),
        ("date.new_year", rf"{WL}(?:{pre})\ +(?P<d>{day_words})\ +{alternation(f.new_year_words)}{_year_said(r, f)}?{WR}", gp.new_year_day, (w.day_prefixes,), alternation({word.split()[0] for word in f.new_year_words})),
        # a late day of the year before without a day word ("sáng 29 Tết"); "2 Tết" would count the holidays
        ("date.new_year_late", rf"{NUM_LEFT}(?P<d>2[0-9]|30)\ +{alternation(f.new_year_words)}{_year_said(r, f)}?{WR}", gp.new_year_day, (Digits(r"(?:2\d|30)(?!\w)", then=r"\ "),), alternation({word.split()[0] for word in f.new_year_words})),
        ("year.cycle", rf"{WL}{year_w}\ +(?=(?-i:\p{{Lu}}\w*\ +\p{{Lu}}))(?P<cc>{cycle})(?:,?\ +(?P<y>{YEAR}))?{NUM_RIGHT}", gp.cycle_year_point, (r.year_words,)),
        ("time_zone.said", rf"{WL}(?:{alternation(f.zone_words)}\ +(?P<tz>{_as_written(f.time_zones)})(?:\ *(?P<off>[+\-−]\d{{1,2}}(?::?\d\d)?))?|(?P<named>{alternation(f.bracket_time_zones)})){WR}", gp.time_zone, (f.zone_words,)),
        ("time_zone", rf"(?<=\(\ *)(?:{alternation(f.zone_words)}\ +)?(?:(?P<tz>{_as_written(f.time_zones)})(?:\ *(?P<off>[+\-−]\d{{1,2}}(?::?\d\d)?))?|(?P<named>{alternation(f.bracket_time_zones)}))\ *\)", gp.time_zone, (list(f.time_zones), f.zone_words, list(f.bracket_time_zones)), r"\("),
    ]  # fmt: skip


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule of the grammar, compiled once (order = rank for ties).

    >>> sorted({rule.name for rule in rules()})[:4]
    ['anaphor', 'century', 'clock', 'clock.forms']
    """
    w, r = words(), rule_words()
    f = form_words()
    table = _counting_rows(w, r) + _calendar_rows(w, r, f) + _form_rows(w, r, f) + _period_rows(w, r, f) + _general_rows(w, r, f)
    return tuple(
        Rule(name, regex.compile(pattern, regex.IGNORECASE), build, rank, opening(opens), regex.compile(required[0], regex.IGNORECASE) if required else None)
        for rank, (name, pattern, build, opens, *required) in enumerate(table)
    )


def read(name: str, text: str) -> Spec | None:
    """The spec read from the start of ``text`` by the first rule named ``name`` that matches there (None: none).

    >>> read("part_of_day", "chiều").pod.code, read("part_of_day", "Công an")
    ('AF', None)
    """
    for rule in rules():
        if rule.name == name:
            m = rule.pattern.match(text)
            if m is not None:
                return rule.build(m, words())
    return None
