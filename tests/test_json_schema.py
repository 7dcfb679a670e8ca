"""docs/document.schema.json describes what the library writes and what the corpus stores."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import vn_crimeie
from vn_crimeie.candidates import LABELS, RELATION_TYPES

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "document.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_and_lists_our_labels() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$defs"]["entity"]["properties"]["label"]["enum"] == list(LABELS)
    assert SCHEMA["$defs"]["relation"]["properties"]["label"]["enum"] == list(RELATION_TYPES)


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*.jsonl")), ids=lambda p: p.name)
def test_corpus_documents_follow_the_schema(path: Path) -> None:
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        errors = sorted(VALIDATOR.iter_errors(json.loads(line)), key=str)
        assert not errors, f"{path.name}:{lineno}: {errors[0].message}"


def test_extract_output_follows_the_schema(seed_text) -> None:
    doc = vn_crimeie.extract(seed_text, id="seed")
    errors = list(VALIDATOR.iter_errors(doc.to_dict()))
    assert not errors, errors[0].message


@pytest.mark.parametrize(
    "broken,fragment",
    [
        ({"id": "x", "text": "Đại tá", "dateline": "13/03/2024", "entities": [], "relations": []}, "13/03/2024"),
        ({"id": "x", "text": "Đại tá", "dateline": None, "entities": [{"id": "e1", "start": 0, "end": 6, "label": "CAP_BAC", "text": "Đại tá"}], "relations": []}, "CAP_BAC"),
        ({"id": "x", "text": "3 năm", "dateline": None, "entities": [{"id": "e1", "start": 0, "end": 5, "label": "DATE", "text": "3 năm", "value": {"type": "KHOANG", "value": "P3Y"}}], "relations": []}, "KHOANG"),
        ({"id": "x", "text": "hơn 20", "dateline": None, "entities": [{"id": "e1", "start": 0, "end": 6, "label": "NUMBER", "text": "hơn 20", "value": {"value": "20"}}], "relations": []}, "'20'"),
    ],
)
def test_schema_rejects_what_schema_md_forbids(broken: dict, fragment: str) -> None:
    messages = " ".join(e.message for e in VALIDATOR.iter_errors(broken))
    assert fragment in messages
