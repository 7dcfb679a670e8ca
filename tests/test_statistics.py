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


# -- rows with offsets (SCHEMA, Views) ------------------------------------------------
def _extract_rows(text: str) -> list[dict]:
    import vn_crimeie

    return vn_crimeie.extract(text, dateline="2024-05-02").statistics(all=True)


def test_a_row_carries_the_offsets_and_ids_of_its_parts() -> None:
    import vn_crimeie

    text = "Năm 2023, Công an tỉnh Quảng Bình đã bắt 17 đối tượng."
    doc = vn_crimeie.extract(text, dateline="2024-05-02")
    row = doc.statistics()[0]
    ids = {e.id: e for e in doc.entities}
    for part in ("number", "measure", "agent", "period"):
        ref = row[part]
        assert text[ref["start"] : ref["end"]] == ref["text"], part
        assert ids[ref["id"]].start == ref["start"] or part == "period"
    assert (row["number"]["text"], row["measure"]["text"], row["agent"]["text"], row["period"]["text"]) == (
        "17", "đối tượng", "Công an tỉnh Quảng Bình", "Năm 2023")
    assert text[row["action"]["start"] : row["action"]["end"]] == "bắt" and row["action"]["canonical"] == "bắt"
    assert text[row["sentence"]["start"] : row["sentence"]["end"]] == text


@pytest.mark.parametrize(
    ("text", "value", "action", "agent"),
    [
        # a passive or an outcome after the figure is its action; nobody is its agent
        ("Công an huyện Yên Thành cho biết 4 đối tượng đã bị bắt giữ.", 4, "bắt", None),
        ("Vụ va chạm giữa xe tải và xe khách khiến 3 người tử vong.", 3, "tử vong", None),
        ("Trận lũ quét làm 2 người mất tích tại xã Mường Lống.", 2, "mất tích", None),
        # an active verb with its subject keeps the agent
        ("Công an tỉnh Điện Biên thu giữ 6 bánh heroin.", 6, "thu giữ", "Công an tỉnh Điện Biên"),
        # "bị" before the verb: the figure undergoes it, the ORG before is no agent
        ("Tại Công an huyện Mường Nhé, 5 xe máy bị tạm giữ.", 5, "thu giữ", None),
    ],
)
def test_passives_and_outcomes_have_no_agent(text: str, value: int, action: str, agent: str | None) -> None:
    row = next(r for r in _extract_rows(text) if r["value"] == value)
    assert (row["action"] or {}).get("canonical") == action and (row["agent"] or {}).get("text") == agent, row
    assert row["statistic"] is True


@pytest.mark.parametrize(
    ("text", "term", "value", "unit"),
    [
        ("Tòa án tuyên phạt bị cáo Lê Văn Tùng 12 năm tù về tội giết người.", "12 năm", 12, "year"),
        ("Bị cáo Hà Thị Mơ lĩnh 18 tháng tù treo.", "18 tháng", 18, "month"),
        ("Ngoài hình phạt chính, bị cáo Trần Văn Lực còn bị cấm hành nghề y trong 3 năm.", "3 năm", 3, "year"),
        ("Đào Văn Khánh bị tước giấy phép lái xe 22 tháng.", "22 tháng", 22, "month"),
        ("Sau khi mãn hạn tù, Kim Tae Ho còn phải đeo thiết bị giám sát điện tử trong vòng 7 năm.", "7 năm", 7, "year"),
    ],
)
def test_a_prison_term_is_a_statistic_of_kind_duration(text: str, term: str, value: int, unit: str) -> None:
    rows = [r for r in _extract_rows(text) if r["kind"] == "duration"]
    assert [(r["number"]["text"], r["value"], r["unit"], r["statistic"]) for r in rows] == [(term, value, unit, True)]


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("Nam thanh niên bị bắt và có thể phải đối mặt với mức án 3 năm tù.", False),  # a term only possible
        ("Người đàn ông đang phải đối mặt với án tù 5 năm sau khi đào mộ.", False),
        ("Ông ta đối mặt với việc bị bắt giữ vì trốn thi hành bản án 2 năm tù.", True),  # the arrest is possible, the term passed
    ],
)
def test_a_prison_term_only_possible_is_no_statistic(text: str, statistic: bool) -> None:
    assert [r["statistic"] for r in _extract_rows(text) if r["kind"] == "duration"] == [statistic]


def test_a_duration_that_is_no_prison_term_makes_no_row() -> None:
    assert [r for r in _extract_rows("Sau 3 năm, Công an huyện bắt được đối tượng.") if r["kind"] == "duration"] == []


def test_probation_after_a_suspended_sentence_is_a_second_term() -> None:
    rows = _extract_rows("HĐXX tuyên phạt bị cáo Lý Thị Nga 2 năm tù treo, thời gian thử thách là 4 năm.")
    assert [(r["number"]["text"], r["statistic"]) for r in rows if r["kind"] == "duration"] == [("2 năm", True), ("4 năm", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Phạm Văn Sơn làm nghề thợ mộc 20 năm nay.",
        "Chương trình thử nghiệm kéo dài trong 6 tháng.",
        "Cấm đường trong 2 giờ để sửa cầu, sau đó xe lưu thông bình thường.",
    ],
)
def test_a_duration_without_a_penalty_before_it_is_no_term(text: str) -> None:
    assert [r for r in _extract_rows(text) if r["kind"] == "duration"] == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Đến nay, Ấn Độ có hơn 16,6 triệu ca mắc Covid-19, trong đó 189.544 ca tử vong.", "ca mắc"),
        ("Tỉnh ghi nhận thêm 12 ca nhiễm mới trong ngày.", "ca nhiễm mới"),
    ],
)
def test_disease_cases_are_counted(text: str, measure: str) -> None:
    row = _extract_rows(text)[0]
    assert (row["kind"], row["measure"]["text"]) == ("count", measure)


@pytest.mark.parametrize(
    ("text", "value", "statistic"),
    [
        # what it counts makes it a statistic without an action verb
        ("Đến nay đã có 466 nạn nhân nộp đơn.", 466, True),
        ("Từ đầu năm, trên địa bàn xảy ra 28 vụ trộm cắp điện.", 28, True),
        # a sentence about a crime or an accident: its counted figures are statistics
        ("Đám cháy thiêu rụi 2 căn nhà cùng nhiều tài sản.", 2, True),
        # background figures: followers, views, storeys, a company's customers
        ("Kênh của nhóm có 6,6 triệu lượt theo dõi.", 6_600_000, False),
        ("Điện lực tỉnh đang quản lý hơn 276.000 khách hàng.", 276_000, False),
        ("Căn nhà 4 tầng nằm trên đường Lê Lợi.", 4, False),
        # a length or a speed is no seized good, even after an action verb
        ("Radar của tàu phát hiện mục tiêu ở cự ly 450 km.", 450, False),
        ("Ông Tuấn có 3 người con đều đã đi làm.", 3, False),
    ],
)
def test_which_counted_figures_are_statistics(text: str, value: float, statistic: bool) -> None:
    rows = [r for r in _extract_rows(text) if r["value"] == value]
    assert [r["statistic"] for r in rows] == [statistic], rows


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a fronted date governs its paragraph ...
        ("Năm 2023, Công an tỉnh bắt 40 đối tượng. Đơn vị cũng thu giữ 3 kg ma túy.", ["Năm 2023", "Năm 2023"]),
        # ... and a following paragraph that continues the report (Riêng, Tổng cộng, the next item)
        ("Năm 2023, Công an tỉnh bắt 40 đối tượng.\nRiêng lực lượng CSGT xử phạt 900 trường hợp.\n"
         "Lực lượng CSHS triệt phá 12 băng nhóm.", ["Năm 2023", "Năm 2023", "Năm 2023"]),
        # ... but not a paragraph that starts a new event
        ("Năm 2023, Công an tỉnh bắt 40 đối tượng.\nKhi thấy công an, các đối tượng bỏ lại 3 xe máy.", ["Năm 2023", None]),
    ],
)
def test_a_period_governs_its_paragraph_and_continuing_paragraphs(text: str, periods: list[str | None]) -> None:
    rows = [r for r in _extract_rows(text) if r["statistic"]]
    assert [(r["period"] or {}).get("text") for r in rows] == periods, rows


def test_flatten_gives_flat_columns() -> None:
    row = _extract_rows("Công an quận Hoàn Kiếm bắt 2 đối tượng.")[0]
    flat = flatten(row)
    assert {k: flat[k] for k in ("number", "value", "measure", "action", "agent", "kind", "statistic")} == {
        "number": "2", "value": 2, "measure": "đối tượng", "action": "bắt", "agent": "Công an quận Hoàn Kiếm",
        "kind": "count", "statistic": True}
    assert all(not isinstance(v, dict) for v in flat.values())


def test_a_ratio_or_a_size_is_no_count() -> None:
    rows = _extract_rows("Nếu bị kết tội, mức phạt sẽ gấp 4 lần mức phạt trước đây.")
    assert [(r["value"], r["kind"], r["statistic"]) for r in rows if r["value"] == 4] == [(4, "other", False)]
    rows = _extract_rows("Người dân phát hiện thi thể cách đường khoảng 10 m.")
    assert [r["statistic"] for r in rows if r["value"] == 10] == [False]


def test_a_clause_that_speaks_of_now_takes_no_carried_period() -> None:
    text = "Tháng 1/2021, đoàn chuyên gia đến Vũ Hán. Dịch bệnh hiện đã khiến 2,6 triệu người tử vong."
    row = next(r for r in _extract_rows(text) if r["value"] == 2_600_000)
    assert row["period"] is None and row["statistic"] is True


def test_a_scoping_duration_after_the_figure_is_its_period() -> None:
    row = next(r for r in _extract_rows("Tại bệnh viện, 25 bệnh nhân đã tử vong trong vòng 24 giờ.") if r["value"] == 25)
    assert (row["period"] or {}).get("text") == "trong vòng 24 giờ" and row["action"]["canonical"] == "tử vong"


def test_an_action_of_an_earlier_clause_is_not_the_figures() -> None:
    text = "Công an điều tra truy vết; đồng thời đưa 9 người đi cách ly tập trung."
    row = next(r for r in _extract_rows(text) if r["value"] == 9)
    assert row["action"] is None


@pytest.mark.parametrize(
    ("text", "value", "statistic"),
    [
        ("Bệnh viện huy động 30 y bác sĩ để tiêm vắc xin cho hơn 200 cán bộ, nhân viên y tế.", 200, False),
        ("Trung tâm có khả năng tiếp nhận 4.000 người cách ly.", 4000, False),
        ("Người vi phạm có thể bị phạt tới 40 triệu đồng.", 40_000_000, False),
        ("Công an huyện đã vào cuộc để bắt 5 đối tượng trộm cắp.", 5, True),
        ("Thấy lực lượng chức năng, các đối tượng bỏ chạy, để lại 3 xe máy chở hàng lậu.", 3, True),
    ],
)
def test_purpose_clauses_and_possibilities_are_no_deeds(text: str, value: float, statistic: bool) -> None:
    rows = {r["value"]: r for r in _extract_rows(text)}
    assert rows[value]["statistic"] is statistic


def test_a_crime_word_in_another_clause_does_not_make_a_statistic() -> None:
    text = "Tỉnh duy trì 200 tổ tuần tra trên tuyến biên giới; nhiều đối tượng nhập cảnh trái phép bị phát hiện."
    assert {r["value"]: r["statistic"] for r in _extract_rows(text)}[200] is False


def test_a_crime_word_in_a_purpose_clause_after_the_figure_makes_no_statistic() -> None:
    text = "Huyện duy trì 35 tổ tuần tra trên tuyến biên giới nhằm ngăn chặn xuất nhập cảnh trái phép."
    assert {r["value"]: r["statistic"] for r in _extract_rows(text)}[35] is False


@pytest.mark.parametrize(
    ("text", "value", "agent"),
    [
        ("Trong tháng 3, Lò Văn Khải đã 4 lần đột nhập vào kho hàng của công ty.", 4, "Lò Văn Khải"),
        ("Hà Thị Nguyệt chiếm đoạt 300 triệu đồng của các bị hại.", 300_000_000, "Hà Thị Nguyệt"),
        ("Đại tá Lê Văn Tâm cho biết đã bắt 12 đối tượng.", 12, None),
        ("Vào năm 2018, Phùng Thị Ngân bị xử phạt 130 triệu đồng.", 130_000_000, None),
        ("Tòa tuyên phạt Mạc Văn Khoa 16 năm tù về tội giết người.", 16, None),
        ("Nguyễn Văn Tuấn (nhân viên Công ty Hòa Phát) lấy trộm 20 cuộn dây điện.", 20, "Nguyễn Văn Tuấn"),
    ],
)
def test_a_person_who_does_the_deed_is_its_agent(text: str, value: float, agent: str | None) -> None:
    row = {r["value"]: r for r in _extract_rows(text)}[value]
    assert (row["agent"] or {}).get("text") == agent


@pytest.mark.parametrize(
    ("text", "value", "statistic"),
    [
        ("Đường dây môi giới mại dâm với giá 2.500 USD cho mỗi lần mua bán dâm.", 2500, False),
        ("Các đối tượng bán ma túy với giá 500.000 đồng mỗi tép.", 500_000, False),
        ("Công an thu giữ 2.500 USD tiền mặt của đường dây mại dâm.", 2500, True),
    ],
)
def test_a_price_or_a_rate_is_no_total(text: str, value: float, statistic: bool) -> None:
    assert {r["value"]: r["statistic"] for r in _extract_rows(text)}[value] is statistic


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Trao đổi với báo chí sáng 4/7, ông Lê Bình cho biết sự cố hồi cuối tháng 5 khiến 18 người bị tai biến.", 18, "cuối tháng 5"),
        ("Hà Văn Hải (SN 1993) cùng 2 đối tượng khác bị bắt.", 2, None),
        ("Sau 2 ngày xét xử, TAND huyện Nhơn Trạch tuyên phạt 5 bị cáo.", 5, None),
        ("Trong 2 ngày, Công an huyện Nhơn Trạch bắt 5 đối tượng.", 5, "Trong 2 ngày"),
    ],
)
def test_the_period_written_in_the_figures_clause(text: str, value: float, period: str | None) -> None:
    row = {r["value"]: r for r in _extract_rows(text)}[value]
    assert (row["period"] or {}).get("text") == period


@pytest.mark.parametrize(
    ("text", "value", "statistic"),
    [
        ("Từ đầu mùa dịch, tỉnh đã cách ly y tế tập trung cho hơn 1.000 trường hợp.", 1000, False),
        ("Qua kiểm tra, Đội CSGT phát hiện 56 trường hợp vi phạm nồng độ cồn.", 56, True),
    ],
)
def test_cases_count_only_with_a_deed_or_a_crime(text: str, value: float, statistic: bool) -> None:
    assert {r["value"]: r["statistic"] for r in _extract_rows(text)}[value] is statistic


@pytest.mark.parametrize(
    ("second", "agent"),
    [
        ("Cơ quan chức năng đã khởi tố 5 vụ án.", None),  # a subject of its own that is no entity
        ("Trong quá trình điều tra, cơ quan công an thu hồi 7 xe máy.", None),  # after a fronted phrase
        ("Tại thời điểm bắt giữ, lực lượng công an thu được 7 xe máy.", None),  # generic police, no unit named
        ("Đơn vị cũng thu hồi 7 xe máy.", "Công an huyện Yên Lạc"),  # "đơn vị" takes the subject up again
        ("Qua đó, thu hồi 7 xe máy.", "Công an huyện Yên Lạc"),  # no subject: the sentence continues
    ],
)
def test_a_clause_with_its_own_subject_carries_no_earlier_agent(second: str, agent: str | None) -> None:
    text = "Công an huyện Yên Lạc bắt 3 đối tượng. " + second
    figure = "5" if "5" in second else "7"
    measure = "vụ án" if figure == "5" else "xe máy"
    doc = _doc(text, ("ORG", "Công an huyện Yên Lạc", None), ("NUMBER", "3", {"value": 3}), ("MEASURE", "đối tượng", None),
               ("NUMBER", figure, {"value": int(figure)}), ("MEASURE", measure, None))
    assert _rows(doc)[1][0] == agent


def test_items_of_a_list_after_its_verb_keep_the_verb_and_agent() -> None:
    text = "Lực lượng chức năng thu giữ 0,5 kg thuốc phiện; 3 gam cần sa; 146 gam heroin."
    doc = _doc(text, ("ORG", "Lực lượng chức năng", None), ("NUMBER", "0,5", {"value": 0.5}), ("MEASURE", "kg", None),
               ("NUMBER", "3", {"value": 3}), ("MEASURE", "gam", None), ("NUMBER", "146", {"value": 146}), ("MEASURE", "gam", None))
    assert [(r[0], r[1]) for r in _rows(doc)] == [("Lực lượng chức năng", "thu giữ")] * 3


def test_a_list_after_a_semicolon_that_opens_with_a_verb_is_a_clause_of_its_own() -> None:
    text = "Công an huyện A bắt 3 đối tượng; người dân cho biết có 5 xe máy."
    doc = _doc(text, ("ORG", "Công an huyện A", None), ("NUMBER", "3", {"value": 3}), ("MEASURE", "đối tượng", None),
               ("NUMBER", "5", {"value": 5}), ("MEASURE", "xe máy", None))
    assert _rows(doc)[1][1] is None  # "bắt" does not reach over the semicolon


def test_a_bracketed_birth_year_is_no_period() -> None:
    text = "Công an tạm giữ hai đối tượng là Nguyễn Văn Hồng (sinh năm 1966) và Lê Văn Tuấn."
    doc = _doc(text, ("NUMBER", "hai", {"value": 2}), ("MEASURE", "đối tượng", None),
               ("PERSON", "Nguyễn Văn Hồng", None), ("DATE", "năm 1966", {"type": "DATE", "value": "1966"}))
    assert _rows(doc)[0][5] is None


def test_seats_of_a_vehicle_are_no_statistic() -> None:
    text = "Vụ cháy làm hư hỏng một chiếc xe ô tô 4 chỗ."
    doc = _doc(text, ("NUMBER", "4", {"value": 4}), ("MEASURE", "chỗ", None))
    assert [r["statistic"] for r in statistics(doc)] == [False]


@pytest.mark.parametrize(
    ("text", "figure", "measure", "statistic"),
    [
        # "đối tượng" speaks of suspects, but not in "các đối tượng ưu tiên" of a vaccination
        ("Sở Y tế sẽ tiêm 800 liều vắc xin cho các đối tượng ưu tiên.", "800", "liều vắc xin", False),
        ("Thấy lực lượng chức năng, các đối tượng bỏ chạy, bỏ lại 3 chiếc thuyền.", "3", "chiếc thuyền", True),
    ],
)
def test_a_domain_word_inside_a_phrase_of_another_field_makes_no_statistic(text: str, figure: str, measure: str, statistic: bool) -> None:
    doc = _doc(text, ("NUMBER", figure, {"value": int(figure)}), ("MEASURE", measure, None))
    assert [r["statistic"] for r in statistics(doc)] == [statistic]


@pytest.mark.parametrize(
    ("second", "period"),
    [
        ("Các vụ tấn công gần đây làm 35 người thiệt mạng.", None),  # a time of its own: "gần đây"
        ("Sau khi bị bắt, đối tượng đã 2 lần bỏ trốn.", None),
        ("Các vụ tấn công làm 35 người thiệt mạng.", "Sáng 19/6"),  # nothing of its own: the period goes on
    ],
)
def test_a_clause_with_a_time_of_its_own_takes_no_carried_period(second: str, period: str | None) -> None:
    text = "Sáng 19/6, Thủ tướng phát biểu. " + second
    figure = "35" if "35" in second else "2"
    measure = "người" if figure == "35" else "lần"
    doc = _doc(text, ("DATE", "Sáng 19/6", {"type": "TIME", "value": "XXXX-06-19TMO"}),
               ("NUMBER", figure, {"value": int(figure)}), ("MEASURE", measure, None))
    assert [r["period"]["text"] if r["period"] else None for r in statistics(doc)] == [period]


@pytest.mark.parametrize(
    ("second", "period"),
    [
        ("HĐXX tuyên phạt Sơn 18 năm tù.", None),  # the date of the crime is no period of the sentence
        ("Sơn bị tuyên phạt 18 năm tù.", "Ngày 2/6"),  # the date of the trial is
    ],
)
def test_a_prison_term_takes_a_carried_period_only_from_the_trial(second: str, period: str | None) -> None:
    first = "Sáng 3/5, Sơn đâm chết anh A. " if period is None else "Ngày 2/6, TAND tỉnh mở phiên tòa xét xử Sơn. "
    text = first + second
    date = "Sáng 3/5" if period is None else "Ngày 2/6"
    doc = _doc(text, ("DATE", date, {"type": "DATE", "value": "XXXX-05-03"}),
               ("DATE", "18 năm", {"type": "DURATION", "value": "P18Y"}))
    rows = [r for r in statistics(doc) if r["kind"] == "duration"]
    assert [r["period"]["text"] if r["period"] else None for r in rows] == [period]


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        # "đối tượng" alone counts anyone a sentence speaks of: a statistic only when the sentence speaks of a crime
        ("Hai đối tượng thuê một căn phòng trọ chật hẹp để tiết kiệm chi phí.", False),
        ("Lực lượng chức năng đưa 9 đối tượng đi cách ly tập trung theo quy định.", False),
        ("Liên quan đến vụ án trên, ngoài Nguyễn Văn Cường còn 2 đối tượng khác liên quan.", True),
        ("Trong đường dây ma túy này có 2 đối tượng người nước ngoài.", True),
    ],
)
def test_a_count_of_doi_tuong_is_a_statistic_only_in_a_sentence_of_a_crime(text: str, statistic: bool) -> None:
    figure = next(w for w in ("Hai", "9", "2") if f"{w} đối tượng" in text)
    doc = _doc(text, ("NUMBER", figure, {"value": 2}), ("MEASURE", "đối tượng", None))
    assert [r["statistic"] for r in statistics(doc)] == [statistic]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Chất độc khiến 18 người Hòa Bình bị tai biến.", "bị tai biến"),  # where they come from, then the outcome
        ("Ngày 3/4, 9 người Trung Quốc đã bị bắt giữ.", "bắt"),  # the canonical action
        ("Tất cả 5 người được hưởng án treo.", "tuyên phạt"),
        ("Đạo chích lấy được số trang sức trị giá khoảng 100 triệu đồng.", "chiếm đoạt"),
        ("Có 3 người Hà Nội đến thăm.", None),  # no outcome after the origin
    ],
)
def test_an_outcome_after_the_origin_of_the_counted_and_taking_verbs(text: str, action: str | None) -> None:
    figure, measure = next((f, m) for f, m in (("18", "người"), ("9", "người"), ("5", "người"), ("100 triệu", "đồng"), ("3", "người")) if f"{f} {m}" in text)
    doc = _doc(text, ("NUMBER", figure, {"value": 1}), ("MEASURE", measure, None))
    assert [flatten(r)["action"] for r in statistics(doc)] == [action]


def test_an_action_word_after_theo_is_the_source_of_a_figure() -> None:
    text = "Theo điều tra, trong 12 triệu người mắc tăng huyết áp có 7 triệu người không biết."
    doc = _doc(text, ("NUMBER", "12 triệu", {"value": 12000000}), ("MEASURE", "người", None))
    assert [(r["action"], r["statistic"]) for r in statistics(doc)] == [(None, False)]


@pytest.mark.parametrize(
    ("text", "figure", "action"),
    [
        ("Các đối tượng thu lợi bất chính hơn 2 tỷ đồng.", "2 tỷ", "thu lợi bất chính"),  # not "thu" (seized)
        ("Nhóm này đã trục lợi 500 triệu đồng.", "500 triệu", "thu lợi bất chính"),
        ("Công an thu 3 khẩu súng.", "3", "thu giữ"),
    ],
)
def test_illicit_gains_are_no_seizure(text: str, figure: str, action: str) -> None:
    measure = "khẩu súng" if figure == "3" else "đồng"
    doc = _doc(text, ("NUMBER", figure, {"value": 1}), ("MEASURE", measure, None))
    rows = statistics(doc)
    assert [(flatten(r)["action"], r["statistic"]) for r in rows] == [(action, True)]


@pytest.mark.parametrize(
    ("text", "value", "agent"),
    [
        # a generic subject opens the sentence: its coordinated verbs take no agent carried from before
        ("Công an tỉnh Long An mở đợt truy quét. Lực lượng công an đã phát hiện 52 vụ, bắt 87 đối tượng.", 87, None),
        ("Công an tỉnh Long An mở đợt truy quét. Lực lượng công an đã phát hiện 52 vụ, bắt 87 đối tượng.", 52, None),
        # a fronted place is no subject: the agent of the sentence before is carried
        ("Công an tỉnh Long An mở đợt truy quét. Tại Bến Lức, thu giữ 3 khẩu súng.", 3, "Công an tỉnh Long An"),
    ],
)
def test_a_generic_subject_stops_the_carried_agent(text: str, value: int, agent: str | None) -> None:
    row = next(r for r in _extract_rows(text) if r["value"] == value)
    assert (row["agent"] or {}).get("text") == agent, row


@pytest.mark.parametrize(
    ("text", "value", "statistic"),
    [
        # officers and vehicles sent to a scene are means, no figure of a crime table
        ("Công an huyện Lâm Hà đã điều động khoảng 40 cán bộ, chiến sĩ tới hiện trường.", 40, False),
        ("Hơn 10 cảnh sát và một xe cứu hỏa được điều động tới trường học.", 1, False),
        ("Công an tỉnh cử 30 cán bộ hỗ trợ người dân chống lũ.", 30, False),
        # what they did there is
        ("Công an huyện Lâm Hà đã điều động khoảng 40 cán bộ, chiến sĩ và bắt 2 đối tượng.", 2, True),
    ],
)
def test_officers_sent_to_a_scene_are_no_statistic(text: str, value: int, statistic: bool) -> None:
    row = next(r for r in _extract_rows(text) if r["value"] == value)
    assert row["statistic"] is statistic, row


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        # "tuyên" alone is the verdict ...
        ("Cuối phiên tòa, HĐXX TAND tỉnh Gia Lai tuyên bị cáo Rơ Châm Hyu 9 năm tù.", 9, "tuyên phạt"),
        # ... "tuyên bố", "tuyên truyền" are no action
        ("Đại diện công an tuyên truyền cho 300 hộ dân về phòng cháy.", 300, None),
    ],
)
def test_tuyen_is_the_verdict_and_not_tuyen_bo(text: str, value: int, action: str | None) -> None:
    row = next(r for r in _extract_rows(text) if r["value"] == value)
    assert (row["action"] or {}).get("canonical") == action, row


def test_a_total_after_a_count_takes_its_action_and_agent() -> None:
    text = "Bị can Lê Thị Hoa đã lừa đảo, chiếm đoạt tài sản của 12 người với tổng số tiền hơn 3 tỷ đồng."
    rows = _extract_rows(text)
    assert [((r["action"] or {}).get("canonical"), (r["agent"] or {}).get("text")) for r in rows] == [
        ("chiếm đoạt", "Lê Thị Hoa"), ("chiếm đoạt", "Lê Thị Hoa")]
    # a figure of its own sentence keeps its own reading
    rows = _extract_rows("Bị can Lê Thị Hoa đã lừa 12 người. Tổng số tiền hơn 3 tỷ đồng.")
    assert rows[1]["action"] is None


@pytest.mark.parametrize(
    ("text", "value", "action", "statistic"),
    [
        # what befell a figure right after it is its action, not the deed before another figure
        ("Trong vụ tấn công, một người dân bị giết và một người khác bị thương.", 1, ["giết", "bị thương"], True),
        # verbs of killing before the figure
        ("Trận không kích làm chết hơn 30 thường dân.", 30, ["giết"], True),
        # a state of the victims after them
        ("Vụ hỗn chiến làm ít nhất 3 người nguy kịch.", 3, ["nguy kịch"], True),
    ],
)
def test_killings_and_what_befell_the_victims(text: str, value: int, action: list[str], statistic: bool) -> None:
    rows = [r for r in _extract_rows(text) if r["value"] == value]
    assert [(r["action"] or {}).get("canonical") for r in rows] == action, rows
    assert all(r["statistic"] is statistic for r in rows)


def test_a_set_is_no_period() -> None:
    rows = _extract_rows("Trong bản báo cáo hàng tháng, Công an tỉnh cho biết đã điều tra 16 vụ việc.")
    assert [(r["value"], r["period"]) for r in rows] == [(16, None)]


def test_the_owner_after_cua_ong_is_no_agent() -> None:
    rows = _extract_rows("Hắn mượn chìa khóa phòng của ông Robert Miller rồi lấy trộm hai thẻ tín dụng.")
    assert [(r["value"], r["agent"]) for r in rows] == [(2, None)]
