"""One interval-set type: non-overlapping ``[start, end)`` spans kept sorted by start.

Resolution (:mod:`vn_crimeie.resolve`) and the PERSON rules both accept spans
"first come, first served": a span that overlaps one already taken is refused.
Both use this type, so overlap is decided in one place.

>>> taken = IntervalSet()
>>> taken.add(0, 6, "Đại tá")
True
>>> taken.add(4, 12, "tá Lê Văn")            # overlaps "Đại tá": refused
False
>>> taken.add(7, 15, "Lê Văn A"), [item for _s, _e, item in taken]
(True, ['Đại tá', 'Lê Văn A'])
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Generic, TypeVar

__all__ = ["IntervalSet"]

T = TypeVar("T")


class IntervalSet(Generic[T]):
    """Non-overlapping spans ``[start, end)``, each carrying an item, sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._items: list[T] = []

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[tuple[int, int, T]]:
        return iter(zip(self._starts, self._ends, self._items))

    def items(self) -> list[T]:
        """The items in text order."""
        return list(self._items)

    def _first_at_or_after(self, start: int) -> int:
        """Index of the first span that ends after ``start``."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or self._ends[i] <= start:
            i += 1
        return i

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span of the set overlaps ``[start, end)``.

        >>> s = IntervalSet(); _ = s.add(10, 20, "Công an tỉnh")
        >>> s.overlaps(19, 25), s.overlaps(20, 25), s.overlaps(0, 10)
        (True, False, False)
        """
        i = self._first_at_or_after(start)
        return i < len(self._starts) and self._starts[i] < end

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The spans of the set that overlap ``[start, end)``, in text order."""
        i = self._first_at_or_after(start)
        out = []
        while i < len(self._starts) and self._starts[i] < end:
            out.append((self._starts[i], self._ends[i], self._items[i]))
            i += 1
        return out

    def insert(self, start: int, end: int, item: T) -> None:
        """Put ``item`` at ``[start, end)`` without checking overlap (the caller has)."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._items.insert(i, item)

    def add(self, start: int, end: int, item: T) -> bool:
        """Take ``[start, end)`` for ``item`` unless it is empty or overlaps a span taken; True if taken."""
        if start >= end or self.overlaps(start, end):
            return False
        self.insert(start, end, item)
        return True

    def discard_overlapping(self, start: int, end: int) -> None:
        """Remove every span that overlaps ``[start, end)``."""
        i = self._first_at_or_after(start)
        j = i
        while j < len(self._starts) and self._starts[j] < end:
            j += 1
        del self._starts[i:j], self._ends[i:j], self._items[i:j]
