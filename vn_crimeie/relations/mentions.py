"""Mentions of the same person across a document, merged.

Vietnamese news names a person in full once (``Đại tá Phùng Văn Thành``) and then
by the given name (``Đại tá Thành``, ``ông Chương``), or introduces the same
official again in full.  :func:`merge_names` groups the mentions:

- the same name (case and spacing aside) is the same person;
- a shorter name that ends a full name met before (``Thành``, ``Minh Anh`` after
  ``Lê Hồ Minh Anh``) is that person (the one named most recently when several fit);
- a full name met after shorter mentions that end it takes them over, unless they
  already belong to another full name;
- a one-word mention that opens a full name met before whose first word is no
  Vietnamese surname is that person: a foreign name said by its first word
  (``Tập`` after ``Tập Cận Bình``, ``Peter`` after ``Peter Irving``).

>>> merge_names(["Vũ Thanh Chương", "Lê Nguyên Trường", "Chương", "Trường", "VŨ THANH CHƯƠNG"])
[[0, 2, 4], [1, 3]]
>>> merge_names(["Tập Cận Bình", "Tập", "Hoàng Văn Nam", "Hoàng"])
[[0, 1], [2], [3]]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import regex

from ..recognizers.persons.names import name_data

__all__ = ["merge_names", "name_key"]

_SPACES = regex.compile(r"\s+")
_QUOTES = "\"'“”‘’"


def name_key(name: str) -> tuple[str, ...]:
    """The syllables of ``name``, case-folded: what two mentions must share.

    The dots of initials part syllables and close none: ``H.`` is ``H``, and ``Th.`` ends ``B.T.Th``.

    >>> name_key("  Lê  Hồ Việt ANH "), name_key('Cường "sấm"'), name_key("B.T.Th"), name_key("Th.")
    (('lê', 'hồ', 'việt', 'anh'), ('cường', 'sấm'), ('b', 't', 'th'), ('th',))
    """
    words = _SPACES.sub(" ", name.replace(".", " ")).strip().casefold().split(" ") if name.strip(" .") else []
    return tuple(w.strip(_QUOTES) or w for w in words)  # an epithet in quotes is the same word


@cache
def _surnames() -> frozenset[str]:
    """The Vietnamese surnames of the name data, case-folded like :func:`name_key`."""
    return frozenset(s.casefold() for s in name_data().surnames)


def merge_names(names: Sequence[str]) -> list[list[int]]:
    """Groups of indices of ``names`` (mentions in text order) that name the same person."""
    clusters: list[list[int]] = []
    full: list[tuple[str, ...]] = []  # the fullest name of each cluster
    by_full: dict[tuple[str, ...], list[int]] = defaultdict(list)  # fullest name -> clusters
    by_suffix: dict[tuple[str, ...], list[int]] = defaultdict(list)  # proper ending -> clusters
    by_first: dict[tuple[str, ...], list[int]] = defaultdict(list)  # first word of a foreign name -> clusters
    surnames = _surnames()

    def index(c: int) -> None:
        key = full[c]
        by_full[key].append(c)
        for n in range(1, len(key)):
            by_suffix[key[n:]].append(c)
        if len(key) > 1 and key[0] not in surnames:
            by_first[key[:1]].append(c)

    def latest(cands: list[int]) -> int | None:
        live = [c for c in cands if full[c] and clusters[c]]
        return max(live, key=lambda c: clusters[c][-1]) if live else None

    for i, name in enumerate(names):
        key = name_key(name)
        choice = None
        if key:
            choice = latest(by_full.get(key, []))
            if choice is None:
                choice = latest([c for c in by_suffix.get(key, []) if len(full[c]) > len(key)])
            if choice is None and len(key) == 1:
                choice = latest([c for c in by_first.get(key, []) if full[c][:1] == key])
            if choice is None:
                # a full name after given-name-only mentions: "ông Chương … Vũ Thanh Chương"
                shorter = [c for n in range(1, len(key)) for c in by_full.get(key[n:], []) if full[c] == key[n:]]
                choice = latest(shorter)
                if choice is not None:
                    full[choice] = key
                    index(choice)
        if choice is None:
            clusters.append([i])
            full.append(key)
            if key:
                index(len(clusters) - 1)
        else:
            clusters[choice].append(i)
    return clusters
