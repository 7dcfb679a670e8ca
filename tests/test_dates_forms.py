"""Issue 18 forms: prefer=past/future/nearest, whole expressions, clock writings, lunar dates, negatives."""

from __future__ import annotations

from datetime import datetime

import pytest

from vn_crimeie.dates import parse_date
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

WEDNESDAY = "2024-03-13T18:02"  # a Wednesday evening


@pytest.mark.parametrize(
    ("text", "nearest", "past", "future"),
    [
        ("thứ hai", "2024-03-11", "2024-03-11", "2024-03-18"),
        ("thứ sáu", "2024-03-15", "2024-03-08", "2024-03-15"),
        ("thứ tư", "2024-03-13", "2024-03-06", "2024-03-20"),
        ("tháng mười hai", "2023-12", "2023-12", "2024-12"),
        ("ngày 1/2", "2024-02-01", "2024-02-01", "2025-02-01"),
        ("9 giờ sáng", "2024-03-13T09:00", "2024-03-13T09:00", "2024-03-14T09:00"),
        ("11 giờ đêm", "2024-03-13T23:00", "2024-03-12T23:00", "2024-03-13T23:00"),
    ],
)
def test_prefer_picks_the_side_of_the_dateline(text: str, nearest: str, past: str, future: str) -> None:
    got = [parse_date(text, WEDNESDAY, prefer=side).value for side in ("nearest", "past", "future")]  # type: ignore[union-attr]
    assert got == [nearest, past, future]


def test_a_trailer_in_the_text_wins_over_prefer() -> None:
    assert parse_date("thứ hai vừa rồi", WEDNESDAY, prefer="future").value == "2024-03-11"  # type: ignore[union-attr]
    assert parse_date("thứ hai tới", WEDNESDAY, prefer="past").value == "2024-03-18"  # type: ignore[union-attr]


def test_prefer_must_be_known() -> None:
    with pytest.raises(ValueError, match="prefer"):
        parse_date("thứ hai", WEDNESDAY, prefer="soon")


def test_find_takes_prefer_and_keeps_nearest_by_default() -> None:
    text = normalize("Vụ việc xảy ra vào thứ Hai, hội nghị họp vào ngày 1/2.").text
    dl = datetime(2024, 3, 13, 18, 2)
    assert [c.value["value"] for c in find(text, dl)] == ["2024-03-11", "2024-02-01"]
    assert [c.value["value"] for c in find(text, dl, prefer="future")] == ["2024-03-18", "2025-02-01"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vào lúc 9 giờ 15 sáng ngày 2 tháng 5 năm 2022", "2022-05-02T09:15"),
        ("khoảng 4 giờ rưỡi chiều", "2024-03-13T16:30"),
        ("vào khoảng 2 giờ kém 10 chiều", "2024-03-13T13:50"),
        ("hôm qua lúc 7 giờ tối", "2024-03-12T19:00"),
        ("từ thứ năm đến thứ bảy", "2024-03-14/2024-03-16"),
        ("bây giờ", "2024-03-13T18:02"),
    ],
)
def test_whole_expressions_may_begin_with_a_cue(text: str, value: str) -> None:
    assert parse_date(text, WEDNESDAY).value == value  # type: ignore[union-attr]


def test_a_span_keeps_its_cue_outside() -> None:
    text = normalize("Vào lúc 7 giờ 45 phút tối 2/5/2022, anh Tâm về nhà.").text
    (found,) = find(text, datetime(2024, 3, 13))
    assert (text[found.start : found.end], found.value["value"]) == ("7 giờ 45 phút tối 2/5/2022", "2022-05-02T19:45")


#: text → its value, and the start and end of the period it covers (half-open).
VALUES_AND_BOUNDS = {
    "22:10:05 ngày 3/1/2023": ("2023-01-03T22:10:05", "2023-01-03T22:10:05", "2023-01-03T22:10:06"),
    "9:05 GMT+7": ("2024-03-13T09:05+07:00", "2024-03-13T09:05:00", "2024-03-13T09:06:00"),
    "5 giờ trước": ("2024-03-13T13:02", "2024-03-13T13:02:00", "2024-03-13T13:03:00"),
    "10 phút tới": ("2024-03-13T18:03/2024-03-13T18:12", "2024-03-13T18:03:00", "2024-03-13T18:13:00"),
    "mùa thu năm 2022": ("2022-FA", "2022-09-24T00:00:00", "2022-12-21T00:00:00"),
    "Tết Nguyên đán năm 2023": ("2023-01-22", "2023-01-22T00:00:00", "2023-01-23T00:00:00"),
    "rằm tháng Tám năm 2022": ("2022-09-10", "2022-09-10T00:00:00", "2022-09-11T00:00:00"),
}


@pytest.mark.parametrize("text", VALUES_AND_BOUNDS)
def test_values_and_bounds(text: str) -> None:
    value, start, end = VALUES_AND_BOUNDS[text]
    v = parse_date(text, WEDNESDAY)
    assert v is not None
    assert (v.value, v.start.isoformat(), v.end.isoformat()) == (value, start, end)  # type: ignore[union-attr]


def test_lunar_date_without_dateline_or_year_stays_unknown() -> None:
    assert parse_date("15 tháng 7 âm lịch").value == "XXXX-XX-XX"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Anh Quý ba lần đến nhà nạn nhân.",
        "Thu giữ 10g heroin và 5g ma túy đá.",
        "Bây giờ anh ta đã hối hận.",
        "Dịp Tết, nhiều người về quê.",
        "Mùa này ít khách.",
        "Xe biển số 30A-123.45 vượt đèn đỏ lúc nửa đêm qua.",
        "Gọi số 0912 345 678 để báo tin.",
    ],
)
def test_no_false_dates_in_running_text(text: str) -> None:
    norm = normalize(text).text
    found = [norm[c.start : c.end] for c in find(norm, datetime(2024, 3, 13))]
    assert all(f in ("nửa đêm qua",) for f in found), found
