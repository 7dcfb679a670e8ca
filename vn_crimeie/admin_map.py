"""The administrative map of Vietnam as LOC values, from the package ``vietnamadminunits``.

The package (MIT) ships the 63-province map with its districts and wards, the
34-province map of 1 July 2025 and the mapping between them.  Its module
imports geocoding libraries, so the map is read straight from its data files
(the SQLite ``dataset.db`` and the province mapping of ``converter_2025.json``)
into one index, built once at first use (:func:`admin_map`).

A LOC that names a unit gets ``{"unit", "name", "province", "code",
"province_2025"}``: what the map can say (:func:`place_values`).  A name that
several units bear is narrowed by the places named with it ("xã A, huyện B,
tỉnh C"), by the map of the dateline's time, by the nearest province named
before it and by the kind the text names ("quận", "huyện"), else it keeps only
what its candidates share and no ``code``.  How the words of the text map to
units is in ``lang/vi/admin_map.yaml``.

>>> lookup("Krông Nô", "huyện")[0].value("district")
{'unit': 'district', 'name': 'Krông Nô', 'province': 'Đắk Nông', 'code': '664', 'province_2025': 'Lâm Đồng'}
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import regex

from .lexicon import fold, load_data, strip_diacritics
from .normalize import normalize_form

__all__ = [
    "AdminUnit", "AdminMap", "MERGER", "admin_map", "exact_key", "loose_key", "candidates", "lookup", "known_name_end", "place_values",
    "place_units", "units_named",
]

LEVELS = ("province", "district", "commune")
#: the day the 34-province map took effect: a text dated from then on names units of the new map
MERGER = date(2025, 7, 1)
#: levels a name without an administrative word is looked up in: provinces, then districts
BARE_LEVELS = ("province", "district")
_SUFFIX = regex.compile(r" \([^)]*\)$")  # "Tân Thành (Xã)": the map's own disambiguation
_NUMBERED = regex.compile(r"^\p{L}+(?: \p{L}+)? 0*(\d{1,3})$")  # "Quận 3", "Phường 12"
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?")
_FINAL_K = regex.compile(r"k(?=\s|$)")
# Between two places of one chain: "xã A, huyện B", "quận 3 (TP.HCM)", "Lạng Sơn - Tiên Yên".
_CHAIN_GAP = regex.compile(r"[ ,()\-–]{0,4}")


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """One unit of the map: its unit (``province`` … ``city``), level, names, codes and the map's word for it."""

    unit: str
    level: str  # "province", "district" or "commune"
    name: str
    province: str
    code: str
    province_2025: str
    district_code: str = ""  # the district of a commune of the 63-province map
    kind: str = ""  # the map's word for it ("quận", "huyện", "thành phố" …), lower case
    era: str = "old"  # in the map of 63 provinces ("old"), of 34 ("new") or in both with this code and name ("both")

    def value(self, unit: str | None = None) -> dict[str, str]:
        """The LOC value; ``unit``: the unit the text names (its own kind when None).

        >>> AdminUnit("ward", "commune", "Hồng Hà", "Hà Nội", "00097", "Hà Nội").value()["province_2025"]
        'Hà Nội'
        """
        return {"unit": unit or self.unit, "name": self.name, "province": self.province, "code": self.code, "province_2025": self.province_2025}


@dataclass(frozen=True)
class AdminMap:
    """The index: level → key of a name → its units (``exact``: lower case; ``loose``: without diacritics)."""

    exact: dict[str, dict[str, tuple[AdminUnit, ...]]]
    loose: dict[str, dict[str, tuple[AdminUnit, ...]]]
    #: administrative word → (unit of the value, levels searched)
    words: dict[str, tuple[str, tuple[str, ...]]]
    max_words: int


def exact_key(name: str) -> str:
    """The key of a name of normalised text (:mod:`vn_crimeie.normalize`: one tone placement): lower case.

    >>> exact_key("Hòa Bình")
    'hòa bình'
    """
    return fold(name)


def loose_key(name: str) -> str:
    """The key of a name without diacritics, spaces and dashes, a final ``k`` read ``c`` ("Đắk"/"Đắc").

    >>> loose_key("Đắk Lắk") == loose_key("Đắc Lắc") == loose_key("Dak Lak")
    True
    """
    stripped = _FINAL_K.sub("c", strip_diacritics(fold(name)))
    return "".join(ch for ch in stripped if ch.isalnum())


def _data_dir() -> Path:
    """The data folder of ``vietnamadminunits``, found without importing the package (it loads geocoders)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vn_crimeie needs the package vietnamadminunits (pip install vietnamadminunits)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _short(name: str | None) -> str:
    """A name of the map without its own disambiguation; a numbered unit by its number ("Quận 3" → "3")."""
    name = _SUFFIX.sub("", name or "").strip()
    numbered = _NUMBERED.match(name)
    return numbered.group(1) if numbered else name


def _province_units(rows: Iterable[Sequence[Any]], to_2025: dict[str, str]) -> dict[str, AdminUnit]:
    """provinceKey → the province unit, from rows that start with (key, full name, short name, code)."""
    out: dict[str, AdminUnit] = {}
    for key, full, short, code, *_ in rows:
        if key not in out:
            kind = "thành phố" if full.startswith("Thành phố") else "tỉnh"
            out[key] = AdminUnit("city" if kind == "thành phố" else "province", "province", short, short, code, to_2025.get(key, short), kind=kind)
    return out


def _read_map(words: dict[str, tuple[str, tuple[str, ...]]]) -> list[AdminUnit]:
    """Every unit of both maps (types that ``words`` does not know are left out)."""
    data = _data_dir()
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    with closing(sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)) as conn:
        legacy = conn.execute(
            "SELECT provinceKey, province, provinceShort, provinceCode, districtShort, districtType, districtCode,"
            " wardShort, wardType, wardCode FROM admin_units_legacy"
        ).fetchall()
        current = conn.execute(
            "SELECT provinceKey, province, provinceShort, provinceCode, wardShort, wardType, wardCode FROM admin_units"
        ).fetchall()
    new_provinces = {k: replace(u, era="new") for k, u in _province_units(current, {}).items()}
    to_2025 = {old: new_provinces[new].name for new, olds in converter.items() for old in olds}
    old_provinces = _province_units(legacy, to_2025)
    units: dict[tuple[str, str, str], AdminUnit] = {}
    for p in old_provinces.values():
        units[(p.level, p.code, p.name)] = p
    for p in new_provinces.values():
        _add_new(units, p)
    for key, _, _, _, district, d_type, d_code, ward, w_type, w_code in legacy:
        p = old_provinces[key]
        if (d_type or "").lower() in words:
            d_unit = AdminUnit(words[d_type.lower()][0], "district", _short(district), p.name, d_code, p.province_2025, kind=d_type.lower())
            units.setdefault(("district", d_code, d_unit.name), d_unit)
        if ward and (w_type or "").lower() in words:
            w_unit = AdminUnit(words[w_type.lower()][0], "commune", _short(ward), p.name, w_code, p.province_2025, d_code, kind=w_type.lower())
            units.setdefault(("commune", w_code, w_unit.name), w_unit)
    for key, _, _, _, ward, w_type, w_code in current:
        if ward and (w_type or "").lower() in words:
            p = new_provinces[key]
            w_unit = AdminUnit(words[w_type.lower()][0], "commune", _short(ward), p.name, w_code, p.name, era="new", kind=w_type.lower())
            _add_new(units, w_unit)
    return list(units.values())


def _add_new(units: dict[tuple[str, str, str], AdminUnit], unit: AdminUnit) -> None:
    """Add a unit of the 2025 map; one that the old map has with the same code and name is in both."""
    key = (unit.level, unit.code, unit.name)
    units[key] = replace(units[key], era="both") if key in units else unit


def _indexes(named: Iterable[tuple[str, AdminUnit]]) -> tuple[dict[str, dict[str, tuple[AdminUnit, ...]]], ...]:
    """The exact and the loose index of ``(name, unit)`` pairs (each key computed once per distinct name)."""
    exact: dict[str, dict[str, dict[int, AdminUnit]]] = {level: defaultdict(dict) for level in LEVELS}
    loose: dict[str, dict[str, dict[int, AdminUnit]]] = {level: defaultdict(dict) for level in LEVELS}
    keys: dict[str, tuple[str, str]] = {}
    for name, unit in named:
        if name not in keys:
            keys[name] = (exact_key(normalize_form(name)), loose_key(name))
        key, loose_name = keys[name]
        exact[unit.level][key][id(unit)] = unit
        loose[unit.level][loose_name][id(unit)] = unit
    return tuple({level: {k: tuple(v.values()) for k, v in by_key.items()} for level, by_key in index.items()} for index in (exact, loose))


@cache
def admin_map() -> AdminMap:
    """The map of both structures, read from ``vietnamadminunits`` and indexed once per process.

    >>> m = admin_map()
    >>> sorted({u.province_2025 for u in m.exact["province"]["đắk nông"]})
    ['Lâm Đồng']
    """
    settings = load_data("admin_map.yaml")
    words = {w: (s["unit"], tuple(s["levels"])) for w, s in settings["unit_words"].items()}
    units = _read_map(words)
    by_name = {u.name: u for u in units if u.level == "province"}
    for alias, name in settings["province_aliases"].items():
        base = by_name[name]
        units.append(AdminUnit("province", "province", alias, alias, base.code, base.province_2025, kind="tỉnh"))
    named = [(u.name, u) for u in units]
    # full names of the provinces too ("Thành phố Hồ Chí Minh", "Tỉnh Đắk Nông")
    named += [(f"{'Thành phố' if u.unit == 'city' else 'Tỉnh'} {u.name}", u) for u in units if u.level == "province"]
    exact, loose = _indexes(named)
    return AdminMap(
        exact=exact,
        loose=loose,
        words=words,
        max_words=max(len(name.split(" ")) for name, _ in named),
    )


def candidates(name: str, word: str | None = None) -> tuple[AdminUnit, ...]:
    """Every unit named ``name`` at the levels of the administrative word ``word`` ("huyện"), or bare
    (provinces, else districts): exact names first (tone placement and case aside), else names without diacritics.

    >>> sorted(u.unit for u in candidates("Thanh Hóa", "thành phố"))
    ['city', 'province']
    """
    m = admin_map()
    if word is not None and word not in m.words:
        return ()
    levels = m.words[word][1] if word is not None else BARE_LEVELS
    found: list[AdminUnit] = []
    for level in levels:
        found += m.exact[level].get(exact_key(name), ()) or m.loose[level].get(loose_key(name), ())
        if found and word is None:
            break  # bare: the highest level that knows the name
    return tuple(found)


def units_named(name: str) -> tuple[AdminUnit, ...]:
    """Every unit of every level whose name is exactly ``name`` (case and tone placement aside).

    >>> sorted({u.level for u in units_named("Lâm Thao")})
    ['commune', 'district']
    """
    key, m = exact_key(normalize_form(name)), admin_map()
    return tuple(u for level in LEVELS for u in m.exact[level].get(key, ()))


def _typed(units: tuple[AdminUnit, ...], word: str | None) -> tuple[AdminUnit, ...]:
    """The units the map calls ``word`` ("quận Bình Tân", not "huyện Bình Tân"; "thành phố Thanh Hóa", not the province)."""
    return tuple(u for u in units if u.kind == word)


def lookup(name: str, word: str | None = None) -> tuple[AdminUnit, ...]:
    """The units named ``name`` (see :func:`candidates`); those of the kind ``word`` names win.

    >>> [(u.unit, u.province) for u in lookup("Thanh Hóa", "thành phố")]
    [('city', 'Thanh Hóa')]
    >>> [u.code for u in lookup("Đắc Lắc")], [u.code for u in lookup("Hoà Bình", "tỉnh")], lookup("Làng Mới", "tỉnh")
    (['66'], ['17'], ())
    """
    found = candidates(normalize_form(name), word)
    return _typed(found, word) or found


def known_name_end(text: str, pos: int, word: str) -> int | None:
    """End of the longest name of the map (a unit of ``word``) written at ``pos``, or None.

    Lets a name run on over a word that otherwise ends a place ("xã Tiến Bộ",
    "phường Yên Sở").  The text must spell the name as the map does.

    >>> t = "xã Tiến Bộ, huyện X"
    >>> t[3:known_name_end(t, 3, "xã")]
    'Tiến Bộ'
    """
    m = admin_map()
    if word not in m.words or not text[pos : pos + 1].isupper():
        return None
    best = None
    end = pos
    for _ in range(m.max_words):
        w = _WORD.match(text, end)
        if w is None:
            break
        end = w.end()
        name = text[pos:end]
        if any(u.name == name for level in m.words[word][1] for u in m.exact[level].get(exact_key(name), ())):
            best = end
        if text[end : end + 1] != " ":
            break
        end += 1
    return best


class Place(Protocol):
    """What :func:`place_values` reads of a place span (:class:`vn_crimeie.recognizers.locations.PlaceSpan`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def canonical(self) -> str: ...


@dataclass
class _Mention:
    start: int
    end: int
    word: str | None
    written: str  # the name as the text writes it
    units: tuple[AdminUnit, ...]
    nested: bool = False  # inside a longer place ("Hòa Bình" in "xã Hòa Bình"): says nothing of its neighbours


def _span_lookup(text: str, place: Place, gazetteer: dict[str, tuple[str, str]]) -> tuple[str | None, str, tuple[AdminUnit, ...]]:
    """The administrative word of a place span, its name as written and the units it may be."""
    span = text[place.start : place.end]
    if place.kind == "address":  # a bare name the map places inside the next place (its units found then)
        return None, span, getattr(place, "units", ())
    if place.kind == "gazetteer":
        kind = gazetteer.get(span, ("", ""))[1]
        if kind == "foreign":
            return None, span, ()
        return None, span, candidates(place.canonical if kind in ("province", "city") else span)
    if place.kind != "admin" or place.canonical not in admin_map().words:
        return None, span, ()
    if span in gazetteer:  # "TP.HCM", "TP. Hồ Chí Minh", "TT.Huế"
        typed = candidates(gazetteer[span][0], place.canonical)
        return (place.canonical, span, typed) if typed else (None, span, candidates(gazetteer[span][0]))
    name = _name_after_word(span, place.canonical)
    return place.canonical, name, candidates(name, place.canonical) if name else ()


def place_units(text: str, place: Place) -> tuple[AdminUnit, ...]:
    """The units of the map a place span may name (none for places abroad and streets)."""
    from .recognizers.locations import gazetteer  # the LOC recogniser imports this module

    word, _, units = _span_lookup(text, place, gazetteer())
    return _typed(units, word) or units  # "TP Thái Nguyên": the city, not the province


def _name_after_word(span: str, word: str) -> str:
    """The name after the administrative word ``word`` in ``huyện Krông Nô``, ``TP.Vinh``, ``Q.Gò Vấp``, ``quận 3``.

    >>> _name_after_word("Q.Gò Vấp", "quận"), _name_after_word("thị xã Sơn Tây", "thị xã")
    ('Gò Vấp', 'Sơn Tây')
    """
    from .place_data import place_data

    folded = fold(span)
    spellings = [w for w in place_data().admin_word(word).spellings if folded.startswith(fold(w))]
    return span[max(map(len, spellings)) :].lstrip(" ") if spellings else ""


def _mentions(text: str, places: Sequence[Place]) -> list[_Mention]:
    from .recognizers.locations import gazetteer  # the LOC recogniser imports this module

    table = gazetteer()
    out: list[_Mention] = []
    seen: set[tuple[int, int]] = set()
    for p in places:
        if (p.start, p.end) in seen:
            continue
        seen.add((p.start, p.end))
        word, written, units = _span_lookup(text, p, table)
        if units:
            out.append(_Mention(p.start, p.end, word, written, units))
    out.sort(key=lambda m: (m.start, -m.end))
    end = -1
    for m in out:
        m.nested = m.end <= end
        end = max(end, m.end)
    return out


def _chains(text: str, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Runs of places written one after the other ("xã A, huyện B, tỉnh C"); nested spans join the run."""
    chains: list[list[_Mention]] = []
    end = -1
    for m in mentions:
        if chains and (m.start <= end or _CHAIN_GAP.fullmatch(text, end, m.start)):
            chains[-1].append(m)
            end = max(end, m.end)
        else:
            chains.append([m])
            end = m.end
    return chains


def _rank(units: tuple[AdminUnit, ...]) -> int:
    """The deepest level among the units (0 province … 2 commune)."""
    return max(LEVELS.index(u.level) for u in units)


def _within(units: tuple[AdminUnit, ...], containers: tuple[AdminUnit, ...]) -> tuple[AdminUnit, ...]:
    """The units that lie in one of ``containers`` (same province, else same 2025 province; or in the district)."""
    districts = {c.code for c in containers if c.level == "district"}
    provinces = {c.province for c in containers if c.level == "province"}
    if districts:
        return tuple(u for u in units if u.district_code in districts) or tuple(
            u for u in units if u.province in {c.province for c in containers}
        )
    inside = tuple(u for u in units if u.province in provinces)
    return inside or tuple(u for u in units if u.province_2025 in {c.province_2025 for c in containers})


def _narrow_chain(chain: list[_Mention]) -> None:
    """Each place keeps the units that lie in the larger places of its chain (larger ones first), then
    those that hold a smaller place of the chain that is one unit ("phường Tân Tạo A (Bình Tân)")."""
    for m in sorted(chain, key=lambda m: _rank(m.units)):
        shallowest = min(LEVELS.index(u.level) for u in m.units)
        for other in _neighbours(chain, m):
            if _rank(other.units) < shallowest:
                m.units = _within(m.units, other.units) or m.units
    for m in sorted(chain, key=lambda m: -_rank(m.units)):
        for other in _neighbours(chain, m):
            if len(other.units) == 1 and LEVELS.index(other.units[0].level) > _rank(m.units):
                m.units = _holding(m.units, other.units[0]) or m.units


def _neighbours(chain: list[_Mention], m: _Mention) -> list[_Mention]:
    """The other places of the chain that neither hold ``m`` nor lie in it."""
    return [o for o in chain if not o.nested and not (o.start < m.end and m.start < o.end)]


def _holding(units: tuple[AdminUnit, ...], inner: AdminUnit) -> tuple[AdminUnit, ...]:
    """The units that hold ``inner``: its district, or its province."""
    return tuple(
        u for u in units
        if (u.level == "district" and u.code == inner.district_code) or (u.level == "province" and u.name == inner.province)
    )


def _one_province(units: tuple[AdminUnit, ...]) -> bool:
    """Whether the units are one province under one name (whatever its code in either map)."""
    return all(u.level == "province" for u in units) and len({u.name for u in units}) == 1


def _province_of(m: _Mention) -> AdminUnit | None:
    """The province a mention names, else None."""
    return m.units[0] if not m.nested and _one_province(m.units) else None


def place_values(text: str, places: Sequence[Place], dateline: datetime | None = None) -> dict[tuple[int, int], dict[str, str]]:
    """The LOC value of each place span that names a unit of the map, by ``(start, end)``.

    A name still ambiguous after its chain is read in the map of the dateline's
    time (before or after :data:`MERGER`), then in the nearest province named before it.

    >>> from vn_crimeie.recognizers.locations import place_spans
    >>> t = "Anh A trú ở xã Quảng Phú, huyện Krông Nô, tỉnh Đắk Nông."
    >>> values = place_values(t, place_spans(t))
    >>> values[(12, 24)]["code"], values[(26, 40)]["province_2025"]
    ('24712', 'Lâm Đồng')
    """
    mentions = _mentions(text, places)
    for chain in _chains(text, mentions):
        _narrow_chain(chain)
    last_province: AdminUnit | None = None
    out: dict[tuple[int, int], dict[str, str]] = {}
    era = None if dateline is None else "new" if dateline.date() >= MERGER else "old"
    for m in mentions:
        m.units = _settle(m, era, last_province)
        out[(m.start, m.end)] = _value(m)
        last_province = _province_of(m) or last_province
    return out


def _settle(m: _Mention, era: str | None, last_province: AdminUnit | None) -> tuple[AdminUnit, ...]:
    """Narrow the units of a mention still ambiguous after its chain, step by step while more than one is left:
    the map of the dateline's time, the province named before, the kind the word names, and for a
    province that both maps hold under two codes ("Gia Lai": 64, then 52) the old map's when no dateline says."""
    steps = (
        lambda units: tuple(u for u in units if u.era in (era, "both")),
        lambda units: _within(units, (last_province,)) if last_province is not None else (),
        lambda units: _typed(units, m.word),
        lambda units: tuple(u for u in units if u.era != "new") if _one_province(units) else (),
    )
    units = m.units
    for step in steps if era is not None else steps[1:]:
        if len(units) > 1:
            units = step(units) or units
    return units


def _value(m: _Mention) -> dict[str, str]:
    """The unit's value, or what its candidates share (no ``code``) when the name stays ambiguous."""
    words = admin_map().words
    if len(m.units) == 1:
        return m.units[0].value(None if m.word is None else words[m.word][0])
    kinds = {words[m.word][0]} if m.word else {u.unit for u in m.units}
    shared = {"unit": kinds.pop()} if len(kinds) == 1 else {}
    for key in ("name", "province", "province_2025"):
        values = {getattr(u, key) for u in m.units}
        if len(values) == 1:
            shared[key] = values.pop()
    shared.setdefault("name", m.written)
    return {key: shared[key] for key in ("unit", "name", "province", "province_2025") if key in shared}
