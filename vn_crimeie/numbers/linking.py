"""QUANTIFIES: link each NUMBER to the MEASURE it counts.

The MEASURE follows its number right away (``14.450 đối tượng``, ``20km``);
both ends of a range share the MEASURE after the second one (``6-7 người``,
``15.000 đến 16.000 đồng``).

>>> from types import SimpleNamespace as E
>>> text = "bắt 6-7 đối tượng"
>>> ents = [E(start=4, end=5, label="NUMBER"), E(start=6, end=7, label="NUMBER"), E(start=8, end=17, label="MEASURE")]
>>> quantifies(text, ents)
[(0, 2), (1, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from ..lexicon import fold
from .measures import OPENING_QUOTES
from .vocabulary import vocabulary

__all__ = ["quantifies"]

_MAX_GAP = 3  # spaces between a number and its measure


def _get(entity: Any, name: str) -> Any:
    if isinstance(entity, dict):
        return entity[name]
    return getattr(entity, name)


@cache
def _joiners() -> frozenset[str]:
    # "66/60 km/h": a slash joins two figures of the same measure too.
    return vocabulary().range_joiners | {"/"}


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only spaces between a number and its measure, or a space and the quote that opens the measure (16 "sự cố")."""
    gap = text[end:start]
    if len(gap) > _MAX_GAP:
        return False
    inner = gap.strip(" ")
    return inner == "" or (inner in OPENING_QUOTES and gap.startswith(" ") and gap.endswith(inner))


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 6 and "\n" not in gap and fold(gap.strip(" ")) in _joiners()


def quantifies(text: str, entities: Sequence[Any]) -> list[tuple[int, int]]:
    """``(number_index, measure_index)`` pairs over ``entities`` (flat, in text order).

    ``entities`` are objects (or dicts) with ``start``, ``end`` and ``label``
    giving spans of ``text``.

    >>> text = "thu giữ trên 2,2 nghìn bánh heroin"
    >>> quantifies(text, [{"start": 8, "end": 22, "label": "NUMBER"}, {"start": 23, "end": 34, "label": "MEASURE"}])
    [(0, 1)]
    """
    pairs: list[tuple[int, int]] = []
    n = len(entities)
    for i in range(n):
        if _get(entities[i], "label") != "NUMBER":
            continue
        group = [i]
        j = i + 1
        end = _get(entities[i], "end")
        while j < n:
            label, start = _get(entities[j], "label"), _get(entities[j], "start")
            if label == "MEASURE" and _adjacent(text, end, start):
                pairs.extend((k, j) for k in group)
                break
            if label == "NUMBER" and _joined(text, end, start):
                group.append(j)
                end = _get(entities[j], "end")
                j += 1
                continue
            break
    # A range partner is listed once even when reached from both of its numbers.
    return sorted(set(pairs))
