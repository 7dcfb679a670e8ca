"""Numbers: parse_number, glued units, ranges, QUANTIFIES linking, data files, linear time."""

from __future__ import annotations

import time
import unicodedata

import pytest

from vn_crimeie.candidates import Candidate
from vn_crimeie.lexicon import LexiconError, load_data
from vn_crimeie.normalize import normalize
from vn_crimeie.numbers import NumberValue, parse_number, quantifies
from vn_crimeie.numbers.grammar import digits_value
from vn_crimeie.numbers.measures import measure_lexicon
from vn_crimeie.numbers import rule_words as number_rules
from vn_crimeie.numbers.vocabulary import COMPARATORS, vocabulary
from vn_crimeie.numbers.words import WORD_RULES
from vn_crimeie.recognizers import RECOGNIZERS, get_finder
from vn_crimeie.recognizers.numbers import PRIORITY, find
from linearity import assert_linear, prefix_maker


# -- parse_number ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trên 2,2 nghìn", {"value": 2200, "comparator": ">"}),
        ("2.126", {"value": 2126}),
        ("14.450", {"value": 14450}),
        ("hơn 500 triệu", {"value": 500000000, "comparator": ">"}),
        ("hai", {"value": 2}),
        ("mười", {"value": 10}),
        ("mười lăm", {"value": 15}),
        ("hai mươi lăm", {"value": 25}),
        ("hai mươi mốt", {"value": 21}),
        ("ba mươi tư", {"value": 34}),
        ("một trăm linh năm", {"value": 105}),
        ("một trăm lẻ một", {"value": 101}),
        ("chín trăm chín mươi chín", {"value": 999}),
        ("hai nghìn không trăm", None),
        ("2 triệu rưỡi", {"value": 2500000}),
        ("một nghìn rưỡi", {"value": 1500}),
        ("1 tỷ 200 triệu", {"value": 1200000000}),
        ("5 nghìn tỷ", {"value": 5000000000000}),
        ("10 vạn", {"value": 100000}),
        ("500k", {"value": 500000}),
        ("1,200,000", {"value": 1200000}),
        ("1.234,5", {"value": 1234.5}),
        ("0,327", {"value": 0.327}),
        ("ít nhất 5", {"value": 5, "comparator": ">="}),
        ("tối thiểu 3", {"value": 3, "comparator": ">="}),
        ("dưới 16", {"value": 16, "comparator": "<"}),
        ("chưa đến 2 triệu", {"value": 2000000, "comparator": "<"}),
        ("tối đa 40", {"value": 40, "comparator": "<="}),
        ("không quá 2", {"value": 2, "comparator": "<="}),
        ("khoảng 30", {"value": 30, "comparator": "~"}),
        ("gần 1 tỉ", {"value": 1000000000, "comparator": "~"}),
        ("xấp xỉ 1,5", {"value": 1.5, "comparator": "~"}),
        ("chừng 40", {"value": 40, "comparator": "~"}),
        ("hàng trăm", {"value": 100, "comparator": ">=", "vague": True}),
        ("hàng chục nghìn", {"value": 10000, "comparator": ">=", "vague": True}),
        ("Hàng trăm triệu", {"value": 100000000, "comparator": ">=", "vague": True}),
        ("một", {"value": 1}),  # asked for exactly this word: one (in running text, the article "a")
        ("tư", None),
        ("lăm", None),
        ("hàng hóa", None),
        ("Bộ Công an", None),
        ("14.450 đối tượng", None),  # the whole text must be the number
        ("", None),
        ("0912345678", None),
        ("1.23.4", None),
    ],
)
def test_parse_number(text: str, expected: dict | None) -> None:
    got = parse_number(text)
    assert (got.to_dict() if got else None) == expected


def test_number_value_is_frozen_and_typed() -> None:
    v = parse_number("2,2 nghìn")
    assert isinstance(v, NumberValue) and isinstance(v.value, int)
    assert isinstance(parse_number("2,5").value, float)
    with pytest.raises(AttributeError):
        v.value = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("digits", "value"),
    [("7", 7), ("14.450", 14450), ("2,2", 2.2), ("1,200,000", 1200000), ("1.5", 1.5), ("007", None), ("1.23.4", None)],
)
def test_digits_value(digits: str, value: float | None) -> None:
    got = digits_value(digits)
    assert (float(got[0]) if got else None) == value


# -- the recogniser ---------------------------------------------------------------

def _spans(text: str) -> list[tuple[str, str]]:
    return [(c.label, text[c.start : c.end]) for c in sorted(find(text), key=lambda c: c.start)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("xe chạy 20km", [("NUMBER", "20"), ("MEASURE", "km")]),
        ("thu giữ 1,36gam ma túy", [("NUMBER", "1,36"), ("MEASURE", "gam")]),
        ("cháy 5.000m2 nhà kho", [("NUMBER", "5.000"), ("MEASURE", "m2")]),
        ("nồng độ cồn 0,327mg/l khí thở", [("NUMBER", "0,327"), ("MEASURE", "mg/l")]),
        ("giảm 15% số vụ", [("NUMBER", "15"), ("MEASURE", "%")]),
        ("tốc độ 66km/h.", [("NUMBER", "66"), ("MEASURE", "km/h")]),
        ("lúc 10h sáng", []),
        ("xe trên QL1A", []),
        ("biển số 30A-771.66", []),
    ],
)
def test_glued_units_are_split(text: str, spans: list[tuple[str, str]]) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    ("text", "numbers", "measure"),
    [
        ("theo sau là 6-7 đối tượng", [("6", 6), ("7", 7)], "đối tượng"),
        ("giá từ 15.000 đến 16.000 đồng", [("15.000", 15000), ("16.000", 16000)], "đồng"),
        ("giá từ 300.000 - 400.000 đồng", [("300.000", 300000), ("400.000", 400000)], "đồng"),
        ("thu 2 đến 3 tỷ đồng", [("2", 2000000000), ("3 tỷ", 3000000000)], "đồng"),
        ("có 10 tới 12 người", [("10", 10), ("12", 12)], "người"),
    ],
)
def test_ranges_are_two_numbers_linked_to_one_measure(text: str, numbers: list, measure: str) -> None:
    cands = sorted(find(text), key=lambda c: c.start)
    nums = [(text[c.start : c.end], c.value["value"]) for c in cands if c.label == "NUMBER"]
    assert nums == numbers
    pairs = quantifies(text, cands)
    assert len(pairs) == 2
    assert {text[cands[m].start : cands[m].end] for _, m in pairs} == {measure}


@pytest.mark.parametrize("text", ["từ 5 đến 7 năm tù", "khoảng 2-3 ngày", "giai đoạn 2021-2023", "hôm 16-5 vừa qua"])
def test_ranges_of_dates_are_left_alone(text: str) -> None:
    assert [c for c in find(text) if c.label == "NUMBER"] == []


def test_candidates_follow_the_recogniser_contract() -> None:
    text = normalize("Trong 3 năm, lực lượng Cảnh sát hình sự bắt 14.450 đối tượng, thu giữ hơn 3,5 kg ma tuý.").text
    cands = find(text)
    assert cands and all(isinstance(c, Candidate) for c in cands)
    assert {c.label for c in cands} == {"NUMBER", "MEASURE"}
    assert all(c.priority == PRIORITY == 15 for c in cands)
    assert [text[c.start : c.end] for c in cands] == ["14.450", "đối tượng", "hơn 3,5", "kg"]
    assert find(text) == cands  # deterministic


def test_registered_in_recognizers() -> None:
    assert RECOGNIZERS["numbers"] == "vn_crimeie.recognizers.numbers"
    assert get_finder("numbers") is find


def test_seed_article_numbers(seed_text: str, seed_gold: dict) -> None:
    norm = normalize(seed_text)
    assert norm.text == seed_text or len(norm.text) == len(seed_text)
    got = {(c.start, c.end, c.label) for c in find(norm.text)}
    gold = {(e["start"], e["end"], e["label"]) for e in seed_gold["entities"] if e["label"] in ("NUMBER", "MEASURE")}
    assert gold <= got
    assert len(got - gold) <= 1


# -- QUANTIFIES -------------------------------------------------------------------

class _E:
    def __init__(self, start: int, end: int, label: str) -> None:
        self.start, self.end, self.label = start, end, label


def _ents(text: str, *spans: tuple[str, str]) -> list[_E]:
    out, pos = [], 0
    for label, piece in spans:
        start = text.index(piece, pos)
        out.append(_E(start, start + len(piece), label))
        pos = start + len(piece)
    return out


@pytest.mark.parametrize(
    ("text", "spans", "pairs"),
    [
        ("bắt 14.450 đối tượng", [("NUMBER", "14.450"), ("MEASURE", "đối tượng")], [(0, 1)]),
        ("xe chạy 20km", [("NUMBER", "20"), ("MEASURE", "km")], [(0, 1)]),
        ("6-7 người", [("NUMBER", "6"), ("NUMBER", "7"), ("MEASURE", "người")], [(0, 2), (1, 2)]),
        ("tốc độ 66/60 km/h", [("NUMBER", "66"), ("NUMBER", "60"), ("MEASURE", "km/h")], [(0, 2), (1, 2)]),
        ("từ 15.000 đến 16.000 đồng", [("NUMBER", "15.000"), ("NUMBER", "16.000"), ("MEASURE", "đồng")], [(0, 2), (1, 2)]),
        # a measure that does not follow its number is not linked
        ("92 băng nhóm với 925 đối tượng", [("NUMBER", "92"), ("MEASURE", "băng nhóm"), ("NUMBER", "925"), ("MEASURE", "đối tượng")], [(0, 1), (2, 3)]),
        ("đối tượng 25 tuổi", [("MEASURE", "đối tượng"), ("NUMBER", "25"), ("MEASURE", "tuổi")], [(1, 2)]),
        ("bắt 5, thu giữ súng", [("NUMBER", "5"), ("MEASURE", "súng")], []),
        ("khoảng 20 ngày 5/2 đối tượng", [("NUMBER", "khoảng 20"), ("DATE", "ngày 5/2"), ("MEASURE", "đối tượng")], []),
        ("5\nngười", [("NUMBER", "5"), ("MEASURE", "người")], []),
    ],
)
def test_quantifies(text: str, spans: list, pairs: list) -> None:
    assert quantifies(text, _ents(text, *spans)) == pairs


def test_quantifies_accepts_dicts() -> None:
    text = "thu giữ 3 khẩu súng"
    ents = [{"start": 8, "end": 9, "label": "NUMBER"}, {"start": 10, "end": 19, "label": "MEASURE"}]
    assert quantifies(text, ents) == [(0, 1)]


# -- data files --------------------------------------------------------------------

def _nfc(value: object) -> bool:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value) == value
    if isinstance(value, dict):
        return all(_nfc(k) and _nfc(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_nfc(v) for v in value)
    return True


@pytest.mark.parametrize("name", ["number_words.yaml", "measures.yaml", "actions.yaml"])
def test_data_files_are_nfc(name: str) -> None:
    assert _nfc(load_data(name))


def test_number_words_are_valid() -> None:
    v = vocabulary()
    assert set(v.comparators.values()) == set(COMPARATORS)
    assert v.digits["chín"] == 9 and v.scales["tỷ"] == 10**9 and v.scales["tỉ"] == 10**9
    assert not set(v.digits) & set(v.unit_digits)
    assert ("năm",) in v.time_units and ("điều",) in v.not_after


def test_measures_are_valid() -> None:
    lex = measure_lexicon()
    assert {"kg", "%", "đồng", "USD", "km", "m2"} <= set(lex["units"])
    assert {"đối tượng", "bị can", "vụ", "băng nhóm tội phạm", "tuổi"} <= set(lex["nouns"])
    scales = set(vocabulary().scales)
    for section in lex.values():
        assert not scales & {w.lower() for w in section}, "scale words belong to the NUMBER"


def test_vocabulary_rejects_a_bad_comparator(monkeypatch: pytest.MonkeyPatch) -> None:
    import vn_crimeie.numbers.vocabulary as vocab

    data = dict(load_data("number_words.yaml"))
    data["comparators"] = {"trên": "more"}
    monkeypatch.setattr(vocab, "load_data", lambda name: data)
    vocab.vocabulary.cache_clear()
    try:
        with pytest.raises(LexiconError, match="trên"):
            vocab.vocabulary()
    finally:
        monkeypatch.undo()
        vocab.vocabulary.cache_clear()


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"range_openers": ["từ khi"]}, "range_openers"),
        ({"list_signs": [",", "và"]}, "list_signs"),
        ({"list_words": []}, "list_words"),
    ],
)
def test_number_rules_file_errors_name_the_entry(monkeypatch: pytest.MonkeyPatch, patch: dict, message: str) -> None:
    good = number_rules.load_data(number_rules.FILE)
    monkeypatch.setattr(number_rules, "load_data", lambda name: {**good, **patch})
    with pytest.raises(LexiconError, match=message):
        number_rules.rule_words.__wrapped__()


# -- the word rules -------------------------------------------------------------

WORD_RULE_CASES = [
    ("digit", "hai mươi mốt", 21),
    ("unit_digit", "ba mươi lăm", 35),
    ("ten", "mười hai", 12),
    ("tens", "bốn mươi", 40),
    ("hundred", "năm trăm", 500),
    ("zero_tens", "một trăm linh năm", 105),
    ("scale", "ba nghìn", 3000),
    ("half", "hai triệu rưỡi", 2500000),
    ("zero", "hai mươi mốt nghìn không trăm mười một", 21011),
]


@pytest.mark.parametrize(("rule", "text", "value"), WORD_RULE_CASES)
def test_each_word_rule_reads_its_form(rule: str, text: str, value: int) -> None:
    assert parse_number(text).value == value


def test_every_word_rule_has_a_case() -> None:
    assert [name for name, _, _ in WORD_RULES] == [rule for rule, _, _ in WORD_RULE_CASES]


@pytest.mark.parametrize("text", ["hai mươi mươi", "một trăm linh", "linh năm", "mươi hai", "rưỡi", "ba rưỡi"])
def test_word_rules_refuse_what_does_not_count(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Nạn nhân khoảng từ 30-35 tuổi.", ["khoảng từ 30", "35"]),  # "từ" after an approximator opens a range
        ("Nạn nhân khoảng từ 30 tuổi.", ["30"]),  # without a range the number stands alone
        ("Có 2 phụ nữ và 1 cháu nhỏ bị thương.", ["2", "1"]),  # "và" between two counts of a list
        ("Có 2 phụ nữ, 1 cháu nhỏ bị thương.", ["2", "1"]),  # items in digits after a comma count, whatever their nouns
        ("Có hai phụ nữ, một cháu nhỏ bị thương.", ["hai"]),  # in words, another noun after a comma: "một" is "a"
        ("Thu giữ 2 xe máy, 1 xe đạp.", ["2", "1"]),  # a comma between two counts of one noun
    ],
)
def test_words_of_number_rules_yaml(text: str, numbers: list[str]) -> None:
    norm = normalize(text).text
    assert [norm[c.start : c.end] for c in find(norm) if c.label == "NUMBER"] == numbers


# -- linear time on adversarial input --------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "1" * (100_000 // 2),
        "1." * (50_000 // 2),
        "1," * (50_000 // 2),
        "1.000 " * (20_000 // 2),
        "Hai Ba Bốn " * (10_000 // 2),
        "hai mươi " * (20_000 // 2),
        "hàng trăm " * (20_000 // 2),
        "hơn khoảng " * (20_000 // 2),
        "Đại Tướng Công An " * (10_000 // 2),
        "6-7-8-9-" * (20_000 // 2),
        "1km" * (30_000 // 2),
        "1 người, " * (20_000 // 2),
        "một vụ và " * (20_000 // 2),
        "khoảng hơn gần " * (20_000 // 2),
        "66/60 " * (20_000 // 2),
        "1/2/3/4/" * (20_000 // 2),
    ],
    ids=lambda t: repr(t[:12]),
)
def test_linear_on_adversarial_input(text: str) -> None:
    assert isinstance(find(text), list)
    assert_linear(find, prefix_maker(text))


def _numbers(text: str) -> list[tuple[str, float]]:
    """(text, value) of the NUMBER candidates of ``text``, normalised."""
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.value["value"]) for c in find(norm) if c.label == "NUMBER"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Trong số 80 người sống tại đây, 12 người làm nghề chài lưới.", [("80", 80), ("12", 12)]),
        ("Trường có 45 em đỗ trên tổng số 60 thí sinh.", [("45", 45), ("60", 60)]),
        ("Tổng số 36 hộ gia đình đã nhận gạo.", [("36", 36)]),
        ("Gia đình sống tại nhà số 80 trong ngõ nhỏ.", []),
        ("Phòng số 12 của khách sạn có 4 khách.", [("4", 4)]),
    ],
)
def test_trong_so_opens_a_count_where_so_alone_is_a_code(text: str, numbers: list[tuple[str, int]]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a sum grouped by thousands after a name is counted money, not the number of the name
        ("Mỗi ngày Quyền trả góp cho Minh 100.000 đồng.", [("100.000", 100000)]),
        ("Thiệt hại tại Cà Mau 155.890 ha, Kiên Giang 13.800 ha.", [("155.890", 155890), ("13.800", 13800)]),
        # a small number after a name stays the name's (a team, a hotline)
        ("Đội Urenco 2 đã dọn rác cả đêm.", []),
        ("Người dân gọi Cảnh sát 113 để báo tin.", []),
    ],
)
def test_a_thousands_sum_after_a_name_is_counted(text: str, numbers: list[tuple[str, int]]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # "một" counts when the clause says what befell the one counted ...
        ("Trong vụ nổ, một người dân bị thương và một người khác thiệt mạng.", [("một", 1), ("một", 1)]),
        ("Một người đã tử vong tại chỗ.", [("Một", 1)]),
        # ... of a noun that statistics count in ("thành viên một gia đình khác bị thương": of a family)
        ("Bốn thành viên một gia đình khác bị thương nhẹ.", [("Bốn", 4)]),
        # ... and stays "a" otherwise, or when what follows befalls someone else
        ("Anh gặp một người bạn rồi bị bắt ngay sau đó.", []),
        ("Một người đàn ông lạ mặt đi vào quán.", []),
    ],
)
def test_mot_counts_when_the_clause_says_what_befell_it(text: str, numbers: list[tuple[str, int]]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "measure"),
    [('Đoàn điều tra đã xác minh 16 "sự cố" trong tháng.', "sự cố"), ("Có 132 “ca tử vong” được ghi nhận.", "ca tử vong")],
)
def test_a_measure_in_quotes_after_its_number(text: str, measure: str) -> None:
    norm = normalize(text).text
    assert [norm[c.start : c.end] for c in find(norm) if c.label == "MEASURE"] == [measure]
