"""Texts of any length: chunks end at paragraph breaks and offsets point into the whole text."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.chunks import chunk_spans

ARTICLE = (
    "Hà Nội, 13/3/2024\n"
    "Chiều 12/3, Công an tỉnh Nghệ An bắt 5 đối tượng về tội mua bán trái phép chất ma túy.\n"
    "Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh, chủ trì cuộc họp.\n"
    "Thượng tá Lê Thị Mai cho biết, các đối tượng khai nhận đã bán ma túy từ tháng 1/2024.\n"
)


@pytest.mark.parametrize("size", [1, 7, 40, 90, 500])
def test_chunks_cover_the_text_without_gaps(size: int) -> None:
    spans = chunk_spans(ARTICLE, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(ARTICLE)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < e - s <= size for s, e in spans)


def test_chunks_end_at_paragraph_breaks_when_they_can() -> None:
    spans = chunk_spans(ARTICLE, 100)
    assert all(ARTICLE[e - 1] == "\n" for _s, e in spans)


def test_a_paragraph_longer_than_a_chunk_is_cut_after_a_sentence() -> None:
    text = "Công an bắt 2 người. Thu giữ 1 khẩu súng. Vụ việc đang được điều tra."
    assert [text[s:e] for s, e in chunk_spans(text, 45)] == ["Công an bắt 2 người. Thu giữ 1 khẩu súng. ", "Vụ việc đang được điều tra."]


def test_bad_chunk_size_is_named() -> None:
    with pytest.raises(ValueError, match="chunk size must be at least 1"):
        chunk_spans(ARTICLE, 0)


def test_chunked_extract_has_exact_offsets_and_the_same_entities() -> None:
    whole = vn_crimeie.extract(ARTICLE)
    chunked = vn_crimeie.extract(ARTICLE, chunk_size=100)
    assert all(ARTICLE[e.start : e.end] == e.text for e in chunked.entities)
    assert [(e.start, e.end, e.label, e.value) for e in chunked.entities] == [(e.start, e.end, e.label, e.value) for e in whole.entities]
    assert chunked.dateline == whole.dateline and whole.dateline.startswith("2024-03-13")
    ids = {e.id for e in chunked.entities}
    assert len(ids) == len(chunked.entities) and all(r.head in ids and r.tail in ids for r in chunked.relations)
    assert {r.label for r in chunked.relations} >= {"HAS_RANK", "HAS_TITLE"}
