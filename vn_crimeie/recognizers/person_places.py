"""A person's full name right after an administrative word: the unit said bare, then the name.

In ``Chủ tịch UBND TP Nguyễn Thành Phong`` the city is the one the article is
about, said bare (``TP``), and ``Nguyễn Thành Phong`` is the chairman: a
frequent surname and two or three given names that name no unit of the map.
Places (LOC) and people (PERSON) read the same test, so that the name is not
both a place and a person, nor neither.
"""

from __future__ import annotations

from functools import cache

import regex

from ..admin_map import admin_map, known_name_end
from ..place_data import place_data
from .persons.names import name_data

__all__ = ["full_name", "names_a_person", "person_after_admin"]


def names_a_person(text: str, pos: int, stop: int, word: str, places: frozenset[str] = frozenset()) -> bool:
    """``text[pos:stop]`` after the administrative ``word`` (canonical) is a person's full name, not a unit of the map.

    A frequent surname and two or three given names that name no unit of the
    map (of ``word``) nor a place of the gazetteer (the spellings ``places``).
    A ward named after a person is in the map; after a place cue (``ở phường
    Lê Văn Tám``) the name stays a place even where the map does not know it.

    >>> t = "Chủ tịch UBND TP Nguyễn Thành Phong cho hay"
    >>> names_a_person(t, 17, 35, "thành phố")
    True
    >>> t = "phường Hoàng Văn Thụ, TP Lạng Sơn"
    >>> names_a_person(t, 7, 20, "phường")
    False
    """
    name = text[pos:stop]
    if word not in admin_map().words or name in places or not full_name(name):
        return False
    return known_name_end(text[:stop], pos, word) is None and _place_cue_before().search(text, max(0, pos - 40), pos) is None


@cache
def _place_cue_before() -> regex.Pattern[str]:
    """A place cue (``place_cues`` of ``places.yaml``: ``ở``, ``tại``), then one word (the administrative one) and a space."""
    cues = "|".join(regex.escape(c) for c in sorted(place_data().place_cues, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{cues}) [\p{{L}}\p{{M}}.]+(?: [\p{{Ll}}\p{{M}}]+)? $")


@cache
def _admin_word_before() -> tuple[regex.Pattern[str], dict[str, str]]:
    """A spelling of an administrative word of the map and one space, at the end of a window; spelling → canonical."""
    levels = admin_map().words
    spellings = {s: w.canonical for w in place_data().admin_words if w.canonical in levels for s in w.spellings}
    alternation = "|".join(regex.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])({alternation}) $"), spellings


def person_after_admin(text: str, pos: int, stop: int) -> bool:
    """An administrative word of the map ends right before ``pos`` and ``text[pos:stop]`` names a person (:func:`names_a_person`).

    >>> t = "Chủ tịch UBND TP Nguyễn Thành Phong cho hay"
    >>> person_after_admin(t, 17, 35), person_after_admin("đường Nguyễn Văn Cừ", 6, 19)
    (True, False)
    """
    pattern, spellings = _admin_word_before()
    m = pattern.search(text, max(0, pos - 12), pos)
    return m is not None and names_a_person(text, pos, stop, spellings[m.group(1)])


def full_name(words: str) -> bool:
    """A Vietnamese full name of three or four words (a frequent surname first): after a place it closes the
    place (``Chánh Thanh tra Hà Nội Nguyễn Văn Tấn Dũng``), where another capitalised word would lengthen it.

    >>> full_name("Nguyễn Văn Tấn Dũng"), full_name("Ninh Bình")
    (True, False)
    """
    parts = words.split(" ")
    return 3 <= len(parts) <= 4 and parts[0] in name_data().frequent_surnames
