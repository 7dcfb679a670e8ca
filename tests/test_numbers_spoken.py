"""parse_number on whole expressions: each named spoken rule, the value dict, running text unchanged, linear time."""

from __future__ import annotations

import pytest

from linearity import assert_linear, prefix_maker
from vn_crimeie.normalize import normalize
from vn_crimeie.numbers import parse_number
from vn_crimeie.numbers.spoken import SPOKEN_RULES
from vn_crimeie.recognizers.numbers import find

SPOKEN_RULE_CASES = [
    ("fraction", "hai phần ba", {"value": 0.6666666666666666, "fraction": [2, 3]}),
    ("half_of", "nửa triệu", {"value": 500000}),
    ("decimal_words", "không phẩy năm", {"value": 0.5}),
    ("shorthand", "1tr2", {"value": 1200000}),
    ("long_digits", "1000000000000", {"value": 1000000000000}),
    ("words_or_digits", "triệu hai", {"value": 1200000}),
]


@pytest.mark.parametrize(("rule", "text", "value"), SPOKEN_RULE_CASES)
def test_each_spoken_rule_reads_its_form(rule: str, text: str, value: dict) -> None:
    assert parse_number(text).to_dict() == value


def test_every_spoken_rule_has_a_case() -> None:
    assert [name for name, _ in SPOKEN_RULES] == [rule for rule, _, _ in SPOKEN_RULE_CASES]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("âm sáu mươi", {"value": -60}),
        ("-12,5", {"value": -12.5}),
        ("thứ nhất", {"value": 1, "ordinal": True}),
        ("thứ 2", {"value": 2, "ordinal": True}),
        ("ba phần tư", {"value": 0.75, "fraction": [3, 4]}),
        ("3/4", {"value": 0.75, "fraction": [3, 4]}),
        ("âm một phần ba", {"value": -0.3333333333333333, "fraction": [-1, 3]}),
        ("khoảng 1tr2", {"value": 1200000, "comparator": "~"}),
        ("hàng trăm", {"value": 100, "comparator": ">=", "vague": True}),
        ("nửa tỷ", {"value": 500000000}),
        ("một nửa", {"value": 0.5, "fraction": [1, 2]}),
        ("gần một nửa", {"value": 0.5, "comparator": "~", "fraction": [1, 2]}),
        ("tầm 50", {"value": 50, "comparator": "~"}),
        # digits after a scale are its decimals, as many places as they have
        ("5 triệu 250", {"value": 5250000}),
        ("15 nghìn 500", {"value": 15500}),
        ("2 triệu 25", {"value": 2250000}),
        # shorthand: a smaller letter after a larger one, a scale word glued, "tr" after a space
        ("2tr500k", {"value": 2500000}),
        ("1tỷ2", {"value": 1200000000}),
        ("3 tr", {"value": 3000000}),
    ],
)
def test_value_dict_of_signs_ordinals_and_fractions(text: str, value: dict) -> None:
    assert parse_number(text).to_dict() == value


@pytest.mark.parametrize(
    "text",
    [
        "thứ hai tuần sau",  # an ordinal word before more than a number
        "năm phần trăm",  # a percentage: the unit of a MEASURE
        "1/0",
        "ba rưỡi triệu",
        "2t3t",
        "12/3",  # a day of March, not four: digits with a slash are a fraction only below one
        "5 triệu 2500",  # four digits after a scale are no decimals of it
        "500k 2tr",  # a larger letter after a smaller one
        "3 k",  # a one-letter scale stands glued
        "âm",
        "- 5 người",
    ],
)
def test_spoken_rules_refuse_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # running text keeps "một" as "a", "không" as "not", "thứ hai" as an ordinal or weekday
        ("Một thanh niên nói không biết gì.", []),
        ("Vụ thứ hai xảy ra ở phường bên cạnh.", []),
        ("Tỷ số trận đấu là 2-1.", []),
        # forms of the word reader that running text reads too
        ("Công an thu giữ một nghìn lẻ năm viên ma túy.", ["một nghìn lẻ năm"]),
        ("Có ba mươi nghìn không trăm linh năm lượt xe bị kiểm tra.", ["ba mươi nghìn không trăm linh năm"]),
        ("Đối tượng chiếm đoạt 500tr đồng.", ["500tr"]),
    ],
)
def test_running_text_stays_cautious(text: str, numbers: list[str]) -> None:
    norm = normalize(text).text
    assert [norm[c.start : c.end] for c in find(norm) if c.label == "NUMBER"] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "một nghìn lẻ " * 5_000,
        "hai nghìn không trăm " * 5_000,
        "1tr2 " * 10_000,
        "triệu lẻ năm trăm " * 5_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_scan_linear_on_new_forms(text: str) -> None:
    assert_linear(find, prefix_maker(text))


@pytest.mark.parametrize(
    "text",
    ["một phần " * 5_000, "không phẩy " * 5_000, "âm " * 10_000, "thứ hai " * 5_000, "1 triệu " * 5_000],
    ids=lambda t: repr(t[:12]),
)
def test_parse_number_linear(text: str) -> None:
    assert parse_number(text) is None
    assert_linear(parse_number, prefix_maker(text))
