"""The scanner: every rule's matches in a text, then the pieces chosen leftmost-longest.

The rules (:mod:`vn_crimeie.dates.rules`) are tried only at word starts and
only at the words their openings accept; the matches are turned into pieces by
the rules' productions, and overlapping pieces are decided leftmost first, then
longest, then by rank.

>>> [(text[p.start:p.end], p.rule) for text in ["Chiều 13/3, lúc 10h30"] for p in pieces(text)]
[('Chiều', 'part_of_day'), ('13/3', 'date.dm'), ('10h30', 'clock')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .rules import Rule, rules
from .spec import Spec
from .words import words

__all__ = ["Piece", "pieces", "matches", "rules_opening"]

_WORD = regex.compile(r"\w+")
#: The longest text a rule reads from its start.  No temporal expression is that
#: long; the bound keeps a match from looking through the whole rest of the text
#: (the regex engine scans ahead for a pattern's required words: on a long text
#: without them every try cost the length of the text, quadratic in all).
WINDOW = 1024


@dataclass
class Piece:
    """A rule's reading of a span: its spec, the rule's name and its rank."""

    start: int
    end: int
    spec: Spec
    rule: str
    rank: int


@lru_cache(maxsize=8192)
def rules_opening(word: str, after: str = "") -> tuple[int, ...]:
    """Ranks of the rules whose opening accepts ``word`` (a maximal run of word characters) and ``after``.

    ``after`` is the character that follows the word in the text ("" at the
    end): a word of digits opens only the rules that go on with it (``12`` then
    ``/`` opens the dates, not the durations).  Keyed by a word and a character,
    never by a text: the answer depends on them and the fixed rule table only.
    Bounded at 8,192 keys (a news article has a few hundred distinct words); it
    saves trying the 24 openings at each word.

    >>> [rules()[rank].name for rank in rules_opening("quý", " ")]
    ['quarter', 'relative']
    >>> sorted({rules()[rank].name for rank in rules_opening("12", "/")})
    ['date.dm', 'date.dm_range', 'date.lunar']
    """
    key = word + after
    if _any_opening().match(key) is None:
        return ()  # most words open no rule: one test instead of one per rule
    return tuple(rule.rank for rule in rules() if rule.opening.match(key))


@cache
def _any_opening() -> regex.Pattern[str]:
    """The openings of all the rules in one pattern."""
    return regex.compile("|".join(f"(?:{rule.opening.pattern})" for rule in rules()), regex.IGNORECASE)


def _opened(text: str, word: regex.Match[str]) -> tuple[int, ...]:
    """The ranks of the rules that may begin at ``word`` of ``text``.

    Only a word that begins with a digit is looked at with the character after it (the
    openings of words in letters end at the word): the cache holds one key per word.
    """
    w = word[0]
    if not w[0].isdigit():
        return rules_opening(w)
    end = word.end()
    return rules_opening(w, text[end : end + 1])


def _first_tries(text: str) -> list[int]:
    """Per rule (by rank), the first offset it is tried at: past the text when its required part is missing."""
    resume = [0] * len(rules())
    for rule in rules():
        if rule.required is not None and rule.required.search(text) is None:
            resume[rule.rank] = len(text)  # no match anywhere: past every word start
    return resume


def matches(text: str) -> list[tuple[Rule, regex.Match[str]]]:
    """What ``rule.pattern.finditer(text)`` finds for every rule, read at word starts only.

    Every rule begins with a word character after a non-word one, so its matches
    start where a run of word characters starts; there the rule is tried when
    its opening accepts the word, from the end of its previous match on — the
    leftmost, non-overlapping matches of ``finditer``, at a fraction of its cost
    (``finditer`` tries every position of the text).

    >>> [(rule.name, m.group()) for rule, m in matches("tối qua")]
    [('part_of_day', 'tối'), ('deictic.short', 'qua')]
    """
    table = rules()
    resume = _first_tries(text)
    out: list[tuple[Rule, regex.Match[str]]] = []
    for word in _WORD.finditer(text):
        ranks = _opened(text, word)
        if not ranks:
            continue  # most words open no rule
        start = word.start()
        for rank in ranks:
            if start < resume[rank]:
                continue
            rule = table[rank]
            m = rule.pattern.match(text, start, start + WINDOW)
            if m is not None and m.end() > start:
                resume[rank] = m.end()
                out.append((rule, m))
    return out


def pieces(text: str, whole: bool = False) -> list[Piece]:
    """The pieces of ``text``: the readings of every rule, chosen leftmost, then longest, then by rank.

    A reading that counts only in a whole expression (``bây giờ``, ``mai``: ``whole_only``)
    is no piece of running text: another rule may read its words (``sáng mai``).

    The choice is made word by word as the rules are tried: a word inside the
    piece chosen last can begin no piece, so no rule is tried there (a run of
    dates costs one reading per date, not one per number of it).

    >>> [p.rule for p in pieces("ngày 5/2/2024")]
    ['date.dm']
    """
    w, table = words(), rules()
    resume = _first_tries(text)  # where each rule may match next (finditer's non-overlap)
    chosen: list[Piece] = []
    last_end = 0
    for word in _WORD.finditer(text):
        ranks = _opened(text, word)
        if not ranks:
            continue  # most words open no rule
        start = word.start()
        if start < last_end:
            continue  # inside the piece chosen last
        best: Piece | None = None
        for rank in ranks:  # ascending rank: a tie keeps the first
            if start < resume[rank]:
                continue
            rule = table[rank]
            m = rule.pattern.match(text, start, start + WINDOW)
            if m is None or m.end() <= start:
                continue
            resume[rank] = m.end()
            spec = rule.build(m, w)
            if spec is not None and (whole or not spec.extra.get("whole_only")) and (best is None or m.end() > best.end):
                best = Piece(start, m.end(), spec, str(spec.extra.get("rule", rule.name)), rank)
        if best is not None:
            chosen.append(best)
            last_end = best.end
    return chosen
