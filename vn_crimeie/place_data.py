"""``lang/vi/places.yaml`` parsed once into a typed, frozen structure.

The LOC recogniser (:mod:`vn_crimeie.recognizers.locations`) and the foreign
name model (:mod:`vn_crimeie.recognizers.foreign_names`) read the gazetteer
through :func:`place_data` instead of parsing the file each on its own; the
file itself is checked against ``places.schema.json`` by
:func:`vn_crimeie.lexicon.load_data`, so every field here has its type.

>>> data = place_data()
>>> data.provinces[0].canonical, data.admin_word("quận").numbered
('Hà Nội', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .lexicon import load_data

__all__ = ["Province", "AdminWord", "PlaceData", "place_data"]


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city, with the spellings the press uses."""

    canonical: str
    kind: str  # "province" or "city"
    after_2025: bool
    variants: tuple[str, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical name, then the variants.

        >>> Province("Thành phố Hồ Chí Minh", "city", True, ("TP.HCM",)).spellings
        ('Thành phố Hồ Chí Minh', 'TP.HCM')
        """
        return _dash_spacings((self.canonical, *self.variants))


#: a dash between two words of a name, however it is spaced ("Thừa Thiên-Huế", "Thừa Thiên- Huế", "Bà Rịa – Vũng Tàu")
_DASH = regex.compile(r"(?<=\w) ?[-–] ?(?=\w)")


def _dash_spacings(spellings: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings, then every other spacing of the dashes in them, each once and in that order.

    >>> _dash_spacings(("Thừa Thiên Huế", "Thừa Thiên - Huế"))[:4]
    ('Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Thừa Thiên- Huế')
    """
    out = dict.fromkeys(spellings)
    for spelling in spellings:
        if _DASH.search(spelling):
            for dash in ("-", "- ", " -", " - ", "–", " – "):
                out.setdefault(_DASH.sub(dash, spelling))
    return tuple(out)


@dataclass(frozen=True)
class AdminWord:
    """An administrative or geographic word (``huyện``, ``TP.``, ``đường``) and how it opens a place."""

    canonical: str
    variants: tuple[str, ...]
    numbered: bool
    street: bool
    address_level: bool
    lower_only: bool
    upper_needs_dot: bool
    glued_number: bool

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical word, then the variants.

        >>> place_data().admin_word("thành phố").spellings[:3]
        ('thành phố', 'TP.', 'TP')
        """
        return (self.canonical, *self.variants)


@dataclass(frozen=True)
class PlaceData:
    """Every section of ``places.yaml``, in file order (see ``places.schema.json`` for what each holds)."""

    provinces: tuple[Province, ...]
    districts: tuple[str, ...]
    foreign: tuple[str, ...]
    foreign_needs_cue: tuple[str, ...]
    countries_in_clause: tuple[str, ...]
    country_compounds: tuple[str, ...]
    country_not_after: tuple[str, ...]
    place_cues: tuple[str, ...]
    district_cues: tuple[str, ...]
    commune_cues: tuple[str, ...]
    address_cues: tuple[str, ...]
    country_cues: tuple[str, ...]
    ruler_cues: tuple[str, ...]
    admin_words: tuple[AdminWord, ...]
    name_stop: tuple[str, ...]
    name_stop_function_words: tuple[str, ...]
    person_words: tuple[str, ...]
    honorifics: tuple[str, ...]
    kind_nouns: tuple[str, ...]
    compound_keeps_place: tuple[str, ...]
    country_heads: tuple[str, ...]
    country_head_plurals: tuple[str, ...]
    house_number_words: tuple[str, ...]
    road_codes: tuple[tuple[str, str], ...]
    address_next_words: tuple[str, ...]
    list_joiners: tuple[str, ...]
    junction_heads: tuple[str, ...]

    def admin_word(self, canonical: str) -> AdminWord:
        """The administrative word written ``canonical`` (KeyError when there is none).

        >>> place_data().admin_word("đường").street
        True
        """
        for word in self.admin_words:
            if word.canonical == canonical:
                return word
        raise KeyError(canonical)

    def admin_canonicals(self, flag: str) -> frozenset[str]:
        """The canonical forms of the administrative words that have ``flag`` (a boolean field of :class:`AdminWord`).

        >>> sorted(place_data().admin_canonicals("street"))
        ['phố', 'đường', 'đại lộ']
        """
        return frozenset(w.canonical for w in self.admin_words if getattr(w, flag))


def _admin_word(entry: dict[str, Any]) -> AdminWord:
    return AdminWord(
        canonical=entry["canonical"],
        variants=tuple(entry.get("variants") or ()),
        numbered=bool(entry.get("numbered")),
        street=bool(entry.get("street")),
        address_level=bool(entry.get("address_level")),
        lower_only=bool(entry.get("lower_only")),
        upper_needs_dot=bool(entry.get("upper_needs_dot")),
        glued_number=bool(entry.get("glued_number")),
    )


@cache
def place_data() -> PlaceData:
    """``places.yaml``, validated against its schema and parsed once per process.

    >>> "Campuchia" in place_data().foreign, dict(place_data().road_codes)["QL"]
    (True, 'quốc lộ')
    """
    data = load_data("places.yaml")
    lists = {
        key: tuple(data[key])
        for key in (
            "districts", "foreign", "foreign_needs_cue", "countries_in_clause", "country_compounds", "country_not_after", "place_cues", "district_cues", "commune_cues", "address_cues", "country_cues", "ruler_cues", "name_stop", "name_stop_function_words",
            "person_words", "honorifics", "kind_nouns", "compound_keeps_place", "country_heads", "country_head_plurals",
            "house_number_words", "address_next_words", "list_joiners", "junction_heads",
        )
    }
    return PlaceData(
        provinces=tuple(
            Province(p["canonical"], p["kind"], bool(p.get("after_2025")), tuple(p.get("variants") or ()))
            for p in data["provinces"]
        ),
        admin_words=tuple(_admin_word(entry) for entry in data["admin_words"]),
        road_codes=tuple(data["road_codes"].items()),
        **lists,
    )
