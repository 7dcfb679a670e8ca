"""LOC: geographic places, from ``lang/vi/places.yaml``.

Three kinds of evidence:

* an administrative or geographic word and a capitalised name (or a number
  where the unit is numbered): ``tỉnh Nghệ An``, ``huyện Quỳnh Lưu``,
  ``TP. Đà Nẵng``, ``TP.Hải Phòng``, ``quận 4``, ``QL1A``, ``đường Nguyễn Trãi``;
* a name of the gazetteer on its own: provinces before and after the 2025
  merger, frequent districts and cities, foreign countries (``Hà Nội``,
  ``Campuchia``);
* a street after a house number (``số 7 Nguyễn Hữu Huân``).

Each part of a comma-separated address is its own LOC (a bare name before a place
when the map holds it inside that place, :mod:`.address_chain`). A LOC inside an ORG or
a VENUE loses to it in the resolver (lower priority).  The name scanner
(:func:`name_end`) and the place finder (:func:`place_spans`) are shared with
the ORG and VENUE recognisers.

>>> t = "Trú tại xã Vĩnh Ngọc, TP Nha Trang, tỉnh Khánh Hòa."
>>> [t[c.start:c.end] for c in find(t)]  # the resolver keeps the longest of nested ones
['xã Vĩnh Ngọc', 'TP Nha Trang', 'Nha Trang', 'tỉnh Khánh Hòa', 'Khánh Hòa']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import regex

from ..admin_map import known_name_end, place_values
from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import PhraseMatcher, fold
from ..place_data import PlaceData, place_data
from .address_chain import cued_districts, listed_units, named_inside
from .foreign_names import looks_foreign
from .person_places import full_name, names_a_person
from .place_areas import after_residence_cue, crossroad_streets, is_region, region_names, region_places, residential_places
from .place_bounds import PlaceSpan, before_full_name, closes_compound, country_in_clause, established_countries, foreign_given_before, listed_countries, unicode_mark, with_country_heads, word_before  # noqa: F401 - crimes reads unicode_mark here
from .places_abroad import abroad_places, cue_before

__all__ = ["find", "place_spans", "name_end", "gazetteer", "PlaceSpan"]

PRIORITY = PRIORITIES["locations"]
#: a gazetteer name of three words or more
PRIORITY_FULL_NAME = PRIORITIES["locations.full_name"]
PRIORITY_LANDMARK = PRIORITIES["locations.landmark"]  # "lâu đài Jughin" over ORG "đài Jughin"

# A run of capitalised words (at most 6).  Each word starts with an upper-case
# letter and runs to the end of its letters; the words are separated by one
# space, so the pattern is linear.
# a capitalised syllable, with an apostrophe inside for names of the Central Highlands ("M'Đrắk", "H'leo")
_SYLLABLE = r"\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?"
_NAME = regex.compile(rf"{_SYLLABLE}(?: {_SYLLABLE}){{0,5}}(?![\p{{L}}\p{{M}}\p{{N}}])")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_NUMBER = regex.compile(r"\d{1,4}[A-Za-z]?(?![\p{L}\p{M}\p{N}])")
_TRAILING_NUMBER = regex.compile(r" \d{1,2}[A-Z]?([,.;)]|$)")
_DASH_NAME = regex.compile(r" ?[-–] (?=\p{Lu})")
_ADDRESS_NAME = regex.compile(r"(?:, | \()(?=\p{Lu})")
# What may follow the last name of a chain or an address part.
_CLOSES = regex.compile(r"(?:[,.;:)]| [-–(]|$| \p{Ll})")


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Every spelling of a named place → ``(canonical name, kind)``.

    >>> gazetteer()["TP.HCM"]
    ('Thành phố Hồ Chí Minh', 'city')
    """
    data = place_data()
    table: dict[str, tuple[str, str]] = {}
    for province in data.provinces:
        for spelling in province.spellings:
            table[spelling] = (province.canonical, province.kind)
    for name in data.districts:
        table.setdefault(name, (name, "district"))
    for name in data.foreign:
        table.setdefault(name, (name, "foreign"))
    first_spelling: dict[str, str] = {}
    for name in region_names():  # "Tây Nam bộ" is named as "Tây Nam Bộ", listed first
        table.setdefault(name, (first_spelling.setdefault(name.lower(), name), "region"))
    return table


@dataclass(frozen=True)
class _Tables:
    admin: PhraseMatcher[tuple[str, bool]]
    places: PhraseMatcher[tuple[str, str]]
    stop_first: frozenset[str]
    country_heads: tuple[str, ...]
    country_head_plurals: frozenset[str]
    function_stops: frozenset[str]
    stop_phrases: tuple[str, ...]
    person_words: frozenset[str]
    honorifics: frozenset[str]
    needs_cue: frozenset[str]
    cues: frozenset[str]
    rulers: frozenset[str]
    spellings: frozenset[str]
    kind_nouns: frozenset[str]
    #: lower-case geographic words (not streets) that are no head when they close a compound word, and the exceptions
    compound_heads: frozenset[str]
    compound_keeps_place: frozenset[str]
    address_cues: frozenset[str]
    #: canonical admin words that are streets, communes/wards, lower-case only, need a dot in capitals, glue to a number
    streets: frozenset[str]
    address_levels: frozenset[str]
    lower_only: frozenset[str]
    upper_needs_dot: frozenset[str]
    glued_number: frozenset[str]
    #: a house number and a street: "số 7 Nguyễn Hữu Huân", "24 Hàng Muối, phường …"
    house: regex.Pattern[str]
    #: road codes written without a space ("QL1A", "QL.14", "TL8") and the admin word of each code
    road_code: regex.Pattern[str]
    road_codes: dict[str, str]
    #: ", phường …" after a street named behind a bare house number
    address_next: regex.Pattern[str]
    #: between two items of a list of places: ", " or " và "
    list_join: regex.Pattern[str]
    list_join_width: int


def _patterns(data: PlaceData) -> dict[str, Any]:
    """The regexes built from the word lists of ``places.yaml``."""
    house_words = sorted(data.house_number_words, key=len, reverse=True)
    house = "|".join(f"[{w[0].upper()}{w[0]}]" + regex.escape(w[1:], literal_spaces=True) for w in house_words)
    codes = "|".join(regex.escape(code) for code, _ in data.road_codes)
    next_words = "|".join(regex.escape(w, literal_spaces=True) for w in data.address_next_words)
    joiners = [", ", *(f" {w} " for w in data.list_joiners)]
    return {
        "house": regex.compile(
            r"(?<![\p{L}\p{M}\p{N}])(?P<word>(?:" + house + r") )?\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2} (?=\p{Lu})"
        ),
        "road_code": regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?P<code>" + codes + r")\.?\d{1,3}[A-Z]?(?![\p{L}\p{M}\p{N}])"),
        "road_codes": dict(data.road_codes),
        "address_next": regex.compile(r", ?(?:" + next_words + r")\b"),
        "list_join": regex.compile("|".join(regex.escape(j, literal_spaces=True) for j in joiners)),
        "list_join_width": max(len(j) for j in joiners),
    }


@cache
def _tables() -> _Tables:
    data = place_data()
    admin: dict[str, tuple[str, bool]] = {}
    for word in data.admin_words:
        for spelling in word.spellings:
            admin[spelling] = (word.canonical, word.numbered)
    lower_only = data.admin_canonicals("lower_only")
    stops = list(data.name_stop)
    stops += [w for w in admin if w[:1].isupper()]
    # Capitalised, a geographic word is part of a name ("huyện Đầm Hà", "sông Cầu Đông").
    stops += [w.capitalize() for w in admin if " " not in w and w[:1].islower() and admin[w][0] not in lower_only]
    table = gazetteer()
    return _Tables(
        admin=PhraseMatcher(admin),
        places=PhraseMatcher(table),
        stop_first=frozenset(s.split(" ")[0].rstrip(".") for s in stops),
        country_heads=data.country_heads,
        country_head_plurals=frozenset(data.country_head_plurals),
        function_stops=frozenset(data.name_stop_function_words),
        stop_phrases=tuple(sorted(set(stops), key=len, reverse=True)),
        person_words=frozenset(data.person_words),
        honorifics=frozenset(data.honorifics),
        needs_cue=frozenset(data.foreign_needs_cue),
        cues=frozenset(fold(c) for c in data.place_cues + data.country_cues),
        rulers=frozenset(fold(c) for c in data.ruler_cues),
        spellings=frozenset(table),
        kind_nouns=frozenset(fold(w) for w in data.kind_nouns),
        compound_heads=lower_only - data.admin_canonicals("street"),
        compound_keeps_place=frozenset(data.compound_keeps_place),
        address_cues=frozenset(fold(w) for w in data.address_cues),
        streets=data.admin_canonicals("street"),
        address_levels=data.admin_canonicals("address_level"),
        lower_only=lower_only,
        upper_needs_dot=data.admin_canonicals("upper_needs_dot"),
        glued_number=data.admin_canonicals("glued_number"),
        **_patterns(data),
    )


def _stops_at(text: str, pos: int, tables: _Tables) -> bool:
    word = _WORD.match(text, pos)
    if word is None or word.group().rstrip(".") not in tables.stop_first:
        return False
    for phrase in tables.stop_phrases:
        if text.startswith(phrase, pos):
            after = pos + len(phrase)
            if phrase.endswith(".") or after >= len(text) or not text[after].isalnum():
                return True
    return False


def _function_word_at(text: str, pos: int, tables: _Tables) -> bool:
    """Whether the word at ``pos`` is a function word of ``name_stop`` followed by more of a name."""
    word = _WORD.match(text, pos)
    return word is not None and word.group() in tables.function_stops and _NAME.match(text, word.end() + 1) is not None


def name_end(text: str, pos: int, *, max_words: int = 6, named: bool = False) -> int | None:
    """End of the capitalised name that starts at ``pos``, or None.

    The name stops before a word that starts another entity (``Công an``, a
    rank, an administrative word …).  ``named``: the word before demands a name
    (an administrative word), so a function word opens it (``huyện Tuy Phước``).

    >>> t = "huyện Thủy Nguyên Công an"
    >>> t[6:name_end(t, 6)]
    'Thủy Nguyên'
    >>> t = "huyện Tuy Phước, huyện M'Đrắk"
    >>> t[6:name_end(t, 6, named=True)], t[23:name_end(t, 23, named=True)], name_end(t, 6)
    ('Tuy Phước', "M'Đrắk", None)
    """
    m = _NAME.match(text, pos)
    if m is None:
        return None
    tables = _tables()
    if _stops_at(text, pos, tables) and not (named and _function_word_at(text, pos, tables)):
        return None
    end = m.end()
    count = 1
    i = text.find(" ", pos, end)
    while i != -1:
        if count >= max_words or _stops_at(text, i + 1, tables):
            return i
        count += 1
        i = text.find(" ", i + 1, end)
    return end


def _admin_places(text: str, tables: _Tables) -> list[PlaceSpan]:
    out: list[PlaceSpan] = []
    for start, end, (canonical, numbered) in tables.admin.find_all(text):
        word = text[start:end]
        if canonical in tables.lower_only and not word[:1].islower():
            continue
        closing = canonical in tables.compound_heads or word[:1].islower() and canonical not in tables.streets
        if closing and closes_compound(text, start, end, tables.compound_keeps_place):
            continue  # "yêu cầu An Giang"; "Bộ Nông nghiệp và Phát triển nông thôn Vũ Văn Tám"
        if word.isupper() and len(word) > 1 and not word.endswith(".") and canonical in tables.upper_needs_dot:
            continue
        pos = end
        if pos < len(text) and text[pos] == " ":
            pos += 1
        elif not word.endswith(".") and not (word.isupper() and canonical in tables.glued_number):
            continue
        if pos >= len(text):
            continue
        stop = None
        # A gazetteer spelling right after the word wins over a plain name ("TP.HCM", "tỉnh TT- Huế").
        for s, e, _ in tables.places.find_all(text[pos : pos + 40]):
            if s == 0 and text[pos : pos + e] in tables.spellings:
                stop = max(stop or 0, pos + e)
        plain = name_end(text, pos, named=True)
        if stop is None or (plain is not None and plain > stop and not _stops_at(text, stop + 1, tables)):
            stop = plain if plain is not None else stop  # "xã Mỹ Xuân": the name goes on past "Mỹ"
        known = known_name_end(text, pos, canonical)  # a unit of the map run on over a stop word ("xã Tiến Bộ")
        if known is not None and known > (stop or 0):
            stop = known
        if stop is None and numbered:
            m = _NUMBER.match(text, pos)
            if m:
                stop = m.end()
        if stop is None or is_region(text[pos:stop]):
            continue  # "các tỉnh Tây Nguyên": the provinces of a region, the region is the LOC
        if word.endswith(".") and text[pos].isalpha() and (stop - pos < 2 or text[start - 1 : start] == "."):
            continue  # initials of a person ("L.H.C.", "Đ.P.Đ."), not "H." + a district
        m = _TRAILING_NUMBER.match(text, stop)
        if m and not text[pos].isdigit():
            stop = m.end() - len(m.group(1))  # "ấp Hậu Giang 1", "khu phố Tân Long 2"
        stop = before_full_name(text, pos, stop, canonical, tables.spellings)
        if canonical not in tables.streets and names_a_person(text, pos, stop, canonical, tables.spellings):
            continue  # "UBND TP Nguyễn Thành Phong": the city said bare, then the chairman's name
        out.append(PlaceSpan(start, stop, "admin", canonical))
        if canonical in tables.streets:
            out.extend(_chain(text, stop, canonical, tables, streets=True))
    return out


def _chain(text: str, end: int, canonical: str, tables: _Tables, *, streets: bool) -> list[PlaceSpan]:
    """Names joined to a place by a dash: ``đường Trường Chinh - Trần Đại Cang - Bà Triệu``,
    ``Lạng Sơn - Tiên Yên``.  Outside streets a person-like name ends the chain."""
    out: list[PlaceSpan] = []
    for _ in range(4):
        m = _DASH_NAME.match(text, end)
        if m is None:
            break
        pos = m.end()
        stop = name_end(text, pos, max_words=4)
        if stop is None or not _CLOSES.match(text, stop) or not _is_place_name(text[pos:stop], tables):
            break
        if not streets and text[pos:].split(" ", 1)[0] in tables.person_words:
            break
        out.append(PlaceSpan(pos, stop, "admin" if streets else "gazetteer", canonical if streets else text[pos:stop]))
        end = stop
    return out


def _is_place_name(name: str, tables: _Tables) -> bool:
    """Two words or more, not a short form, not opened by an honorific ("Bà Trần Lưu Hoa")."""
    words = name.split(" ")
    return len(words) >= 2 and not name.isupper() and words[0] not in tables.honorifics


def _address_parts(text: str, places: list[PlaceSpan], tables: _Tables) -> list[PlaceSpan]:
    """Bare names that continue an address after a commune or ward, each its own LOC:
    ``xã Phà Đánh, Kỳ Sơn, …``, ``xã Vượng Lộc (Can Lộc)``, ``thôn A, Văn Đức, Chí Linh, Hải Dương``.

    A name that looks like a person's (``Văn Đức``) is kept only when the chain
    goes on to a known place or closes with a bracket."""
    out: list[PlaceSpan] = []
    starts = {p.start for p in places}
    for p in places:
        if p.kind != "admin" or p.canonical not in tables.address_levels:
            continue
        end = p.end
        pending: list[PlaceSpan] = []
        for _ in range(4):
            m = _ADDRESS_NAME.match(text, end)
            if m is None:
                break
            pos = m.end()
            if pos in starts:  # the next part is already a place: the chain is confirmed
                out.extend(pending)
                pending = []
                break
            stop = name_end(text, pos, max_words=3)
            if stop is None or text[stop : stop + 1] not in (",", ")", ".", ";") or not _is_place_name(text[pos:stop], tables):
                break
            part = PlaceSpan(pos, stop, "gazetteer", text[pos:stop])
            if text[pos:].split(" ", 1)[0] in tables.person_words:
                pending.append(part)
            else:
                out.extend(pending)
                pending = []
                out.append(part)
            if text[stop : stop + 1] == ")":
                out.extend(pending)
                pending = []
                break
            end = stop
    return out


# Two or three capitalised words that end right before ", " + a province.
_BEFORE_PROVINCE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,2}$")


def _before_province(text: str, places: list[PlaceSpan], tables: _Tables) -> list[PlaceSpan]:
    """A district or town named bare before its province: ``ở Yên Thành, Nghệ An``,
    ``quê Diễn Châu, Nghệ An``.  The name is two words (three when the gazetteer knows
    them); a name that opens like a person's needs a place cue or a bracket before it."""
    out: list[PlaceSpan] = []
    starts = {p.start for p in places}
    for p in places:
        if p.kind != "gazetteer" or text[p.start - 2 : p.start] != ", ":
            continue
        if gazetteer().get(text[p.start : p.end], ("", ""))[1] not in ("province", "city"):
            continue
        end = p.start - 2
        m = _BEFORE_PROVINCE.search(text, max(0, end - 40), end)
        if m is None:
            continue
        words = m.group().split(" ")
        start = end - len(" ".join(words[-2:]))
        if len(words) == 3 and m.group() in tables.spellings:
            start = m.start()
        if start in starts or _stops_at(text, start, tables):
            continue
        first = text[start:end].split(" ", 1)[0]
        prev = word_before(text, start)
        opened = text[start - 1 : start] == "(" or fold(prev) in tables.cues
        if not opened and (first in tables.person_words or prev in tables.honorifics or fold(prev) not in tables.address_cues):
            continue
        out.append(PlaceSpan(start, end, "gazetteer", text[start:end]))
    return out


def _gazetteer_places(text: str, tables: _Tables) -> tuple[list[PlaceSpan], list[PlaceSpan]]:
    """The gazetteer names of ``text`` that are places, and the countries left that need a cue and had none."""
    out: list[PlaceSpan] = []
    uncued: list[PlaceSpan] = []  # countries that need a cue and had none
    for start, end, (canonical, kind) in tables.places.find_all(text):
        spelling = text[start:end]
        if spelling not in tables.spellings:  # names keep their capitalisation
            continue
        prev = word_before(text, start)
        if prev in tables.person_words and text[start - 1 : start] == " ":
            continue
        if kind == "foreign" and text[start - 1 : start] == " " and foreign_given_before(prev, tables.spellings):
            continue  # "Denzel Washington": the end of a foreign person's name
        cued = spelling not in tables.needs_cue or _has_cue(text, start, end, tables) or country_in_clause(text, start, end)
        if kind == "foreign" and _after_kind_noun(text, start, tables):
            continue  # "dao Thái Lan": a kind of goods
        # Part of a longer capitalised name ("Hà Nam Ninh", "Thanh Hóa Đỏ")? Leave it,
        # unless a foreign person's name follows a country after a cue or a common word ("Tổng thống Mỹ
        # Donald Trump", "lãnh đạo Triều Tiên Kim Jong-un"), not one that opens a name ("Paris Hilton").
        nxt = _NAME.match(text, end + 1) if text[end : end + 1] == " " else None
        if nxt is not None and not _stops_at(text, end + 1, tables) and text[end + 1 :].split(" ", 1)[0] not in tables.stop_first:
            following = text[end + 1 : nxt.end()]
            ruled = kind == "foreign" and cue_before(text, start, tables.rulers)  # "Chủ tịch Trung Quốc Tập Cận Bình"
            if following not in tables.spellings and not following.isupper() and not full_name(following) and not ruled:
                if kind != "foreign" or not looks_foreign(following.split(" ")) or not (
                    _has_cue(text, start, end, tables) or (prev[:1].islower() and prev.capitalize() not in tables.honorifics)
                ):
                    continue
        (out if cued else uncued).append(PlaceSpan(start, end, "gazetteer", canonical))
    countries = [p for p in out if gazetteer().get(text[p.start : p.end], ("", ""))[1] == "foreign"]
    listed = listed_countries(text, countries, uncued, tables.list_join, tables.list_join_width)
    listed += established_countries(text, countries, [p for p in uncued if p not in listed])  # "cáo buộc Nga can thiệp"
    return out + listed, [p for p in uncued if p not in listed]


def _has_cue(text: str, start: int, end: int, tables: _Tables) -> bool:
    """A place cue (one word or a phrase of ``place_cues``) right before ``start``, or brackets
    around the name ("Seattle (Mỹ)")."""
    return (text[start - 1 : start] == "(" and text[end : end + 1] == ")") or cue_before(text, start, tables.cues)


def _after_kind_noun(text: str, start: int, tables: _Tables) -> bool:
    """True when a noun of ``kind_nouns`` (one or two words) ends right before ``start``."""
    before = fold(text[max(0, start - 16) : start]).rstrip(" ").split(" ")
    return before[-1] in tables.kind_nouns or " ".join(before[-2:]) in tables.kind_nouns


def _street_places(text: str, tables: _Tables) -> list[PlaceSpan]:
    out: list[PlaceSpan] = []
    for m in tables.house.finditer(text):
        has_word = m.group("word") is not None
        stop = name_end(text, m.end(), max_words=5)
        if stop is None:
            continue
        if not has_word and not tables.address_next.match(text, stop) and not after_residence_cue(text, m.start()):
            continue  # a bare number names a street before ", phường …" or after "trú tại" ("trú tại 16 Lương Văn Can")
        out.append(PlaceSpan(m.end(), stop, "street", text[m.end() : stop]))
    return out


def place_spans(text: str) -> list[PlaceSpan]:
    """Every place found in normalised ``text`` (overlapping ones included), in text order.

    >>> [(p.kind, p.canonical) for p in place_spans("Công an TP.HCM")]
    [('admin', 'thành phố'), ('gazetteer', 'Thành phố Hồ Chí Minh')]
    """
    tables = _tables()
    named, uncued = _gazetteer_places(text, tables)
    spans = _admin_places(text, tables) + named + _street_places(text, tables)
    spans += _address_parts(text, spans, tables)
    spans += _before_province(text, spans, tables)
    spans += named_inside(text, spans)
    spans += cued_districts(text, spans)  # "chạy tới Uông Bí": a district the map knows, after a place cue
    spans += listed_units(text, spans)  # "huyện Di Linh, Bảo Lâm, Lâm Hà"
    foreign = [p for p in spans if gazetteer().get(p.canonical, ("", ""))[1] == "foreign"]
    spans += region_places(text, [p for p in spans if p.kind == "gazetteer" and p.canonical in gazetteer()], foreign)
    spans += with_country_heads(text, foreign, tables.country_heads, tables.country_head_plurals)
    abroad = abroad_places(text, foreign, tables.country_head_plurals)  # Latin-script names, "thủ đô X", landmarks
    spans += abroad + listed_countries(text, abroad, uncued, tables.list_join, tables.list_join_width)  # "Des Moines, Iowa, Mỹ"
    spans += [c for p in spans if p.kind == "gazetteer" for c in _chain(text, p.end, p.canonical, tables, streets=False)]
    spans += [PlaceSpan(m.start(), m.end(), "admin", tables.road_codes[m.group("code")]) for m in tables.road_code.finditer(text)]
    spans += residential_places(text, spans, name_end) + crossroad_streets(text, spans)
    return sorted(spans, key=lambda p: (p.start, -p.end, p.kind != "address"))  # the map's reading of a name first


def find(text: str, dateline: datetime | None = None, *, places: Sequence[PlaceSpan] | None = None) -> list[Candidate]:
    """LOC candidates in normalised ``text`` (``places``: its :func:`place_spans`, found here when not given).

    >>> [c.value for c in find("Hai đối tượng trốn sang Campuchia.")]
    [{'name': 'Campuchia'}]
    """
    out: dict[tuple[int, int], Candidate] = {}
    if places is None:
        places = place_spans(text)
    values = place_values(text, places, dateline)  # units of the administrative map
    for p in places:
        if (p.start, p.end) in out:
            continue
        value = values.get((p.start, p.end)) or ({"name": p.canonical} if p.kind == "gazetteer" else None)
        # A full name of three words or more ("Bà Rịa - Vũng Tàu") is unambiguous: it wins
        # over a person cue inside it ("Bà").
        full = p.kind == "gazetteer" and text.count(" ", p.start, p.end) >= 2 and text[p.start : p.end] in _tables().spellings
        if full and any(q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start for q in places):
            full = False  # inside a longer place ("TP Buôn Ma Thuột"): that one is the LOC
        priority = PRIORITY_LANDMARK if p.kind == "landmark" else PRIORITY_FULL_NAME if full else PRIORITY
        out[(p.start, p.end)] = Candidate(p.start, p.end, "LOC", value, source=f"locations.{p.kind}", priority=priority)
    return sorted(out.values(), key=lambda c: (c.start, c.end))
