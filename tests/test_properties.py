"""Property-based robustness: whatever text arrives, the result is well-formed.

Invariants checked on arbitrary Unicode, on Vietnamese-like text composed from
syllables, ranks, numbers and dates, and on mutations of police-news sentences
written for this file:

* no exception;
* every entity satisfies ``text[start:end] == entity.text`` and has a known label;
* entities are flat (no overlap) and in text order;
* relations point at existing entities of the right labels;
* the result is deterministic (also after the analysis cache is emptied);
* NFC/NFD, ``\\r\\n``/``\\n``, NBSP and zero-width variants of the same text give
  the same labels and values.

Run more examples with ``HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vn_crimeie
from vn_crimeie import LABELS, RELATION_TYPES, Document

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "thorough", max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DATELINE = "2024-03-13T18:02"

# -- sentences in the style of police news, written for these tests ----------
SENTENCES = [
    "Chiều 13/3, Đại tá Nguyễn Văn Hùng - Giám đốc Công an tỉnh Nghệ An chủ trì hội nghị tại điểm cầu Vinh.",
    "Trong 2 tháng đầu năm 2024, lực lượng CSHS đã triệt phá trên 2,2 nghìn băng nhóm tội phạm, bắt 14.450 đối tượng.",
    "Thượng tá Lê Thị Hoà, Phó trưởng phòng Cảnh sát hình sự, cho biết đã thu giữ 12,5 kg ma tuý và 3 khẩu súng.",
    "Ngày 30/3/2021, TAND TP Đà Nẵng tuyên phạt bị cáo Trần Văn Thuý 12 năm tù về tội Lừa đảo chiếm đoạt tài sản.",
    "Khoảng 10h30 ngày 5/2, Công an huyện Quỳnh Lưu nhận tin báo về vụ đánh bạc với hơn 500 triệu đồng.",
    "Theo Kế hoạch số 131/KH-BCA-CSHS, BCĐ yêu cầu Công an các đơn vị, địa phương báo cáo trước 18:02 13/03/2024.",
    "Trung uý Phạm Minh Khoa (SN 1994, trú tại phường 5, quận 3) bị thương khi truy bắt đối tượng cướp giật.",
    "Hằng tuần, Cục Cảnh sát hình sự (C02) tổng hợp tình hình tội phạm có tổ chức (TPCTC) trên cả nước.",
    "ĐẠI TÁ ĐINH VĂN NƠI: KHÔNG CÓ VÙNG CẤM TRONG ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM",
    "Thieu tuong Vu Van Tuan du hoi nghi tai tru so Bo Cong an sang 14-3.",
    "Từ ngày 10 đến 19/5/2023, 6-7 đối tượng dùng hung khí tấn công khoảng 30 người dân.",
    "Vụ việc đang được Cơ quan CSĐT Công an TP Hà Nội điều tra, làm rõ.&nbsp;<br>Ảnh: CACC",
]

# -- pieces of Vietnamese-like text ------------------------------------------
INITIALS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "ươ", "iê", "uô", "ai", "ao", "oi", "ưu"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
FINALS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
RANKS = ["Đại tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại uý", "Đại úy", "trung úy", "ĐẠI TÁ", "dai ta", "Hạ sĩ"]
NUMBERS = ["14.450", "2,2", "trên 2,2 nghìn", "hơn 500 triệu", "hai", "khoảng 30", "1.000.000", "15%", "0", "99999999999999999999", "3,5 tỷ"]
DATES = ["13/3", "18:02 13/03/2024", "ngày 30/3/2021", "năm 2024", "2021-2023", "quý I/2024", "hôm qua", "3 năm", "10h30", "32/13/2024", "29/2/2023", "Chiều 13/3"]
WORDS = ["Công an", "tỉnh", "Nghệ An", "Bộ Công an", "CATP", "đối tượng", "vụ", "bị can", "kg", "điểm cầu", "Hà Nội", "Giám đốc", "tội", "Lừa đảo", "Kế hoạch số 131/KH-BCA-CSHS", "TPCTC"]
PUNCT = [".", ",", ";", ":", "-", "–", "(", ")", "\"", "“", "”", "…", "?", "!", "/", "%", "...", " - "]
SPACES = [" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\u00a0", "\u200b", "\t", "\u202f", "\ufeff", "\u00ad"]
HTML = ["&nbsp;", "&amp;", "<br>", "&quot;", "&#272;", "&#x110;", "&lt;b&gt;", "&bogus;", "&"]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """One syllable: initial + vowel + combining tone + final, in NFC or NFD, any case."""
    s = draw(st.sampled_from(INITIALS)) + draw(st.sampled_from(VOWELS)) + draw(st.sampled_from(TONES)) + draw(st.sampled_from(FINALS))
    form = draw(st.sampled_from(["NFC", "NFC", "NFD"]))
    s = unicodedata.normalize(form, s)
    case = draw(st.sampled_from(["lower", "lower", "title", "upper"]))
    return getattr(s, case)()


PIECES = st.one_of(
    syllables(),
    st.sampled_from(RANKS),
    st.sampled_from(NUMBERS),
    st.sampled_from(DATES),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(HTML),
    st.text(min_size=1, max_size=3),
)

vietnamese_like = st.lists(st.tuples(PIECES, st.sampled_from(SPACES)), max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)


@st.composite
def mutated_sentences(draw: st.DrawFn) -> str:
    """One to three of the sentences above, with random edits at random places."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "space", "nfd", "upper", "duplicate"]))
        if kind == "insert":
            text = text[:pos] + draw(st.one_of(PIECES, st.sampled_from(SPACES))) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 8)) :]
        elif kind == "space":
            text = text[:pos] + draw(st.sampled_from(SPACES)) + text[pos:]
        elif kind == "nfd":
            text = text[:pos] + unicodedata.normalize("NFD", text[pos : pos + 30]) + text[pos + 30 :]
        elif kind == "upper":
            text = text[:pos] + text[pos : pos + 20].upper() + text[pos + 20 :]
        else:
            text = text[:pos] + text[pos : pos + 25] + text[pos:]
    return text


any_text = st.one_of(st.text(max_size=200), vietnamese_like, mutated_sentences())


# -- invariants ---------------------------------------------------------------
def check_document(text: str, doc: Document) -> None:
    """The invariants every result must satisfy."""
    assert doc.text == text
    previous_end = 0
    ids = {}
    for ent in doc.entities:
        assert ent.label in LABELS, ent
        assert 0 <= ent.start < ent.end <= len(text), ent
        assert text[ent.start : ent.end] == ent.text, ent
        assert ent.start >= previous_end, f"{ent} overlaps the previous entity"
        previous_end = ent.end
        assert ent.id not in ids
        ids[ent.id] = ent
    for rel in doc.relations:
        assert rel.label in RELATION_TYPES, rel
        assert rel.head in ids and rel.tail in ids, rel
        heads, tails = RELATION_TYPES[rel.label]
        assert ids[rel.head].label in heads and ids[rel.tail].label in tails, (rel, ids[rel.head], ids[rel.tail])
    # the result survives its own serialisation
    assert Document.from_dict(doc.to_dict()) == doc


def fresh_extract(text: str, dateline: str | None = DATELINE) -> Document:
    """``extract`` of ``text`` (each call analyses the text anew: nothing is cached between texts)."""
    return vn_crimeie.extract(text, dateline=dateline)


def labels_and_values(doc: Document) -> list[tuple[str, str, object]]:
    """What must not depend on the text's encoding: label, normalised span text, value."""
    return [(e.label, vn_crimeie.normalize(e.text).text.strip(), e.value) for e in doc.entities]


@given(any_text)
def test_invariants_hold_on_any_text(text: str) -> None:
    check_document(text, vn_crimeie.extract(text, dateline=DATELINE))


@given(any_text)
def test_invariants_hold_without_a_dateline(text: str) -> None:
    check_document(text, vn_crimeie.extract(text))


@given(st.one_of(vietnamese_like, mutated_sentences()))
def test_result_is_deterministic(text: str) -> None:
    first = vn_crimeie.extract(text, dateline=DATELINE)
    again = fresh_extract(text)
    assert first.to_dict() == again.to_dict()


def _nfd(t: str) -> str:
    return unicodedata.normalize("NFD", t)


def _nfc(t: str) -> str:
    return unicodedata.normalize("NFC", t)


def _crlf(t: str) -> str:
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def _lf(t: str) -> str:
    return t.replace("\r\n", "\n")


def _nbsp(t: str) -> str:
    return t.replace(" ", "\u00a0")


VARIANTS = {"nfd": _nfd, "nfc": _nfc, "crlf": _crlf, "lf": _lf, "nbsp": _nbsp}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@given(text=st.one_of(vietnamese_like, mutated_sentences()))
def test_encoding_variants_give_the_same_labels_and_values(variant: str, text: str) -> None:
    base_text = _nfc(_lf(text))
    other_text = VARIANTS[variant](base_text)
    base = vn_crimeie.extract(base_text, dateline=DATELINE)
    other = vn_crimeie.extract(other_text, dateline=DATELINE)
    check_document(other_text, other)
    assert labels_and_values(other) == labels_and_values(base)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_written_sentence_survives_every_variant(sentence: str) -> None:
    base = vn_crimeie.extract(sentence, dateline=DATELINE)
    check_document(sentence, base)
    for name, variant in VARIANTS.items():
        text = variant(sentence)
        other = vn_crimeie.extract(text, dateline=DATELINE)
        check_document(text, other)
        assert labels_and_values(other) == labels_and_values(base), name


def test_written_sentences_are_not_all_empty() -> None:
    """The properties above are only worth something if entities are found at all."""
    found = {e.label for s in SENTENCES for e in vn_crimeie.extract(s, dateline=DATELINE).entities}
    assert {"RANK", "NUMBER"} <= found
