"""What every relation rule works on: one sentence's entities and the gaps between them.

>>> from vn_crimeie.candidates import Candidate
>>> text = "Đại tá Lê Văn A - Giám đốc Công an tỉnh"
>>> ents = [Candidate(0, 6, "RANK"), Candidate(7, 15, "PERSON"), Candidate(18, 26, "TITLE")]
>>> s = Sentence.build(text, ents, (0, len(text)), [0, 1, 2])
>>> s.labels, s.gap(1, 2), s.left(0)
(['RANK', 'PERSON', 'TITLE'], '-', '')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .cues import MAX_GAP, squash

__all__ = ["RelationCandidate", "Sentence", "Found"]


@dataclass(frozen=True)
class RelationCandidate:
    """``label`` from ``entities[head]`` to ``entities[tail]``, found in sentence ``evidence``."""

    label: str
    head: int
    tail: int
    evidence: tuple[int, int]


@dataclass
class Sentence:
    """A sentence ``text[start:end]`` and its entities; position ``k`` is ``entities[ids[k]]``."""

    text: str
    start: int
    end: int
    ids: list[int]
    spans: list[tuple[int, int]]
    labels: list[str]
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    _ends: list[int] | None = field(default=None, repr=False, compare=False)
    _after: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, text: str, entities: Sequence[Any], span: tuple[int, int], ids: Sequence[int]) -> Sentence:
        """The sentence ``span`` of ``text`` holding ``entities[i]`` for ``i`` in ``ids`` (text order)."""
        ids = sorted(ids, key=lambda i: (entities[i].start, entities[i].end))
        return cls(
            text,
            span[0],
            span[1],
            list(ids),
            [(entities[i].start, entities[i].end) for i in ids],
            [entities[i].label for i in ids],
        )

    @property
    def starts(self) -> list[int]:
        """Start offsets of the entities (sorted)."""
        if self._starts is None:
            self._starts = [a for a, _ in self.spans]
        return self._starts

    @property
    def ends(self) -> list[int]:
        """End offsets of the entities (sorted, entities being flat)."""
        if self._ends is None:
            self._ends = [b for _, b in self.spans]
        return self._ends

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the sentence, the evidence of its relations."""
        return self.start, self.end

    def __len__(self) -> int:
        return len(self.ids)

    def surface(self, k: int) -> str:
        """The text of the entity at position ``k``."""
        s, e = self.spans[k]
        return self.text[s:e]

    def raw_gap(self, a: int, b: int) -> str:
        """The raw text between the entities at positions ``a`` and ``b``."""
        return self.text[self.spans[a][1] : self.spans[b][0]]

    def gap(self, a: int, b: int) -> str | None:
        """The :func:`squash`-ed text between positions ``a`` and ``b``; None when too long to be a link."""
        s, e = self.spans[a][1], self.spans[b][0]
        if e - s > MAX_GAP:
            return None
        return squash(self.text[s:e])

    def after(self, j: int) -> str:
        """The squashed text right after the entity at ``j``, to the next one or the sentence end (read once)."""
        found = self._after.get(j)
        if found is None:
            end = self.spans[j + 1][0] if j + 1 < len(self.ids) else self.end
            found = self._after[j] = squash(self.text[self.spans[j][1] : end])
        return found

    def left(self, k: int) -> str:
        """The squashed text before position ``k`` back to the previous entity or the sentence start (at most MAX_GAP)."""
        lo = self.spans[k - 1][1] if k > 0 else self.start
        e = self.spans[k][0]
        return squash(self.text[max(lo, e - MAX_GAP) : e])

    def right(self, k: int) -> str:
        """The squashed text after position ``k`` up to the next entity or the sentence end (at most MAX_GAP)."""
        s = self.spans[k][1]
        hi = self.spans[k + 1][0] if k + 1 < len(self.ids) else self.end
        return squash(self.text[s : min(hi, s + MAX_GAP)])

    def says(self, pattern: Any) -> bool:
        """Whether ``pattern`` is found in the :func:`squash`-ed text of the sentence outside its entities.

        >>> import regex
        >>> from vn_crimeie.candidates import Candidate
        >>> t = "Đại tá Lê Văn A dự hội nghị"
        >>> s = Sentence.build(t, [Candidate(0, 6, "RANK"), Candidate(7, 15, "PERSON")], (0, len(t)), [0, 1])
        >>> s.says(regex.compile(r"\\bdự\\b")), s.says(regex.compile("văn"))
        (True, False)
        """
        pos = self.start
        for a, b in [*self.spans, (self.end, self.end)]:
            if a > pos and pattern.search(squash(self.text[pos:a])):
                return True
            pos = max(pos, b)
        return False

    def positions(self, label: str) -> list[int]:
        """Positions of the entities labelled ``label``."""
        return [k for k, lab in enumerate(self.labels) if lab == label]


@dataclass
class Found:
    """Relations found so far, each (label, head, tail) once, in the order found."""

    items: dict[tuple[str, int, int], RelationCandidate] = field(default_factory=dict)
    _heads: set[tuple[str, int]] = field(default_factory=set)
    _tails: set[tuple[str, int]] = field(default_factory=set)

    def add(self, label: str, head: int, tail: int, evidence: tuple[int, int]) -> None:
        """Record ``label(head, tail)`` (global entity indices) unless already found."""
        if head == tail or (label, head, tail) in self.items:
            return
        self.items[(label, head, tail)] = RelationCandidate(label, head, tail, evidence)
        self._heads.add((label, head))
        self._tails.add((label, tail))

    def has_head(self, label: str, head: int) -> bool:
        """Whether some ``label`` relation starts at entity ``head``."""
        return (label, head) in self._heads

    def has_tail(self, label: str, tail: int) -> bool:
        """Whether some ``label`` relation ends at entity ``tail``."""
        return (label, tail) in self._tails

    def relations(self) -> list[RelationCandidate]:
        """The relations in the order found."""
        return list(self.items.values())
