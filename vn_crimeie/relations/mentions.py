"""Mentions of the same person across a document, merged.

Vietnamese news names a person in full once (``Đại tá Phùng Văn Thành``) and then
by the given name (``Đại tá Thành``, ``ông Chương``), or introduces the same
official again in full.  :func:`merge_names` groups the mentions:

- the same name (case and spacing aside) is the same person;
- a shorter name that ends a full name met before (``Thành``, ``Minh Anh`` after
  ``Lê Hồ Minh Anh``) is that person (the one named most recently when several fit);
- a full name met after shorter mentions that end it takes them over, unless they
  already belong to another full name.

>>> merge_names(["Vũ Thanh Chương", "Lê Nguyên Trường", "Chương", "Trường", "VŨ THANH CHƯƠNG"])
[[0, 2, 4], [1, 3]]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import regex

__all__ = ["merge_names", "name_key"]

_SPACES = regex.compile(r"\s+")


def name_key(name: str) -> tuple[str, ...]:
    """The syllables of ``name``, case-folded: what two mentions must share.

    >>> name_key("  Lê  Hồ Việt ANH ")
    ('lê', 'hồ', 'việt', 'anh')
    """
    return tuple(_SPACES.sub(" ", name).strip().casefold().split(" ")) if name.strip() else ()


def merge_names(names: Sequence[str]) -> list[list[int]]:
    """Groups of indices of ``names`` (mentions in text order) that name the same person."""
    clusters: list[list[int]] = []
    full: list[tuple[str, ...]] = []  # the fullest name of each cluster
    by_full: dict[tuple[str, ...], list[int]] = defaultdict(list)  # fullest name -> clusters
    by_suffix: dict[tuple[str, ...], list[int]] = defaultdict(list)  # proper ending -> clusters

    def index(c: int) -> None:
        key = full[c]
        by_full[key].append(c)
        for n in range(1, len(key)):
            by_suffix[key[n:]].append(c)

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
