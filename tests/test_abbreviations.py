"""Abbreviations: in-document definitions, expansions of later mentions, the package table."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from vn_crimeie.recognizers import abbreviations

DEFINITIONS = [
    ("phòng, chống tội phạm có tổ chức, tội phạm xuyên quốc gia (TPCTC, TPXQG) trên địa bàn",
     [("TPCTC", "tội phạm có tổ chức"), ("TPXQG", "tội phạm xuyên quốc gia")]),
    ("thành viên Ban Chỉ đạo Kế hoạch 131 (BCĐ) và Tổ giúp việc", [("BCĐ", "Ban Chỉ đạo Kế hoạch 131")]),
    ("ứng dụng khoa học công nghệ (KHCN) vào phòng ngừa", [("KHCN", "khoa học công nghệ")]),
    ("Cơ quan Cảnh sát điều tra (CQCSĐT) đã vào cuộc", [("CQCSĐT", "Cơ quan Cảnh sát điều tra")]),
    ("đảm bảo trật tự an toàn giao thông (TTATGT) dịp lễ", [("TTATGT", "trật tự an toàn giao thông")]),
    ("Đội Điều tra tổng hợp (ĐTTH) đã xác minh", [("ĐTTH", "Điều tra tổng hợp")]),
]
NOT_DEFINITIONS = [
    "Công an huyện Can Lộc (Hà Tĩnh) cho biết",
    "Anh Nguyễn Văn A (SN 1990) bị bắt",
    "Cục Cảnh sát hình sự (C02) đã vào cuộc",
    "Ông ấy nói (ABC) rồi bỏ đi",
]


@pytest.mark.parametrize(("text", "pairs"), DEFINITIONS)
def test_definitions(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(text[a:b], text[c:d]) for (a, b), (c, d) in abbreviations.definitions(text)]
    assert found == pairs


@pytest.mark.parametrize("text", NOT_DEFINITIONS)
def test_brackets_that_define_nothing(text: str) -> None:
    assert abbreviations.definitions(text) == []


def test_later_mentions_of_a_new_abbreviation_carry_its_expansion() -> None:
    text = "Đội Điều tra tổng hợp (ĐTTH) đã xác minh. Sau đó ĐTTH báo cáo lãnh đạo."
    found = [(text[c.start : c.end], c.label, c.value) for c in abbreviations.find(text)]
    assert found == [("ĐTTH", "ORG", {"expansion": "Điều tra tổng hợp"})] * 2


def test_new_crime_abbreviation_is_a_crime() -> None:
    text = "tội phạm mua bán người (TPMBN) gia tăng; đấu tranh với TPMBN"
    assert {c.label for c in abbreviations.find(text)} == {"CRIME"}


def test_known_abbreviations_are_left_to_their_recognisers() -> None:
    assert abbreviations.find("tội phạm có tổ chức (TPCTC); TPCTC") == []


def test_expand() -> None:
    assert abbreviations.expand("Tổ giúp việc BCĐ CATP") == "Tổ giúp việc Ban Chỉ đạo Công an thành phố"
    assert abbreviations.expand("Công an huyện") is None


def test_seed_abbreviation_pairs_match_gold() -> None:
    gold = json.loads((CORPUS / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    ents = {e["id"]: (e["start"], e["end"]) for e in gold["entities"]}
    expected = {(ents[r["head"]], ents[r["tail"]]) for r in gold["relations"] if r["label"] == "ABBREVIATES"}
    from vn_crimeie.normalize import normalize

    norm = normalize(gold["text"])
    found = {(norm.to_original(*s), norm.to_original(*lng)) for s, lng in abbreviations.definitions(norm.text)}
    assert expected <= found
