"""BRAT standoff: ``<id>.txt`` + ``<id>.ann`` per document, T and R lines, values as notes.

An entity ``eN`` is written ``TN`` (a span crossing a line break as fragments
``s1 e1;s2 e2``), a relation ``Rk<TAB>LABEL Arg1:Th Arg2:Tt``, and a value as
``#k<TAB>AnnotatorNotes TN<TAB>{json}``.  :func:`annotation_conf` gives the
``annotation.conf`` that :func:`write` puts next to the files.  BRAT has no
document attributes: the dateline and ``meta`` (source, licence) go to a
sidecar ``<id>.meta.json`` (written when the document has either; BRAT
ignores it); the document id is the file name.

>>> doc = {"id": "d1", "text": "Thiếu tá Lê Thị B", "entities": [
...     {"id": "e1", "start": 0, "end": 8, "label": "RANK", "text": "Thiếu tá"},
...     {"id": "e2", "start": 9, "end": 17, "label": "PERSON", "text": "Lê Thị B"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]}
>>> print(to_ann(doc).replace("\\t", " | "))
T1 | RANK 0 8 | Thiếu tá
T2 | PERSON 9 17 | Lê Thị B
R1 | HAS_RANK Arg1:T2 Arg2:T1
<BLANKLINE>
>>> from_ann("d1", doc["text"], to_ann(doc)) == doc
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ...candidates import LABELS, RELATION_TYPES
from .ids import numeric_ids

__all__ = ["to_ann", "from_ann", "annotation_conf", "read", "write", "file_stem", "SIDECAR_SUFFIX"]

#: The file beside ``<id>.ann`` that holds a document's dateline and ``meta``.
SIDECAR_SUFFIX = ".meta.json"
#: The document keys the sidecar carries.
SIDECAR_KEYS = ("dateline", "meta")

_UNSAFE = re.compile(r"[^\w.-]")


def file_stem(doc_id: Any) -> str:
    """A file name for a document id (characters other than letters, digits, ``._-`` become ``_``).

    >>> file_stem("bm/2017 01")
    'bm_2017_01'
    """
    return _UNSAFE.sub("_", str(doc_id))


def annotation_conf() -> str:
    """``annotation.conf`` for the docs/schema.md labels and the relation argument types."""
    lines = ["[entities]", *LABELS, "", "[relations]"]
    for label, (heads, tails) in RELATION_TYPES.items():
        lines.append(f"{label}\tArg1:{'|'.join(sorted(heads))}, Arg2:{'|'.join(sorted(tails))}")
    lines += ["", "[events]", "", "[attributes]", ""]
    return "\n".join(lines)


def _fragments(text: str, start: int, end: int) -> str:
    parts, pos = [], start
    for piece in text[start:end].split("\n"):
        if piece:
            parts.append(f"{pos} {pos + len(piece)}")
        pos += len(piece) + 1
    return ";".join(parts)


def to_ann(doc: Mapping[str, Any]) -> str:
    """The ``.ann`` text of one document."""
    text = doc["text"]
    entities = list(doc.get("entities") or [])
    ids = numeric_ids(entities)
    lines: list[str] = []
    notes: list[str] = []
    for ent in entities:
        tid = f"T{ids[str(ent.get('id'))]}"
        start, end = ent["start"], ent["end"]
        surface = text[start:end].replace("\n", " ")
        lines.append(f"{tid}\t{ent['label']} {_fragments(text, start, end)}\t{surface}")
        if ent.get("value") is not None:
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {tid}\t{json.dumps(ent['value'], ensure_ascii=False)}")
    for k, rel in enumerate(doc.get("relations") or [], 1):
        lines.append(f"R{k}\t{rel['label']} Arg1:T{ids[rel['head']]} Arg2:T{ids[rel['tail']]}")
    return "\n".join(lines + notes) + "\n"


def from_ann(doc_id: Any, text: str, ann: str, source: str = "<ann>") -> dict[str, Any]:
    """A docs/schema.md document from a text and its ``.ann``; faults name ``source`` and line."""
    entities: dict[str, dict[str, Any]] = {}
    relations = []
    for lineno, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        fields = line.split("\t")
        kind = line[0]
        try:
            if kind == "T":
                label, _, spans = fields[1].partition(" ")
                offsets = [tuple(int(x) for x in frag.split()) for frag in spans.split(";")]
                start, end = offsets[0][0], offsets[-1][1]
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"span [{start}, {end}) outside the text")
                eid = f"e{fields[0][1:]}"
                entities[fields[0]] = {"id": eid, "start": start, "end": end, "label": label, "text": text[start:end]}
            elif kind == "R":
                label, arg1, arg2 = fields[1].split()
                head, tail = arg1.split(":", 1)[1], arg2.split(":", 1)[1]
                relations.append({"label": label, "head": f"e{head[1:]}", "tail": f"e{tail[1:]}"})
            elif kind == "#":
                note, target = fields[1].split()
                if note == "AnnotatorNotes" and target in entities:
                    entities[target]["value"] = json.loads(fields[2])
        except (IndexError, ValueError) as exc:
            raise ValueError(f"{where}: cannot read {line!r}: {exc}") from exc
    return {"id": doc_id, "text": text, "entities": list(entities.values()), "relations": relations}


def write(docs: Iterable[Mapping[str, Any]], directory: str | Path) -> None:
    """Write ``<id>.txt``/``<id>.ann`` for every document and ``annotation.conf`` into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        stem = file_stem(doc["id"])
        (out / f"{stem}.txt").write_text(doc["text"], encoding="utf-8", newline="")
        (out / f"{stem}.ann").write_text(to_ann(doc), encoding="utf-8", newline="\n")
        sidecar = {key: doc[key] for key in SIDECAR_KEYS if doc.get(key) is not None}
        if sidecar:
            (out / f"{stem}{SIDECAR_SUFFIX}").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    (out / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")


def read(directory: str | Path) -> list[dict[str, Any]]:
    """Every ``*.ann`` of ``directory`` with its ``.txt`` (and sidecar, when there is one), in file-name order."""
    docs = []
    for ann in sorted(Path(directory).glob("*.ann")):
        txt = ann.with_suffix(".txt")
        with open(txt, encoding="utf-8", newline="") as handle:
            text = handle.read()
        doc = from_ann(ann.stem, text, ann.read_text(encoding="utf-8"), str(ann))
        sidecar = ann.with_suffix(SIDECAR_SUFFIX)
        if sidecar.is_file():
            try:
                stored = json.loads(sidecar.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{sidecar}: not valid JSON: {exc}") from exc
            doc.update({key: stored[key] for key in SIDECAR_KEYS if key in stored})
        docs.append(doc)
    return docs
