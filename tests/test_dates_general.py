"""Issue 18, general Vietnamese (3): forms read as a whole expression, after a cue, or in running text alike.

corpus/examples/dates.yaml holds the forms and their values (``whole: true``
sections through parse_date); these tests hold what the corpus cannot say: the
same words in running text, with and without a cue, their spans, and the days
they leave for what follows.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import vn_crimeie
from vn_crimeie.dates import parse_date, scan
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

WEDNESDAY = datetime(2024, 3, 13, 18, 2)


def _dates(text: str, dateline: datetime | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.value["type"], c.value["value"]) for c in find(norm, dateline)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month and its year without "tháng": after a cue only
        ("Công trình khởi công vào 12/2023 và về đích 6/2024.", [("12/2023", "DATE", "2023-12")]),
        ("Tạp chí số 174 (12/2016) đăng bài này.", [("12/2016", "DATE", "2016-12")]),
        ("Báo cáo quý từ Q1/2023 đến Q3/2023 đã nộp.", [("Q1/2023 đến Q3/2023", "INTERVAL", "2023-Q1/2023-Q3")]),
        # "CN" is Sunday after a cue, or with its week
        ("Cửa hàng đóng cửa vào CN.", [("CN", "DATE", "2024-03-10")]),
        ("Lịch trực CN tuần sau do anh Hải đảm nhận.", [("CN tuần sau", "DATE", "2024-03-24")]),
        ("Sinh viên ngành CN sinh học thực tập.", []),
        # "mai" alone is a name; after a part of the day it stays tomorrow
        ("Chị Mai hẹn gặp lại vào sáng mai.", [("sáng mai", "TIME", "2024-03-14TMO")]),
        # a weekday of this week: with a capital, or after a cue
        ("Thứ Sáu này đội sẽ ra quân.", [("Thứ Sáu này", "DATE", "2024-03-15")]),
        ("Đội ra quân vào thứ sáu này.", [("thứ sáu này", "DATE", "2024-03-15")]),
        ("Hôm thứ hai, anh ấy vắng mặt.", [("thứ hai", "DATE", "2024-03-11")]),
        # a bare "N giờ" stays a duration in running text
        ("Cuộc họp kéo dài 3 giờ liền.", [("3 giờ", "DURATION", "PT3H")]),
        # the start of a range takes the end's day
        ("Hội thảo diễn ra từ 8 giờ đến 11 giờ 30 sáng thứ bảy tuần sau.", [("8 giờ đến 11 giờ 30 sáng thứ bảy tuần sau", "INTERVAL", "2024-03-23T08:00/2024-03-23T11:30")]),
        # a trailer follows its date: before one it opens nothing
        ("Vừa qua Tết Đinh Dậu 2017, chợ hoa đông khách.", [("Tết Đinh Dậu 2017", "DATE", "2017-01-28")]),
        # sets and seasons in running text
        ("Chợ phiên họp vào chủ nhật hằng tuần, cứ 3 tháng một lần kiểm kê.", [("chủ nhật hằng tuần", "SET", "XXXX-WXX-7"), ("cứ 3 tháng một lần", "SET", "P3M")]),
        ("Hè năm nay, nhiều gia đình đi biển.", [("Hè năm nay", "DATE", "2024-SU")]),
        ("Nhiều cửa hàng lấn chiếm vỉa hè năm nay.", [("năm nay", "DATE", "2024")]),
    ],
)
def test_running_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text) == expected


def test_a_lunar_day_names_its_own_day() -> None:
    """``đêm mùng 4 Tết`` after ``31/1`` is the lunar day, not a clock time on the day before it."""
    text = "Ngày 31/1, anh A về quê. Đêm mùng 4 Tết, anh A gây án."
    assert _dates(text, None)[-1] == ("Đêm mùng 4 Tết", "TIME", "XXXX-XX-XXTNI")
    assert _dates(text, datetime(2017, 2, 10))[-1] == ("Đêm mùng 4 Tết", "TIME", "2017-01-31TNI")


@pytest.mark.parametrize(
    ("text", "past", "nearest", "future"),
    [
        ("năm Giáp Thìn", "1964", "2024", "2024"),
        ("8 giờ", "2021-03-27T08:00", "2021-03-27T08:00", "2021-03-28T08:00"),
        ("CN", "2021-03-21", "2021-03-28", "2021-03-28"),
        ("Halloween", "2020-10-31", "2020-10-31", "2021-10-31"),
    ],
)
def test_whole_expressions_follow_prefer(text: str, past: str, nearest: str, future: str) -> None:
    dateline = "2021-03-27T09:15"  # a Saturday
    got = [parse_date(text, dateline, prefer=side).value for side in ("past", "nearest", "future")]  # type: ignore[union-attr]
    assert got == [past, nearest, future]


def test_whole_only_forms_are_no_pieces_of_running_text() -> None:
    """``mai``, ``12/2023`` without a cue, ``Valentine`` alone: read by parse_date, not in a sentence."""
    assert [m.text for m in scan("mai", whole=True)] == ["mai"]
    assert scan("Anh Mai đến.") == []
    assert [m.rule for m in scan("Valentine", whole=True)] == ["holiday"]
    assert scan("Linh mục Valentine bị bắt.") == []
    assert parse_date("ngày Valentine 14/2", "2024-03-13").value == "2024-02-14"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nửa tiếng nữa", "2024-03-13T18:32"),
        ("3 tiếng 15 phút nữa", "2024-03-13T21:17"),
        ("một ngày rưỡi nữa", "2024-03-15T06:02"),
        ("2 giờ trước", "2024-03-13T16:02"),  # a point back keeps them too
        ("cách đây 45 phút", "2024-03-13T17:17"),
    ],
)
def test_points_ahead_keep_their_minutes(text: str, value: str) -> None:
    assert parse_date(text, WEDNESDAY).value == value  # type: ignore[union-attr]


def test_a_zone_between_brackets_joins_the_clock_time_only() -> None:
    assert _dates("Lễ diễn ra lúc 20h (GMT+7) ngày 2/9/2025 tại Hà Nội.") == [("20h (GMT+7) ngày 2/9/2025", "TIME", "2025-09-02T20:00+07:00")]
    assert _dates("Ngày 2/9/2025 (GMT+7) là ngày lễ.") == [("Ngày 2/9/2025", "DATE", "2025-09-02")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a particle of speech ends an expression said whole; half past an hour alone is a clock time then
        ("7h sáng mai nhé", "2024-03-14T07:00"),
        ("tối nay nha!", "2024-03-13TEV"),
        ("thứ bảy này ạ", "2024-03-16"),
        ("8 rưỡi", "2024-03-13T08:30"),
        ("lúc 8 rưỡi nhé", "2024-03-13T08:30"),
    ],
)
def test_said_whole(text, value):
    assert parse_date(text, "2024-03-13T18:02").value == value  # type: ignore[union-attr]


def test_particles_and_half_hours_stay_out_of_running_text():
    assert parse_date("nhé", "2024-03-13") is None
    doc = vn_crimeie.extract("Giá mỗi ký cam là 8 rưỡi", dateline="2024-03-13")
    assert [e for e in doc.entities if e.label == "DATE"] == []
