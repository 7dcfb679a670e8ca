"""VENUE: meeting points, halls and headquarters where an event is held."""

from __future__ import annotations

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import venues

CASES = [
    ("Bộ trưởng dự, chỉ đạo hội nghị tại điểm cầu Hà Nội.", ["điểm cầu Hà Nội"]),
    ("Tại điểm cầu Hải Phòng, Thiếu tướng A chủ trì hội nghị.", ["điểm cầu Hải Phòng"]),
    ("Hội nghị được kết nối tới điểm cầu Công an tỉnh Nghệ An.", ["điểm cầu Công an tỉnh Nghệ An"]),
    ("Lễ kỷ niệm diễn ra tại Hội trường Bộ Công an.", ["Hội trường Bộ Công an"]),
    ("Buổi lễ trao quyết định được tổ chức tại trụ sở Công an tỉnh Hà Tĩnh.", ["trụ sở Công an tỉnh Hà Tĩnh"]),
    ("Phiên tòa xét xử diễn ra tại trụ sở TAND TP Đà Nẵng.", ["trụ sở TAND TP Đà Nẵng"]),
    ("Cuộc họp báo được tổ chức ở hội trường Công an quận Hoàn Kiếm.", ["hội trường Công an quận Hoàn Kiếm"]),
    ("Lễ trao giải diễn ra tại Nhà hát Hòa Bình.", ["Nhà hát Hòa Bình"]),
]
NEGATIVES = [
    "Một người đàn ông trèo lên nóc trụ sở Công an huyện Đức Trọng rồi la hét.",  # a scene, not an event
    "Đối tượng ném đá vào trụ sở UBND xã.",
    "Điểm cầu bị mất tín hiệu.",
    # a party to a trial, not where it is held: no locative before it (an ORG)
    "Trong phiên tòa, bị đơn là Nhà hát Kịch TP HCM.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_venue_spans(text: str, expected: list[str]) -> None:
    assert spans(venues.find, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_venue(text: str) -> None:
    assert spans(venues.find, text) == []


def test_venue_outranks_org_and_loc() -> None:
    from vn_crimeie.recognizers import locations, orgs

    text = "Lễ ra mắt diễn ra tại Hội trường Bộ Công an ở Hà Nội."
    (venue,) = venues.find(text)
    inner = [c for c in orgs.find(text) + locations.find(text) if venue.start <= c.start < venue.end]
    assert inner and all(venue.priority > c.priority for c in inner)


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_robust(text: str) -> None:
    venues.find(text)
