"""TITLE recogniser and its title table (lang/vi/titles.yaml)."""

from __future__ import annotations

import unicodedata

import pytest

from vn_crimeie.lexicon import fold, load_data
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import titles
from linearity import assert_linear, prefix_maker


def spans(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[c.start : c.end] for c in titles.find(norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The title stops where the organisation starts.
        ("Đại tướng Tô Lâm - Bộ trưởng Bộ Công an dự hội nghị.", ["Bộ trưởng"]),
        ("Thứ trưởng Bộ Công an Lê Văn Tuyến phát biểu.", ["Thứ trưởng"]),
        ("Tổng chưởng lý Muhammad Prasetyo cho biết các vụ tấn công tăng.", ["Tổng chưởng lý"]),
        ("Giám đốc Công an tỉnh Nghệ An chỉ đạo khám nghiệm hiện trường.", ["Giám đốc"]),
        ("Đại tá Trần Văn Hải, Phó Giám đốc Công an tỉnh, cho biết.", ["Phó Giám đốc"]),
        ("Đại tá Lê Minh, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh.", ["Phó Giám đốc", "Thủ trưởng"]),
        ("Trưởng phòng Cảnh sát hình sự trực tiếp chỉ đạo.", ["Trưởng phòng"]),
        ("Trung tá Vũ Văn Bình, Trưởng Phòng Cảnh sát giao thông cho biết.", ["Trưởng"]),
        ("Thiếu tá Hà Văn Tâm, Phó trưởng Phòng CSGT, cho hay.", ["Phó trưởng"]),
        ("Ông Đinh Văn Lực, Phó trưởng phòng Tư pháp huyện, xác nhận.", ["Phó trưởng phòng"]),
        ("Ông là Trưởng BCĐ công tác phòng chống tội phạm.", ["Trưởng"]),
        ("Đại tá Lâm Văn Khải, Trưởng Công an huyện Mỹ Hào, cho biết.", ["Trưởng"]),
        ("Trưởng công an xã đã có mặt tại hiện trường.", ["Trưởng"]),
        ("Thượng tá Ninh Văn Chiến - Phó trưởng Công an huyện Quế Võ.", ["Phó trưởng"]),
        ("Trung tá Lê Hải, Trưởng CA phường Bến Thành, cho hay.", ["Trưởng"]),
        ("Thiếu tá Phan Văn Tú - Đội trưởng Đội CSHS Công an quận 5.", ["Đội trưởng"]),
        ("Đội phó Đội CSGT số 3 cùng tổ công tác có mặt.", ["Đội phó"]),
        ("Thiếu tướng Đỗ Văn Hoàn - Cục trưởng Cục Cảnh sát hình sự.", ["Cục trưởng"]),
        ("Phó Cục trưởng Cục C03 chủ trì buổi làm việc.", ["Phó Cục trưởng"]),
        ("Ông Vương Văn Hòa, Chủ tịch UBND xã Đông Sơn, cho biết.", ["Chủ tịch"]),
        ("Bà Lê Thị Thu, Phó chủ tịch UBND huyện, xác nhận sự việc.", ["Phó chủ tịch"]),
        ("Chánh án TAND tỉnh Bắc Ninh chủ tọa phiên tòa.", ["Chánh án"]),
        ("Phó Chánh án TAND TP Hà Nội cho biết.", ["Phó Chánh án"]),
        ("Viện trưởng VKSND huyện Gia Lâm ký quyết định phê chuẩn.", ["Viện trưởng"]),
        ("Đại tá Mai Văn Lộc - Chánh Văn phòng Công an tỉnh Hòa Bình.", ["Chánh Văn phòng"]),
        ("Thượng tá Đinh Văn Lộc, Chánh văn phòng, người phát ngôn Công an thành phố, thông tin thêm.", ["Chánh văn phòng", "người phát ngôn"]),
        ("Bí thư Tỉnh ủy đến thăm hỏi gia đình nạn nhân.", ["Bí thư"]),
        ("Cùng dự có Trợ lý, Thư ký lãnh đạo Bộ Công an.", ["Trợ lý", "Thư ký"]),
        ("Điều tra viên Trần Văn Lộc lấy lời khai của bị can.", ["Điều tra viên"]),
        ("Kiểm sát viên Nguyễn Thị Hà đọc cáo trạng.", ["Kiểm sát viên"]),
        ("Thẩm phán Lê Văn Hùng chủ tọa phiên xử.", ["Thẩm phán"]),
        ("Thủ tướng Chính phủ vừa ký công điện.", ["Thủ tướng"]),
        ("Cố vấn đặc biệt Robert Mueller sẽ xem xét cuộc gặp.", ["Cố vấn đặc biệt"]),
        ("Con rể ông, cố vấn Nhà Trắng Jared Kushner, cũng dự.", ["cố vấn"]),
        ("Tổng Bí thư phát biểu chỉ đạo hội nghị.", ["Tổng Bí thư"]),
        ("Thiếu tướng Lê Văn Quyết, Tổng cục trưởng Tổng cục Cảnh sát.", ["Tổng cục trưởng"]),
        ("Vụ trưởng Vụ Pháp chế dự họp.", ["Vụ trưởng"]),
        ("Ông Hồ Văn Sinh, Hiệu trưởng Trường THCS Thành Công, cho biết.", ["Hiệu trưởng"]),
        ("Bà Trương Thị Lan, tổ trưởng tổ dân phố số 4, trình báo.", ["tổ trưởng tổ dân phố"]),
        ("Ông Ngô Văn Dũng, trưởng thôn Đông, đã báo công an.", ["trưởng thôn"]),
        ("Đại tá Châu Văn Mẫn, Chính ủy Bộ đội Biên phòng tỉnh.", ["Chính ủy"]),
        ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh kiểm tra.", ["Chỉ huy trưởng"]),
        ("Đại sứ Peter Brown bày tỏ lấy làm tiếc.", ["Đại sứ"]),
        ("Tổng thống Mỹ phát biểu tại Nhà Trắng.", ["Tổng thống"]),
        ("Ông từng là thị trưởng New York.", ["thị trưởng"]),
        # No diacritics.
        ("pho giam doc cong an tinh cho biet", ["pho giam doc"]),
        ("Truong Cong an huyen da co mat", ["Truong"]),
    ],
)
def test_titles_found(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các em đã trưởng thành hơn sau biến cố.",  # trưởng thành = to grow up
        "Phó mặc cho số phận, bà không đi khám.",  # "Phó" alone
        "Em là lớp trưởng Ban cán sự của lớp.",  # compound with a plain word before
        "Cán bộ, chiến sĩ Công an tỉnh trực 24/24.",  # generic roles
        "Lãnh đạo Công an huyện đến thăm hỏi.",
        "Các đại biểu và thành viên Ban Chỉ đạo dự họp.",
        "Ban Giám đốc Công an tỉnh họp khẩn.",  # a body, not a post
        "Các luật sư tranh luận sôi nổi.",  # lower-case generic role
        "Luật sư Phạm Văn Dũng bào chữa cho bị cáo.",  # a profession, no post (the person's role is lawyer)
        "Luật sư của Jared cho biết, anh sẵn sàng hợp tác.",
        "Nga bị cáo buộc can thiệp bầu cử Tổng thống năm 2016.",  # an election, nobody's post
        "Bà tranh cử Thống đốc bang lần thứ hai.",
        "Anh được các chuyên gia cố vấn về pháp lý.",  # the verb: to advise
        "Sự tăng trưởng kinh tế của tỉnh.",
        "Phòng khám tư nhân bị xử phạt.",
        "Đại sứ quán Bỉ đã lên tiếng xin lỗi.",  # embassy
        "",
    ],
)
def test_no_title(text: str) -> None:
    assert spans(text) == []


def test_seed_titles(seed_text: str) -> None:
    found = spans(seed_text)
    for title in ["Bộ trưởng", "Thứ trưởng", "Trợ lý", "Thư ký", "Giám đốc", "Phó Giám đốc", "Thủ trưởng", "Trưởng"]:
        assert title in found, title
    norm = normalize(seed_text).text
    trưởng = [c for c in titles.find(norm) if norm[c.start : c.end] == "Trưởng"]
    assert trưởng and all(norm[c.end : c.end + 4] == " BCĐ" for c in trưởng)


def test_candidates_have_priority_30() -> None:
    found = titles.find("Phó Giám đốc Công an tỉnh")
    assert [(c.label, c.priority, c.value) for c in found] == [("TITLE", 30, None)]


@pytest.mark.parametrize(
    "span, canonical",
    [("phó chủ tịch", "Phó Chủ tịch"), ("GIÁM ĐỐC", "Giám đốc"), ("Trưởng", "Trưởng"), ("cán bộ", None)],
)
def test_canonical_title(span: str, canonical: str | None) -> None:
    assert titles.canonical_title(span) == canonical


def test_title_data_is_valid() -> None:
    data = load_data("titles.yaml")
    assert set(data) == {
        "titles", "bare_heads", "org_heads", "org_heads_any_case", "not_titles", "not_after", "not_before", "deputy_prefix",
        "title_fields",
    }
    table = titles.title_table()
    canonicals = [e["canonical"] for e in data["titles"]]
    assert len(canonicals) == len(set(canonicals)), "a title is listed twice"
    for spelling in table:
        assert unicodedata.is_normalized("NFC", spelling), spelling
        assert spelling == spelling.strip() and "  " not in spelling
    # Deputy forms are generated, never listed by hand.
    assert not any(c.startswith("Phó ") for c in canonicals)
    assert table["Phó Giám đốc"].canonical == "Phó Giám đốc"
    # Generic roles are not titles.
    folded = {fold(s) for s in table}
    for role in data["not_titles"]:
        assert fold(role) not in folded, role
    for needed in ["Bộ trưởng", "Thứ trưởng", "Giám đốc", "Thủ trưởng", "Trưởng phòng", "Chánh án"]:
        assert needed in table, needed


@pytest.mark.parametrize("piece", ["Trưởng ", "Phó ", "Phó Giám đốc ", "BCĐ ", "9.", "Trưởng Công an "])
def test_linear_on_long_runs(piece: str) -> None:
    assert_linear(titles.find, lambda n: piece * n)


@pytest.mark.parametrize("text", ["trưởng", "PHÓ GIÁM ĐỐC CÔNG AN TỈNH", "giam doc", "Trưởng", "Phó"])
def test_odd_inputs_do_not_crash(text: str) -> None:
    assert isinstance(titles.find(text), list)
