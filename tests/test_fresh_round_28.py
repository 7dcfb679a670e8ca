"""Classes of error found on the archive samples of rounds 28 and 29 (2026-12-08): our own sentences, negatives included."""

from __future__ import annotations

import pytest

import vn_crimeie


def _row(text: str, number: str) -> dict:
    doc = vn_crimeie.extract(text, dateline="2024-03-13")
    return next(r for r in doc.statistics(all=True) if r["number"]["text"] == number)


def _role(text: str, name: str) -> str:
    doc = vn_crimeie.extract(text, dateline="2024-03-13")
    return next(p["role"] for p in doc.people() if p["name"] == name)


@pytest.mark.parametrize(
    ("text", "number", "statistic"),
    [
        # a verb inside the name of a body is no deed done to the figure
        ("Theo Cơ quan điều tra, anh Hải cùng 15 người bạn đến quán karaoke.", "15", False),
        ("Công an huyện điều tra 12 vụ trộm cắp tài sản.", "12", True),
        # a count after "giữa" says among whom something happened
        ("Thời gian gần đây, giữa 2 người xảy ra mâu thuẫn.", "2", False),
        ("Vụ va chạm giữa hai xe khiến 3 người tử vong.", "3", True),
        # money given as help or a reward is no crime figure; a name holding "hỗ trợ" says nothing of it
        ("Doanh nghiệp hỗ trợ cho mỗi chủ tàu 50 triệu đồng để sửa máy.", "50 triệu", False),
        ("UBND tỉnh khen thưởng 20 triệu đồng cho ban chuyên án.", "20 triệu", False),
        ("Theo Tổ chức Hỗ trợ Tù nhân Chính trị, 737 người đã thiệt mạng.", "737", True),
    ],
)
def test_which_figures_are_statistics(text, number, statistic):
    assert _row(text, number)["statistic"] is statistic


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the one killed, named with the charge of the one who killed her, stays the victim
        ("Nghi phạm sát hại bé Mai Anh bị khởi tố về tội giết người.", "Mai Anh", "victim"),
        ("Nghi phạm Lê Văn Tùng bị khởi tố về tội giết người.", "Lê Văn Tùng", "suspect"),
        # a doctor of a hospital department is no official
        ("Theo bác sĩ Trần Văn Đông (Khoa Ngoại thần kinh), bệnh nhân nhập viện lúc sáng.", "Trần Văn Đông", "other"),
        ("Thượng tá Trần Văn Đông, Trưởng phòng Cảnh sát hình sự, cho biết vụ việc đang được điều tra.", "Trần Văn Đông", "official"),
    ],
)
def test_roles(text, name, role):
    assert _role(text, name) == role
