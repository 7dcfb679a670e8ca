"""Whole organisation names on unseen news (issue 17, org4): the classes of error of a fresh sample.

Sentences written for these tests, one or more per class, each with negatives beside it.
"""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.recognizers.orgs.context import OrgContext
from vn_crimeie.recognizers.orgs.engine import expansion
from vn_crimeie.recognizers.orgs.police import bracketed_level

from test_orgs_fresh_sample import spans as entities  # the entities of one label that extract finds


#: (sentence, every ORG found in it), by class
ORGS = [
    # 1. a committee joining two fields with a dash, "và" or a capitalised field word;
    #    "của Quốc hội" belongs to a committee's name; a comma joins fields only in a listed name
    ("Chủ nhiệm Ủy ban Quốc phòng - An ninh trả lời báo chí.", ["Ủy ban Quốc phòng - An ninh"]),
    ("Ông Hà, Chủ nhiệm Ủy ban Quốc phòng An ninh, phát biểu.", ["Ủy ban Quốc phòng An ninh"]),
    ("Đại diện Ủy ban Quốc phòng an ninh của Quốc hội có mặt.", ["Ủy ban Quốc phòng an ninh của Quốc hội"]),
    ("Ủy ban Văn hóa, Giáo dục của Quốc hội thẩm tra dự thảo.", ["Ủy ban Văn hóa, Giáo dục của Quốc hội"]),
    ("Bảo vệ tài sản của Quốc hội là trách nhiệm chung.", ["Quốc hội"]),
    ("Ủy ban Kinh tế, Ủy ban Pháp luật đã cho ý kiến.", ["Ủy ban Kinh tế", "Ủy ban Pháp luật"]),
    ("Sở Văn hóa, Thể thao đang rà soát.", ["Sở Văn hóa"]),  # a comma not in a listed name ends it
    ("Người dân cần giữ gìn an ninh trật tự tại khu phố.", []),
    # 2. a short form in brackets inside a court's or a procuracy's name, before its level or place
    ("Chánh án Tòa án nhân dân (TAND) tối cao ký quyết định.", ["Tòa án nhân dân (TAND) tối cao"]),
    ("Viện trưởng Viện Kiểm sát nhân dân (VKSND) tối cao phát biểu.", ["Viện Kiểm sát nhân dân (VKSND) tối cao"]),
    ("Tòa án nhân dân (TAND) tỉnh Thái Bình mở phiên xử.", ["Tòa án nhân dân (TAND) tỉnh Thái Bình"]),
    ("Hồ sơ được chuyển tới Tòa án nhân dân (TAND) để xét xử.", ["Tòa án nhân dân", "TAND"]),
    # 3. "Đảng", "Nhà nước" as the institutions; not in lower case, in a compound or in an offence
    ("Đây là sự quan tâm của Đảng, Nhà nước với người có công.", ["Đảng", "Nhà nước"]),
    ("Hành vi ấy trái với quy định của Đảng.", ["Đảng"]),
    ("Đảng và Nhà nước luôn chăm lo cho thương binh.", ["Đảng", "Nhà nước"]),
    ("Ông là Đảng viên, từng làm ở doanh nghiệp nhà nước.", []),
    ("Bị cáo gây thất thoát tài sản Nhà nước hơn 5 tỷ đồng.", []),
    ("Đảng cầm quyền ở nước này vừa đổi tên.", []),
    # 4. news agencies: the name after a lower-case "hãng tin", an English medium as the agent of a passive
    ("Theo hãng tin Tân Hoa Xã, vụ sập cầu làm 4 người chết.", ["Tân Hoa Xã"]),
    ("Hãng tin Kyodo dẫn lời cảnh sát cho biết như vậy.", ["Hãng tin Kyodo"]),
    ("Năm 2015, chị được Sporting News bình chọn là vận động viên của năm.", ["Sporting News"]),
    ("Anh được John Carter giúp đỡ trong những ngày đầu.", []),  # a person, no medium's word
    # 5. a business head and its trade before a name like a person's
    ("Đám cháy bùng lên tại garage ôtô Phúc Lâm ở phường 3.", ["garage ôtô Phúc Lâm"]),
    ("Kẻ gian đột nhập tiệm vàng Bảo Tín lấy đi nhiều trang sức.", ["tiệm vàng Bảo Tín"]),
    ("Cửa hàng điện thoại Thành Đạt bị mất trộm 5 chiếc máy.", ["Cửa hàng điện thoại Thành Đạt"]),
    ("Nhóm bạn ngồi ở quán cà phê Mây thì xảy ra xô xát.", ["quán cà phê Mây"]),
    ("Công an kiểm tra nhà nghỉ Hoàng Yến và phát hiện 3 đôi nam nữ.", ["nhà nghỉ Hoàng Yến"]),
    ("Cửa hàng của anh Tuấn bị cháy trong đêm.", []),  # the owner, not a name
    ("Đây là nhà nghỉ Tú đã thuê nhiều lần.", []),  # a person after a one-syllable name
    ("Vụ việc xảy ra tại quán nhậu xã Tân Phú.", []),  # a place
    ("Hắn chạy vào một quán Internet gần đó để trốn.", []),  # the trade, capitalised
    ("Một người bị bắn trong lãnh sự quán Karachi.", []),  # a compound, not a shop
    ("Người dân phường Quán Bàu báo tin cho công an.", []),  # a place's name
    # 6. party and youth branches
    ("Chi đoàn Phòng CSGT Công an tỉnh Gia Lai tặng quà.", ["Chi đoàn Phòng CSGT Công an tỉnh Gia Lai"]),
    ("Chi bộ Công an xã Tân Hòa họp định kỳ.", ["Chi bộ Công an xã Tân Hòa"]),
    ("Đảng bộ tỉnh Bình Định tổ chức đại hội.", ["Đảng bộ tỉnh Bình Định"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hà Tĩnh ra quân.", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hà Tĩnh"]),
    ("Hội liên hiệp Thanh niên Việt Nam TP Pleiku trao học bổng.", ["Hội liên hiệp Thanh niên Việt Nam TP Pleiku"]),
    ("Chi bộ đã họp để kiểm điểm.", []),
    # 7. lower-case named forces after "lực lượng"; a police unit in lower case after a title
    ("Nhận tin, lực lượng phòng cháy chữa cháy công an tỉnh Cà Mau đã có mặt.",
     ["lực lượng phòng cháy chữa cháy công an tỉnh Cà Mau"]),
    ("Tham gia có lực lượng bộ đội biên phòng và lực lượng công an nhân dân.",
     ["lực lượng bộ đội biên phòng", "lực lượng công an nhân dân"]),
    ("Lực lượng chức năng và lực lượng công an đã phong tỏa hiện trường.", []),
    ("Trung tá Hà Văn Đông, Trưởng phòng cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Yên Bái cho biết.",
     ["cảnh sát điều tra tội phạm về ma túy", "Công an tỉnh Yên Bái"]),
    ("Anh ta từng là Trưởng phòng cảnh sát của quận.", []),
    # 8. a term of office stays in the body's name
    ("Vấn đề được nêu tại kỳ họp thứ nhất của QH khóa 15.", ["QH khóa 15"]),
    ("Quốc hội khóa XV đã thông qua nghị quyết.", ["Quốc hội khóa XV"]),
    # 9. a generic "Cơ quan điều tra" is no organisation; with its parent it is
    ("Vụ án gây khó khăn cho Cơ quan điều tra. Công an đang truy tìm nghi phạm.", []),
    ("Cơ quan điều tra đã lấy mẫu gửi giám định.", []),
    ("Theo cơ quan điều tra Công an huyện Tam Nông, nghi phạm đã bỏ trốn.", ["cơ quan điều tra Công an huyện Tam Nông"]),
    # no department in "phòng" + a disease ("against")
    ("Người dân được tiêm vắc xin phòng Covid-19 tại trạm y tế.", []),
]


@pytest.mark.parametrize(("text", "orgs"), ORGS)
def test_whole_organisation_names_of_the_fresh_classes(text: str, orgs: list[str]) -> None:
    assert entities(text, "ORG") == orgs


def test_an_offence_holding_nha_nuoc_stays_a_crime() -> None:
    text = "Ông ta bị xử về tội cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng."
    assert entities(text, "ORG") == []
    assert entities(text, "CRIME") == ["cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng"]


def test_a_remit_inside_a_unit_after_a_title_is_no_crime() -> None:
    text = "Thiếu tá Lò Văn Sinh, Trưởng phòng cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Sơn La cho biết."
    assert entities(text, "CRIME") == []


def test_a_business_name_like_a_person_is_no_person() -> None:
    text = "Trưa qua, tại garage ôtô Phúc Lâm xảy ra cháy."
    assert entities(text, "PERSON") == []


def test_a_short_business_name_named_elsewhere_before_a_sign_holds_everywhere() -> None:
    text = "Nhóm khách đến vũ trường Rain chơi. Vụ việc xảy ra tại vũ trường Rain (số 1 đường Trần Phú)."
    assert entities(text, "ORG") == ["vũ trường Rain", "vũ trường Rain"]


def test_the_expansion_leaves_the_short_form_in_brackets_out() -> None:
    doc = vn_crimeie.extract("Chánh án Tòa án nhân dân (TAND) tối cao ký quyết định.")
    assert [e.value for e in doc.entities if e.label == "ORG"] == [{"expansion": "Tòa án nhân dân tối cao"}]
    assert expansion("Đội Quản lý thị trường (QLTT) số 8") == "Đội Quản lý thị trường số 8"
    assert expansion("QH khóa 15") == "Quốc hội khóa 15"


def test_bracketed_level_needs_a_level_or_a_place_after_the_bracket() -> None:
    ctx = OrgContext.of("Viện Kiểm sát nhân dân (VKSND) cấp cao tại Đà Nẵng và Tòa án nhân dân (TAND) đã họp")
    start = ctx.text.index("(VKSND)")
    assert ctx.text[start : bracketed_level(ctx, start)] == "(VKSND) cấp cao tại Đà Nẵng"
    assert bracketed_level(ctx, ctx.text.index("(TAND)")) is None
