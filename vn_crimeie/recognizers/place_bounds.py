"""Where a place name starts and ends, where the words around it could carry it on or cut it.

* a Vietnamese full name closes the place of an organisation, not the place
  (:func:`before_full_name`: ``UBND tỉnh An Giang`` + ``Lê Văn Phước``);
* a lower-case geographic word that closes a compound word is no place head
  (:func:`closes_compound`: ``yêu cầu An Giang``);
* a country's head noun belongs to it (:func:`with_country_heads`: ``nước Anh``,
  ``Vương quốc Anh``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

import regex

from ..admin_map import AdminUnit, known_name_end
from ..lexicon import fold
from ..place_data import place_data
from .foreign_names import foreign_data, is_latin_run, vietnamese_syllable
from .persons.names import compound_words, name_data

__all__ = ["PlaceSpan", "NAME_BEFORE", "before_full_name", "closes_compound", "country_in_clause", "established_countries", "foreign_given_before", "listed_countries", "with_country_heads", "word_before", "unicode_mark"]

#: the word right before a position, after one space
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+) $")
#: one to three capitalised words that end where a search stops (a name before ", " + a place)
NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}$")


@dataclass(frozen=True)
class PlaceSpan:
    """A place found in the text: ``text[start:end]``, its kind and canonical name."""

    start: int
    end: int
    kind: str  # "admin" (with an administrative word), "gazetteer", "street", "address" (a bare name the map places)
    canonical: str
    #: for an "address" name, the units of the map it names inside the place after it
    units: tuple[AdminUnit, ...] = field(default=(), compare=False)


def unicode_mark(ch: str) -> bool:
    """True for a combining mark (kept inside words).

    >>> [unicode_mark(c) for c in unicodedata.normalize("NFD", "Hà")]
    [False, False, True]
    """
    return unicodedata.category(ch).startswith("M")


def word_before(text: str, start: int) -> str:
    """The word that ends right before ``start`` (spaces between skipped), or ``""``.

    >>> word_before("ở Hà Nội", 2), word_before("Hà Nội", 0)
    ('ở', '')
    """
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or unicode_mark(text[k - 1])):
        k -= 1
    return text[k:j]


def closes_compound(text: str, start: int, end: int, keeps_place: frozenset[str] = frozenset()) -> bool:
    """``text[start:end]`` closes a two-syllable word of underthesea's dictionary opened by the word before it.

    A first syllable of ``keeps_place`` leaves it a word of its own (``qua cầu``).

    >>> t = "Phó Thủ tướng yêu cầu An Giang tiếp tục"
    >>> closes_compound(t, 18, 21), closes_compound("đi qua cầu Long Biên", 7, 10, frozenset({"qua"}))
    (True, False)
    """
    if start < 2 or text[start - 1] != " ":
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or m.group(1).lower() in keeps_place:
        return False
    return f"{m.group(1).lower()} {text[start:end]}" in compound_words()


def before_full_name(text: str, pos: int, stop: int, word: str = "", places: frozenset[str] = frozenset()) -> int:
    """The end of the place name ``text[pos:stop]`` before a Vietnamese full name that closes it.

    In ``Chủ tịch UBND huyện Tuy Phước Trần Văn Bình`` the official's name follows
    the place of his organisation: a frequent surname and one to three given
    names end the place when the words before them are a place of the
    gazetteer (the spellings ``places``) or a unit of the map (of the
    administrative ``word``).

    >>> t = "Giám đốc Công an tỉnh Nghệ An Nguyễn Văn Hùng"
    >>> t[22 : before_full_name(t, 22, len(t), "tỉnh")]
    'Nghệ An'
    >>> t = "tỉnh Bình Dương Nguyễn Văn A"
    >>> t[5 : before_full_name(t, 5, len(t), "tỉnh")]
    'Bình Dương'
    >>> t = "phường Lê Văn Tám"
    >>> t[7 : before_full_name(t, 7, len(t), "phường")]
    'Lê Văn Tám'
    """
    surnames = name_data().frequent_surnames
    words = text[pos:stop].split(" ")
    cut = pos
    for k, w in enumerate(words[:-1]):
        cut += len(w)  # the space before word k + 1
        if 2 <= len(words) - k - 1 <= 4 and words[k + 1] in surnames:
            if text[pos:cut] in places or known_name_end(text[:cut], pos, word) == cut:
                return cut
        cut += 1
    return stop


def with_country_heads(
    text: str, countries: Iterable[PlaceSpan], heads: Iterable[str], plurals: frozenset[str] = frozenset()
) -> list[PlaceSpan]:
    """The countries written after a head noun of ``heads``, with it: ``nước Anh``, ``Vương quốc Anh``.

    Not a name in lower case (``nước châu Âu``) nor after a word of ``plurals`` (``các nước Trung Đông``).

    >>> t = "Ông sống ở nước Anh, sau đó về Hợp chủng quốc Hoa Kỳ."
    >>> found = with_country_heads(t, [PlaceSpan(16, 19, "gazetteer", "Anh"), PlaceSpan(46, 52, "gazetteer", "Hoa Kỳ")], ["nước", "Hợp chủng quốc"])
    >>> [t[p.start : p.end] for p in found]
    ['nước Anh', 'Hợp chủng quốc Hoa Kỳ']
    >>> with_country_heads("các nước Trung Đông", [PlaceSpan(9, 19, "gazetteer", "Trung Đông")], ["nước"], frozenset({"các"}))
    []
    """
    heads = sorted(heads, key=len, reverse=True)
    out: list[PlaceSpan] = []
    for p in countries:
        if not text[p.start].isupper():
            continue
        for head in heads:
            start = p.start - len(head) - 1
            if start >= 0 and text.startswith(head + " ", start) and (start == 0 or not text[start - 1].isalnum()):
                before = _WORD_BEFORE.search(text, max(0, start - 12), start)
                if before is None or before.group(1) not in plurals:
                    out.append(PlaceSpan(start, p.end, p.kind, p.canonical))
                break
    return out


def country_in_clause(text: str, start: int, end: int) -> bool:
    """A country of ``countries_in_clause`` inside a clause: after a lower-case word that names no person
    (``country_not_after``), not followed by another capitalised word.

    >>> t = "Liên quân do Mỹ dẫn đầu; chị Mỹ bán hàng; Mỹ Linh hát."
    >>> [country_in_clause(t, s, s + 2) for s in (13, 31, 42)]
    [True, False, False]
    >>> t = "phóng viên Pháp luật Plus"
    >>> country_in_clause(t, 11, 15)
    False
    """
    data = place_data()
    if text[start:end] not in data.countries_in_clause:
        return False
    return _inside_clause(text, start, end)


def _inside_clause(text: str, start: int, end: int) -> bool:
    """A country at ``text[start:end]`` after a lower-case word that names no person, no capital word after it."""
    data = place_data()
    if regex.match(r" \p{Lu}", text[end : end + 2]):
        return False
    following = regex.match(r" ([\p{L}\p{M}]+)", text[end : end + 12])
    if following is not None and fold(f"{text[start:end]} {following.group(1)}") in data.country_compounds:
        return False  # "phóng viên Pháp luật Plus", "hàng Mỹ phẩm"
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).islower() and fold(m.group(1)) not in data.country_not_after


def established_countries(text: str, cued: Sequence[PlaceSpan], uncued: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Countries without a cue (``uncued``) inside a clause, when the text names the same country with a cue
    elsewhere (``cued``) and never writes it after a word that names a person ("chị Nga").

    >>> t = "Tổng thống Nga phát biểu. Mỹ cáo buộc Nga can thiệp; luật sư Nga nói."
    >>> places = [PlaceSpan(11, 14, "gazetteer", "Nga"), PlaceSpan(38, 41, "gazetteer", "Nga"), PlaceSpan(61, 64, "gazetteer", "Nga")]
    >>> [p.start for p in established_countries(t, places[:1], places[1:])]
    [38, 61]
    >>> established_countries("Tổng thống Nga nói. Chị Nga về, với Nga.", [PlaceSpan(11, 14, "gazetteer", "Nga")], [PlaceSpan(36, 39, "gazetteer", "Nga")])
    []
    >>> established_countries("Tổng thống Nga nói. Bị cáo Phương Nga về, với Nga.", [PlaceSpan(11, 14, "gazetteer", "Nga")], [PlaceSpan(46, 49, "gazetteer", "Nga")])
    []
    """
    person_words = place_data().country_not_after
    named = {text[p.start : p.end] for p in cued}
    a_person: dict[str, bool] = {}  # "chị Nga", "Trương Hồ Phương Nga" somewhere: the name is a person's in this text
    out = []
    for p in uncued:
        spelling = text[p.start : p.end]
        if spelling not in named or not _inside_clause(text, p.start, p.end):
            continue
        if spelling not in a_person:
            mentions = regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(spelling)}(?![\p{{L}}\p{{M}}])", text)
            a_person[spelling] = any(_names_person(text, m.start(), person_words) for m in mentions)
        if not a_person[spelling]:
            out.append(p)
    return out


def foreign_given_before(word: str, spellings: Collection[str]) -> bool:
    """A capitalised Latin word that cannot be Vietnamese and names no place (``spellings``): a person's first
    name, so the foreign place after it ends that name ("Denzel Washington").

    >>> [foreign_given_before(w, {"Texas"}) for w in ("Denzel", "Bang", "New", "Texas", "thủ")]
    [True, False, False, False, False]
    """
    return (
        word[:1].isupper() and is_latin_run([word]) and not vietnamese_syllable(word)
        and word not in spellings and word not in foreign_data().place_openers
    )


def _names_person(text: str, start: int, person_words: frozenset[str]) -> bool:
    """A mention at ``start`` after a word that names a person ("chị") or ending a capitalised name ("Phương Nga")."""
    before = word_before(text, start)
    return fold(before) in person_words or (before[:1].isupper() and text[start - 1 : start] == " ")


def listed_countries(
    text: str, abroad: Sequence[PlaceSpan], uncued: list[PlaceSpan], list_join: regex.Pattern[str], width: int
) -> list[PlaceSpan]:
    """Countries without a cue (``uncued``) that stand in a list with places ``abroad`` ("ở London, Anh, Pháp và Đức");
    ``list_join`` matches what joins two items (", ", " và "), at most ``width`` characters long.

    >>> t = "có Anh, Pháp, Hy Lạp"
    >>> found = listed_countries(t, [PlaceSpan(14, 20, "gazetteer", "Hy Lạp")], [PlaceSpan(3, 6, "gazetteer", "Anh"), PlaceSpan(8, 12, "gazetteer", "Pháp")], regex.compile(", | và "), 4)
    >>> [t[p.start : p.end] for p in found]
    ['Anh', 'Pháp']
    """
    ends = {p.end for p in abroad}
    starts = {p.start for p in abroad}
    out: list[PlaceSpan] = []
    # in text order, then back: a country joins the list that the one before or after it joined ("Anh, Pháp, Hy Lạp")
    for p in [*uncued, *reversed(uncued)]:
        if p in out:
            continue
        before = list_join.search(text, max(0, p.start - width), p.start)
        after = list_join.match(text, p.end)
        if (before is not None and before.end() == p.start and before.start() in ends) or (
            after is not None and after.end() in starts
        ):
            out.append(p)
            ends.add(p.end)
            starts.add(p.start)
    return sorted(out, key=lambda p: p.start)
