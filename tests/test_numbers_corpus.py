"""The Duckling-style number corpus (corpus/examples/numbers.yaml): our own sentences.

Whole-span rule: every NUMBER found must be exactly one of the expected spans,
with the expected value, comparator and linked MEASURE, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vn_crimeie.normalize import normalize
from vn_crimeie.numbers.linking import quantifies
from vn_crimeie.recognizers.numbers import find

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "examples" / "numbers.yaml"
DATA = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASES = DATA["cases"]
NEGATIVES = DATA["negatives"]


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
    assert len(CASES) >= 150
    assert len(NEGATIVES) >= 30
    assert len({c["text"] for c in CASES}) == len(CASES), "duplicate case"


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case: dict) -> None:
    assert _found(case["text"]) == case["expect"]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_negative(text: str) -> None:
    assert _found(text) == []
