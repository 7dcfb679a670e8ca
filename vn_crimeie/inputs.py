"""The caller's input files: folders expanded to their ``*.txt`` files, read errors named.

One place for what ``vn-crimeie extract``, ``vn-crimeie evaluate|validate|convert``
and :mod:`vn_crimeie.parallel` all do with paths.

>>> read_error("bài-báo.txt", FileNotFoundError(2, "No such file or directory"))
'bài-báo.txt: no such file'
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["InputError", "text_files", "read_error", "read_text", "STDIN", "expand_inputs", "read_input"]

#: The name standard input (``-``) goes by in messages and results.
STDIN = "<stdin>"


class InputError(Exception):
    """A path that could not be read as UTF-8 text; the message names it and says why."""


def text_files(path: str | os.PathLike[str]) -> list[Path]:
    """``path`` itself, or every ``*.txt`` file below it (sorted) when it is a folder.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "b.txt").write_text("Công an tỉnh bắt 5 đối tượng.", encoding="utf-8")
    ...     _ = Path(d, "a.txt").write_text("Đại tá Lê Văn A dự họp.", encoding="utf-8")
    ...     [p.name for p in text_files(d)]
    ['a.txt', 'b.txt']
    """
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.txt") if p.is_file())
    return [path]


def read_error(name: str | os.PathLike[str], exc: OSError | UnicodeDecodeError) -> str:
    """The message for a file ``name`` that could not be read as UTF-8 text.

    >>> read_error("tin.txt", UnicodeDecodeError("utf-8", b"\\xff", 0, 1, "invalid start byte"))
    'tin.txt: not UTF-8 text (invalid start byte at byte 0)'
    """
    if isinstance(exc, UnicodeDecodeError):
        return f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})"
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied"
    return f"{name}: cannot be read ({exc.strerror or exc})"


def read_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of the file ``path``; :class:`InputError` names the file and what went wrong.

    >>> read_text("không-có-tệp-này.txt")
    Traceback (most recent call last):
    ...
    vn_crimeie.inputs.InputError: không-có-tệp-này.txt: no such file
    """
    try:
        return Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(read_error(path, exc)) from None


def expand_inputs(paths: list[str] | tuple[str, ...]) -> list[tuple[str, Path | InputError | None]]:
    """``(name, source)`` for every input of ``paths``, nothing read yet.

    A folder becomes its ``*.txt`` files, ``-`` standard input (source ``None``);
    a folder without ``*.txt`` files is one input whose source is its
    :class:`InputError`.  ``len()`` of the list is the number of inputs.

    >>> [(name, source is None) for name, source in expand_inputs(["-", "tin-1.txt"])]
    [('<stdin>', True), ('tin-1.txt', False)]
    """
    planned: list[tuple[str, Path | InputError | None]] = []
    for raw in paths:
        if raw == "-":
            planned.append((STDIN, None))
            continue
        files = text_files(raw)
        if not files:
            planned.append((raw, InputError(f"{raw}: folder has no *.txt files")))
        planned.extend((str(file), file) for file in files)
    return planned


def read_input(source: Path | InputError | None) -> str | InputError:
    """The text of one source of :func:`expand_inputs` (``None``: standard input), or why it could not be read.

    >>> str(read_input(Path("không-có.txt")))
    'không-có.txt: no such file'
    """
    if isinstance(source, InputError):
        return source
    if source is None:
        try:
            return sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            return InputError(read_error(STDIN, exc))
    try:
        return read_text(source)
    except InputError as exc:
        return exc
