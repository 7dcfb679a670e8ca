"""The tokenizer's shortcuts (a word without a candidate edge kept whole) give the tokens of the full rule."""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.segment import segment
from vn_crimeie.tokenizer import _normalised_tokens, split_points


def _reference(text: str, words: list[tuple[int, int]], boundaries: set[int]) -> list[tuple[int, int]]:
    tokens = []
    for ws, we in words:
        pos = ws
        for cut in [*split_points(text, ws, we, boundaries), we]:
            s, e = pos, cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                tokens.append((s, e))
            pos = cut
    return tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc CATP dự, chủ trì hội nghị.", ["Giám đốc", "CATP", "dự"]),
        ("Đại tá Nguyễn Văn Hùng và ông Lê Văn Tám đến Đắk Lắk.", ["Nguyễn Văn Hùng", "Đắk Lắk"]),
        ("Công an TP Hồ Chí Minh bắt giữ đối tượng tại Quận 1.", ["Hồ Chí Minh"]),
        ("PC02 CATP Hà Nội phối hợp với VKSND quận Hoàn Kiếm.", ["Hoàn Kiếm"]),
    ],
)
def test_tokens_match_the_full_rule(text: str, expected: list[str]) -> None:
    norm = normalize(text).text
    words = [(w.start, w.end) for w in segment(norm).words]
    got = _normalised_tokens(norm, words, set())
    assert got == _reference(norm, words, set())
    pieces = [norm[s:e] for s, e in got]
    for piece in expected:
        assert piece in pieces


def test_edges_still_cut_capitalised_words() -> None:
    norm = normalize("Ông Nguyễn Văn Hùng bị bắt.").text
    words = [(w.start, w.end) for w in segment(norm).words]
    edge = norm.index("Văn")
    assert _normalised_tokens(norm, words, {edge}) == _reference(norm, words, {edge})
    assert (edge, norm.index(" Hùng")) in _normalised_tokens(norm, words, {edge, norm.index(" Hùng")})
