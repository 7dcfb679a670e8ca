"""ranks and titles remember their last texts so persons reuses their spans: same spans as find."""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import persons, ranks, titles

CASES = [
    ("Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh, chủ trì hội nghị.", 1, 1),
    ("Thiếu tướng Lê Văn B và Thượng tá Trần C, Trưởng phòng CSHS, cùng dự.", 2, 1),
    ("Ngày 5/2, người dân phát hiện vụ cháy tại chợ.", 0, 0),
]


@pytest.mark.parametrize(("text", "n_ranks", "n_titles"), CASES)
def test_spans_are_the_spans_of_find(text: str, n_ranks: int, n_titles: int) -> None:
    norm = normalize(text).text
    assert ranks.spans(norm) == [(c.start, c.end) for c in ranks.find(norm)]
    assert titles.spans(norm) == [(c.start, c.end) for c in titles.find(norm)]
    assert len(ranks.spans(norm)) == n_ranks
    assert len(titles.spans(norm)) == n_titles


def test_memo_hands_out_fresh_values() -> None:
    norm = normalize("Trung tá Phạm Văn D bị kỷ luật.").text
    first = ranks.find(norm)
    first[0].value["rank"] = "changed"
    assert ranks.find(norm)[0].value["rank"] == "Trung tá"


def test_persons_still_sees_the_rank_cue() -> None:
    norm = normalize("Thượng úy Hoàng Minh E lập biên bản.").text
    assert [norm[c.start : c.end] for c in persons.find(norm)] == ["Hoàng Minh E"]
