"""The resolver's policy on overlapping candidates, on Vietnamese examples."""

from __future__ import annotations

import pytest

from vn_crimeie.candidates import Candidate
from vn_crimeie.resolve import resolve


def spans(text: str, *items: tuple[str, str, int]) -> list[Candidate]:
    """Candidates for the first occurrence of each ``(surface, label, priority)``."""
    return [Candidate(text.index(s), text.index(s) + len(s), label, priority=p) for s, label, p in items]


@pytest.mark.parametrize(
    "text,items,expected",
    [
        # a DATE beats the NUMBER inside it
        ("Trong 3 năm qua, công an bắt 20 đối tượng", [("3", "NUMBER", 15), ("3 năm qua", "DATE", 40)], ["3 năm qua"]),
        # a document code keeps its abbreviations inside
        (
            "theo Kế hoạch số 131/KH-BCA-CSHS của Bộ",
            [("Kế hoạch số 131/KH-BCA-CSHS", "DOCUMENT", 22), ("BCA", "ORG", 25), ("CSHS", "ORG", 25)],
            ["Kế hoạch số 131/KH-BCA-CSHS"],
        ),
        # a maximal ORG keeps the place inside it
        (
            "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An cho biết",
            [("Phòng Cảnh sát hình sự Công an tỉnh Nghệ An", "ORG", 25), ("tỉnh Nghệ An", "LOC", 15)],
            ["Phòng Cảnh sát hình sự Công an tỉnh Nghệ An"],
        ),
        # a title that overlaps an organisation only in part keeps its priority
        (
            "Trưởng phòng Cảnh sát hình sự phát biểu",
            [("Trưởng phòng", "TITLE", 30), ("phòng Cảnh sát hình sự", "ORG", 25), ("Cảnh sát hình sự", "ORG", 24)],
            ["Trưởng phòng", "Cảnh sát hình sự"],
        ),
        # a long span that would swallow a stronger neighbour only in part does not replace it
        (
            "Đại tá Lê Văn A Giám đốc",
            [("Đại tá", "RANK", 30), ("Lê Văn A Giám", "ORG", 10), ("Lê Văn A", "PERSON", 20)],
            ["Đại tá", "Lê Văn A"],
        ),
    ],
)
def test_policy(text: str, items: list[tuple[str, str, int]], expected: list[str]) -> None:
    flat = resolve(spans(text, *items))
    assert [text[c.start : c.end] for c in flat] == expected
    for a, b in zip(flat, flat[1:]):
        assert a.end <= b.start


def test_values_need_no_hashing() -> None:
    cands = [Candidate(0, 6, "RANK", {"rank": "Đại tá"}, priority=30), Candidate(0, 6, "RANK", {"rank": "Đại tá"}, priority=30)]
    assert len(resolve(cands)) == 1


def test_many_candidates_stay_fast() -> None:
    cands = [Candidate(i, i + 3, "NUMBER", priority=15) for i in range(0, 60000, 2)]
    cands += [Candidate(i, i + 40, "ORG", priority=25) for i in range(0, 60000, 50)]
    flat = resolve(cands)
    assert all(a.end <= b.start for a, b in zip(flat, flat[1:]))
