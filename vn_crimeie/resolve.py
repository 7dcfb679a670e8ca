"""Overlapping candidates → flat entities.

Policy (documented in docs/architecture.md):

1. Higher ``priority`` first, then the longer span, then the earlier start; a
   candidate overlapping one already accepted is dropped.
2. Maximal spans: a dropped candidate of a label whose span is maximal by the
   guidelines (ORG, VENUE, DOCUMENT, CRIME) replaces the accepted candidates it
   overlaps when all of them lie strictly inside it and are of labels that
   nest in such spans (not a PERSON, RANK, TITLE or DATE) — ``Kế hoạch số
   131/KH-BCA-CSHS`` is one DOCUMENT, not a DOCUMENT losing to ORG ``BCA``.

>>> from vn_crimeie.candidates import Candidate
>>> flat = resolve([Candidate(0, 5, "NUMBER", priority=15), Candidate(0, 9, "DATE", priority=40)])
>>> [(c.label, c.start, c.end) for c in flat]
[('DATE', 0, 9)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .candidates import Candidate

__all__ = ["resolve", "MAXIMAL_LABELS", "NESTING_LABELS"]

#: Labels whose span is the maximal one (GUIDELINES.md): they absorb what lies inside them.
MAXIMAL_LABELS = frozenset({"ORG", "VENUE", "DOCUMENT", "CRIME"})
#: Labels that may stand inside a maximal span and give way to it.
NESTING_LABELS = frozenset({"ORG", "LOC", "TERM", "CRIME", "DOCUMENT", "NUMBER", "MEASURE"})


class _Flat:
    """Accepted, non-overlapping candidates kept sorted by start."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[Candidate] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an accepted candidate overlaps ``[start, end)`` (:meth:`overlapping` is not empty)."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.items[i].end <= start:
            i += 1
        return i < len(self.items) and self.items[i].start < end

    def overlapping(self, start: int, end: int) -> list[int]:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.items[i].end <= start:
            i += 1
        out = []
        while i < len(self.items) and self.items[i].start < end:
            out.append(i)
            i += 1
        return out

    def insert(self, cand: Candidate) -> None:
        i = bisect.bisect_right(self.starts, cand.start)
        self.starts.insert(i, cand.start)
        self.items.insert(i, cand)

    def remove(self, indices: list[int]) -> None:
        for i in reversed(indices):
            del self.starts[i]
            del self.items[i]


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order, chosen by the policy above."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.label))
    flat = _Flat()
    dropped: list[Candidate] = []
    for cand in ranked:
        if flat.overlaps(cand.start, cand.end):
            if cand.label in MAXIMAL_LABELS:
                dropped.append(cand)
            continue
        flat.insert(cand)
    for cand in sorted(dropped, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        hits = flat.overlapping(cand.start, cand.end)
        inside = all(
            flat.items[i].label in NESTING_LABELS
            and cand.start <= flat.items[i].start and flat.items[i].end <= cand.end
            and flat.items[i].end - flat.items[i].start < cand.end - cand.start
            for i in hits
        )
        if hits and inside:
            flat.remove(hits)
            flat.insert(cand)
    return list(flat.items)
