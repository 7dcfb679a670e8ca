"""The dates scanner tries each rule at word starts only: it must find what ``finditer`` finds.

``scanner.matches`` reads every rule at the words its opening accepts (tight
openings: exact first words, which digits) and skips a rule in a text that lacks
a part every match of it contains; these tests compare it, rule by rule, with
the plain ``finditer`` of every pattern on police-news sentences, on sentences
that sit on each shortcut (the case skipped and the case kept) and on hostile input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
import yaml

from vn_crimeie.dates import rules as rule_table
from vn_crimeie.dates import coerce_dateline, scanner
from vn_crimeie.dates.grammar import scan
from vn_crimeie.dates.spec import Spec
from vn_crimeie.dates.timex import anchor, anchor_day
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

SENTENCES = [
    "Khoảng 10h30 ngày 5/2/2024, tổ công tác Công an quận phát hiện 6-7 đối tượng.",
    "Chiều 13/3, Bộ Công an họp; 3 năm qua (2021-2023) số vụ giảm 12,5%.",
    "Từ ngày 20-25/4, Phòng CSGT kiểm tra 1.250 phương tiện, 6 tháng đầu năm nay tăng.",
    "Sáng thứ Hai, Nguyễn Văn A (SN 1990, trú tại Hà Nội) bị bắt; hôm qua hắn khai.",
    "Quý II/2023 và quý 3 năm 2024, mỗi tháng hai lần; 2 giờ/lần tuần trước đó.",
    "Tối hôm sau, lúc 22 giờ 15 phút, trong vòng nửa tiếng, T7 tới đây cùng kỳ năm ngoái.",
    "Đầu tháng Giêng năm 2020 đến nay, hai mươi lăm ngày cuối năm 2019 vừa qua.",
    "Bị cáo sinh năm1985 lĩnh 3 năm 6 tháng tù, biển số 29A-123.45 lúc 0h.",
    "Ngày mười lăm tháng Chạp, rạng sáng mai, nửa đêm 31/12 sắp tới.",
]

# Each shortcut of the scanner, with a case it skips and a case it keeps.
SHORTCUT_SENTENCES = [
    # "T" opens the weekday rule only as T2 … T7; "thứ" only as a whole word
    "Trong thời gian tới, tổ tuần tra trực T7 và Chủ nhật; thứ Hai họp, thứ tự giữ nguyên.",
    "T8 không phải thứ trong tuần, còn t2 viết thường cũng không.",
    # "S.N" opens the year rule at the word "S" alone; "SN" also glued to the year
    "Nguyễn Văn B (S.N 1985) và Lê Văn C (SN1990) sinh sống tại Sóc Sơn.",
    # digits: a year range, a day range, day-month, a day in words, a number before a unit
    "Giai đoạn 2021-2023 và 2021 đến 2024, từ ngày 20 - 25/4 đến 12.5, ngày 5 tháng 3 năm 2024.",
    "Trong 12,5 năm, 3-4 ngày, 120 ngày, 1234 ngày, 10h30, 22 giờ 15 phút.",
    # rules whose matches need a part the text may lack: "/ lần", "tháng đầu/cuối năm", "tháng <digit>"
    "Mỗi tuần 2 lần, cứ 3 ngày/lần, 6 tháng đầu năm 2024 và 3 tháng cuối năm nay.",
    "Sáu tháng đầu năm, hai ngày / lần kiểm tra, ngày 15 tháng 3 năm 2023.",
    "Ba ngày một lần, trong tháng này và tháng Giêng.",
]

HOSTILE = [
    "1" * 3000,
    "1." * 1500,
    "1/" * 1500,
    "ngày " * 600,
    "Tháng " * 600,
    "hai mươi " * 400,
    "3 năm " * 500,
    "Sáng Chiều Tối " * 300,
]


def _finditer(text: str) -> list[tuple[int, int, int]]:
    out = []
    for rule in rule_table.rules():
        out.extend((m.start(), m.end(), rule.rank) for m in rule.pattern.finditer(text) if m.end() > m.start())
    return sorted(out)


def _scanned(text: str) -> list[tuple[int, int, int]]:
    return sorted((m.start(), m.end(), rule.rank) for rule, m in scanner.matches(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_word_start_scan_finds_what_finditer_finds(text: str) -> None:
    norm = normalize(text).text
    expected = _finditer(norm)
    assert expected, "the sentence holds temporal expressions"
    assert _scanned(norm) == expected


@pytest.mark.parametrize("text", SHORTCUT_SENTENCES)
def test_shortcuts_find_what_finditer_finds(text: str) -> None:
    norm = normalize(text).text
    assert _scanned(norm) == _finditer(norm)


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_word_start_scan_on_hostile_input(text: str) -> None:
    assert _scanned(text) == _finditer(text)


@pytest.mark.parametrize(
    ("word", "after", "rule", "accepted"),
    [
        ("2024", " ", "clock", True),
        ("Sáng", " ", "part_of_day", True),
        ("SN1990", " ", "year", True),
        ("T7", " ", "weekday", True),
        ("quý", " ", "quarter", True),
        ("công", " ", "quarter", False),
        ("đối", " ", "duration", False),
        ("Trong", " ", "weekday", False),
        ("Thứ", " ", "weekday", True),
        ("thứa", " ", "weekday", False),
        ("S", " ", "year", True),
        ("sinh", " ", "year", False),
        ("2021", " ", "year.range", True),
        ("12", " ", "year.range", False),
        ("13", " ", "date.dm", True),
        ("2024", " ", "date.dm", False),
        ("3ngày", " ", "set", True),
        ("3ngày", " ", "duration", False),
        # a word of digits opens only the rules that go on with the character after it
        ("12", "/", "date.dm", True),
        ("12", "/", "duration", False),
        ("12", " ", "duration", True),
        ("12", "-", "duration", True),
        ("10", ":", "clock", True),
        ("10", "/", "clock", False),
        ("10h30", ",", "clock", True),
        ("2021", "-", "year.range", True),
        ("2021", ".", "year.range", False),
        ("15", " ", "clock.seconds", True),
        ("15", ",", "clock.seconds", False),
    ],
)
def test_rule_openings(word: str, after: str, rule: str, accepted: bool) -> None:
    ranks = {r.rank for r in rule_table.rules() if r.name == rule}
    assert bool(ranks & set(scanner.rules_opening(word, after))) is accepted


def test_opening_refuses_a_phrase_that_does_not_begin_a_word() -> None:
    with pytest.raises(ValueError):
        rule_table.opening((["-tới"],))


@pytest.mark.parametrize(
    ("text", "present"),
    [("kiểm tra 3 ngày/lần", True), ("Mỗi tuần 2 lần", False)],
)
def test_a_rule_is_skipped_only_without_its_required_part(text: str, present: bool) -> None:
    (rule,) = [r for r in rule_table.rules() if r.name == "set" and r.required is not None]
    assert (rule.required.search(text) is not None) is present
    assert [m.text for m in scan(text)] == (["3 ngày/lần"] if present else ["Mỗi tuần"])


def test_anchoring_leaves_a_spec_without_clock_change_untouched() -> None:
    spec = scan("chiều 13/3")[0].spec
    before = Spec(**{f: getattr(spec, f) for f in spec.__dataclass_fields__})
    assert anchor_day(spec, None) == (None, 3, 13)
    anchor(spec, None)
    assert spec == before
    evening = scan("8 giờ tối 13/3")[0].spec
    assert anchor(evening, None).to_dict()["value"] == "XXXX-03-13T20:00"
    assert evening.hour == 8


def _corpus_forms(whole: bool) -> list[tuple[str, str | None]]:
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "corpus" / "examples" / "dates.yaml").read_text(encoding="utf-8"))
    sections = [section for section in data["sections"] if bool(section.get("whole")) == whole]
    return [(form, section["dateline"]) for section in sections for group in section["groups"] for form in group["forms"]]


def test_every_rule_shows_its_name_as_a_source() -> None:
    """Each rule of the table reads some form of the corpus (or a sentence here); its name is the candidate's source."""
    texts = _corpus_forms(whole=False) + [
        ("Quý I/2024 số vụ giảm 5% so với cùng kỳ năm ngoái.", "2024-04-02"),
        ("Phim Remember the Titans (2000) rất nổi tiếng.", "2024-04-02"),  # year.bracketed: no whole form
        ("Đỗ Văn Chí, sinh 1971, trú ở xã Tam Hưng.", "2024-04-02"),  # year.born: the year alone is the span
    ]
    seen: set[str] = set()
    for text, dateline in texts:
        for c in find(normalize(text).text, coerce_dateline(dateline)):
            assert c.source.startswith("dates.")
            seen.update(regex.findall(r"[\w.]+", c.source.removeprefix("dates.")))
    # read only as a whole expression (parse_date)
    for whole, _ in _corpus_forms(whole=True) + [("bây giờ", None), ("ngay lúc này", None)]:
        for m in scan(normalize(whole).text, whole=True):
            seen.update(regex.findall(r"[\w.]+", m.rule))
    assert {rule.name for rule in rule_table.rules()} <= seen


@pytest.mark.parametrize(
    ("name", "text", "span"),
    [
        ("same_period", "tăng 5% so với cùng kỳ năm trước", "cùng kỳ năm trước"),
        ("trailer", "ngày 31/3 vừa qua, Công an", "ngày 31/3 vừa qua"),
        ("months.first_last", "6 tháng cuối năm 2023 giảm", "6 tháng cuối năm 2023"),
        ("clock", "lúc 10h30p tại nhà", "10h30p"),
    ],
)
def test_rules_read_the_words_of_date_rules_yaml(name: str, text: str, span: str) -> None:
    (m,) = scan(text)
    assert (m.text, name in m.rule.split("+")) == (span, True)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("3 năm sau khi ra tù, hắn tái phạm", ["3 năm"]),  # "khi" after the suffix: a conjunction
        ("3 năm sau, hắn tái phạm", ["3 năm sau"]),
        ("Ông A đi tới Hà Nội", []),  # "tới" alone trails a date only before a sign
        ("tháng 5 tới, Công an kiểm tra", ["tháng 5 tới"]),
        ("hai phút cuối trận", ["hai phút"]),  # "cuối" opens only the periods of modified_periods
        ("cuối năm nay", ["cuối năm nay"]),
    ],
)
def test_words_of_date_rules_yaml_keep_non_dates_out(text: str, spans: list[str]) -> None:
    assert [m.text for m in scan(text)] == spans


@pytest.mark.parametrize(
    ("word", "after"),
    [("Sáng", ""), ("nay", ""), ("Công", ""), ("12", "/"), ("12", " "), ("10h30", ""), ("SN1990", ""), ("T7", ""), ("tháng", ""), ("Tết", ""), ("2024", "-")],
)
def test_one_pattern_of_all_openings_answers_as_the_rules_one_by_one(word: str, after: str) -> None:
    one_by_one = tuple(r.rank for r in rule_table.rules() if r.opening.match(word + after))
    assert scanner.rules_opening(word, after) == one_by_one
