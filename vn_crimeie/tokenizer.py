"""The spaCy tokenizer: underthesea words, cut where our entities need a boundary.

Words come from :mod:`vn_crimeie.segment`; a word is cut further wherever a
recogniser's candidate starts or ends inside it (``20km`` → ``20`` ``km``) and
where underthesea glued an abbreviation to a lower-case word (``CATP dự`` →
``CATP`` ``dự``).  Tokens are slices of the caller's text, so
``doc.text == text`` always, whatever the input's normal form.

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}})
>>> [t.text for t in nlp("Giám đốc CATP dự, chủ trì hội nghị.")]
['Giám đốc', 'CATP', 'dự', ',', 'chủ trì', 'hội nghị', '.']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

import weakref

import regex
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from .analysis import analyse, recent_analysis
from .datelines import parse_dateline
from .extensions import install_extensions
from .normalize import NormalizedText

__all__ = ["VnTokenizer", "create_tokenizer", "doc_text", "split_points"]

_GAP = regex.compile(r"(\S+)( ?)|(\s+)")
_SYLLABLE = regex.compile(r"\S+")
_WHITE = regex.compile(r"\s")
_LOWER_SYLLABLE = regex.compile(r"(?:^|\s)[^\s\p{Lu}]")  # a syllable not opened by an upper-case letter


def _is_abbreviation(syllable: str) -> bool:
    letters = [c for c in syllable if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_points(text: str, start: int, end: int, boundaries: Iterable[int]) -> list[int]:
    """Where the word ``text[start:end]`` must be cut (sorted, strictly inside).

    >>> split_points("CATP dự", 0, 7, set())
    [4]
    """
    cuts = {b for b in boundaries if start < b < end}
    if not cuts and _WHITE.search(text, start, end) is None:
        return []  # one syllable, nothing to cut (most words)
    syllables = [m.span() for m in _SYLLABLE.finditer(text, start, end)]
    for (s1, e1), (s2, _) in zip(syllables, syllables[1:]):
        left, right = text[s1:e1], text[s2 : s2 + 1]
        if (_is_abbreviation(left) and right.islower()) or (left[:1].islower() and _is_abbreviation(text[s2:_])):
            cuts.add(e1)
    # a cut inside white space moves to the start of the next syllable / end of the previous
    out = set()
    for c in cuts:
        left = c
        while left > start and text[left - 1].isspace():
            left -= 1
        right = c
        while right < end and text[right].isspace():
            right += 1
        if start < left and right < end:
            out.add(left if left == c else c)
    return sorted(out)


def _normalised_tokens(norm_text: str, words: Iterable[tuple[int, int]], boundaries: set[int]) -> list[tuple[int, int]]:
    tokens: list[tuple[int, int]] = []
    ordered = sorted(boundaries)  # linear in the text, not words × boundaries
    white = _WHITE.search
    lower_syllable = _LOWER_SYLLABLE.search
    append = tokens.append
    n_edges = len(ordered)
    lo = 0
    for ws, we in words:
        # words come in text order: walk the sorted edges instead of searching them
        if lo < n_edges and ordered[lo] <= ws:
            lo = bisect_right(ordered, ws, lo)
        elif lo and ordered[lo - 1] > ws:  # not in order after all: search from the start
            lo = bisect_right(ordered, ws)
        hi = lo if lo == n_edges or ordered[lo] >= we else bisect_left(ordered, we, lo)
        if lo == hi and ws < we:
            # no candidate edge inside, and one syllable or no mixed case (no abbreviation
            # glued to a lower-case word): the word is the token
            if white(norm_text, ws, we) is None:
                append((ws, we))
                continue
            word = norm_text[ws:we]
            if word.islower() or word.isupper():
                append((ws, we))
                continue
            # an abbreviation is cut from a neighbour only where one of them starts
            # lower-case ("CATP dự"): a word of capitalised syllables is the token
            if lower_syllable(word) is None and not word[0].isspace() and not word[-1].isspace():
                append((ws, we))
                continue
        pos = ws
        inside = ordered[lo:hi]
        for cut in [*split_points(norm_text, ws, we, inside), we]:
            s, e = pos, cut
            while s < e and norm_text[s].isspace():
                s += 1
            while e > s and norm_text[e - 1].isspace():
                e -= 1
            if s < e:
                tokens.append((s, e))
            pos = cut
    return tokens


def build_words(norm: NormalizedText, tokens: list[tuple[int, int]]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy ``words``/``spaces`` from normalised token spans, as slices of the original text.

    Returns the words, the spaces and the original start offset of each word.
    """
    original = norm.original
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []

    def add_gap(gap: str, at: int) -> None:
        if not gap:
            return
        if gap[0] == " " and words and not spaces[-1]:
            spaces[-1] = True
            if len(gap) == 1:
                return
            gap, at = gap[1:], at + 1
        for m in _GAP.finditer(gap):
            if m.group(1):
                words.append(m.group(1))
                spaces.append(bool(m.group(2)))
            else:
                words.append(m.group(3))
                spaces.append(False)
            starts.append(at + m.start())

    pos = 0
    identity = norm.is_identity
    for s, e in tokens:
        os_, oe = (s, e) if identity else norm.to_original(s, e)
        if os_ < pos:  # two normalised tokens from one original character cluster
            if words:
                continue
        elif os_ > pos:
            if os_ == pos + 1 and original[pos] == " " and words and not spaces[-1]:
                spaces[-1] = True  # the usual gap: one space after a word
            else:
                add_gap(original[pos:os_], pos)
        words.append(original[os_:oe])
        spaces.append(False)
        starts.append(os_)
        pos = oe
    add_gap(original[pos:], pos)
    return words, spaces, starts


# The text each Doc was made from: ``Doc.text`` rebuilds it token by token
# (a Python object per token), which cost more than the components using it.
_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it, for Docs made by :class:`VnTokenizer`.

    >>> import vn_crimeie
    >>> doc_text(vn_crimeie.load().make_doc("Đại tá Lê Văn A"))
    'Đại tá Lê Văn A'
    """
    text = _TEXTS.get(doc)
    return text if text is not None else doc.text


class VnTokenizer(DummyTokenizer):
    """Tokenizer for Vietnamese news built on underthesea; ``doc.text == text``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        #: ISO dateline given to every Doc this tokenizer makes (``None``: detect it in each
        #: text).  It lets ``nlp.pipe(texts, n_process=N)`` anchor texts in the worker
        #: processes, where ``make_doc(…, dateline)`` can not reach.
        self.dateline: str | None = None
        install_extensions()

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text:
            return Doc(self.vocab, words=[], spaces=[])
        if self.dateline is not None:
            analysis = analyse(text, parse_dateline(self.dateline)[0])
        else:
            # a caller-anchored text was analysed with its dateline just before (make_doc)
            analysis = recent_analysis(text) or analyse(text)
        norm = analysis.norm
        boundaries = {c.start for c in analysis.candidates} | {c.end for c in analysis.candidates}
        words = [(w.start, w.end) for w in analysis.segmentation.words]
        tokens = _normalised_tokens(norm.text, words, boundaries)
        orig_words, spaces, starts = build_words(norm, tokens)
        sent_starts_orig = {norm.to_original(s, e)[0] for s, e in analysis.segmentation.sentences}
        sent_starts = [st in sent_starts_orig and not w.isspace() for w, st in zip(orig_words, starts)]
        if sent_starts:
            sent_starts[0] = True
        doc = Doc(self.vocab, words=orig_words, spaces=spaces, sent_starts=sent_starts)
        _TEXTS[doc] = text
        if self.dateline is not None:
            doc._.dateline = self.dateline
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (VnTokenizer, (self.vocab,), {"dateline": self.dateline})


@registry.tokenizers("vn_crimeie.Tokenizer.v1")
def create_tokenizer():  # type: ignore[no-untyped-def]
    """Registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "vn_crimeie.Tokenizer.v1"``)."""

    def make(nlp: Any) -> VnTokenizer:
        return VnTokenizer(nlp.vocab)

    return make
