"""PERSON recogniser and its name data (lang/vi/person_names.yaml)."""

from __future__ import annotations

import unicodedata

import pytest

from vn_crimeie.lexicon import load_data
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import persons
from linearity import assert_linear, prefix_maker


def names(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[c.start : c.end] for c in persons.find(norm)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # After a rank, a title or a rank and a title.
        ("Đại tướng Tô Lâm - Bộ trưởng Bộ Công an dự hội nghị.", ["Tô Lâm"]),
        ("Tại điểm cầu Hải Phòng, Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự.", ["Vũ Thanh Chương"]),
        ("Cùng dự có Đại tá Lê Nguyên Trường - Phó Giám đốc CATP.", ["Lê Nguyên Trường"]),
        ("Trao đổi với phóng viên, thượng tá Đào Văn Quý cho biết.", ["Đào Văn Quý"]),
        ("Thứ trưởng Nguyễn Văn Long chủ trì cuộc họp.", ["Nguyễn Văn Long"]),
        ("Theo Đại tá Khuất Văn Mạnh, vụ việc đang được điều tra.", ["Khuất Văn Mạnh"]),
        ("Chiều 5/3, Trung tá Huỳnh Tấn Phát, Đội trưởng Đội CSHS, cho biết.", ["Huỳnh Tấn Phát"]),
        # After an honorific or a role in the case.
        ("Ông Phạm Văn Kiệt, Chủ tịch UBND xã, xác nhận.", ["Phạm Văn Kiệt"]),
        ("Bà Trịnh Thị Hoa (52 tuổi) trình báo bị mất trộm.", ["Trịnh Thị Hoa"]),
        ("Công an đã bắt giữ đối tượng Lò Văn Pằng cùng tang vật.", ["Lò Văn Pằng"]),
        ("Bị can Tạ Đình Phong bị tạm giam 4 tháng.", ["Tạ Đình Phong"]),
        ("Nạn nhân là anh Quách Văn Toàn, trú tại xã bên.", ["Quách Văn Toàn"]),
        ("Nghi phạm Kiều Minh Tuấn đã ra đầu thú.", ["Kiều Minh Tuấn"]),
        ("Cháu Dung được đưa đi cấp cứu kịp thời.", ["Dung"]),
        ("Đồng chí Thắng đã dũng cảm lao vào đám cháy.", ["Thắng"]),
        ("Theo bà Hương, con trai bà đi khỏi nhà từ tối qua.", ["Hương"]),
        ("Con trai tên Khôi, năm nay 17 tuổi.", ["Khôi"]),
        ("GS.TS Phan Văn Tú trực tiếp phẫu thuật cho nạn nhân.", ["Phan Văn Tú"]),
        # A capitalised cue word in mid-sentence is the name itself.
        ("Theo bà Anh, mọi việc xảy ra rất nhanh.", ["Anh"]),
        ("Cùng dự có Thượng úy Anh và các đồng đội.", ["Anh"]),
        # Surname and capitalisation, no cue.
        ("Công an huyện đã bắt Nguyễn Văn Hậu để điều tra.", ["Nguyễn Văn Hậu"]),
        ("Chồng chị là Lại Văn Cường thường xuyên đánh đập vợ.", ["Lại Văn Cường"]),
        ("Người điều khiển xe là Từ Thị Mai đã bỏ chạy.", ["Từ Thị Mai"]),
        ("Trần Quốc Bảo và Dương Văn Khải bị khởi tố.", ["Trần Quốc Bảo", "Dương Văn Khải"]),
        ("Việc thu thẻ của PV Lê Duy Phong Báo điện tử Giáo dục là sai.", ["Lê Duy Phong"]),
        ("Giám đốc Công an tỉnh Nghệ An Nguyễn Đức Hải đã khen thưởng.", ["Nguyễn Đức Hải"]),
        # Anonymised names.
        ("Bị hại là cháu A (8 tuổi), con của anh Lê Văn B.", ["A", "Lê Văn B."]),
        ("Chị P.T.T (35 tuổi) bị chồng đánh nhập viện.", ["P.T.T"]),
        ("Anh T. bị đánh, chị T. đưa anh T. đi viện.", ["T.", "T.", "T."]),
        ("Nạn nhân là ông T.V (SN 1960) ở cùng thôn.", ["T.V"]),
        ("Đối tượng Nguyễn Văn T. khai nhận hành vi.", ["Nguyễn Văn T."]),
        ("Bà H. cho biết, bà đã trình báo công an.", ["H."]),
        ("Anh Đỗ.V.K bị đánh trọng thương.", ["Đỗ.V.K"]),
        ("Anh Đặng V.L. là người điều khiển chiếc xe.", ["Đặng V.L."]),
        ("Truy tìm Đặng V. L. (SN 1990, trú quận Hoàng Mai).", ["Đặng V. L."]),
        ("Nhóm học sinh gồm: T.C.Đ. (sinh năm 2006), Đ.Q.H.A. (sinh năm 2007).", ["T.C.Đ.", "Đ.Q.H.A."]),
        # A middle name marks a name whose surname the list does not know.
        ("Ba thai phụ là Lữ Thị N., Ven Thị C. và Moong Thị S. được đưa về.", ["Lữ Thị N.", "Ven Thị C.", "Moong Thị S."]),
        ("Sau đó Pò Văn Sáng đã bỏ trốn sang Lào.", ["Pò Văn Sáng"]),
        # A title, a country, then the name.
        ("Tổng thống Mỹ Joe Biden tiếp Thủ tướng Nhật Bản Suga Yoshihide.", ["Joe Biden", "Suga Yoshihide"]),
        ("Đại sứ Peter Brown bày tỏ lấy làm tiếc.", ["Peter Brown"]),
        # Nicknames in brackets are persons of their own.
        ("Nguyễn Văn Sáu (tức Tí) bị bắt khi đang trốn.", ["Nguyễn Văn Sáu", "Tí"]),
        ("Trần Văn Lâm (SN 1990, tức Bin) cầm đầu băng nhóm.", ["Trần Văn Lâm", "Bin"]),
        # A later mention by the given name alone.
        ("Công an bắt Hồ Văn Kiên. Kiên khai nhận hành vi phạm tội.", ["Hồ Văn Kiên", "Kiên"]),
        ("Thượng úy Lê Hồ Minh Anh bị thương nhẹ. Minh Anh đã được băng bó.", ["Lê Hồ Minh Anh", "Minh Anh"]),
        ("Đại tá Phùng Tất Lợi phát biểu. Đại tá Lợi nhấn mạnh yêu cầu.", ["Phùng Tất Lợi", "Lợi"]),
        ("Em Q. bị đánh hội đồng. Trong clip Q. bị đánh ngất.", ["Q.", "Q."]),
        # Photo credits and bylines.
        ("Hiện trường vụ tai nạn. Ảnh: Cao Sỹ. Tài xế đã bỏ trốn.", ["Cao Sỹ"]),
        ("Hiện trường vụ tai nạn. Ảnh: V.H.", ["V.H."]),
        ("Vụ việc đang được điều tra làm rõ. Nguyễn Khoa", ["Nguyễn Khoa"]),
        ("Vụ việc đang được điều tra làm rõ. Minh Khang (Tổng hợp)", ["Minh Khang"]),
        ("Vụ việc đang được điều tra làm rõ. H.Thành", ["H.Thành"]),
        ("Vụ việc đang được điều tra làm rõ. Lưu Trí/VOV.VN", ["Lưu Trí"]),
        ("Cảnh sát đang điều tra vụ việc.\n\nĐức Hoàng\nTheo AFP", ["Đức Hoàng"]),
        ("Cảnh sát đang điều tra vụ việc.\nT.Thủy\nTheo The Verge", ["T.Thủy"]),
        ("Hàng nghìn người đổ về biển (Ảnh: Hải Vân Vũng Tàu).", ["Hải Vân"]),
        # No diacritics.
        ("dai ta Nguyen Van Hung cho biet", ["Nguyen Van Hung"]),
    ],
)
def test_persons_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tại Hà Nội, lực lượng chức năng đã kiểm tra.",  # a place
        "Công an tỉnh Hà Tĩnh phối hợp với Công an tỉnh Cao Bằng.",
        "Vụ việc xảy ra tại phường Lý Thái Tổ, quận Hoàn Kiếm.",  # place word before a surname
        "Nhà ở số 7 Nguyễn Hữu Huân bị cháy.",  # a street after a house number
        "Xe chạy trên đường Nguyễn Văn Linh thì gặp nạn.",
        "Theo Công an huyện, Cùng ngày, Sau đó lực lượng đã rút.",  # sentence starters
        "Trường THPT Lê Quý Đôn tổ chức lễ khai giảng.",
        "Bộ Công an, Cục Cảnh sát hình sự và Phòng CSGT phối hợp.",
        "Lãnh đạo Bộ Công an dự hội nghị.",
        "Thượng úy CSGT bị xe tải tông.",
        "Trao đổi với PV Vietnamnet, người dân cho biết.",
        "Ảnh: Cắt từ clip.",  # a caption, not a credit
        "Bức ảnh ghi lại cảnh hỗn loạn. Ảnh: Insider Edition.",  # not a Vietnamese name
        "Các tuyến đường Nguyễn Văn Linh, Võ Văn Kiệt, Lê Duẩn bị ngập.",  # a list of streets
        "Tổ chức trẻ em Rồng Xanh đã hỗ trợ nạn nhân.",  # "em" closes "trẻ em"
        "Một người đàn ông Ấn Độ bị cướp điện thoại.",
        "Nhóm tin tặc mang tên Tick đã tấn công.",
        "Bộ trưởng Tư pháp dự họp.",  # a single word after a title is a body
        "Giảng viên Trường ĐH Tôn Đức Thắng bị khởi tố.",
        "Đại sứ quán Bỉ tại Hàn Quốc xin lỗi.",
        "Theo Báo Thanh Niên và Đài Truyền hình Việt Nam, vụ việc đã rõ.",
        "Video: Cháy lớn tại kho hàng.",
        "Cán bộ công an đã có mặt.",
        "hôm qua anh đi làm về muộn.",
        "",
    ],
)
def test_no_person(text: str) -> None:
    assert names(text) == []


def test_seed_persons(seed_text: str) -> None:
    found = names(seed_text)
    for person in ["Tô Lâm", "Vũ Thanh Chương", "Lê Nguyên Trường"]:
        assert person in found, person
    # Nothing else in the seed article is a person.
    assert set(found) == {"Tô Lâm", "Vũ Thanh Chương", "Lê Nguyên Trường"}


def test_rule_priorities() -> None:
    text = "Đại tá Lê Văn An khen anh Trần Văn Bình. An nói."
    by_name = {text[c.start : c.end]: c for c in persons.find(text)}
    assert by_name["Lê Văn An"].source == "persons.cue"
    assert by_name["An"].source == "persons.echo"
    assert by_name["Lê Văn An"].priority > by_name["An"].priority


def test_person_data_is_valid() -> None:
    data = load_data("person_names.yaml")
    for key, items in data.items():
        assert isinstance(items, list) and items, key
        assert len(items) == len(set(items)), f"{key} has duplicates"
        for item in items:
            assert isinstance(item, str) and unicodedata.is_normalized("NFC", item), (key, item)
    assert len(data["surnames"]) >= 100
    assert {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Tô"} <= set(
        data["surnames"]
    )
    assert {"Văn", "Thị", "Đức", "Hữu", "Thanh", "Minh", "Ngọc", "Quốc"} <= set(data["middle_names"])
    assert {"ông", "bà", "anh", "chị", "cháu", "đồng chí", "đ/c", "đối tượng", "bị can", "bị cáo", "nạn nhân"} <= set(
        data["cues"]
    )
    # Generic roles and titles are not cues that a name would swallow.
    assert not {"cán bộ", "chiến sĩ", "lãnh đạo"} & set(data["cues"])
    persons.name_data()  # the loader's own checks


@pytest.mark.parametrize(
    "piece",
    ["Nguyễn ", "Văn ", "A.", "T.V.", "ông ", "Hà Nội ", "9 ", "(tức ", "Ảnh: ", "Đại tá Lê "],
)
def test_linear_on_long_runs(piece: str) -> None:
    assert_linear(persons.find, lambda n: piece * n)


@pytest.mark.parametrize(
    "text",
    ["ông", "Ông", "NGUYỄN VĂN A", "nguyen van a", "(tức", "Ảnh:", "A.", "anh T", unicodedata.normalize("NFD", "bà Hòa")],
)
def test_odd_inputs_do_not_crash(text: str) -> None:
    assert isinstance(persons.find(normalize(text).text), list)


def test_byline_outranks_a_weak_pattern() -> None:
    text = "Vụ việc đang được điều tra. H.Thành"
    (byline,) = [c for c in persons.find(text) if c.source == "persons.byline"]
    assert text[byline.start : byline.end] == "H.Thành"
    assert byline.priority > persons.PRIORITY_SURNAME


# --------------------------------------------------------------------------
# Precision: place names, nationalities, streets, companies (issue 3, continued)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue word that opens a place name.
        ("Bà Rịa - Vũng Tàu: Bắt nhóm trộm cắp xe máy liên tỉnh.", []),
        ("Công an TP Bà Rịa đang điều tra. Bà Rịa là nơi nghi phạm lẩn trốn.", []),
        ("Nghi phạm trốn ra huyện đảo Cô Tô thì bị bắt.", []),
        ("Công an quận Hai Bà Trưng (Hà Nội) tạm giữ đối tượng.", []),
        ("Bà Triệu cho biết bà bị lừa 200 triệu đồng.", ["Triệu"]),  # a woman, not the street
        # A nationality after an occupation is an adjective, after an honorific a name.
        ("Một giáo sư Mỹ nhận định vụ tấn công có tổ chức.", []),
        ("Nhóm hacker Nga bị cáo buộc xâm nhập hệ thống ngân hàng.", []),
        ("Cảnh sát bắt giữ một người mẫu Việt tại sân bay.", []),
        ("Diễn viên Campuchia được mời đóng phim về Khmer Đỏ.", []),
        ("Bà Nga cho biết bà không quen biết nghi phạm.", ["Nga"]),
        ("Ông Mỹ khai nhận đã nhận tiền của nhóm buôn lậu.", ["Mỹ"]),
        ("Tỷ phú Mỹ Caldwell bị điều tra vì rửa tiền.", ["Caldwell"]),
        ("Ca sĩ Việt Hương trình báo bị lừa đảo qua mạng.", ["Việt Hương"]),  # Việt opens a name here
        # A phrase after an occupation or a title that is no name.
        ("Hoa hậu Hoàn vũ Đan Mạch bị tước vương miện.", []),
        ("Theo chuyên gia Liên hợp quốc, đường dây có quy mô lớn.", []),
        ("TS Đoàn Văn Báu, chuyên gia Tâm lý tội phạm, nhận định.", ["Đoàn Văn Báu"]),
        ("Một sinh viên Đại học Virginia bị bắt vì trộm tấm áp phích.", []),
        ("Chị Tâm lý giải rằng mình không biết số tiền đó là của ai.", ["Tâm"]),  # "lý giải" is a verb
        ("Nam tài xế xe Grap bị nhóm xe ôm hành hung.", []),
        # A place that ends with an organisation word leaves no given name behind.
        ("Anh Hải bị bắt. Các tỉnh Hà Tĩnh, Hải Phòng không có vụ nào. Hải khai nhận.", ["Hải", "Hải"]),
        # A sexagenary year is no name.
        ("Trong 7 ngày nghỉ Tết Nguyên đán Đinh Dậu, toàn tỉnh xảy ra 12 vụ tai nạn.", []),
        ("Vụ trộm xảy ra vào mùng 2 Tết Mậu Tuất tại nhà chị Hạnh.", ["Hạnh"]),
        # Companies and places before a verb of saying.
        ("Công ty Arconic sản xuất tấm ốp. Arconic nhấn mạnh họ không biết tấm ốp dễ cháy.", []),
        ("Một người đàn ông đến từ Mongkok cho biết đã bị nhóm này đe dọa.", []),
        ("Bộ Công trình Công cộng Campuchia cho biết cây cầu sẽ được xây lại.", []),
        ("Giám đốc Cty CP Môi trường Khánh Hòa cho biết nhà máy bị đập phá.", []),
        # "yêu cầu" is a request, no bridge ("cầu") named after the name after it
        ("Cảnh sát yêu cầu Williams có mặt. Williams cho biết anh đã bị đe dọa.", ["Williams", "Williams"]),
        ("Thẩm phán liên bang James Robart đình chỉ sắc lệnh.", ["James Robart"]),
        # Streets in lists after a street word.
        ("Tuyến đường Trường Chinh - Trần Đại Cang - Bà Triệu ùn tắc kéo dài.", []),
        ("Tai nạn xảy ra tại giao lộ Nguyễn Tất Thành - Phan Văn Định.", []),
        ("Nhóm đua xe chạy qua đường Trường Chinh, Lê Duẩn, Nguyễn Trãi rồi bỏ trốn.", []),
        ("Đường Lê Lợi và Trần Phú bị ngập sâu sau cơn mưa.", []),
        ("Khi đến phố Huế, Nguyễn Văn Nam dùng dao đâm anh T.", ["Nguyễn Văn Nam", "T."]),
        ("Trên đường Lê Lợi, Nguyễn Văn Toàn (30 tuổi) bị bắt.", ["Nguyễn Văn Toàn"]),
        ("Ùn tắc trên phố Trần Phú Ông Nguyễn Xuân Hưng, Phó Tổng giám đốc công ty cho biết.", ["Nguyễn Xuân Hưng"]),
    ],
)
def test_precision_cases(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A hyphen joins two capitalised Latin words of one name.
        ("Gia đình bà Mia Ayliffe-Chung yêu cầu điều tra lại.", ["Mia Ayliffe-Chung"]),
        ("Nạn nhân là Mia Ayliffe-Chung (21 tuổi). Ayliffe-Chung bị đâm nhiều nhát.", ["Mia Ayliffe-Chung", "Ayliffe-Chung"]),
        ("Ngoại trưởng Pháp Jean-Yves Le Drian phát biểu sau cuộc họp với phía Việt Nam.", ["Jean-Yves Le Drian"]),
        # ... but not two Vietnamese syllables written without diacritics.
        ("Xe khach tuyen Sai-Gon chay qua.", []),
        # A name after an organisation inside a title.
        ("Phó Chủ tịch Quốc hội Uông Chu Lưu dự buổi lễ.", ["Uông Chu Lưu"]),
        ("Giám đốc Công an tỉnh Nghệ An Nguyễn Hữu Cầu chỉ đạo phá án.", ["Nguyễn Hữu Cầu"]),
        ("Thứ trưởng Bộ Công an Lê Quốc Hùng dẫn đầu đoàn công tác.", ["Lê Quốc Hùng"]),
        ("Vụ việc xảy ra ở Uông Bí, Quảng Ninh.", []),
        # Given names that are common words elsewhere.
        ("Bị can Võ Hữu Ba đã khai nhận. Ông Nguyễn Ngọc Hai chủ trì.", ["Võ Hữu Ba", "Nguyễn Ngọc Hai"]),
        ("Ảnh: Vũ Di Hai tháng trước, địa bàn xảy ra vụ cướp.", ["Vũ Di"]),
        # Anonymised names the sentence splitter may cut ("N.T. S").
        ("Đối tượng N.T. S khai nhận hành vi. S cho biết đã mua ma túy.", ["N.T. S"]),
        ("Nạn nhân là chị N.T. S. (24 tuổi). Chị S. đã được đưa đi cấp cứu.", ["N.T. S.", "S."]),
    ],
)
def test_hard_name_shapes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("piece", ["đường Lê Lợi - ", "phố A, ", "Đinh Dậu ", "Ayliffe-Chung-", "giáo sư Mỹ ", "Bà Rịa "])
def test_precision_rules_linear(piece: str) -> None:
    assert_linear(persons.find, lambda n: piece * n)


def test_year_names_follow_the_cycle() -> None:
    years = persons.name_data().year_names
    assert len(years) == 60
    assert {"Đinh Dậu", "Mậu Tuất", "Giáp Thìn", "Tân Sửu"} <= years
    assert "Đinh Tuất" not in years  # a stem and a branch of different parity
