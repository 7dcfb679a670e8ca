"""Bare names of an address that the administrative map places inside the place after them.

In ``quê ở Cao Xá, Lâm Thao, Phú Thọ`` or ``ngõ 219, đường Trung Kính, Yên Hòa,
Cầu Giấy, Hà Nội`` the commune and the district carry no administrative word.
Walking back from a known place over ``", Name"``, a name becomes a place when
the map holds a unit of that name inside the units of the place after it
(a commune of that district, a district or commune of that province): the
map, not the shape of the name, is the evidence, so a person's name before a
comma stays a name.

>>> from vn_crimeie.recognizers.locations import place_spans
>>> t = "Hải (quê ở Cao Xá, Lâm Thao, Phú Thọ) bị bắt."
>>> [t[p.start:p.end] for p in named_inside(t, place_spans(t))]
['Lâm Thao', 'Cao Xá']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ..admin_map import LEVELS, AdminUnit, admin_map, place_units, units_named
from ..lexicon import fold
from ..place_data import place_data
from .persons.names import name_data
from .place_bounds import NAME_BEFORE, PlaceSpan

__all__ = ["named_inside", "lies_in", "cued_districts", "listed_units"]

_MAX_STEPS = 4


def lies_in(inner: AdminUnit, outer: AdminUnit) -> bool:
    """Whether ``inner`` is a unit of ``outer``: a commune of that district, a district or commune of that province.

    >>> from vn_crimeie.admin_map import units_named
    >>> district, = [u for u in units_named("Lâm Thao") if u.level == "district"]
    >>> province, = [u for u in units_named("Phú Thọ") if u.level == "province"]
    >>> lies_in(district, province), lies_in(province, district)
    (True, False)
    """
    if outer.level == "district":
        return inner.level == "commune" and inner.district_code == outer.code
    return outer.level == "province" and inner.level != "province" and inner.province == outer.province


def _inner_name(text: str, end: int, outer: tuple[AdminUnit, ...]) -> tuple[int, tuple[AdminUnit, ...]] | None:
    """The start and units of the longest name ending at ``end`` that the map puts inside ``outer``."""
    m = NAME_BEFORE.search(text, max(0, end - 40), end)
    if m is None:
        return None
    words = m.group().split(" ")
    for k in range(len(words), 0, -1):
        name = " ".join(words[-k:])
        named = units_named(name)
        if any(u.level == "province" for u in named):
            return None  # "Bạc Liêu, Cà Mau": a list of provinces (old ones are wards of the new map)
        inner = tuple(u for u in named if any(lies_in(u, o) for o in outer))
        if inner:
            top = min(LEVELS.index(u.level) for u in inner)  # "Lâm Thao, Phú Thọ": the district, not the town
            inner = tuple(u for u in inner if LEVELS.index(u.level) == top)
            start = end - len(name)
            before = words[-k - 1] if k < len(words) else ""
            if before in name_data().surnames:
                return None  # "Trần Hòa Bình, Hà Nội": a person's given name
            return start, inner
    return None


def named_inside(text: str, places: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """The bare names before ``", "`` + a place that the map puts inside it, walking back along the address."""
    out: list[PlaceSpan] = []
    bounds = [(p.start, p.end) for p in places]
    for p in places:
        if p.kind not in ("admin", "gazetteer") or text[p.start - 2 : p.start] != ", ":
            continue
        units, start = place_units(text, p), p.start
        for _ in range(_MAX_STEPS):
            if not units or text[start - 2 : start] != ", ":
                break
            found = _inner_name(text, start - 2, units)
            if found is None:
                break
            inner_start, units = found
            # even where another rule found the name ("Hòa Bình" the province), the map's reading here wins;
            # inside a longer place ("xã Vĩnh Ngọc") the name is that place's already
            if not any(s <= inner_start and start - 2 <= e and e - s > start - 2 - inner_start for s, e in bounds):
                out.append(PlaceSpan(inner_start, start - 2, "address", text[inner_start : start - 2], units))
            start = inner_start
    return out


@cache
def _cued_name() -> regex.Pattern[str]:
    """A district or commune cue (``district_cues``, ``commune_cues`` of ``places.yaml``), then a capitalised name
    of two or three words; the group ``cue`` holds the cue."""
    data = place_data()
    cues = "|".join(regex.escape(c) for c in sorted(set(data.district_cues) | set(data.commune_cues), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<cue>(?i:{cues})) (?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?: \p{{Lu}}[\p{{Ll}}\p{{M}}]+){{1,2}})(?![\p{{L}}\p{{M}}]| \p{{Lu}})")


@cache
def _commune_cues() -> frozenset[str]:
    return frozenset(fold(c) for c in place_data().commune_cues)


def cued_districts(text: str, places: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Bare names of districts after a place cue (``xe chạy tới Uông Bí``, ``về Đông Anh``): a name of two or three
    words that the map knows as a district-level unit, not taken by another place, nor a full name of a person.

    >>> t = "Xe khách chạy tới Uông Bí thì bị chặn. Ông về Lê Văn Tám."
    >>> [(t[p.start:p.end], p.units[0].kind) for p in cued_districts(t, [])]
    [('Uông Bí', 'thành phố')]
    """
    out: list[PlaceSpan] = []
    taken = [(p.start, p.end) for p in places]
    for m in _cued_name().finditer(text):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        words = name.split(" ")
        if (len(words) == 3 and words[0] in name_data().surnames) or any(s < end and start < e for s, e in taken):
            continue  # "về Lê Văn Tám": a person's full name
        levels = ("district", "commune") if fold(m.group("cue")) in _commune_cues() else ("district",)
        districts = tuple(u for u in units_named(name) if u.level in levels and (u.level == "district" or len(words) >= 2))
        if districts:
            out.append(PlaceSpan(start, end, "address", name, districts))
    return out


#: ", " or " và " between the names of a list, then a capitalised name of two or three words closed by a sign or a lower-case word
_LISTED = regex.compile(r"(?:, | và )(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){1,2})(?=[,.;:)]| \p{Ll}|$)")


def listed_units(text: str, places: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Bare names listed after a unit with its administrative word, each a unit of the map at the same level:
    ``các địa bàn huyện Di Linh, Bảo Lâm, Lâm Hà``, ``xã Liên Hà và Hoài Đức``.

    >>> from vn_crimeie.recognizers.locations import place_spans
    >>> t = "Nhóm này hoạt động ở huyện Di Linh, Bảo Lâm, Lâm Hà. Anh gặp Minh Tâm."
    >>> [t[p.start:p.end] for p in listed_units(t, [p for p in place_spans(t) if p.kind == "admin"])]
    ['Bảo Lâm', 'Lâm Hà']
    """
    words = admin_map().words
    taken = {p.start for p in places}
    out: list[PlaceSpan] = []
    for p in places:
        if p.kind != "admin" or p.canonical not in words:
            continue
        levels, end = words[p.canonical][1], p.end
        for _ in range(_MAX_STEPS):
            m = _LISTED.match(text, end)
            if m is None or m.start("name") in taken:
                break
            units = tuple(u for u in units_named(m.group("name")) if u.level in levels)
            if not units:
                break
            out.append(PlaceSpan(m.start("name"), m.end("name"), "address", m.group("name"), units))
            end = m.end("name")
    return out
