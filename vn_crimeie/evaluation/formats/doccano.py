"""doccano JSONL (relation extraction project): entities and relations, ids as integers.

Each line is ``{"text", "entities": [{"id", "label", "start_offset",
"end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}], "doc_id",
"dateline", "meta"}`` (``meta`` only when the document has one); doccano keeps
the extra keys as metadata and exports them again.  Entity ``eN`` is
written as ``N`` and read back as ``eN``.  doccano cannot hold values, so they
are not exported.  The older sequence-labelling form ``"label": [[start, end,
label], ...]`` is read too.

>>> doc = {"id": "d1", "text": "Bộ Công an", "dateline": None,
...        "entities": [{"id": "e1", "start": 0, "end": 10, "label": "ORG", "text": "Bộ Công an"}], "relations": []}
>>> from_doccano([to_doccano(doc)]) == [doc]
True
>>> from_doccano([to_doccano({**doc, "meta": {"licence": "GPL-3.0"}})])[0]["meta"]
{'licence': 'GPL-3.0'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..jsonl import iter_jsonl, write_jsonl
from .ids import numeric_ids

__all__ = ["to_doccano", "from_doccano", "read", "write"]

def to_doccano(doc: Mapping[str, Any]) -> dict[str, Any]:
    """One doccano JSONL record for a docs/schema.md document."""
    entities = list(doc.get("entities") or [])
    ids = numeric_ids(entities)
    record = {
        "text": doc["text"],
        "entities": [
            {"id": ids[str(e.get("id"))], "label": e["label"], "start_offset": e["start"], "end_offset": e["end"]}
            for e in entities
        ],
        "relations": [
            {"id": i, "from_id": ids[r["head"]], "to_id": ids[r["tail"]], "type": r["label"]}
            for i, r in enumerate(doc.get("relations") or [], 1)
        ],
        "doc_id": doc.get("id"),
        "dateline": doc.get("dateline"),
    }
    if doc.get("meta") is not None:
        record["meta"] = doc["meta"]
    return record


def from_doccano(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """docs/schema.md documents from doccano records (relation or sequence-labelling export)."""
    docs = []
    for n, rec in enumerate(records, 1):
        text = rec.get("text")
        if not isinstance(text, str):
            raise ValueError(f"doccano record {n}: 'text' is missing")
        entities = []
        if "entities" in rec:
            for e in rec["entities"]:
                start, end = int(e["start_offset"]), int(e["end_offset"])
                entities.append({"id": f"e{e['id']}", "start": start, "end": end, "label": e["label"],
                                 "text": text[start:end]})
        else:
            for i, (start, end, label) in enumerate(rec.get("label") or [], 1):
                entities.append({"id": f"e{i}", "start": start, "end": end, "label": label, "text": text[start:end]})
        for e in entities:
            if not 0 <= e["start"] < e["end"] <= len(text):
                raise ValueError(f"doccano record {n}: entity {e['id']} [{e['start']}, {e['end']}) outside the text")
        relations = [
            {"label": r["type"], "head": f"e{r['from_id']}", "tail": f"e{r['to_id']}"}
            for r in rec.get("relations") or []
        ]
        doc = {
            "id": rec.get("doc_id", rec.get("id", n)),
            "text": text,
            "dateline": rec.get("dateline"),
            "entities": entities,
            "relations": relations,
        }
        if rec.get("meta") is not None:
            doc["meta"] = rec["meta"]
        docs.append(doc)
    return docs


def write(docs: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """Write a doccano import file (JSONL)."""
    write_jsonl((to_doccano(d) for d in docs), path)


def read(path: str | Path) -> list[dict[str, Any]]:
    """Read a doccano JSONL export; a broken line raises ``ValueError`` naming file and line."""
    records = []
    for lineno, obj in iter_jsonl(path):
        if isinstance(obj, Exception):
            raise ValueError(f"{path}:{lineno}: not valid JSON: {obj}")
        records.append(obj)
    return from_doccano(records)
