"""parse_quantity rule by rule, the unit vocabulary, MEASURE values, and pint loaded only to convert.

The corpus test (tests/test_quantities_corpus.py) holds the forms; this file
checks the rules one by one, with negatives, and what the units give.
"""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
from decimal import Decimal

import pytest

import vn_crimeie
from vn_crimeie import Quantity, parse_quantity
from vn_crimeie.lexicon import LexiconError, load_data
from vn_crimeie.numbers.measures import measure_lexicon
from vn_crimeie.quantities import to_base_units, unit_of
from vn_crimeie.quantities import units as units_module
from vn_crimeie.quantities.units import unit_vocabulary


def _dict(text: str) -> dict | None:
    found = parse_quantity(text)
    return None if found is None else found.to_dict()


# -- rules, each with a negative -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bounds: before (number_words.yaml and units.yaml comparators), after, both in one direction
        ("thấp hơn 3 triệu đồng", {"value": 3000000, "unit": "VND", "comparator": "<", "max": 3000000}),
        ("không dưới 10 tấn", {"value": 10, "unit": "t", "comparator": ">=", "min": 10, "base_value": 10000, "base_unit": "kg"}),
        ("trên 100 USD trở lên", {"value": 100, "unit": "USD", "comparator": ">=", "min": 100}),
        ("trên 5 km trở xuống", None),  # two bounds that disagree
        # range: the scale of the second end scales the first only when it is below it
        ("từ 2 đến 3 triệu USD", {"unit": "USD", "min": 2000000, "max": 3000000}),
        ("từ 800 đến 1 triệu đồng", {"unit": "VND", "min": 800, "max": 1000000}),
        ("từ 3 đến 2 đồng", None),  # the lower end first
        ("từ 10 tấn đến 5 USD", None),  # two kinds
        ("từ 5 đến 7", None),  # no unit
        # from: an opener alone is a lower bound
        ("từ 10 triệu đồng", {"value": 10000000, "unit": "VND", "comparator": ">=", "min": 10000000}),
        # unit_before: only signs and codes, before digits
        ("hơn $5", {"value": 5, "unit": "USD", "comparator": ">", "min": 5}),
        ("đô la 5", None),
        # minor_units: the minor count stays under its major unit
        ("7 euro và 5 cent", {"value": 7.05, "unit": "EUR"}),
        ("7 đô 100 xu", None),
        ("7 đồng 50 xu", None),  # the đồng is written without minor units
        # half_after_unit: a whole number without scale
        ("ba lít rưỡi", {"value": 3.5, "unit": "l"}),
        ("1,5 lít rưỡi", None),
        # digit_groups: commas group thousands only before money
        ("3,500 đồng", {"value": 3500, "unit": "VND"}),
        ("3,500 kg", {"value": 3.5, "unit": "kg"}),
        ("1 500 kg", {"value": 1500, "unit": "kg"}),
    ],
)
def test_rules(text: str, expected: dict | None) -> None:
    assert _dict(text) == expected


def test_spacing_case_and_unicode_forms_are_normalised() -> None:
    assert _dict("  2   TỶ   ĐỒNG ") == {"value": 2000000000, "unit": "VND"}
    decomposed = "2 ty\u0309 \u0111o\u0302\u0300ng"  # NFD
    assert _dict(decomposed) == {"value": 2000000000, "unit": "VND"}


def test_single_letters_match_only_as_written() -> None:
    assert _dict("5 m") == {"value": 5, "unit": "m"}
    assert _dict("5 M") is None
    assert _dict("2 L") == {"value": 2, "unit": "l"}


def test_a_long_text_is_no_amount() -> None:
    assert parse_quantity("từ 1 đến " * 60 + "2 đồng") is None
    assert parse_quantity("1-" * 500 + "2 đồng") is None


def test_quantity_is_frozen_and_exported() -> None:
    found = parse_quantity("khoảng 1,2 kg")
    assert isinstance(found, Quantity) and vn_crimeie.Quantity is Quantity
    assert (found.value, found.unit, found.comparator, found.base_value, found.base_unit) == (1.2, "kg", "~", 1.2, "kg")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.value = 3  # type: ignore[misc]


def test_a_range_has_bounds_and_no_value() -> None:
    found = parse_quantity("từ 1 đến 2 tấn")
    assert found is not None
    assert (found.value, found.min, found.max, found.unit, found.base_unit) == (None, 1, 2, "t", "kg")


# -- units -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("2.5", "t", (2500, "kg")),
        ("3", "tạ", (300, "kg")),
        ("10", "chỉ", (Decimal("0.0375"), "kg")),
        ("500", "ml", (Decimal("0.5"), "l")),
        ("1.5", "ha", (15000, "m²")),
        ("10", "m/s", (36, "km/h")),
        ("5", "kg", (5, "kg")),
        ("7", "USD", (7, "USD")),
    ],
)
def test_to_base_units(value: str, unit: str, expected: tuple) -> None:
    got = to_base_units(Decimal(value), unit)
    assert got[0] == expected[0] and got[1] == expected[1]


def test_to_base_units_refuses_an_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unknown unit 'furlong'"):
        to_base_units(Decimal(1), "furlong")


def test_every_physical_unit_converts_to_its_base() -> None:
    for unit in unit_vocabulary().units.values():
        value, base = to_base_units(Decimal(1), unit.symbol)
        assert base == unit.base and value > 0, unit


def test_every_unit_of_measures_yaml_has_a_canonical_unit() -> None:
    """The MEASURE units of measures.yaml are spellings of units.yaml, but for counts that are no unit."""
    not_units = {"lượt"}
    missing = [u for u in measure_lexicon()["units"] if unit_of(u) is None and u not in not_units]
    assert missing == []


def test_unit_of() -> None:
    assert [unit_of(w) for w in ("đồng", "VNĐ", "đô la Mỹ", "tấn", "mét vuông", "mg/lít", "độ C")] == [
        "VND", "VND", "USD", "t", "m²", "mg/l", "°C",
    ]
    assert unit_of("đối tượng") is None and unit_of("xu") is None  # a count; a minor unit is no unit
    assert unit_of("chỉ") == "chỉ" and unit_of("chỉ", in_text=True) is None


def _vocabulary_of(data: dict) -> None:
    units_module.unit_vocabulary.cache_clear()
    original = load_data

    def fake(name: str):  # type: ignore[no-untyped-def]
        return data if name == "units.yaml" else original(name)

    units_module.load_data = fake  # type: ignore[assignment]
    try:
        units_module.unit_vocabulary()
    finally:
        units_module.load_data = original  # type: ignore[assignment]
        units_module.unit_vocabulary.cache_clear()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["units"]["kg"]["words"].append("đô"), "the spelling 'đô' is listed twice"),
        (lambda d: d["bases"].update(mass="l"), "bases.mass: 'l' is not a unit of kind 'mass'"),
        (lambda d: d["currencies"]["USD"]["before"].append("đô xanh"), "currencies.USD.before: 'đô xanh' is not one of its words"),
        (lambda d: d["cents"].update(alone="VND"), "cents.alone: 'VND' is not a currency with minor units"),
        (lambda d: d["units"]["kg"]["words"].append("ki\u0301"), "is not in normal form"),
    ],
)
def test_a_broken_vocabulary_is_refused(edit, message: str) -> None:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(load_data("units.yaml"))
    edit(data)
    with pytest.raises(LexiconError, match=message):
        _vocabulary_of(data)


# -- MEASURE values in extraction -------------------------------------------------------------------
def _measures(text: str) -> list[tuple[str, dict | None]]:
    doc = vn_crimeie.extract(text, dateline="2024-05-02")
    return [(e.text, e.value) for e in doc.entities if e.label == "MEASURE"]


def test_measures_that_are_units_carry_the_unit() -> None:
    text = "Công an thu giữ 2,5 tấn ma túy, 300 triệu đồng và 12.000 USD của nhóm đối tượng."
    assert _measures(text) == [("tấn", {"unit": "t", "base": "kg", "factor": 1000.0}), ("đồng", {"unit": "VND"}), ("USD", {"unit": "USD"})]


def test_glued_units_and_counts() -> None:
    text = "Xe chạy 80km/h thì tông vào 3 người đi bộ cách đó 50 mét."
    assert _measures(text) == [("km/h", {"unit": "km/h", "base": "km/h", "factor": 1.0}), ("người", None), ("mét", {"unit": "m", "base": "m", "factor": 1.0})]


def test_measures_in_small_units_carry_the_factor_to_the_base() -> None:
    text = "Cảnh sát thu giữ 500 gam ma túy đá, 20 ml chất lỏng và 3 ha rừng bị chặt phá."
    assert _measures(text) == [
        ("gam", {"unit": "g", "base": "kg", "factor": 0.001}),
        ("ml", {"unit": "ml", "base": "l", "factor": 0.001}),
        ("ha", {"unit": "ha", "base": "m²", "factor": 10000.0}),
    ]


def test_rates_abbreviations_and_ambiguous_words_carry_no_unit() -> None:
    assert ("tạ", None) in _measures("Năng suất lúa đạt 6 tạ/ha trong vụ này.")
    assert all(value is None for _, value in _measures("Chi bộ có 5 đ/c được trao huy hiệu."))
    assert all(value is None for _, value in _measures("Băng nhóm có 4 chỉ huy cầm đầu."))


# -- pint only when converting ---------------------------------------------------------------------
def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(m for m in ('pint', 'spacy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_pint_is_loaded_only_for_a_conversion() -> None:
    assert _modules_after("import vn_crimeie; vn_crimeie.parse_quantity('2 tỷ đồng'); vn_crimeie.parse_quantity('5 kg')") == set()
    assert _modules_after("import vn_crimeie; vn_crimeie.parse_quantity('2,5 tấn')") == {"pint"}
