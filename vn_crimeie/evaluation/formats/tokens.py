"""Word/punctuation tokens for the token-based formats (CoNLL BIO, spaCy DocBin).

A token is a run of word characters or a single other non-space character, and
tokens are also cut at the given offsets, so every entity boundary is a token
boundary.

>>> text = "Đại tá Lê Văn A (SN 1994)"
>>> [text[s:e] for s, e in token_spans(text)]
['Đại', 'tá', 'Lê', 'Văn', 'A', '(', 'SN', '1994', ')']
>>> ["CATP."[s:e] for s, e in token_spans("CATP.", cuts=[2])]
['CA', 'TP', '.']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

__all__ = ["token_spans", "words_and_spaces"]

_TOKEN = regex.compile(r"\w+|[^\w\s]")


def token_spans(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of every token of ``text``, also cut at each offset in ``cuts``.

    >>> token_spans("2,2 nghìn")
    [(0, 1), (1, 2), (2, 3), (4, 9)]
    """
    points = sorted(set(cuts))
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        i = bisect.bisect_right(points, start)
        while i < len(points) and points[i] < end:
            out.append((start, points[i]))
            start = points[i]
            i += 1
        out.append((start, end))
    return out


def words_and_spaces(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy ``words``/``spaces`` that rebuild ``text`` exactly from token ``spans``.

    A single space after a token becomes its ``space`` flag; any other white
    space (line breaks, runs of spaces) becomes a token of its own.

    >>> words_and_spaces("Hà Nội\\n\\nTP  HCM", token_spans("Hà Nội\\n\\nTP  HCM"))
    (['Hà', 'Nội', '\\n\\n', 'TP', ' ', 'HCM'], [True, False, False, True, False, False])
    """
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0

    def gap(upto: int) -> None:
        ws = text[pos:upto]
        if not ws:
            return
        if words and not spaces[-1] and ws[0] == " " and not words[-1].isspace():
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)

    for start, end in spans:
        gap(start)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    gap(len(text))
    return words, spaces
