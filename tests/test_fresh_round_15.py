"""Classes of error seen on the fresh archive sample of round 15 (issues 14, 17 and 18): sentences of our own.

Assassination plots and threats to kill as offences, counts padded with a zero,
amended laws, communiqués, agencies whose names close with a lower-case
"trung ương"/"quốc gia", committees "của Quốc hội", a province's delegation,
"một" as an item of an enumeration with counts, Korean names with a word that
is also Vietnamese, foreign names described after a comma, and a country
between a ruler's post and his name.
"""

from __future__ import annotations

import pytest

import vn_crimeie


def spans(text: str, labels: set[str]) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vn_crimeie.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("Cơ quan an ninh đứng sau âm mưu ám sát lãnh đạo nước này.", {"CRIME"}, [("CRIME", "âm mưu ám sát")]),
        ("Hắn chửi bới và dọa giết hai cán bộ.", {"CRIME"}, [("CRIME", "dọa giết")]),
        ("Quốc hội phê chuẩn việc bổ nhiệm 02 Thẩm phán.", {"NUMBER", "MEASURE"}, [("NUMBER", "02"), ("MEASURE", "Thẩm phán")]),
        ("Số điện thoại 0912345678 gọi tới.", {"NUMBER"}, []),
        ("Quốc hội thảo luận dự án Luật Tố cáo (sửa đổi) sáng nay.", {"DOCUMENT"}, [("DOCUMENT", "Luật Tố cáo (sửa đổi)")]),
        ("Thông cáo số 21 về kỳ họp đã được phát hành.", {"DOCUMENT"}, [("DOCUMENT", "Thông cáo số 21")]),
        ("Hãng tin cáo buộc Cơ quan Tình báo trung ương Mỹ (CIA) đứng sau vụ việc.", {"ORG"},
         [("ORG", "Cơ quan Tình báo trung ương Mỹ"), ("ORG", "CIA")]),
        ("Văn phòng Công tố trung ương sẽ đề nghị truy tố.", {"ORG"}, [("ORG", "Văn phòng Công tố trung ương")]),
        ("Gây khó khăn cho Cơ quan điều tra.", {"ORG"}, []),  # a generic mention stays one
        ("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh trình bày.", {"ORG", "PERSON"},
         [("ORG", "Ủy ban Kinh tế của Quốc hội"), ("PERSON", "Vũ Hồng Thanh")]),
        ("Đại biểu thảo luận tại Đoàn đại biểu Quốc hội tỉnh Nghệ An.", {"ORG"}, [("ORG", "Đoàn đại biểu Quốc hội tỉnh Nghệ An")]),
        ("Nhóm có 8 người, trong đó có một sinh viên đại học và 3 nhân viên văn phòng.", {"NUMBER"},
         [("NUMBER", "8"), ("NUMBER", "một"), ("NUMBER", "3")]),
        ("Trong đó có một người đàn ông lạ mặt.", {"NUMBER"}, []),  # no count in the enumeration: "một" is "a"
        ("Bộ trưởng Quốc phòng Triều Tiên, ông Kim Song Il cho biết.", {"PERSON"}, [("PERSON", "Kim Song Il")]),
        ("Zhang Wei, một quan chức địa phương, cho biết đã sơ tán dân.", {"PERSON"}, [("PERSON", "Zhang Wei")]),
        ("Xe chạy tới Des Moines, một thành phố lớn.", {"PERSON", "LOC"}, [("LOC", "Des Moines")]),
        ("Thủ tướng Trung Quốc Lý Cường đã phát biểu.", {"LOC", "PERSON"}, [("LOC", "Trung Quốc"), ("PERSON", "Lý Cường")]),
        ("Chủ tịch Trung Quốc Tập Cận Bình đã phát biểu.", {"LOC", "PERSON"}, [("LOC", "Trung Quốc"), ("PERSON", "Tập Cận Bình")]),
    ],
)
def test_entities_of_round_15(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_a_foreign_name_described_as_an_official_is_one() -> None:
    people = vn_crimeie.extract("Wang Yongbo, một cảnh sát có mặt tại hiện trường, cho biết.").people()
    assert [(p["name"], p["role"]) for p in people] == [("Wang Yongbo", "official")]


def test_a_ruler_named_after_his_country_holds_the_post() -> None:
    doc = vn_crimeie.extract("Chủ tịch Trung Quốc Tập Cận Bình đã phát biểu.")
    names = {e.id: e.text for e in doc.entities}
    assert [(r.label, names[r.head], names[r.tail]) for r in doc.relations] == [("HAS_TITLE", "Tập Cận Bình", "Chủ tịch")]
