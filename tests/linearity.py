"""Linearity guarded by counting work, not by a clock.

:func:`work` counts the Python lines the package executes while a function runs:
a deterministic measure, the same on an idle machine and on a busy one.
:func:`assert_linear` runs a function on an input of size ``n`` and ``2n`` and
checks that the work grows at most about linearly (a quadratic rule doubles the
ratio to 4).  Work done inside C code (a regular expression scan) is not
counted: the adversarial benchmark (``benchmarks/adversarial.py``) measures it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import vn_crimeie

PACKAGE = str(Path(vn_crimeie.__file__).resolve().parent)


def work(fn: Callable[..., Any], *args: Any) -> int:
    """Python lines of ``vn_crimeie`` executed while ``fn(*args)`` runs."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        fn(*args)
    finally:
        sys.settrace(previous)
    return count


def assert_linear(fn: Callable[[str], Any], make: Callable[[int], str], n: int = 200, slack: float = 2.6) -> None:
    """``fn(make(2n))`` does at most ``slack`` times the work of ``fn(make(n))`` (2 when linear)."""
    fn(make(1))  # load the language data first: its one-time cost is not the rule's
    small, large = work(fn, make(n)), work(fn, make(2 * n))
    assert large <= slack * max(small, 1) + 200, f"work grows faster than the input: {small} → {large} lines"


def prefix_maker(text: str, chars: int = 4000) -> Callable[[int], str]:
    """``make(n)`` for a text built beforehand: its first ``n`` parts of 2 × ``chars`` / 400 characters."""
    full = text[: 2 * chars]
    step = max(1, len(full) // 400)
    return lambda n: full[: n * step]
