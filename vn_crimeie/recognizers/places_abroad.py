"""Places abroad: Latin-script names in place context, head nouns, named landmarks.

* A name of the world gazetteer (:func:`vn_crimeie.world_places.latin_place_names`)
  is a place only in place context (a country's name anywhere: ``gấp hai lần Luxembourg``): after a cue of ``latin_cues`` (``tại Des
  Moines``), in brackets, or in a list that closes on a place abroad (``Des Moines,
  Iowa, Mỹ``); and only as a whole capitalised run, so ``Paris Hilton`` and
  ``Austin Motors`` are no places.  After an area cue (``khu vực``) an unknown
  foreign-looking name is a place when a place abroad follows after a comma.
* A head noun of ``foreign_heads`` belongs to the place abroad after it
  (``thủ đô London``, ``bang Iowa``, ``xứ Wales``).
* A landmark head of ``landmark_heads`` and a foreign name make one LOC
  (``tháp Eiffel``, ``lâu đài Jughin``, ``Khu tự trị dân tộc Choang Quảng Tây``).

The lists are in ``lang/vi/places_abroad.yaml``.

>>> t = "Xe chạy từ Des Moines tới Boone, bang Iowa."
>>> [t[p.start : p.end] for p in latin_places(t, [])]
['Des Moines', 'Boone', 'Iowa']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import fold, load_data
from ..world_places import is_latin_words, latin_country_names, latin_place_names
from .foreign_names import vietnamese_syllable
from .persons.names import compound_words
from .place_bounds import NAME_BEFORE, PlaceSpan, closes_compound, with_country_heads

__all__ = ["abroad_places", "latin_places", "landmark_places", "listed_before_abroad", "glossed", "foreign_heads", "cue_before"]

#: a maximal run of capitalised words, at most six (a hyphen or an apostrophe stays inside a word: "Stratford-upon-Avon")
_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,5}(?![\p{L}\p{M}\p{N}])")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\p{M}]*")
#: ", " and the lower-case words (at most four) before the next item of a list of places
_LIST_GAP = regex.compile(r", ((?:\p{Ll}[\p{L}\p{M}]* ){0,4})")
#: a transliteration in brackets: syllables joined by hyphens ("Man-che-xtơ", "Oa-sinh-tơn")
_BRACKETED_GLOSS = regex.compile(r" \((\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)+)\)")


@dataclass(frozen=True)
class _Tables:
    cues: frozenset[str]
    area_cues: frozenset[str]
    heads: tuple[str, ...]
    folded_heads: frozenset[str]
    #: any landmark head (longest first) and the space after it
    landmark_head: regex.Pattern[str]
    max_modifiers: int
    modifier_stops: frozenset[str]


@cache
def _tables() -> _Tables:
    data = load_data("places_abroad.yaml")
    return _Tables(
        cues=frozenset(fold(w) for w in data["latin_cues"]),
        area_cues=frozenset(fold(w) for w in data["area_cues"]),
        heads=tuple(sorted(data["foreign_heads"], key=len, reverse=True)),
        folded_heads=frozenset(fold(w) for w in data["foreign_heads"]),
        landmark_head=regex.compile(
            r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(h) for h in sorted(data["landmark_heads"], key=len, reverse=True)) + ") "
        ),
        max_modifiers=int(data["max_modifiers"]),
        modifier_stops=frozenset(data["modifier_stops"]),
    )


def foreign_heads() -> tuple[str, ...]:
    """The head nouns of a place abroad, longest first.

    >>> "thủ đô" in foreign_heads(), "nước" in foreign_heads()
    (True, False)
    """
    return _tables().heads


def cue_before(text: str, start: int, cues: frozenset[str]) -> bool:
    """One to three words of ``cues`` (folded) end right before ``start``, after one space.

    >>> cue_before("Họ sống ở khu vực Kranshoek", 18, frozenset({"khu vực"})), cue_before("Boone nói", 0, frozenset({"ở"}))
    (True, False)
    """
    before = text[max(0, start - 24) : start]
    if not before.endswith(" "):
        return False
    words = fold(before).rstrip(" ").split(" ")
    return any(" ".join(words[-n:]) in cues for n in (1, 2, 3))


def _next_item(text: str, end: int, cues: frozenset[str]) -> int | None:
    """Where the next item of a list of places starts after ``end``, or None: after ", ", a cue and
    a head noun, each optional (``, ngoại ô thủ đô Paris``).

    >>> t = "Cretail, ngoại ô thủ đô Paris; Boone, nơi Ames"
    >>> _next_item(t, 7, _tables().cues), _next_item(t, 36, _tables().cues)
    (24, None)
    """
    m = _LIST_GAP.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), -1, -1):
        cue, head = " ".join(words[:k]), " ".join(words[k:])
        if (not cue or fold(cue) in cues) and (not head or head in _tables().heads):
            return m.end()
    return None


def latin_places(text: str, abroad: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Latin-script places abroad in ``text``; ``abroad``: the places abroad already found (``Nam Phi``).

    >>> t = "Cháy rừng ở khu vực Kranshoek, Nam Phi; Paris Hilton tới Austin Motors."
    >>> [t[p.start : p.end] for p in latin_places(t, [PlaceSpan(31, 38, "gazetteer", "Nam Phi")])]
    ['Kranshoek']
    """
    tables = _tables()
    names, countries = latin_place_names(), latin_country_names()
    starts = {p.start for p in abroad}
    runs = [_after_head(text, run, names) for m in _RUN.finditer(text) if (run := _latin_tail(m)) is not None and run.start not in starts]
    found: dict[int, PlaceSpan] = {}
    # right to left, so that a name before ", <place>" sees the place after it
    for m in reversed(runs):
        name = m.name
        nxt = _next_item(text, m.end, tables.cues)
        listed = nxt is not None and (nxt in starts or nxt in found)
        if name in names:
            bracketed = text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
            if not (listed or bracketed or name in countries or cue_before(text, m.start, tables.cues)):
                continue
        elif not (listed and cue_before(text, m.start, tables.area_cues) and _foreign_looking(name)):
            continue
        found[m.start] = PlaceSpan(m.start, m.end, "gazetteer", name)
    # left to right: a known name after ", " that follows a place of the list ("Des Moines, Iowa")
    ends = {p.end for p in abroad} | {p.end for p in found.values()}
    for m in runs:
        if m.start not in found and m.name in names and text[m.start - 2 : m.start] == ", " and m.start - 2 in ends:
            found[m.start] = PlaceSpan(m.start, m.end, "gazetteer", m.name)
            ends.add(m.end)
    return sorted(found.values(), key=lambda p: p.start)


@dataclass(frozen=True)
class _Run:
    """Latin-script words that close a capitalised run: ``Des Moines`` of ``Tại Des Moines``."""

    start: int
    end: int
    name: str


def _latin_tail(m: regex.Match[str]) -> _Run | None:
    """The longest run of Latin-script words that ends ``m`` (None when its last word is not one)."""
    words = m.group().split(" ")
    k = len(words)
    while k > 0 and is_latin_words(words[k - 1 : k]):
        k -= 1
    if k == len(words):
        return None
    tail = " ".join(words[k:])
    return _Run(m.end() - len(tail), m.end(), tail)


def _after_head(text: str, run: _Run, names: frozenset[str]) -> _Run:
    """After a head noun of a place abroad, the longest known name that opens ``run``: the words after it
    are something else (``bang Iowa Joni Ernst``: a senator's name)."""
    words = run.name.split(" ")
    if run.name in names or len(words) < 2 or not cue_before(text, run.start, _tables().folded_heads):
        return run
    for k in range(len(words) - 1, 0, -1):
        name = " ".join(words[:k])
        if name in names:
            return _Run(run.start, run.start + len(name), name)
    return run


def listed_before_abroad(text: str, abroad: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """A name of one to three capitalised words after a place cue and before ``", "`` and a place of
    ``abroad``: a place of that list (``ở Quế Lâm, Khu tự trị dân tộc Choang Quảng Tây``).

    >>> t = "Lễ hội ở Quế Lâm, Quảng Tây. Anh Lê Văn An, Mỹ."
    >>> [t[p.start : p.end] for p in listed_before_abroad(t, [PlaceSpan(18, 27, "gazetteer", "Quảng Tây")])]
    ['Quế Lâm']
    """
    cues = _tables().cues
    starts = {p.start for p in abroad}
    out: list[PlaceSpan] = []
    for p in abroad:
        if text[p.start - 2 : p.start] != ", ":
            continue
        m = NAME_BEFORE.search(text, max(0, p.start - 42), p.start - 2)
        if m is not None and m.start() not in starts and cue_before(text, m.start(), cues):
            out.append(PlaceSpan(m.start(), m.end(), "gazetteer", m.group()))
    return out


def glossed(text: str, abroad: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """The Vietnamese transliteration in brackets right after a place abroad: ``Manchester (Man-che-xtơ)``.

    >>> t = "Vụ tấn công ở Manchester (Man-che-xtơ) và Paris (Pháp)."
    >>> [t[p.start : p.end] for p in glossed(t, [PlaceSpan(14, 24, "gazetteer", "Manchester")])]
    ['Man-che-xtơ']
    """
    out: list[PlaceSpan] = []
    for p in abroad:
        m = _BRACKETED_GLOSS.match(text, p.end)
        if m is not None:
            out.append(PlaceSpan(m.start(1), m.end(1), "gazetteer", m.group(1)))
    return out


def _closes_word(text: str, start: int) -> bool:
    """The word at ``start`` closes a compound word opened before it (``liên bang``, ``xuất xứ``, ``trình làng``),
    or a capitalised name runs on into it (``Đồng Tháp``): it heads no place there."""
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha() and text[start].isupper():
        before = text[max(0, start - 12) : start - 1].split(" ")[-1]
        if before[:1].isupper():
            return True
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return closes_compound(text, start, end)


def _foreign_looking(name: str) -> bool:
    """Some word of ``name`` is no Vietnamese syllable (``Kranshoek``, not ``Minh``)."""
    return any(not vietnamese_syllable(w) for w in name.split(" "))


def landmark_places(text: str, abroad: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """A landmark head, at most a few lower-case words and a foreign name: ``lâu đài Jughin``, ``Đồi phù thủy Pendle``.

    >>> t = "Họ tới lâu đài Jughin rồi sang tháp ở Paris."
    >>> [t[p.start : p.end] for p in landmark_places(t, [])]
    ['lâu đài Jughin']
    """
    tables = _tables()
    ends = {p.end for p in abroad}
    out: list[PlaceSpan] = []
    for m in tables.landmark_head.finditer(text):
        if _closes_word(text, m.start()):
            continue
        pos = _after_modifiers(text, m.end(), tables)
        run = _RUN.match(text, pos) if pos is not None else None
        if run is None or any(len(w) > 1 and w.isupper() for w in run.group().split(" ")):
            continue  # no name, or an abbreviation ("TP")
        words = run.group().split(" ")
        # a foreign name opens the run, or a short run has a foreign word ("Eyam Plague", not "Cam Ranh Theo Geopolitical Monitor")
        foreign = is_latin_words(words) and (not vietnamese_syllable(words[0]) or (len(words) <= 3 and _foreign_looking(run.group())))
        if foreign or run.end() in ends:
            out.append(PlaceSpan(m.start(), run.end(), "landmark", run.group()))
    return out


def _after_modifiers(text: str, pos: int, tables: _Tables) -> int | None:
    """Where the name starts after the lower-case words that follow a landmark head (None when the
    head and the first of them make a compound word: ``đồi núi``)."""
    head_end = pos - 1
    for k in range(tables.max_modifiers):
        word = _LOWER_WORD.match(text, pos)
        if word is None or word.group() in tables.modifier_stops or text[word.end() : word.end() + 1] != " ":
            break
        if k == 0 and f"{text[:head_end].rsplit(' ', 1)[-1].lower()} {word.group()}" in compound_words():
            return None
        pos = word.end() + 1
    return pos


def abroad_places(text: str, abroad: Sequence[PlaceSpan], plurals: frozenset[str] = frozenset()) -> list[PlaceSpan]:
    """The places abroad that the gazetteer names of ``abroad`` leave out: Latin-script names, the
    names with their head nouns (not after a word of ``plurals``) and landmarks.

    >>> t = "Ông sống ở thủ đô London rồi về bang Iowa, gần tháp Eiffel."
    >>> [t[p.start : p.end] for p in abroad_places(t, [PlaceSpan(18, 24, "gazetteer", "London")])]
    ['Iowa', 'thủ đô London', 'bang Iowa', 'tháp Eiffel']
    """
    landmarks = landmark_places(text, abroad)
    latin = latin_places(text, [*abroad, *landmarks])  # a list may go on after a landmark ("tháp X, Kent")
    heads = with_country_heads(text, [*abroad, *latin], foreign_heads(), plurals)
    found = [*abroad, *landmarks, *latin]
    return latin + [h for h in heads if not _closes_word(text, h.start)] + landmarks + listed_before_abroad(text, found) + glossed(text, found)
