"""Classes of error seen on the fresh archive sample of round 16 (issues 14, 17 and 18): sentences of our own.

An initial that keeps its dot where the same text once writes it without; a
suspended sentence ("án treo"); injury and burn rates; "không qua khỏi" (died);
"một" before a unit; "giết người tình" (a lover killed) as no offence's name;
"P.V" signing a text; the mentions of one anonymised person grouped whatever
their dots.
"""

from __future__ import annotations

import pytest

import vn_crimeie


def test_an_initial_keeps_its_dot_before_a_lower_case_word_even_where_the_text_once_drops_it() -> None:
    text = "Hồng và anh Phạm Văn H. (25 tuổi) quen nhau. Chị buồn vì anh H không về. Hồng rủ anh H. sang phòng."
    persons = [e.text for e in vn_crimeie.extract(text).entities if e.label == "PERSON" and "H" in e.text.split(" ")[-1]]
    assert persons == ["Phạm Văn H.", "H", "H."]


def test_the_mentions_of_an_anonymised_person_make_one_record_whatever_their_dots() -> None:
    text = "Chị B.T.Th (24 tuổi) bị bắn. Người nhà chị Th. đưa đi cấp cứu. Nghi phạm H. bỏ trốn, sau đó anh H bị bắt."
    people = vn_crimeie.extract(text).people()
    assert [(p["name"], len(p["mentions"])) for p in people] == [("B.T.Th", 2), ("H.", 2)]


@pytest.mark.parametrize(
    ("text", "figure", "kind", "statistic"),
    [
        ("Tòa tuyên phạt bị cáo Lê Thị Hồng ba năm án treo về tội cố ý gây thương tích.", "ba năm", "duration", True),
        ("Nạn nhân bị thương, tỉ lệ thương tật 92%.", "92", "percent", True),
        ("Nạn nhân bị bỏng 60% cơ thể.", "60", "percent", True),
        ("Lãi suất tăng 5% so với năm trước.", "5", "percent", False),
        ("Hai nạn nhân được cấp cứu nhưng một người đã không qua khỏi.", "một", "count", True),
    ],
)
def test_figures_of_round_16(text: str, figure: str, kind: str, statistic: bool) -> None:
    rows = {r["number"]["text"]: r for r in vn_crimeie.extract(text).statistics(all=True)}
    assert (rows[figure]["kind"], rows[figure]["statistic"]) == (kind, statistic)


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("Chị ngồi trước khoảng một tạ thịt bị đổ chất bẩn.", {"NUMBER", "MEASURE"}, [("NUMBER", "khoảng một"), ("MEASURE", "tạ")]),
        ("Hắn mua một con dao ở chợ.", {"NUMBER"}, []),
        ("Người chồng, cũng là một đồng đội, trằn trọc.", {"NUMBER"}, []),  # "đồng" opens a compound here
        ("Bị bắt sau gần 2 năm giết người tình rồi phi tang.", {"CRIME"}, []),
        ("Hắn bị khởi tố về tội giết người.", {"CRIME"}, [("CRIME", "giết người")]),
        ("Người dân gọi số đường dây nóng để báo tin.\nP.V", {"PERSON"}, []),
    ],
)
def test_entities_of_round_16(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert [(e.label, e.text) for e in vn_crimeie.extract(text).entities if e.label in labels] == expected
