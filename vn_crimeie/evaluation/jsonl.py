"""Reading and writing docs/schema.md documents as JSON Lines, with file:line for every fault.

>>> import io
>>> lines = io.StringIO('{"id": "a", "text": "Đại tá A"}\\n\\nkhông phải JSON\\n')
>>> [(n, type(d).__name__) for n, d in iter_jsonl(lines)]
[(1, 'dict'), (3, 'JSONDecodeError')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["iter_jsonl", "write_jsonl", "source_name"]


def source_name(source: str | Path | IO[str]) -> str:
    """A short name for a file or stream, used in fault messages.

    >>> source_name(Path("corpus/dev.jsonl"))
    'corpus/dev.jsonl'
    """
    if isinstance(source, (str, Path)):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


def iter_jsonl(source: str | Path | IO[str]) -> Iterator[tuple[int, Any]]:
    """``(line number, parsed object)`` for every non-blank line of ``source``.

    A line that is not JSON yields its :class:`json.JSONDecodeError` instead of
    raising, so the caller can report ``file:line`` and go on.  An unreadable
    file raises :class:`OSError` (or :class:`UnicodeDecodeError`).

    >>> import io
    >>> list(iter_jsonl(io.StringIO('{"id": "x", "text": "Bộ Công an"}')))
    [(1, {'id': 'x', 'text': 'Bộ Công an'})]
    """
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8") as handle:
            yield from iter_jsonl(handle)
        return
    for lineno, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, exc


def write_jsonl(docs: Iterable[dict[str, Any]], target: str | Path | IO[str]) -> int:
    """Write ``docs`` one JSON object per line (UTF-8, not ASCII-escaped); returns the count.

    >>> import io
    >>> out = io.StringIO()
    >>> write_jsonl([{"id": "a", "text": "Hà Nội"}], out)
    1
    >>> out.getvalue()
    '{"id": "a", "text": "Hà Nội"}\\n'
    """
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            return write_jsonl(docs, handle)
    count = 0
    for doc in docs:
        target.write(json.dumps(doc, ensure_ascii=False) + "\n")
        count += 1
    return count
