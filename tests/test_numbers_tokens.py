"""Numbers: the lazy token table and the scan that reads only where a number can start."""

from __future__ import annotations

import sys

import pytest
import regex

from vn_crimeie.lexicon import fold
from vn_crimeie.numbers.grammar import Token, Tokens, scan, tokenize

# The token pattern, applied match by match to the original text (what tokenize() did before).
_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|\p{L}+|\S")
_KINDS = (regex.compile(r"\p{L}"), regex.compile(r"\d"), regex.compile(r"\s"))

SENTENCES = [
    "Công an TP.HCM bắt 14.450 đối tượng, thu giữ 3,5kg ma túy.",
    "  ĐẠI TÁ Nguyễn Văn A cho biết:\n\nkhoảng 20-25 người   bị thương…",
    "Năm 2023, Hai đối tượng trộm 500k; xe 30A-771.66 chạy 66/60 km/h.",
    "Một vụ, MỘT người, Mười Lăm ngày (15/3) – hàng trăm triệu đồng.",
    "ΣΟΦΟΣ và 2 người Hy Lạp",  # a letter folded by its neighbours: each token is folded alone
    "",
]


def _expected(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_the_token_pattern_matches(text: str) -> None:
    tokens = Tokens(text)
    assert tokens.size == len(_expected(text))
    assert tokenize(text) == _expected(text)
    assert tokens.token_keys == [t.key for t in _expected(text)]


def test_tokens_are_built_on_first_use_only() -> None:
    tokens = Tokens("Chiều 13/3, công an bắt 2 đối tượng")
    assert len(tokens) == 0
    assert tokens[8] == Token(24, 25, "2", "2")
    assert tokens[8] is tokens[8] and len(tokens) == 1
    with pytest.raises(IndexError):
        tokens[tokens.size]


def test_folding_keeps_every_character_kind() -> None:
    """Tokens splits the folded text: folding must keep letters, digits and spaces what they are."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        if folded == char:
            continue
        assert len(folded) == 1
        assert [bool(k.match(char)) for k in _KINDS] == [bool(k.match(folded)) for k in _KINDS], hex(code)
        assert char.isdigit() == folded.isdigit(), hex(code)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # long runs of words no number starts with, then a number: still read
        ("Theo cơ quan điều tra, trong quá trình làm việc các đối tượng khai nhận đã lừa 120 người", ["120"]),
        ("Qua kiểm tra, lực lượng chức năng phát hiện Hai đối tượng mang theo ma túy", ["Hai"]),
        ("Vụ việc khiến KHOẢNG 30 người bị thương", ["KHOẢNG 30"]),
        # a comparator read with its number: the number is not read again on its own
        ("Công an thu giữ hơn 2,2 nghìn viên ma túy tổng hợp", ["hơn 2,2 nghìn"]),
        # no number at all / only parts of dates and codes
        ("Cơ quan công an đang tiếp tục điều tra làm rõ", []),
        ("Ngày 13/3, đối tượng điều khiển xe biển số 30A-771.66", []),
    ],
)
def test_scan_reads_only_where_a_number_can_start(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in scan(text)] == found
