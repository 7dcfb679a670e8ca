"""The grammar of amounts: a number (read by :func:`vn_crimeie.parse_number`) with its unit.

Named rules, in the order :func:`parse_quantity` tries them:

* ``bounds``: comparators before the amount (``dưới``, ``ít hơn``, ``khoảng``:
  number_words.yaml and units.yaml) or after it (``trở lên``, ``trở xuống``);
* ``range``: ``từ A đến B``, ``A-B``, ``giữa A và B``, one unit for both ends
  or one each; a scale word ending B alone scales A too (``từ 1 đến 2 triệu``);
* ``from``: ``từ A`` alone is a lower bound;
* ``unit_after`` / ``unit_before``: the unit written after the number, glued or
  not (``2 tỷ đồng``, ``20€``), or before it (``$10``, ``EUR 20``);
* ``minor_units``: a major amount and its cents (``2 đô la và 23 xen``);
* ``half_after_unit``: ``rưỡi`` after the unit adds half of it (``hai tấn rưỡi``);
* ``half_before_unit``: ``nửa`` before a unit alone is half of it (``nửa cân`` = 0.5 kg);
* ``unit_then_digits``: digits after a physical unit are its decimals (``1m70`` = 1.7 m,
  ``2 tấn 3`` = 2.3 t);
* ``shorthand_money``: a number with a glued scale letter and no unit is money in
  đồng (``500k``, ``1tr2``), the way prices are written;
* ``digit_groups``: digits grouped by spaces (``10 000``) and, before money,
  by commas (``10,000 USD``: money has no thousandths).

>>> parse_quantity("dưới 500 nghìn đồng").to_dict()
{'value': 500000, 'unit': 'VND', 'comparator': '<', 'max': 500000}
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import regex

from ..lexicon import fold
from ..normalize import normalize_form
from ..numbers import parse_number
from ..numbers.values import decimal_number
from .units import Unit, UnitForm, UnitVocabulary, to_base_units, unit_vocabulary

__all__ = ["Quantity", "parse_quantity"]

_SPACES = regex.compile(r"\s+")
_SPACE_GROUPS = regex.compile(r"(?<!\S)\d{1,3}(?: \d{3})+(?!\S)")
_COMMA_GROUPS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
#: The longest amount read, in characters (a range of two spoken numbers with
#: their unit is about 120): a longer text is no amount, and the cost of reading stays bounded.
MAX_LENGTH = 200
_LOWER = (">", ">=")
_UPPER = ("<", "<=")


@dataclass(frozen=True)
class Quantity:
    """An amount with its unit, as :func:`parse_quantity` reads it.

    ``unit`` is an ISO 4217 code for money (``VND``) or a canonical symbol
    (``kg``, ``km/h``); ``comparator`` is one of ``>``, ``>=``, ``<``, ``<=``,
    ``~``; ``min``/``max`` bound a range or an open amount (``dưới`` gives
    ``max``, ``trên`` gives ``min``); a range has no single ``value``.
    ``base_value`` is ``value`` in ``base_unit``, the unit of its kind that
    amounts are summed in (``2,5 tấn`` → 2500 ``kg``; money stays as it is);
    ``base_min``/``base_max`` are the ends of a range in it.

    >>> Quantity(2.5, "t", base_value=2500, base_unit="kg").to_dict()
    {'value': 2.5, 'unit': 't', 'base_value': 2500, 'base_unit': 'kg'}
    """

    value: int | float | None
    unit: str
    comparator: str | None = None
    min: int | float | None = None
    max: int | float | None = None
    vague: bool = False
    base_value: int | float | None = None
    base_unit: str = ""
    base_min: int | float | None = None
    base_max: int | float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The set fields: ``base_value``/``base_unit`` only when the base unit is another unit.

        >>> Quantity(None, "VND", "~", 1000, 2000, base_unit="VND").to_dict()
        {'unit': 'VND', 'comparator': '~', 'min': 1000, 'max': 2000}
        """
        out: dict[str, Any] = {} if self.value is None else {"value": self.value}
        out["unit"] = self.unit
        for key in ("comparator", "min", "max"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.vague:
            out["vague"] = True
        base = {key: getattr(self, key) for key in ("base_value", "base_min", "base_max") if getattr(self, key) is not None}
        if self.base_unit and self.base_unit != self.unit and base:
            out.update(base)
            out["base_unit"] = self.base_unit
        return out


@dataclass(frozen=True)
class _Amount:
    """One end of an amount: its value, unit (None when the other end gives it), comparator and number text."""

    value: Decimal
    unit: Unit | None
    comparator: str | None
    vague: bool
    number: str


def _lead(text: str, words: UnitVocabulary) -> tuple[str | None, str]:
    """Rule ``bounds``: comparators and plain words before the amount; the one nearest the number wins."""
    comparator = None
    while True:
        tokens = text.split(" ")
        for size in range(min(3, len(tokens) - 1), 0, -1):
            key = fold(" ".join(tokens[:size]))
            if key in words.comparators or key in words.plain_before:
                comparator = words.comparators.get(key, comparator)
                text = " ".join(tokens[size:])
                break
        else:
            return comparator, text


def _tail(text: str, words: UnitVocabulary) -> tuple[str | None, str]:
    """Rule ``bounds``: a comparator after the amount (``trở lên``)."""
    tokens = text.split(" ")
    for size in (2, 1):
        if len(tokens) > size and fold(" ".join(tokens[-size:])) in words.after_comparators:
            return words.after_comparators[fold(" ".join(tokens[-size:]))], " ".join(tokens[:-size])
    return None, text


def _unit_after(text: str, words: UnitVocabulary) -> tuple[UnitForm, str] | None:
    """Rule ``unit_after``: the longest unit spelling ending ``text``, glued to the number or not."""
    folded = fold(text)
    for form in words.forms:
        start = len(text) - len(form.key)
        if start <= 0 or not form.ends(text, folded):
            continue
        if form.key[0].isalnum() and text[start - 1].isalpha():
            continue  # inside a word: "đồng" in "cộng đồng"
        return form, text[:start].rstrip()
    return None


def _unit_before(text: str, words: UnitVocabulary) -> tuple[UnitForm, str] | None:
    """Rule ``unit_before``: a currency sign or code right before the digits (``$10``, ``EUR 20``, ``hơn $5``)."""
    folded = fold(text)
    for pos in [0] + [i + 1 for i, c in enumerate(text) if c == " "]:
        for form in words.before:
            end = pos + len(form.key)
            if form.starts_at(text, folded, pos) and regex.match(r" ?\d", text[end : end + 2]):
                return form, (text[:pos] + text[end:].lstrip()).strip()
    return None


def _number(text: str, money: bool) -> tuple[Decimal, str | None, bool] | None:
    """The number of an amount, by :func:`parse_number` after rule ``digit_groups``."""
    text = _SPACE_GROUPS.sub(lambda m: m.group().replace(" ", ""), text)
    if money and _COMMA_GROUPS.fullmatch(text):
        text = text.replace(",", "")
    found = parse_number(text) if text else None
    if found is None:
        return None
    return Decimal(str(found.value)), found.comparator, found.vague


def _minor_units(text: str, words: UnitVocabulary) -> _Amount | None:
    """Rule ``minor_units``: ``2 đô la và 23 xen``, ``2 đô 23 xu``, ``hai đô 23``: cents under the minor count."""
    folded = fold(text)
    for pos in [i + 1 for i, c in enumerate(text) if c == " "]:
        for form in words.forms:
            end = pos + len(form.key)
            if not (form.unit.minor and form.factor == 1 and form.starts_at(text, folded, pos) and text[end : end + 1] == " "):
                continue
            rest = text[end + 1 :].split(" ")
            if rest and fold(rest[0]) in words.ranges["minor_joiners"]:
                rest = rest[1:]
            cent = words.by_key.get(fold(rest[-1]))
            if len(rest) > 1 and cent is not None and cent.factor != 1:
                rest = rest[:-1]  # "xen", "xu"
            major = _number(text[:pos].strip(), True)
            minor = _number(" ".join(rest), True)
            if major is None or minor is None or minor[1] is not None or not 0 <= minor[0] < form.unit.minor:
                continue
            if minor[0] != minor[0].to_integral_value():
                continue
            return _Amount(major[0] + minor[0] / form.unit.minor, form.unit, major[1], False, text[:pos].strip())
    return None


def _half_after_unit(text: str, words: UnitVocabulary, money: bool) -> _Amount | None:
    """Rule ``half_after_unit``: ``hai tấn rưỡi`` = 2.5 t, ``5 đô rưỡi`` = 5.5 USD (a whole number, no scale)."""
    head, _, last = text.rpartition(" ")
    if fold(last) not in words.halves or not head:
        return None
    if fold(head) in words.by_key and not words.by_key[fold(head)].unit.is_money:
        head = "1 " + head  # "ký rưỡi": one unit and a half
    found = _amount(head, words, need_unit=True, money=money)
    if found is None or found.value != found.value.to_integral_value() or _scale_of(found.number) != 1:
        return None
    return _Amount(found.value + Decimal("0.5"), found.unit, found.comparator, found.vague, found.number)


def _half_before_unit(text: str, words: UnitVocabulary, money: bool) -> _Amount | None:
    """Rule ``half_before_unit``: ``nửa cân`` = 0.5 kg, ``một nửa lít`` = 0.5 l (the unit alone after the word)."""
    folded = fold(text)
    for word in words.half_before:
        if folded.startswith(word + " "):
            found = _amount("1 " + text[len(word) + 1 :], words, need_unit=True, money=money)
            if found is not None and found.value == 1 and found.comparator is None and found.unit is not None:
                return _Amount(Decimal("0.5"), found.unit, None, False, text[: len(word)])
    return None


def _amount(text: str, words: UnitVocabulary, need_unit: bool = True, money: bool = True) -> _Amount | None:
    """One amount: comparator, number and unit.

    Without ``need_unit`` the unit may be missing (one end of a range), and
    ``money`` says whether the other end is money (for rule ``digit_groups``).
    """
    comparator, text = _lead(text, words)
    found = _half_after_unit(text, words, money) or _half_before_unit(text, words, money) or _number_and_unit(text, words, need_unit, money) or _minor_units(text, words)
    if found is None or found.comparator is not None or comparator is None:
        return found
    return replace(found, comparator=comparator)


def _number_and_unit(text: str, words: UnitVocabulary, need_unit: bool, money: bool) -> _Amount | None:
    """Rules ``unit_after`` and ``unit_before``: a number and the unit written after or before it."""
    split = _unit_after(text, words) or _unit_before(text, words)
    if split is None and need_unit:
        return _unit_then_digits(text, words) or _shorthand_money(text, words)
    form, number_text = split if split is not None else (None, text)
    number = _number(number_text, form.unit.is_money if form is not None else money)
    if number is None:
        return None
    value, comparator, vague = number
    if form is None:
        return _Amount(value, None, comparator, vague, number_text)
    return _Amount(value * form.factor, form.unit, comparator, vague, number_text)


_DIGITS_AFTER_UNIT = regex.compile(r"(?P<number>\d+) ?(?P<unit>\p{L}+) ?(?P<tail>\d{1,2})")
_SHORTHAND_MONEY = regex.compile(r"\d+(?:[.,]\d+)?(?:k|K|tr)(?:\d{1,3})?")


def _unit_then_digits(text: str, words: UnitVocabulary) -> _Amount | None:
    """Rule ``unit_then_digits``: ``1m70`` = 1.7 m, ``1 mét 6``, ``2 tấn 3`` = 2.3 t, ``một mét sáu lăm`` = 1.65 m
    (physical units only)."""
    m = _DIGITS_AFTER_UNIT.fullmatch(text)
    if m is None:
        return _unit_then_number_words(text, words)
    form = words.by_key.get(fold(m.group("unit")))
    if form is None or form.unit.is_money or form.factor != 1:
        return None
    value = Decimal(m.group("number")) + Decimal(m.group("tail")) / 10 ** len(m.group("tail"))
    return _Amount(value, form.unit, None, False, m.group("number"))


def _unit_then_number_words(text: str, words: UnitVocabulary) -> _Amount | None:
    """``một mét sáu`` = 1.6 m, ``một mét sáu lăm`` = 1.65 m: a whole number in words, a unit, then its
    decimals in words (one or two digits, as a height is said)."""
    tokens = text.split(" ")
    for i in range(1, len(tokens) - 1):
        form = words.by_key.get(fold(tokens[i]))
        if form is None or form.unit.is_money or form.factor != 1:
            continue
        head, tail = parse_number(" ".join(tokens[:i])), parse_number(" ".join(tokens[i + 1 :]))
        if head is None or tail is None or not isinstance(tail.value, int) or not 0 < tail.value < 100 or tail.comparator:
            return None
        places = 1 if tail.value < 10 else 2
        return _Amount(Decimal(str(head.value)) + Decimal(tail.value) / 10**places, form.unit, head.comparator, False, " ".join(tokens[:i]))
    return None


def _shorthand_money(text: str, words: UnitVocabulary) -> _Amount | None:
    """Rule ``shorthand_money``: ``500k``, ``1tr2`` without a unit are prices in đồng."""
    if not _SHORTHAND_MONEY.fullmatch(text):
        return None
    number = _number(text, True)
    if number is None:
        return None
    return _Amount(number[0], words.units["VND"], number[1], False, text)


def _decimal(text: str) -> Decimal | None:
    found = parse_number(text)
    return None if found is None else Decimal(str(found.value))


def _scale_of(number: str) -> Decimal:
    """The scale word or letter that ends a number text (``2 triệu`` → 10⁶, ``20k`` → 10³), else 1."""
    whole = _decimal(number)
    if whole is None:
        return Decimal(1)
    tokens = number.split(" ")
    for size in range(1, len(tokens)):
        words = " ".join(tokens[size:])
        if any(c.isdigit() for c in words):
            continue
        head, scale = _decimal(" ".join(tokens[:size])), _decimal("1 " + words)
        if head is not None and scale is not None and head * scale == whole:
            return scale
    digits = regex.match(r"[\d.,]+", number)
    if len(tokens) == 1 and digits is not None and digits.end() < len(number):
        head = _decimal(digits.group())
        if head:
            glued = whole / head
            if glued == 10 ** (len(str(int(glued))) - 1):
                return glued
    return Decimal(1)


def _ends(left: str, right: str, words: UnitVocabulary) -> tuple[_Amount, _Amount] | None:
    """Rule ``range``: the two ends of ``left``–``right`` in one unit, the lower first."""
    high = _amount(right, words, need_unit=False)
    if high is None:
        return None
    low = _amount(left, words, need_unit=False, money=high.unit is None or high.unit.is_money)
    if low is not None and low.unit is None and high.unit is None and _SHORTHAND_MONEY.fullmatch(left) and _SHORTHAND_MONEY.fullmatch(right):
        high = replace(high, unit=words.units["VND"])  # "200k-300k": prices
    if low is None or (low.unit is None and high.unit is None) or low.comparator not in (None, "~"):
        return None
    unit = high.unit or low.unit
    assert unit is not None
    value = low.value
    if low.unit is None:
        scale = _scale_of(high.number)
        if scale >= 1000 and _scale_of(low.number) == 1 and value * scale < high.value:
            value *= scale  # "từ 1 đến 2 triệu"
    elif high.unit is not None and low.unit != high.unit:
        if low.unit.is_money or low.unit.kind != high.unit.kind:
            return None
        value = to_base_units(value, low.unit.symbol)[0] / to_base_units(Decimal(1), high.unit.symbol)[0]
    if not value < high.value:
        return None
    return _Amount(value, unit, None, False, low.number), _Amount(high.value, unit, None, False, high.number)


def _joins(text: str, joiners: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where a joiner stands in ``text``: ``(start, end)`` of each, in text order."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for joiner in joiners:
        pattern = regex.escape(joiner)
        pattern = rf" {pattern} " if joiner[0].isalnum() else rf"(?<=\S) ?{pattern} ?(?=\S)"
        spans.extend(m.span() for m in regex.finditer(pattern, folded))
    return sorted(spans)


def _range(text: str, words: UnitVocabulary) -> tuple[_Amount, _Amount] | None:
    """Rule ``range``: ``từ A đến B``, ``A-B``, ``giữa A và B``."""
    tokens = text.split(" ")
    first = fold(tokens[0])
    joiners = words.ranges["joiners"]
    if first in words.ranges["between_openers"]:
        joiners = words.ranges["between_joiners"]
    if first in words.ranges["openers"] or first in words.ranges["between_openers"]:
        text = " ".join(tokens[1:])
    for start, end in _joins(text, joiners):
        ends = _ends(text[:start].strip(), text[end:].strip(), words)
        if ends is not None:
            return ends
    return None


def _number_out(value: Decimal | None) -> int | float | None:
    return None if value is None else decimal_number(value)


def _quantity(amount: _Amount, comparator: str | None, low: Decimal | None = None) -> Quantity:
    """The :class:`Quantity` of one amount (``low`` set: a range from ``low`` to the amount)."""
    assert amount.unit is not None
    unit = amount.unit.symbol
    if low is not None:
        base_min, base_unit = to_base_units(low, unit)
        base_max = to_base_units(amount.value, unit)[0]
        return Quantity(None, unit, comparator, _number_out(low), _number_out(amount.value), base_unit=base_unit,
                        base_min=decimal_number(base_min), base_max=decimal_number(base_max))
    base_value, base_unit = to_base_units(amount.value, unit)
    return Quantity(
        decimal_number(amount.value),
        unit,
        comparator,
        min=_number_out(amount.value if comparator in _LOWER else None),
        max=_number_out(amount.value if comparator in _UPPER else None),
        vague=amount.vague,
        base_value=decimal_number(base_value),
        base_unit=base_unit,
    )


def parse_quantity(text: str) -> Quantity | None:
    """The amount ``text`` is, with its unit normalised; else the one amount written in it; else None.

    Rule ``inside``: when the whole text is no amount, the longest amount in it
    is read (``bị phạt 7.500.000 đồng``, ``2 tạ rưỡi thóc``), provided no other
    amount stands beside it (two amounts are no answer).

    >>> parse_quantity("2 tỷ đồng").to_dict()
    {'value': 2000000000, 'unit': 'VND'}
    >>> parse_quantity("từ 1 đến 2 triệu đồng").to_dict()
    {'unit': 'VND', 'min': 1000000, 'max': 2000000}
    >>> parse_quantity("2,5 tấn").to_dict()
    {'value': 2.5, 'unit': 't', 'base_value': 2500, 'base_unit': 'kg'}
    >>> parse_quantity("2 tỷ người") is None
    True
    >>> parse_quantity("Bị cáo chiếm đoạt hơn 1,2 tỷ đồng của bị hại.").to_dict()
    {'value': 1200000000, 'unit': 'VND', 'comparator': '>', 'min': 1200000000}
    """
    whole = _whole_quantity(text)
    if whole is not None:
        return whole
    from .inside import amount_inside, money_in_context  # the rules that need the segmenter, loaded when a text is searched

    clean = _SPACES.sub(" ", normalize_form(text)).strip()
    return amount_inside(clean, _whole_quantity) or money_in_context(clean, _whole_quantity)


def _whole_quantity(text: str) -> Quantity | None:
    """The amount the whole of ``text`` is, else None (rules ``bounds`` to ``digit_groups``)."""
    words = unit_vocabulary()
    clean = _SPACES.sub(" ", normalize_form(text)).strip()
    if clean.endswith(".") and not clean[-2:-1].isdigit():
        clean = clean[:-1].rstrip()  # "1 AED."
    if not clean or len(clean) > MAX_LENGTH:
        return None
    comparator, clean = _lead(clean, words)
    after, clean = _tail(clean, words)
    ends = _range(clean, words)
    if ends is not None:
        if after is not None or comparator not in (None, "~"):
            return None
        return _quantity(ends[1], comparator, low=ends[0].value)
    tokens = clean.split(" ")
    opened = len(tokens) > 1 and fold(tokens[0]) in words.ranges["openers"]
    amount = _amount(" ".join(tokens[1:]) if opened else clean, words)
    if amount is None:
        return None
    before = amount.comparator or comparator
    if after is not None and before is not None and (before in _LOWER) != (after in _LOWER):
        return None  # "trên 5 km trở xuống": two bounds that disagree
    return _quantity(amount, after or before or (">=" if opened else None))
