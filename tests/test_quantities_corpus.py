"""The Duckling-style amount corpus (corpus/examples/quantities.yaml): our own expressions.

Each case is read whole by :func:`vn_crimeie.parse_quantity` and must give
exactly the expected ``to_dict()``; each negative must give None.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vn_crimeie import parse_quantity
from vn_crimeie.quantities.units import unit_vocabulary

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "examples" / "quantities.yaml"
DATA = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASES = DATA["cases"]
NEGATIVES = DATA["negatives"]


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 150
    assert len(NEGATIVES) >= 30
    texts = [c["text"] for c in CASES] + NEGATIVES
    assert len(set(texts)) == len(texts), "duplicate case"


def test_corpus_units_are_canonical() -> None:
    units = unit_vocabulary().units
    for case in CASES:
        expect = case["expect"]
        assert expect["unit"] in units, case
        assert expect.get("base_unit", units[expect["unit"]].base) == units[expect["unit"]].base, case


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case: dict) -> None:
    found = parse_quantity(case["text"])
    assert found is not None and found.to_dict() == case["expect"]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_negative(text: str) -> None:
    assert parse_quantity(text) is None
