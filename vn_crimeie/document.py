"""The result of an extraction: typed dataclasses that serialise to docs/schema.md.

>>> doc = Document.from_dict({"id": "d1", "text": "Đại tá Lê Văn A", "dateline": None,
...     "entities": [{"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
...                  {"id": "e2", "start": 7, "end": 15, "label": "PERSON", "text": "Lê Văn A"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]})
>>> doc.entity("e2").text, doc.relations[0].label
('Lê Văn A', 'HAS_RANK')
>>> Document.from_dict(doc.to_dict()) == doc
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .candidates import LABELS, RELATION_TYPES

__all__ = ["Entity", "Relation", "Document"]


def _require(d: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in d:
        raise ValueError(f"{where}: missing key {key!r}")
    value = d[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{where}: {key!r} must be {getattr(kind, '__name__', kind)}, got {value!r}")
    return value


#: The rules whose PERSON is the article's author or a credit (``Ảnh: Hoàng Hà``): written as the
#: entity's ``source`` in :meth:`Entity.to_dict`; :func:`vn_crimeie.people.people` gives them the role reporter.
CREDIT_SOURCES = frozenset({"persons.byline", "persons.credit"})


@dataclass(frozen=True)
class Entity:
    """A labelled span ``text[start:end]`` of the caller's text, with its normalised ``value``.

    >>> Entity("e1", 0, 6, "RANK", "Đại tá", {"rank": "Đại tá", "grade": "field", "order": 4}).to_dict()["value"]
    {'rank': 'Đại tá', 'grade': 'field', 'order': 4}
    """

    id: str
    start: int
    end: int
    label: str
    text: str
    value: dict[str, Any] | None = None
    source: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The docs/schema.md entity (``value`` only when there is one; ``source`` only on a byline or a
        credit, :data:`CREDIT_SOURCES`, so that a reader tells the reporter from the people of the story).

        >>> Entity("e9", 120, 129, "PERSON", "Trung Hùng", source="persons.byline").to_dict()["source"]
        'persons.byline'
        >>> "source" in Entity("e1", 0, 9, "PERSON", "Lê Văn An", source="persons.titled").to_dict()
        False
        """
        out: dict[str, Any] = {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "text": self.text}
        if self.value is not None:
            out["value"] = self.value
        if self.source in CREDIT_SOURCES:
            out["source"] = self.source
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], where: str = "entity") -> Entity:
        """Read a docs/schema.md entity; ``ValueError`` names ``where`` and what is wrong.

        >>> Entity.from_dict({"id": "e1", "start": 0, "end": 6, "label": "CAP_BAC", "text": "Đại tá"}, "entity #0")
        Traceback (most recent call last):
        ...
        ValueError: entity #0: unknown label 'CAP_BAC'
        """
        value = d.get("value")
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"{where}: 'value' must be an object, got {value!r}")
        label = _require(d, "label", str, where)
        if label not in LABELS:
            raise ValueError(f"{where}: unknown label {label!r}")
        return cls(
            id=_require(d, "id", str, where),
            start=_require(d, "start", int, where),
            end=_require(d, "end", int, where),
            label=label,
            text=_require(d, "text", str, where),
            value=value,
            source=d.get("source"),
        )


@dataclass(frozen=True)
class Relation:
    """A directed relation between two entities (by id); ``evidence`` is the sentence span.

    >>> Relation("HAS_RANK", "e2", "e1", (0, 23)).to_dict()
    {'label': 'HAS_RANK', 'head': 'e2', 'tail': 'e1', 'evidence': {'start': 0, 'end': 23}}
    """

    label: str
    head: str
    tail: str
    evidence: tuple[int, int] | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The docs/schema.md relation (``evidence`` as ``{"start", "end"}`` when known)."""
        out: dict[str, Any] = {"label": self.label, "head": self.head, "tail": self.tail}
        if self.evidence is not None:
            out["evidence"] = {"start": self.evidence[0], "end": self.evidence[1]}
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], where: str = "relation") -> Relation:
        """Read a docs/schema.md relation; ``ValueError`` names ``where`` and what is wrong.

        >>> Relation.from_dict({"label": "CAP_BAC_CUA", "head": "e2", "tail": "e1"}, "relation #0")
        Traceback (most recent call last):
        ...
        ValueError: relation #0: unknown relation label 'CAP_BAC_CUA'
        """
        label = _require(d, "label", str, where)
        if label not in RELATION_TYPES:
            raise ValueError(f"{where}: unknown relation label {label!r}")
        ev = d.get("evidence")
        evidence = (int(ev["start"]), int(ev["end"])) if isinstance(ev, dict) else None
        return cls(label, _require(d, "head", str, where), _require(d, "tail", str, where), evidence)


@dataclass
class Document:
    """Everything found in one text; ``to_dict()`` is a docs/schema.md document.

    >>> import vn_crimeie
    >>> doc = vn_crimeie.extract("Đại tá Lê Văn A dự họp.", id="tin-1")
    >>> doc.id, [(e.label, e.text) for e in doc.by_label("RANK")], [r.label for r in doc.relations]
    ('tin-1', [('RANK', 'Đại tá')], ['HAS_RANK'])
    """

    text: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    dateline: str | None = None
    id: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list, compare=False)
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    #: what the reader should know about the result: ``no-diacritics``, ``not-vietnamese``, ``chunked``
    warnings: list[str] = field(default_factory=list)

    # -- access ---------------------------------------------------------
    def entity(self, entity_id: str) -> Entity:
        """The entity with id ``entity_id`` (``KeyError`` if none)."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

    def by_label(self, label: str) -> list[Entity]:
        """Entities of one label, in text order."""
        return [e for e in self.entities if e.label == label]

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def relations_of(self, entity_id: str, label: str | None = None) -> list[tuple[Relation, Entity]]:
        """Relations whose head is ``entity_id`` (optionally of one label), with their tails."""
        index = {e.id: e for e in self.entities}
        return [
            (r, index[r.tail])
            for r in self.relations
            if r.head == entity_id and (label is None or r.label == label) and r.tail in index
        ]

    def sentence_of(self, start: int) -> tuple[int, int]:
        """The sentence span containing offset ``start`` (the whole text if unknown).

        >>> doc = Document("Công an bắt 5 đối tượng. Thu giữ 3 khẩu súng.", sentences=[(0, 24), (25, 45)])
        >>> doc.sentence_of(doc.text.index("khẩu")), doc.sentence_of(24)
        ((25, 45), (0, 45))
        """
        from .segment import span_at

        i = span_at(self.sentences, start)
        return self.sentences[i] if i is not None else (0, len(self.text))

    # -- serialisation --------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A docs/schema.md document (extra keys: ``sentences``, and ``meta`` when set)."""
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "dateline": self.dateline,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }
        if self.sentences:
            out["sentences"] = [list(s) for s in self.sentences]
        if self.meta:
            out["meta"] = self.meta
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON (UTF-8 characters kept)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Read a docs/schema.md document; raises ``ValueError`` naming what is wrong."""
        if not isinstance(d, Mapping):
            raise ValueError(f"a document must be a JSON object, got {type(d).__name__}")
        text = _require(d, "text", str, "document")
        doc_id = d.get("id")
        where = f"document {doc_id!r}"
        entities = [Entity.from_dict(e, f"{where} entity #{i}") for i, e in enumerate(d.get("entities") or [])]
        for ent in entities:
            if not (0 <= ent.start < ent.end <= len(text)) or text[ent.start : ent.end] != ent.text:
                raise ValueError(f"{where}: entity {ent.id} [{ent.start}, {ent.end}) does not match its text {ent.text!r}")
        relations = [Relation.from_dict(r, f"{where} relation #{i}") for i, r in enumerate(d.get("relations") or [])]
        ids = {e.id for e in entities}
        for rel in relations:
            if rel.head not in ids or rel.tail not in ids:
                raise ValueError(f"{where}: relation {rel.label} points at unknown entity ({rel.head} → {rel.tail})")
        dateline = d.get("dateline")
        if dateline is not None and not isinstance(dateline, str):
            raise ValueError(f"{where}: 'dateline' must be an ISO string or null, got {dateline!r}")
        sentences = [(int(s), int(e)) for s, e in d.get("sentences") or []]
        warnings = d.get("warnings") or []
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            raise ValueError(f"{where}: 'warnings' must be a list of strings, got {warnings!r}")
        doc_id = doc_id if doc_id is None else str(doc_id)
        return cls(text, entities, relations, dateline, doc_id, sentences, dict(d.get("meta") or {}), list(warnings))

    # -- views ----------------------------------------------------------
    def statistics(self, all: bool = False) -> list[dict[str, Any]]:
        """Statistics rows, one per counted figure, with the offsets of their parts (SCHEMA, "Views").

        ``{"number", "value", "comparator", "kind", "statistic", "measure", "unit",
        "action", "agent", "period", "sentence"}``: ``number``, ``measure``,
        ``agent`` and ``period`` are ``{"id", "start", "end", "text"}`` (or None),
        ``action`` ``{"start", "end", "text", "canonical"}``. Only the figures that
        are statistics (``statistic`` True: people arrested, cases, goods seized,
        prison terms …; no ages, percentages or bare numbers); ``all=True`` gives
        every figure. :func:`vn_crimeie.statistics.flatten` makes a row flat.

        >>> doc = Document.from_dict({"text": "Công an bắt 12 đối tượng.", "entities": [
        ...     {"id": "e1", "start": 0, "end": 7, "label": "ORG", "text": "Công an"},
        ...     {"id": "e2", "start": 12, "end": 14, "label": "NUMBER", "text": "12", "value": {"value": 12}},
        ...     {"id": "e3", "start": 15, "end": 24, "label": "MEASURE", "text": "đối tượng"}],
        ...     "relations": [{"label": "QUANTIFIES", "head": "e2", "tail": "e3"}]})
        >>> row = doc.statistics()[0]
        >>> row["number"], row["agent"]["id"], row["action"]["canonical"]
        ({'id': 'e2', 'start': 12, 'end': 14, 'text': '12'}, 'e1', 'bắt')
        """
        from .statistics import statistic_rows, statistics

        return statistics(self) if all else statistic_rows(self)

    def people(self) -> list[dict[str, Any]]:
        """One record per person with its ``role`` (official, lawyer, suspect, victim, witness, reporter, other)."""
        from .people import people

        return people(self)

    def officials(self) -> list[dict[str, Any]]:
        """One record per person: ``{name, ranks, titles, orgs, venues, crimes, mentions}``."""
        from .officials import officials

        return officials(self)
