"""Periods named by a phrase (weekend, decades, đầu/giữa/cuối + the current period), spoken
years in running text, clock times with spoken seconds: sentences of our own, negatives included."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.dates import parse_date
from vn_crimeie.numbers.grammar import scan as scan_numbers

DATELINE = "2024-03-13T18:02"  # a Wednesday of ISO week 11


def _dates(text: str) -> list[tuple[str, dict, str]]:
    doc = vn_crimeie.extract(text, dateline=DATELINE)
    return [(e.text, e.value, e.source) for e in doc.by_label("DATE")]


@pytest.mark.parametrize(
    ("text", "span", "value", "rule"),
    [
        ("Cuối tuần này, nhóm bạn rủ nhau lên Đà Lạt cắm trại.", "Cuối tuần này", {"type": "DATE", "value": "2024-W11-WE"}, "dates.weekend"),
        ("Chợ phiên chỉ họp vào cuối tuần trước khi Tết đến.", "cuối tuần", {"type": "DATE", "value": "2024-W11-WE"}, "dates.weekend"),
        ("Cuối tuần qua, trời mưa to suốt hai ngày.", "Cuối tuần qua", {"type": "DATE", "value": "2024-W10-WE"}, "dates.weekend"),
        ("Vào những năm 1990, khu phố này còn vắng vẻ.", "những năm 1990", {"type": "DATE", "value": "199"}, "dates.decade"),
        ("Cuối thập niên 70, gia đình ông chuyển vào Sài Gòn.", "Cuối thập niên 70", {"type": "DATE", "value": "197", "mod": "END"}, "dates.modifier+decade"),
        ("Giữa tháng, giá xăng lại tăng thêm vài trăm đồng.", "Giữa tháng", {"type": "DATE", "value": "2024-03", "mod": "MID"}, "dates.modifier.period"),
        ("Đầu tuần, cô giáo dặn cả lớp ôn bài kỹ.", "Đầu tuần", {"type": "DATE", "value": "2024-W11", "mod": "START"}, "dates.modifier.period"),
        ("Ông sinh năm một nghìn chín trăm năm mươi tư ở Nam Định.", "năm một nghìn chín trăm năm mươi tư", {"type": "DATE", "value": "1954"}, "dates.year.words"),
        ("Đồng hồ chỉ 15 giờ 23 phút 24 giây thì tàu chuyển bánh.", "15 giờ 23 phút 24 giây", {"type": "TIME", "value": "2024-03-13T15:23:24"}, "dates.clock.seconds"),
    ],
)
def test_period_phrases_in_running_text(text: str, span: str, value: dict, rule: str) -> None:
    assert (span, value, rule) in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cuối năm học, nhà trường khen thưởng học sinh giỏi.",  # the school year, not this year
        "Ngồi giữa Quý và Lan là bà Tư.",  # Quý is a name
        "Những năm gần đây, làng nghề phát triển mạnh.",  # no decade said
        "Đầu năm mới, mọi người chúc nhau sức khỏe.",
        "Năm hai nghìn người dự lễ hội.",  # no year: a count
        "Đoàn người bắt đầu tuần hành quanh quảng trường.",  # bắt đầu = begin; tuần hành = march
    ],
)
def test_no_period_where_the_words_mean_something_else(text: str) -> None:
    assert not [d for d in _dates(text) if d[2].split(".")[-1] in ("period", "decade", "words", "weekend")]


def test_a_year_not_a_decade_and_a_decade_in_two_digits() -> None:
    assert parse_date("những năm 1995", DATELINE) is None  # not the first year of a decade
    assert parse_date("thập niên 20", DATELINE).value == "192"  # type: ignore[union-attr]
    assert parse_date("thập kỷ 2020", DATELINE).value == "202"  # type: ignore[union-attr]


def test_weekend_alone_leans_with_prefer_and_has_its_bounds() -> None:
    got = {side: parse_date("cuối tuần", DATELINE, prefer=side) for side in ("nearest", "past", "future")}
    assert {side: v.value for side, v in got.items()} == {"nearest": "2024-W11-WE", "past": "2024-W10-WE", "future": "2024-W11-WE"}  # type: ignore[union-attr]
    value = got["nearest"]
    assert (value.start.isoformat(), value.end.isoformat()) == ("2024-03-16T00:00:00", "2024-03-18T00:00:00")  # type: ignore[union-attr]
    assert parse_date("cuối tuần trước", "2024-03-16").value == "2024-W10-WE"  # type: ignore[union-attr]  # said on a Saturday
    assert parse_date("cuối tuần").value == "XXXX-WXX-WE"  # type: ignore[union-attr]


def test_a_decade_covers_ten_years() -> None:
    value = parse_date("thập niên 80")
    assert value is not None and (value.start.year, value.end.year) == (1980, 1990)  # type: ignore[union-attr]


def test_runs_of_figures_are_no_counts() -> None:
    assert [m.value.value for m in scan_numbers("Gọi 0912 345 678 để đặt mua 2 kg cam.", counted_only=True)] == [678, 2]
    assert [(m.value.value, m.second) for m in scan_numbers("Ngày 13-3-2024 có 5 người đến.")] == [(5, None)]
    doc = vn_crimeie.extract("Gọi 0912 345 678 để đặt mua 2 kg cam.", dateline=DATELINE)
    assert [(e.text, e.value) for e in doc.by_label("NUMBER")] == [("2", {"value": 2})]
