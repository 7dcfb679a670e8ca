"""CoNLL BIO: one ``token<TAB>tag`` line per token, a blank line at each line break of the text.

Tokens are runs of word characters or single punctuation marks, also cut at
entity boundaries (see :mod:`.tokens`).  Each document opens with a
``# doc_id = …`` comment, then ``# meta = {…}`` (JSON: source, licence) when the
document has a ``meta``.  The format carries entities and ``meta`` only (no values, no
relations, no dateline, not the exact white space): read it with ``texts`` (doc id → original
text) to get the original offsets back, or without to get a text rebuilt from
the tokens.

>>> doc = {"id": "d1", "text": "Đại tá Lê Văn A.", "entities": [
...     {"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
...     {"id": "e2", "start": 7, "end": 15, "label": "PERSON", "text": "Lê Văn A"}]}
>>> print(to_conll([doc]).replace("\\t", " → "))
# doc_id = d1
Đại → B-RANK
tá → I-RANK
Lê → B-PERSON
Văn → I-PERSON
A → I-PERSON
. → O
<BLANKLINE>
>>> [(e["start"], e["text"]) for e in from_conll(to_conll([doc]))[0]["entities"]]
[(0, 'Đại tá'), (7, 'Lê Văn A')]
>>> to_conll([{**doc, "meta": {"licence": "GPL-3.0"}}]).splitlines()[1]
'# meta = {"licence": "GPL-3.0"}'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .tokens import token_spans

__all__ = ["to_conll", "from_conll", "read", "write"]

DOC_PREFIX = "# doc_id = "
META_PREFIX = "# meta = "


def _doc_lines(doc: Mapping[str, Any]) -> list[str]:
    text = doc["text"]
    entities = sorted(doc.get("entities") or [], key=lambda e: e["start"])
    cuts = [x for e in entities for x in (e["start"], e["end"])]
    lines = [f"{DOC_PREFIX}{doc.get('id')}"]
    if doc.get("meta") is not None:
        lines.append(META_PREFIX + json.dumps(doc["meta"], ensure_ascii=False))
    k = 0
    inside: Mapping[str, Any] | None = None
    pos = 0
    for start, end in token_spans(text, cuts):
        if "\n" in text[pos:start] and inside is None and lines[-1] != "":
            lines.append("")
        while k < len(entities) and entities[k]["end"] <= start:
            k += 1
        ent = entities[k] if k < len(entities) and entities[k]["start"] <= start else None
        if ent is None:
            tag = "O"
        else:
            tag = ("B-" if ent is not inside else "I-") + ent["label"]
        inside = ent if ent is not None and end < ent["end"] else None
        lines.append(f"{text[start:end]}\t{tag}")
        pos = end
    if lines[-1] != "":
        lines.append("")
    return lines


def to_conll(docs: Iterable[Mapping[str, Any]]) -> str:
    """The CoNLL BIO text of ``docs``."""
    return "\n".join(line for doc in docs for line in _doc_lines(doc))


def _close(entities: list[dict[str, Any]], current: dict[str, Any] | None) -> None:
    if current is not None:
        entities.append(current)


def _build(doc_id: str, rows: list[tuple[str, str, int]], text: str | None, source: str) -> dict[str, Any]:
    """Offsets for the rows (token, tag, line), against ``text`` or a text rebuilt from the tokens."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    previous_break = False
    for token, _, lineno in rows:
        if token == "":  # sentence break
            previous_break = True
            continue
        if text is None:
            if pieces:
                sep = "\n" if previous_break else " "
                pieces.append(sep)
                pos += 1
            pieces.append(token)
            offsets.append((pos, pos + len(token)))
            pos += len(token)
        else:
            found = text.find(token, pos)
            if found < 0 or text[pos:found].strip():
                raise ValueError(f"{source}:{lineno}: token {token!r} does not follow offset {pos} of document {doc_id!r}")
            offsets.append((found, found + len(token)))
            pos = found + len(token)
        previous_break = False
    full = text if text is not None else "".join(pieces)
    entities: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    i = 0
    for token, tag, lineno in rows:
        if token == "":
            _close(entities, current)
            current = None
            continue
        start, end = offsets[i]
        i += 1
        if tag == "O":
            _close(entities, current)
            current = None
            continue
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or not label:
            raise ValueError(f"{source}:{lineno}: tag {tag!r} is not O, B-LABEL or I-LABEL")
        if prefix == "I" and current is not None and current["label"] == label:
            current["end"] = end
        else:
            _close(entities, current)
            current = {"start": start, "end": end, "label": label}
    _close(entities, current)
    out = []
    for n, e in enumerate(entities, 1):
        out.append({"id": f"e{n}", "start": e["start"], "end": e["end"], "label": e["label"],
                    "text": full[e["start"]:e["end"]]})
    return {"id": doc_id, "text": full, "entities": out, "relations": []}


def from_conll(data: str, texts: Mapping[str, str] | None = None, source: str = "<conll>") -> list[dict[str, Any]]:
    """Documents from CoNLL BIO text; with ``texts`` (id → text) the offsets are the original ones."""
    docs: list[dict[str, Any]] = []
    doc_id: str | None = None
    rows: list[tuple[str, str, int]] = []
    meta: Any = None

    def flush() -> None:
        if doc_id is not None or rows:
            name = doc_id if doc_id is not None else str(len(docs) + 1)
            text = texts.get(name) if texts is not None else None
            if texts is not None and text is None:
                raise ValueError(f"{source}: no text given for document {name!r}")
            docs.append(_build(name, rows, text, source))
            if meta is not None:
                docs[-1]["meta"] = meta

    for lineno, line in enumerate(data.splitlines(), 1):
        if line.startswith(DOC_PREFIX) or line.startswith("-DOCSTART-"):
            flush()
            doc_id = line[len(DOC_PREFIX):].strip() if line.startswith(DOC_PREFIX) else None
            rows, meta = [], None
            continue
        if line.startswith(META_PREFIX):
            try:
                meta = json.loads(line[len(META_PREFIX):])
            except json.JSONDecodeError as exc:
                raise ValueError(f"{source}:{lineno}: meta is not JSON: {exc}") from exc
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            rows.append(("", "", lineno))
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        if len(fields) < 2:
            raise ValueError(f"{source}:{lineno}: expected 'token<TAB>tag', got {line!r}")
        rows.append((fields[0], fields[-1], lineno))
    flush()
    return docs


def write(docs: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """Write a CoNLL BIO file."""
    Path(path).write_text(to_conll(docs), encoding="utf-8")


def read(path: str | Path, texts: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Read a CoNLL BIO file (see :func:`from_conll`)."""
    return from_conll(Path(path).read_text(encoding="utf-8"), texts, str(path))
