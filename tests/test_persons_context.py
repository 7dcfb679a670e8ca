"""PERSON without a cue: foreign names, names before an age or a verb, lists and later mentions.

Every sentence is written for the test in the style of police and world news.
"""

from __future__ import annotations


import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import persons
from linearity import assert_linear, prefix_maker


def names(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[c.start : c.end] for c in persons.find(norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Before an age or a year of birth.
        ("Ngày 3/5, Lee Min Ho, 31 tuổi, bị tòa tuyên 12 năm tù.", ["Lee Min Ho"]),
        ("Kẻ cầm đầu đường dây là Choi Jae Won (29 tuổi) cũng bị bắt.", ["Choi Jae Won"]),
        ("Nghi phạm được xác định là Gareth Whitby, 44 tuổi, sống ở ngoại ô.", ["Gareth Whitby"]),
        ("Công an bắt giữ Sa Lây Vông (27 tuổi, quốc tịch Lào) cùng tang vật.", ["Sa Lây Vông"]),
        ("Đồn biên phòng bắt Giàng A Páo (SN 1992) khi đang vận chuyển pháo.", ["Giàng A Páo"]),
        # A foreign name before a verb of saying or of a case.
        ("Hernandez cho biết anh đã bị đe dọa nhiều lần.", ["Hernandez"]),
        ("Theo hồ sơ, Marcus Okafor khai đã nhận tiền từ nhóm buôn lậu.", ["Marcus Okafor"]),
        ("Sau phiên tòa, Yamazaki bị tuyên án chung thân.", ["Yamazaki"]),
        # A foreign given name opens the name.
        ("Cảnh sát đã thẩm vấn Jennifer Dawkins về khoản tiền bị mất.", ["Jennifer Dawkins"]),
        # A title or an occupation before a one-word foreign name.
        ("Tổng thống Macron lên án vụ tấn công.", ["Macron"]),
        ("Cầu thủ Neymar bị điều tra vì nghi trốn thuế.", ["Neymar"]),
        ("Đạo diễn Khải Minh bị tố nợ tiền cát-xê.", ["Khải Minh"]),
        # Romanised names with a hyphenated tail.
        ("Cựu Tổng thống Lee Myung-bak bị bắt giam.", ["Lee Myung-bak"]),
        # Later mentions: the surname or the given name of a foreign name.
        ("Võ sĩ Tyler Brannigan thua knock-out. Sau trận, Brannigan được đưa vào viện.", ["Tyler Brannigan", "Brannigan"]),
        ("Bà Olivia Stroud kể lại vụ việc. Olivia cho rằng mình bị theo dõi.", ["Olivia Stroud", "Olivia"]),
        ("Kim Sung Min, 38 tuổi, bị truy nã. Kim Sung Min từng sống ở Busan.", ["Kim Sung Min", "Kim Sung Min"]),
        # Lists after a person.
        ("Công an khởi tố Trần Văn Hòa, Lò Văn Pằng và Vàng A Dự.", ["Trần Văn Hòa", "Lò Văn Pằng", "Vàng A Dự"]),
        ("Tòa tuyên phạt Brandon Walsh, Tiago Moreira và Kaito.", ["Brandon Walsh", "Tiago Moreira", "Kaito"]),
        ("Hai đối tượng Sơn và Hải bị bắt. Hải khai được Sơn thuê.", ["Sơn", "Hải", "Hải", "Sơn"]),
        # The last initial of an anonymised name is its later mention.
        ("Chị Lò Thị P. đang mang thai. Gia đình P. rất khó khăn.", ["Lò Thị P.", "P."]),
        # A capitalised verb opens the sentence, the name follows.
        ("Bắt Lò Văn Pằng vận chuyển 2 bánh heroin.", ["Lò Văn Pằng"]),
        # A country between an occupation and a foreign name.
        ("Cố vấn Michael Flynn liên lạc với Nga, theo CNN.", ["Michael Flynn"]),  # no list with a country
        ("Tỷ phú Trung Quốc Wang Jianhua bị điều tra vì trốn thuế.", ["Wang Jianhua"]),
    ],
)
def test_names_in_context(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reuters cho biết vụ nổ làm 3 người chết.",  # a news agency
        "Syria cho biết đã bắn hạ một máy bay không người lái.",  # a country
        "Hãng tin Bloomberg nói rằng giá dầu tăng.",
        "Facebook cho biết đã gỡ bỏ hàng nghìn tài khoản giả.",  # a platform
        "Đối tượng lái chiếc Range Rover màu trắng bỏ chạy.",  # a brand
        "Anh ta đưa cho nạn nhân chiếc Iphone 7 cũ.",
        "Tờ Marca khẳng định cầu thủ sẽ ở lại.",  # a newspaper after its noun
        "Ban quản lý chung cư Grenfell cho biết đã báo cháy.",  # a building
        "Vụ việc xảy ra ở Manila, Philippines hôm 2/6.",
        "Anh ấy chơi game Online suốt đêm.",  # an English word
        "Bộ phim đoạt giải Oscar năm nay kể về một vụ án.",
        "Đại diện Bayern khẳng định cầu thủ vô tội.",  # a club
        "Tại Hà Đông, Bồ Đào Nha và Tây Ban Nha, cảnh sát tuần tra.",  # places after sentence-initial words
        "Hiện trường vụ tai nạn ở khu vực Tam Giác Vàng (20 tuổi trở lên).",
        "Từ ngày 2/3, công an tăng cường tuần tra.",
        "Đại diện China Machinery cho biết hợp đồng đã ký.",  # a company after a foreign non-name
        "Câu chuyện của ông chủ Facebook được nhắc lại.",  # a platform after a cue
        "Thời phong kiến Trung Hoa (thế kỷ 15) có nhiều vụ án.",
    ],
)
def test_no_person_in_context(text: str) -> None:
    assert names(text) == []


def test_list_needs_a_person_first() -> None:
    # Without a person in it, a list of capitalised words stays out.
    assert names("Các xã Phú Thành, Yên Thành và Diễn Châu bị ngập.") == []
    # A place after a person's name is no list item.
    assert names("Đối tượng Nguyễn Văn Tám, Hà Nội bị bắt.") == ["Nguyễn Văn Tám"]


def test_context_sources() -> None:
    text = "Raymond Kessler, 52 tuổi, bị bắt. Kessler khai đã trộm 3 xe."
    by_source = {text[c.start : c.end]: c.source for c in persons.find(text)}
    assert by_source["Raymond Kessler"] in {"persons.context", "persons.foreign"}
    assert by_source["Kessler"] in {"persons.echo", "persons.context"}


@pytest.mark.parametrize("piece", ["Kim ", "Park Ji-", "Hernandez cho biết ", "Lò Văn A, ", "Lee Min (3 tuổi) ", "A, B và "])
def test_linear_on_long_runs(piece: str) -> None:
    assert_linear(persons.find, lambda n: piece * n)
