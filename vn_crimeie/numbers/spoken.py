"""One whole number expression in every spoken and written form: :func:`parse_number`.

Running text (:func:`~vn_crimeie.numbers.grammar.scan`) reads numbers
cautiously: ``một`` is the article "a", ``không`` is "not", ``thứ 2`` is a
weekday.  A caller who asks for exactly one expression means a number, so
:func:`parse_number` reads, besides what ``scan`` reads, the forms of
:data:`SPOKEN_RULES` (each named): signs, decimals said in words, fractions,
shorthand, long digit runs and the colloquial forms of the word reader
(``hai mốt``, ``một trăm hai``, ``triệu hai``, ``tỷ rưỡi``).  Its words are
those of ``number_rules.yaml``.

>>> parse_number("âm sáu mươi").to_dict()
{'value': -60}
>>> parse_number("một phần ba").to_dict()
{'value': 0.3333333333333333, 'fraction': [1, 3]}
>>> parse_number("thứ 2").to_dict()
{'value': 2, 'ordinal': True}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import regex

from .grammar import _Reader
from .rule_words import rule_words
from .tokens import Tokens
from .values import NumberValue, decimal_number, digits_value
from .vocabulary import vocabulary

__all__ = ["parse_number", "SPOKEN_RULES"]

_LONG_DIGITS = regex.compile(r"0|[1-9]\d*")
_TAIL_DIGITS = regex.compile(r"\d{1,3}")

#: A rule reads tokens ``k`` to the end of the reader's text, or returns None.
Rule = Callable[[_Reader, int], NumberValue | None]


def _whole(r: _Reader, k: int, end: int) -> NumberValue | None:
    """The plain number (digits or words) that is exactly tokens k..end-1."""
    if k >= end or end > r.n:
        return None
    read = r.core(k, None)
    if read is None or read[1] != end or read[0].vague:
        return None
    return read[0]


def _find(r: _Reader, k: int, words: frozenset[str]) -> int:
    """Index of the first token after k that is one of ``words``, spaced on both sides; -1 if none."""
    for p in range(k + 1, r.n - 1):
        if r.tokens.token_keys[p] in words and r.spaced(p - 1, p) and r.spaced(p, p + 1):
            return p
    return -1


def _fraction(r: _Reader, k: int) -> NumberValue | None:
    """``một phần ba`` = 1/3, ``ba phần tư`` = 3/4; digits ``3/4`` when asked for a number."""
    p = _find(r, k, r.r.fraction_words)
    if p >= 0:
        if r.n == p + 2 and r.tokens.token_keys[p + 1] in r.v.hundred:
            return None  # "năm phần trăm": a percentage, the unit of a MEASURE
        top, below = _whole(r, k, p), _whole(r, p + 1, r.n)
    elif r.n - k == 3 and r.tokens[k + 1].text == "/" and r.glued(k, k + 1) and r.glued(k + 1, k + 2):
        p = k + 1
        top, below = (_long_digits(r, i, i + 1) for i in (k, k + 2))
        if top is not None and below is not None and top.value >= below.value:
            return None  # "12/3" is a day, not four: digits make a fraction only below one
    else:
        return None
    if below is None and r.n == p + 2 and r.tokens.token_keys[p + 1] in r.r.ordinal_forms:
        below = NumberValue(r.r.ordinal_forms[r.tokens.token_keys[p + 1]])  # "phần tư" = quarter
    if top is None or below is None or not isinstance(top.value, int) or not isinstance(below.value, int) or below.value < 2:
        return None
    return NumberValue(decimal_number(Decimal(top.value) / below.value), fraction=(top.value, below.value))


def _half_of(r: _Reader, k: int) -> NumberValue | None:
    """Half of the scales after ``nửa``: ``nửa triệu`` = 500.000, ``nửa tỷ``; ``một nửa`` = 0,5."""
    keys = r.tokens.token_keys[k : r.n]
    if len(keys) < 2 or not r.spaced_run(k, r.n - 1):
        return None
    if len(keys) == 2 and keys[0] in r.v.article_words and keys[1] in r.r.half_words:
        return NumberValue(0.5, fraction=(1, 2))
    if keys[0] not in r.r.half_words or not all(key in r.v.scales for key in keys[1:]):
        return None
    first, factor = _scales_from(r, r.n)
    return NumberValue(decimal_number(factor / 2)) if first == k + 1 else None


def _scales_from(r: _Reader, end: int) -> tuple[int, Decimal]:
    """The run of scale words that ends the text (``nghìn tỷ``): ``(its first index, its product)``."""
    factor, first = Decimal(1), end
    while first - 1 >= 0 and r.tokens.token_keys[first - 1] in r.v.scales:
        first -= 1
        factor *= r.v.scales[r.tokens.token_keys[first]]
    return first, factor


def _decimal_words(r: _Reader, k: int) -> NumberValue | None:
    """A decimal mark said in words: ``không phẩy năm`` = 0.5, ``một phẩy năm triệu`` = 1.500.000."""
    p = _find(r, k, r.r.decimal_words)
    if p < 0:
        return None
    whole = _whole(r, k, p)
    first_scale, factor = _scales_from(r, r.n)
    if whole is None or not isinstance(whole.value, int) or first_scale <= p + 1:
        return None
    v = r.v
    keys = r.tokens.token_keys[p + 1 : first_scale]
    digits = {**v.digits, **v.unit_digits, **dict.fromkeys(v.zero, 0)}
    if all(key in digits for key in keys) and r.spaced_run(p + 1, first_scale - 1):
        places = "".join(str(digits[key]) for key in keys)  # "ba phẩy một bốn" = 3.14
    else:
        after = _whole(r, p + 1, first_scale)  # "ba phẩy mười bốn" = 3.14
        if after is None or not isinstance(after.value, int) or after.value < 0:
            return None
        places = str(after.value)
    return NumberValue(decimal_number(Decimal(f"{whole.value}.{places}") * factor))


def _shorthand_scale(r: _Reader, i: int) -> Decimal | None:
    """The scale of token i when it is a scale letter (``tr``, ``k``, ``M``) or a scale word glued to digits (``1tỷ2``)."""
    key = r.tokens.token_keys[i]
    scale = r.r.shorthand_scales.get(key) or (r.v.scales.get(key) if r.glued(i - 1, i) else None)
    return None if scale is None else Decimal(scale)


def _shorthand(r: _Reader, k: int) -> NumberValue | None:
    """Scale letters after digits: ``1tr2`` = 1.200.000, ``2t3`` = 2,3 tỷ, ``3M``, ``1,2M``, ``2tr500k``, ``3 tr``.

    Each scale is glued to its digits (``tr`` may stand after a space) and smaller
    than the one before; digits after the last scale are its fraction."""
    total, i, last_scale = Decimal(0), k, None
    while i + 1 < r.n and r.tokens[i].is_digits:
        scale = _shorthand_scale(r, i + 1)
        read = digits_value(r.tokens[i].text)
        spaced_ok = r.spaced(i, i + 1) and len(r.tokens.token_keys[i + 1]) > 1 and r.n == i + 2
        if scale is None or read is None or not (r.glued(i, i + 1) or spaced_ok) or (last_scale is not None and scale >= last_scale):
            return None
        if last_scale is not None and not r.glued(i - 1, i):
            return None
        total += read[0] * scale
        last_scale, i = scale, i + 2
    if last_scale is None:
        return None
    if i == r.n - 1:  # the digits after the last letter are its fraction
        tail = r.tokens[i].text
        if not r.glued(i - 1, i) or not _TAIL_DIGITS.fullmatch(tail) or total != total.to_integral_value():
            return None
        total += Decimal(f"0.{tail}") * last_scale
    elif i != r.n:
        return None
    return NumberValue(decimal_number(total))


def _long_digits(r: _Reader, k: int, end: int | None = None) -> NumberValue | None:
    """One digit run of any length without a leading zero: ``1000000000000``."""
    if (end or r.n) - k != 1 or not _LONG_DIGITS.fullmatch(r.tokens[k].text):
        return None
    return NumberValue(int(r.tokens[k].text))


def _words_or_digits(r: _Reader, k: int) -> NumberValue | None:
    """What the reader of running text reads (``hàng trăm`` too), with the colloquial word forms."""
    read = r.core(k, None)
    return read[0] if read is not None and read[1] == r.n else None


#: The named rules of a whole expression, tried in turn after the sign and comparator.
SPOKEN_RULES: tuple[tuple[str, Rule], ...] = (
    ("fraction", _fraction),
    ("half_of", _half_of),
    ("decimal_words", _decimal_words),
    ("shorthand", _shorthand),
    ("long_digits", _long_digits),
    ("words_or_digits", _words_or_digits),
)


def _unsigned(r: _Reader, k: int) -> NumberValue | None:
    for _name, rule in SPOKEN_RULES:
        found = rule(r, k)
        if found is not None:
            return found
    return None


def _ordinal(r: _Reader) -> NumberValue | None:
    """``thứ nhất`` = 1st, ``thứ 2``, ``thứ mười lăm``, ``lần thứ hai``: the value marked ``ordinal``."""
    keys = r.tokens.token_keys
    k = 1 if r.n > 2 and keys[0] in r.r.ordinal_leads and r.spaced(0, 1) else 0  # "lần thứ hai"
    if r.n < k + 2 or keys[k] not in r.r.ordinal_words or not r.spaced(k, k + 1):
        return None
    if r.n == k + 2 and r.tokens[k].text[:1].isupper() and r.tokens[k + 1].text[:1].isupper():
        return None  # "Thứ Hai", "Thứ Ba": a weekday's name, no rank
    if r.n == k + 2 and keys[k + 1] in r.r.ordinal_forms:
        return NumberValue(r.r.ordinal_forms[keys[k + 1]], ordinal=True)
    found = _whole(r, k + 1, r.n)
    if found is None or not isinstance(found.value, int) or found.value < 1:
        return None
    return replace(found, ordinal=True)


def _negative(r: _Reader) -> NumberValue | None:
    """``âm sáu mươi`` = -60, ``trừ năm``, ``-12,5``: the number after the sign, negated."""
    if r.n < 2:
        return None
    first = r.tokens[0]
    if first.key in r.r.negative_words:
        if not r.spaced(0, 1):
            return None
    elif first.text not in r.r.negative_signs or not (r.glued(0, 1) and r.tokens[1].is_digits):
        return None
    found = _unsigned(r, 1)
    if found is None:
        return None
    fraction = (-found.fraction[0], found.fraction[1]) if found.fraction else None
    return replace(found, value=-found.value, fraction=fraction)


def parse_number(text: str) -> NumberValue | None:
    """The value of ``text`` when the whole of it is one number expression, else None.

    >>> parse_number("hơn 500 triệu")
    NumberValue(value=500000000, comparator='>', vague=False)
    >>> parse_number("2 triệu rưỡi").value, parse_number("triệu hai").value, parse_number("1tr2").value
    (2500000, 1200000, 1200000)
    >>> parse_number("một").value, parse_number("không phẩy năm").value
    (1, 0.5)
    >>> parse_number("Bộ Công an") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    reader = _Reader(stripped, Tokens(stripped), vocabulary(), rule_words())
    reader.spoken = True
    special = _ordinal(reader) or _negative(reader)
    if special is not None:
        return special
    if reader.n == 1 and reader.tokens.token_keys[0] in reader.r.half_words:
        return NumberValue(0.5, fraction=(1, 2))  # "nửa" asked alone: a half
    comp = reader.comparator_at(0)
    if comp is None:
        return _unsigned(reader, 0)
    comparator, k = comp
    read = reader.core(k, comparator)  # the vague "hàng trăm" keeps its own comparator
    if read is not None and read[1] == reader.n:
        return read[0]
    found = _unsigned(reader, k) if k < reader.n and reader.spaced(k - 1, k) else None
    return replace(found, comparator=comparator) if found is not None else None
