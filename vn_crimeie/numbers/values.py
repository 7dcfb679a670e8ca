"""What a number expression is worth: :class:`NumberValue`, :class:`NumberMatch` and digit runs.

Digits are read after Vietnamese conventions: ``.`` groups thousands, ``,`` is
the decimal mark (an English grouping of three groups or more is read too).

>>> digits_value("14.450")
(Decimal('14450'), True, False)
>>> NumberValue(decimal_number(digits_value("2,5")[0]), "~").to_dict()
{'value': 2.5, 'comparator': '~'}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import regex

__all__ = ["NumberValue", "NumberMatch", "digits_value", "decimal_number"]

_VN_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VN_DECIMAL = regex.compile(r"\d+,\d+")
_EN_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_EN_DECIMAL = regex.compile(r"\d+\.\d{1,2}")
_PLAIN = regex.compile(r"\d{1,12}")


@dataclass(frozen=True)
class NumberValue:
    """The normalised value of a NUMBER (docs/schema.md): ``value``, ``comparator``, ``vague``.

    An ordinal (``thứ hai``) has ``ordinal``; a fraction (``một phần ba``) keeps
    its ``fraction`` (numerator, denominator) beside its value.

    >>> NumberValue(14450).to_dict()
    {'value': 14450}
    >>> NumberValue(2, ordinal=True).to_dict()
    {'value': 2, 'ordinal': True}
    """

    value: int | float
    comparator: str | None = None
    vague: bool = False
    ordinal: bool = field(default=False, repr=False)
    fraction: tuple[int, int] | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA value: ``comparator`` only when set, ``vague`` only when true.

        >>> NumberValue(100, ">=", True).to_dict()
        {'value': 100, 'comparator': '>=', 'vague': True}
        """
        out: dict[str, Any] = {"value": self.value}
        if self.comparator is not None:
            out["comparator"] = self.comparator
        if self.vague:
            out["vague"] = True
        if self.ordinal:
            out["ordinal"] = True
        if self.fraction is not None:
            out["fraction"] = list(self.fraction)
        return out


@dataclass(frozen=True)
class NumberMatch:
    """A number expression found by :func:`scan`.

    ``start``/``end`` delimit the NUMBER span (comparator included).  A range
    has a ``second`` part (``6-7``); ``joined`` marks an approximated range read
    as one span (``khoảng 5-6``).  ``strong`` is true when the form alone shows
    a count (comparator, scale word, thousands grouping, decimal, vague);
    ``needs_unit`` when the digits are only a number before a unit (``1.5 kg``).
    """

    start: int
    end: int
    value: NumberValue
    strong: bool
    needs_unit: bool = False
    second: NumberMatch | None = None
    joined: bool = False

    @property
    def last_end(self) -> int:
        """Where the whole expression (the range included) ends."""
        return self.second.end if self.second is not None else self.end


def decimal_number(value: Decimal) -> int | float:
    """``value`` as an ``int`` when it is whole, else a ``float``.

    >>> decimal_number(Decimal("14450.0")), decimal_number(Decimal("2.2"))
    (14450, 2.2)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: a count padded to two digits ("02 Thẩm phán"), unlike a phone number or a code
_PADDED_COUNT = regex.compile(r"0[1-9]")


def digits_value(digits: str) -> tuple[Decimal, bool, bool] | None:
    """Read a digit run after Vietnamese conventions: ``(value, grouped_or_decimal, needs_unit)``.

    >>> digits_value("14.450")
    (Decimal('14450'), True, False)
    >>> digits_value("2,2")
    (Decimal('2.2'), True, False)
    >>> digits_value("0912345678") is None, digits_value("02")
    (True, (Decimal('2'), False, False))
    """
    if _PLAIN.fullmatch(digits):
        if len(digits) > 1 and digits[0] == "0" and not _PADDED_COUNT.fullmatch(digits):
            return None  # phone numbers, codes
        return Decimal(digits), False, False
    if _VN_THOUSANDS.fullmatch(digits):
        return Decimal(digits.replace(".", "").replace(",", ".")), True, False
    if _EN_THOUSANDS.fullmatch(digits):
        return Decimal(digits.replace(",", "")), True, False
    if _VN_DECIMAL.fullmatch(digits):
        whole = digits.split(",", 1)[0]
        if len(whole) > 1 and whole[0] == "0":
            return None
        return Decimal(digits.replace(",", ".")), True, False
    if _EN_DECIMAL.fullmatch(digits):
        return Decimal(digits), True, True
    return None
