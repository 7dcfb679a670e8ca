"""docs/schema.md JSON Lines as a format (the identity conversion), for ``vn-crimeie convert``.

>>> import io
>>> read(io.StringIO('{"id": "a", "text": "Hà Nội"}'))
[{'id': 'a', 'text': 'Hà Nội'}]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from ..jsonl import iter_jsonl, source_name, write_jsonl

__all__ = ["read", "write"]


def read(path: str | Path | IO[str]) -> list[dict[str, Any]]:
    """Every document of a JSONL file; a broken line raises ``ValueError`` naming file and line."""
    docs = []
    for lineno, obj in iter_jsonl(path):
        if isinstance(obj, Exception):
            raise ValueError(f"{source_name(path)}:{lineno}: not valid JSON: {obj}")
        docs.append(obj)
    return docs


def write(docs: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """Write documents as JSON Lines."""
    write_jsonl((dict(d) for d in docs), path)
