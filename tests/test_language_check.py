"""Text without diacritics or not in Vietnamese: warnings, and no PERSON guessed from capitals."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.language import NO_DIACRITICS, NOT_VIETNAMESE, check_language
from vn_crimeie.lexicon import strip_diacritics

ENGLISH = (
    "On March 13, Police Chief John Miller said officers arrested Daniel Brown and Maria Lopez "
    "after a three-month investigation into a drug ring operating in Houston and Dallas."
)
VIETNAMESE = (
    "Chiều 13/3, Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Nghệ An cho biết đơn vị vừa bắt "
    "Trần Văn Bình và Lê Thị Mai về hành vi mua bán trái phép chất ma túy."
)


def test_vietnamese_with_diacritics_has_no_warning() -> None:
    doc = vn_crimeie.extract(VIETNAMESE, dateline="2024-03-13")
    assert doc.warnings == [] and "warnings" not in doc.to_dict()
    assert {"Nguyễn Văn Hùng", "Trần Văn Bình", "Lê Thị Mai"} <= {e.text for e in doc.by_label("PERSON")}


def test_vietnamese_without_diacritics_warns_and_guesses_no_person() -> None:
    doc = vn_crimeie.extract(strip_diacritics(VIETNAMESE), dateline="2024-03-13")
    assert doc.warnings == [NO_DIACRITICS] and doc.to_dict()["warnings"] == [NO_DIACRITICS]
    assert doc.by_label("PERSON") == []
    assert [e.value["rank"] for e in doc.by_label("RANK")] == ["Đại tá"]  # ranks are still read without diacritics


def test_seed_without_diacritics_warns_and_has_no_person(seed_text: str) -> None:
    doc = vn_crimeie.extract(strip_diacritics(seed_text))
    assert NO_DIACRITICS in doc.warnings and doc.by_label("PERSON") == []


def test_english_article_warns_and_has_no_person() -> None:
    doc = vn_crimeie.extract(ENGLISH)
    assert doc.warnings == [NOT_VIETNAMESE] and doc.by_label("PERSON") == []


def test_an_english_article_gives_no_number_read_by_vietnamese_conventions() -> None:
    doc = vn_crimeie.extract("On March 13, police arrested a man in Hanoi for a fraud of 14,450 dollars, the ministry said on Monday.")
    assert doc.warnings == [NOT_VIETNAMESE] and doc.by_label("NUMBER") == []  # not 14.45


@pytest.mark.parametrize("text", ["Đại tá A", "Bo Cong an", "Police arrested two men."])
def test_short_texts_are_not_judged(text: str) -> None:
    assert check_language(text) == ()


def test_warnings_survive_serialisation() -> None:
    doc = vn_crimeie.extract(ENGLISH)
    assert vn_crimeie.Document.from_dict(doc.to_dict()).warnings == [NOT_VIETNAMESE]
    with pytest.raises(ValueError, match="'warnings' must be a list of strings"):
        vn_crimeie.Document.from_dict({**doc.to_dict(), "warnings": "no-diacritics"})


def test_a_long_text_read_in_chunks_says_so() -> None:
    doc = vn_crimeie.extract(VIETNAMESE + "\n" + VIETNAMESE, chunk_size=len(VIETNAMESE) + 1)
    assert doc.warnings == ["chunked"]
