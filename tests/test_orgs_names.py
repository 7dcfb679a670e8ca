"""Whole organisation names (issue 17): the rules that carry a name past where its capitalised words stop.

Sentences of our own, one or more per rule, with negatives: a verb after the
name is not swallowed, and a lower-case common phrase after an organisation
that is not part of it stays outside.
"""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.recognizers import orgs
from vn_crimeie.recognizers.orgs import continuations, standalone
from vn_crimeie.recognizers.orgs.context import OrgContext

from where_helpers import spans


def org_entities(text: str) -> list[str]:
    """The ORG entities of the whole pipeline (after the resolver)."""
    return [e.text for e in vn_crimeie.extract(text).entities if e.label == "ORG"]


# -- rule "remit": tội phạm về X, Phòng chống X -------------------------------------------

REMIT = [
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng đã vào cuộc xác minh.",
     ["Cục Cảnh sát điều tra tội phạm về tham nhũng"]),
    ("Phòng Cảnh sát điều tra tội phạm về kinh tế, buôn lậu Công an tỉnh Quảng Trị khởi tố vụ án.",
     ["Phòng Cảnh sát điều tra tội phạm về kinh tế, buôn lậu Công an tỉnh Quảng Trị"]),
    ("Tổng cục Cảnh sát Phòng chống tội phạm đã ban hành hướng dẫn.", ["Tổng cục Cảnh sát Phòng chống tội phạm"]),
    ("Cục Phòng chống tệ nạn xã hội vừa tổng kết năm.", ["Cục Phòng chống tệ nạn xã hội"]),
    ("Đoàn công tác của Cục Cảnh sát phòng, chống tội phạm về môi trường, Bộ Công an đã đến kiểm tra.",
     ["Cục Cảnh sát phòng, chống tội phạm về môi trường", "Bộ Công an"]),
]


def test_an_offence_after_the_whole_name_is_no_longer_a_crime_of_its_own() -> None:
    doc = vn_crimeie.extract("Cục Cảnh sát điều tra tội phạm về tham nhũng đã khởi tố vụ án.")
    assert [e.label for e in doc.entities if "tham nhũng" in e.text] == ["ORG"]


def test_a_remit_with_an_unlisted_subject_is_not_taken() -> None:
    # "hạn mặn" is neither a listed subject nor an offence: the name stops at its head
    assert spans(orgs.find, "Ban Chỉ đạo phòng, chống hạn mặn đã họp.") == ["Ban Chỉ đạo"]


def test_remit_part_reads_a_list_of_subjects() -> None:
    ctx = OrgContext.of("Đội phòng, chống ma túy và mua bán người đã ra quân")
    assert ctx.text[4 : continuations.remit_part(ctx, 4)] == "phòng, chống ma túy và mua bán người"


# -- rule "closed run": lower-case words of a sentence-case name, up to a place or a closer ---

CLOSED = [
    ("Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình khuyến cáo người dân.",
     ["Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình"]),
    ("Viện Vệ sinh dịch tễ Trung ương đã có kết quả xét nghiệm.", ["Viện Vệ sinh dịch tễ Trung ương"]),
    ("Ủy ban ATGT Quốc gia vừa có văn bản gửi các địa phương.", ["Ủy ban ATGT Quốc gia"]),
    ("Khoa Hồi sức tích cực Bệnh viện Chợ Rẫy đang điều trị cho nạn nhân.",
     ["Khoa Hồi sức tích cực Bệnh viện Chợ Rẫy"]),
    ("Học viện An ninh nhân dân tổ chức lễ tốt nghiệp.", ["Học viện An ninh nhân dân"]),
]


CLOSED_NEGATIVES = [
    # a verb phrase after the name: nothing closes it before a clause word
    ("Bệnh viện Hồi sức nhận bệnh nhân ở Hà Nội.", "Bệnh viện Hồi sức"),
    # a name of capitalised words takes no lower-case word after it
    ("Bệnh viện Chợ Rẫy cấp cứu cho nạn nhân tỉnh Long An.", "Bệnh viện Chợ Rẫy"),
    ("Công ty Sao Mai kinh doanh xăng dầu tỉnh Hà Nam.", "Công ty Sao Mai"),
    # a verb of a report before the place
    ("Công ty Điện lực tổ chức kiểm tra huyện Cẩm Xuyên.", "Công ty Điện lực"),
    # another mention of an organisation does not close the words before it
    ("Sở Tài chính khẳng định Sở Tài chính không ký văn bản nào.", "Sở Tài chính"),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED_NEGATIVES)
def test_a_verb_after_the_name_is_not_swallowed(text: str, expected: str) -> None:
    assert spans(orgs.find, text)[0] == expected


# -- fields inside a capitalised run, courts, numbered hospitals ----------------------------

NAMES = [
    ("Bệnh nhân được chuyển lên Bệnh viện Bệnh Nhiệt đới Trung ương.", ["Bệnh viện Bệnh Nhiệt đới Trung ương"]),
    ("Nam sinh viên Trường ĐH Y dược Cần Thơ bị bắt giữ.", ["Trường ĐH Y dược Cần Thơ"]),
    ("TAND cấp cao tại Đà Nẵng đã xét xử phúc thẩm.", ["TAND cấp cao tại Đà Nẵng"]),
    ("VKSND Tối cao đã kháng nghị bản án.", ["VKSND Tối cao"]),
    ("Nạn nhân được đưa tới bệnh viện 175 cấp cứu.", ["bệnh viện 175"]),
]


def test_a_short_number_after_a_lower_case_hospital_is_not_its_name() -> None:
    assert org_entities("Anh ấy phải nằm bệnh viện 2 ngày.") == []


# -- media: any case after a press head, suffixes, websites ----------------------------------

MEDIA = [
    ("Theo báo Thanh niên, nghi phạm đã bị bắt.", ["Thanh niên"]),  # a lower-case press head stays outside
    ("Báo Vietnamnet thông tin thêm, nghi phạm đã bỏ trốn.", ["Báo Vietnamnet"]),
    ("Theo Tuổi Trẻ Online, vụ cháy xảy ra lúc rạng sáng.", ["Tuổi Trẻ Online"]),
    ("Hiện trường vụ tai nạn. Ảnh: zing.vn", ["zing.vn"]),
    # a name that is also a word is the paper in a photo credit
    ("Chiếc xe bị thiêu rụi (Ảnh: Zing)", ["Zing"]),
]


def test_an_email_address_or_a_link_is_not_a_website_name() -> None:
    ctx = OrgContext.of("Gửi thư tới hotro@gmail.com hoặc xem https://vnexpress.net/tin-moi.html")
    assert ctx.websites == {}


# -- foreign companies and carriers named by their last word --------------------------------

CARRIERS = [
    ("Hành khách của hãng Qatar Airways bị giữ lại ở sân bay.", ["Qatar Airways"]),
    ("Theo Korean Air, chuyến bay đã hạ cánh an toàn.", ["Korean Air"]),
]


def test_a_make_of_a_thing_is_not_a_company() -> None:
    ctx = OrgContext.of("Anh ta đi xe Honda Air Blade màu đỏ")
    assert standalone.suffixed_company(ctx, ctx.text.index("Honda")) is None
    assert spans(orgs.find, ctx.text) == []


# -- a name in brackets after an organisation ------------------------------------------------

def test_a_short_name_in_brackets_after_an_organisation_is_an_org_of_its_own() -> None:
    text = "Anh là nhân viên Công ty Môi trường đô thị Đà Nẵng (Urenco 5) từ năm 2019."
    assert org_entities(text) == ["Công ty Môi trường đô thị Đà Nẵng", "Urenco 5"]


@pytest.mark.parametrize("text", [
    "Nạn nhân được đưa tới Bệnh viện Bạch Mai (Hà Nội) cấp cứu.",  # a place
    "Giám đốc Công ty Hoàng Long (Nguyễn Văn An) bị bắt.",  # a person
])
def test_a_place_or_a_person_in_brackets_is_not_an_org(text: str) -> None:
    assert len(org_entities(text)) == 1


def test_a_head_repeated_after_a_verb_does_not_close_the_name() -> None:
    assert spans(orgs.find, "Sở Tài chính phản bác Sở Tài chính tỉnh Long An.") == [
        "Sở Tài chính", "Sở Tài chính tỉnh Long An"]


# -- every whole name above, through the whole pipeline ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), REMIT + CLOSED + NAMES + MEDIA + CARRIERS)
def test_whole_organisation_names(text: str, expected: list[str]) -> None:
    assert org_entities(text) == expected


def test_a_court_inside_a_chamber_keeps_its_level_and_seat() -> None:
    assert org_entities("Tòa Phúc thẩm TAND tối cao tại Đà Nẵng đã y án.") == [
        "Tòa Phúc thẩm TAND tối cao tại Đà Nẵng"]


def test_a_unit_code_in_brackets_stays_a_unit_code() -> None:
    assert org_entities("Phòng CSĐT tội phạm về ma túy (PC04) Công an tỉnh Lào Cai đã phá án.") == [
        "Phòng CSĐT tội phạm về ma túy", "PC04", "Công an tỉnh Lào Cai"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Công an đang điều tra vụ việc. (Theo The Star)", ["The Star"]),  # the source line that closes the text
        ("Công an đang điều tra vụ việc.\nTheo VNE", ["VNE"]),
        ("Công an đang điều tra vụ việc.\nTheo Nam Phương", []),  # a Vietnamese name there is a byline
        ("Hắn khoe giàu trên facebook và zalo.", ["facebook", "zalo"]),  # platforms in lower case
        ("Trịnh Sảng đang làm việc với Cục thuế để xác minh.", ["Cục thuế"]),  # a listed name, its tail in lower case
        ("Bộ trưởng Bộ ngoại giao cho biết.", ["Bộ ngoại giao"]),
        ("Bộ phận ngoại giao của công ty cho biết.", []),
    ],
)
def test_source_lines_platforms_and_listed_names_in_lower_case(text: str, expected: list[str]) -> None:
    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 11/7, Tòa sẽ tuyên án. Thùy Dung/VOV-TP HCM", ["VOV-TP HCM"]),  # the outlet of a closing byline, its desk
        ("Công an đang điều tra vụ án. Theo Đình Thảo/Dân trí", ["Dân trí"]),
        ("Hội đồng xét xử Tòa án nhân dân quận 1 tuyên bố hoãn phiên tòa.", ["Hội đồng xét xử Tòa án nhân dân quận 1"]),
        ("HĐXX cấp phúc thẩm xét thấy cấp sơ thẩm chưa xem xét.", []),  # a panel with its instance only
        ("Ông Jun Nakagawa, Phó Trưởng đại diện Văn phòng WHO tại Việt Nam cho biết.", ["Văn phòng WHO tại Việt Nam"]),
        ("Tuyên thường trú ở xã Đội Bình, huyện Yên Sơn.", []),  # a head inside the name of a commune
    ],
)
def test_closing_outlets_trial_panels_seats_and_communes(text: str, expected: list[str]) -> None:
    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "ORG"] == expected
