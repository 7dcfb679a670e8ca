"""Areas that no administrative word opens: regions, and the residential units of an address.

* A region of the country (``Tây Nguyên``, ``Đồng bằng sông Cửu Long``) is a
  gazetteer name of its own (:func:`region_names`); an administrative word
  before it names the provinces of the region, not a unit: in ``các tỉnh Tây
  Nguyên`` the LOC is ``Tây Nguyên`` (:func:`is_region`).
* A region head and a direction are one LOC (``miền Tây``, ``miền Trung``),
  with the place abroad or the region after the direction (``miền nam Trung
  Quốc``); a capitalised point of the compass before a place abroad is one LOC
  with it (``Nam Trung Quốc``): :func:`region_places`.
* A residential unit or an alley and its name or number is a LOC where it
  stands in an address: before ``", "`` and a street, commune, ward or district
  (``khu Đồng Tranh, phường Tứ Minh``, ``Phố Sấu, xã Lạc Thịnh``, ``ngõ 219,
  đường Trung Kính``) or right after a residence cue (``trú tại tổ 5``):
  :func:`residential_places`.
* A residence cue before a bare house number makes the name after it a street
  (``trú tại 16 Lương Văn Can``: :func:`after_residence_cue`, read by the
  locations' house-number rule).

The word lists are in ``lang/vi/places_areas.yaml``.

>>> t = "Ông A trú tại khu Đồng Tranh, phường Tứ Minh, về miền Tây."
>>> [t[p.start : p.end] for p in region_places(t, [], [])]
['miền Tây']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import fold, load_data
from .intersections import intersection_streets, junctions
from .persons.names import compound_words
from .persons.patterns import at_sentence_start
from .place_bounds import PlaceSpan, word_before
from .places_abroad import cue_before

__all__ = ["region_names", "is_region", "region_places", "residential_places", "after_residence_cue", "crossroad_streets"]

_FILE = "places_areas.yaml"
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NUMBER = regex.compile(r"\d{1,3}[A-Z]?(?![\p{L}\p{M}\p{N}])")


@dataclass(frozen=True)
class _Tables:
    #: in the order of the data file: the first of the spellings of a region (``Tây Nam Bộ``, ``Tây Nam bộ``) names it
    regions: tuple[str, ...]
    #: a region head, a space and a direction, without case
    region_head: regex.Pattern[str]
    #: a head and a direction followed by one of these words are part of the place after them
    part_of: frozenset[str]
    name_breaks: frozenset[str]
    #: a capitalised point of the compass and the space after it, at the end of what is searched
    compass_before: regex.Pattern[str]
    compass_not_after: frozenset[str]
    #: a residential word (first letter in either case) and the space before its name or number
    residential: regex.Pattern[str]
    residence_cues: frozenset[str]
    address_next: frozenset[str]


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w, literal_spaces=True) for w in sorted(words, key=len, reverse=True))


@cache
def _tables() -> _Tables:
    data = load_data(_FILE)
    heads, directions = _alternatives(data["region_heads"]), _alternatives(data["head_directions"])
    residential = "|".join(
        f"[{w[0].upper()}{w[0]}]" + regex.escape(w[1:], literal_spaces=True) for w in sorted(data["residential_words"], key=len, reverse=True)
    )
    return _Tables(
        regions=tuple(data["regions"]),
        region_head=regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{heads}) (?P<direction>{directions})(?![\p{{L}}\p{{M}}])"),
        part_of=frozenset(data["part_of_words"]),
        name_breaks=frozenset(data["name_breaks"]),
        compass_before=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternatives(data['compass_points'])}) $"),
        compass_not_after=frozenset(fold(w) for w in data["compass_not_after"]),
        residential=regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{residential}) (?=\p{{Lu}}|\d)"),
        residence_cues=frozenset(fold(w) for w in data["residence_cues"]),
        address_next=frozenset(data["address_next"]),
    )


def region_names() -> tuple[str, ...]:
    """The regions of the country named bare, for the gazetteer, in the order of the data file.

    >>> "Tây Nguyên" in region_names(), "Nghệ An" in region_names()
    (True, False)
    """
    return _tables().regions


def is_region(name: str) -> bool:
    """``name`` is a region of the country: an administrative word before it is no part of the LOC.

    >>> is_region("Tây Nguyên"), is_region("Quỳnh Lưu")
    (True, False)
    """
    return name in _tables().regions


def region_places(text: str, named: Sequence[PlaceSpan], abroad: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Regions with a head (``miền Tây``, ``miền nam Trung Quốc``) and places ``abroad`` after a point of the
    compass (``Nam Trung Quốc``); ``named``: the places of the gazetteer found in ``text``.

    >>> t = "Dơi ở miền nam Trung Quốc và Nam Trung Quốc, không ở miền núi hay phía Bắc Trung Quốc."
    >>> abroad = [PlaceSpan(15, 25, "gazetteer", "Trung Quốc"), PlaceSpan(33, 43, "gazetteer", "Trung Quốc"),
    ...           PlaceSpan(76, 86, "gazetteer", "Trung Quốc")]
    >>> [t[p.start : p.end] for p in region_places(t, abroad, abroad)]
    ['miền nam Trung Quốc', 'Nam Trung Quốc']
    >>> t = "Họ tới Bến xe miền Đông rồi vào miền Nam."
    >>> [t[p.start : p.end] for p in region_places(t, [], [])]
    ['miền Nam']
    """
    tables = _tables()
    by_start = {p.start: p.end for p in named}
    out: list[PlaceSpan] = []
    for m in tables.region_head.finditer(text):
        start = m.start("direction")
        end = max(m.end(), by_start.get(start, 0), by_start.get(m.end() + 1, 0) if text[m.end() : m.end() + 1] == " " else 0)
        if end == m.end() and (text[start].islower() or _word_at(text, end + 1) in tables.part_of):
            continue  # "miền nam" alone is no name; "miền Nam nước Pháp" is part of France
        if not _inside_name(text, m.start(), tables.name_breaks):
            out.append(PlaceSpan(m.start(), end, "gazetteer", text[m.start() : end]))
    for p in abroad:
        compass = tables.compass_before.search(text, max(0, p.start - 10), p.start)
        if compass is not None and text[p.start].isupper() and fold(word_before(text, compass.start())) not in tables.compass_not_after:
            out.append(PlaceSpan(compass.start(), p.end, "gazetteer", text[compass.start() : p.end]))
    return out


def _inside_name(text: str, start: int, breaks: frozenset[str]) -> bool:
    """The words before ``start`` close a capitalised name that the region head goes on: a capitalised word
    that opens no sentence right before it, or before one word of the dictionary (``Bến xe``, ``Điện lực``,
    ``Nhóm đặc biệt``); no word of ``breaks`` between.

    >>> b = frozenset({"ở"})
    >>> [_inside_name(t, t.index("miền"), b) for t in ("tới Bến xe miền Đông", "Hiền sẽ đi miền Nam", "Ở miền Bắc", "CSGT ở miền Trung")]
    [True, False, False, False]
    """
    words: list[str] = []
    pos = start
    for _ in range(3):
        word = word_before(text, pos) if text[pos - 1 : pos] == " " else ""
        if not word or fold(word) in breaks:
            return False
        words.insert(0, fold(word))
        pos -= len(word) + 1
        if word[0].isupper():
            if at_sentence_start(text, pos):
                return False
            return len(words) == 1 or " ".join(words[:2]) in compound_words() or " ".join(words[1:]) in compound_words()
    return False


def _opens_compound(text: str, end: int) -> bool:
    """The last word before ``end`` and the lower-case word after it make a word of the dictionary (``Công nghiệp``)."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group().islower() and f"{fold(word_before(text, end))} {after.group()}" in compound_words()


def _word_at(text: str, pos: int) -> str:
    """The word that starts at ``pos`` (``""`` when none does)."""
    m = _WORD.match(text, pos)
    return m.group() if m else ""


def residential_places(text: str, places: Sequence[PlaceSpan], name_end: Callable[[str, int], int | None]) -> list[PlaceSpan]:
    """Residential units of an address that no other rule found: a word of ``residential_words`` and a
    name (its end by ``name_end``) or a number, before ``", "`` and a commune, ward or district of
    ``places`` or after a residence cue.

    >>> from vn_crimeie.recognizers.locations import name_end
    >>> t = "Trú tại tổ 5; khu Cẩm Khê, phường Tứ Minh; khu Cẩm Khê rộng; trú hẻm 56 Ngô Quyền, Đà Lạt."
    >>> [t[p.start : p.end] for p in residential_places(t, [PlaceSpan(27, 41, "admin", "phường")], name_end)]
    ['tổ 5', 'khu Cẩm Khê', 'hẻm 56 Ngô Quyền']
    >>> t = "đường Vườn Trầu, khu 3 phường Trần Phú"
    >>> [t[p.start : p.end] for p in residential_places(t, [PlaceSpan(23, 38, "admin", "phường")], name_end)]
    ['khu 3']
    """
    tables = _tables()
    starts = {p.start for p in places}
    next_starts = {p.start for p in places if p.kind == "admin" and p.canonical in tables.address_next}
    out: list[PlaceSpan] = []
    for m in tables.residential.finditer(text):
        if m.start() in starts:
            continue  # "thôn Đông Xá", "phố Huế": an administrative word read it
        pos = m.end()
        number = _NUMBER.match(text, pos)
        stop = number.end() if number is not None else name_end(text, pos)
        if stop is None:
            continue
        if number is None and _opens_compound(text, stop):
            continue  # "khu Công nghiệp", "khu Du lịch": a kind of zone, no name
        street = name_end(text, stop + 1) if number is not None and text[stop : stop + 1] == " " else None
        if street is not None and text[street : street + 2] == ", ":
            stop = street  # "hẻm 56 Ngô Quyền, phường 6": the alley of that street
        ahead = stop + 2 if text[stop : stop + 2] == ", " else stop + 1 if number is not None and text[stop : stop + 1] == " " else -1
        if ahead in next_starts or cue_before(text, m.start(), tables.residence_cues):  # "khu 3 phường Trần Phú" too
            out.append(PlaceSpan(m.start(), stop, "residential", text[m.start() : stop]))
    return out


def after_residence_cue(text: str, pos: int) -> bool:
    """Whether a residence cue (``residence_cues``: ``trú tại``, ``ngụ``) ends right before ``pos``.

    >>> after_residence_cue("Hoa trú tại 16 Lương Văn Can", 12), after_residence_cue("Nhà số 16 Lương Văn Can", 7)
    (True, False)
    """
    return cue_before(text, pos, _tables().residence_cues)


def crossroad_streets(text: str, places: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """The streets of crossroads written with a tight dash (:func:`.intersections.intersection_streets`) that
    no place found before overlaps (``Bà Rịa-Vũng Tàu`` is a province).

    >>> t = "Camera ở nút Hồ Xuân Hương-Ngũ Hành Sơn."
    >>> [t[p.start : p.end] for p in crossroad_streets(t, [])]
    ['Hồ Xuân Hương', 'Ngũ Hành Sơn']
    """
    out = [PlaceSpan(start, end, "street", text[start:end]) for start, end in junctions(text)]  # "nút giao A - B" whole
    for start, end in intersection_streets(text):
        if not any(p.start < end and start < p.end for p in (*places, *out)):
            out.append(PlaceSpan(start, end, "street", text[start:end]))
    return out
