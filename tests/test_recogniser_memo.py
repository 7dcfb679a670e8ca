"""Recognisers remember their last texts so the next reader reuses the work: same answers, fresh values.

ranks and titles (read again by persons), places (LOC, ORG and VENUE) and
abbreviation definitions (abbreviations, terms and the relation component).
"""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import abbreviations, locations, persons, ranks, titles

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


def test_places_are_remembered_and_handed_out_fresh() -> None:
    norm = normalize("Công an TP.HCM phối hợp Công an tỉnh Bình Dương bắt đối tượng tại số 12 đường Lê Lợi.").text
    first = locations.place_spans(norm)
    assert ("gazetteer", "Thành phố Hồ Chí Minh") in [(p.kind, p.canonical) for p in first]
    assert ("admin", "đường") in [(p.kind, p.canonical) for p in first]
    first.clear()  # a caller that edits its list does not change what the next one gets
    again = locations.place_spans(norm)
    assert again and again == list(locations._place_spans.__wrapped__(norm))


def test_definitions_are_remembered_and_handed_out_fresh() -> None:
    text = "Ban chỉ đạo (BCĐ) họp sáng nay. BCĐ giao nhiệm vụ cho Tổ công tác đặc biệt, gọi tắt là TCTĐB."
    first = abbreviations.definitions(text)
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in first] == [("BCĐ", "Ban chỉ đạo"), ("TCTĐB", "Tổ công tác đặc biệt")]
    first.append(((0, 1), (2, 3)))
    assert abbreviations.definitions(text) == list(abbreviations._definitions.__wrapped__(text)) and len(abbreviations.definitions(text)) == 2
