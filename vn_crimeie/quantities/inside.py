"""Rule ``inside`` of the amount grammar: the one amount written in a longer text.

>>> from vn_crimeie import parse_quantity
>>> parse_quantity("Ông bị phạt 7.500.000 đồng.").to_dict()
{'value': 7500000, 'unit': 'VND'}
>>> parse_quantity("Hai đồng phạm đã bị bắt.") is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from ..lexicon import fold
from ..numbers import parse_number
from ..segment import segment
from .grammar import Quantity
from .units import UnitVocabulary, unit_vocabulary

__all__ = ["amount_inside"]

#: The longest text searched for an amount inside it (rule ``inside``), in characters.
MAX_TEXT = 400
#: The most words an amount inside a longer text is made of.
_MAX_WORDS = 14
#: A word of the text without the punctuation around it (``1,2`` and ``7.500.000`` stay whole).
_TOKEN = regex.compile(r"[^\s.,;:!?()\"'“”/]+(?:[.,][^\s.,;:!?()\"'“”/]+)*")


def amount_inside(clean: str, whole: Callable[[str], Quantity | None]) -> Quantity | None:
    """Rule ``inside``: the one amount within ``clean`` (read by ``whole``), the leftmost longest; None when there are none or two.

    An amount ends where a word ends (underthesea's words): ``hai tấn`` is no
    amount of ``cả hai tấn công``, nor ``3 đồng`` of ``3 đồng phạm``; and no
    word beside it may go on with it (:func:`_goes_on`): ``2 đô 150``,
    ``2 triệu đồng rưỡi`` and ``từ 2 tấn đến 3 USD`` are no amount.
    """
    if len(clean) > MAX_TEXT:
        return None
    words = unit_vocabulary()
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(clean)]
    segmented = segment(clean).words
    starts, ends = {w.start for w in segmented}, {w.end for w in segmented}
    found: list[Quantity | None] = []  # None: an amount that goes on into a word beside it
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + _MAX_WORDS), i, -1):
            start, end = tokens[i][0], tokens[j - 1][1]
            if j - i == len(tokens) or start not in starts or end not in ends:
                continue
            if fold(clean[tokens[j - 1][0]:end]) in words.ambiguous_in_text:
                continue  # "cả hai chỉ biết": no gold in running text
            quantity = whole(clean[start:end])
            if quantity is not None:
                before = clean[tokens[i - 1][0]:tokens[i - 1][1]] if i else ""
                after = clean[tokens[j][0]:tokens[j][1]] if j < len(tokens) else ""
                alone = not (_goes_on(before, words, left=True) or _goes_on(after, words, left=False))
                found.append(quantity if alone else None)
                i = j - 1
                break
        i += 1
    return found[0] if len(found) == 1 else None


def _goes_on(word: str, words: UnitVocabulary, left: bool) -> bool:
    """Whether ``word`` beside an amount would make part of it: a number, a unit, a joiner or bound of a range,
    ``rưỡi``; on the left also a comparator or a word after which a number is a code (``lớp 5``)."""
    if not word:
        return False
    key = fold(word)
    if any(c.isdigit() for c in word) or key in words.by_key or key in words.halves or parse_number(word) is not None:
        return True
    if key in words.ranges["joiners"] or key in words.ranges["openers"] or key in words.ranges["between_joiners"]:
        return True
    if not left:
        return any(after.split(" ")[0] == key for after in words.after_comparators)
    return key in words.comparators or key in _codes_before()


@cache
def _codes_before() -> frozenset[str]:
    """One-word phrases after which a number is a code, an ordinal or an address (``lớp 9``, ``số 7``)."""
    from ..numbers.vocabulary import vocabulary

    return frozenset(fold(phrase[0]) for phrase in vocabulary().not_after if len(phrase) == 1)


#: a number said with a scale word or a glued scale letter: what a bare amount of money is written with
_SCALED = regex.compile(r"(?i:nghìn|ngàn|triệu|tỷ|tỉ|\d(?:k|tr)\d*)(?![\p{L}\p{M}])")
#: the most words between a money cue and the amount ("tiền điện tháng này hết 450 nghìn")
_CUE_REACH = 4


def money_in_context(clean: str, whole: Callable[[str], Quantity | None]) -> Quantity | None:
    """Rule ``money_context``: an amount with a scale word and no unit, a few words after a word of money
    (``money_cues``: ``giá 50 nghìn``, ``lương 10 triệu``, ``bị phạt 800 nghìn``), is in đồng; None otherwise.

    >>> from vn_crimeie import parse_quantity
    >>> parse_quantity("tiền nhà 3 triệu rưỡi").to_dict(), parse_quantity("dân số 3 triệu") is None
    ({'value': 3500000, 'unit': 'VND'}, True)
    """
    cues = unit_vocabulary().money_cues
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(clean)]
    keys = [fold(clean[s:e]) for s, e in tokens]
    for i in range(len(tokens)):
        reach = range(max(0, i - _CUE_REACH), i)
        cued = any(" ".join(keys[a:b]) in cues for a in reach for b in range(a + 1, i + 1))
        if not cued or not _SCALED.search(clean, tokens[i][0], tokens[-1][1]):
            continue
        for j in range(len(tokens), i, -1):
            span = clean[tokens[i][0] : tokens[j - 1][1]]
            if not _SCALED.search(span):
                continue
            found = whole(span + " đồng") if whole(span) is None else None
            if found is not None:
                return found
    return None