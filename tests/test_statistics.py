"""Crime statistics rows: agent, action, value, comparator, measure, period, sentence."""

from __future__ import annotations

import pytest

from vn_crimeie.lexicon import load_data
from vn_crimeie.statistics import action_table, flatten, split_sentences, statistics


def _doc(text: str, *spans: tuple[str, str, dict | None]) -> dict:
    """A SCHEMA-shaped document from (label, span text, value) in text order."""
    entities, pos = [], 0
    for i, (label, piece, value) in enumerate(spans):
        start = text.index(piece, pos)
        ent = {"id": f"e{i}", "start": start, "end": start + len(piece), "label": label, "text": piece}
        if value is not None:
            ent["value"] = value
        entities.append(ent)
        pos = start + len(piece)
    return {"id": "t", "text": text, "dateline": None, "entities": entities, "relations": []}


def _rows(doc: dict) -> list[tuple]:
    flat = [flatten(r) for r in statistics(doc) if r["measure"] is not None]
    return [(r["agent"], r["action"], r["value"], r["comparator"], r["measure"], r["period"]) for r in flat]


def test_seed_article_rows(seed_gold: dict) -> None:
    doc = dict(seed_gold, sentences=split_sentences(seed_gold["text"]))
    rows = {(r["value"], r["measure"]): r for r in map(flatten, statistics(doc)) if r["measure"]}
    cshs, ma_tuy = "lực lượng Cảnh sát hình sự", "Lực lượng Cảnh sát ĐTTP về ma tuý"
    anm = "Lực lượng an ninh mạng, phòng, chống tội phạm sử dụng công nghệ cao"
    expected = {
        (2200, "băng nhóm tội phạm"): ("Công an cả nước", "triệt phá", ">"),
        (2126, "băng nhóm tội phạm"): (cshs, "làm tan rã", None),
        (14450, "đối tượng"): (cshs, "bắt", None),
        (982, "vụ"): (ma_tuy, "triệt phá", None),
        (3234, "đối tượng"): (ma_tuy, "bắt", None),
        (92, "băng nhóm"): (anm, "phát hiện", None),
        (925, "đối tượng"): (anm, "phát hiện", None),
        (84, "băng nhóm"): (anm, "triệt phá", None),
        (866, "đối tượng"): (anm, "bắt", None),
        (90, "vụ"): (anm, "khởi tố", None),
        (626, "bị can"): (anm, "khởi tố", None),
    }
    for key, (agent, action, comparator) in expected.items():
        row = rows[key]
        assert (row["agent"], row["action"], row["comparator"]) == (agent, action, comparator), key
        assert row["period"] == "Trong 3 năm (2021-2023) và 2 tháng đầu năm 2024"
        sentence = doc["text"][row["sentence_start"] : row["sentence_end"]]
        assert str(key[0]) in sentence.replace(".", "") or key[0] == 2200
    first = rows[(2200, "băng nhóm tội phạm")]
    assert doc["text"][first["sentence_start"] : first["sentence_end"]].startswith("Trong 3 năm (2021-2023)")


def test_agent_skips_an_org_after_a_preposition() -> None:
    text = "Theo Công an tỉnh Nghệ An, Phòng Cảnh sát hình sự đã bắt 12 đối tượng."
    doc = _doc(text, ("ORG", "Công an tỉnh Nghệ An", None), ("ORG", "Phòng Cảnh sát hình sự", None),
               ("NUMBER", "12", {"value": 12}), ("MEASURE", "đối tượng", None))
    assert _rows(doc) == [("Phòng Cảnh sát hình sự", "bắt", 12, None, "đối tượng", None)]


def test_agent_is_not_the_owner_after_cua() -> None:
    text = "BCĐ 131 của Bộ Công an đã xác định 9 nhóm nhiệm vụ."
    doc = _doc(text, ("ORG", "BCĐ 131", None), ("ORG", "Bộ Công an", None),
               ("NUMBER", "9", {"value": 9}), ("MEASURE", "nhóm nhiệm vụ", None))
    assert _rows(doc)[0][:2] == ("BCĐ 131", "xác định")


def test_agent_and_period_carry_to_the_next_sentence() -> None:
    text = "Năm 2023, Công an tỉnh Bình Dương triệt phá 40 băng nhóm. Đơn vị cũng thu giữ hơn 3,5 kg ma túy."
    doc = _doc(text, ("DATE", "Năm 2023", {"type": "DATE", "value": "2023"}), ("ORG", "Công an tỉnh Bình Dương", None),
               ("NUMBER", "40", {"value": 40}), ("MEASURE", "băng nhóm", None),
               ("NUMBER", "hơn 3,5", {"value": 3.5, "comparator": ">"}), ("MEASURE", "kg", None))
    assert _rows(doc) == [
        ("Công an tỉnh Bình Dương", "triệt phá", 40, None, "băng nhóm", "Năm 2023"),
        ("Công an tỉnh Bình Dương", "thu giữ", 3.5, ">", "kg", "Năm 2023"),
    ]


@pytest.mark.parametrize("newlines", ["\n\n", "\n"], ids=["blank-line", "line-break"])
def test_agent_does_not_cross_a_paragraph(newlines: str) -> None:
    text = f"Công an huyện A bắt 3 đối tượng.{newlines}Người dân phát hiện 2 bánh heroin."
    doc = _doc(text, ("ORG", "Công an huyện A", None), ("NUMBER", "3", {"value": 3}), ("MEASURE", "đối tượng", None),
               ("NUMBER", "2", {"value": 2}), ("MEASURE", "bánh heroin", None))
    assert [r[0] for r in _rows(doc)] == ["Công an huyện A", None]


def test_a_headline_agent_is_not_carried_into_the_article() -> None:
    text = "Công an tỉnh Hà Tĩnh bắt nhóm trộm xe\nT (22 tuổi, trú xã Hương Minh) xuống TP Hà Tĩnh chơi."
    doc = _doc(text, ("ORG", "Công an tỉnh Hà Tĩnh", None), ("NUMBER", "22", {"value": 22}), ("MEASURE", "tuổi", None))
    assert _rows(doc) == [(None, None, 22, None, "tuổi", None)]


def test_an_action_inside_a_crime_name_is_not_the_action() -> None:
    text = "Công an quận bắt 5 đối tượng lừa đảo chiếm đoạt tài sản, 2 đối tượng khác."
    doc = _doc(text, ("ORG", "Công an quận", None), ("NUMBER", "5", {"value": 5}), ("MEASURE", "đối tượng", None),
               ("CRIME", "lừa đảo chiếm đoạt tài sản", None), ("NUMBER", "2", {"value": 2}), ("MEASURE", "đối tượng", None))
    assert [r[1] for r in _rows(doc)] == ["bắt", "bắt"]


def test_relations_of_the_document_are_used_when_present() -> None:
    text = "Đội CSGT xử phạt 6-7 trường hợp."
    doc = _doc(text, ("ORG", "Đội CSGT", None), ("NUMBER", "6", {"value": 6}), ("NUMBER", "7", {"value": 7}),
               ("MEASURE", "trường hợp", None))
    assert [r[2] for r in _rows(doc)] == [6, 7]  # linked by quantifies()
    doc["relations"] = [{"label": "QUANTIFIES", "head": "e2", "tail": "e3"}]
    assert [r[2] for r in _rows(doc)] == [7]


def test_document_object_is_accepted() -> None:
    document = pytest.importorskip("vn_crimeie.document")
    text = "Công an thành phố khởi tố 14 bị can."
    doc = document.Document.from_dict(_doc(text, ("ORG", "Công an thành phố", None), ("NUMBER", "14", {"value": 14}),
                                           ("MEASURE", "bị can", None)))
    assert _rows(doc) == [("Công an thành phố", "khởi tố", 14, None, "bị can", None)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Công an bắt 5 đối tượng. Thu giữ 3 khẩu súng.", ["Công an bắt 5 đối tượng.", "Thu giữ 3 khẩu súng."]),
        ("Tại TP.HCM, 2 người bị bắt.\nHết", ["Tại TP.HCM, 2 người bị bắt.", "Hết"]),
        ("Thu 3.500 đồng… Sau đó bỏ trốn!", ["Thu 3.500 đồng…", "Sau đó bỏ trốn!"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, pieces: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == pieces


def test_actions_file_is_valid() -> None:
    table = action_table()
    assert table["bắt"] == "bắt" and table["đấu tranh triệt phá"] == "triệt phá" and table["thu giữ"] == "thu giữ"
    for verb in ("bắt", "triệt phá", "khởi tố", "thu giữ", "phát hiện", "xử lý", "chiếm đoạt", "bắt giữ", "tạm giữ", "xử phạt"):
        assert verb in table
    cues = load_data("statistics_cues.yaml")
    assert {"period_openers", "period_joiners", "object_prepositions"} <= set(cues)


# -- what a figure is (kind) and whether it is a statistic -----------------------
@pytest.mark.parametrize(
    ("text", "value", "kind", "statistic"),
    [
        ("Công an tỉnh đã bắt 12 đối tượng trong chuyên án.", 12, "count", True),
        ("Lực lượng biên phòng thu giữ 5 kg ma túy đá.", 5, "quantity", True),
        ("Các đối tượng đã chiếm đoạt 2 tỷ đồng của người dân.", 2_000_000_000, "money", True),
        ("Nghi phạm Trần Văn Lộc (35 tuổi) bị bắt tại nhà riêng.", 35, "age", False),
        ("Số vụ phạm pháp hình sự năm nay giảm 15% so với cùng kỳ.", 15, "percent", False),
        ("Ngôi nhà có 3 tầng nằm ở cuối hẻm.", 3, "count", False),
    ],
)
def test_kind_and_statistic_of_a_figure(text: str, value: int, kind: str, statistic: bool) -> None:
    import vn_crimeie

    rows = [r for r in vn_crimeie.extract(text, dateline="2024-05-02").statistics(all=True) if r["value"] == value]
    assert [(r["kind"], r["statistic"]) for r in rows] == [(kind, statistic)], rows


def test_a_duration_measure_is_of_kind_duration() -> None:
    from vn_crimeie.statistics_context import kind_of

    assert kind_of({"text": "năm tù"}) == "duration" and kind_of({"text": "tháng  tù giam"}) == "duration"
    assert kind_of({"text": "năm học"}) == "count" and kind_of(None) == "other"


def test_statistics_view_keeps_the_statistics_only() -> None:
    import vn_crimeie

    doc = vn_crimeie.extract("Công an huyện bắt 2 đối tượng (25 tuổi và 31 tuổi), thu giữ 300 gram ma túy.", dateline="2024-05-02")
    assert [(r["value"], r["kind"]) for r in doc.statistics()] == [(2, "count"), (300, "quantity")]
    assert sorted(r["value"] for r in doc.statistics(all=True)) == [2, 25, 31, 300]


# A newspaper, a broadcaster or a credited source reports a figure; it is never its agent.
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Báo Lao Động cho biết, lực lượng chức năng đã thu giữ 20 kg ma túy.", None),
        ("Theo Đài Truyền hình Việt Nam, Công an tỉnh Lạng Sơn đã bắt 7 đối tượng.", "Công an tỉnh Lạng Sơn"),
        ("Trên báo Dân Việt, Công an huyện Gio Linh đã bắt 3 đối tượng.", "Công an huyện Gio Linh"),
        ("Công an tỉnh Quảng Trị đã thu giữ 4 khẩu súng.", "Công an tỉnh Quảng Trị"),
    ],
)
def test_a_news_source_is_no_agent(text: str, agent: str | None) -> None:
    import vn_crimeie

    rows = vn_crimeie.extract(text, dateline="2024-05-02").statistics(all=True)
    assert [(r["agent"] or {}).get("text") for r in rows] == [agent], rows


# A birth year or a duration that does not scope the count is no period.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Công an tỉnh Vĩnh Phúc bắt 2 nghi phạm sinh năm 1991.", None),
        ("Trong 2 giờ, lực lượng chức năng kiểm tra 40 phương tiện.", "Trong 2 giờ"),
        ("Năm 2023, Công an tỉnh Bình Dương triệt phá 40 băng nhóm.", "Năm 2023"),
    ],
)
def test_birth_years_and_durations_as_periods(text: str, period: str | None) -> None:
    import vn_crimeie

    rows = vn_crimeie.extract(text, dateline="2024-05-02").statistics(all=True)
    assert [(r["period"] or {}).get("text") for r in rows] == [period], rows
