"""Sentences with fewer than two entities are skipped by the rules; the others still link."""

from __future__ import annotations

import pytest

from vn_crimeie.candidates import Candidate
from vn_crimeie.relations import extract_relations


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Candidate]:
    out, pos = [], 0
    for piece, label in parts:
        start = text.index(piece, pos)
        out.append(Candidate(start, start + len(piece), label))
        pos = start + len(piece)
    return out


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        (
            "Vụ việc xảy ra tại Hà Nội. Đại tá Lê Văn Hùng chỉ đạo điều tra.",
            [("Hà Nội", "LOC"), ("Đại tá", "RANK"), ("Lê Văn Hùng", "PERSON")],
            [("HAS_RANK", "Lê Văn Hùng", "Đại tá")],
        ),
        (
            "Thượng tá Trần Văn Nam có mặt. Sau đó, Trung tá dự họp.",
            [("Thượng tá", "RANK"), ("Trần Văn Nam", "PERSON"), ("Trung tá", "RANK")],
            [("HAS_RANK", "Trần Văn Nam", "Thượng tá")],
        ),
        ("Trung tá dự họp. Nguyễn Văn B bỏ trốn.", [("Trung tá", "RANK"), ("Nguyễn Văn B", "PERSON")], []),
    ],
)
def test_only_sentences_with_two_entities_link(text: str, parts: list[tuple[str, str]], expected: list) -> None:
    ents = _spans(text, parts)
    sentences = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            sentences.append((start, i + 1))
            start = i + 2
    found = extract_relations(text, ents, sentences)
    got = [(r.label, text[ents[r.head].start : ents[r.head].end], text[ents[r.tail].start : ents[r.tail].end]) for r in found]
    assert got == expected
