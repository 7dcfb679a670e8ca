"""spaCy ``DocBin``: entities as ``doc.ents``, candidates as ``doc.spans["vn_crimeie"]``.

Docs are built on a plain :class:`spacy.vocab.Vocab` (no language needed) from
word/punctuation tokens cut at every entity and candidate boundary, so
``doc.text`` is the document text exactly.  Ids, the dateline, ``meta``, entity ids and
values and the relations travel in ``doc.user_data["vn_crimeie"]`` (the DocBin
is written with ``store_user_data=True``).  Candidates are the optional
``"candidates"`` list of a document (spans that may overlap, e.g. every
recogniser proposal); gold files have none.

>>> doc = {"id": "d1", "text": "Trung úy  Lê Văn C", "dateline": None, "entities": [
...     {"id": "e1", "start": 0, "end": 8, "label": "RANK", "text": "Trung úy"},
...     {"id": "e2", "start": 10, "end": 18, "label": "PERSON", "text": "Lê Văn C"}], "relations": []}
>>> spacy_doc = to_spacy(doc)
>>> spacy_doc.text == doc["text"], [(e.text, e.label_) for e in spacy_doc.ents]
(True, [('Trung úy', 'RANK'), ('Lê Văn C', 'PERSON')])
>>> from_docbin(to_docbin([doc])) == [doc]
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .tokens import token_spans, words_and_spaces

__all__ = ["to_spacy", "from_spacy", "to_docbin", "from_docbin", "read", "write"]

USER_KEY = "vn_crimeie"
SPANS_KEY = "vn_crimeie"


def to_spacy(doc: Mapping[str, Any], vocab: Any = None) -> Any:
    """A spaCy ``Doc`` of one docs/schema.md document (entities must be flat; candidates may overlap)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    text = doc["text"]
    entities = list(doc.get("entities") or [])
    candidates = list(doc.get("candidates") or [])
    cuts = [x for e in entities + candidates for x in (e["start"], e["end"])]
    words, spaces = words_and_spaces(text, token_spans(text, cuts))
    out = Doc(vocab if vocab is not None else Vocab(), words=words, spaces=spaces)
    if out.text != text:  # pragma: no cover - words_and_spaces guarantees it
        raise ValueError(f"document {doc.get('id')!r}: tokens do not rebuild the text")

    def span(e: Mapping[str, Any]) -> Any:
        s = out.char_span(e["start"], e["end"], label=e["label"])
        if s is None:
            raise ValueError(f"document {doc.get('id')!r}: [{e['start']}, {e['end']}) is not on token boundaries")
        return s

    try:
        out.ents = [span(e) for e in entities]
    except ValueError as exc:
        raise ValueError(f"document {doc.get('id')!r}: entities must not overlap in doc.ents ({exc})") from exc
    if candidates:
        out.spans[SPANS_KEY] = [span(c) for c in candidates]
    out.user_data[USER_KEY] = json.dumps({
        "id": doc.get("id"),
        "dateline": doc.get("dateline"),
        "entities": [{"id": e.get("id"), **({"value": e["value"]} if "value" in e else {})} for e in entities],
        "relations": list(doc.get("relations") or []),
        **({"meta": doc["meta"]} if doc.get("meta") is not None else {}),
    }, ensure_ascii=False)
    return out


def from_spacy(spacy_doc: Any, doc_id: Any = None) -> dict[str, Any]:
    """A docs/schema.md document from a spaCy ``Doc`` (with or without vn_crimeie ``user_data``)."""
    stored = json.loads(spacy_doc.user_data.get(USER_KEY, "{}"))
    extra = stored.get("entities") or []
    entities = []
    for i, span in enumerate(spacy_doc.ents):
        info = extra[i] if i < len(extra) else {}
        ent = {"id": info.get("id") or f"e{i + 1}", "start": span.start_char, "end": span.end_char,
               "label": span.label_, "text": span.text}
        if "value" in info:
            ent["value"] = info["value"]
        entities.append(ent)
    out: dict[str, Any] = {
        "id": stored.get("id", doc_id),
        "text": spacy_doc.text,
        "dateline": stored.get("dateline"),
        "entities": entities,
        "relations": stored.get("relations") or [],
    }
    if stored.get("meta") is not None:
        out["meta"] = stored["meta"]
    if SPANS_KEY in spacy_doc.spans:
        out["candidates"] = [
            {"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text}
            for s in spacy_doc.spans[SPANS_KEY]
        ]
    return out


def to_docbin(docs: Iterable[Mapping[str, Any]]) -> Any:
    """A ``DocBin`` (with user data) of docs/schema.md documents."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    docbin = DocBin(store_user_data=True)
    for doc in docs:
        docbin.add(to_spacy(doc, vocab))
    return docbin


def from_docbin(docbin: Any) -> list[dict[str, Any]]:
    """docs/schema.md documents of a ``DocBin``."""
    from spacy.vocab import Vocab

    return [from_spacy(d, n) for n, d in enumerate(docbin.get_docs(Vocab()), 1)]


def write(docs: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """Write a ``.spacy`` file."""
    to_docbin(docs).to_disk(path)


def read(path: str | Path) -> list[dict[str, Any]]:
    """Read a ``.spacy`` file."""
    from spacy.tokens import DocBin

    return from_docbin(DocBin().from_disk(path))
