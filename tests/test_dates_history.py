"""Dates of a fresh sample beyond crime news (issues 18/17): years before 1800, centuries,
weekends in general, day/month ranges with a dash, holidays inside a person's name."""

from __future__ import annotations

from datetime import datetime

import pytest

from vn_crimeie.dates import parse_date
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

DATELINE = datetime(2021, 3, 27, 9, 15)  # a Saturday of ISO week 12


def _dates(text: str) -> list[tuple[str, dict, str]]:
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.value, c.source) for c in find(norm, DATELINE)]


@pytest.mark.parametrize(
    ("text", "span", "value", "rule"),
    [
        ("Ông mất năm 1612 tại kinh thành.", "năm 1612", "1612", "year.historical"),
        ("Ngôi chùa được dựng vào năm 1086 và trùng tu nhiều lần.", "năm 1086", "1086", "year.historical"),
        ("Năm 1665, nhà vua ban sắc phong cho làng.", "Năm 1665", "1665", "year.historical"),
        ("Từ năm 1772 Ba Lan bị chia cắt.", "năm 1772", "1772", "year.historical"),
        ("Trận Bạch Đằng diễn ra năm 938.", "năm 938", "0938", "year.words"),
    ],
)
def test_a_year_before_1800_after_nam_is_a_date(text: str, span: str, value: str, rule: str) -> None:
    assert _dates(text) == [(span, {"type": "DATE", "value": value}, "dates." + rule)]


@pytest.mark.parametrize(
    "text",
    [
        "Có năm 1500 người tham gia lễ hội làng.",
        "Anh mua năm 1200 viên gạch để xây bếp.",
        "Văn bản số năm 1612/QĐ được ban hành.",
    ],
)
def test_nam_before_a_count_or_a_code_is_no_year(text: str) -> None:
    assert _dates(text) == []


def test_parse_date_reads_a_year_before_1800() -> None:
    assert parse_date("năm 1612", "2021-03-27").to_dict() == {"type": "DATE", "value": "1612"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Vào thế kỷ 19, làng nghề gốm phát triển mạnh.", "thế kỷ 19", {"type": "DATE", "value": "18"}),
        ("Tòa thành được xây từ thế kỷ thứ 12.", "thế kỷ thứ 12", {"type": "DATE", "value": "11"}),
        ("Bức tranh vẽ vào thế kỷ XIX còn nguyên vẹn.", "thế kỷ XIX", {"type": "DATE", "value": "18"}),
        ("Vào thế kỷ trước, nơi này là rừng rậm.", "thế kỷ trước", {"type": "DATE", "value": "19"}),
        ("Đầu thế kỷ 20, người Pháp xây cây cầu sắt.", "Đầu thế kỷ 20", {"type": "DATE", "value": "19", "mod": "START"}),
    ],
)
def test_a_century_is_a_date(text: str, span: str, value: dict) -> None:
    ((found, got, source),) = _dates(text)
    assert (found, got) == (span, value)
    assert "century" in source


def test_a_century_ago_is_no_century() -> None:
    assert _dates("Bộ luật này có từ 1 thế kỷ trước.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Phòng khám không làm việc vào những ngày cuối tuần.", "những ngày cuối tuần", {"type": "SET", "value": "XXXX-WXX-WE"}),
        ("Bà con thường đi chợ phiên mỗi cuối tuần.", "mỗi cuối tuần", {"type": "SET", "value": "XXXX-WXX-WE", "quant": "EACH"}),
        ("Trong những ngày cuối tuần qua, khách đến đông.", "những ngày cuối tuần qua", {"type": "DATE", "value": "2021-W11-WE"}),
    ],
)
def test_the_weekend_days_are_one_span(text: str, span: str, value: dict) -> None:
    assert [(s, v) for s, v, _ in _dates(text)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Dịp nghỉ lễ 30/4-1/5, các điểm du lịch đông khách.", "30/4-1/5", "2021-04-30/2021-05-01"),
        ("Trong ngày 30/4 - 1/5 có nhiều đoàn khách.", "ngày 30/4 - 1/5", "2021-04-30/2021-05-01"),
        ("Kỳ nghỉ từ 25/12-2/1 đã kết thúc.", "25/12-2/1", "2020-12-25/2021-01-02"),
    ],
)
def test_two_day_months_joined_by_a_dash_are_one_interval(text: str, span: str, value: str) -> None:
    assert [(s, v) for s, v, _ in _dates(text)] == [(span, {"type": "INTERVAL", "value": value})]


@pytest.mark.parametrize(
    "text",
    ["Hẻm 15/7-2/8 đường Lê Lợi rất hẹp.", "Tỷ lệ 1/2-3/4 số hộ đã nhận tiền."],
)
def test_an_address_or_a_ratio_with_a_dash_is_no_range(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    "text",
    ["Bác sĩ Nguyễn Quốc Khánh khám cho bệnh nhân.", "Anh Lê Quốc Khánh về quê thăm mẹ.", "Cô Trần Thị Vu Lan dạy lớp ba."],
)
def test_a_holiday_inside_a_persons_name_is_no_date(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [("Dịp Quốc khánh, phố phường treo cờ.", "Quốc khánh"), ("Lễ Quốc Khánh được tổ chức trọng thể.", "Lễ Quốc Khánh")],
)
def test_a_holiday_outside_a_name_stays_a_date(text: str, span: str) -> None:
    assert [(s, v) for s, v, _ in _dates(text)] == [(span, {"type": "DATE", "value": "2021-09-02"})]
