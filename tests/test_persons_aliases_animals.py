"""PERSON classes of issue 17: names opened by an apostrophe, aliases after a cue (one person in the
people view), names given to animals (no PERSON); each with its negatives."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.people import people
from vn_crimeie.recognizers.persons.animals import animal_names


def _persons(text: str) -> list[str]:
    return [e.text for e in vn_crimeie.extract(text).entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Em H'Lan Niê (10 tuổi) được tặng quà.", ["H'Lan Niê"]),
        ("Bị can Ksor H'Bin và anh Y'Moal đã có mặt.", ["Ksor H'Bin", "Y'Moal"]),
        ("Nhà báo Bill O’Brien phỏng vấn ông Trump, sau đó O’Brien nói.", ["Bill O’Brien", "Trump", "O’Brien"]),
        # a quote mark is no part of a name
        ("Anh ta nói 'Tôi không biết' rồi bỏ đi.", []),
    ],
)
def test_names_with_an_apostrophe(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


def test_a_place_with_an_apostrophe_stays_a_place() -> None:
    doc = vn_crimeie.extract("Vụ việc xảy ra ở huyện M'Đrắk, tỉnh Đắk Lắk.")
    assert [(e.text, e.label) for e in doc.entities] == [("huyện M'Đrắk", "LOC"), ("tỉnh Đắk Lắk", "LOC")]


def test_aliases_are_one_person() -> None:
    doc = vn_crimeie.extract("Đối tượng Trần Văn Hòa thường sử dụng tên giả là Tuấn, Long để thuê xe.")
    assert _persons(doc.text) == ["Trần Văn Hòa", "Tuấn", "Long"]
    assert [(p["name"], len(p["mentions"])) for p in people(doc)] == [("Trần Văn Hòa", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bị can Ngô Văn Tèo, tên thường gọi là Tèo Lùn, bị bắt.", ["Ngô Văn Tèo", "Tèo Lùn"]),
        ("Ông Mai Văn Út, còn gọi là Út Khùng, đã bỏ trốn.", ["Mai Văn Út", "Út Khùng"]),
        # nobody named before the cue in the sentence: the names belong to no one
        ("Loại ma túy này còn gọi là Kẹo Ngọt.", []),
        # a place after the cue is no name
        ("Ông Lê Văn Tám còn gọi là Hà Nội là nhà.", ["Lê Văn Tám"]),
        # a cue that holds the person needs nobody named before it; a word of address is no name
        ("Ở nhà, bố gọi cô là Khuyên.", ["Khuyên"]),
        ("Học trò vẫn gọi anh là Thầy.", []),
    ],
)
def test_alias_cues(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chú chó tên là Mực được anh Lộc nuôi từ nhỏ.", {"Mực"}),
        ('Anh Lộc đặt tên chú chó là "bé Bông".', {"Bông"}),
        ('Anh Lộc ôm "bé Vện", chú chó bị bỏ rơi.', {"Vện"}),
        ('Con chó bị nhốt trong bao. "Bé Nâu" được cứu kịp.', {"Nâu"}),
        # a child next to a dog: not quoted, not named as the animal
        ("Con chó nhà hàng xóm cắn bé Minh (5 tuổi).", set()),
        ("Chị Lan đưa bé Na đi học.", set()),
    ],
)
def test_animal_names(text: str, expected: set[str]) -> None:
    assert animal_names(text) == expected


def test_an_animal_is_no_person_anywhere_in_the_text() -> None:
    text = 'Anh Lê Văn Lộc đặt tên chú chó là "bé Bông". Sau khi cứu "bé Bông", anh Lộc lập nhóm cứu hộ.'
    assert _persons(text) == ["Lê Văn Lộc", "Lộc"]
    assert _persons("Con chó nhà hàng xóm cắn bé Minh (5 tuổi).") == ["Minh"]
