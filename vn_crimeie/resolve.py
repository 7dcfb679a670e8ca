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

from collections.abc import Iterable

from .candidates import Candidate
from .intervals import IntervalSet

__all__ = ["resolve", "MAXIMAL_LABELS", "NESTING_LABELS"]

#: Labels whose span is the maximal one (docs/annotation-guide.md): they absorb what lies inside them.
MAXIMAL_LABELS = frozenset({"ORG", "VENUE", "DOCUMENT", "CRIME"})
#: Labels that may stand inside a maximal span and give way to it.
NESTING_LABELS = frozenset({"ORG", "LOC", "TERM", "CRIME", "DOCUMENT", "NUMBER", "MEASURE"})


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order, chosen by the policy above."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.label))
    flat: IntervalSet[Candidate] = IntervalSet()
    dropped: list[Candidate] = []
    for cand in ranked:
        if not flat.add(cand.start, cand.end, cand) and cand.label in MAXIMAL_LABELS:
            dropped.append(cand)
    for cand in sorted(dropped, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        hits = [item for _s, _e, item in flat.overlapping(cand.start, cand.end)]
        if hits and all(_nests_in(hit, cand) for hit in hits):
            flat.discard_overlapping(cand.start, cand.end)
            flat.insert(cand.start, cand.end, cand)
    return flat.items()


def _nests_in(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` lies strictly inside ``outer`` and is of a label that gives way to it."""
    return (
        inner.label in NESTING_LABELS
        and outer.start <= inner.start
        and inner.end <= outer.end
        and inner.end - inner.start < outer.end - outer.start
    )
