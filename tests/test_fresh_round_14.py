"""Classes of error seen on the fresh archive sample of round 14 (issues 14 and 17): sentences of our own.

Anonymised names with initials of two letters, streets after a bare house
number, markets, special task squads, a name that runs into a province whose
second word is a head, stacked approximators, counted deaths and people of
respect, characters and authors with middle initials, damage and assault counts
as statistics, and the unit that opens a chain of parents as the agent.
"""

from __future__ import annotations

import pytest

import vn_crimeie


def spans(text: str, labels: set[str]) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vn_crimeie.extract(text).entities if e.label in labels]


WHO_WHERE = {"PERSON", "ORG", "LOC"}

CASES = [
    # initials of two letters keep their dot; a longer anonymised name ends on one
    ("Chị B.T.Th (24 tuổi) bị bạn trai bắn. Nghi phạm gọi chị Th. ra ngoài rồi bỏ trốn.",
     [("PERSON", "B.T.Th"), ("PERSON", "Th.")]),
    ("Anh Thanh và chị Trang đã về quê.", [("PERSON", "Thanh"), ("PERSON", "Trang")]),
    # a street after a residence cue and a bare house number, without the number
    ("Bà Hoa trú tại 16 Lương Văn Can cầm xô dầu.", [("PERSON", "Hoa"), ("LOC", "Lương Văn Can")]),
    ("Nhà số 12 bị cháy lúc 3 giờ.", []),
    # markets, but not a fair
    ("Chị bán thịt ở chợ Lương Văn Can, quận Ngô Quyền.",
     [("LOC", "chợ Lương Văn Can"), ("LOC", "quận Ngô Quyền")]),
    ("Bà đi chợ Tết mua hoa.", []),
    # a special task squad, a remit written short
    ("Đội hình sự đặc nhiệm thuộc Phòng CSĐT tội phạm về TTXH đã bắt giữ nhóm cướp.",
     [("ORG", "Đội hình sự đặc nhiệm"), ("ORG", "Phòng CSĐT tội phạm về TTXH")]),
    # a hospital named with its province, whose second word is also a head ("Phòng")
    ("Nạn nhân được đưa đến Bệnh viện Việt Tiệp Hải Phòng cấp cứu.", [("ORG", "Bệnh viện Việt Tiệp Hải Phòng")]),
    # characters of a series, an author with middle initials
    ("Câu nói của nhân vật Arya Stark rất nổi tiếng.", [("PERSON", "Arya Stark")]),
    ("Trợ lý của nhà văn George R.R. Martin cho biết.", [("PERSON", "George R.R. Martin")]),
    ("Bị can Lê V.T. Sau đó được thả.", [("PERSON", "Lê V.T.")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_and_where_of_round_14(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, WHO_WHERE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn bộ khoảng gần 100kg thịt lợn phải vứt bỏ.", [("NUMBER", "khoảng gần 100"), ("MEASURE", "kg")]),
        ("Có 150.966 cái chết trong 6 phần phim.",
         [("NUMBER", "150.966"), ("MEASURE", "cái chết"), ("NUMBER", "6"), ("MEASURE", "phần phim")]),
        ("Cuộc chiến của 5 vị vua kéo dài nhiều năm.", [("NUMBER", "5"), ("MEASURE", "vị vua")]),
    ],
)
def test_counts_of_round_14(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, {"NUMBER", "MEASURE"}) == expected


def test_stacked_approximators_keep_the_comparator_of_the_last() -> None:
    values = [e.value for e in vn_crimeie.extract("Khoảng hơn 20 người và khoảng gần 100 kg hàng.").entities if e.label == "NUMBER"]
    assert values == [{"value": 20, "comparator": ">"}, {"value": 100, "comparator": "~"}]


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("Cần cẩu đổ sập đè nát 2 căn nhà.", True),  # damage
        ("Bác sĩ bị hai người đàn ông lao vào hành hung.", True),  # assailants
        ("Ngôi nhà 3 tầng nằm ở đầu ngõ.", False),  # a size
    ],
)
def test_damage_and_assault_counts_are_statistics(text: str, statistic: bool) -> None:
    rows = vn_crimeie.extract(text).statistics(all=True)
    assert [r["statistic"] for r in rows] == [statistic]


def test_the_unit_that_opens_a_chain_of_parents_is_the_agent() -> None:
    doc = vn_crimeie.extract(
        "Đội hình sự đặc nhiệm thuộc Phòng CSĐT tội phạm về TTXH (PC45) Công an TP.HCM cho biết đã bắt giữ 3 đối tượng."
    )
    (row,) = doc.statistics(all=True)
    assert row["agent"] is not None and row["agent"]["text"] == "Đội hình sự đặc nhiệm"
