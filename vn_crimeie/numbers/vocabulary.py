"""The number vocabulary of ``lang/vi/number_words.yaml``, loaded and checked once.

>>> v = vocabulary()
>>> v.digits["hai"], v.scales["triệu"], v.comparators[("trên",)]
(2, 1000000, '>')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from ..lexicon import LexiconError, fold, load_data, string_list
from ..normalize import normalize_form

__all__ = ["Vocabulary", "vocabulary", "COMPARATORS", "Phrases", "PhraseMap"]

#: The comparators docs/schema.md allows.
COMPARATORS = (">", ">=", "<", "<=", "~")

_FILE = "number_words.yaml"


class Phrases(frozenset[tuple[str, ...]]):
    """A set of phrases (tuples of words) that knows the words they start and end with.

    >>> phrases = Phrases([("ít", "nhất"), ("hơn",)])
    >>> phrases.firsts == {"ít", "hơn"}, phrases.lasts == {"nhất", "hơn"}
    (True, True)
    """

    firsts: frozenset[str]
    lasts: frozenset[str]

    def __new__(cls, phrases: object = ()) -> Phrases:
        self = super().__new__(cls, phrases)  # type: ignore[arg-type]
        self.firsts = frozenset(p[0] for p in self if p)
        self.lasts = frozenset(p[-1] for p in self if p)
        return self


class PhraseMap(dict[tuple[str, ...], str]):
    """Phrases (tuples of words) mapped to a value, knowing the words they start with.

    >>> PhraseMap({("không", "quá"): "<="}).firsts
    frozenset({'không'})
    """

    def __init__(self, table: dict[tuple[str, ...], str]) -> None:
        super().__init__(table)
        self.firsts = frozenset(p[0] for p in self if p)


@dataclass(frozen=True)
class Vocabulary:
    """Number words and context words, keyed by their folded (lower-case NFC) form."""

    digits: dict[str, int]
    unit_digits: dict[str, int]
    ten: frozenset[str]
    tens: frozenset[str]
    hundred: frozenset[str]
    zero_tens: frozenset[str]
    zero_tens_units: frozenset[str]
    zero: frozenset[str]
    half: frozenset[str]
    scales: dict[str, int]
    glued_scales: dict[str, int]
    vague: frozenset[str]
    comparators: PhraseMap
    range_joiners: frozenset[str]
    article_words: frozenset[str]
    counting_cues: Phrases
    enumeration_cues: Phrases
    article_units_not: frozenset[str]
    one_outcomes: Phrases
    count_verbs: Phrases
    count_nouns: Phrases
    not_counted_after_noun: Phrases
    vague_before: Phrases
    not_after: Phrases
    word_compounds: Phrases
    counted_after: Phrases
    time_units: Phrases

    @cached_property
    def number_words(self) -> frozenset[str]:
        """Every word that can be part of a number written in words (built on first use)."""
        return frozenset(
            {*self.digits, *self.unit_digits, *self.ten, *self.tens, *self.hundred, *self.zero_tens, *self.zero, *self.half, *self.scales}
        )

    @cached_property
    def running_openers(self) -> frozenset[str]:
        """Number words that can open a number in running text: all but zero ("không" is "not")."""
        return self.number_words - self.zero

    @cached_property
    def start_words(self) -> frozenset[str]:
        """Words that can open an expression: number words, vague quantifiers, comparators' first words.

        >>> {"hai", "hàng", "ít"} <= vocabulary().start_words
        True
        """
        return self.number_words | self.vague | self.comparators.firsts


def _key(word: object, where: str) -> str:
    if not isinstance(word, str) or not word.strip():
        raise LexiconError(f"{_FILE}: {where}: expected a non-empty string, got {word!r}")
    return fold(normalize_form(word.strip()))


def _words(data: dict, name: str) -> frozenset[str]:
    return frozenset(_key(w, f"{name}[{i}]") for i, w in enumerate(string_list(data, name, _FILE)))


def _phrases(data: dict, name: str) -> Phrases:
    return Phrases(tuple(p.split()) for p in _words(data, name))


def _numbers(data: dict, name: str) -> dict[str, int]:
    table = data.get(name)
    if not isinstance(table, dict) or not table:
        raise LexiconError(f"{_FILE}: {name!r} must be a non-empty mapping")
    out: dict[str, int] = {}
    for word, value in table.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise LexiconError(f"{_FILE}: {name}[{word!r}] must be a non-negative integer, got {value!r}")
        out[_key(word, f"{name}[{word!r}]")] = value
    return out


@cache
def vocabulary() -> Vocabulary:
    """The checked number vocabulary (raises :class:`LexiconError` on a bad entry).

    >>> vocabulary().unit_digits["lăm"]
    5
    """
    data = load_data(_FILE)
    comparators: PhraseMap = {}
    table = data.get("comparators")
    if not isinstance(table, dict) or not table:
        raise LexiconError(f"{_FILE}: 'comparators' must be a non-empty mapping")
    for phrase, comparator in table.items():
        if comparator not in COMPARATORS:
            raise LexiconError(f"{_FILE}: comparators[{phrase!r}] = {comparator!r} is not one of {COMPARATORS}")
        comparators[tuple(_key(phrase, f"comparators[{phrase!r}]").split())] = comparator
    vocab = Vocabulary(
        digits=_numbers(data, "digits"),
        unit_digits=_numbers(data, "unit_digits"),
        ten=_words(data, "ten"),
        tens=_words(data, "tens"),
        hundred=_words(data, "hundred"),
        zero_tens=_words(data, "zero_tens"),
        zero_tens_units=_words(data, "zero_tens_units"),
        zero=_words(data, "zero"),
        half=_words(data, "half"),
        scales=_numbers(data, "scales"),
        glued_scales=_numbers(data, "glued_scales"),
        vague=_words(data, "vague"),
        comparators=PhraseMap(comparators),
        range_joiners=_words(data, "range_joiners"),
        article_words=_words(data, "article_words"),
        counting_cues=_phrases(data, "counting_cues"),
        enumeration_cues=_phrases(data, "enumeration_cues"),
        article_units_not=_words(data, "article_units_not"),
        one_outcomes=_phrases(data, "one_outcomes"),
        count_verbs=_phrases(data, "count_verbs"),
        count_nouns=_phrases(data, "count_nouns"),
        not_counted_after_noun=_phrases(data, "not_counted_after_noun"),
        vague_before=_phrases(data, "vague_before"),
        not_after=_phrases(data, "not_after"),
        word_compounds=_phrases(data, "word_compounds"),
        counted_after=_phrases(data, "counted_after"),
        time_units=_phrases(data, "time_units"),
    )
    for word in vocab.digits:
        if word in vocab.scales or word in vocab.unit_digits:
            raise LexiconError(f"{_FILE}: {word!r} is both a digit and a scale/unit digit")
    return vocab
