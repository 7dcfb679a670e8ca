"""LOC: administrative words + names, gazetteer names, addresses, negatives."""

from __future__ import annotations


import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import locations
from linearity import assert_linear, prefix_maker

CASES = [
    ("Đối tượng trú tại xã Quỳnh Lương, huyện Quỳnh Lưu, tỉnh Nghệ An.", ["xã Quỳnh Lương", "huyện Quỳnh Lưu", "tỉnh Nghệ An"]),
    ("Vụ việc xảy ra tại TP. Đà Nẵng vào rạng sáng.", ["TP. Đà Nẵng"]),
    ("Anh ta sinh sống ở TP.Hải Phòng từ nhỏ.", ["TP.Hải Phòng"]),
    ("Hội nghị được tổ chức ở Hà Nội.", ["Hà Nội"]),
    ("Nhóm đối tượng đưa người sang Campuchia làm việc.", ["Campuchia"]),
    ("Ma túy được vận chuyển từ Lào về Việt Nam.", ["Lào", "Việt Nam"]),
    ("Kho hàng ở quận 4, TP.HCM bị cháy.", ["quận 4", "TP.HCM"]),
    ("Nạn nhân ngụ phường 12, quận Gò Vấp.", ["phường 12", "quận Gò Vấp"]),
    ("Chiếc xe lưu thông trên QL1A theo hướng Bắc – Nam.", ["QL1A"]),
    ("Tai nạn xảy ra trên quốc lộ 1A đoạn qua thị xã Kỳ Anh.", ["quốc lộ 1A", "thị xã Kỳ Anh"]),
    ("Cửa hàng ở số 15 Nguyễn Trãi, phường Thượng Đình bị đột nhập.", ["Nguyễn Trãi", "phường Thượng Đình"]),
    ("Hắn thuê phòng trọ trên đường Lê Duẩn rồi bỏ trốn.", ["đường Lê Duẩn"]),
    ("Thi thể được phát hiện dưới sông Lam.", ["sông Lam"]),
    ("Người dân thôn Đông Xá, xã Nghi Phong đã báo tin.", ["thôn Đông Xá", "xã Nghi Phong"]),
    ("Vụ án mạng ở huyện Chương Mỹ (Hà Nội) gây xôn xao dư luận.", ["huyện Chương Mỹ", "Hà Nội"]),
    ("Công an tỉnh đã bàn giao đối tượng cho phía Trung Quốc.", ["Trung Quốc"]),
    ("Đối tượng cư trú tại thị trấn Nghèn, huyện Can Lộc.", ["thị trấn Nghèn", "huyện Can Lộc"]),
    ("Nhóm này hoạt động ở tỉnh TT- Huế và Quảng Trị.", ["tỉnh TT- Huế", "Quảng Trị"]),
    ("Lô hàng được đưa về ấp 3, xã Tân Thạnh.", ["ấp 3", "xã Tân Thạnh"]),
    ("Người này từng sống ở Sài Gòn nhiều năm.", ["Sài Gòn"]),
]

NEGATIVES = [
    "Ông Nguyễn Thanh Hóa là nhân chứng.",  # a person's name, not the province
    "Anh Lê Hà Nam đã được thả.",
    "Cả xã đều biết chuyện này.",
    "Người dân địa phương rất bức xúc.",
    "Bà con trong bản đã góp tiền.",
    "Anh ta nói tiếng Anh rất giỏi.",
    "đường dây ma túy xuyên quốc gia",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_loc_spans(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_place(text: str) -> None:
    assert spans(locations.find, text) == []


def test_gazetteer_has_both_maps() -> None:
    table = locations.gazetteer()
    assert table["TP.HCM"][0] == "Thành phố Hồ Chí Minh"
    assert table["Huế"] == ("Huế", "city")
    assert table["Bắc Kạn"][1] == "province"


def test_name_stops_before_next_entity() -> None:
    t = "tại huyện Thủy Nguyên Công an huyện đã"
    assert t[10 : locations.name_end(t, 10)] == "Thủy Nguyên"


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_linear_and_robust(text: str) -> None:
    assert isinstance(locations.find(text), list)
    assert_linear(locations.find, prefix_maker(text))


# Addresses, routes and village names that need more than a gazetteer
# (sentences written for these tests): exact maximal spans.
GENERAL = [
    ("Cơ sở sản xuất nằm ở ấp Tân Long 2, xã Phú Thuận.", ["ấp Tân Long 2", "xã Phú Thuận"]),
    ("Cô gái trú xã Mường Lống, Kỳ Sơn, Nghệ An.", ["xã Mường Lống", "Kỳ Sơn", "Nghệ An"]),
    ("Vụ tai nạn xảy ra ở xã Thiên Lộc (Can Lộc).", ["xã Thiên Lộc", "Can Lộc"]),
    ("Hàng cây ở ngã ba đường Lê Lợi - Phan Bội Châu - Trần Phú bị chặt.",
     ["đường Lê Lợi", "Phan Bội Châu", "Trần Phú"]),
    ("Xe khách chạy tuyến Lạng Sơn - Móng Cái thì bị kiểm tra.", ["Lạng Sơn", "Móng Cái"]),
    ("Hai xe va chạm trong hầm Hải Vân khiến giao thông ùn tắc.", ["hầm Hải Vân"]),
    ("Thi thể nổi trên suối Nậm Mu, huyện Than Uyên.", ["suối Nậm Mu", "huyện Than Uyên"]),
    ("Đối tượng quê ở huyện Đầm Hà, tỉnh Quảng Ninh.", ["huyện Đầm Hà", "tỉnh Quảng Ninh"]),
    ("Xe chạy từ Q.1 sang P.12, Q.Gò Vấp.", ["Q.1", "P.12", "Q.Gò Vấp"]),
]

GENERAL_NEGATIVES = [
    "Hai học sinh L.H.C. và Đ.P.Đ. đã bị mời lên làm việc.",  # initials, not "huyện C", "phường Đ"
    "Ông ấy sống ở xã Nghi Phong, Bà Trần Thị Lan là hàng xóm.",
]


@pytest.mark.parametrize(("text", "expected"), GENERAL)
def test_general_loc_spans(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize(("text", "unexpected"), [(GENERAL_NEGATIVES[0], ["H.C", "P.Đ"]),
                                                  (GENERAL_NEGATIVES[1], ["Bà Trần Thị Lan", "Trần Thị Lan"])])
def test_general_loc_negatives(text: str, unexpected: list[str]) -> None:
    found = spans(locations.find, text)
    assert not set(found) & set(unexpected), found


@pytest.mark.parametrize("head, piece", [("đường A", " - Bà Triệu"), ("xã A, ", "Kỳ Sơn, "), ("", "ấp B 1")])
def test_chains_stay_linear(head: str, piece: str) -> None:
    assert_linear(locations.find, lambda n: head + piece * n)


# Each part of an address is its own LOC, also bare names that look like a person's
# when the chain reaches a known place; the name after "xã" runs on past a gazetteer word;
# a country naming a kind of goods is not a place (sentences written for these tests).
ADDRESS_CHAINS = [
    ("Bị can (quê thôn Đông Hạ 2, Văn Tiến, Kim Thành, Hải Dương) đã bỏ trốn.",
     ["thôn Đông Hạ 2", "Văn Tiến", "Kim Thành", "Hải Dương"]),
    ("Người bị hại trú tại xã Mỹ Lộc, huyện Tân Thành.", ["xã Mỹ Lộc", "huyện Tân Thành"]),
    ("Tàu cá trôi dạt vào quần đảo Trường Sa.", ["quần đảo Trường Sa"]),
    ("Hắn rút con dao Thái Lan ra đe dọa.", []),
    ("Sáng nay tại xã Yên Lộc, Nguyễn Văn Hùng, Trần Văn Nam cho biết sự việc.", ["xã Yên Lộc"]),
    ("Vụ cháy ở kho Cảng Sài Gòn Khoảng 23h đêm qua.", ["Cảng Sài Gòn"]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS_CHAINS)
def test_address_chains_and_kinds(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


def test_full_province_name_wins_over_a_person_cue() -> None:
    import vn_crimeie

    doc = vn_crimeie.extract("Công an huyện Tân Thành (Bà Rịa - Vũng Tàu) đang điều tra.")
    assert [e.text for e in doc.entities if e.label == "LOC"] == ["Bà Rịa - Vũng Tàu"]


# Places abroad (round 3): countries, regions and cities of the gazetteer; a
# country that is also a word or a given name needs a cue (people, state, brackets).
FOREIGN = [
    ("Nghi phạm bị bắt tại sân bay ở Jakarta sau hai tuần lẩn trốn.", ["Jakarta"]),
    ("Cảnh sát Philippines phong tỏa khu vực quanh Manila.", ["Philippines", "Manila"]),
    ("Hàng chục tay súng IS đã rút khỏi Raqqa, Syria.", ["Raqqa", "Syria"]),
    ("Đường dây ma túy từ Thổ Nhĩ Kỳ qua Bồ Đào Nha bị triệt phá.", ["Thổ Nhĩ Kỳ", "Bồ Đào Nha"]),
    ("Một du khách người Mỹ bị cướp túi xách trên phố.", ["Mỹ"]),
    ("Hai công dân Nga bị trục xuất vì sử dụng ma túy.", ["Nga"]),
    ("Tổng thống Mỹ Donald Trump đã lên tiếng về vụ xả súng.", ["Mỹ"]),
    ("Vụ tấn công ở Manchester (Anh) làm 22 người thiệt mạng.", ["Manchester", "Anh"]),
    ("Quan chức Triều Tiên từ chối bình luận về vụ việc.", ["Triều Tiên"]),
    ("Lô hàng được vận chuyển từ châu Âu về Hải Phòng.", ["châu Âu", "Hải Phòng"]),
    ("Kẻ tình nghi đã trốn sang Tây Ban Nha trước khi bị bắt.", ["Tây Ban Nha"]),
    ("Cặp vợ chồng đi nghỉ ở Hội An thì bị mất trộm tài sản.", ["Hội An"]),
]

FOREIGN_NEGATIVES = [
    "Chị Phương Nga đã được tại ngoại.",  # a given name
    "Anh Đức cho biết sẽ hợp tác với cơ quan điều tra.",  # an honorific and a given name
    "Ông Nguyễn Văn Đức bị tạm giữ hình sự.",
    "Cô Mỹ Linh làm chứng trước tòa.",  # a person whose name opens with a country word
    "Đối tượng mua bán cỏ Mỹ bị bắt quả tang.",  # a kind of drug, no cue
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN)
def test_foreign_places(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize("text", FOREIGN_NEGATIVES)
def test_foreign_place_negatives(text: str) -> None:
    assert spans(locations.find, text) == []


def test_country_cue_may_be_a_phrase() -> None:
    # "Tổng thống" and "nhà chức trách" are cues of two and three words.
    assert spans(locations.find, "Nhà chức trách Úc đã bắt giữ ba người.") == ["Úc"]
    assert spans(locations.find, "Theo lời kể của chị Úc, nhóm người lạ đã bỏ chạy.") == []


# A country without its cue joins a list of places abroad; a bare district is a
# place before ", " + its province when a place or address cue opens it.
LISTS_AND_DISTRICTS = [
    ("Các vụ tấn công gần đây ở Anh, Pháp, Đức và Thụy Điển.", ["Anh", "Pháp", "Đức", "Thụy Điển"]),
    ("Hắn từng sống ở Seoul, Nhật Bản và Mỹ.", ["Seoul", "Nhật Bản", "Mỹ"]),
    ("Vụ nổ xảy ra tại nhà thi đấu ở Manchester, Anh.", ["Manchester", "Anh"]),
    ("Hai nghi phạm quê ở Yên Thành, Nghệ An đã bị bắt.", ["Yên Thành", "Nghệ An"]),
    ("Đối tượng trốn về Diễn Châu, Nghệ An thì bị bắt.", ["Diễn Châu", "Nghệ An"]),
    ("Nguyễn Văn T. (29 tuổi, trú tại Thanh Thủy, Phú Thọ) bị tạm giữ.", ["Thanh Thủy", "Phú Thọ"]),
    ("Gia đình nạn nhân quê Đô Lương, Nghệ An.", ["Đô Lương", "Nghệ An"]),
]

LISTS_AND_DISTRICTS_NEGATIVES = [
    ("Ông Lê Văn Sơn, Nghệ An cho biết sẽ hợp tác.", ["Lê Văn Sơn"]),  # a person before the province
    ("Anh Đức, Nghệ An là người phát hiện vụ việc.", ["Đức"]),
    ("Chị Nga và Mỹ Linh đã được mời lên làm việc.", ["Nga", "Mỹ"]),  # given names in a list
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_DISTRICTS)
def test_lists_and_bare_districts(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize(("text", "unexpected"), LISTS_AND_DISTRICTS_NEGATIVES)
def test_lists_and_bare_districts_negatives(text: str, unexpected: list[str]) -> None:
    found = spans(locations.find, text)
    assert not any(u in found for u in unexpected), found


@pytest.mark.parametrize("head, piece, tail", [("ở ", "Anh, ", ""), ("sang ", "Mỹ và ", ""), ("", "Yên Thành, ", "Nghệ An"), ("", "A B, Nghệ An, ", "")])
def test_list_rules_stay_linear(head: str, piece: str, tail: str) -> None:
    assert_linear(locations.find, lambda n: head + piece * n + tail)


# Round 4: regions of Vietnam (both spellings of "bộ") and cities or islands
# abroad found missing on the raw archive.
ROUND4 = [
    ("Băng nhóm này hoạt động khắp vùng Tây Nam bộ suốt nhiều năm.", ["Tây Nam bộ"]),
    ("Đường dây đưa hàng lậu từ Đông Nam Bộ ra Bắc Bộ bằng xe khách.", ["Đông Nam Bộ", "Bắc Bộ"]),
    ("Nghi phạm lẩn trốn ở Bandung, thủ phủ tỉnh Tây Java.", ["Bandung", "tỉnh Tây Java"]),
    ("Cảnh sát tăng cường an ninh ở Hamburg, Đức trước hội nghị.", ["Hamburg", "Đức"]),
]

ROUND4_NEGATIVES = [
    # the cardinal word alone, and "bộ" as an ordinary noun, are no place
    "Gió mùa thổi từ phía Nam vào đất liền.",
    "Toàn bộ tang vật đã bị thu giữ.",
]


@pytest.mark.parametrize(("text", "expected"), ROUND4)
def test_round4_places(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected


@pytest.mark.parametrize("text", ROUND4_NEGATIVES)
def test_round4_place_negatives(text: str) -> None:
    assert spans(locations.find, text) == []


# A name after an administrative word may open with a function word ("Tuy", "Rạng") and
# hold an apostrophe (names of the Central Highlands); elsewhere those words still end a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ việc xảy ra tại huyện Tuy Phước, tỉnh Bình Định.", "huyện Tuy Phước"),
        ("Anh B quê ở thị trấn Rạng Đông, tỉnh Nam Định.", "thị trấn Rạng Đông"),
        ("Người dân ở huyện M'Đrắk đã báo tin.", "huyện M'Đrắk"),
        ("Chị C trú tại xã Ea H’leo từ năm ngoái.", "xã Ea H’leo"),
    ],
)
def test_admin_names_with_function_words_and_apostrophes(text: str, expected: str) -> None:
    assert expected in spans(locations.find, text)


@pytest.mark.parametrize("text", ["Công an huyện Sau khi kiểm tra đã lập biên bản.", "Ở huyện. Tuy vậy, mưa vẫn kéo dài."])
def test_a_function_word_that_opens_no_name_stays_out(text: str) -> None:
    assert not [s for s in spans(locations.find, text) if "Sau" in s or "Tuy" in s]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # junctions and terminals named after a place: the whole is the LOC
        ("Xe dừng đón khách tại ngã tư Đệ Tứ, TP. Nam Định.", ["ngã tư Đệ Tứ", "TP. Nam Định"]),
        ("Xe xuất phát từ bến xe Thanh Hóa đi Quảng Ninh.", ["bến xe Thanh Hóa", "Quảng Ninh"]),
        # a district the map knows, after a place cue
        ("Xe khách chạy tới Uông Bí thì bị chặn đầu.", ["Uông Bí"]),
        ("Hắn về Lê Văn Tám để đòi nợ.", []),  # a person's full name after the cue
    ],
)
def test_junctions_terminals_and_cued_districts(text: str, expected: list[str]) -> None:
    assert spans(locations.find, text) == expected
