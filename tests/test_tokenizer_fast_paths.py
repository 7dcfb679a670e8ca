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


# --- words looked at one by one only where a cut is possible (_words_to_cut) ----------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from vn_crimeie.tokenizer import _tokens_word_by_word  # noqa: E402
from vn_crimeie.tokenizer import drop_analysis

_SENTENCES = [
    "Giám đốc CATP dự, chủ trì hội nghị tại trụ sở UBND xã Tân Lập.",
    "Phòng PC02 CATP Hà Nội bắt 3 đối tượng mua bán 20kg ma túy.",
    "Ông Nguyễn Văn Hùng (SN 1985, trú TP.HCM) bị VKSND huyện truy tố.",
    "  Công an  tỉnh Đắk Lắk\n\nthu giữ 2 khẩu súng K54 và 15 viên đạn.  ",
    "xCATP dự họp, ĐĐ CSCĐ có mặt; đội CSGT-TT làm việc.",
]


def _full_rule(text: str, words: list[tuple[int, int]], boundaries: set[int]) -> list[tuple[int, int]]:
    return _tokens_word_by_word(text, words, sorted(boundaries))


def test_an_abbreviation_glued_to_a_lower_case_word_is_cut_without_a_candidate_edge() -> None:
    text = "Trụ sở UBND xã Tân Lập"
    words = [(0, 6), (7, 14), (15, 22)]  # "Trụ sở", "UBND xã", "Tân Lập"
    assert _normalised_tokens(text, words, set()) == [(0, 6), (7, 11), (12, 14), (15, 22)]


def test_an_abbreviation_starting_inside_a_run_of_letters_is_still_cut() -> None:
    text = "xCATP dự họp"
    words = [(0, 1), (1, 8), (9, 12)]  # the word "CATP dự" starts inside the run "xCATP"
    assert _normalised_tokens(text, words, set()) == [(0, 1), (1, 5), (6, 8), (9, 12)]


def test_capitalised_words_and_lower_case_words_are_kept_whole() -> None:
    text = "Ông Nguyễn Văn Hùng bị bắt tại TP Hồ Chí Minh"
    words = [(0, 3), (4, 19), (20, 22), (23, 26), (27, 30), (31, 33), (34, 45)]
    assert _normalised_tokens(text, words, set()) == words


def test_words_out_of_order_or_with_white_edges_take_the_word_by_word_rule() -> None:
    text = "Công an  tỉnh bắt CATP dự"
    shuffled = [(9, 13), (0, 7), (18, 25), (14, 17)]
    assert _normalised_tokens(text, shuffled, {3}) == _full_rule(text, shuffled, {3})
    white_edges = [(0, 9), (9, 13), (13, 18), (18, 25)]  # "Công an  ", " bắt ", …
    assert _normalised_tokens(text, white_edges, {20}) == _full_rule(text, white_edges, {20})
    empty = [(0, 7), (7, 7), (9, 13)]
    assert _normalised_tokens(text, empty, set()) == _full_rule(text, empty, set())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_shortcut_gives_the_word_by_word_tokens(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(_SENTENCES))
    cuts = data.draw(st.sets(st.integers(1, len(text) - 1), max_size=25))
    edges = [0, *sorted(cuts), len(text)]
    words = [(s, e) for s, e in zip(edges, edges[1:]) if text[s:e].strip() and not data.draw(st.booleans())]
    words = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in words]
    boundaries = data.draw(st.sets(st.integers(0, len(text)), max_size=12))
    assert _normalised_tokens(text, words, boundaries) == _full_rule(text, words, boundaries)


def test_sentence_starts_are_set_as_doc_sent_starts_would_set_them() -> None:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}})
    text = "\n\nCông an huyện bắt 2 đối tượng.  Họ bị tạm giữ.\nVụ việc đang được điều tra"
    doc = nlp(text)
    starts = [t.is_sent_start for t in doc]
    assert starts[0] is True and doc[0].text == "\n\n"
    assert [t.text for t in doc if t.is_sent_start][1:] == ["Công an", "Họ", "Vụ việc"]
    again = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], sent_starts=starts)
    drop_analysis(doc)  # a Doc of the tokenizer alone still carries its Analysis among user hooks
    assert again.to_bytes(exclude=["user_data"]) == doc.to_bytes(exclude=["user_data"])
