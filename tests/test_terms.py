"""TERM: abbreviated domain terms and their long forms when the text abbreviates them."""

from __future__ import annotations

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import terms

CASES = [
    ("Đẩy mạnh ứng dụng KHCN trong công tác điều tra.", ["KHCN"], "khoa học công nghệ"),
    ("Lực lượng cảnh sát PCCC đã dập tắt đám cháy.", ["PCCC"], "phòng cháy chữa cháy"),
    ("Số vụ TNGT giảm so với cùng kỳ.", ["TNGT"], "tai nạn giao thông"),
    ("Chiếc xe mang BKS 37A-123.45 bỏ chạy.", ["BKS"], "biển kiểm soát"),
    ("Góp phần bảo đảm ANTT trên địa bàn.", ["ANTT"], "an ninh trật tự"),
    ("Ra quân bảo đảm TTATGT dịp Tết.", ["TTATGT"], "trật tự an toàn giao thông"),
    ("Biểu dương CBCS có thành tích xuất sắc.", ["CBCS"], "cán bộ chiến sĩ"),
]


@pytest.mark.parametrize(("text", "expected", "expansion"), CASES)
def test_term_abbreviations(text: str, expected: list[str], expansion: str) -> None:
    assert spans(terms.find, text) == expected
    assert terms.find(text)[0].value == {"expansion": expansion}


def test_long_form_only_when_the_text_abbreviates_it() -> None:
    assert spans(terms.find, "Ứng dụng khoa học công nghệ (KHCN) và KHCN.") == ["khoa học công nghệ", "KHCN", "KHCN"]
    assert spans(terms.find, "Giữ vững an ninh trật tự trên địa bàn.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The long form is a TERM where the text defines it or also uses its abbreviation (every such long form is
        # one in our annotated samples: CCCD, TTATGT, BKS, PCCC), not where the abbreviation is absent.
        ("Giám đốc khen ngợi cán bộ chiến sĩ Công an quận. Biểu dương CBCS dũng cảm.", ["cán bộ chiến sĩ", "CBCS"]),
        ("Số vụ TNGT (tai nạn giao thông) giảm; tai nạn giao thông vẫn phức tạp.", ["TNGT", "tai nạn giao thông", "tai nạn giao thông"]),
        ("Bảo đảm trật tự an toàn giao thông, gọi tắt là TTATGT, dịp Tết.", ["trật tự an toàn giao thông", "TTATGT"]),
        ("Xe mang BKS 14N-6039; xe kia mang biển kiểm soát 14C-16836.", ["BKS", "biển kiểm soát"]),
        ("Kiểm tra an toàn phòng cháy, chữa cháy; 79 công trình vi phạm về PCCC.", ["phòng cháy, chữa cháy", "PCCC"]),
        ("Giám đốc khen ngợi cán bộ chiến sĩ Công an quận.", []),  # no abbreviation in the text
    ],
)
def test_long_form_where_defined_or_its_abbreviation_is_used(text: str, expected: list[str]) -> None:
    assert spans(terms.find, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khoảng 150 Cảnh sát PCCC được huy động tới hiện trường.", []),
        ("Đại tá Lê Tấn Hòa - Giám đốc Cảnh sát PCCC TP.HCM cho biết.", []),
        ("Hàng xóm gọi lực lượng cảnh sát PCCC tới dập lửa.", ["PCCC"]),
    ],
)
def test_abbreviation_in_a_force_name_is_no_term(text: str, expected: list[str]) -> None:
    assert spans(terms.find, text) == expected


@pytest.mark.parametrize("text", ["Khcn là viết tắt.", "kiểm tra PCCCX", "ANTTT", *ADVERSARIAL, *MESSY])
def test_no_false_terms(text: str) -> None:
    assert spans(terms.find, text) == []


MORE_TERMS = [
    ("Đối tượng có HKTT tại xã Phú Lộc, huyện Tân Hưng.", ["HKTT"], "hộ khẩu thường trú"),
    ("Tổ công tác tăng cường TTKS trên quốc lộ.", ["TTKS"], "tuần tra kiểm soát"),
    ("Ngành y tế kiểm tra ATTP dịp Tết.", ["ATTP"], "an toàn thực phẩm"),
    ("Em đang học cuối cấp THCS ở quê.", ["THCS"], "Trung học cơ sở"),
]


@pytest.mark.parametrize(("text", "expected", "expansion"), MORE_TERMS)
def test_more_term_abbreviations(text: str, expected: list[str], expansion: str) -> None:
    assert spans(terms.find, text) == expected
    assert terms.find(text)[0].value == {"expansion": expansion}


def test_a_school_level_in_a_school_name_is_no_term() -> None:
    import vn_crimeie

    entities = vn_crimeie.extract("Học sinh Trường THCS Nguyễn Du tham gia.").entities
    assert [e.text for e in entities if e.label == "TERM"] == []


def test_a_long_form_opening_with_a_verb_defines_a_term() -> None:
    import vn_crimeie

    text = "Phòng chống tác hại của rượu bia (PCTHRB) là nhiệm vụ chung; PCTHRB cần sự vào cuộc của cả xã hội."
    entities = vn_crimeie.extract(text).entities
    assert [(e.label, e.text) for e in entities if e.label in ("TERM", "ORG")] == [
        ("TERM", "Phòng chống tác hại của rượu bia"), ("TERM", "PCTHRB"), ("TERM", "PCTHRB"),
    ]
    text = "Lãnh đạo Cục Quản lý xuất nhập cảnh (QLXNC) cho biết."
    assert [e.label for e in vn_crimeie.extract(text).entities if e.text == "QLXNC"] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's role defines no entity
        ("Phóng viên (PV) đã liên hệ với gia đình; PV được biết thêm.", []),
        # a long form of capitalised words is a name, an ORG
        ("Quỹ Tiền tệ Quốc tế (QTTQT) cảnh báo; QTTQT cho biết.", [("ORG", "Quỹ Tiền tệ Quốc tế"), ("ORG", "QTTQT"), ("ORG", "QTTQT")]),
        # a lower-case long form of the domain is a TERM
        ("Tình trạng ùn tắc giao thông (UTGT) kéo dài; UTGT xảy ra hằng ngày.",
         [("TERM", "ùn tắc giao thông"), ("TERM", "UTGT"), ("TERM", "UTGT")]),
    ],
)
def test_label_of_an_abbreviation_defined_in_the_text(text: str, expected: list[tuple[str, str]]) -> None:
    import vn_crimeie

    entities = vn_crimeie.extract(text).entities
    assert [(e.label, e.text) for e in entities if e.label in ("TERM", "ORG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Người dân cần thực hiện nghiêm nguyên tắc 5K khi ra đường.", ["5K"]),
        ("Trường học áp dụng các biện pháp 5k và thông điệp 5K của Bộ Y tế.", ["5k", "5K"]),
        # elsewhere "5k" is a sum of money, and a slogan needs its noun
        ("Cốc trà đá giá 5k một cốc.", []),
        ("Bà bán 5K rau mỗi sáng.", []),
    ],
)
def test_slogans_after_their_noun(text: str, expected: list[str]) -> None:
    assert spans(terms.find, text) == expected


def test_a_slogan_is_a_term_not_a_number() -> None:
    import vn_crimeie

    doc = vn_crimeie.extract("Tiếp tục tuân thủ giải pháp 5K trong mùa dịch.")
    assert [(e.label, e.text) for e in doc.entities if e.text == "5K"] == [("TERM", "5K")]

