"""parse_date, detect_dateline, dateline validation, no-dateline values, dateparser guards, DATE in context."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from typing import Any

import dateparser
import pytest

from conftest import shared_file
from vn_crimeie.dates import DateValue, detect_dateline, parse_date
from vn_crimeie.dates import rule_words as rule_words_module
from vn_crimeie.dates import words as words_module
from vn_crimeie.lexicon import LexiconError
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import RECOGNIZERS
from vn_crimeie.recognizers.dates import PRIORITY, find
from linearity import assert_linear, prefix_maker

DATELINE = "2024-03-13T18:02"
BASE = datetime(2024, 3, 13, 18, 2)


def spans(text: str, dateline: object = None) -> list[tuple[str, dict]]:
    norm = normalize(text).text
    return [(norm[c.start : c.end], c.value) for c in find(norm, dateline)]


# --------------------------------------------------------------- time_words.yaml


def test_time_words_file() -> None:
    w = words_module.words()
    assert sorted(set(w.weekdays.values())) == [1, 2, 3, 4, 5, 6, 7]
    assert sorted(set(w.months.values())) == list(range(1, 13))
    assert {int(v) for v in w.numbers.values()} >= set(range(1, 100))
    assert {p.code for p in w.parts_of_day.values()} == {"MO", "MI", "AF", "EV", "NI"}
    for table in (w.parts_of_day, w.weekdays, w.months, w.units, w.deictic_days, w.anaphoric_days, w.relative_words):
        for key in table:
            assert key == unicodedata.normalize("NFC", key) == key.lower(), key


@pytest.mark.parametrize(
    "module, builder, patch, message",
    [
        (words_module, "words", {"parts_of_day": {"sáng": {"code": "XX"}}}, "parts_of_day"),
        (words_module, "words", {"weekdays": {"thứ hai": 9}}, "weekdays"),
        (words_module, "words", {"months": "tháng"}, "months"),
        (words_module, "words", {"units": {"năm": {"iso": "Z"}}}, "units"),
        (words_module, "words", {"relative_words": {"trước": {"offset": "một"}}}, "relative_words"),
        (words_module, "words", {"set_units": {"ngày": "daily"}}, "set_units"),
        (words_module, "words", {"quarters": {"I": 1}}, "quarters"),
        (words_module, "words", {"clock_cues": ["lúc", ""]}, "clock_cues"),
        # date_rules.yaml: its own entries, and those that must be time words
        (rule_words_module, "rule_words", {"month_words": []}, "month_words"),
        (rule_words_module, "rule_words", {"year_sides": {"đầu": "start"}}, "year_sides"),
        (rule_words_module, "rule_words", {"weekday_letter": "Th"}, "weekday_letter"),
        (rule_words_module, "rule_words", {"range_joiners": ["đến", " tới"]}, "range_joiners"),
        (rule_words_module, "rule_words", {"hour_words": ["giờ giấc"]}, "hour_words"),
        (rule_words_module, "rule_words", {"same_period_relatives": ["ngoái", "xưa"]}, "same_period_relatives"),
        (rule_words_module, "rule_words", {"trailers_before_sign": ["tới nơi"]}, "trailers_before_sign"),
    ],
)
def test_data_file_errors_name_the_entry(monkeypatch: pytest.MonkeyPatch, module: Any, builder: str, patch: dict, message: str) -> None:
    good = module.load_data(module.FILE)
    monkeypatch.setattr(module, "load_data", lambda name: {**good, **patch})
    with pytest.raises(LexiconError, match=message):
        getattr(module, builder).__wrapped__()


# ------------------------------------------------------------------ parse_date


@pytest.mark.parametrize(
    "text, type_, value",
    [
        ("18:02 13/03/2024", "TIME", "2024-03-13T18:02"),
        ("Chiều 13/3", "TIME", "2024-03-13TAF"),
        ("ngày 30/3/2021", "DATE", "2021-03-30"),
        ("3 năm", "DURATION", "P3Y"),
        ("3 năm qua", "INTERVAL", "2021/2023"),
        ("2021-2023", "INTERVAL", "2021/2023"),
        ("2 tháng đầu năm 2024", "INTERVAL", "2024-01/2024-02"),
        ("năm 2024", "DATE", "2024"),
    ],
)
def test_seed_facts(text: str, type_: str, value: str) -> None:
    assert parse_date(text, DATELINE).to_dict() == {"type": type_, "value": value}


@pytest.mark.parametrize("dateline", [BASE, date(2024, 3, 13), "2024-03-13", "2024-03-13T18:02", "2024-03-13T18:02:59+07:00"])
def test_dateline_forms(dateline: object) -> None:
    assert parse_date("hôm qua", dateline).value == "2024-03-12"
    assert parse_date("13/3", dateline).value == "2024-03-13"


@pytest.mark.parametrize("bad", ["31/03/2024 25:00", "2024-02-30", "hôm qua", 20240313, ["2024-03-13"]])
def test_bad_dateline_raises_value_error_naming_it(bad: object) -> None:
    with pytest.raises(ValueError, match=repr(bad).replace("[", r"\[").replace("]", r"\]")):
        parse_date("13/3", bad)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "2,2 nghìn", "Kế hoạch 131", "14.450", "Điều 174", "Công an tỉnh Nghệ An", "13/3 và 14/3", "hôm qua, Công an"],
)
def test_parse_date_none_when_not_one_whole_expression(text: str) -> None:
    assert parse_date(text, DATELINE) is None


@pytest.mark.parametrize(
    "text, type_, value",
    [
        ("13/3", "DATE", "XXXX-03-13"),
        ("Chiều 13/3", "TIME", "XXXX-03-13TAF"),
        ("sáng nay", "TIME", "XXXX-XX-XXTMO"),
        ("hôm qua", "DATE", "XXXX-XX-XX"),
        ("tuần trước", "DATE", "XXXX-WXX"),
        ("thứ Hai", "DATE", "XXXX-WXX-1"),
        ("năm ngoái", "DATE", "XXXX"),
        ("5 năm trước", "DATE", "XXXX"),
        ("tháng 3", "DATE", "XXXX-03"),
        ("3 năm qua", "DURATION", "P3Y"),
        ("ngày 19/4 đến nay", "INTERVAL", "XXXX-04-19/PRESENT_REF"),
        ("ngày 30/3/2021", "DATE", "2021-03-30"),
        ("2021-2023", "INTERVAL", "2021/2023"),
    ],
)
def test_without_dateline_unknowns_stay_unknown(text: str, type_: str, value: str) -> None:
    got = parse_date(text)
    assert (got.type, got.value) == (type_, value)
    assert got.start is None or "X" not in got.value


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("tháng 2/2024", datetime(2024, 2, 1), datetime(2024, 3, 1)),
        ("Chiều 13/3", datetime(2024, 3, 13, 12), datetime(2024, 3, 13, 18)),
        ("18:02 13/03/2024", datetime(2024, 3, 13, 18, 2), datetime(2024, 3, 13, 18, 3)),
        ("quý I/2024", datetime(2024, 1, 1), datetime(2024, 4, 1)),
        ("2021-2023", datetime(2021, 1, 1), datetime(2024, 1, 1)),
        ("tuần trước", datetime(2024, 3, 4), datetime(2024, 3, 11)),
        ("ngày 10 đến 19-5-1941", datetime(1941, 5, 10), datetime(1941, 5, 20)),
    ],
)
def test_start_end_are_the_half_open_period(text: str, start: datetime, end: datetime) -> None:
    got = parse_date(text, DATELINE)
    assert (got.start, got.end) == (start, end)


def test_value_object() -> None:
    got = parse_date("hằng tuần", DATELINE)
    assert got == DateValue("SET", "P1W", quant="EACH")
    assert got.to_dict() == {"type": "SET", "value": "P1W", "quant": "EACH"}
    assert parse_date("cuối tháng 8/2017").to_dict() == {"type": "DATE", "value": "2017-08", "mod": "END"}
    with pytest.raises(AttributeError):
        got.value = "P1D"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, dateline, value",
    [
        ("13/3", "2024-03-13", "2024-03-13"),  # the same day
        ("25/12", "2024-03-13", "2023-12-25"),  # nearer in the past
        ("20/3", "2024-03-13", "2024-03-20"),  # nearer in the future
        ("ngày 20/3 vừa qua", "2024-03-13", "2023-03-20"),  # "vừa qua" forces the past
        ("ngày 10/3 tới", "2024-03-13", "2025-03-10"),  # "tới" forces the future
        ("2/1", "2024-12-30", "2025-01-02"),  # across the new year
        ("30/12", "2025-01-02", "2024-12-30"),
        ("29/2", "2025-03-01", "2024-02-29"),  # only leap years have it
    ],
)
def test_yearless_dates_take_the_nearest_year(text: str, dateline: str, value: str) -> None:
    assert parse_date(text, dateline).value == value


# ------------------------------------------------------------- detect_dateline


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chủ động phòng, chống tội phạm\n\n18:02 13/03/2024\n\nChiều 13/3, Bộ Công an họp.", datetime(2024, 3, 13, 18, 2)),
        ("Thứ tư, 13/3/2024 - 18:02\nCông an tỉnh bắt 3 đối tượng.", datetime(2024, 3, 13, 18, 2)),
        ("Tin nhanh\n13/03/2024 18:02 GMT+7\nNội dung bài.", datetime(2024, 3, 13, 18, 2)),
        ("Thứ Năm, 07/11/2024, 06:30 (GMT+7)\nNội dung.", datetime(2024, 11, 7, 6, 30)),
        ("Cập nhật: 21/04/2021 10:18\nNội dung.", datetime(2021, 4, 21, 10, 18)),
        ("Tiêu đề\n02/10/2020\nNội dung.", datetime(2020, 10, 2)),
        ("# doc_id = x\n# url = https://example.vn/a.htm\n# date = 20210421\nNgày 26/4, Công an …", datetime(2021, 4, 21)),
    ],
)
def test_detect_dateline(text: str, expected: datetime) -> None:
    assert detect_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Chiều 13/3, Bộ Công an tổ chức hội nghị.",
        "Ngày 13/3/2024, Công an tỉnh Nghệ An đã khởi tố vụ án đánh bạc quy mô lớn.",
        "Tiêu đề\n31/02/2024 18:02\nNội dung.",
        "\n".join(["Dòng tin."] * 12 + ["18:02 13/03/2024"]),
        "Biển số 29A-123.45\nĐiện thoại 0912.345.678",
        "Tin pháp luật\nÔng Duy đã bỏ trốn từ ngày 22/10/2016.\nCông an đang truy nã.",
        "Tin pháp luật\nSáng 13/3/2024, Công an quận họp.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert detect_dateline(text) is None


# --------------------------------------------------------- dateparser guards

# dateparser (1.x) cannot read these police-news expressions: it returns None
# or a wrong date.  Our grammar reads them; dateparser is only used on the
# explicit stamp of detect_dateline.
DP_SETTINGS = {"RELATIVE_BASE": BASE, "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Chiều 13/3", "2024-03-13TAF"),
        ("18h02", "2024-03-13T18:02"),
        ("2 tháng đầu năm 2024", "2024-01/2024-02"),
        ("quý I/2024", "2024-Q1"),
        ("3 năm qua", "2021/2023"),
        ("2021-2023", "2021/2023"),
        ("thứ 5 tuần trước", "2024-03-07"),
        ("sáng nay", "2024-03-13TMO"),
    ],
)
def test_dateparser_returns_nothing_we_read_it(text: str, value: str) -> None:
    assert dateparser.parse(text, languages=["vi"], settings=DP_SETTINGS) is None
    assert parse_date(text, BASE).value == value


def test_dateparser_reads_a_decimal_as_a_date_we_do_not() -> None:
    assert dateparser.parse("2,2", languages=["vi"], settings=DP_SETTINGS) is not None
    assert parse_date("2,2", BASE) is None
    assert spans("Công an triệt phá trên 2,2 nghìn băng nhóm.", BASE) == []


def test_dateparser_reads_a_duration_as_a_future_date_we_read_a_duration() -> None:
    assert dateparser.parse("trong 2 tháng", languages=["vi"], settings=DP_SETTINGS) > BASE
    assert spans("Đối tượng bỏ trốn trong 2 tháng.", BASE) == [("2 tháng", {"type": "DURATION", "value": "P2M"})]


def test_dateparser_drops_the_clock_we_keep_it() -> None:
    got = dateparser.parse("18 giờ 02 phút", languages=["vi"], settings=DP_SETTINGS)
    assert got is None or (got.hour, got.minute) != (18, 2)
    assert parse_date("18 giờ 02 phút", BASE).value == "2024-03-13T18:02"


# -------------------------------------------------------------- DATE in a text


def test_registered_and_prioritised() -> None:
    assert RECOGNIZERS["dates"] == "vn_crimeie.recognizers.dates"
    cands = find("Sơ kết 3 năm thực hiện Kế hoạch 131.", BASE)
    assert [(c.label, c.priority, c.source) for c in cands] == [("DATE", PRIORITY, "dates.duration")]
    assert PRIORITY > 30


@pytest.mark.parametrize(
    "text, span",
    [
        ("Vào khoảng 10h30 ngày 5/2, tổ công tác phát hiện xe tải.", "10h30 ngày 5/2"),
        ("Kế hoạch được ban hành vào ngày 30/3/2021 của Bộ.", "ngày 30/3/2021"),
        ("Cuộc tổng khởi nghĩa từ ngày 10 đến 19-5-1941 thắng lợi.", "ngày 10 đến 19-5-1941"),
        ("Anh Ngô Văn T. (sinh năm 1977, ngụ phường Tam Bình).", "năm 1977"),
        ("Tài xế Lưu Văn C. (SN 1991, trú thị trấn) bị tạm giữ.", "SN 1991"),
        ("Bị cáo lĩnh 12 năm tù về tội giết người.", "12 năm"),
        ("Vụ việc xảy ra tại xã vào chiều cùng ngày.", "chiều cùng ngày"),
        ("Đến cuối tháng 8/2017, đối tượng bỏ trốn.", "cuối tháng 8/2017"),
        # a day in brackets after a relative day is part of it (two independent annotators of round 5 both read it so)
        ("Trước đó, vào tối hôm qua (12/3), nhóm thanh niên gây rối.", "tối hôm qua (12/3)"),
    ],
)
def test_span_conventions(text: str, span: str) -> None:
    assert spans(text, BASE)[0][0] == span


@pytest.mark.parametrize("text", ["Việt thuê nhà trọ nghỉ qua đêm rồi bỏ đi.", "Anh ta ngủ qua đêm ở trạm xăng."])
def test_qua_before_a_part_of_the_day_is_overnight_not_a_date(text: str) -> None:
    assert spans(text, BASE) == []  # "qua đêm": through the night; "đêm qua" is last night


def test_same_day_takes_the_day_of_the_sentence_or_the_topic() -> None:
    text = (
        "Ngày 20/6, Công an huyện cho biết đã làm rõ vụ việc. "
        "Trước đó, chiều 19/6 công an xã nhận tin báo. "
        "Cùng ngày, Công an huyện triệu tập các đối tượng. "
        "Trong ngày 18/6, lượng khách tăng gấp đôi so với sáng cùng ngày."
    )
    assert [v["value"] for _, v in spans(text)] == ["XXXX-06-20", "XXXX-06-19TAF", "XXXX-06-20", "XXXX-06-18", "XXXX-06-18TMO"]


def test_next_day_and_bare_times_follow_the_last_day() -> None:
    text = "Khoảng 23h ngày 22/6, đám cháy bùng phát. Đến 2 giờ sáng, lửa được dập tắt. Sáng hôm sau, cơ quan chức năng khám nghiệm.\nKhoảng 4 giờ chiều, trời mưa."
    assert [v["value"] for _, v in spans(text)] == ["XXXX-06-22T23:00", "XXXX-06-22T02:00", "XXXX-06-23TMO", "XXXX-XX-XXT16:00"]


def test_relative_words_count_from_the_dateline() -> None:
    text = "Sáng nay, Công an quận thông tin về vụ cướp xảy ra tối qua. Hôm kia, nghi phạm đã bị bắt."
    assert [v["value"] for _, v in spans(text, BASE)] == ["2024-03-13TMO", "2024-03-12TEV", "2024-03-11"]


def test_same_period_last_year() -> None:
    text = "Trong quý I/2021, số vụ lừa đảo tăng 18% so với cùng kỳ năm ngoái."
    assert [v["value"] for _, v in spans(text, "2021-04-28")] == ["2021-Q1", "2020-Q1"]


def test_nfd_input_after_normalisation() -> None:
    text = unicodedata.normalize("NFD", "Chiều 13/3, đêm qua và sáng nay")
    assert [v["value"] for _, v in spans(text, BASE)] == ["2024-03-13TAF", "2024-03-12TNI", "2024-03-13TMO"]


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        "1." * 10000,
        "12/" * 6000,
        "1-" * 10000,
        "Năm " * 5000,
        "ngày " * 5000,
        "thứ hai " * 3000,
        "3 năm " * 3000,
        "2021-" * 4000,
        "Nguyễn Văn " * 4000,
        "sáng " * 5000,
        "10h" * 6000,
    ],
    ids=lambda text: f"{text[:8]!r}x{len(text)}",
)
def test_linear_on_adversarial_input(text: str) -> None:
    assert isinstance(find(text, BASE), list)
    assert_linear(lambda t: find(t, BASE), prefix_maker(text))


# ------------------------------------------------------------------ dev check


def test_dev_set_targets() -> None:
    """DATE strict F1 >= 0.85 and value accuracy >= 0.90 on ../shared dev-gold (no dateline)."""
    path = shared_file("dev-gold.jsonl")
    tp = fp = fn = right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        norm = normalize(doc["text"])
        gold = {(e["start"], e["end"]): e["value"] for e in doc["entities"] if e["label"] == "DATE"}
        pred = {norm.to_original(c.start, c.end): c.value for c in find(norm.text, None)}
        hits = gold.keys() & pred.keys()
        tp, fp, fn = tp + len(hits), fp + len(pred.keys() - hits), fn + len(gold.keys() - hits)
        right += sum((gold[s]["type"], gold[s]["value"]) == (pred[s]["type"], pred[s]["value"]) for s in hits)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85
    assert right / tp >= 0.90


@pytest.mark.parametrize("text", ["Đến đoạn trước Quảng trường 2 Tháng 4, tổ tuần tra vượt lên.", "Xe chạy trên đường 3 Tháng 2."])
def test_a_street_or_square_named_after_a_date_is_no_date(text: str) -> None:
    assert spans(text, BASE) == []


def test_a_date_with_a_capitalised_month_word_after_ngay_stays_a_date() -> None:
    assert spans("Ngày 2 Tháng 4 năm 2017, công an bắt 2 người.", BASE)[0][0] == "Ngày 2 Tháng 4 năm 2017"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare day/month after "đến" and before "là" is a date ...
        ("Theo tính toán, đến 20/6 là tròn 45 ngày thanh tra.", [("20/6", "2024-06-20"), ("45 ngày", "P45D")]),
        # ... a ratio after "tỷ lệ" is not
        ("Tỷ lệ 1/3 là quá thấp so với kế hoạch.", []),
    ],
)
def test_bare_day_month_before_la(text: str, found: list[tuple[str, str]]) -> None:
    assert [(t, v["value"]) for t, v in spans(text, DATELINE)] == found
