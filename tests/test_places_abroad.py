"""LOC abroad: Latin-script names of the world gazetteers in place context, head nouns, landmarks; negatives."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.world_places import is_latin_place_name, latin_place_names


def _locs(text: str) -> list[str]:
    return [e.text for e in vn_crimeie.extract(text).entities if e.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiếc xe tải chạy từ Des Moines tới Boone trong đêm mưa.", ["Des Moines", "Boone"]),
        ("Vụ nổ súng xảy ra tại Des Moines, Iowa khiến hai người bị thương.", ["Des Moines", "Iowa"]),
        ("Hai du khách bị cướp ở Cape Town, Nam Phi.", ["Cape Town", "Nam Phi"]),
        ("Đám cháy lan tới khu vực Kranshoek, Nam Phi.", ["Kranshoek", "Nam Phi"]),
        ("Đàn bò đi lạc ở vùng Appenzell, gần Sankt Gallen, Thụy Sỹ.", ["Appenzell", "Sankt Gallen", "Thụy Sỹ"]),
        ("Kẻ trộm bị bắt ở thủ đô London sau hai ngày.", ["thủ đô London"]),
        ("Gia đình ông sống ở bang Iowa nhiều năm.", ["bang Iowa"]),
        ("Con tàu cập cảng Tenby, Pembrokeshire, xứ Wales.", ["cảng Tenby", "Pembrokeshire", "xứ Wales"]),
        ("Mỗi ngày hàng nghìn người xếp hàng lên tháp Eiffel.", ["tháp Eiffel"]),
        ("Ngọn lửa bùng lên ở lâu đài Jughin lúc nửa đêm.", ["lâu đài Jughin"]),
        ("Hàng trăm cây giống được trồng tại vườn ươm Hanbat.", ["vườn ươm Hanbat"]),
        ("Anh ta tắm ở bãi biển North Beach thì mất ví.", ["bãi biển North Beach"]),
        ("Ông bị bắt ở Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.", ["Khu tự trị dân tộc Choang Quảng Tây", "Trung Quốc"]),
        ("Hai người lạc trong Đồi phù thủy Pendle, Lancashire.", ["Đồi phù thủy Pendle", "Lancashire"]),
    ],
)
def test_places_abroad(text: str, expected: list[str]) -> None:
    assert _locs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paris Hilton đã tới dự buổi ra mắt.",  # a person named like a city
        "Anh ta làm việc tại Austin Motors từ năm 2010.",  # a company named like a city
        "Ông Lincoln nói rằng ông không biết gì.",  # a person, no place context
        "Boone cho biết anh ta sẽ kháng cáo.",  # a town's name as a subject, no cue
        "Họ tới một ngọn tháp ở ngoại thành.",  # a landmark head without a name
        "Nhóm này sống ở khu vực Minh Long nhiều năm.",  # a Vietnamese name is no Latin place
    ],
)
def test_no_place_abroad(text: str) -> None:
    assert not [loc for loc in _locs(text) if loc not in ("Việt Nam",)]


def test_the_gazetteer_holds_latin_names_only() -> None:
    names = latin_place_names()
    assert {"Des Moines", "Daejeon", "Pembrokeshire", "Uttar Pradesh"} <= names
    assert "Hà Nội" not in names and "Long" not in names
    assert not is_latin_place_name("Bắc Kinh") and is_latin_place_name("Sankt Gallen")


def test_an_airport_abroad_is_one_place_with_its_city() -> None:
    doc = vn_crimeie.extract("Hai nghi phạm đã tấn công ông Kim tại sân bay quốc tế Kuala Lumpur hôm 13-2.")
    assert [e.text for e in doc.entities if e.label == "LOC"] == ["sân bay quốc tế Kuala Lumpur"]
