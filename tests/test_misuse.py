"""Bad input and misuse: a clear error, or a sane result, never a crash deep inside.

Each case is a text or an argument a caller might really pass: ``None``,
bytes, numbers, impossible datelines, empty or blank text, punctuation only,
text without diacritics, all-caps headlines, HTML remnants, mixed Vietnamese
and English, control characters, and (for the command line) files that are not
UTF-8 in the middle of a batch.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import vn_crimeie
from vn_crimeie import Document
from vn_crimeie.cli import main

from test_properties import check_document

ARTICLE = "Sáng 14/3, Thượng tá Lê Văn Bình, Phó trưởng Công an huyện bắt 3 đối tượng.\n"


# -- wrong types -----------------------------------------------------------------
@pytest.mark.parametrize("bad", [None, b"Dai ta", "Đại tá".encode("utf-8"), 42, 3.5, ["Đại tá"], {"text": "Đại tá"}])
@pytest.mark.parametrize("entry", ["extract", "make_doc", "normalize", "extract_many"])
def test_non_text_is_a_clear_type_error(bad, entry: str) -> None:
    with pytest.raises(TypeError, match=r"text must be str, not \w+"):
        if entry == "extract":
            vn_crimeie.extract(bad)
        elif entry == "make_doc":
            vn_crimeie.make_doc(vn_crimeie.load(), bad)
        elif entry == "normalize":
            vn_crimeie.normalize(bad)
        else:
            list(vn_crimeie.extract_many(["Đại tá Lê Văn A.", bad]))


def test_nlp_called_on_non_text_is_a_clear_error(nlp) -> None:
    with pytest.raises((TypeError, ValueError)):
        nlp(None)
    with pytest.raises((TypeError, ValueError)):
        nlp(b"Dai ta")


# -- datelines -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("dateline", "error", "message"),
    [
        ("2024-02-30", ValueError, r"dateline '2024-02-30' is not a valid date"),
        ("2023-02-29", ValueError, r"dateline '2023-02-29'"),
        ("2024-13-01", ValueError, r"dateline '2024-13-01'"),
        ("2024-03-13T25:00", ValueError, r"dateline '2024-03-13T25:00'"),
        ("32/3/2024", ValueError, r"dateline '32/3/2024' is not a valid date \(day is out of range for month\); accepted forms: "),
        ("13/3/24", ValueError, r"dateline '13/3/24'.*accepted forms: 2024-03-13"),
        ("hôm qua", ValueError, r"dateline 'hôm qua'"),
        ("", ValueError, r"dateline ''"),
        (20240313, TypeError, r"dateline must be a datetime, a date or a date string, not int"),
        (["2024-03-13"], TypeError, r"not list"),
    ],
)
def test_impossible_datelines_are_refused_by_name(dateline, error, message) -> None:
    with pytest.raises(error, match=message):
        vn_crimeie.extract(ARTICLE, dateline=dateline)
    # also before any work on an empty text
    with pytest.raises(error, match=message):
        vn_crimeie.extract("", dateline=dateline)


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("2024-02-29", "2024-02-29"),
        (" 2024-03-13 ", "2024-03-13"),
        ("2024-03-13T18:02:59", "2024-03-13T18:02"),
        ("2024-03-13T18:02+07:00", "2024-03-13T18:02+07:00"),
        ("2024-03-13T11:02Z", "2024-03-13T11:02Z"),
        (dt.date(2024, 3, 13), "2024-03-13"),
        (dt.datetime(2024, 3, 13, 18, 2, 30, tzinfo=dt.timezone.utc), "2024-03-13T18:02Z"),
        (dt.datetime(2024, 3, 13, 18, 2, tzinfo=dt.timezone(dt.timedelta(hours=-3, minutes=-30))), "2024-03-13T18:02-03:30"),
    ],
)
def test_valid_datelines_in_every_shape(dateline, iso: str) -> None:
    assert vn_crimeie.extract(ARTICLE, dateline=dateline).dateline == iso


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 29/2/2023, Đại tá Lê Văn A dự hội nghị.",
        "Ngày 29 tháng 2 năm 2023, Đại tá Lê Văn A dự hội nghị.",
        "Từ ngày 28 đến 30/2/2024, Đại tá Lê Văn A đi công tác.",
        "Ngày 1/2/0000, Đại tá Lê Văn A dự hội nghị.",
        "Ngày 31/12/9999, Đại tá Lê Văn A dự hội nghị.",
        "2 tháng đầu năm 0000, Đại tá Lê Văn A báo cáo.",
        "29/2/2023 Đại tá Lê Văn A 18:02 13/03/2024 họp.",
        "Ngày 29/2/2023, cùng ngày Đại tá Lê Văn A dự họp.",
        "Ngày 31/12/9999, hôm sau Đại tá Lê Văn A dự họp.",
    ],
    ids=["29-2-2023", "words-29-2-2023", "range-30-2", "year-0", "last-day-9999", "months-year-0", "context-29-2", "same-day-29-2", "next-day-9999"],
)
@pytest.mark.parametrize("dateline", [None, "2024-03-13T18:02"])
def test_impossible_dates_in_the_text(text: str, dateline) -> None:
    doc = vn_crimeie.extract(text, dateline=dateline)
    check_document(text, doc)
    assert [e.text for e in doc.by_label("RANK")] == ["Đại tá"]


@pytest.mark.parametrize("dateline", ["0001-01-01", "0001-01-01T00:00", "9999-12-31", "9999-12-31T23:59"])
def test_datelines_at_the_ends_of_the_calendar(dateline: str) -> None:
    text = "Hôm qua, tuần trước và 3 năm qua, Đại tá Lê Văn A bắt 5 đối tượng; ngày 13/3 và tháng 12 tới lại họp."
    doc = vn_crimeie.extract(text, dateline=dateline)
    check_document(text, doc)
    assert doc.dateline == dateline


# -- degenerate texts ------------------------------------------------------------
@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "\t \u00a0 \u200b\ufeff", "\u3000\u2028\u2029"])
def test_empty_and_blank_text_gives_an_empty_document(text: str) -> None:
    doc = vn_crimeie.extract(text, dateline="2024-03-13")
    assert doc.text == text and doc.entities == [] and doc.relations == []
    assert doc.dateline == "2024-03-13"


@pytest.mark.parametrize("text", ["...", "!!!???", ".,;:-–—()[]{}\"'“”«»…/\\|*&^%$#@", "- - - - -", "(((((", "»«", "。、・"])
def test_punctuation_only(text: str) -> None:
    doc = vn_crimeie.extract(text)
    check_document(text, doc)
    assert not [e for e in doc.entities if e.label in {"PERSON", "RANK", "TITLE", "ORG", "LOC"}]


@pytest.mark.parametrize(
    "text",
    [
        "Đại tá\x00Lê Văn A bắt 3 đối tượng.",
        "\x1b[1m Đại tá Lê Văn A\x1b[0m bắt 3 đối tượng.",
        "Đại tá Lê Văn A\u2028bắt 3 đối tượng.\u2029",
        "Đại tá Lê Văn A\x85bắt 3 đối tượng.",
        "Đại tá Lê Văn A\rbắt 3 đối tượng.\r",
        "Đại tá Lê Văn A 🚓 bắt 3 đối tượng 🔫.",
        "Đại tá Lê Văn A \u202ebắt\u202c 3 đối tượng.",
        "Đại tá Lê Văn A bắt 3 đối tượng 中国人 ở 서울.",
        "\u0301\u0300Đại tá Lê Văn A bắt 3 đối tượng.",
    ],
    ids=["nul", "ansi", "line-separator", "nel", "lone-cr", "emoji", "bidi", "cjk", "leading-marks"],
)
def test_control_and_foreign_characters_keep_offsets(text: str) -> None:
    doc = vn_crimeie.extract(text)
    check_document(text, doc)
    assert [e.text for e in doc.by_label("RANK")] == ["Đại tá"]


@pytest.mark.parametrize("text", ["Đại tá Lê Văn A bắt 3 đối tượng \ud800 lẻ loi.", "\udc9d", "Đại tá\udfff"])
def test_lone_surrogate_is_a_clear_value_error(text: str, nlp) -> None:
    """A lone surrogate (bytes decoded with ``surrogateescape``) is not text spaCy can hold."""
    for call in (vn_crimeie.extract, vn_crimeie.normalize, nlp, lambda t: list(vn_crimeie.extract_many([t]))):
        with pytest.raises(ValueError, match=r"lone surrogate .* at offset \d+"):
            call(text)


@pytest.mark.parametrize(
    ("text", "rank", "rank_text"),
    [
        ("Dai ta Nguyen Van A bat 3 doi tuong tai Ha Noi.", "Đại tá", "Dai ta"),
        ("Thieu tuong Vu Van B du hoi nghi.", "Thiếu tướng", "Thieu tuong"),
        ("ĐẠI TÁ NGUYỄN VĂN A: KHÔNG CÓ VÙNG CẤM", "Đại tá", "ĐẠI TÁ"),
        ("THƯỢNG TÁ LÊ THỊ HOÀ NHẬN BẰNG KHEN", "Thượng tá", "THƯỢNG TÁ"),
        ("Đại&nbsp;tá Lê Văn A<br>bắt 3 đối tượng &amp; thu 2 khẩu súng.", "Đại tá", "Đại&nbsp;tá"),
        ("<p>Trung&#32;úy Lê Văn A</p>", "Trung úy", "Trung&#32;úy"),
        ("Police said Đại tá Nguyễn Văn A arrested 3 suspects (đối tượng) on March 13.", "Đại tá", "Đại tá"),
        ("Lieutenant Colonel (Trung tá) Lê Văn A told reporters.", "Trung tá", "Trung tá"),
    ],
    ids=["no-diacritics", "no-diacritics-general", "all-caps", "all-caps-old-tone", "html", "html-numeric", "english", "english-brackets"],
)
def test_unusual_writing_still_finds_the_rank(text: str, rank: str, rank_text: str) -> None:
    doc = vn_crimeie.extract(text)
    check_document(text, doc)
    ranks = doc.by_label("RANK")
    assert [e.text for e in ranks] == [rank_text]
    assert ranks[0].value["rank"] == rank


def test_html_entities_do_not_shift_offsets() -> None:
    text = "Tin&nbsp;nhanh &amp; ảnh: Chiều 13/3, Đại tá Lê Văn A bắt 14.450&nbsp;đối tượng."
    doc = vn_crimeie.extract(text, dateline="2024-03-13")
    check_document(text, doc)
    numbers = doc.by_label("NUMBER")
    assert [(e.text, e.value["value"]) for e in numbers] == [("14.450", 14450)]


def test_very_long_word_and_line() -> None:
    text = "Đại tá Lê Văn A " + "x" * 20_000 + " bắt 3 đối tượng." + " ." * 5_000
    doc = vn_crimeie.extract(text)
    check_document(text, doc)
    assert doc.by_label("RANK")[0].text == "Đại tá"


# -- Document.from_dict misuse ---------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a JSON object"),
        ({"id": "x"}, "missing key 'text'"),
        ({"text": 5}, "'text' must be str"),
        ({"text": "Đại tá A", "entities": [{"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tư"}]}, "does not match its text"),
        ({"text": "Đại tá A", "entities": [{"id": "e1", "start": 0, "end": 6, "label": "RANKS", "text": "Đại tá"}]}, "unknown label"),
        ({"text": "Đại tá A", "entities": [{"id": "e1", "start": -1, "end": 6, "label": "RANK", "text": "Đại tá"}]}, "does not match"),
        ({"text": "Đại tá A", "entities": [{"id": "e1", "start": True, "end": 6, "label": "RANK", "text": "Đại tá"}]}, "'start' must be int"),
        ({"text": "A", "relations": [{"label": "HAS_RANK", "head": "e1", "tail": "e2"}]}, "unknown entity"),
        ({"text": "A", "dateline": 2024}, "'dateline' must be an ISO string"),
    ],
)
def test_document_from_bad_dict_names_the_problem(data, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Document.from_dict(data)


# -- the command line never stops a batch for one bad file ------------------------
@pytest.fixture()
def batch(tmp_path):
    (tmp_path / "01-tot.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "02-latin1.txt").write_bytes("Đại tá".encode("utf-8")[:-1] + b"\xe1 L\xea V\xe2n A")
    (tmp_path / "03-rong.txt").write_text("", encoding="utf-8")
    (tmp_path / "04-bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "05-cp1258.txt").write_bytes("Lê Văn C, Ông Bùi".encode("cp1258"))
    (tmp_path / "06-nul.txt").write_bytes(b"\x00\x01\x02 \xff\xfe")
    (tmp_path / "07-crlf.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    return tmp_path


def test_cli_reports_each_bad_file_and_goes_on(batch, capsys) -> None:
    code = main(["extract", "--no-progress", str(batch)])
    out, err = capsys.readouterr()
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"].rsplit("/", 1)[-1] for d in docs] == ["01-tot.txt", "03-rong.txt", "04-bom.txt", "07-crlf.txt"]
    for name in ["02-latin1.txt", "05-cp1258.txt", "06-nul.txt"]:
        assert name in err
    assert err.count("not UTF-8") == 3
    assert "3 input(s) failed" in err
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"] : e["end"]] == e["text"]
    bom = next(d for d in docs if d["id"].endswith("04-bom.txt"))
    assert bom["text"].startswith("\ufeff")  # byte for byte, the BOM stays
    assert [e["text"] for e in bom["entities"] if e["label"] == "RANK"] == ["Thượng tá"]


def test_cli_keeps_going_when_extraction_of_one_file_fails(batch, capsys, monkeypatch) -> None:
    import vn_crimeie.pipeline as pipeline

    real = pipeline.make_doc

    def flaky(nlp, text, dateline=None):
        if "\r\n" in text:
            raise RuntimeError("hỏng giữa chừng")
        return real(nlp, text, dateline)

    monkeypatch.setattr(pipeline, "make_doc", flaky)
    code = main(["extract", "--no-progress", str(batch / "07-crlf.txt"), str(batch / "01-tot.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.splitlines()) == 1 and "01-tot.txt" in out
    assert "07-crlf.txt: RuntimeError: hỏng giữa chừng" in err


@pytest.mark.parametrize("dateline", ["2024-02-30", "ngày 13/3", "2024-3-13"])
def test_cli_refuses_an_impossible_dateline(batch, capsys, dateline: str) -> None:
    assert main(["extract", "--dateline", dateline, str(batch / "01-tot.txt")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and dateline in err


def test_cli_all_good_exits_zero_and_all_bad_exits_one(batch, capsys) -> None:
    assert main(["extract", "--no-progress", str(batch / "01-tot.txt"), str(batch / "03-rong.txt")]) == 0
    assert main(["extract", "--no-progress", str(batch / "02-latin1.txt"), str(batch / "khong-co.txt")]) == 1
    out, err = capsys.readouterr()
    assert "no such file" in err and "not UTF-8" in err


def test_cli_empty_folder_is_reported(tmp_path, capsys) -> None:
    (tmp_path / "trong").mkdir()
    assert main(["extract", str(tmp_path / "trong")]) == 1
    assert "no *.txt files" in capsys.readouterr().err


# Datelines as people write them (issue: datelines as people write them)
@pytest.mark.parametrize(
    ("value", "anchor", "iso"),
    [
        ("13/03/2024", "2024-03-13T00:00", "2024-03-13"),
        ("13/03/2024 18:02", "2024-03-13T18:02", "2024-03-13T18:02"),
        ("18:02 13/03/2024", "2024-03-13T18:02", "2024-03-13T18:02"),
        ("13-3-2024", "2024-03-13T00:00", "2024-03-13"),
        ("5.11.2023, 7h05", "2023-11-05T07:05", "2023-11-05T07:05"),
        ("2024-03-13", "2024-03-13T00:00", "2024-03-13"),
        ("2024-03-13T18:02:45", "2024-03-13T18:02", "2024-03-13T18:02"),
        ("2024-03-13T18:02+07:00", "2024-03-13T18:02", "2024-03-13T18:02+07:00"),
        ("2024-03-13T11:02Z", "2024-03-13T11:02", "2024-03-13T11:02Z"),
    ],
)
def test_dateline_forms_people_write(value: str, anchor: str, iso: str) -> None:
    from vn_crimeie.datelines import parse_dateline

    parsed, text = parse_dateline(value)
    assert parsed.isoformat(timespec="minutes") == anchor and text == iso


def test_timezone_is_kept_in_the_document() -> None:
    doc = vn_crimeie.extract("Chiều 13/3, Công an tỉnh Nghệ An bắt 2 đối tượng.", dateline="2024-03-13T18:02+07:00")
    assert doc.dateline == "2024-03-13T18:02+07:00" and doc.to_dict()["dateline"] == "2024-03-13T18:02+07:00"
    assert [e.value["value"] for e in doc.by_label("DATE")] == ["2024-03-13TAF"]


def test_day_first_dateline_anchors_like_iso() -> None:
    text = "Sáng qua, Công an huyện Gio Linh bắt 1 đối tượng."
    assert vn_crimeie.extract(text, dateline="13/03/2024").to_dict()["entities"] == vn_crimeie.extract(text, dateline="2024-03-13").to_dict()["entities"]
