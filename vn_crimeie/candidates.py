"""The one type every recogniser returns: a labelled span of the normalised text.

Recognisers are pure functions ``find(text, dateline=None) -> list[Candidate]``
over the *normalised* text (see :mod:`vn_crimeie.normalize`).  The pipeline maps
their offsets back to the caller's text, so a recogniser never has to care
about NFD input, ``\\r\\n`` or odd spaces.

>>> Candidate(0, 9, "RANK", {"rank": "Đại tướng"}, source="ranks")
Candidate(start=0, end=9, label='RANK', value={'rank': 'Đại tướng'}, source='ranks', priority=0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Entity labels of docs/schema.md, in display order.
LABELS: tuple[str, ...] = (
    "RANK",
    "TITLE",
    "PERSON",
    "ORG",
    "LOC",
    "VENUE",
    "DATE",
    "NUMBER",
    "MEASURE",
    "DOCUMENT",
    "CRIME",
    "TERM",
)

#: Relation labels of docs/schema.md with their allowed (head, tail) label pairs.
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "HAS_RANK": (frozenset({"PERSON"}), frozenset({"RANK"})),
    "HAS_TITLE": (frozenset({"PERSON"}), frozenset({"TITLE"})),
    "TITLE_OF": (frozenset({"TITLE"}), frozenset({"ORG"})),
    "PRESENT_AT": (frozenset({"PERSON"}), frozenset({"VENUE", "LOC"})),
    "MEMBER_OF": (frozenset({"PERSON"}), frozenset({"ORG"})),
    "CHARGED_WITH": (frozenset({"PERSON"}), frozenset({"CRIME"})),
    "QUANTIFIES": (frozenset({"NUMBER"}), frozenset({"MEASURE"})),
    "ABBREVIATES": (
        frozenset({"ORG", "CRIME", "TERM"}),
        frozenset({"ORG", "CRIME", "TERM"}),
    ),
}


@dataclass(frozen=True)
class Candidate:
    """A labelled span ``text[start:end]`` proposed by one recogniser.

    ``priority`` breaks ties when candidates overlap (higher wins, then the
    longer span); ``source`` names the recogniser for error analysis.
    """

    start: int
    end: int
    label: str
    value: dict[str, Any] | None = None
    source: str = ""
    priority: int = field(default=0)

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"Candidate span [{self.start}, {self.end}) is empty or negative")
        if self.label not in LABELS:
            raise ValueError(f"Unknown entity label {self.label!r}; expected one of {LABELS}")
