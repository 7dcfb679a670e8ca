"""orgs reads its phrase tables in one pass and finds the word before a position backwards: same results."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import orgs


def test_one_matcher_gives_each_table_its_own_matches() -> None:
    matcher = orgs._phrase_matcher(
        {
            "heads": {"Phòng": "head"},
            "units": {"Cảnh sát hình sự": "unit", "Giao thông": "unit"},
            "fields": {"giao thông": "field old", "Giao Thông": "field"},  # the same phrase once folded: the last one
        }
    )
    text = "Phòng Cảnh sát hình sự và phòng Giao thông"
    found = [(text[s:e], dict(entries)) for s, e, entries in matcher.find_all(text)]
    assert found == [
        ("Phòng", {"heads": "head"}),
        ("Cảnh sát hình sự", {"units": "unit"}),
        ("phòng", {"heads": "head"}),
        ("Giao thông", {"units": "unit", "fields": "field"}),
    ]


def test_lower_case_heads_open_an_organisation_only_when_marked_lower() -> None:
    text = normalize("Đại tá Lê Văn Minh, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An, chỉ đạo.").text
    assert [text[c.start : c.end] for c in orgs.find(text)] == [
        "Cảnh sát hình sự Công an tỉnh Nghệ An",
        "Công an tỉnh Nghệ An",
    ]
    text = normalize("Cán bộ phòng cháy chữa cháy kiểm tra quán karaoke trên đường Trường Chinh.").text
    assert [text[c.start : c.end] for c in orgs.find(text)] == []


_FORWARD = regex.compile(r"([\p{L}\p{M}\p{N}]+) +$")
_SENTENCES = [
    "Trưởng phòng  Cảnh sát hình sự Công an tỉnh Nghệ An chỉ đạo.",
    "Xe chạy trên đường Trường Chinh,\nrồi rẽ vào phố Huế 2 lần",
    "Ông A (SN 1980) và 2 CSGT bị thương; vụ CSGT bị xe chèn \n ở Km 12",
]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_word_before_is_the_same_searched_backwards(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(_SENTENCES))
    pos = data.draw(st.integers(0, len(text)))
    window = data.draw(st.sampled_from([20, 30]))
    forward = _FORWARD.search(text, max(0, pos - window), pos)
    backward = orgs._WORD_BEFORE.search(text, max(0, pos - window), pos)
    assert (forward and (forward.span(), forward.group(1))) == (backward and (backward.span(), backward.group(1)))


def test_a_phrase_that_is_not_a_string_is_a_lexicon_error() -> None:
    import pytest

    from vn_crimeie.lexicon import LexiconError

    with pytest.raises(LexiconError, match="not a string"):
        orgs._phrase_matcher({"units": {123: "unit"}})  # type: ignore[dict-item]
