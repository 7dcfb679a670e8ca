"""Relations between the resolved entities of one document.

Pure function over the normalised text: entities and sentences are given in
normalised offsets; the result names entities by their index in ``entities``.

>>> from vn_crimeie.candidates import Candidate
>>> text = "Đại tá Lê Văn A - Giám đốc Công an tỉnh"
>>> ents = [Candidate(0, 6, "RANK"), Candidate(7, 15, "PERSON"), Candidate(18, 26, "TITLE"), Candidate(27, 39, "ORG")]
>>> [(r.label, r.head, r.tail) for r in extract_relations(text, ents, [(0, len(text))])]
[('HAS_RANK', 1, 0), ('HAS_TITLE', 1, 2), ('TITLE_OF', 2, 3)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

__all__ = ["RelationCandidate", "extract_relations"]


@dataclass(frozen=True)
class RelationCandidate:
    """``label`` from ``entities[head]`` to ``entities[tail]``, found in sentence ``evidence``."""

    label: str
    head: int
    tail: int
    evidence: tuple[int, int]


_APPOSITION = regex.compile(r"\s*(?:[-–—,:(]\s*)?")
_TIGHT = regex.compile(r"\s*")


def _between(text: str, a: Any, b: Any) -> str:
    return text[a.end : b.start]


def extract_relations(text: str, entities: Sequence[Any], sentences: Sequence[tuple[int, int]]) -> list[RelationCandidate]:
    """HAS_RANK, HAS_TITLE and TITLE_OF for the adjacent constructions of news text.

    ``entities`` are objects with ``start``, ``end``, ``label`` (normalised offsets, text order).
    """
    out: list[RelationCandidate] = []
    for s_start, s_end in sentences:
        idx = [i for i, e in enumerate(entities) if s_start <= e.start and e.end <= s_end]
        ev = (s_start, s_end)
        for k, i in enumerate(idx):
            e = entities[i]
            nxt = entities[idx[k + 1]] if k + 1 < len(idx) else None
            if nxt is None:
                continue
            gap = _between(text, e, nxt)
            if e.label == "RANK" and nxt.label == "PERSON" and _TIGHT.fullmatch(gap):
                out.append(RelationCandidate("HAS_RANK", idx[k + 1], i, ev))
            if e.label == "PERSON" and nxt.label == "TITLE" and _APPOSITION.fullmatch(gap):
                out.append(RelationCandidate("HAS_TITLE", i, idx[k + 1], ev))
            if e.label == "TITLE" and nxt.label == "ORG" and _TIGHT.fullmatch(gap):
                out.append(RelationCandidate("TITLE_OF", i, idx[k + 1], ev))
    return out
