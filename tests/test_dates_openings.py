"""The dates scanner's shortcuts: tighter rule openings and parts a rule's matches must contain.

Each shortcut skips rules where they cannot match; on these sentences (the
case skipped and the case kept) the scanner must still find exactly what the
plain ``finditer`` of every pattern finds.
"""

from __future__ import annotations

import pytest

from vn_crimeie.dates import grammar
from vn_crimeie.dates.grammar import scan
from vn_crimeie.dates.spec import Spec
from vn_crimeie.dates.timex import anchor, anchor_day
from vn_crimeie.normalize import normalize

SENTENCES = [
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


def _finditer(text: str) -> list[tuple[int, int, int]]:
    out = []
    for rule in grammar.rules():
        out.extend((m.start(), m.end(), rule.rank) for m in rule.pattern.finditer(text) if m.end() > m.start())
    return sorted(out)


def _scanned(text: str) -> list[tuple[int, int, int]]:
    return sorted((m.start(), m.end(), rule.rank) for rule, m in grammar._matches(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_shortcuts_find_what_finditer_finds(text: str) -> None:
    norm = normalize(text).text
    assert _scanned(norm) == _finditer(norm)


@pytest.mark.parametrize(
    ("word", "rule", "accepted"),
    [
        ("T7", "weekday", True),
        ("Trong", "weekday", False),
        ("Thứ", "weekday", True),
        ("thứa", "weekday", False),
        ("S", "year", True),
        ("SN1990", "year", True),
        ("sinh", "year", False),
        ("2021", "year.range", True),
        ("12", "year.range", False),
        ("13", "date.dm", True),
        ("2024", "date.dm", False),
        ("3ngày", "set", True),
        ("3ngày", "duration", False),
    ],
)
def test_tighter_openings(word: str, rule: str, accepted: bool) -> None:
    ranks = {r.rank for r in grammar.rules() if r.name == rule}
    assert bool(ranks & set(grammar._rules_opening(word))) is accepted


@pytest.mark.parametrize(
    ("text", "present"),
    [("cứ 3 ngày/lần", True), ("Mỗi tuần 2 lần", False)],
)
def test_a_rule_is_skipped_only_without_its_required_part(text: str, present: bool) -> None:
    (rule,) = [r for r in grammar.rules() if r.name == "set" and r.required is not None]
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
