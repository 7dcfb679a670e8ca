"""Abbreviations: in-document definitions, expansions of later mentions, the package table."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from vn_crimeie.recognizers import abbreviations
from linearity import assert_linear, prefix_maker

DEFINITIONS = [
    ("phòng, chống tội phạm có tổ chức, tội phạm xuyên quốc gia (TPCTC, TPXQG) trên địa bàn",
     [("TPCTC", "tội phạm có tổ chức"), ("TPXQG", "tội phạm xuyên quốc gia")]),
    ("thành viên Ban Chỉ đạo Kế hoạch 131 (BCĐ) và Tổ giúp việc", [("BCĐ", "Ban Chỉ đạo Kế hoạch 131")]),
    ("ứng dụng khoa học công nghệ (KHCN) vào phòng ngừa", [("KHCN", "khoa học công nghệ")]),
    ("Cơ quan Cảnh sát điều tra (CQCSĐT) đã vào cuộc", [("CQCSĐT", "Cơ quan Cảnh sát điều tra")]),
    ("đảm bảo trật tự an toàn giao thông (TTATGT) dịp lễ", [("TTATGT", "trật tự an toàn giao thông")]),
    ("Đội Điều tra tổng hợp (ĐTTH) đã xác minh", [("ĐTTH", "Điều tra tổng hợp")]),
    ("Tỉnh lập Tổ công tác đặc biệt, gọi tắt là TCTĐB, để truy bắt", [("TCTĐB", "Tổ công tác đặc biệt")]),
    ("đấu tranh với tội phạm mua bán người (sau đây gọi là TPMBN) trên biên giới",
     [("TPMBN", "tội phạm mua bán người")]),
    ("bảo vệ an ninh mạng, viết tắt là ANM, trong tình hình mới", [("ANM", "an ninh mạng")]),
    ("Ban Chỉ đạo liên ngành (gọi tắt: BCĐLN) họp định kỳ", [("BCĐLN", "Ban Chỉ đạo liên ngành")]),
    ("Số vụ TNGT (tai nạn giao thông) giảm mạnh", [("TNGT", "tai nạn giao thông")]),
    ("Theo TTXVN (Thông tấn xã Việt Nam), hai đối tượng đã bị bắt", [("TTXVN", "Thông tấn xã Việt Nam")]),
]
NOT_DEFINITIONS = [
    "Công an huyện Can Lộc (Hà Tĩnh) cho biết",
    "Anh Nguyễn Văn A (SN 1990) bị bắt",
    "Cục Cảnh sát hình sự (C02) đã vào cuộc",
    "Ông ấy nói (ABC) rồi bỏ đi",
    "Lò Văn Hòa (SN 1985) và Lê Thị Mai (32 tuổi) bị bắt năm 2023 (2024)",
    "Công an TP (Hà Nội) cho biết",
    "Xe mang BKS (37A-123.45) bỏ chạy",
    "ông ta gọi tắt là anh Ba",
    "CSGT (Cảnh sát hình sự) nhầm lẫn",
]


@pytest.mark.parametrize(("text", "pairs"), DEFINITIONS)
def test_definitions(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(text[a:b], text[c:d]) for (a, b), (c, d) in abbreviations.find_definitions(text)]
    assert found == pairs


@pytest.mark.parametrize("text", NOT_DEFINITIONS)
def test_brackets_that_define_nothing(text: str) -> None:
    assert abbreviations.find_definitions(text) == []


def test_later_mentions_of_a_new_abbreviation_carry_its_expansion() -> None:
    text = "Đội Điều tra tổng hợp (ĐTTH) đã xác minh. Sau đó ĐTTH báo cáo lãnh đạo."
    found = [(text[c.start : c.end], c.label, c.value) for c in abbreviations.find(text) if c.value]
    assert found == [("ĐTTH", "ORG", {"expansion": "Điều tra tổng hợp"})] * 2


def test_new_crime_abbreviation_is_a_crime() -> None:
    text = "tội phạm mua bán người (TPMBN) gia tăng; đấu tranh với TPMBN"
    assert {c.label for c in abbreviations.find(text)} == {"CRIME"}


def test_known_abbreviations_are_left_to_their_recognisers() -> None:
    found = abbreviations.find("tội phạm có tổ chức (TPCTC); TPCTC")
    assert [(c.start, c.end, c.label, c.priority) for c in found] == [(0, 19, "CRIME", 0)]  # only the weak long form


def test_expand() -> None:
    assert abbreviations.expand("Tổ giúp việc BCĐ CATP") == "Tổ giúp việc Ban Chỉ đạo Công an thành phố"
    assert abbreviations.expand("Công an huyện") is None


def test_seed_abbreviation_pairs_match_gold() -> None:
    gold = json.loads((CORPUS / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    ents = {e["id"]: (e["start"], e["end"]) for e in gold["entities"]}
    expected = {(ents[r["head"]], ents[r["tail"]]) for r in gold["relations"] if r["label"] == "ABBREVIATES"}
    from vn_crimeie.normalize import normalize

    norm = normalize(gold["text"])
    found = {(norm.to_original(*s), norm.to_original(*lng)) for s, lng in abbreviations.find_definitions(norm.text)}
    assert expected <= found


def test_a_defined_long_form_is_a_weak_candidate() -> None:
    text = "Tỉnh lập Tổ công tác đặc biệt, gọi tắt là TCTĐB. TCTĐB đã bắt 3 đối tượng."
    found = [(text[c.start : c.end], c.label, c.priority, c.value) for c in abbreviations.find(text)]
    assert found == [
        ("Tổ công tác đặc biệt", "ORG", 0, None),
        ("TCTĐB", "ORG", abbreviations.PRIORITY, {"expansion": "Tổ công tác đặc biệt"}),
        ("TCTĐB", "ORG", abbreviations.PRIORITY, {"expansion": "Tổ công tác đặc biệt"}),
    ]


@pytest.mark.parametrize("head, piece, tail", [("", "A (", ""), ("TPCTC (", "a ", ")"), ("", ", gọi tắt là ", "ABC"),
                                              ("", "Ban ", "(BBBBBBBBBBBB)")])
def test_definitions_stay_linear_on_adversarial_text(head: str, piece: str, tail: str) -> None:
    assert_linear(abbreviations.find_definitions, lambda n: head + piece * n + tail)


def test_cue_file_is_nfc_and_well_formed() -> None:
    import unicodedata
    from importlib import resources

    from vn_crimeie.lexicon import load_data, string_list

    raw = resources.files("vn_crimeie.lang.vi").joinpath("abbreviation_cues.yaml").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    data = load_data("abbreviation_cues.yaml")
    for key in ("definition_cues", "term_not_after_names"):
        items = string_list(data, key, "abbreviation_cues.yaml")
        assert len(items) == len(set(items)), key


def test_the_united_nations_abbreviated_after_its_name() -> None:
    import vn_crimeie

    doc = vn_crimeie.extract("Liên Hợp Quốc kêu gọi bảo vệ dân thường. LHQ cũng lên án các vụ tấn công.")
    links = [(doc.entity(r.head), doc.entity(r.tail)) for r in doc.relations if r.label == "ABBREVIATES"]
    assert [(short.text, long.text) for short, long in links] == [("LHQ", "Liên Hợp Quốc")]
    assert links[0][0].label == "ORG"
