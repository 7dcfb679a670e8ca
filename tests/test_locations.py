"""LOC: administrative words + names, gazetteer names, addresses, negatives."""

from __future__ import annotations

import time

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import locations

CASES = [
    ("Đối tượng trú tại xã Quỳnh Lương, huyện Quỳnh Lưu, tỉnh Nghệ An.", ["xã Quỳnh Lương", "huyện Quỳnh Lưu", "tỉnh Nghệ An"]),
    ("Vụ việc xảy ra tại TP. Đà Nẵng vào rạng sáng.", ["TP. Đà Nẵng"]),
    ("Anh ta sinh sống ở TP.Hải Phòng từ nhỏ.", ["TP.Hải Phòng"]),
    ("Hội nghị được tổ chức ở Hà Nội.", ["Hà Nội"]),
    ("Nhóm đối tượng đưa người sang Campuchia làm việc.", ["Campuchia"]),
    ("Ma túy được vận chuyển từ Lào về Việt Nam.", ["Lào", "Việt Nam"]),
    ("Kho hàng ở quận 4, TP.HCM bị cháy.", ["quận 4", "TP.HCM"]),
    ("Nạn nhân ngụ phường 12, quận Gò Vấp.", ["phường 12", "quận Gò Vấp"]),
    ("Chiếc xe lưu thông trên QL1A theo hướng Bắc – Nam.", ["QL1A"]),
    ("Tai nạn xảy ra trên quốc lộ 1A đoạn qua thị xã Kỳ Anh.", ["quốc lộ 1A", "thị xã Kỳ Anh"]),
    ("Cửa hàng ở số 15 Nguyễn Trãi, phường Thượng Đình bị đột nhập.", ["Nguyễn Trãi", "phường Thượng Đình"]),
    ("Hắn thuê phòng trọ trên đường Lê Duẩn rồi bỏ trốn.", ["đường Lê Duẩn"]),
    ("Thi thể được phát hiện dưới sông Lam.", ["sông Lam"]),
    ("Người dân thôn Đông Xá, xã Nghi Phong đã báo tin.", ["thôn Đông Xá", "xã Nghi Phong"]),
    ("Vụ án mạng ở huyện Chương Mỹ (Hà Nội) gây xôn xao dư luận.", ["huyện Chương Mỹ", "Hà Nội"]),
    ("Công an tỉnh đã bàn giao đối tượng cho phía Trung Quốc.", ["Trung Quốc"]),
    ("Đối tượng cư trú tại thị trấn Nghèn, huyện Can Lộc.", ["thị trấn Nghèn", "huyện Can Lộc"]),
    ("Nhóm này hoạt động ở tỉnh TT- Huế và Quảng Trị.", ["tỉnh TT- Huế", "Quảng Trị"]),
    ("Lô hàng được đưa về ấp 3, xã Tân Thạnh.", ["ấp 3", "xã Tân Thạnh"]),
    ("Người này từng sống ở Sài Gòn nhiều năm.", ["Sài Gòn"]),
]

NEGATIVES = [
    "Ông Nguyễn Thanh Hóa là nhân chứng.",  # a person's name, not the province
    "Anh Lê Hà Nam đã được thả.",
    "Cả xã đều biết chuyện này.",
    "Người dân địa phương rất bức xúc.",
    "Bà con trong bản đã góp tiền.",
    "Anh ta nói tiếng Anh rất giỏi.",
    "đường dây ma túy xuyên quốc gia",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_loc_spans(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_place(text: str) -> None:
    assert spans(locations.find, text) == []


def test_gazetteer_has_both_maps() -> None:
    table = locations.gazetteer()
    assert table["TP.HCM"][0] == "Thành phố Hồ Chí Minh"
    assert table["Huế"] == ("Huế", "city")
    assert table["Bắc Kạn"][1] == "province"


def test_name_stops_before_next_entity() -> None:
    t = "tại huyện Thủy Nguyên Công an huyện đã"
    assert t[10 : locations.name_end(t, 10)] == "Thủy Nguyên"


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_linear_and_robust(text: str) -> None:
    t0 = time.perf_counter()
    locations.find(text)
    assert time.perf_counter() - t0 < 2.0
