"""Import and export between docs/schema.md documents and the tools people annotate in.

| name | module | carries |
|---|---|---|
| ``jsonl`` | :mod:`..jsonl` | everything (docs/schema.md itself) |
| ``label-studio`` | :mod:`.label_studio` | entities, values, relations, id, dateline |
| ``doccano`` | :mod:`.doccano` | entities, relations, id, dateline |
| ``brat`` | :mod:`.brat` (a folder) | entities, values, relations, id (file name) |
| ``conll`` | :mod:`.conll` | entities (token-aligned), id |
| ``spacy`` | :mod:`.spacy_docbin` | everything, plus candidate spans |

>>> sorted(FORMATS)
['brat', 'conll', 'doccano', 'jsonl', 'label-studio', 'spacy']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "read", "write"]

#: Format name → module (each has ``read(path)`` and ``write(docs, path)``).
FORMATS: dict[str, str] = {
    "jsonl": "vn_crimeie.evaluation.formats.schema_jsonl",
    "label-studio": "vn_crimeie.evaluation.formats.label_studio",
    "doccano": "vn_crimeie.evaluation.formats.doccano",
    "brat": "vn_crimeie.evaluation.formats.brat",
    "conll": "vn_crimeie.evaluation.formats.conll",
    "spacy": "vn_crimeie.evaluation.formats.spacy_docbin",
}


def _module(name: str) -> Any:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; expected one of {sorted(FORMATS)}")
    return importlib.import_module(FORMATS[name])


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
