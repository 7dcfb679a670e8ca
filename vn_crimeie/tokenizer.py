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
from operator import itemgetter, le, lt
from datetime import datetime
from typing import Any

import numpy
import regex
from spacy.attrs import SENT_START
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from .analysis import Analysis, analyse
from .dates.spec import check_prefer
from .extensions import install_extensions
from .normalize import NormalizedText

__all__ = ["VnTokenizer", "create_tokenizer", "doc_text", "doc_from_analysis", "attached_analysis", "drop_analysis", "split_points", "ANALYSIS_KEY"]

_GAP = regex.compile(r"(\S+)( ?)|(\s+)")
_SYLLABLE = regex.compile(r"\S+")
_WHITE = regex.compile(r"\s")
_LOWER_SYLLABLE = regex.compile(r"(?:^|\s)[^\s\p{Lu}]")  # a syllable not opened by an upper-case letter
# an upper-case letter followed by another in the same run of non-space characters
# (where an abbreviation syllable may start)
_TWO_CAPITALS = regex.compile(r"\p{Lu}(?=\S*?\p{Lu})")


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


def _word_tokens(text: str, ws: int, we: int, inside: list[int]) -> list[tuple[int, int]]:
    """Tokens of the word ``text[ws:we]``, given the sorted candidate edges strictly ``inside`` it."""
    if not inside and ws < we:
        # no candidate edge inside, and one syllable or no mixed case (no abbreviation
        # glued to a lower-case word): the word is the token
        if _WHITE.search(text, ws, we) is None:
            return [(ws, we)]
        word = text[ws:we]
        if word.islower() or word.isupper():
            return [(ws, we)]
        # an abbreviation is cut from a neighbour only where one of them starts
        # lower-case ("CATP dự"): a word of capitalised syllables is the token
        if _LOWER_SYLLABLE.search(word) is None and not word[0].isspace() and not word[-1].isspace():
            return [(ws, we)]
    tokens = []
    pos = ws
    for cut in [*split_points(text, ws, we, inside), we]:
        s, e = pos, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            tokens.append((s, e))
        pos = cut
    return tokens


def _tokens_word_by_word(text: str, words: list[tuple[int, int]], edges: list[int]) -> list[tuple[int, int]]:
    """Tokens of ``words`` in any order, each word looked at (``edges``: sorted candidate edges)."""
    tokens: list[tuple[int, int]] = []
    for ws, we in words:
        inside = edges[bisect_right(edges, ws) : bisect_left(edges, we)]
        tokens += _word_tokens(text, ws, we, inside)
    return tokens


def _chars_at(text: str, offsets: list[int]) -> str:
    """The characters of ``text`` at ``offsets`` as one string (one C-level pass, no Python loop)."""
    return "".join(itemgetter(*offsets)(text)) if offsets else ""


def _plain_words(text: str, starts: list[int], ends: list[int]) -> bool:
    """True when the words are in text order, not overlapping, not empty, and none starts or ends with white space."""
    return (
        all(map(lt, starts, ends))
        and all(map(le, ends, starts[1:]))
        and _WHITE.search(_chars_at(text, starts)) is None
        and _WHITE.search(_chars_at(text, [e - 1 for e in ends])) is None
    )


def _words_to_cut(text: str, starts: list[int], ends: list[int], boundaries: set[int]) -> set[int]:
    """Indices of the (plain) words that may be more than one token; every other word is its own token.

    A plain word is cut only at a candidate edge strictly inside it, or where one of its
    syllables is an abbreviation (two upper-case letters or more) beside a lower-case one.
    """

    def word_at(offset: int) -> int | None:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else None

    word_edges = set(starts)
    word_edges.update(ends)
    found = {word_at(b) for b in boundaries - word_edges}  # most candidate edges are word edges
    found.update(word_at(m.start()) for m in _TWO_CAPITALS.finditer(text))
    found.discard(None)
    return found  # type: ignore[return-value]


def _normalised_tokens(norm_text: str, words: Iterable[tuple[int, int]], boundaries: set[int]) -> list[tuple[int, int]]:
    """Token spans of the normalised text: ``words`` cut at candidate edges and glued abbreviations.

    Only the few words that may be cut are looked at one by one (:func:`_words_to_cut`);
    the others are copied as they are.
    """
    given = list(words)
    if not given:
        return []
    starts = list(map(itemgetter(0), given))
    ends = list(map(itemgetter(1), given))
    spans = list(zip(starts, ends))
    edges = sorted(boundaries)
    if not _plain_words(norm_text, starts, ends):
        return _tokens_word_by_word(norm_text, spans, edges)
    tokens: list[tuple[int, int]] = []
    done = 0
    for i in sorted(_words_to_cut(norm_text, starts, ends, set(boundaries))):
        tokens += spans[done:i]
        ws, we = spans[i]
        tokens += _word_tokens(norm_text, ws, we, edges[bisect_right(edges, ws) : bisect_left(edges, we)])
        done = i + 1
    tokens += spans[done:]
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


def _sent_start_values(sent_starts: list[bool]) -> numpy.ndarray:
    """``Token.is_sent_start`` flags as the ``SENT_START`` column ``Doc.from_array`` takes.

    The values ``Doc(…, sent_starts=…)`` would set (1: starts a sentence, -1: does
    not), made in one numpy pass: ``Doc.__init__`` copies them one token at a time.
    """
    return numpy.where(numpy.array(sent_starts, dtype=bool), 1, -1).astype(numpy.int32).astype(numpy.uint64)


#: The key under which a Doc made by :class:`VnTokenizer` carries its :class:`Analysis`.
#: It sits among ``Doc.user_hooks`` because spaCy never writes those in ``Doc.to_bytes``:
#: a Doc stays cheap to ship between processes at any point of the pipeline, and a
#: component that finds no Analysis (a Doc rebuilt from bytes) makes it again.
ANALYSIS_KEY = "vn_crimeie.analysis"


def attached_analysis(doc: Doc) -> Analysis | None:
    """The Analysis the tokenizer handed to the components with ``doc`` (None once dropped).

    >>> import vn_crimeie
    >>> doc = vn_crimeie.load().make_doc("Đại tá Lê Văn A")
    >>> attached_analysis(doc).text
    'Đại tá Lê Văn A'
    """
    found = doc.user_hooks.get(ANALYSIS_KEY)
    return found if isinstance(found, Analysis) else None


def drop_analysis(doc: Doc) -> None:
    """Forget the Analysis of ``doc`` (the last component that reads it calls this)."""
    doc.user_hooks.pop(ANALYSIS_KEY, None)


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it token by token, while the Analysis is attached.

    >>> import vn_crimeie
    >>> doc_text(vn_crimeie.load().make_doc("Đại tá Lê Văn A"))
    'Đại tá Lê Văn A'
    """
    analysis = attached_analysis(doc)
    return analysis.text if analysis is not None else doc.text


def doc_from_analysis(vocab: Vocab, analysis: Analysis) -> Doc:
    """The spaCy Doc of an analysis: its words, cut at candidate edges, with sentence starts.

    The Analysis is attached to the Doc for the components (:func:`attached_analysis`).
    """
    norm = analysis.norm
    boundaries = {c.start for c in analysis.candidates} | {c.end for c in analysis.candidates}
    words = [(w.start, w.end) for w in analysis.segmentation.words]
    tokens = _normalised_tokens(norm.text, words, boundaries)
    orig_words, spaces, starts = build_words(norm, tokens)
    sent_starts_orig = {norm.to_original(s, e)[0] for s, e in analysis.segmentation.sentences}
    sent_starts = [st in sent_starts_orig and not w.isspace() for w, st in zip(orig_words, starts)]
    doc = Doc(vocab, words=orig_words, spaces=spaces)
    if sent_starts:
        sent_starts[0] = True
        doc.from_array([SENT_START], _sent_start_values(sent_starts))
    doc.user_hooks[ANALYSIS_KEY] = analysis
    return doc


class VnTokenizer(DummyTokenizer):
    """Tokenizer for Vietnamese news built on underthesea; ``doc.text == text``."""

    def __init__(self, vocab: Vocab, prefer: str | None = None) -> None:
        self.vocab = vocab
        #: which way ambiguous dates resolve (None: the recogniser's past-leaning default)
        self.prefer = prefer
        install_extensions()

    def __call__(self, text: str) -> Doc:
        return self.tokenize(text)

    def tokenize(self, text: str, dateline: datetime | None = None, prefer: str | None = None) -> Doc:
        """The Doc of ``text``, its recognisers anchored to ``dateline`` (None: the stamp in the text).

        >>> import spacy
        >>> from datetime import datetime
        >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}})
        >>> doc = nlp.tokenizer.tokenize("Chiều 13/3, Đại tá Lê Văn A dự họp.", datetime(2024, 3, 13))
        >>> attached_analysis(doc).dateline
        datetime.datetime(2024, 3, 13, 0, 0)
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if not text:
            return Doc(self.vocab, words=[], spaces=[])
        return doc_from_analysis(self.vocab, analyse(text, dateline, prefer=prefer or self.prefer))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (VnTokenizer, (self.vocab, self.prefer))


@registry.tokenizers("vn_crimeie.Tokenizer.v1")
def create_tokenizer(prefer: str | None = None):  # type: ignore[no-untyped-def]
    """Registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "vn_crimeie.Tokenizer.v1"``).

    ``prefer`` (``"past"``, ``"future"``, ``"nearest"``) is which way ambiguous dates resolve.
    """
    if prefer is not None:
        check_prefer(prefer)

    def make(nlp: Any) -> VnTokenizer:
        return VnTokenizer(nlp.vocab, prefer)

    return make
