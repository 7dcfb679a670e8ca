"""Classes of error found on the officials of rounds 28 to 37 and the archive sample of round 38 (2026-12-08).

Our own sentences, each with a negative: names written with initials, a unit word that closes a common
compound ("nông thôn"), bodies abroad named without a head, a fronted post whose body has its country
after it, cue words that make a person an official, a branch and a partner country inside an
organisation's name, an anaphoric day with its date right after it.
"""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie import parse_date


def _doc(text: str) -> vn_crimeie.Document:
    return vn_crimeie.extract(text, dateline="2017-07-14")


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in _doc(text).entities}


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in _doc(text).people()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cựu Tổng thống George W. Bush đã gọi điện chia buồn.", "George W. Bush"),
        ("Cố vấn An ninh Quốc gia H. R. McMaster cho rằng việc này là bình thường.", "H. R. McMaster"),
        ("Ông John F. Kennedy bị ám sát năm 1963 tại Dallas.", "John F. Kennedy"),
        ("Tiểu thuyết của nhà văn George R.R. Martin được chuyển thể.", "George R.R. Martin"),
    ],
)
def test_a_latin_name_keeps_its_initials(text, name):
    assert (name, "PERSON") in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác đến P. Bến Thành, Q. Tân Bình để kiểm tra.",  # a place written short
        "Công an đã triệu tập anh Nguyễn Văn A. Sau đó anh được về nhà.",  # an anonymised name, then a sentence
    ],
)
def test_an_initial_before_a_vietnamese_word_is_no_foreign_name(text):
    found = {e.text for e in _doc(text).entities if e.label == "PERSON"}
    assert not any(name.startswith(("P. ", "Q. ")) or name.endswith(" Sau") for name in found)


def test_a_unit_word_closing_a_common_word_is_no_place():
    text = "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Vũ Văn Tám cho rằng vụ việc cần làm rõ."
    found = _entities(text)
    assert ("Vũ Văn Tám", "PERSON") in found
    assert not any(label == "LOC" for _, label in found)
    assert _roles(text)["Vũ Văn Tám"] == "official"
    # a unit word of its own still opens its place
    assert ("thôn Vũ Xá", "LOC") in _entities("Người dân ở thôn Vũ Xá, xã Yên Sở biết rõ việc này.")


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Thượng nghị sĩ của bang Texas John Cornyn cũng được nhắc tới.", "John Cornyn"),
        ("Ông đã sa thải Giám đốc Cơ quan Điều tra liên bang (FBI) James Comey.", "James Comey"),
        ("Người dân có thông tin gọi cho đồng chí Quý theo số điện thoại trực ban.", "Quý"),
        ("Thôn đã liên lạc với các đại biểu Quốc hội như Dương Trung Quốc, Lưu Bình Nhưỡng để nắm thông tin.", "Lưu Bình Nhưỡng"),
    ],
)
def test_officials_named_after_a_post_or_a_cue(text, official):
    assert _roles(text)[official] == "official"


def test_a_foreign_party_named_without_a_head_is_no_person():
    found = _entities("Thủ lĩnh Công đảng Jeremy Corbyn cho biết ông bị sốc.")
    assert ("Công đảng", "ORG") in found and ("Công", "PERSON") not in found
    # a list of people that only resembles it keeps its cue's role
    assert _roles("Các nạn nhân như anh Lê Văn Hòa đều được cấp cứu.")["Lê Văn Hòa"] == "victim"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Bà đã vay của Ngân hàng Phát triển Việt Nam chi nhánh Đắk Lắk - Đắk Nông hơn 62 tỉ đồng.",
         "Ngân hàng Phát triển Việt Nam chi nhánh Đắk Lắk - Đắk Nông"),
        ("Ông là Giám đốc Vietcombank Chi nhánh Hà Nội từ năm 2015.", "Vietcombank Chi nhánh Hà Nội"),
        ("Bệnh nhân được đưa tới Bệnh viện Việt Nam-Thụy Điển (Uông Bí) cấp cứu.", "Bệnh viện Việt Nam-Thụy Điển"),
    ],
)
def test_a_branch_and_a_partner_country_stay_in_the_name(text, org):
    assert (org, "ORG") in _entities(text)


def test_a_branch_word_without_a_place_ends_nothing():
    found = _entities("Ngân hàng Phát triển Việt Nam chi nhánh mới khai trương hôm qua.")
    assert ("Ngân hàng Phát triển Việt Nam", "ORG") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [("Cùng ngày 13-7", "2017-07-13"), ("sáng cùng ngày 13/7", "2017-07-13TMO"), ("Cùng ngày", "2017-07-14")],
)
def test_an_anaphoric_day_takes_the_date_right_after_it(text, value):
    assert parse_date(text, "2017-07-14").value == value


def test_an_anaphoric_day_and_its_date_are_one_span():
    dates = [e.text for e in _doc("Cùng ngày 13-7, gia đình đã đồng ý đưa thi thể về quê.").entities if e.label == "DATE"]
    assert dates == ["Cùng ngày 13-7"]


# ---------------------------------------------------------------- round 39


def test_a_name_of_parts_joined_by_dashes_runs_to_its_closing_word():
    text = "Lần đầu tiên Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương, Sở Y tế cùng tổ chức."
    assert ("Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương", "ORG") in _entities(text)
    # a dash before a person is no part of the name, even with a closing word later in the clause
    found = _entities("Công an tỉnh Nghệ An - Đại tá Nguyễn Văn Hùng cho biết vụ việc xảy ra ở Việt Nam.")
    assert ("Công an tỉnh Nghệ An", "ORG") in found


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Những ngày qua, hàng trăm đồng nghiệp đều bất ngờ.", "hàng trăm", "đồng nghiệp"),
        ("Bị cáo chiếm đoạt 300 triệu đồng của bà Lan.", "300 triệu", "đồng"),
    ],
)
def test_a_currency_word_opening_a_common_word_counts_that_word(text, number, measure):
    doc = _doc(text)
    by_id = {e.id: e for e in doc.entities}
    pairs = {(by_id[r.head].text, by_id[r.tail].text) for r in doc.relations if r.label == "QUANTIFIES"}
    assert (number, measure) in pairs
