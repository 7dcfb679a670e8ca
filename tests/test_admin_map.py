"""LOC values from the administrative map (vietnamadminunits): units, provinces before and after 2025, ambiguity."""

from __future__ import annotations

from datetime import datetime

import pytest

import vn_crimeie
from vn_crimeie.admin_map import admin_map, loose_key, lookup


def loc_values(text: str, dateline: datetime | None = None) -> dict[str, dict | None]:
    """LOC text → its value, as ``Document.to_dict()`` gives them."""
    doc = vn_crimeie.extract(text, dateline=dateline).to_dict()
    return {e["text"]: e.get("value") for e in doc["entities"] if e["label"] == "LOC"}


def test_district_with_its_province_before_and_after_2025() -> None:
    values = loc_values("Đối tượng trú tại xã Quảng Phú, huyện Krông Nô, tỉnh Đắk Nông.")
    assert values["huyện Krông Nô"] == {
        "unit": "district", "name": "Krông Nô", "province": "Đắk Nông", "code": "664", "province_2025": "Lâm Đồng",
    }
    assert values["tỉnh Đắk Nông"] == {
        "unit": "province", "name": "Đắk Nông", "province": "Đắk Nông", "code": "67", "province_2025": "Lâm Đồng",
    }
    # Quảng Phú is a commune of several provinces: the district after it says which
    assert values["xã Quảng Phú"]["code"] == "24712"
    assert values["xã Quảng Phú"]["province"] == "Đắk Nông"


def test_ward_of_ha_noi() -> None:
    values = loc_values("Vụ cháy xảy ra tại phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội vào tối qua.")
    ward = values["phường Hàng Bạc"]
    assert (ward["unit"], ward["name"], ward["province"], ward["province_2025"]) == ("ward", "Hàng Bạc", "Hà Nội", "Hà Nội")
    assert ward["code"]
    assert values["quận Hoàn Kiếm"]["unit"] == "district"
    assert values["Hà Nội"] == {"unit": "city", "name": "Hà Nội", "province": "Hà Nội", "code": "01", "province_2025": "Hà Nội"}


def test_numbered_district_in_ho_chi_minh_city() -> None:
    values = loc_values("Theo Công an TP.HCM, nhóm trộm thuê nhà ở quận 3 rồi chuyển sang phường 12, quận Gò Vấp.")
    assert values["quận 3"] == {"unit": "district", "name": "3", "province": "Hồ Chí Minh", "code": "770", "province_2025": "Hồ Chí Minh"}
    # "phường 12" is in many cities; the district after it makes it one
    assert values["phường 12"]["province"] == "Hồ Chí Minh" and values["phường 12"]["code"]


def test_ambiguous_commune_resolved_by_the_province_named_before() -> None:
    text = "Tại Nghệ An, nhiều vụ trộm cắp xảy ra trong tháng. Ông B ở xã Yên Hợp đã bị bắt."
    assert {u.province for u in lookup("Yên Hợp", "xã")} >= {"Nghệ An", "Yên Bái"}
    value = loc_values(text)["xã Yên Hợp"]
    assert (value["province"], value["province_2025"]) == ("Nghệ An", "Nghệ An")
    assert value["code"]


def test_ambiguous_commune_without_context_has_no_code() -> None:
    value = loc_values("Ông B ở xã Yên Hợp đã bị bắt sau nhiều ngày lẩn trốn.")["xã Yên Hợp"]
    assert value == {"unit": "commune", "name": "Yên Hợp"}


def test_new_ward_of_2025_read_with_the_dateline() -> None:
    text = "Người dân phường Hồng Hà đã giao nộp tang vật cho cơ quan công an."
    after = loc_values(text, dateline=datetime(2025, 9, 1))["phường Hồng Hà"]
    assert after == {"unit": "ward", "name": "Hồng Hà", "province": "Hà Nội", "code": "00097", "province_2025": "Hà Nội"}
    before = loc_values(text, dateline=datetime(2024, 9, 1))["phường Hồng Hà"]
    assert "code" not in before and before["name"] == "Hồng Hà"  # Yên Bái and Quảng Ninh had one each


def test_province_merged_in_2025_and_province_spellings() -> None:
    values = loc_values("Ma túy được vận chuyển từ tỉnh Đắc Nông về Thừa Thiên Huế rồi vào TP Thanh Hóa.")
    assert values["tỉnh Đắc Nông"]["name"] == "Đắk Nông"  # spelled with c, read with k
    assert values["Thừa Thiên Huế"]["province_2025"] == "Huế"
    assert values["TP Thanh Hóa"] == {"unit": "city", "name": "Thanh Hóa", "province": "Thanh Hóa", "code": "380", "province_2025": "Thanh Hóa"}


def test_unit_names_that_contain_a_word_that_ends_a_place() -> None:
    values = loc_values("Anh C trú tại phường Yên Sở, quận Hoàng Mai và chị D ở xã Tiến Bộ, tỉnh Tuyên Quang.")
    assert values["phường Yên Sở"]["province"] == "Hà Nội"
    assert values["xã Tiến Bộ"]["province"] == "Tuyên Quang"


def test_town_units() -> None:
    values = loc_values("Vụ việc xảy ra ở thị xã Sơn Tây, Hà Nội và thị trấn Nghèn, huyện Can Lộc, tỉnh Hà Tĩnh.")
    assert values["thị xã Sơn Tây"]["unit"] == "town" and values["thị xã Sơn Tây"]["province"] == "Hà Nội"
    assert values["thị trấn Nghèn"]["unit"] == "town" and values["thị trấn Nghèn"]["province"] == "Hà Tĩnh"


@pytest.mark.parametrize(
    "text",
    [
        "Chị Quỳnh Lưu cho biết đã mất chiếc xe máy.",  # a person named like a district
        "Ông Nguyễn Thanh Hóa là nhân chứng của vụ án.",  # a person named like a province
        "Người dân mong muốn hòa bình và yên ổn.",  # a common word
        "Tân Thành là tên của cửa hàng bị trộm.",  # a commune name with no type word
    ],
)
def test_no_place_without_a_type_word(text: str) -> None:
    assert loc_values(text) == {}


def test_unknown_name_after_a_type_word_has_no_value() -> None:
    assert loc_values("Anh E quê ở xã Làng Mơ Ước, huyện Không Có.") == {"xã Làng Mơ Ước": None, "huyện Không Có": None}


def test_foreign_place_keeps_its_name_value() -> None:
    assert loc_values("Hai đối tượng trốn sang Campuchia.") == {"Campuchia": {"name": "Campuchia"}}


def test_the_index_holds_both_maps() -> None:
    index = admin_map()
    provinces = {u.name for units in index.exact["province"].values() for u in units}
    assert len(provinces) >= 63 and {"Đắk Nông", "Lâm Đồng", "Huế"} <= provinces
    assert loose_key("Hoà Bình") == loose_key("Hòa Bình") == loose_key("Hoa Binh")


def test_a_bare_district_named_after_its_ward() -> None:
    values = loc_values("Nạn nhân ngụ phường Tân Tạo A (Bình Tân) đã đến trình báo.")
    assert values["Bình Tân"]["province"] == "Hồ Chí Minh"  # huyện Bình Tân of Vĩnh Long holds no Tân Tạo A
    assert values["Bình Tân"]["code"]


def test_bare_commune_and_district_of_an_address_are_read_from_the_map() -> None:
    values = loc_values("Hải (SN 1988, cùng quê ở Cao Xá, Lâm Thao, Phú Thọ) bị bắt.")
    # Cao Xá is a commune of Bắc Giang and of Phú Thọ: the district after it says which
    assert values["Cao Xá"] == {"unit": "commune", "name": "Cao Xá", "province": "Phú Thọ", "code": "08527", "province_2025": "Phú Thọ"}
    # Lâm Thao is a district and a town of Phú Thọ: before a province, the district
    assert (values["Lâm Thao"]["unit"], values["Lâm Thao"]["code"]) == ("district", "237")


def test_bare_ward_before_its_district_after_a_street() -> None:
    values = loc_values("Vụ việc xảy ra trong ngõ 219, đường Trung Kính, Yên Hòa, Cầu Giấy, Hà Nội.")
    assert (values["Yên Hòa"]["unit"], values["Yên Hòa"]["province"]) == ("ward", "Hà Nội")
    assert values["Cầu Giấy"]["unit"] == "district"


def test_a_name_the_map_puts_in_the_district_after_it_is_that_commune_not_a_district_elsewhere() -> None:
    # Thanh Xuân is also a district of Hà Nội; after it comes Sóc Sơn, which holds a commune Thanh Xuân
    values = loc_values("Nguyễn Văn A (trú Thanh Xuân, Sóc Sơn, Hà Nội) khai nhận.")
    assert (values["Thanh Xuân"]["unit"], values["Thanh Xuân"]["code"]) == ("commune", "00433")


@pytest.mark.parametrize(
    "text",
    [
        "Anh Trần Hòa Bình, Hà Nội cho biết sẽ hợp tác.",  # a person's given name before a comma
        "Đoàn đã đến Hà Giang, Lào Cai, Yên Bái trong tuần.",  # provinces in a list: none lies in another
        "Theo ông Nam, Hà Nội sẽ cấm xe máy.",  # a name that is no unit of Hà Nội
        # a list of provinces: an old province is a ward of the new Cà Mau, but a province name stays a province
        "Tình trạng này diễn ra ở các địa bàn Bạc Liêu, Cà Mau, Sóc Trăng.",
    ],
)
def test_a_name_before_a_place_that_the_map_does_not_put_inside_it_is_no_address_part(text: str) -> None:
    doc = vn_crimeie.extract(text)
    assert not [e for e in doc.entities if e.label == "LOC" and e.source == "locations.address"]


def test_a_city_after_a_town_keeps_its_own_unit() -> None:
    values = loc_values("Vụ việc xảy ra gần nút giao Yên Bình (Thị xã Phổ Yên, TP Thái Nguyên).")
    assert (values["TP Thái Nguyên"]["unit"], values["TP Thái Nguyên"]["code"]) == ("city", "164")
