"""Every corpus file is valid (validate.py), and validation names file and line of each fault."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from vn_crimeie.evaluation.validate import check_document, read_documents, validate_file

ROOT = Path(__file__).resolve().parent.parent
# corpus/archive holds standoff lines (no text), checked by tests/test_archive_gold.py
CORPUS_FILES = sorted(p for p in {*(ROOT / "corpus").glob("*.jsonl"), *(ROOT / "corpus").glob("**/*.jsonl")} if "archive" not in p.relative_to(ROOT / "corpus").parts)


def test_the_seed_is_among_the_corpus_files() -> None:
    assert ROOT / "corpus" / "seed.jsonl" in CORPUS_FILES


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_corpus_file_is_valid(path: Path) -> None:
    faults = validate_file(path)
    assert not faults, "\n".join(str(f) for f in faults)


def test_corpus_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for path in CORPUS_FILES:
        for lineno, doc in read_documents(path)[0]:
            where = f"{path.relative_to(ROOT)}:{lineno}"
            if doc["id"] in seen:
                clashes.append(f"{where}: id {doc['id']!r} also in {seen[doc['id']]}")
            seen.setdefault(doc["id"], where)
    assert not clashes, "\n".join(clashes)


TEXT = "Chiều 5/4, Thượng tá Hồ Văn G - Trưởng Công an huyện Y bắt hơn 20 đối tượng."


def span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def good_doc() -> dict[str, Any]:
    items = [
        ("e1", "Chiều 5/4", "DATE", {"type": "TIME", "value": "XXXX-04-05TAF"}),
        ("e2", "Thượng tá", "RANK", {"rank": "Thượng tá", "grade": "field", "order": 3}),
        ("e3", "Hồ Văn G", "PERSON", None),
        ("e4", "Trưởng", "TITLE", None),
        ("e5", "Công an huyện Y", "ORG", None),
        ("e6", "hơn 20", "NUMBER", {"value": 20, "comparator": ">"}),
        ("e7", "đối tượng", "MEASURE", None),
    ]
    ents = []
    for eid, surface, label, value in items:
        s, e = span(surface)
        ent = {"id": eid, "start": s, "end": e, "label": label, "text": surface}
        if value is not None:
            ent["value"] = value
        ents.append(ent)
    rels = [
        {"label": "HAS_RANK", "head": "e3", "tail": "e2"},
        {"label": "HAS_TITLE", "head": "e3", "tail": "e4"},
        {"label": "TITLE_OF", "head": "e4", "tail": "e5"},
        {"label": "QUANTIFIES", "head": "e6", "tail": "e7"},
    ]
    return {"id": "t1", "text": TEXT, "dateline": None, "entities": ents, "relations": rels}


def test_own_document_is_valid() -> None:
    assert check_document(good_doc()) == []


def break_entity(i: int, **changes: Any):
    def apply(doc: dict[str, Any]) -> None:
        doc["entities"][i].update(changes)
    return apply


def break_relation(i: int, **changes: Any):
    def apply(doc: dict[str, Any]) -> None:
        doc["relations"][i].update(changes)
    return apply


def add_overlap(doc: dict[str, Any]) -> None:
    s, e = span("huyện Y")
    doc["entities"].append({"id": "e8", "start": s, "end": e, "label": "LOC", "text": "huyện Y"})


BROKEN = [
    (break_entity(2, end=span("Hồ Văn G")[1] + 50), "outside the text", True),
    (break_entity(2, text="Hồ Văn"), "entity text is 'Hồ Văn'", True),
    (break_entity(2, label="NGUOI"), "unknown label 'NGUOI'", False),
    (break_entity(3, id="e3"), "duplicate entity id", True),
    (add_overlap, "overlap", False),
    (break_entity(0, value={"type": "DAY", "value": "XXXX-04-05"}), "DATE value type 'DAY'", False),
    (break_entity(0, value={"type": "DATE"}), "non-empty string 'value'", False),
    (break_entity(5, value={"value": "20", "comparator": ">"}), "NUMBER value '20' is not a number", False),
    (break_entity(5, value={"value": 20, "comparator": "khoảng"}), "comparator 'khoảng'", False),
    (break_entity(1, value={"rank": "Thượng tá", "grade": "officer", "order": 3}), "RANK grade 'officer'", False),
    (break_entity(1, value={"rank": "Thượng tá", "grade": "field", "order": 0}), "order 0", False),
    (break_entity(1, value={"rank": "Thượng tá", "grade": "field", "order": 4}), "disagrees with the rank table", False),
    (break_entity(1, value={"rank": "Đại tá", "grade": "field", "order": 4}), "disagrees with the rank table", False),
    (break_entity(4, label="DOCUMENT", value={"kind": "Bộ luật Hình sự", "article": 156}),
     "DOCUMENT 'article' must be a string", False),
    (break_entity(4, value={"expansion": ""}), "ORG value needs a non-empty string 'expansion'", False),
    (break_entity(2, value={"rank": "x"}), "PERSON entities carry no value", False),
    (break_relation(0, label="CO_CAP_BAC"), "unknown label 'CO_CAP_BAC'", False),
    (break_relation(0, head="e2", tail="e3"), "HAS_RANK cannot link RANK e2 → PERSON e3", False),
    (break_relation(2, tail="e9"), "argument 'e9' is not an entity id", True),
    (break_relation(3, head="e7"), "links e7 to itself", False),
    (lambda d: d.update(dateline="13/03/2024"), "dateline '13/03/2024'", False),
    (lambda d: d.pop("text"), "no 'text'", True),
]


@pytest.mark.parametrize("breaker, message, fatal", BROKEN)
def test_fault_is_found_and_named(breaker, message: str, fatal: bool) -> None:
    doc = copy.deepcopy(good_doc())
    breaker(doc)
    faults = check_document(doc, "x.jsonl", 4)
    matching = [f for f in faults if message in f.message]
    assert matching, [str(f) for f in faults]
    assert str(matching[0]).startswith("x.jsonl:4: ")
    assert matching[0].fatal is fatal


def test_broken_line_is_reported_with_its_number(tmp_path: Path) -> None:
    good = good_doc()
    second = copy.deepcopy(good)
    second["id"] = "t2"
    second["entities"][2]["end"] += 1  # "Hồ Văn G " no longer matches its text
    lines = [
        json.dumps(good, ensure_ascii=False),
        "",
        '{"id": "t3", "text": "Hà Nội", ',  # line 3: cut off
        json.dumps(second, ensure_ascii=False),  # line 4
        json.dumps(good, ensure_ascii=False),  # line 5: id t1 again
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    faults = [str(f) for f in validate_file(path)]
    assert any(f.startswith(f"{path}:3: not valid JSON") for f in faults), faults
    assert any(f.startswith(f"{path}:4: entity e3: text[") for f in faults), faults
    assert f"{path}:5: id 't1' already used on line 1" in faults
    assert [n for n, _ in read_documents(path)[0]] == [1]


def test_own_document_is_valid_as_gold() -> None:
    assert check_document(good_doc(), gold=True) == []


def drop_value(i: int):
    def apply(doc: dict[str, Any]) -> None:
        del doc["entities"][i]["value"]
    return apply


GOLD_ONLY = [
    (drop_value(0), "entity e1: a gold DATE needs a value"),
    (drop_value(5), "entity e6: a gold NUMBER needs a value"),
]


@pytest.mark.parametrize("breaker, message", GOLD_ONLY)
def test_gold_dates_and_numbers_need_values(breaker, message: str) -> None:
    doc = copy.deepcopy(good_doc())
    breaker(doc)
    assert check_document(doc) == []  # a prediction may leave the value out
    assert [f.message for f in check_document(doc, gold=True)] == [message]


@pytest.mark.parametrize("surface, value", [
    ("thiếu úy", {"rank": "Thiếu úy", "grade": "company", "order": 1}),
    ("Đại uý", {"rank": "Đại úy", "grade": "company", "order": 4}),
    ("Thiếu tướng", {"rank": "Thiếu tướng", "grade": "general", "order": 1}),
])
def test_rank_value_in_any_case_and_tone_placement_agrees(surface: str, value: dict[str, Any]) -> None:
    text = f"{surface} Lò Văn K"
    doc = {"id": "r", "text": text, "entities": [
        {"id": "e1", "start": 0, "end": len(surface), "label": "RANK", "text": surface, "value": value}]}
    assert check_document(doc, gold=True) == []


def test_validate_file_holds_corpus_files_to_gold_rules(tmp_path: Path) -> None:
    doc = copy.deepcopy(good_doc())
    drop_value(5)(doc)
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [str(f) for f in validate_file(path)] == [f"{path}:1: entity e6: a gold NUMBER needs a value"]
    assert validate_file(path, gold=False) == []
