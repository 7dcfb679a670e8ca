"""Import and export between docs/schema.md documents and the tools people annotate in.

| name | module | carries |
|---|---|---|
| ``jsonl`` | :mod:`..jsonl` | everything (docs/schema.md itself) |
| ``label-studio`` | :mod:`.label_studio` | entities, values, relations, id, dateline, meta |
| ``doccano`` | :mod:`.doccano` | entities, relations, id, dateline, meta |
| ``brat`` | :mod:`.brat` (a folder) | entities, values, relations, id (file name), dateline and meta (sidecar) |
| ``conll`` | :mod:`.conll` | entities (token-aligned), id, meta |
| ``spacy`` | :mod:`.spacy_docbin` | entities, values, relations, id, dateline, meta, candidate spans |

:func:`lost` names what a format would drop of given documents.

>>> sorted(FORMATS)
['brat', 'conll', 'doccano', 'jsonl', 'label-studio', 'spacy']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "CARRIES", "lost", "read", "write"]

#: Format name → module (each has ``read(path)`` and ``write(docs, path)``).
FORMATS: dict[str, str] = {
    "jsonl": "vn_crimeie.evaluation.formats.schema_jsonl",
    "label-studio": "vn_crimeie.evaluation.formats.label_studio",
    "doccano": "vn_crimeie.evaluation.formats.doccano",
    "brat": "vn_crimeie.evaluation.formats.brat",
    "conll": "vn_crimeie.evaluation.formats.conll",
    "spacy": "vn_crimeie.evaluation.formats.spacy_docbin",
}


#: What a document may hold beyond its text and entities, in the order :func:`lost` names it.
FIELDS = ("meta", "dateline", "values", "relations", "candidates", "other keys")
#: Format name → the :data:`FIELDS` it carries (every format carries id, text and entities).
CARRIES: dict[str, frozenset[str]] = {
    "jsonl": frozenset(FIELDS),
    "label-studio": frozenset({"meta", "dateline", "values", "relations"}),
    "doccano": frozenset({"meta", "dateline", "relations"}),
    "brat": frozenset({"meta", "dateline", "values", "relations"}),
    "conll": frozenset({"meta"}),
    "spacy": frozenset({"meta", "dateline", "values", "relations", "candidates"}),
}
_DOCUMENT_KEYS = frozenset({"id", "text", "dateline", "entities", "relations", "meta", "candidates"})


def _held(doc: Mapping[str, Any]) -> set[str]:
    """The :data:`FIELDS` that ``doc`` actually holds (a null or empty field holds nothing)."""
    held = {key for key in ("meta", "dateline", "relations", "candidates") if doc.get(key)}
    if any(e.get("value") is not None for e in doc.get("entities") or []):
        held.add("values")
    if set(doc) - _DOCUMENT_KEYS:
        held.add("other keys")
    return held


def lost(docs: Iterable[Mapping[str, Any]], fmt: str) -> list[str]:
    """What of ``docs`` the format ``fmt`` cannot carry (:data:`FIELDS` names; ``other keys`` named too).

    >>> doc = {"id": "a", "text": "Đại tá Lê Văn A", "dateline": "2024-03-13", "entities": [],
    ...        "relations": [], "meta": {"licence": "GPL-3.0"}, "sentences": []}
    >>> lost([doc], "conll"), lost([doc], "label-studio"), lost([doc], "jsonl")
    (['dateline', 'other keys (sentences)'], ['other keys (sentences)'], [])
    """
    docs = list(docs)
    held = set().union(*(_held(doc) for doc in docs)) - CARRIES[_checked(fmt)]
    names = [field for field in FIELDS if field in held]
    if "other keys" in names:
        others = sorted(set().union(*(set(doc) - _DOCUMENT_KEYS for doc in docs)))
        names[-1] = f"other keys ({', '.join(others)})"
    return names


def _checked(name: str) -> str:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; expected one of {sorted(FORMATS)}")
    return name


def _module(name: str) -> Any:
    return importlib.import_module(FORMATS[_checked(name)])


def read(path: str | Path, fmt: str, **kwargs: Any) -> list[dict[str, Any]]:
    """docs/schema.md documents read from ``path`` in format ``fmt``.

    >>> docs = read(Path(__file__).parents[3] / "corpus" / "seed.jsonl", "jsonl")
    >>> docs[0]["id"]
    'seed-0001'
    """
    reader: Callable[..., list[dict[str, Any]]] = _module(fmt).read
    return reader(path, **kwargs)


def write(docs: Iterable[Mapping[str, Any]], path: str | Path, fmt: str) -> None:
    """Write docs/schema.md documents to ``path`` in format ``fmt``."""
    _module(fmt).write(list(docs), path)
