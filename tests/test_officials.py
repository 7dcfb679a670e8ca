"""The officials view: one record per person, mentions merged across the document."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS
from test_relations import marked

import vn_crimeie
from vn_crimeie.document import Document
from vn_crimeie.officials import officials, officials_rows
from vn_crimeie.relations import relate

SEED_OFFICIALS = {
    "Tô Lâm": {
        "ranks": ["Đại tướng"],
        "titles": [{"title": "Bộ trưởng", "org": "Bộ Công an"}],
        "venues": ["điểm cầu Hà Nội"],
    },
    "Vũ Thanh Chương": {
        "ranks": ["Thiếu tướng"],
        "titles": [{"title": "Giám đốc", "org": "CATP"}],
        "venues": ["điểm cầu Hải Phòng"],
    },
    "Lê Nguyên Trường": {
        "ranks": ["Đại tá"],
        "titles": [
            {"title": "Phó Giám đốc", "org": None},
            {"title": "Thủ trưởng", "org": "Cơ quan Cảnh sát điều tra CATP"},
            {"title": "Trưởng", "org": "BCĐ"},
        ],
        "venues": ["điểm cầu Hải Phòng"],
    },
}


def _check_seed(records: list[dict]) -> None:
    by_name = {r["name"]: r for r in records}
    assert set(by_name) == set(SEED_OFFICIALS)
    for name, want in SEED_OFFICIALS.items():
        got = by_name[name]
        assert {k: got[k] for k in want} == want, name
        assert got["crimes"] == []
    assert len(by_name["Tô Lâm"]["mentions"]) == 2  # introduced twice: one record
    assert [r["name"] for r in records] == ["Tô Lâm", "Vũ Thanh Chương", "Lê Nguyên Trường"]


def test_seed_officials_on_gold_entities() -> None:
    gold = json.loads((CORPUS / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = relate(Document.from_dict({**gold, "relations": []}))
    _check_seed(officials(doc))


def test_seed_officials_end_to_end(seed_text: str) -> None:
    doc = vn_crimeie.extract(seed_text)
    _check_seed(doc.officials())
    for rec in doc.officials():
        for s, e in rec["mentions"]:
            assert rec["name"].endswith(seed_text[s:e])


def test_given_name_mentions_are_merged() -> None:
    doc = relate(marked(
        "[Đại tá|RANK] [Phùng Văn Khải|PERSON] - [Trưởng|TITLE] [Công an huyện Kỳ Anh|ORG] cho biết đã bắt giữ "
        "[Lê Văn Tám|PERSON] về tội [Trộm cắp tài sản|CRIME].\n"
        "Theo [đại tá|RANK] [Khải|PERSON], [Tám|PERSON] còn có tiền án [Cướp giật tài sản|CRIME]. Ông [Khải|PERSON] "
        "cho biết thêm, vụ án đang được mở rộng."
    ))
    assert [r["name"] for r in officials(doc)] == ["Phùng Văn Khải"]  # the suspect is no official
    records = doc.people()
    assert [(r["name"], r["role"]) for r in records] == [("Phùng Văn Khải", "official"), ("Lê Văn Tám", "suspect")]
    khai, tam = records
    assert khai["ranks"] == ["Đại tá"]
    assert khai["titles"] == [{"title": "Trưởng", "org": "Công an huyện Kỳ Anh"}]
    assert khai["orgs"] == ["Công an huyện Kỳ Anh"]
    assert [doc.text[s:e] for s, e in khai["mentions"]] == ["Phùng Văn Khải", "Khải", "Khải"]
    assert tam["crimes"] == ["Trộm cắp tài sản", "Cướp giật tài sản"]
    assert tam["ranks"] == [] and tam["titles"] == []


def test_two_people_sharing_a_given_name_stay_apart() -> None:
    doc = relate(marked(
        "[Thượng tá|RANK] [Trần Văn Nam|PERSON] chủ trì tại [hội trường Công an tỉnh|VENUE]. "
        "Cùng dự có [Thiếu tá|RANK] [Lê Hoài Nam|PERSON], cán bộ [Phòng Tham mưu|ORG]. "
        "[Thiếu tá|RANK] [Nam|PERSON] báo cáo kết quả."
    ))
    records = officials(doc)
    assert [(r["name"], len(r["mentions"])) for r in records] == [("Trần Văn Nam", 1), ("Lê Hoài Nam", 2)]
    assert records[1]["orgs"] == ["Phòng Tham mưu"]
    assert records[0]["venues"] == records[1]["venues"] == ["hội trường Công an tỉnh"]


def test_post_named_again_with_its_unit_is_one_post() -> None:
    doc = relate(marked(
        "[Đại tá|RANK] [Lê Văn Hào|PERSON] - [Giám đốc|TITLE] cho biết như vậy. "
        "[Giám đốc|TITLE] [Công an tỉnh Bình Phước|ORG], [Đại tá|RANK] [Lê Văn Hào|PERSON] nói thêm."
    ))
    (rec,) = officials(doc)
    assert rec["titles"] == [{"title": "Giám đốc", "org": "Công an tỉnh Bình Phước"}]
    assert rec["ranks"] == ["Đại tá"]


def test_no_people_no_records() -> None:
    assert officials(relate(marked("[Công an tỉnh Nghệ An|ORG] họp giao ban."))) == []


def test_rows_are_flat(seed_text: str) -> None:
    rows = officials_rows(vn_crimeie.extract(seed_text, id="seed"))
    assert [r["name"] for r in rows] == ["Tô Lâm", "Vũ Thanh Chương", "Lê Nguyên Trường"]
    for row in rows:
        assert all(isinstance(v, (str, int)) for k, v in row.items() if k != "document")
        assert row["document"] == "seed"
    assert rows[2]["titles"] == "Phó Giám đốc; Thủ trưởng (Cơ quan Cảnh sát điều tra CATP); Trưởng (BCĐ)"
    assert rows[0]["mentions"] == 2


def test_rows_make_a_dataframe(seed_text: str) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(officials_rows(vn_crimeie.extract(seed_text)))
    assert list(frame["ranks"]) == ["Đại tướng", "Thiếu tướng", "Đại tá"]
