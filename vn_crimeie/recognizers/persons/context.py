"""What the PERSON rules read about one text, built once: :class:`PersonContext`.

The rules (:mod:`.rules`) take the context and the set of accepted spans
(an :class:`~vn_crimeie.intervals.IntervalSet` of candidates, first rule wins
on overlap) and never change the context.

>>> ctx = build_context("Bị can Lê Văn Tám (tức Tám Lùn) bị bắt.")
>>> [" ".join(ctx.words.texts[i:j]) for i, j in ctx.runs]
['Bị', 'Lê Văn Tám', 'Tám Lùn']
>>> sorted(ctx.cues.items())
[(6, 'word')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ...candidates import Candidate
from ...priorities import PRIORITIES
from ...intervals import IntervalSet
from ...dates.words import words as date_words
from ...lexicon import fold
from ..foreign_names import foreign_data, is_latin_run, vietnamese_syllable
from ..ranks import find as find_ranks
from ..titles import find as find_titles
from .animals import block_animal_names
from .names import NameData, compound_words, is_surname, name_data, place_before_from_end, place_word_in_item, stop_words
from .patterns import DIGRAPH_INITIALS, HYPHEN_TAIL, INITIAL_DOT, INITIALS, LAST_TWO_WORDS, LAST_WORD, MORE_INITIALS, NEXT_TWO_LOWER, NUMBER_BEFORE, SPACES, at_sentence_start
from .words import Words, block_streets, build_words, name_runs, place_prefix

__all__ = ["PersonContext", "Found", "build_context", "accept", "found_by"]

# The priorities of the candidates, by the strength of the rule's signal.
PRIORITY_CUE = PRIORITIES["persons.cue"]
PRIORITY_SURNAME = PRIORITIES["persons.surname"]
PRIORITY_WEAK = PRIORITIES["persons.weak"]
# A credit or byline is a positional signal: it outranks a bare admin abbreviation ("H.Thành").
PRIORITY_POSITIONAL = PRIORITIES["persons.positional"]

#: The accepted spans: candidates, first rule wins on overlap.
Found = IntervalSet[Candidate]


@dataclass(frozen=True)
class PersonContext:
    """One text as the PERSON rules read it.

    ``runs`` are the maximal runs of name words (word index ranges); ``cues``
    maps the end of every cue to its kind (``rank``, ``title``, ``occupation``
    or ``word``); ``cue_matches`` are the matches of the cue words;
    ``dotless`` the single letters written after a cue without a dot
    (``cháu A``); ``not_name_starts`` the starts of the capitalised phrases
    that are no name after a cue (``Hoa hậu Hoàn vũ``); ``introduced`` the
    Latin runs the text names as a company or a place (``công ty Arconic``).
    """

    text: str
    data: NameData
    words: Words
    runs: list[tuple[int, int]]
    cue_matches: list[tuple[int, int, bool]]
    cues: dict[int, str]
    dotless: frozenset[str]
    not_name_starts: frozenset[int]
    introduced: frozenset[str]

    def run_from(self, i: int, limit: int = 5) -> int:
        """The index after the run of name words that starts at word ``i``."""
        return self.words.run_from(i, limit)

    def place_prefix(self, i: int, j: int) -> int:
        """Length in words of the longest place name that opens the run ``[i, j)``."""
        return place_prefix(self.words, i, j)

    def body_before_surname(self, i: int, context: str = "") -> bool:
        """Word ``i`` is a body's Latin name and a surname follows it (``Oceanbank`` in ``Oceanbank Hà Văn Thắm``)."""
        first = self.words.texts[i]
        return first.isascii() and not vietnamese_syllable(first) and is_surname(self.words.texts[i + 1], self.data, context)

    def place_before(self, start: int) -> bool:
        """A place word (``phường``, ``đường``) or a house number (not a day: ``ngày 25/5 Thò Bá Chài``) closes the text before ``start``."""
        window = fold(self.text[max(0, start - 24) : start])
        if place_before_from_end().search(window):
            return True
        return bool(NUMBER_BEFORE.search(window)) and not _dated_day_before().search(window)

    def name_end(self, last: int) -> int:
        """End of a name whose last word is ``last``: a trailing initial keeps its dot, a romanised name its tail."""
        text, end, w = self.text, self.words.ends[last], self.words.texts[last]
        letter = len(w) == 1 and w.isupper()
        if letter:
            more = MORE_INITIALS.match(text, end)
            if more and more.group() != ".":
                return _foreign_surname_after(text, more.end())  # "George R.R. Martin"
        if (letter or w in DIGRAPH_INITIALS) and text[end : end + 1] == "." and (w not in self.dotless or _OWN_DOT.match(text, end + 1)):
            return end + 1  # an initial's dot ("chị Th."), also where the text writes it once without ("anh H. mới")
        if w.isascii() and len(w) > 1:
            tail = HYPHEN_TAIL.match(text, end)
            return tail.end() if tail else end
        return end

    def lead_places(self, i: int, j: int) -> int:
        """Index of the first word of ``[i, j)`` after the place names and countries that open it.

        After a foreign non-name ("Italy Giovanni Canzio") two words must remain:
        "China Zhongwang" is one company.
        """
        texts, countries, foreign = self.words.texts, self.data.countries, foreign_data().not_names
        start = i
        after_foreign = False
        while i < j:
            place = self.place_prefix(i, j)
            if place:
                i += place
            elif texts[i] in countries or texts[i] in foreign:
                after_foreign = after_foreign or texts[i] in foreign
                i += 1
            else:
                break
        if after_foreign and j - i < 2:
            return j if i > start else i
        return i

    def region_after_cue(self, i: int, j: int) -> bool:
        """The words ``[i, j)`` name a part of the country after a region cue (``vào Nam``, ``phía Tây``)."""
        if " ".join(self.words.texts[i:j]) not in self.data.region_words:
            return False
        m = LAST_TWO_WORDS.search(self.text, max(0, self.words.starts[i] - 30), self.words.starts[i])
        if not m or m.group(2).lower() not in self.data.region_cues:
            return False
        return f"{m.group(1)} {m.group(2)}".lower() not in self.data.region_cue_compounds

    def in_address(self, i: int, j: int) -> bool:
        """The run ``[i, j)`` is an item of an address that closes with a known place.

        After a place (``thôn 2, Cao Nhân, Thủy Nguyên``) or opening a bracket (``(Hoàng Ninh, Việt Yên,
        Bắc Giang)``), with one or two more items after it, the last a place of the gazetteer.
        """
        text, words = self.text, self.words
        start = words.starts[i]
        if text[start - 1 : start] != "(":
            if text[start - 2 : start] != ", ":
                return False
            item = text[max(0, start - 30) : start - 2]
            item = item[max(item.rfind(","), item.rfind("("), item.rfind(".")) + 1 :]
            if not place_word_in_item().search(fold(item)):
                return False
        end = words.ends[j - 1]
        for _ in range(3):
            k = words.index_at.get(end + 2) if text[end : end + 2] == ", " else None
            if k is None or not words.texts[k][:1].isupper():
                return False
            if self.place_prefix(k, min(k + 4, len(words.texts))):
                return True
            end = words.ends[words.run_from(k, 4) - 1] if words.nameish[k] else words.ends[k]
        return False

    def opens_word(self, i: int) -> str | None:
        """The word of the dictionary that word ``i`` opens with the lower-case word after it (``triển khai``).

        None when there is none, when the next word is a function word (``Thế là``) or opens a word of its
        own with the one after it (``Dương cầm đầu``).
        """
        m = NEXT_TWO_LOWER.match(self.text, self.words.ends[i])
        if not m or m.group(1) in stop_words():
            return None
        word = f"{self.words.texts[i].lower()} {m.group(1)}"
        if word not in compound_words() or (m.group(2) and f"{m.group(1)} {m.group(2)}" in compound_words()):
            return None
        return word

    def place_cue_before(self, start: int) -> bool:
        """A place cue (``từ``, ``tại``, ``sang`` of places.yaml) is the word right before ``start``."""
        m = LAST_WORD.search(self.text, max(0, start - 16), start)
        return bool(m) and fold(m.group(1)) in self.data.place_cues


@cache
def _dated_day_before() -> regex.Pattern[str]:
    """A day and month after a day word or a part of the day (folded), at the end of a window: ``ngay 25/5 ``."""
    cues = sorted({fold(w) for w in (*date_words().day_prefixes, *date_words().parts_of_day)}, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, cues)) + r") \d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})? {0,2}$")


def accept(found: Found, start: int, end: int, source: str, priority: int) -> Candidate | None:
    """Take ``[start, end)`` as a PERSON of ``source`` unless it is empty or overlaps a span taken.

    >>> found = Found()
    >>> accept(found, 4, 10, "persons.cue", 20) is not None, accept(found, 8, 12, "persons.echo", 10)
    (True, None)
    """
    if start >= end or found.overlaps(start, end):
        return None
    candidate = Candidate(start, end, "PERSON", None, source=source, priority=priority)
    found.insert(start, end, candidate)
    return candidate


def found_by(text: str, *rules: Callable[[PersonContext, Found], None]) -> list[str]:
    """What ``rules`` find in ``text``, run in turn on one set of spans, in text order (for examples and tests).

    >>> found_by("Tám bị bắt", lambda ctx, found: accept(found, 0, 3, "persons.test", 0))
    ['Tám']
    """
    ctx = build_context(text)
    found = Found()
    for rule in rules:
        rule(ctx, found)
    return [text[s:e] for s, e, _c in found]


def build_context(
    text: str, ranks: Sequence[Candidate] | None = None, titles: Sequence[Candidate] | None = None
) -> PersonContext:
    """Read ``text`` once for the rules; ``ranks`` and ``titles`` are found when not given."""
    data = name_data()
    rank_spans = [(c.start, c.end) for c in (find_ranks(text) if ranks is None else ranks)]
    title_spans = [(c.start, c.end) for c in (find_titles(text) if titles is None else titles)]
    words = build_words(text, rank_spans + title_spans, data)
    block_streets(words, data)
    block_animal_names(words)
    runs = name_runs(words)
    cue_matches = data.cues.find(text)
    cues = _cue_positions(words, data, rank_spans, title_spans, cue_matches)
    return PersonContext(
        text=text,
        data=data,
        words=words,
        runs=runs,
        cue_matches=cue_matches,
        cues=cues,
        dotless=_dotless_initials(words, cues),
        not_name_starts=frozenset(s for s, _e, _p in data.after_cue_not_names.find(text) if text[s].isupper()),
        introduced=_introduced_places(words, runs, data),
    )


def _cue_positions(
    words: Words,
    data: NameData,
    rank_spans: list[tuple[int, int]],
    title_spans: list[tuple[int, int]],
    cue_matches: list[tuple[int, int, bool]],
) -> dict[int, str]:
    """End of every cue → its kind: ``rank``, ``title``, ``occupation`` or ``word``."""
    text = words.text
    kinds: dict[int, str] = {end: "title" for _s, end in title_spans}
    kinds.update({end: "rank" for _s, end in rank_spans})
    compound_ends = {end for _s, end, _c in data.cue_compounds.find(text)}
    for start, end, always in cue_matches:
        if end in compound_ends:
            continue  # "trẻ em", "đàn ông": the cue word closes another noun
        span = text[start:end]
        if not always and span[:1].isupper() and not at_sentence_start(text, start):
            # "bà Anh": a capitalised "Anh" in mid-sentence is the name, unless an
            # anonymised name follows ("… hội đồng Em Q. được …").
            m = SPACES.match(text, end)
            after = m.end() if m else end
            if not (INITIAL_DOT.match(text, after) or INITIALS.match(text, after)):
                continue
        if span[:1].isupper() and _cue_opens_place(words, start, end):
            continue  # "Bà Rịa - Vũng Tàu: …", "Cô Tô": the cue word is part of a place name
        kinds.setdefault(end, "occupation" if fold(span) in data.occupation_cues else "word")
    return kinds


def _cue_opens_place(words: Words, start: int, end: int) -> bool:
    """The capitalised cue at ``start`` is the first word of a place name (``Bà Rịa``)."""
    i = words.index_at.get(start)
    if i is None:
        return False
    cue_words = sum(1 for k in range(i, min(i + 4, len(words.starts))) if words.starts[k] < end)
    return place_prefix(words, i, min(i + 5, len(words.starts))) > cue_words


#: after the dot of an initial, what shows it is no sentence's end: a lower-case word, a bracket or a comma
_OWN_DOT = regex.compile(r"[ ]?(?:\p{Ll}|[(,])")


#: a foreign surname after a name's middle initials: " Martin" of "George R.R. Martin"
_LATIN_SURNAME = regex.compile(r" ([A-Z][a-z]+)(?![\p{L}\p{M}])")


def _foreign_surname_after(text: str, end: int) -> int:
    """``end``, or the end of a foreign surname that follows the middle initials ending there."""
    m = _LATIN_SURNAME.match(text, end) if text[end - 1 : end] == "." else None
    return m.end() if m and not vietnamese_syllable(m.group(1)) else end


def _dotless_initials(words: Words, cue_ends: Iterable[int]) -> frozenset[str]:
    """Single-letter names written somewhere after a cue without a dot ("cháu A")."""
    text = words.text
    out = set()
    for pos in cue_ends:
        m = SPACES.match(text, pos)
        if not m:
            continue
        i = words.index_at.get(m.end())
        if i is None:
            continue
        w = words.texts[i]
        if len(w) == 1 and w.isupper() and text[words.ends[i] : words.ends[i] + 1] != ".":
            out.add(w)
    return frozenset(out)


def _introduced_places(words: Words, runs: list[tuple[int, int]], data: NameData) -> frozenset[str]:
    """Latin runs that the text names after a place or organisation word (``công ty Arconic``, ``ở Mongkok``).

    Elsewhere in the same text they are that place or company, not a person
    (``Arconic nhấn mạnh``).
    """
    out = set()
    for i, j in runs:
        start = words.starts[i]
        if is_latin_run(words.texts[i:j]) and data.company_place_cues.search(words.text, max(0, start - 16), start):
            out.add(" ".join(words.texts[i:j]))
    return frozenset(out)
