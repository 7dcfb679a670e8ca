"""Label Studio JSON: tasks with span labels, per-region values and relations.

Each document becomes a task ``{"data": {"text", "doc_id", "dateline", "meta"},
"annotations": [{"result": [...]}]}`` (``meta``, the source and licence of a
corpus document, only when the document has one; a task-level ``meta`` is read too).  An entity is a ``labels`` region whose
``id`` is the entity id; its value (when present) is a per-region ``textarea``
result holding the value as JSON; a relation is a ``relation`` result.
:func:`label_config` gives the matching labelling interface.

>>> doc = {"id": "d1", "text": "Đại tá Lê Văn A", "dateline": None, "entities": [
...     {"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
...     {"id": "e2", "start": 7, "end": 15, "label": "PERSON", "text": "Lê Văn A"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]}
>>> from_label_studio(to_label_studio([doc])) == [doc]
True
>>> cited = {**doc, "meta": {"source": "https://dantri.com.vn/phap-luat/tin.htm", "licence": "GPL-3.0"}}
>>> from_label_studio(to_label_studio([cited]))[0]["meta"]["licence"]
'GPL-3.0'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ...candidates import LABELS, RELATION_TYPES

__all__ = ["to_label_studio", "from_label_studio", "label_config", "read", "write"]

LABEL_TAG = "label"
VALUE_TAG = "value"
TEXT_TAG = "text"


def label_config() -> str:
    """The Label Studio labelling interface (XML) for the docs/schema.md labels and relations.

    >>> "<Relation value=\\"HAS_RANK\\"/>" in label_config()
    True
    """
    labels = "\n".join(f'    <Label value="{label}"/>' for label in LABELS)
    relations = "\n".join(f'    <Relation value="{label}"/>' for label in RELATION_TYPES)
    return (
        "<View>\n"
        f'  <Labels name="{LABEL_TAG}" toName="{TEXT_TAG}">\n{labels}\n  </Labels>\n'
        f'  <Text name="{TEXT_TAG}" value="$text" granularity="symbol"/>\n'
        f'  <Relations>\n{relations}\n  </Relations>\n'
        f'  <TextArea name="{VALUE_TAG}" toName="{TEXT_TAG}" perRegion="true" editable="true" '
        'placeholder="value as JSON"/>\n'
        "</View>\n"
    )


def to_label_studio(docs: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Label Studio tasks (with one annotation each) for docs/schema.md documents."""
    tasks = []
    for n, doc in enumerate(docs, 1):
        text = doc["text"]
        result: list[dict[str, Any]] = []
        for ent in doc.get("entities") or []:
            start, end = ent["start"], ent["end"]
            base = {"id": ent["id"], "to_name": TEXT_TAG, "origin": "manual"}
            result.append({
                **base, "from_name": LABEL_TAG, "type": "labels",
                "value": {"start": start, "end": end, "text": text[start:end], "labels": [ent["label"]]},
            })
            if ent.get("value") is not None:
                result.append({
                    **base, "from_name": VALUE_TAG, "type": "textarea",
                    "value": {"start": start, "end": end, "text": [json.dumps(ent["value"], ensure_ascii=False)]},
                })
        for rel in doc.get("relations") or []:
            result.append({
                "type": "relation", "from_id": rel["head"], "to_id": rel["tail"],
                "direction": "right", "labels": [rel["label"]],
            })
        data = {"text": text, "doc_id": doc.get("id"), "dateline": doc.get("dateline")}
        if doc.get("meta") is not None:
            data["meta"] = doc["meta"]
        tasks.append({
            "id": n,
            "data": data,
            "annotations": [{"result": result}],
        })
    return tasks


def _pick_result(task: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The result of the last annotation that was not cancelled (else of the last prediction)."""
    for key in ("annotations", "completions", "predictions"):
        items = [a for a in task.get(key) or [] if not a.get("was_cancelled")]
        if items:
            return list(items[-1].get("result") or [])
    return []


def from_label_studio(tasks: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """docs/schema.md documents from Label Studio tasks (an export in JSON format).

    Raises ``ValueError`` naming the task when a region's offsets do not fit its text.
    """
    docs = []
    for n, task in enumerate(tasks, 1):
        data = task.get("data") or {}
        text = data.get("text")
        if not isinstance(text, str):
            raise ValueError(f"Label Studio task {n}: data.text is missing")
        entities: dict[str, dict[str, Any]] = {}
        values: dict[str, Any] = {}
        relations = []
        for item in _pick_result(task):
            kind = item.get("type")
            if kind == "labels":
                v = item["value"]
                start, end = int(v["start"]), int(v["end"])
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"Label Studio task {n}: region {item.get('id')} [{start}, {end}) outside the text")
                entities[str(item["id"])] = {
                    "id": str(item["id"]), "start": start, "end": end,
                    "label": v["labels"][0], "text": text[start:end],
                }
            elif kind == "textarea" and item.get("from_name") == VALUE_TAG:
                raw = "".join(item["value"].get("text") or [])
                try:
                    values[str(item["id"])] = json.loads(raw) if raw.strip() else None
                except json.JSONDecodeError as exc:
                    raise ValueError(f"Label Studio task {n}: value of region {item.get('id')} is not JSON: {raw!r}") from exc
            elif kind == "relation":
                for label in item.get("labels") or []:
                    head, tail = str(item["from_id"]), str(item["to_id"])
                    if item.get("direction") == "left":
                        head, tail = tail, head
                    relations.append({"label": label, "head": head, "tail": tail})
        for eid, value in values.items():
            if eid in entities and value is not None:
                entities[eid]["value"] = value
        doc = {
            "id": data.get("doc_id", task.get("id", n)),
            "text": text,
            "dateline": data.get("dateline"),
            "entities": list(entities.values()),
            "relations": relations,
        }
        meta = data.get("meta", task.get("meta") or None)  # Label Studio exports a task's own meta as {}
        if meta is not None:
            doc["meta"] = meta
        docs.append(doc)
    return docs


def write(docs: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """Write a Label Studio import file (a JSON list of tasks)."""
    Path(path).write_text(json.dumps(to_label_studio(docs), ensure_ascii=False, indent=1), encoding="utf-8")


def read(path: str | Path) -> list[dict[str, Any]]:
    """Read a Label Studio JSON export."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return from_label_studio(data if isinstance(data, list) else [data])
