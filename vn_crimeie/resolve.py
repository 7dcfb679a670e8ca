"""Overlapping candidates → flat entities.

Policy (documented in docs/architecture.md): higher ``priority`` first, then
the longer span, then the earlier start; a candidate overlapping one already
accepted is dropped.

>>> from vn_crimeie.candidates import Candidate
>>> flat = resolve([Candidate(0, 5, "NUMBER", priority=15), Candidate(0, 9, "DATE", priority=40)])
>>> [(c.label, c.start, c.end) for c in flat]
[('DATE', 0, 9)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .candidates import Candidate

__all__ = ["resolve"]


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order, chosen by the policy above."""
    ranked = sorted(
        candidates,
        key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.label),
    )
    starts: list[int] = []  # accepted spans, sorted by start
    ends: list[int] = []
    accepted: list[Candidate] = []
    for cand in ranked:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        accepted.append(cand)
    return sorted(accepted, key=lambda c: c.start)
