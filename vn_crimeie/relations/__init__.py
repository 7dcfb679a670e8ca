"""Relations between the entities of one document (docs/schema.md relation labels).

:func:`extract_relations` is a pure function over the normalised text: entities
and sentences are given in normalised offsets; the result names entities by
their index in ``entities`` and carries its sentence as evidence.  The rules
live in small modules: :mod:`.roles` (HAS_RANK, HAS_TITLE, TITLE_OF,
MEMBER_OF), :mod:`.presence` (PRESENT_AT), :mod:`.charges` (CHARGED_WITH),
:mod:`.abbreviations` (ABBREVIATES, on the definitions found by
``recognizers.abbreviations``); their cue words in ``lang/vi/relation_cues.yaml``.  :func:`relate` runs them on the
entities of a :class:`~vn_crimeie.document.Document` (gold entities, say).

>>> from vn_crimeie.candidates import Candidate
>>> text = "Đại tá Lê Văn A - Giám đốc Công an tỉnh"
>>> ents = [Candidate(0, 6, "RANK"), Candidate(7, 15, "PERSON"), Candidate(18, 26, "TITLE"), Candidate(27, 39, "ORG")]
>>> [(r.label, r.head, r.tail) for r in extract_relations(text, ents, [(0, len(text))])]
[('HAS_RANK', 1, 0), ('TITLE_OF', 2, 3), ('HAS_TITLE', 1, 2)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from ..normalize import NormalizedText, normalize
from ..segment import paragraphs, span_at, split_sentences
from ..recognizers.abbreviations import Definition
from .abbreviation_links import link_abbreviations
from .charges import link_charges
from .context import Found, RelationCandidate, Sentence
from .presence import link_presence
from .roles import link_roles

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["RelationCandidate", "extract_relations", "link_quantities", "relations_in", "relate", "RULE_LABELS"]

#: The relation labels found by this package's rules.
RULE_LABELS = ("HAS_RANK", "HAS_TITLE", "TITLE_OF", "PRESENT_AT", "MEMBER_OF", "CHARGED_WITH", "ABBREVIATES")


class _Span(NamedTuple):
    """An entity in normalised offsets (may be empty where the original was only invisible characters)."""

    start: int
    end: int
    label: str


def _sentences(text: str, entities: Sequence[Any], spans: Sequence[tuple[int, int]]) -> list[Sentence]:
    """One :class:`Sentence` per span, holding the entities that start inside it."""
    spans = _merge_crossed(sorted(spans), entities)
    members: list[list[int]] = [[] for _ in spans]
    for i, e in enumerate(entities):
        j = span_at(spans, e.start)
        if j is not None:
            members[j].append(i)
    return [Sentence.build(text, entities, span, ids) for span, ids in zip(spans, members)]


def _merge_crossed(spans: list[tuple[int, int]], entities: Sequence[Any]) -> list[tuple[int, int]]:
    """Sentences joined where an entity runs across their boundary ("anh N.T. S - …" cut after "N.T.")."""
    if len(spans) < 2:
        return list(spans)
    ends = sorted(e for _, e in spans)
    cut = set()
    for ent in entities:
        j = bisect_right(ends, ent.start)
        if j < len(ends) and ends[j] < ent.end:
            cut.add(ends[j])
    out = [spans[0]]
    for s, e in spans[1:]:
        if out[-1][1] in cut:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _paragraph_numbers(text: str, sentences: Sequence[Sentence]) -> list[int]:
    starts = [s for s, _ in paragraphs(text)]
    return [bisect_right(starts, s.start) - 1 for s in sentences]


def extract_relations(
    text: str,
    entities: Sequence[Any],
    sentences: Sequence[tuple[int, int]],
    definitions: Sequence[Definition] | None = None,
) -> list[RelationCandidate]:
    """HAS_RANK, HAS_TITLE, TITLE_OF, PRESENT_AT, MEMBER_OF, CHARGED_WITH and ABBREVIATES among ``entities``.

    ``entities`` are objects with ``start``, ``end`` and ``label`` (normalised
    offsets, flat); ``sentences`` are ``(start, end)`` spans of ``text``;
    ``definitions`` its in-text abbreviation definitions (found here when not given).

    >>> from vn_crimeie.candidates import Candidate
    >>> t = "Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự, chủ trì hội nghị tại điểm cầu Hải Phòng."
    >>> ents = [Candidate(0, 11, "RANK"), Candidate(12, 27, "PERSON"), Candidate(30, 38, "TITLE"),
    ...         Candidate(39, 43, "ORG"), Candidate(69, 87, "VENUE")]
    >>> sorted((r.label, t[ents[r.head].start:ents[r.head].end], t[ents[r.tail].start:ents[r.tail].end])
    ...        for r in extract_relations(t, ents, [(0, len(t))]))  # doctest: +NORMALIZE_WHITESPACE
    [('HAS_RANK', 'Vũ Thanh Chương', 'Thiếu tướng'), ('HAS_TITLE', 'Vũ Thanh Chương', 'Giám đốc'),
     ('PRESENT_AT', 'Vũ Thanh Chương', 'điểm cầu Hải Phòng'), ('TITLE_OF', 'Giám đốc', 'CATP')]
    """
    sents = _sentences(text, entities, sentences)
    found = Found()
    for s in sents:
        if len(s.ids) < 2:
            continue  # every rule links two entities of the sentence: nothing to find
        link_roles(s, found)
        link_charges(s, found)
    link_presence(sents, found, _paragraph_numbers(text, sents))
    link_abbreviations(text, entities, [s.span for s in sents], found, definitions)
    return found.relations()


def link_quantities(text: str, entities: Sequence[Any]) -> list[RelationCandidate]:
    """QUANTIFIES from each NUMBER to the MEASURE it counts (:func:`vn_crimeie.numbers.linking.quantifies`).

    ``entities`` (flat, in any order) are named by their index, as in
    :func:`extract_relations`; the evidence runs from the number to the measure.

    >>> from vn_crimeie.candidates import Candidate
    >>> t = "Công an bắt 14 đối tượng."
    >>> [(r.label, r.head, r.tail) for r in link_quantities(t, [Candidate(15, 24, "MEASURE"), Candidate(12, 14, "NUMBER")])]
    [('QUANTIFIES', 1, 0)]
    """
    from ..numbers.linking import quantifies

    order = sorted(range(len(entities)), key=lambda i: (entities[i].start, entities[i].end))
    out = []
    for n, m in quantifies(text, [entities[i] for i in order]):
        head, tail = order[n], order[m]
        out.append(RelationCandidate("QUANTIFIES", head, tail, (entities[head].start, entities[tail].end)))
    return out


def relations_in(
    norm: NormalizedText,
    spans: Sequence[tuple[int, int, str]],
    sentences: Sequence[tuple[int, int]],
    definitions: Sequence[Definition] | None = None,
) -> list[RelationCandidate]:
    """Every relation (the rules and QUANTIFIES) among entities given in offsets of ``norm.original``.

    ``spans`` are ``(start, end, label)`` of the caller's text; ``sentences``
    are spans of ``norm.text``.  The result names entities by their index in
    ``spans`` and gives its evidence in offsets of the caller's text.  This is
    what the pipeline's relation component and :func:`relate` both run.

    >>> from vn_crimeie.normalize import normalize
    >>> norm = normalize("Đại\u00a0tá Lê Văn A dự họp.")
    >>> [(r.label, r.head, r.tail, r.evidence) for r in relations_in(norm, [(0, 6, "RANK"), (7, 15, "PERSON")], [(0, 23)])]
    [('HAS_RANK', 1, 0, (0, 23))]
    """
    ents = [_Span(*norm.from_original(s, e), label) for s, e, label in spans]
    found = extract_relations(norm.text, ents, sentences, definitions) + link_quantities(norm.text, ents)
    return [replace(r, evidence=norm.to_original(*r.evidence)) for r in found]


def relate(document: Document, labels: Sequence[str] | None = None) -> Document:
    """A copy of ``document`` whose relations are the ones found among its entities.

    Besides the rules of this package it links numbers to what they count
    (QUANTIFIES, :func:`link_quantities`), as the pipeline does.  ``labels``
    keeps only relations of those labels (default: all).

    >>> from vn_crimeie.document import Document
    >>> doc = Document.from_dict({"id": "d", "text": "Đại tá Lê Văn A dự họp.", "entities": [
    ...     {"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
    ...     {"id": "e2", "start": 7, "end": 15, "label": "PERSON", "text": "Lê Văn A"}]})
    >>> [(r.label, r.head, r.tail) for r in relate(doc).relations]
    [('HAS_RANK', 'e2', 'e1')]
    """
    from ..document import Relation

    norm = normalize(document.text)
    found = relations_in(norm, [(e.start, e.end, e.label) for e in document.entities], split_sentences(norm.text))
    relations = [
        Relation(r.label, document.entities[r.head].id, document.entities[r.tail].id, r.evidence)
        for r in found
        if labels is None or r.label in labels
    ]
    return replace(document, relations=relations)
