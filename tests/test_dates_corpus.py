"""Every form of corpus/examples/dates.yaml through the DATE recogniser (whole-span rule), or parse_date.

A section marked ``whole: true`` holds forms read as a whole expression: they go
through :func:`~vn_crimeie.dates.parse_date` (``12/2023``, ``mai``, ``8 giờ``), which
reads what running text leaves alone; ``whole_negatives`` are expressions it refuses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vn_crimeie.dates import coerce_dateline, parse_date
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

EXAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "examples" / "dates.yaml"
DATA = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))
NEGATIVE_DATELINE = "2024-03-13T18:02"


def _cases(whole: bool) -> list:
    out = []
    for section in DATA["sections"]:
        if bool(section.get("whole")) != whole:
            continue
        for group in section["groups"]:
            for form in group["forms"]:
                prefer = section.get("prefer", "nearest")
                out.append(pytest.param(form, section["dateline"], prefer, group["value"], id=f"{section['dateline'] or 'none'}:{prefer}:{form}"))
    return out


CASES = _cases(whole=False)
WHOLE_CASES = _cases(whole=True)


def test_corpus_is_large_enough() -> None:
    assert len(CASES) + len(DATA["negatives"]) >= 800
    assert len(WHOLE_CASES) + len(DATA["whole_negatives"]) >= 200


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


@pytest.mark.parametrize("form, dateline, prefer, expected", WHOLE_CASES)
def test_whole_expression(form: str, dateline: str | None, prefer: str, expected: dict) -> None:
    value = parse_date(form, dateline, prefer=prefer)
    assert value is not None, f"{form!r} → None"
    assert value.to_dict() == expected


@pytest.mark.parametrize("text", DATA["whole_negatives"])
def test_whole_negative(text: str) -> None:
    assert parse_date(text, NEGATIVE_DATELINE) is None
