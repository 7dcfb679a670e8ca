"""Units of amounts: the spellings of ``lang/vi/units.yaml``, their canonical units and base units.

Money is normalised to its ISO 4217 code and never converted.  A physical unit
is normalised to a canonical symbol (``tấn`` → ``t``) and converted to the base
unit of its kind (``kg`` for mass) by `pint <https://pint.readthedocs.io>`_,
which is imported only when such a conversion is first asked: ``import
vn_crimeie``, :func:`unit_of` and amounts of money never load it.

>>> unit_of("tấn"), unit_of("VNĐ"), unit_of("đối tượng")
('t', 'VND', None)
>>> to_base_units(Decimal("2.5"), "t")
(Decimal('2.5E+3'), 'kg')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from ..lexicon import LexiconError, fold, load_data
from ..normalize import normalize_form

__all__ = ["Unit", "UnitForm", "UnitVocabulary", "unit_vocabulary", "unit_of", "unit_value", "to_base_units", "form_key"]

_FILE = "units.yaml"
#: The kind of every currency.
MONEY = "money"


@dataclass(frozen=True)
class Unit:
    """A canonical unit: ``symbol`` (ISO 4217 code or symbol), its ``kind`` and ``base`` unit, what pint needs."""

    symbol: str
    kind: str
    base: str
    pint: str = ""
    define: str = ""
    minor: int = 0

    @property
    def is_money(self) -> bool:
        """A currency (never converted)."""
        return self.kind == MONEY


@dataclass(frozen=True)
class UnitForm:
    """One spelling of a unit: ``text`` as listed, the ``key`` it is matched by, ``factor`` (0.01 for a cent)."""

    text: str
    key: str
    unit: Unit
    exact: bool
    factor: Decimal = Decimal(1)

    def ends(self, text: str, folded: str) -> bool:
        """``text`` (``folded`` = :func:`fold` of it) ends with this spelling."""
        return (text if self.exact else folded).endswith(self.key)

    def starts_at(self, text: str, folded: str, pos: int) -> bool:
        """This spelling is written at ``pos`` of ``text``."""
        return (text if self.exact else folded).startswith(self.key, pos)


@dataclass(frozen=True)
class UnitVocabulary:
    """``units.yaml`` checked and indexed: spellings longest first and the framing words of amounts."""

    units: Mapping[str, Unit]
    forms: tuple[UnitForm, ...]
    before: tuple[UnitForm, ...]
    by_key: Mapping[str, UnitForm]
    ambiguous_in_text: frozenset[str]
    money_cues: frozenset[str]
    comparators: Mapping[str, str]
    after_comparators: Mapping[str, str]
    plain_before: frozenset[str]
    half_before: frozenset[str]
    halves: frozenset[str]
    ranges: Mapping[str, tuple[str, ...]]


def form_key(text: str) -> tuple[str, bool]:
    """The key a spelling is matched by, and whether it must match exactly (a single letter).

    >>> form_key("VNĐ"), form_key("m")
    (('vnđ', False), ('m', True))
    """
    exact = len(text) == 1 and text.isalpha()
    return (text if exact else fold(text)), exact


def _form(word: str, unit: Unit, where: str, factor: Decimal = Decimal(1)) -> UnitForm:
    if normalize_form(word) != word:
        raise LexiconError(f"{_FILE}: {where}: {word!r} is not in normal form")
    key, exact = form_key(word)
    return UnitForm(word, key, unit, exact, factor)


def _money(data: Mapping[str, Any]) -> tuple[dict[str, Unit], list[UnitForm], list[UnitForm]]:
    units: dict[str, Unit] = {}
    forms: list[UnitForm] = []
    before: list[UnitForm] = []
    for code, entry in data["currencies"].items():
        unit = units[code] = Unit(code, MONEY, code, minor=entry.get("minor", 0))
        forms.extend(_form(w, unit, f"currencies.{code}.words") for w in entry["words"])
        for word in entry.get("before", []):
            if word not in entry["words"]:
                raise LexiconError(f"{_FILE}: currencies.{code}.before: {word!r} is not one of its words")
            before.append(_form(word, unit, f"currencies.{code}.before"))
    cents = data["cents"]
    alone = units.get(cents["alone"])
    if alone is None or not alone.minor:
        raise LexiconError(f"{_FILE}: cents.alone: {cents['alone']!r} is not a currency with minor units")
    forms.extend(_form(w, alone, "cents.words", Decimal(1) / alone.minor) for w in cents["words"])
    return units, forms, before


def _physical(data: Mapping[str, Any]) -> tuple[dict[str, Unit], list[UnitForm]]:
    units: dict[str, Unit] = {}
    forms: list[UnitForm] = []
    bases = data["bases"]
    for symbol, entry in data["units"].items():
        kind = entry["kind"]
        if kind not in bases:
            raise LexiconError(f"{_FILE}: units[{symbol!r}].kind: {kind!r} has no base unit in `bases`")
        unit = units[symbol] = Unit(symbol, kind, bases[kind], entry.get("pint", symbol), entry.get("define", ""))
        forms.extend(_form(w, unit, f"units[{symbol!r}].words") for w in entry["words"])
    for kind, base in bases.items():
        if base not in units or units[base].kind != kind:
            raise LexiconError(f"{_FILE}: bases.{kind}: {base!r} is not a unit of kind {kind!r}")
    return units, forms


@cache
def unit_vocabulary() -> UnitVocabulary:
    """``units.yaml``, checked (each spelling listed once, each base a unit of its kind) and indexed.

    >>> unit_vocabulary().units["t"].base
    'kg'
    """
    data = load_data(_FILE)
    money, money_forms, before = _money(data)
    physical, physical_forms = _physical(data)
    forms = money_forms + physical_forms
    by_key: dict[str, UnitForm] = {}
    for form in forms:
        if form.key in by_key:
            raise LexiconError(f"{_FILE}: the spelling {form.text!r} is listed twice")
        by_key[form.key] = form
    numbers = load_data("number_words.yaml")
    comparators = {fold(w): c for w, c in numbers["comparators"].items()}
    comparators.update({fold(w): c for w, c in data["comparators"].items()})
    return UnitVocabulary(
        units={**money, **physical},
        forms=tuple(sorted(forms, key=lambda f: -len(f.key))),
        before=tuple(sorted(before, key=lambda f: -len(f.key))),
        by_key=by_key,
        ambiguous_in_text=frozenset(form_key(w)[0] for w in data["ambiguous_in_text"]),
        money_cues=frozenset(fold(w) for w in data["money_cues"]),
        comparators=comparators,
        after_comparators={fold(w): c for w, c in data["after_comparators"].items()},
        plain_before=frozenset(fold(w) for w in data["plain_before"]),
        half_before=frozenset(fold(w) for w in data["half_before"]),
        halves=frozenset(fold(w) for w in numbers["half"]),
        ranges={name: tuple(fold(w) for w in words) for name, words in data["ranges"].items()},
    )


def unit_of(word: str, in_text: bool = False) -> str | None:
    """The canonical unit of one unit spelling (``"tấn"`` → ``"t"``, ``"đô la"`` → ``"USD"``), else None.

    ``in_text``: the spelling is a MEASURE of running text, where the spellings
    of ``ambiguous_in_text`` are most often other words and give None.

    >>> unit_of("km/giờ"), unit_of("Nhân dân tệ"), unit_of("M")
    ('km/h', 'CNY', None)
    >>> unit_of("chỉ"), unit_of("chỉ", in_text=True), unit_of("chỉ vàng", in_text=True)
    ('chỉ', None, 'chỉ')
    """
    words = unit_vocabulary()
    key, _ = form_key(normalize_form(word.strip()))
    form = words.by_key.get(key)
    if form is None or form.factor != 1 or (in_text and key in words.ambiguous_in_text):
        return None
    return form.unit.symbol


@cache
def _registry() -> Any:
    """pint's unit registry (exact decimals), with the units pint lacks defined: built on the first conversion."""
    import pint  # noqa: PLC0415 - about 0.5 s with its registry: only when a conversion is asked

    registry: Any = pint.UnitRegistry(non_int_type=Decimal)
    for unit in unit_vocabulary().units.values():
        if unit.define:
            registry.define(f"{unit.pint} = {unit.define}")
    return registry


@cache
def _base_factors() -> dict[str, Decimal]:
    """For every physical unit that is not its kind's base: the factor to the base unit, from pint."""
    registry = _registry()
    units = unit_vocabulary().units
    out: dict[str, Decimal] = {}
    for unit in units.values():
        if unit.is_money or unit.symbol == unit.base:
            continue
        target = registry.parse_expression(units[unit.base].pint)
        out[unit.symbol] = Decimal(registry.parse_expression(unit.pint).to(target.units).magnitude / target.magnitude)
    return out


def to_base_units(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """``value`` in ``unit`` converted to the base unit of its kind: ``(value, base unit)``.

    Money and base units come back as they are (pint is not loaded for them).

    >>> to_base_units(Decimal(500), "ml")
    (Decimal('0.500'), 'l')
    >>> to_base_units(Decimal(3), "USD")
    (Decimal('3'), 'USD')
    """
    found = unit_vocabulary().units.get(unit)
    if found is None:
        raise ValueError(f"unknown unit {unit!r}: not a key of units.yaml")
    if found.is_money or found.symbol == found.base:
        return value, found.base
    return value * _base_factors()[unit], found.base


def unit_value(unit: str) -> dict[str, str | float]:
    """The MEASURE value of a canonical unit (SCHEMA v1.2): money ``{"unit"}``, a physical unit with its base and factor.

    ``factor`` converts a value in ``unit`` to ``base`` (from pint, loaded on
    the first unit that is not its kind's base).

    >>> unit_value("VND"), unit_value("kg")
    ({'unit': 'VND'}, {'unit': 'kg', 'base': 'kg', 'factor': 1.0})
    >>> unit_value("g")
    {'unit': 'g', 'base': 'kg', 'factor': 0.001}
    """
    found = unit_vocabulary().units.get(unit)
    if found is None:
        raise ValueError(f"unknown unit {unit!r}: not a key of units.yaml")
    if found.is_money:
        return {"unit": unit}
    factor = Decimal(1) if found.symbol == found.base else _base_factors()[unit]
    return {"unit": unit, "base": found.base, "factor": float(factor)}
