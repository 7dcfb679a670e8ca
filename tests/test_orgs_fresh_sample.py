"""ORG and TITLE classes seen missing on a fresh archive sample (issue 17, item 2).

Sentences written for these tests; each class has a negative beside it.
"""

from __future__ import annotations

import pytest

import vn_crimeie


def spans(text: str, label: str) -> list[str]:
    """The texts of the entities of ``label`` that ``extract`` finds in ``text``."""
    return [e.text for e in vn_crimeie.extract(text).entities if e.label == label]


# -- 1. the trial panel ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sau khi nghị án, HĐXX tuyên phạt bị cáo Lò Văn T 7 năm tù.", "HĐXX"),
        ("Hội đồng xét xử nhận định hành vi của bị cáo là nguy hiểm.", "Hội đồng xét xử"),
        ("Tại phiên tòa sáng nay, hội đồng xét xử đã bác kháng cáo.", "hội đồng xét xử"),
    ],
)
def test_trial_panel_is_an_organisation(text: str, org: str) -> None:
    assert org in spans(text, "ORG")


def test_trial_panel_abbreviation_is_expanded() -> None:
    ents = [e for e in vn_crimeie.extract("HĐXX tuyên án vào chiều nay.").entities if e.label == "ORG"]
    assert [(e.text, e.value) for e in ents] == [("HĐXX", {"expansion": "Hội đồng xét xử"})]


def test_trying_a_case_is_no_panel() -> None:
    assert spans("Vụ án sẽ được đưa ra xét xử vào tháng sau.", "ORG") == []


# -- 2. lower-case heads, their parents and units --------------------------------------


def test_fixed_parent_with_lower_case_head() -> None:
    text = "Hồ sơ đã được chuyển cho cục Điều tra hình sự bộ Quốc phòng xử lý."
    assert spans(text, "ORG") == ["cục Điều tra hình sự bộ Quốc phòng"]


def test_lower_case_ministry_alone_is_no_organisation() -> None:
    assert spans("Các bộ Tư pháp và Nội vụ đã họp bàn.", "ORG") == []


def test_lower_case_police_unit_named_in_full() -> None:
    text = "Lãnh đạo phòng cảnh sát quản lý hành chính về trật tự xã hội đã có mặt."
    assert spans(text, "ORG") == ["phòng cảnh sát quản lý hành chính về trật tự xã hội"]


def test_lower_case_room_of_the_police_is_no_unit() -> None:
    assert spans("Anh ta vào phòng cảnh sát để trình báo.", "ORG") == []


def test_depot_and_company_of_the_army() -> None:
    text = "Anh Q từng công tác tại đơn vị Kho Kỳ Sơn, Đại đội 12 trước khi xuất ngũ."
    assert spans(text, "ORG") == ["Kho Kỳ Sơn", "Đại đội 12"]


def test_storehouse_is_no_organisation() -> None:
    assert spans("Kho hàng của gia đình bị cháy rụi.", "ORG") == []


# -- 3. foreign media after a press head or a credit --------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Tờ Le Monde cho biết nghi phạm đã bị bắt.", "Le Monde"),
        ("Theo tờ The Boston Globe, cảnh sát đã vào cuộc.", "The Boston Globe"),
        ("Hiện trường vụ cháy. (Nguồn: La Provence)", "La Provence"),
        ("Chiếc xe sau vụ tai nạn. Ảnh: Daily Star", "Daily Star"),
    ],
)
def test_foreign_medium_after_press_head_or_credit(text: str, org: str) -> None:
    assert org in spans(text, "ORG")


def test_credit_stops_before_the_next_sentence() -> None:
    text = "Nghi phạm tại tòa. Ảnh: Evening Standard Trong khi đó, gia đình nạn nhân chờ bên ngoài."
    assert spans(text, "ORG") == ["Evening Standard"]


@pytest.mark.parametrize(
    "text",
    [
        "Nghi phạm bị áp giải. Ảnh: Minh Anh",  # a Vietnamese photographer
        "Hình ảnh minh họa. Ảnh: Internet",  # no organisation
        "Chị điền vào tờ khai rồi nộp lại.",  # a form, not a paper
    ],
)
def test_no_medium_from_a_person_or_a_form(text: str) -> None:
    assert spans(text, "ORG") == []


# -- 4. bare "Cảnh sát" ---------------------------------------------------------------


def test_bare_police_opening_a_sentence_is_generic() -> None:
    assert spans("Cảnh sát đã phong tỏa khu vực quanh nhà ga.", "ORG") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Lực lượng cảnh sát chống khủng bố đã được điều động.", "cảnh sát chống khủng bố"),
        ("Cảnh sát thành phố Osaka đã bắt giữ hai nghi phạm.", "Cảnh sát thành phố Osaka"),
        ("Cảnh sát hình sự đã vào cuộc điều tra.", "Cảnh sát hình sự"),
    ],
)
def test_named_police_force_stays_an_organisation(text: str, org: str) -> None:
    assert org in spans(text, "ORG")


# -- 5. titles --------------------------------------------------------------------------


def test_senator_is_a_title() -> None:
    text = "Thượng nghị sĩ Ted Walker chỉ trích quyết định này."
    assert spans(text, "TITLE") == ["Thượng nghị sĩ"]


def test_in_charge_before_an_organisation_is_a_title() -> None:
    text = "Bác sĩ Hà Văn K, Phụ trách Trung tâm Cấp cứu, cho biết bệnh nhân đã ổn."
    assert spans(text, "TITLE") == ["Phụ trách"]
    assert "Trung tâm Cấp cứu" in spans(text, "ORG")


def test_in_charge_as_a_verb_is_no_title() -> None:
    assert spans("Ông được giao phụ trách Trung tâm Cấp cứu từ năm ngoái.", "TITLE") == []


def test_head_of_department_and_the_department() -> None:
    text = "Bác sĩ Đỗ Thị H, Trưởng khoa Thận, cho biết bệnh nhân đã tỉnh."
    assert spans(text, "TITLE") == ["Trưởng khoa"]
    assert spans(text, "ORG") == ["Thận"]


def test_head_of_department_before_a_person_names_no_department() -> None:
    text = "Trưởng khoa Nguyễn Văn B đã ký biên bản."
    assert spans(text, "ORG") == []


def test_office_of_the_prime_minister_holds_no_title() -> None:
    assert spans("Văn phòng thủ tướng Nhật Bản ra thông cáo.", "TITLE") == []
    assert spans("Thủ tướng Nhật Bản ra thông cáo.", "TITLE") == ["Thủ tướng"]


def test_reporting_to_the_police_is_no_paper() -> None:
    assert spans("Thấy vậy, người dân liền báo cảnh sát 113 đến hỗ trợ.", "ORG") == []
