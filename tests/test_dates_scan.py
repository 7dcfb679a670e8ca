"""The dates scanner tries each rule at word starts only: it must find what ``finditer`` finds.

``grammar._matches`` reads every rule at the words its opening accepts; these
tests compare it, rule by rule, with the plain ``finditer`` of every pattern on
police-news sentences and on hostile input.
"""

from __future__ import annotations

import pytest

from vn_crimeie.dates import grammar
from vn_crimeie.normalize import normalize

SENTENCES = [
    "Khoảng 10h30 ngày 5/2/2024, tổ công tác Công an quận phát hiện 6-7 đối tượng.",
    "Chiều 13/3, Bộ Công an họp; 3 năm qua (2021-2023) số vụ giảm 12,5%.",
    "Từ ngày 20-25/4, Phòng CSGT kiểm tra 1.250 phương tiện, 6 tháng đầu năm nay tăng.",
    "Sáng thứ Hai, Nguyễn Văn A (SN 1990, trú tại Hà Nội) bị bắt; hôm qua hắn khai.",
    "Quý II/2023 và quý 3 năm 2024, mỗi tháng hai lần; 2 giờ/lần tuần trước đó.",
    "Tối hôm sau, lúc 22 giờ 15 phút, trong vòng nửa tiếng, T7 tới đây cùng kỳ năm ngoái.",
    "Đầu tháng Giêng năm 2020 đến nay, hai mươi lăm ngày cuối năm 2019 vừa qua.",
    "Bị cáo sinh năm1985 lĩnh 3 năm 6 tháng tù, biển số 29A-123.45 lúc 0h.",
    "Ngày mười lăm tháng Chạp, rạng sáng mai, nửa đêm 31/12 sắp tới.",
]

HOSTILE = [
    "1" * 3000,
    "1." * 1500,
    "1/" * 1500,
    "ngày " * 600,
    "Tháng " * 600,
    "hai mươi " * 400,
    "3 năm " * 500,
    "Sáng Chiều Tối " * 300,
]


def _finditer(text: str) -> list[tuple[int, int, int]]:
    out = []
    for rule in grammar.rules():
        out.extend((m.start(), m.end(), rule.rank) for m in rule.pattern.finditer(text) if m.end() > m.start())
    return sorted(out)


def _scanned(text: str) -> list[tuple[int, int, int]]:
    return sorted((m.start(), m.end(), rule.rank) for rule, m in grammar._matches(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_word_start_scan_finds_what_finditer_finds(text: str) -> None:
    norm = normalize(text).text
    expected = _finditer(norm)
    assert expected, "the sentence holds temporal expressions"
    assert _scanned(norm) == expected


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_word_start_scan_on_hostile_input(text: str) -> None:
    assert _scanned(text) == _finditer(text)


@pytest.mark.parametrize(
    ("word", "rule", "accepted"),
    [
        ("2024", "clock", True),
        ("Sáng", "part_of_day", True),
        ("SN1990", "year", True),
        ("T7", "weekday", True),
        ("quý", "quarter", True),
        ("công", "quarter", False),
        ("đối", "duration", False),
    ],
)
def test_rule_openings(word: str, rule: str, accepted: bool) -> None:
    ranks = {r.rank for r in grammar.rules() if r.name == rule}
    assert bool(ranks & set(grammar._rules_opening(word))) is accepted


def test_opening_refuses_a_phrase_that_does_not_begin_a_word() -> None:
    with pytest.raises(ValueError):
        grammar._opening((["-tới"],))
