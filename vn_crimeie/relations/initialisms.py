"""ABBREVIATES without a definition: a short form spelled by the initials of a long form of the document.

Vietnamese abbreviations take the first letter of each syllable (``Cảnh sát giao
thông`` → ``CSGT``, ``Công an thành phố`` → ``CATP``, ``Ủy ban nhân dân`` →
``UBND``, ``điều tra`` → ``ĐT``), and may keep some words written out
(``Phòng CSGT Hà Tĩnh`` for ``Phòng Cảnh sát giao thông Hà Tĩnh``).  When both
forms are entities of the same label (ORG, CRIME or TERM), the first mention of
the short form is linked to the nearest mention of the long form before it
(a name is written out before it is abbreviated; a short form met first is
left alone, but for a domain term, which is linked to its first long form after it).  Short forms already linked (a definition in
brackets, a known abbreviation) are left alone.

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found
>>> t = "Lực lượng Cảnh sát giao thông ra quân. Sau đó lực lượng CSGT tuần tra."
>>> found = Found()
>>> link_initialisms(t, [Candidate(0, 29, "ORG"), Candidate(46, 60, "ORG")], [(0, 38), (39, len(t))], found)
>>> [(r.label, r.head, r.tail) for r in found.relations()]
[('ABBREVIATES', 1, 0)]
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from ..lexicon import load_data, string_list
from .context import Found

__all__ = ["link_initialisms", "initials_key"]

_LABELS = ("ORG", "CRIME", "TERM")
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_ACRONYM = regex.compile(r"\p{Lu}{2,}")


@cache
def _skippable() -> frozenset[str]:
    """Words a short form may leave out of its long form (``và``, ``về`` …, ``abbreviation_cues.yaml``)."""
    data = load_data("abbreviation_cues.yaml")
    return frozenset(w.casefold() for w in string_list(data, "skippable_words", "abbreviation_cues.yaml"))


def _initial(word: str) -> str:
    """The letter a syllable gives to an abbreviation: its first letter without tone or hat (``Ủy`` → ``u``, ``điều`` → ``đ``)."""
    return unicodedata.normalize("NFD", word[0].casefold())[0]


def _tokens(text: str) -> list[str]:
    skip = _skippable()
    return [w for w in _TOKEN.findall(text) if w.casefold() not in skip]


def initials_key(text: str) -> tuple[str, bool]:
    """The initials ``text`` spells, and whether it holds an abbreviation (a word of capitals).

    An abbreviation gives its letters, any other word its initial, so a short
    form and its long form have one key.

    >>> initials_key("Phòng CSGT Hà Tĩnh"), initials_key("Phòng Cảnh sát giao thông Hà Tĩnh")
    (('pcsgtht', True), ('pcsgtht', False))
    >>> initials_key("Ủy ban nhân dân tỉnh")[0], initials_key("UBND tỉnh")[0]
    ('ubndt', 'ubndt')
    """
    out = []
    short = False
    for w in _tokens(text):
        if _ACRONYM.fullmatch(w):
            out.append(w.casefold())
            short = True
        else:
            out.append(_initial(w))
    return "".join(out), short


def _spells(short: str, long: str) -> bool:
    """Whether the words of ``short`` are those of ``long``, each abbreviation standing for two words or more."""
    lw = _tokens(long)
    i = 0
    spelled = False
    for w in _tokens(short):
        if _ACRONYM.fullmatch(w):
            n = len(w)
            spelled = spelled or n >= 2
            i += n
        elif i < len(lw) and lw[i].casefold() == w.casefold():
            i += 1
        else:
            return False
    return spelled and i == len(lw)


def link_initialisms(text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]], found: Found) -> None:
    """Add ABBREVIATES(short, long) for the first mention of each short form spelled by a long form's initials.

    A short form already linked at any of its mentions, or met before its long
    form, is left alone.
    """
    order = sorted((i for i, e in enumerate(entities) if e.label in _LABELS), key=lambda i: entities[i].start)
    longs: dict[tuple[str, str], list[int]] = defaultdict(list)
    shorts: list[tuple[int, str, str]] = []
    linked: set[str] = set()
    for i in order:
        e = entities[i]
        surface = text[e.start : e.end]
        key, short = initials_key(surface)
        name = " ".join(surface.casefold().split())
        if found.has_head("ABBREVIATES", i):
            linked.add(name)
        if short:
            shorts.append((i, key, name))
        elif len(key) >= 2:
            longs[(e.label, key)].append(i)
    spans = sorted(sentences)
    starts = [s for s, _ in spans]
    for i, key, name in shorts:
        if name in linked:
            continue
        linked.add(name)  # the first mention only
        e = entities[i]
        surface = text[e.start : e.end]
        before = [j for j in longs.get((e.label, key), ()) if entities[j].start < e.start]
        long_ = next((j for j in reversed(before) if _spells(surface, text[entities[j].start : entities[j].end])), None)
        if long_ is None and e.label == "TERM":  # a domain term ("BKS" … "biển kiểm soát") may be written out later
            after = [j for j in longs.get((e.label, key), ()) if entities[j].start > e.start]
            long_ = next((j for j in after if _spells(surface, text[entities[j].start : entities[j].end])), None)
        if long_ is None:
            continue
        k = bisect_right(starts, e.start) - 1
        evidence = spans[k] if k >= 0 and e.start < spans[k][1] else (e.start, e.end)
        found.add("ABBREVIATES", i, long_, evidence)
