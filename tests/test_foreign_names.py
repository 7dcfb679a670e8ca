"""The foreign-name model (vn_crimeie/recognizers/foreign_names.py) and its data."""

from __future__ import annotations

import unicodedata

import pytest

import vn_crimeie
from vn_crimeie.lexicon import load_data
from vn_crimeie.recognizers import foreign_names


@pytest.mark.parametrize(
    "words, expected",
    [
        (["Kathryn", "Mayorga"], True),  # a known given name
        (["Hooker"], True),  # no Vietnamese syllable
        (["Moon", "Hyung", "Wook"], True),
        (["Lan", "Anh"], False),  # Vietnamese written without diacritics
        (["Minh"], False),
        (["Trường", "Sơn"], False),  # Vietnamese diacritics
        (["Syria"], False),  # a country
        (["Reuters"], False),  # a news agency
        (["Range", "Rover"], False),  # a brand
        (["Google"], False),  # a company of the ORG data
        (["NASA"], False),  # all capitals
        ([], False),
    ],
)
def test_looks_foreign(words: list[str], expected: bool) -> None:
    assert foreign_names.looks_foreign(words) is expected


@pytest.mark.parametrize(
    "text, end, expected",
    [
        ("Williams cho biết anh vô tội.", 8, True),
        ("Garcia khai nhận đã trộm xe.", 6, True),
        ("Garcia khai nhận đã trộm xe.", 0, False),
        ("Garcia nói dối cảnh sát.", 6, True),
        ("Garcia nóiii", 6, False),  # a longer word is no verb
    ],
)
def test_verb_after(text: str, end: int, expected: bool) -> None:
    assert foreign_names.verb_after(text, end) is expected


def test_foreign_data_is_valid() -> None:
    data = load_data("foreign_names.yaml")
    assert set(data) == {"given_names", "verbs_after", "not_names", "place_openers", "name_suffixes", "thing_nouns"}
    for key, items in data.items():
        assert isinstance(items, list) and items, key
        assert len(items) == len(set(items)), f"{key} has duplicates"
        for item in items:
            assert isinstance(item, str) and unicodedata.is_normalized("NFC", item), (key, item)
    assert not set(data["given_names"]) & set(data["not_names"])
    assert {"John", "Maria", "Mohammed"} <= set(data["given_names"])
    assert {"Reuters", "Syria", "Facebook"} <= set(data["not_names"])
    assert {"San", "New"} <= set(data["place_openers"]) and not set(data["place_openers"]) & set(data["not_names"])
    assert all(s.endswith(".") for s in data["name_suffixes"])
    assert all(n == n.lower() for n in data["thing_nouns"])
    foreign_names.foreign_data()  # the loader's own checks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thượng nghị sĩ Mitch McConnell phát biểu trước Quốc hội Mỹ.", "Mitch McConnell"),
        ("Bà Mary MacLeod cho biết con trai bà đã mất tích.", "Mary MacLeod"),
        ("Ông Nguyễn Văn Mạc cho biết đã trình báo công an.", "Nguyễn Văn Mạc"),
    ],
)
def test_a_mc_or_mac_surname_stays_whole(text: str, name: str) -> None:
    import vn_crimeie

    names = [e.text for e in vn_crimeie.extract(text, dateline="2021-04-27").entities if e.label == "PERSON"]
    assert names == [name]


def test_faker_gives_the_given_names_news_writes() -> None:
    """The first names of Faker's providers join the typed list; none is a bare Vietnamese syllable."""
    from vn_crimeie.recognizers.foreign_names import faker_given_names

    names = faker_given_names()
    assert len(names) > 3000 and {"Denise", "Heidi", "Angelina", "Camille"} <= names
    assert not {"Kim", "My", "Thi"} & names
    found = [(e.text, e.label) for e in vn_crimeie.extract("Năm 2013, Denise Milani lọt vào danh sách người mẫu.").entities]
    assert ("Denise Milani", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Người biểu tình phản đối dự án đường ống dẫn dầu Dakota Access và Keystone XL.", "Dakota Access", False),
        ("Đoàn người tuần hành tới tòa nhà liên bang Edward Roybal.", "Edward Roybal", False),
        ("Cảnh sát đã thẩm vấn Dakota Smith trong nhiều giờ.", "Dakota Smith", True),
    ],
)
def test_things_named_like_people(text, name, person) -> None:
    found = [(e.text, e.label) for e in vn_crimeie.extract(text).entities]
    assert ((name, "PERSON") in found) is person
