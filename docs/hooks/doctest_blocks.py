"""Griffe extension for the API pages: doctest examples in docstrings become ``pycon`` code blocks.

The package's docstrings hold bare ``>>>`` examples (they run as doctests);
without this, Markdown would read ``[x][:1]`` in them as a link.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap every run of ``>>>`` lines and their output (up to a blank line) in a fenced block.

    >>> fence_doctests('Ví dụ:\\n\\n>>> parse_number("hai")\\n2').splitlines()
    ['Ví dụ:', '', '```pycon', '>>> parse_number("hai")', '2', '```']
    """
    out: list[str] = []
    in_block = False
    in_fence = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_block and stripped.startswith(">>>"):
            out.append("```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
