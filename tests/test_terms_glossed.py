"""Abbreviations glossed in brackets (``(OCR - Optical Character Recognition)``) and English long forms.

The short form and its long form are TERMs linked by ABBREVIATES, or ORGs when
the long form names an organisation; the Vietnamese words before the bracket
are no long form of the short one; photo credits, places with years, document
codes and a person's initials define nothing.
"""

from __future__ import annotations

import pytest
from linearity import assert_linear

import vn_crimeie
from vn_crimeie.recognizers import abbreviations


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(label, text) of the ORG/TERM entities and (short, long) of the ABBREVIATES relations of ``text``."""
    doc = vn_crimeie.extract(text)
    by_id = {e.id: e.text for e in doc.entities}
    entities = [(e.label, e.text) for e in doc.entities if e.label in ("ORG", "TERM")]
    links = [(by_id[r.head], by_id[r.tail]) for r in doc.relations if r.label == "ABBREVIATES"]
    return entities, links


def test_a_glossed_abbreviation_and_its_english_long_form_are_terms() -> None:
    text = "Hệ thống nhận dạng ký tự quang học (OCR - Optical Character Recognition) đã được đưa vào sử dụng; OCR đọc được chữ viết tay."
    entities, links = _read(text)
    assert entities == [("TERM", "OCR"), ("TERM", "Optical Character Recognition"), ("TERM", "OCR")]
    assert links == [("OCR", "Optical Character Recognition")]
    expansions = [e.value for e in vn_crimeie.extract(text).entities if e.text == "OCR"]
    assert expansions == [{"expansion": "Optical Character Recognition"}] * 2


def test_several_glosses_in_one_bracket_with_a_dash_or_a_colon() -> None:
    text = "Trợ lý ảo có hai mô-đun chính (TTS - Text To Speech, STT: Speech To Text) chạy trên máy chủ riêng."
    entities, links = _read(text)
    assert entities == [("TERM", "TTS"), ("TERM", "Text To Speech"), ("TERM", "STT"), ("TERM", "Speech To Text")]
    assert links == [("TTS", "Text To Speech"), ("STT", "Speech To Text")]


def test_a_short_form_with_a_small_letter() -> None:
    text = "Camera kết nối vạn vật (IoT - Internet of Things) dễ bị chiếm quyền; nhiều thiết bị IoT chưa được vá lỗi."
    entities, links = _read(text)
    assert entities == [("TERM", "IoT"), ("TERM", "Internet of Things"), ("TERM", "IoT")]
    assert links == [("IoT", "Internet of Things")]


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        ("Báo cáo của Tổ chức Lương thực và Nông nghiệp (FAO - Food and Agriculture Organization) nêu rõ.",
         "FAO", "Food and Agriculture Organization"),
        ("Số liệu của cơ quan năng lượng (IEA: International Energy Agency) cho thấy giá dầu tăng.",
         "IEA", "International Energy Agency"),
        ("Khoản vay từ European Investment Bank (EIB) được giải ngân.", "EIB", "European Investment Bank"),
        ("Hội nghị (APEC - Asia-Pacific Economic Cooperation) sẽ họp vào tháng tới.", "APEC", "Asia-Pacific Economic Cooperation"),
    ],
)
def test_an_english_long_form_naming_an_organisation_is_an_org(text: str, short: str, long_form: str) -> None:
    entities, links = _read(text)
    assert ("ORG", short) in entities and ("ORG", long_form) in entities
    assert not [e for e in entities if e[0] == "TERM"]
    assert links == [(short, long_form)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English term written as a name before the bracket is a TERM by its last word
        ("Ngân hàng thử nghiệm công nghệ Distributed Ledger Technology (DLT) trong thanh toán.",
         [("TERM", "Distributed Ledger Technology"), ("TERM", "DLT")]),
        # small words of/and are left out of the initials; a bureau is an organisation
        ("Federal Bureau of Investigation (FBI) đã vào cuộc.", [("ORG", "Federal Bureau of Investigation"), ("ORG", "FBI")]),
        # a capitalised name without a term's last word stays an ORG
        ("Công ty Golden Star Trading (GST) bị kiểm tra.", [("ORG", "Công ty Golden Star Trading"), ("ORG", "GST")]),
    ],
)
def test_an_english_long_form_before_the_bracket(text: str, expected: list[tuple[str, str]]) -> None:
    entities, links = _read(text)
    assert entities == expected
    assert links == [(expected[1][1], expected[0][1])]


def test_the_vietnamese_words_before_a_glossed_bracket_are_no_long_form() -> None:
    text = "Công nghệ nhận dạng khuôn mặt (FR - Face Recognition) được lắp ở sân bay."
    entities, links = _read(text)
    assert entities == [("TERM", "FR"), ("TERM", "Face Recognition")]
    assert links == [("FR", "Face Recognition")]


@pytest.mark.parametrize(
    "text",
    [
        "Hiện trường vụ cháy (ảnh - Getty) được phong tỏa.",
        "Hội nghị tổng kết (Hà Nội - 2021) thống nhất nhiều nội dung.",
        "UBND tỉnh ban hành văn bản (QĐ-UBND) về việc này.",
        "Phòng Cảnh sát hình sự (PC02 - Công an tỉnh Nam Định) đã bắt giữ đối tượng.",
        "Tài khoản (ID: 12345678) bị khóa; đối tượng (SN: 1990) bị bắt.",
        "Đoàn công tác (EU - Việt Nam) làm việc tại Hà Nội.",
        "Đối tượng (TVH - Trần Văn Hùng) bị bắt; Trần Văn Hùng (TVH) khai nhận.",
    ],
)
def test_brackets_with_a_dash_that_define_no_term(text: str) -> None:
    entities, links = _read(text)
    assert [e for e in entities if e[0] == "TERM"] == []
    assert links == []


def test_an_english_role_defines_no_entity() -> None:
    text = "Ông Peter Brown, giám đốc tài chính (CFO - Chief Financial Officer) của hãng, từ chức."
    entities, links = _read(text)
    assert entities == [] and links == []


def test_a_persons_initials_are_no_abbreviation() -> None:
    text = "Bị can Trần Văn Hùng (TVH) khai nhận; người làm chứng (LTM - Lê Thị Mai) xác nhận."
    entities, _ = _read(text)
    assert entities == []
    assert [c for c in abbreviations.find(text) if c.label in ("ORG", "TERM")] == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("(GPS: Global Positioning System)", [("GPS", "Global Positioning System")]),
        ("(VPN - Virtual Private Network, DNS - Domain Name System)",
         [("VPN", "Virtual Private Network"), ("DNS", "Domain Name System")]),
        ("(AI - Artificial Intelligence, dùng trong giám sát)", [("AI", "Artificial Intelligence")]),
        ("(PC02 - Công an tỉnh Nam Định)", []),
        ("(Hà Nội - 2021)", []),
        ("(ảnh - Getty)", []),
        ("(QĐ-UBND)", []),
    ],
)
def test_glossed_definitions(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(text[a:b], text[c:d]) for (a, b), (c, d) in abbreviations.find_definitions(text)]
    assert found == pairs


def test_a_vietnamese_gloss_defines_a_term_too() -> None:
    text = "Ứng phó với (BĐKH - biến đổi khí hậu) là nhiệm vụ lâu dài; BĐKH tác động tới sản xuất."
    entities, links = _read(text)
    assert entities == [("TERM", "BĐKH"), ("TERM", "biến đổi khí hậu"), ("TERM", "BĐKH")]
    assert links == [("BĐKH", "biến đổi khí hậu")]


@pytest.mark.parametrize("head, piece, tail", [("", "(AB - ", ""), ("(", "AB - Cd, ", ")"), ("", "(IoT: ", "x)")])
def test_glossed_definitions_stay_linear_on_adversarial_text(head: str, piece: str, tail: str) -> None:
    assert_linear(abbreviations.find_definitions, lambda n: head + piece * n + tail)
