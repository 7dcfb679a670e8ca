"""LOC areas that no administrative word opens (issue 17): residential units of an address, regions,
places abroad in running text; each class with its negatives."""

from __future__ import annotations

import pytest

import vn_crimeie


def _locs(text: str) -> list[str]:
    return [e.text for e in vn_crimeie.extract(text).entities if e.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a residential unit before ", " and a ward, commune or street, or after a residence cue
        ("Đối tượng Lê Văn Tư trú tại khu Bình Lộc, phường Tân Bình, TP Hải Dương.", ["khu Bình Lộc", "phường Tân Bình", "TP Hải Dương"]),
        ("Chiếc xe bị bỏ lại thuộc khu Đông Hải, phường Tân Bình.", ["khu Đông Hải", "phường Tân Bình"]),
        ("Chị M. (trú Phố Mới, xã Kim Bôi, huyện Kim Bôi) đã trình báo.", ["Phố Mới", "xã Kim Bôi", "huyện Kim Bôi"]),
        ("Ông Đinh Văn Sáu trú tại tổ 12, phường Quang Trung.", ["tổ 12", "phường Quang Trung"]),
        ("Một quán nước trong ngõ 45, đường Láng bị đập phá.", ["ngõ 45", "đường Láng"]),
        ("Anh Hùng (trú tại hẻm 21 Lý Thường Kiệt, phường 6) bị thương.", ["hẻm 21 Lý Thường Kiệt", "phường 6"]),
        ("Gỗ lậu giấu ở tiểu khu 302, xã Ea Sol.", ["tiểu khu 302", "xã Ea Sol"]),
        # numbered hamlets and streams
        ("Nước ở dòng suối 12 thuộc địa phận thôn 3 của xã bị đục.", ["suối 12", "thôn 3"]),
        # regions: an administrative word before one is no part of the LOC; a head and a direction
        ("Mưa lớn ở các tỉnh Tây Nguyên và Nam Trung Bộ.", ["Tây Nguyên", "Nam Trung Bộ"]),
        ("Nhiều chủ xe ở miền Tây bị lừa, còn ở miền Trung thì không.", ["miền Tây", "miền Trung"]),
        ("Lũ quét ở vùng Tây Bắc, ngập ở Đồng bằng sông Cửu Long.", ["Tây Bắc", "Đồng bằng sông Cửu Long"]),
        ("Dịch bùng phát ở miền nam Trung Quốc rồi lan khắp Bắc Triều Tiên.", ["miền nam Trung Quốc", "Bắc Triều Tiên"]),
        ("Đồng bào ở miền Tây Nghệ An đón Tết.", ["miền Tây Nghệ An"]),
        # places abroad in running text
        ("Thượng nghị sĩ bang Ohio Tom Briggs phát biểu.", ["bang Ohio"]),
        ("Lễ hội diễn ra ở Lệ Giang, Vân Nam.", ["Lệ Giang", "Vân Nam"]),
        ("Vụ nổ súng xảy ra ở khu vực Vornelle, ngoại ô thủ đô Paris.", ["Vornelle", "thủ đô Paris"]),
        ("Vụ đánh bom ở nhà thi đấu Birmingham làm nhiều người bị thương.", ["nhà thi đấu Birmingham"]),
        ("Sự việc xảy ra tại Boone, Iowa, Mỹ hôm qua.", ["Boone", "Iowa", "Mỹ"]),
        ("Các vụ tấn công tại London và Manchester (Man-che-xtơ) gây chấn động.", ["London", "Manchester", "Man-che-xtơ"]),
        ("Virus lây lan từ một chợ ở Vũ Hán.", ["Vũ Hán"]),
    ],
)
def test_areas(text: str, expected: list[str]) -> None:
    assert _locs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhà máy nằm trong khu Công nghiệp Quế Võ.", ["khu Công nghiệp Quế Võ"]),  # no residential unit: an industrial park, a place of its own (places.yaml)
        ("Họ đi qua khu Bình Lộc rồi về nhà.", []),  # no address: neither a ward after it nor a residence cue
        ("Ông tổ chức họp ở tổ 3 người.", []),  # a number after "tổ" outside an address
        ("Anh ấy lên miền núi làm ăn, rồi về miền xuôi.", []),  # no direction after the head
        ("Xe khách xuất phát từ Bến xe miền Đông lúc 6 giờ.", []),  # the head inside a name
        ("Vụ việc xảy ra ở thành phố Avignon, miền Nam nước Pháp.", ["thành phố Avignon", "nước Pháp"]),  # part of France
        ("Cảnh sát phong tỏa một đền thờ ở phía Bắc London.", ["London"]),  # a direction from the place
        ("Ông Lê Văn An, Mỹ Hạnh và Lan cùng đi.", []),  # no place cue before a list of names
    ],
)
def test_not_an_area(text: str, expected: list[str]) -> None:
    assert _locs(text) == expected
