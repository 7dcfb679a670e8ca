"""People with roles: officials, suspects, victims, witnesses, lawyers, reporters (sentences written for these tests)."""

from __future__ import annotations

import pytest

import vn_crimeie


def roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in vn_crimeie.extract(text, dateline="2024-05-02").people()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thượng tá Đỗ Văn Hải chỉ đạo lực lượng truy bắt.", {"Đỗ Văn Hải": "official"}),
        ("Ông Ngô Minh Tuấn, Phó Chủ tịch UBND tỉnh Hà Tĩnh dự buổi làm việc.", {"Ngô Minh Tuấn": "official"}),
        ("Công an đã bắt đối tượng Phan Văn Lực khi đang vận chuyển ma túy.", {"Phan Văn Lực": "suspect"}),
        ("Bị cáo Trịnh Thị Hồng bị tuyên phạt 12 năm tù.", {"Trịnh Thị Hồng": "defendant"}),
        # sentenced in the sentence that names them: a defendant; only wanted or arrested: a suspect
        ("Tòa án tuyên phạt Đặng Văn Khôi 8 năm tù về tội cướp tài sản.", {"Đặng Văn Khôi": "defendant"}),
        ("Kẻ cầm đầu, Lý Quốc Hưng (30 tuổi), lĩnh án 20 năm tù.", {"Lý Quốc Hưng": "defendant"}),
        ("Công an đang truy nã đối tượng Hồ Văn Tám.", {"Hồ Văn Tám": "suspect"}),
        # the object of a killing, a fraud or a rescue is a victim; the one who rescues is not
        ("Đối tượng đã sát hại anh Lò Văn Pấng rồi bỏ trốn.", {"Lò Văn Pấng": "victim"}),
        ("Nhóm này đã lừa chị Đinh Thị Mến hơn 200 triệu đồng.", {"Đinh Thị Mến": "victim"}),
        ("Anh Vi Văn Khánh đã giải cứu cháu bé khỏi đám cháy.", {"Vi Văn Khánh": "other"}),
        # "đối với" between the action and the name: the name is its object
        ("Cơ quan điều tra đã khởi tố bị can, bắt tạm giam đối với ông Lưu Đình Tư.", {"Lưu Đình Tư": "suspect"}),
        # what is said right after the name: arrested or charged is a suspect, killed or defrauded a victim
        ("Đinh Văn Quyết (SN 1988, trú xã Tân Lập) đã bị bắt giữ.", {"Đinh Văn Quyết": "suspect"}),
        ("Sau khi gây án, Mạc Văn Hòa bỏ trốn khỏi địa phương.", {"Mạc Văn Hòa": "suspect"}),
        ("Anh Hoàng Văn Lợi (45 tuổi) tử vong tại chỗ.", {"Hoàng Văn Lợi": "victim"}),
        ("Bà Trương Thị Duyên bị lừa mất 300 triệu đồng.", {"Trương Thị Duyên": "victim"}),
        ("Ông Phùng Văn Kha cho biết sẽ hợp tác.", {"Phùng Văn Kha": "other"}),
        # a list after "gồm" takes what the clause before it says of the list
        ("Ba thanh niên bị bắt quả tang gồm: Lã Văn Tiến, Tạ Văn Dũng và Kiều Văn Sơn.",
         {"Lã Văn Tiến": "suspect", "Tạ Văn Dũng": "suspect", "Kiều Văn Sơn": "suspect"}),
        ("Đoàn công tác gồm: ông Võ Văn Thành và bà Lê Thị Hạnh.", {"Võ Văn Thành": "other", "Lê Thị Hạnh": "other"}),
        # "luật sư của X": X has a lawyer, X is not one
        ("Luật sư của Trịnh Văn Hào cho biết sẽ kháng cáo.", {"Trịnh Văn Hào": "other"}),
        # several bylines on the last line
        ("Vụ việc đang được điều tra.\nLê Minh Sơn - Đỗ Thu Trang", {"Lê Minh Sơn": "reporter", "Đỗ Thu Trang": "reporter"}),
        # a name alone on one of the last lines is the byline
        ("Công an huyện đang điều tra làm rõ vụ việc.\nHồ Thu Hà", {"Hồ Thu Hà": "reporter"}),
        ("Nạn nhân là chị Vương Thị Lan được đưa đi cấp cứu.", {"Vương Thị Lan": "victim"}),
        ("Theo nhân chứng Lý Văn Phúc, chiếc xe chạy rất nhanh.", {"Lý Văn Phúc": "witness"}),
        ("Luật sư Mạc Văn Đông cho rằng thân chủ của mình vô tội.", {"Mạc Văn Đông": "lawyer"}),
        ("Người dân Kiều Văn Sơn đã báo cho cơ quan chức năng.", {"Kiều Văn Sơn": "other"}),
    ],
)
def test_role_of_each_person(text: str, expected: dict[str, str]) -> None:
    got = roles(text)
    assert {name: got.get(name) for name in expected} == expected, got


def test_charged_person_is_a_suspect_even_without_a_cue() -> None:
    got = roles("Cơ quan Cảnh sát điều tra khởi tố Hồ Văn Quý về tội Trộm cắp tài sản.")
    assert got.get("Hồ Văn Quý") == "suspect"


def test_officials_keep_only_the_officials() -> None:
    doc = vn_crimeie.extract(
        "Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh cho biết đã bắt đối tượng Trần Văn Bình. "
        "Nạn nhân là anh Lê Văn Cường.", dateline="2024-05-02"
    )
    assert [o["name"] for o in doc.officials()] == ["Nguyễn Văn Hùng"]
    assert "role" not in doc.officials()[0]
    assert {p["name"]: p["role"] for p in doc.people()} == {
        "Nguyễn Văn Hùng": "official", "Trần Văn Bình": "suspect", "Lê Văn Cường": "victim"
    }


def test_a_photo_credit_is_a_reporter_and_no_official() -> None:
    doc = vn_crimeie.extract("Lực lượng chức năng khám nghiệm hiện trường vụ cháy. Ảnh: Hoàng Minh Đức", dateline="2024-05-02")
    reporters = [p["name"] for p in doc.people() if p["role"] == "reporter"]
    assert reporters == ["Hoàng Minh Đức"] and doc.officials() == []


def test_a_title_that_is_no_official_function_makes_no_official() -> None:
    got = roles("Bác sĩ Tạ Văn Lâm, Bệnh viện Đa khoa tỉnh cho biết nạn nhân đã qua cơn nguy kịch.")
    assert got.get("Tạ Văn Lâm") != "official"


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("Công an bắt Trần Cao Thái (biệt danh Thái Mèo) cùng đồng bọn. Thái Mèo khai nhận đã trộm 5 xe máy.", "Trần Cao Thái", 3),
        ("Đối tượng Nguyễn Văn Cường (tức Cường Sấm) bị bắt. Cường Sấm có 2 tiền án.", "Nguyễn Văn Cường", 3),
    ],
)
def test_a_nickname_is_the_same_person(text: str, name: str, mentions: int) -> None:
    records = vn_crimeie.extract(text, dateline="2024-05-02").people()
    assert [(r["name"], r["role"], len(r["mentions"])) for r in records] == [(name, "suspect", mentions)]


def test_the_object_of_an_arrest_is_a_suspect() -> None:
    assert roles("Lực lượng chức năng đã bắt giữ Đoàn Văn Khoa tại nhà riêng.").get("Đoàn Văn Khoa") == "suspect"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chị Phạm Thị Hoa - nhân viên Trung tâm Y tế huyện Cam Lộ cho biết đã tiêm đủ hai mũi.", "Phạm Thị Hoa", "other"),
        ("Anh Lê Văn Tám, nhân viên Công ty TNHH Hòa Phát, kể lại sự việc.", "Lê Văn Tám", "other"),
        ("Anh Lò Văn Quý, cán bộ Công an huyện Mường Lát, đã kịp thời ứng cứu.", "Lò Văn Quý", "official"),
    ],
)
def test_membership_of_a_company_or_hospital_makes_no_official(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


def test_a_byline_is_marked_on_its_entity_and_other_people_are_not() -> None:
    text = "Chiều 5/3, Công an huyện Đức Thọ đã bắt Trần Văn Sáu về hành vi trộm cắp tài sản.\nTrung Hùng"
    entities = vn_crimeie.extract(text, dateline="2024-03-13").to_dict()["entities"]
    marked = {e["text"]: e.get("source") for e in entities if e["label"] == "PERSON"}
    assert marked == {"Trần Văn Sáu": None, "Trung Hùng": "persons.byline"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ngày 7/6, TAND huyện Cần Giờ tuyên phạt Lê Văn Sang (nguyên Trưởng Trạm kiểm lâm Tam Thôn) 9 tháng tù.", "Lê Văn Sang", "defendant"),
        ("Công an đã bắt giữ ông Nguyễn Văn Dậu, Phó Chủ tịch UBND xã Tân Lập, về hành vi nhận hối lộ.", "Nguyễn Văn Dậu", "suspect"),
        ("Phó Chủ tịch UBND xã Tân Lập Nguyễn Văn Dậu đã chỉ đạo lực lượng truy bắt.", "Nguyễn Văn Dậu", "official"),
    ],
)
def test_an_arrested_or_sentenced_office_holder_is_a_suspect_or_defendant(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "Vụ án đang được mở rộng điều tra. (còn nữa) Trịnh Mai Chi (tổng hợp)",
        "Vụ án đang được mở rộng điều tra. Theo Hồ Thanh Vân/Vnexpress",
    ],
)
def test_an_author_closing_the_text_without_a_line_break_is_a_reporter(text: str) -> None:
    assert "reporter" in roles(text).values()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Theo tiến sĩ Lê Hữu Phước, Trưởng khoa Thận, Bệnh viện Chợ Rẫy, bệnh nhân đã ổn định.", "Lê Hữu Phước", "other"),
        ("Thạc sĩ Đào Minh Thu, Phụ trách Trung tâm Chống độc, cho biết mẫu nước có flo.", "Đào Minh Thu", "other"),
        ("Bác sĩ Trần Văn Lợi - Giám đốc Trung tâm Y tế huyện Gio Linh cho biết đã tiêm xong.", "Trần Văn Lợi", "official"),
        ("Ông Hồ Văn Khiêm, Trưởng khoa Thận, cho biết bệnh nhân đã ổn định.", "Hồ Văn Khiêm", "official"),
    ],
)
def test_an_expert_with_a_department_post_is_no_official(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


def test_a_list_after_a_cue_noun_and_la_gives_every_item_its_role_across_semicolons() -> None:
    doc = vn_crimeie.extract("Ngoài ra 3 bị cáo khác là: Phạm Văn Ẩn; Phạm Đức Tú và Trương Văn Lớn cũng có mặt tại tòa.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [
        ("Phạm Văn Ẩn", "defendant"), ("Phạm Đức Tú", "defendant"), ("Trương Văn Lớn", "defendant"),
    ]


def test_a_list_after_a_word_that_is_no_cue_gives_no_role() -> None:
    doc = vn_crimeie.extract("Ngoài ra 3 người khác là: Phạm Văn Ẩn; Phạm Đức Tú và Trương Văn Lớn cũng có mặt.")
    assert {p["role"] for p in doc.people()} == {"other"}


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Hai cán bộ cũng bị kỷ luật.\nDUY THÀNH", "DUY THÀNH"),  # a byline in capitals
        ("Bộ Công an đang xem xét vụ việc. Theo Nam Phương/Vnexpress", "Nam Phương"),  # with its outlet after "Theo"
        ("Bộ Công an đang xem xét vụ việc. Theo Hương Vũ (ANTG)", "Hương Vũ"),
        ("Xe được chuyển cho Công an huyện xử lý./. CTV Lê Huy/VOV.VN", "Lê Huy"),  # a collaborator's byline
    ],
)
def test_bylines_in_capitals_or_after_theo_with_an_outlet_are_reporters(text: str, reporter: str) -> None:
    assert [(p["name"], p["role"]) for p in vn_crimeie.extract(text).people()] == [(reporter, "reporter")]


@pytest.mark.parametrize(
    "text",
    ["Bộ Công an đang xem xét vụ việc. Theo Trí Thức Trẻ", "Cơ quan chức năng đang điều tra vụ việc.\nDOANH NHÂN"],
)
def test_an_outlet_closing_the_text_is_no_person(text: str) -> None:
    assert vn_crimeie.extract(text).people() == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Luật sư của nữ nghi phạm Việt Nam Đoàn Thị Hương cho biết đã viết thư.", "suspect"),
        ("Nghi phạm người Trung Quốc Lý Văn Bình bị bắt tại sân bay.", "suspect"),
        ("Nạn nhân người Hàn Quốc Kim Min Jun được đưa đi cấp cứu.", "victim"),
    ],
)
def test_a_nationality_between_a_cue_and_the_name_keeps_the_cue(text: str, role: str) -> None:
    assert [p["role"] for p in vn_crimeie.extract(text).people()] == [role]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Công an đã bắt giữ Hồ Anh Tùng (20 tuổi) và Lê Công Luận (18 tuổi) để điều tra.", ["suspect", "suspect"]),
        ("Nạn nhân là anh Trần Văn Hoàn và chị Lê Thị Đẹp.", ["victim", "victim"]),
        # joined by a comma only, or with a role of its own: no sharing
        ("Công an đã bắt giữ Hồ Anh Tùng, ông Lê Văn Nam cho biết.", ["suspect", "other"]),
    ],
)
def test_a_person_joined_by_va_to_one_with_a_role_shares_it(text: str, roles: list[str]) -> None:
    assert [p["role"] for p in vn_crimeie.extract(text).people()] == roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Theo người phát ngôn của Cảnh sát quốc gia Indonesia, ông Rikwanto, vụ tấn công xảy ra tối qua.", "official"),
        ("Luật sư của bị cáo, ông Trần Văn Hùng đã đề nghị hoãn phiên tòa.", "lawyer"),
        ("Theo lời kể của mẹ, ông Lê Văn Nam đã về nhà.", "other"),  # no role word before "của"
        ("Luật sư của Trịnh Sảng cho rằng, Trương Hằng đưa tin sai.", "other"),  # no honorific: no apposition
    ],
)
def test_a_role_before_whom_it_serves_then_the_person_after_a_comma(text: str, role: str) -> None:
    assert [p["role"] for p in vn_crimeie.extract(text).people()][-1] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Nga bị cáo buộc lừa 16,5 tỷ đồng của ông Cao Toàn Mỹ.", "Cao Toàn Mỹ", "victim"),
        ("Đối tượng đã trộm 2 con bò của bà Nguyễn Thị Hoa ở xã bên.", "Nguyễn Thị Hoa", "victim"),
        ("Hắn chiếm đoạt chiếc xe máy của anh Lê Văn Tâm rồi bỏ trốn.", "Lê Văn Tâm", "victim"),
        ("Hắn là em trai của ông Trần Văn Minh.", "Trần Văn Minh", "other"),  # no verb of taking
        ("Hắn trộm xe máy. Sau đó, bạn của anh Lê Văn Tâm báo tin.", "Lê Văn Tâm", "other"),  # another sentence
    ],
)
def test_the_owner_of_what_a_verb_of_taking_took_is_a_victim(text: str, name: str, role: str) -> None:
    roles = {p["name"]: p["role"] for p in vn_crimeie.extract(text).people()}
    assert roles[name] == role


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a nickname filling the bracket after the name, said later with its epithet in quotes or by the name alone
        ("Nguyễn Văn Cường (Cường sấm) bị bắt. Cường 'sấm' đã có vợ.", ["Nguyễn Văn Cường", "Cường sấm", "Cường 'sấm'"]),
        ('Đường dây do Trần Ngọc Hiếu ("Hoàng Béo" tên thường gọi) cầm đầu. Giang báo lại cho Hoàng.',
         ["Trần Ngọc Hiếu", "Hoàng Béo", "Hoàng"]),
        # a name written with a capitalised word that is also an honorific, inside a sentence
        ("Bị can Vũ Hoàng Anh Ngọc bị bắt. Trong đó, có Anh Ngọc là bạn gái.", ["Vũ Hoàng Anh Ngọc", "Anh Ngọc"]),
    ],
)
def test_nicknames_and_short_forms_join_the_person(text: str, mentions: list[str]) -> None:
    doc = vn_crimeie.extract(text)
    (person,) = [p for p in doc.people() if len(p["mentions"]) > 1]
    assert [text[s:e] for s, e in person["mentions"]] == mentions


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn Hải (Hải Phòng) bị bắt tại nhà.",  # a place in the bracket
        'Ứng dụng có tên Tuanyuan ("Đoàn viên") do một tập đoàn phát triển.',  # no person before the bracket
    ],
)
def test_a_bracket_that_is_no_nickname_adds_no_person(text: str) -> None:
    assert len(vn_crimeie.extract(text).people()) <= 1


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Công an đã bắt trùm ma túy Nguyễn Văn Hải.", "suspect"),
        ("Ông trùm Trần Văn Long điều hành đường dây.", "suspect"),
        ("Ông Trần Văn Long trùm chăn ngủ.", "other"),  # no cue before the name
    ],
)
def test_a_drug_lord_is_a_suspect(text: str, role: str) -> None:
    assert [p["role"] for p in vn_crimeie.extract(text).people()] == [role]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ngày 11/7, Tòa sẽ tuyên án. Thùy Dung/VOV-TP HCM", "Thùy Dung"),  # a byline with its outlet and desk
        ("Công an đang điều tra vụ án. Theo Đình Thảo/Dân trí", "Đình Thảo"),
        ("Người dân được đo huyết áp. Ảnh: Ngọc Nga Số người mắc bệnh đang tăng.", "Ngọc Nga"),  # next sentence glued
    ],
)
def test_bylines_and_credits_in_archive_layout_are_reporters(text: str, name: str) -> None:
    assert [(p["name"], p["role"]) for p in vn_crimeie.extract(text).people()] == [(name, "reporter")]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Nhóm côn đồ lên xe khách để bỏ chạy. L.N - Phạm Đông", [("L.N", "reporter"), ("Phạm Đông", "reporter")]),
        ("Chúng đe dọa, bắt anh Trịnh Quang Bé phải mở cửa xe.", [("Trịnh Quang Bé", "other")]),  # forced, not arrested
        ("Công an đã bắt Trịnh Quang Bé tại nhà.", [("Trịnh Quang Bé", "suspect")]),
    ],
)
def test_initial_bylines_and_bat_as_force(text: str, roles: list[tuple[str, str]]) -> None:
    assert [(p["name"], p["role"]) for p in vn_crimeie.extract(text).people()] == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the one hurt by the attackers is a victim
        ("Nhóm côn đồ đã gây thương tích cho cháu Lê Minh Khoa (15 tuổi) rồi bỏ chạy.", "Lê Minh Khoa", "victim"),
        # an expert introduced by his public body, between commas, is an official
        ("Tại tòa, ông Đỗ Văn Hải, Viện Khoa học hình sự (Bộ Công an), trình bày kết luận giám định.", "Đỗ Văn Hải", "official"),
        # ... not by a company
        ("Anh Trần Văn Bình, Công ty Hòa Phát, cho biết sẽ hợp tác.", "Trần Văn Bình", "other"),
    ],
)
def test_roles_from_harm_and_apposition(text: str, name: str, role: str) -> None:
    records = roles(text)
    assert records.get(name) == role, records


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hiện trường vụ cháy. Ảnh: TTXVN/Lê Văn Thành", "Lê Văn Thành"), ("Thủ tướng tiếp đoàn. Ảnh: VGP/Nhật Bắc", "Nhật Bắc")],
)
def test_a_photographer_after_a_news_agency_is_a_reporter(text: str, name: str) -> None:
    assert roles(text).get(name) == "reporter"
