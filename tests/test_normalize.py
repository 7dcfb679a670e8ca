"""Normalisation keeps a faithful map back to the caller's text."""

from __future__ import annotations

import unicodedata

import pytest

from vn_crimeie.normalize import normalize

CASES = [
    # (original, normalised)
    ("Ma tuý", "Ma túy"),
    ("hoà bình, hoà giải", "hòa bình, hòa giải"),
    ("Thiếu uý Nguyễn Văn Thuý", "Thiếu úy Nguyễn Văn Thúy"),
    ("quý I/2024", "quý I/2024"),  # qu + ý is already new-style
    ("Hoàng Văn Khoẻ", "Hoàng Văn Khỏe"),
    ("ngoài trụ sở", "ngoài trụ sở"),
    ("Đại\u00a0tá", "Đại tá"),
    ("Công\u200b an", "Công an"),
    ("Đại\u200btá", "Đại tá"),
    ("Bộ Công an\r\nHà Nội", "Bộ Công an\nHà Nội"),
    ("Trộm &amp; cướp", "Trộm & cướp"),
    ("tang\u00advật", "tangvật"),
]


@pytest.mark.parametrize("original,expected", CASES)
def test_normal_form(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize("original,expected", CASES)
def test_nfd_input_gives_same_normal_form(original: str, expected: str) -> None:
    assert normalize(unicodedata.normalize("NFD", original)).text == expected


def test_offsets_map_back_into_nfd_text() -> None:
    original = unicodedata.normalize("NFD", "Chiều 13/3, Đại tướng Tô Lâm dự hội nghị")
    norm = normalize(original)
    start = norm.text.index("Đại tướng")
    s, e = norm.to_original(start, start + len("Đại tướng"))
    assert unicodedata.normalize("NFC", original[s:e]) == "Đại tướng"
    assert norm.from_original(s, e) == (start, start + len("Đại tướng"))


def test_identity_when_nothing_to_do() -> None:
    norm = normalize("Thiếu tướng Vũ Thanh Chương")
    assert norm.is_identity and norm.to_original(0, 11) == (0, 11)


def test_entity_maps_to_whole_html_entity() -> None:
    original = "A&nbsp;B"
    norm = normalize(original)
    assert norm.text == "A B"
    assert norm.to_original(1, 2) == (1, 7)


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="bytes"):
        normalize(b"abc")  # type: ignore[arg-type]
