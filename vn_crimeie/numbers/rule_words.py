"""The words the number reader reads around a number (``lang/vi/number_rules.yaml``).

``number_words.yaml`` says what the number words mean and which cues make a
number count; ``number_rules.yaml`` holds the words that shape an expression:
a range opened after an approximator (``khoảng từ 30-35``) and the joints of
a list of counts (``2 vụ tại huyện A, 1 vụ tại quận B``).

>>> rule_words().range_openers, rule_words().list_words
(frozenset({'từ'}), frozenset({'và'}))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lexicon import LexiconError, fold, load_data, string_list

__all__ = ["RuleWords", "rule_words"]

FILE = "number_rules.yaml"


@dataclass(frozen=True)
class RuleWords:
    """The tables of ``number_rules.yaml``: single words (lower-cased) and single signs."""

    range_openers: frozenset[str]
    list_signs: frozenset[str]
    list_words: frozenset[str]
    negative_words: frozenset[str]
    negative_signs: frozenset[str]
    decimal_words: frozenset[str]
    fraction_words: frozenset[str]
    half_words: frozenset[str]
    ordinal_words: frozenset[str]
    ordinal_leads: frozenset[str]
    ordinal_forms: dict[str, int]
    shorthand_scales: dict[str, int]


def _single(data: dict[str, Any], key: str, sign: bool = False) -> frozenset[str]:
    """``data[key]``: single words (or single signs), each one token of the reader."""
    out = set()
    for item in string_list(data, key, FILE):
        is_sign = len(item) == 1 and not item.isalnum()
        if is_sign != sign or (not sign and not item.isalpha()):
            raise LexiconError(f"{FILE}: {key} must hold single {'signs' if sign else 'words'}, got {item!r}")
        out.add(fold(item))
    return frozenset(out)


def _factors(data: dict[str, Any], key: str) -> dict[str, int]:
    """``data[key]``: single words (lower-cased) → a positive integer."""
    table = data.get(key)
    if not isinstance(table, dict) or not table:
        raise LexiconError(f"{FILE}: {key!r} must be a non-empty mapping")
    out = {}
    for word, value in table.items():
        if not isinstance(word, str) or not word.isalpha() or not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise LexiconError(f"{FILE}: {key}[{word!r}] must map a single word to a positive integer, got {value!r}")
        out[fold(word)] = value
    return out


@cache
def rule_words() -> RuleWords:
    """The checked tables of ``number_rules.yaml`` (built once).

    >>> sorted(rule_words().list_signs)
    [',', ';']
    """
    data = load_data(FILE)
    return RuleWords(
        range_openers=_single(data, "range_openers"),
        list_signs=_single(data, "list_signs", sign=True),
        list_words=_single(data, "list_words"),
        negative_words=_single(data, "negative_words"),
        negative_signs=_single(data, "negative_signs", sign=True),
        decimal_words=_single(data, "decimal_words"),
        fraction_words=_single(data, "fraction_words"),
        half_words=_single(data, "half_words"),
        ordinal_words=_single(data, "ordinal_words"),
        ordinal_leads=_single(data, "ordinal_leads"),
        ordinal_forms=_factors(data, "ordinal_forms"),
        shorthand_scales=_factors(data, "shorthand_scales"),
    )
