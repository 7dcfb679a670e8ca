"""DOCUMENT: numbered documents and articles of law, with kind/number/code values."""

from __future__ import annotations

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import documents, orgs

CASES = [
    ("Thực hiện Kế hoạch số 131/KH-BCA-CSHS của Bộ Công an.", "Kế hoạch số 131/KH-BCA-CSHS", {"kind": "Kế hoạch", "number": "131", "code": "KH-BCA-CSHS"}),
    ("Sơ kết 3 năm thực hiện Kế hoạch 131 trên địa bàn.", "Kế hoạch 131", {"kind": "Kế hoạch", "number": "131"}),
    ("Xử phạt theo Nghị định số 100/2019/NĐ-CP.", "Nghị định số 100/2019/NĐ-CP", {"kind": "Nghị định", "number": "100", "code": "2019/NĐ-CP"}),
    ("Quán triệt Chỉ thị số 25-CT/TW của Ban Bí thư.", "Chỉ thị số 25-CT/TW", {"kind": "Chỉ thị", "number": "25", "code": "CT/TW"}),
    ("Bị can bị truy tố theo Điều 174 Bộ luật Hình sự.", "Điều 174 Bộ luật Hình sự", {"kind": "Điều", "number": "174", "law": "Bộ luật Hình sự"}),
    ("Hành vi này vi phạm khoản 2 Điều 249 BLHS.", "khoản 2 Điều 249 BLHS", {"kind": "Điều", "number": "249", "clause": "2", "law": "BLHS"}),
    ("Giám đốc ký Quyết định số 1520/QĐ-CAT ngày 5/6.", "Quyết định số 1520/QĐ-CAT", {"kind": "Quyết định", "number": "1520", "code": "QĐ-CAT"}),
    ("Căn cứ Thông tư 58/2020/TT-BCA về quy trình tuần tra.", "Thông tư 58/2020/TT-BCA", {"kind": "Thông tư", "number": "58", "code": "2020/TT-BCA"}),
]
NEGATIVES = [
    "Đơn vị đã xây dựng kế hoạch tuần tra cao điểm.",
    "Kế hoạch của nhóm này bị bại lộ.",
    "Anh ta điều khiển xe máy không có giấy tờ.",
    "kế hoạch 3 năm của đơn vị",
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_documents(text: str, span: str, value: dict) -> None:
    found = [(text[c.start : c.end], c.value) for c in documents.find(text) if c.source != "documents.law"]
    assert (span, value) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_document(text: str) -> None:
    assert spans(documents.find, text) == []


def test_steering_committee_named_after_a_plan_is_an_org() -> None:
    text = "Thành viên Ban Chỉ đạo Kế hoạch 131 đã dự họp."
    doc = documents.find(text)
    org = [c for c in orgs.find(text) if text[c.start : c.end] == "Ban Chỉ đạo Kế hoạch 131"]
    assert doc and org and org[0].priority > doc[0].priority


def test_law_on_its_own() -> None:
    assert spans(documents.find, "Luật Giao thông đường bộ quy định rõ.") == ["Luật Giao thông đường bộ"]


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_robust(text: str) -> None:
    documents.find(text)


def _entities(text: str, label: str) -> list[str]:
    import vn_crimeie

    return [e.text for e in vn_crimeie.extract(text).entities if e.label == label]


# A law named by its title, with its year or number, cited by article or on its own.
LAWS = [
    ("Hành vi này vi phạm Điều 20 Luật Sở hữu trí tuệ năm 2009 về quyền tác giả.", ["Điều 20 Luật Sở hữu trí tuệ năm 2009"]),
    ("Theo khoản 3 Điều 12 của Luật Cư trú, công dân phải khai báo tạm trú.", ["khoản 3 Điều 12 của Luật Cư trú"]),
    ("Mức phạt tại điểm a, khoản 4 Điều 6 Nghị định 100/2019/NĐ-CP rất cao.", ["điểm a, khoản 4 Điều 6 Nghị định 100/2019/NĐ-CP"]),
    ("Dự thảo Luật Trật tự xã hội mới được trình lên.", ["Dự thảo Luật Trật tự xã hội"]),
    ("Quốc hội đã thông qua Luật Phòng, chống bạo lực gia đình năm 2022 và Luật Đất đai.",
     ["Luật Phòng, chống bạo lực gia đình năm 2022", "Luật Đất đai"]),
    ("Luật Thanh niên quy định quyền của thanh niên.", ["Luật Thanh niên"]),
    ("Bị cáo bị xử theo Bộ luật Hình sự năm 2015.", ["Bộ luật Hình sự năm 2015"]),
    ("Quốc hội thảo luận Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự trong phiên chiều.",
     ["Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự"]),
]
NOT_LAWS = [
    "Ông Tâm là giảng viên Trường Đại học Luật Hà Nội.",
    "Luật sư Trần Văn Bình bào chữa cho bị cáo.",
    "Theo báo Pháp Luật Việt Nam, vụ việc đã rõ.",
    "Anh ấy học Luật Kinh tế ở trường.",
    "Ông đang làm việc tại Công ty Luật Minh Khuê.",
]


@pytest.mark.parametrize(("text", "expected"), LAWS)
def test_laws_by_title(text: str, expected: list[str]) -> None:
    assert _entities(text, "DOCUMENT") == expected


@pytest.mark.parametrize("text", NOT_LAWS)
def test_not_a_law(text: str) -> None:
    assert _entities(text, "DOCUMENT") == []


def test_article_value_names_its_law_and_year() -> None:
    text = "vi phạm Điều 20 Luật Sở hữu trí tuệ năm 2009"
    assert [c.value for c in documents.find(text)] == [
        {"kind": "Điều", "number": "20", "law": "Luật Sở hữu trí tuệ", "year": "2009"}
    ]


# Documents named by a title: before their number, procedural documents, plans with a period.
TITLED = [
    ("Công an huyện đã ra Quyết định khởi tố vụ án hình sự số 12 về vụ việc.", ["Quyết định khởi tố vụ án hình sự số 12"]),
    ("Cơ quan điều tra tống đạt quyết định khởi tố bị can số 45/QĐ-CSĐT cho Lê Văn K.", ["quyết định khởi tố bị can số 45/QĐ-CSĐT"]),
    ("Viện kiểm sát đã phê chuẩn Lệnh bắt bị can để tạm giam đối với Hồ Văn T.", ["Lệnh bắt bị can để tạm giam"]),
    ("Kết luận điều tra xác định bị can đã chiếm đoạt 2 tỷ đồng.", ["Kết luận điều tra"]),
    ("Tỉnh triển khai Đề án phát triển văn hóa đọc giai đoạn 2022-2026 trên địa bàn.", ["Đề án phát triển văn hóa đọc giai đoạn 2022-2026"]),
    ("Thành phố thực hiện Chương trình chuyển đổi số đến năm 2030.", ["Chương trình chuyển đổi số đến năm 2030"]),
    ("Sở ban hành Kế hoạch thực hiện Đề án “Nâng cao hiệu quả phòng cháy” trong năm.", ["Đề án “Nâng cao hiệu quả phòng cháy”"]),
]
NOT_TITLED = [
    "Quyết định này có hiệu lực kể từ ngày ký, số 5 còn lại.",
    "Đơn vị lên kế hoạch tuần tra năm 2024.",
    "Chương trình “Gương mặt thân quen” phát sóng tối nay.",
    "Viện Chiến lược và chính sách y tế năm 2011 công bố báo cáo.",
    "Lệnh cấm của ông ta khiến mọi người bất ngờ.",
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_documents_by_title(text: str, expected: list[str]) -> None:
    assert _entities(text, "DOCUMENT") == expected


@pytest.mark.parametrize("text", NOT_TITLED)
def test_not_a_titled_document(text: str) -> None:
    assert _entities(text, "DOCUMENT") == []


def test_the_year_of_a_law_stays_inside_it() -> None:
    text = "Bị cáo bị xử theo Điều 174 Bộ luật Hình sự năm 2015."
    assert _entities(text, "DOCUMENT") == ["Điều 174 Bộ luật Hình sự năm 2015"]
    assert _entities(text, "DATE") == []


# Laws named in lower case, drafts, urgent dispatches (sentences written for these tests).
LOWER_CASE_AND_DRAFTS = [
    ("Việc bổ sung phù hợp với luật Tổ chức Quốc hội và luật Tổ chức VKSND hiện hành.",
     ["luật Tổ chức Quốc hội", "luật Tổ chức VKSND"]),
    ("Đoàn thẩm tra viện dẫn luật Tổ chức chính quyền địa phương trong báo cáo.", ["luật Tổ chức chính quyền địa phương"]),
    ("Hành vi sao chép trái với luật Sở hữu trí tuệ năm 2005 và luật Cư trú.", ["luật Sở hữu trí tuệ năm 2005", "luật Cư trú"]),
    ("Đại biểu góp ý dự thảo Luật dân quân tự vệ sáng 12/5 tại hội trường.", ["dự thảo Luật dân quân tự vệ"]),
    ("Ban soạn thảo cho rằng các quy định trong Dự thảo Luật là cần thiết.", ["Dự thảo Luật"]),
    ("Bộ Tư pháp thẩm định dự thảo Nghị định về xử phạt trong lĩnh vực này.", ["dự thảo Nghị định"]),
    ("Thủ tướng vừa ký Công điện khẩn yêu cầu các tỉnh ứng phó với bão.", ["Công điện khẩn"]),
    ("Mức phạt được quy định tại Nghị định 100/2019/NĐ-CP của Chính phủ.", ["Nghị định 100/2019/NĐ-CP"]),
]
NOT_LOWER_CASE_LAWS = [
    "Theo luật Hồi giáo, việc này bị cấm.",  # a legal system, not a document: a weak head needs more
    "Ông làm việc cho văn phòng luật Minh Khuê từ lâu.",
    "Mọi công dân đều bình đẳng trước pháp luật Nhà nước quy định.",
    "Quốc hội Mỹ tranh luận về Đạo luật Alicia cung cấp kinh phí.",
    "Nhiều ý kiến cho rằng dự thảo luật còn sơ sài.",  # a draft law in lower case: no particular one
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_AND_DRAFTS)
def test_lower_case_laws_drafts_and_dispatches(text: str, expected: list[str]) -> None:
    assert _entities(text, "DOCUMENT") == expected


@pytest.mark.parametrize("text", NOT_LOWER_CASE_LAWS)
def test_not_a_lower_case_law(text: str) -> None:
    assert _entities(text, "DOCUMENT") == []


def test_a_law_of_a_body_holds_the_body_name() -> None:
    text = "Cần sửa luật Tổ chức TAND cho đồng bộ."
    assert _entities(text, "DOCUMENT") == ["luật Tổ chức TAND"]
    assert _entities(text, "ORG") == []


def test_a_draft_value_is_its_kind() -> None:
    text = "Tổ thảo luận về dự thảo Luật cảnh vệ chiều 6/6."
    assert [c.value for c in documents.find(text)] == [{"kind": "Luật cảnh vệ"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case "điều" + a number that counts a noun: the verb "dispatch"
        ("Đội chữa cháy đã điều 3 xe chuyên dụng và 20 chiến sĩ tới hiện trường.", []),
        ("Công an tỉnh điều 15 cán bộ hỗ trợ địa phương.", []),
        # an article stays an article: with its clause, its law or a capital letter
        ("Bị can bị truy tố theo khoản 1 điều 134 BLHS.", ["khoản 1 điều 134 BLHS"]),
        ("Điều 2 Luật Cư trú quy định rõ về nơi ở.", ["Điều 2 Luật Cư trú"]),
        ("Theo điều 5 của Luật Đất đai, người sử dụng đất phải đăng ký.", ["điều 5 của Luật Đất đai"]),
    ],
)
def test_dispatch_verb_is_no_article(text: str, expected: list[str]) -> None:
    assert _entities(text, "DOCUMENT") == expected

