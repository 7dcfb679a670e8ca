"""Every form of corpus/examples/dates.yaml through the DATE recogniser (whole-span rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vn_crimeie.dates import coerce_dateline
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

EXAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "examples" / "dates.yaml"
DATA = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))
NEGATIVE_DATELINE = "2024-03-13T18:02"


def _cases() -> list:
    out = []
    for section in DATA["sections"]:
        for group in section["groups"]:
            for form in group["forms"]:
                prefer = section.get("prefer", "nearest")
                out.append(pytest.param(form, section["dateline"], prefer, group["value"], id=f"{section['dateline'] or 'none'}:{prefer}:{form}"))
    return out


CASES = _cases()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) + len(DATA["negatives"]) >= 800


@pytest.mark.parametrize("form, dateline, prefer, expected", CASES)
def test_form(form: str, dateline: str | None, prefer: str, expected: dict) -> None:
    text = normalize(form).text
    found = [c for c in find(text, coerce_dateline(dateline), prefer=prefer) if c.label == "DATE"]
    assert [(c.start, c.end) for c in found] == [(0, len(text))], f"{form!r} → {[(text[c.start:c.end], c.value) for c in found]}"
    assert found[0].value == expected


@pytest.mark.parametrize("text", DATA["negatives"])
def test_negative(text: str) -> None:
    found = find(normalize(text).text, coerce_dateline(NEGATIVE_DATELINE))
    assert [(text[c.start : c.end], c.value) for c in found] == []
