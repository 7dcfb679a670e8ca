"""Texts of any length: paragraph-aligned chunks, and one Document put together from theirs.

A text longer than the pipeline's ``nlp.max_length`` (or a chunk size the
caller sets) is read in chunks that end at a paragraph break (a line break),
or, for a paragraph longer than a chunk, after a sentence or at a space.
Each chunk is extracted on its own; :func:`join_documents` shifts its offsets
into the whole text, numbers its entities on, and keeps its relations, which
therefore never cross a chunk.

>>> text = "Đoạn một.\\nĐoạn hai dài hơn.\\nĐoạn ba."
>>> [text[s:e] for s, e in chunk_spans(text, 20)]
['Đoạn một.\\n', 'Đoạn hai dài hơn.\\n', 'Đoạn ba.']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .document import Document, Entity, Relation

__all__ = ["chunk_spans", "join_documents"]

_SENTENCE_END = regex.compile(r"[.!?…][\"”)]*\s+")
_SPACE = regex.compile(r"\s(?!\s)")  # the last white-space character of a run


def _cut(text: str, start: int, limit: int) -> int:
    """Where a chunk that starts at ``start`` ends, at most at ``limit`` (exclusive), never at ``start``.

    After the last line break before ``limit``; in a paragraph longer than a
    chunk, after the last sentence end or space in the chunk's second half.
    """
    if limit >= len(text):
        return len(text)
    at = text.rfind("\n", start, limit)
    if at >= start:
        return at + 1
    floor = start + (limit - start) // 2  # a cut in the first half would make many small chunks
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for last in pattern.finditer(text, floor, limit):
            pass
        if last is not None and last.end() > start:
            return last.end()
    return limit


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive chunks of ``text``, each at most ``size`` characters, covering it.

    >>> chunk_spans("Công an bắt 2 người. Thu giữ 1 khẩu súng.", 30)
    [(0, 21), (21, 41)]
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1 character, got {size}")
    spans = []
    start = 0
    while start < len(text):
        end = _cut(text, start, start + size)
        spans.append((start, end))
        start = end
    return spans


def _shifted(doc: Document, offset: int, first_id: int) -> tuple[list[Entity], list[Relation]]:
    ids = {}
    entities = []
    for n, ent in enumerate(doc.entities, first_id):
        ids[ent.id] = f"e{n}"
        entities.append(Entity(f"e{n}", ent.start + offset, ent.end + offset, ent.label, ent.text, ent.value, ent.source))
    relations = [
        Relation(r.label, ids[r.head], ids[r.tail], None if r.evidence is None else (r.evidence[0] + offset, r.evidence[1] + offset))
        for r in doc.relations
    ]
    return entities, relations


def join_documents(text: str, parts: Sequence[tuple[int, Document]], dateline: str | None, id: str | None) -> Document:
    """One Document of ``text`` from the Documents of its chunks (each with the offset of its chunk).

    Its ``warnings`` are the chunks' and ``chunked``.

    >>> a = Document("Đại tá A.", [Entity("e1", 0, 6, "RANK", "Đại tá")], [], None, None, [(0, 9)])
    >>> b = Document("Thượng tá B.", [Entity("e1", 0, 9, "RANK", "Thượng tá")], [], None, None, [(0, 12)])
    >>> whole = join_documents("Đại tá A.\\nThượng tá B.", [(0, a), (10, b)], None, "d")
    >>> [(e.id, e.start, e.text) for e in whole.entities], whole.sentences
    ([('e1', 0, 'Đại tá'), ('e2', 10, 'Thượng tá')], [(0, 9), (10, 22)])
    >>> whole.warnings
    ['chunked']
    """
    entities: list[Entity] = []
    relations: list[Relation] = []
    sentences: list[tuple[int, int]] = []
    for offset, doc in parts:
        ents, rels = _shifted(doc, offset, len(entities) + 1)
        entities += ents
        relations += rels
        sentences += [(s + offset, e + offset) for s, e in doc.sentences]
    warnings = sorted({w for _offset, doc in parts for w in doc.warnings} | {"chunked"})
    return Document(text, entities, relations, dateline, id, sentences, warnings=warnings)
