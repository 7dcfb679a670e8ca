"""Classes of error seen on the fresh archive sample of round 17 (issues 14 and 17): sentences of our own.

Crossroads written as streets joined by a tight dash (streets that bear a
person's name), countries of Central Africa, security agencies and the UN's
high commissioners, "PCT" before a people's committee, arms counted, and the
items of a news digest, each with its own period.
"""

from __future__ import annotations

import pytest

import vn_crimeie


def spans(text: str, labels: set[str]) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vn_crimeie.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("Camera đặt ở các nút: Trần Phú-Lê Duẩn; Hoàng Diệu –Nguyễn Văn Linh.", {"PERSON", "LOC"},
         [("LOC", "Trần Phú"), ("LOC", "Lê Duẩn"), ("LOC", "Hoàng Diệu"), ("LOC", "Nguyễn Văn Linh")]),
        ("Ông Lê Văn Hùng - Giám đốc sở cho biết.", {"PERSON", "LOC"}, [("PERSON", "Lê Văn Hùng")]),  # a spaced dash
        ("Bà Mia Ayliffe-Chung đã lên tiếng.", {"PERSON", "LOC"}, [("PERSON", "Mia Ayliffe-Chung")]),
        ("Đây là vùng của dân tộc Tạng-Khương.", {"LOC"}, []),
        ("Xung đột tại CHDC Congo lan sang quốc gia Trung Phi.", {"LOC"}, [("LOC", "CHDC Congo"), ("LOC", "Trung Phi")]),
        ("Anh Trung Phi đi học về.", {"LOC"}, []),
        ("Cơ quan An ninh Nigeria (DSS) cho biết.", {"ORG"}, [("ORG", "Cơ quan An ninh Nigeria"), ("ORG", "DSS")]),
        ("Cao ủy Nhân quyền LHQ kêu gọi điều tra.", {"ORG"}, [("ORG", "Cao ủy Nhân quyền LHQ")]),
        ("Ông Nguyễn Xuân Bình, PCT UBND TP Hải Phòng cho rằng.", {"TITLE", "ORG"},
         [("TITLE", "PCT"), ("ORG", "UBND TP Hải Phòng")]),
        ("Cảnh sát thu 8 súng trường, 27 lựu đạn và 800 băng đạn.", {"MEASURE"},
         [("MEASURE", "súng trường"), ("MEASURE", "lựu đạn"), ("MEASURE", "băng đạn")]),
    ],
)
def test_entities_of_round_17(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_each_item_of_a_digest_starts_without_the_period_of_the_one_before() -> None:
    text = (
        "Ngày 13/6, Công an huyện Văn Lâm bắt 3 đối tượng trộm cắp. "
        "Bắt quả tang 24 đối tượng đánh bạc : Công an tỉnh Yên Bái bắt quả tang 24 đối tượng đang đánh bạc."
    )
    periods = {r["number"]["start"]: r["period"] for r in vn_crimeie.extract(text).statistics(all=True)}
    first, *rest = sorted(periods)
    assert periods[first] is not None and periods[first]["text"] == "Ngày 13/6"
    assert all(periods[k] is None for k in rest)
