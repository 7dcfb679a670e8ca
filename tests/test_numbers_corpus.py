"""The Duckling-style number corpus (corpus/examples/numbers.yaml): our own sentences.

Whole-span rule: every NUMBER found must be exactly one of the expected spans,
with the expected value, comparator and linked MEASURE, and nothing else.
The ``spoken`` groups are whole expressions for ``parse_number``, each form
under the value dict it must read as; ``spoken_negatives`` read as None.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vn_crimeie.normalize import normalize
from vn_crimeie.numbers import parse_number
from vn_crimeie.numbers.linking import quantifies
from vn_crimeie.recognizers.numbers import find

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "examples" / "numbers.yaml"
DATA = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASES = DATA["cases"]
NEGATIVES = DATA["negatives"]
SPOKEN = [(form, group["value"]) for group in DATA["spoken"] for form in group["forms"]]
SPOKEN_NEGATIVES = DATA["spoken_negatives"]


def _found(text: str) -> list[dict]:
    text = normalize(text).text
    cands = sorted(find(text), key=lambda c: (c.start, c.end))
    links = dict(quantifies(text, cands))
    out = []
    for i, c in enumerate(cands):
        if c.label != "NUMBER":
            continue
        item = {"n": text[c.start : c.end], "v": c.value["value"]}
        if "comparator" in c.value:
            item["c"] = c.value["comparator"]
        if c.value.get("vague"):
            item["vague"] = True
        if i in links:
            m = cands[links[i]]
            item["m"] = text[m.start : m.end]
        out.append(item)
    return out


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 300
    assert len(CASES) + len(SPOKEN) >= 400
    assert len(NEGATIVES) + len(SPOKEN_NEGATIVES) >= 120
    assert len({c["text"] for c in CASES}) == len(CASES), "duplicate case"
    assert len({form for form, _ in SPOKEN}) == len(SPOKEN), "duplicate spoken form"


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case: dict) -> None:
    assert _found(case["text"]) == case["expect"]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_negative(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("form", "value"), SPOKEN, ids=[form for form, _ in SPOKEN])
def test_spoken(form: str, value: dict) -> None:
    got = parse_number(form)
    assert got is not None and got.to_dict() == value


@pytest.mark.parametrize("form", SPOKEN_NEGATIVES)
def test_spoken_negative(form: str) -> None:
    assert parse_number(form) is None
