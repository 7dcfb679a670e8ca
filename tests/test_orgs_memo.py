"""orgs remembers its last texts so venues reuses its candidates; venues looks for its cue words first."""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import orgs, venues


def test_memo_hands_out_fresh_values() -> None:
    norm = normalize("Cơ quan Cảnh sát điều tra CATP đã khởi tố vụ án.").text
    first = orgs.find(norm)
    assert first and first[0].value is not None
    first[0].value["expansion"] = "changed"
    assert orgs.find(norm)[0].value["expansion"] != "changed"
    assert orgs.find(norm) == orgs.find(norm)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại tướng Tô Lâm dự, chỉ đạo hội nghị tại điểm cầu Hà Nội.", ["điểm cầu Hà Nội"]),
        ("Hội nghị tổng kết diễn ra tại trụ sở Công an tỉnh Nghệ An.", ["trụ sở Công an tỉnh Nghệ An"]),
        ("Kẻ gian đột nhập trụ sở Công an xã lấy trộm xe máy.", []),
        ("Công an tỉnh Nghệ An bắt giữ 3 đối tượng trộm cắp tài sản.", []),
        ("Điểm cầu", []),
    ],
)
def test_venues_with_and_without_cue_words(text: str, expected: list[str]) -> None:
    norm = normalize(text).text
    assert [norm[c.start : c.end] for c in venues.find(norm)] == expected
