"""The tokenizer: exact text, underthesea words, cuts where entities need them."""

from __future__ import annotations

import unicodedata

import pytest


def test_doc_text_is_the_input(nlp, seed_text) -> None:
    for variant in (
        seed_text,
        unicodedata.normalize("NFD", seed_text),
        seed_text.replace("\n", "\r\n"),
        seed_text.replace(" ", "\u00a0", 50),
    ):
        doc = nlp.make_doc(variant)
        assert doc.text == variant


def test_catp_is_not_glued_to_the_verb(nlp) -> None:
    # underthesea glues "CATP dự" into one word in the seed article
    doc = nlp.make_doc("Tại điểm cầu Hải Phòng, Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự, chủ trì hội nghị.")
    words = [t.text for t in doc]
    assert "CATP" in words and "dự" in words and "CATP dự" not in words


@pytest.mark.parametrize(
    "text,word",
    [
        ("Đại tướng Tô Lâm dự hội nghị.", "Đại tướng"),
        ("Cùng dự có Thượng tá Nguyễn Văn Hùng.", "Thượng tá"),
        ("Bộ trưởng Bộ Công an phát biểu.", "Bộ trưởng"),
    ],
)
def test_domain_words_stay_whole(nlp, text: str, word: str) -> None:
    assert word in [t.text for t in nlp.make_doc(text)]



def test_sentence_boundaries(nlp) -> None:
    doc = nlp.make_doc("Quang cảnh hội nghị\n\nĐại tướng Tô Lâm dự. Thiếu tướng A chủ trì.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Quang cảnh hội nghị", "Đại tướng Tô Lâm dự.", "Thiếu tướng A chủ trì."]


def test_zero_width_and_odd_spaces_become_tokens_of_their_own(nlp) -> None:
    text = "Đại\u00a0tá\u200b Lê Văn A\t dự"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_empty_and_whitespace(nlp) -> None:
    assert len(nlp.make_doc("")) == 0
    assert nlp.make_doc("  \n ").text == "  \n "
