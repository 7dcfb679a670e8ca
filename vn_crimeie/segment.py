"""Paragraphs, sentences and words of the normalised text, with exact offsets.

underthesea does the linguistic work (sentence splitting and CRF word
segmentation).  It is given one sentence at a time, never text across a blank
line, and its token strings are never trusted for positions: every token is
aligned back to the text syllable by syllable.

>>> [w.text for w in segment("Đại tướng Tô Lâm chủ trì hội nghị.").words]
['Đại tướng', 'Tô Lâm', 'chủ trì', 'hội nghị', '.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .lexicon import load_data

__all__ = ["Word", "Segmentation", "segment", "split_sentences", "paragraphs", "span_at"]

_PARAGRAPH = regex.compile(r"[^\n]+")


@dataclass(frozen=True)
class Word:
    """A word ``text[start:end]`` of the normalised text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Segmentation:
    """Sentences (as ``(start, end)`` spans) and words of a normalised text."""

    sentences: tuple[tuple[int, int], ...]
    words: tuple[Word, ...]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``text`` (a news paragraph is one line), stripped of outer spaces.

    >>> paragraphs("Tiêu đề\\n\\n  Đoạn một. \\n")
    [(0, 7), (11, 20)]
    """
    spans = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def span_at(spans: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The index of the span of ``spans`` (in text order, not overlapping) that holds ``offset``, or None.

    >>> t = "Công an bắt 5 đối tượng.\\nThu giữ 3 khẩu súng."
    >>> lines = paragraphs(t)
    >>> span_at(lines, t.index("khẩu")), span_at(lines, t.index("\\n"))
    (1, None)
    """
    i = bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return i if i >= 0 and offset < spans[i][1] else None


def _align(pieces: Iterable[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of ``pieces`` (underthesea's strings) inside ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    pos = start
    startswith = text.startswith
    for piece in pieces:
        # fast path: the piece is the text itself here (one space between its syllables)
        while pos < end and text[pos] == " ":
            pos += 1
        if piece and startswith(piece, pos) and pos + len(piece) <= end and not piece[0].isspace():
            out.append((pos, pos + len(piece)))
            pos += len(piece)
            continue
        first = last = -1
        for syllable in piece.split():
            while pos < end and text[pos].isspace():
                pos += 1
            if not text.startswith(syllable, pos):
                found = text.find(syllable, pos, end)
                if found < 0:
                    continue  # rewritten beyond recognition: the gap becomes a token of its own
                pos = found
            if first < 0:
                first = pos
            pos += len(syllable)
            last = pos
        if first >= 0:
            out.append((first, last))
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, never crossing a line break.

    >>> t = "Chiều 13/3, Bộ Công an họp. Đại tướng Tô Lâm dự.\\nQuang cảnh hội nghị"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Chiều 13/3, Bộ Công an họp.', 'Đại tướng Tô Lâm dự.', 'Quang cảnh hội nghị']
    """
    from underthesea import sent_tokenize

    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text[:end]):
        if p_end <= start:
            continue
        p_start = max(p_start, start)
        para = text[p_start:p_end]
        pos = 0
        sents = sent_tokenize(para) if any(c in para for c in ".!?…") else [para]
        for sent in sents:
            sent = sent.strip()
            if not sent:
                continue
            found = para.find(sent, pos)
            if found < 0:  # underthesea changed the text: fall back to the rest of the paragraph
                spans.append((p_start + pos, p_end))
                pos = len(para)
                break
            if found > pos and para[pos:found].strip() and spans:
                # characters underthesea dropped stay with the previous sentence
                s, _ = spans[-1]
                spans[-1] = (s, p_start + found)
            spans.append((p_start + found, p_start + found + len(sent)))
            pos = found + len(sent)
        if pos < len(para) and para[pos:].strip():
            if spans and spans[-1][1] == p_start + pos:
                spans[-1] = (spans[-1][0], p_end)
            else:
                spans.append((p_start + pos, p_end))
    return spans


@cache
def fixed_words() -> tuple[str, ...]:
    """Domain phrases that underthesea must keep whole (``segmentation.yaml``)."""
    data = load_data("segmentation.yaml")
    words = data.get("fixed_words") or []
    return tuple(sorted({w for w in words if isinstance(w, str)}, key=len, reverse=True))


@cache
def _fixed_words_pattern() -> re.Pattern[str]:
    """underthesea's token regex with our fixed words first, compiled once.

    ``underthesea.word_tokenize(fixed_words=…)`` rebuilds (and re-globalises)
    this pattern on every call; building it once here gives the same tokens.
    """
    from underthesea.pipeline.word_tokenize import regex_tokenize as rt

    escaped = [w.replace(" ", r"\ ") for w in fixed_words()]
    head = ["(?P<fixed_words>\\b" + "\\b|\\b".join(escaped) + "\\b)"] if escaped else []
    return re.compile(r"(" + "|".join(head + list(rt.regex_patterns)) + ")", re.VERBOSE | re.UNICODE)


@cache
def _crf() -> Any:
    """underthesea's word segmentation CRF model (loaded once by underthesea itself)."""
    import underthesea.pipeline.word_tokenize as wt

    if wt.word_tokenize_model is None:
        wt.word_tokenize("Khởi động")
    return wt.word_tokenize_model


def _word_tokenize_many(sentences: list[str]) -> list[list[str]]:
    """``underthesea.word_tokenize(s, use_token_normalize=False, fixed_words=…)`` for each sentence.

    Same tokens and tags as underthesea, without its per-call regex rebuild
    and per-token group lookups: the token regex is compiled once.  (Featurising
    several sentences in one call is not faster: underthesea_core's cost grows
    with the batch.)
    """
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text

    pattern = _fixed_words_pattern()
    model = _crf()
    featurize = model.featurizer.process
    tag = model.estimator.tag
    out: list[list[str]] = []
    for sentence in sentences:
        tokens = [m.group() for m in pattern.finditer(normalize_characters_in_text(sentence))]
        words: list[str] = []
        if not tokens:
            out.append(words)
            continue
        for t, token in zip(tag(featurize([[[t] for t in tokens]])[0]), tokens):
            if t == "I-W" and words:
                words[-1] = words[-1] + " " + token
            else:
                words.append(token)
        out.append(words)
    return out


#: underthesea's token regex (its URL pattern) is quadratic on runs like
#: ``1.1.1.…``: a longer sentence is word-segmented in pieces cut at a space.
_MAX_CHUNK = 1000


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``_MAX_CHUNK`` characters, cut at a space where there is one."""
    out = []
    while end - start > _MAX_CHUNK:
        cut = text.rfind(" ", start + _MAX_CHUNK // 2, start + _MAX_CHUNK)
        if cut <= start:
            cut = start + _MAX_CHUNK
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def segment(text: str) -> Segmentation:
    """Sentences and underthesea words of normalised ``text``, aligned to it."""
    sentences = split_sentences(text)
    words: list[Word] = []
    chunks = [c for s, e in sentences for c in _chunks(text, s, e)]
    for (s, e), pieces in zip(chunks, _word_tokenize_many([text[s:e] for s, e in chunks])):
        for ws, we in _align(pieces, text, s, e):
            words.append(Word(ws, we, text[ws:we]))
    return Segmentation(tuple(sentences), tuple(words))
