"""Who and where on news outside crime (issue 17): classes of error seen on a fresh sample.

An official's name after the place of his organisation, given names that are
also heads, place words that close a compound word, countries with their head
noun, posts with "Thường trực" or a field, bylines and nicknames, terms of
office, actors named "Trung ương", the Border Guard.  Every sentence is our own.
"""

from __future__ import annotations

import pytest

import vn_crimeie

_LABELS = {"PERSON", "ORG", "LOC", "TITLE"}


def spans(text: str) -> list[tuple[str, str]]:
    """(label, text) of the PERSON, ORG, LOC and TITLE entities of ``text``, in order."""
    return [(e.label, e.text) for e in vn_crimeie.extract(text).entities if e.label in _LABELS]


CASES = [
    # --- official after the place of the organisation ---
    # A Vietnamese full name after the place of an organisation ends the organisation.
    ("Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Phúc đề nghị kiểm tra.",
     [("TITLE", "Phó Chủ tịch"), ("ORG", "UBND tỉnh Quảng Trị"), ("PERSON", "Lê Văn Phúc")]),
    ("Giám đốc Công an tỉnh Hà Tĩnh Nguyễn Hồng Phong chủ trì.",
     [("TITLE", "Giám đốc"), ("ORG", "Công an tỉnh Hà Tĩnh"), ("PERSON", "Nguyễn Hồng Phong")]),
    ("Chủ tịch UBND huyện Tuy Phước Trần Văn Bình cho biết.",
     [("TITLE", "Chủ tịch"), ("ORG", "UBND huyện Tuy Phước"), ("PERSON", "Trần Văn Bình")]),
    ("Phó Giám đốc Sở Y tế Hà Nội Vũ Cao Sơn cho biết.",
     [("TITLE", "Phó Giám đốc"), ("ORG", "Sở Y tế Hà Nội"), ("PERSON", "Vũ Cao Sơn")]),
    # A province whose name ends in a surname keeps it.
    ("Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh dự lễ.",
     [("TITLE", "Chủ tịch"), ("ORG", "UBND tỉnh Bình Dương"), ("PERSON", "Võ Văn Minh")]),
    # Units named after people stay places.
    ("Người dân ở phường Lê Văn Tám và huyện Trần Văn Thời đón Tết.",
     [("LOC", "phường Lê Văn Tám"), ("LOC", "huyện Trần Văn Thời")]),
    # --- given names that are heads ---
    # A given name that is also the head of an organisation, after the surname.
    ("Theo ông Nguyễn Trường Giang, dự án sẽ hoàn thành trong năm nay.", [("PERSON", "Nguyễn Trường Giang")]),
    ("Thầy Phạm Trường Sơn dạy ở Trường Tiểu học Kim Đồng.",
     [("PERSON", "Phạm Trường Sơn"), ("ORG", "Trường Tiểu học Kim Đồng")]),
    ("Bà Lê Hội An là người đầu tiên đến.", [("PERSON", "Lê Hội An")]),
    # --- place words that close a compound ---
    # "yêu cầu", "đồng hồ", "giang hồ", "phiên bản": the place word closes another word.
    ("Phó Thủ tướng yêu cầu Đồng Nai tiếp tục rà soát.", [("TITLE", "Phó Thủ tướng"), ("LOC", "Đồng Nai")]),
    ("Hắn lấy trộm đồng hồ Rolex của chủ nhà.", []),
    ("Nhóm giang hồ Hải Phòng bị bắt.", [("LOC", "Hải Phòng")]),
    # A classifier or a motion word before it leaves it a place.
    ("Xe tải đi qua cầu Long Biên thì hỏng.", [("LOC", "cầu Long Biên")]),
    ("Hòn đảo Lý Sơn đón nhiều khách.", [("LOC", "đảo Lý Sơn")]),
    # --- countries with their head ---
    ("Anh ấy học ở nước Anh rồi về Vương quốc Anh làm việc.", [("LOC", "nước Anh"), ("LOC", "Vương quốc Anh")]),
    ("Bà từng sống tại nước Mỹ; chính phủ Hợp chủng quốc Hoa Kỳ đã cấp thị thực.",
     [("LOC", "nước Mỹ"), ("LOC", "Hợp chủng quốc Hoa Kỳ")]),
    ("Đại sứ Liên bang Nga tới thăm.", [("TITLE", "Đại sứ"), ("LOC", "Liên bang Nga")]),
    # Countries of a region, a region in lower case: no head.
    ("Các nước Đông Nam Á và nhiều nước châu Âu tham dự.", [("LOC", "Đông Nam Á"), ("LOC", "châu Âu")]),
    # --- titles with thuong truc and fields ---
    ("Phó Thủ tướng Thường trực Lê Minh Khái chủ trì.", [("TITLE", "Phó Thủ tướng Thường trực"), ("PERSON", "Lê Minh Khái")]),
    ("Phó Bí thư Thường trực Tỉnh ủy Trần Văn Hòa dự.",
     [("TITLE", "Phó Bí thư Thường trực"), ("ORG", "Tỉnh ủy"), ("PERSON", "Trần Văn Hòa")]),
    ("Ông Trần Văn Tú, Thường trực Ban Bí thư, phát biểu.",
     [("PERSON", "Trần Văn Tú"), ("TITLE", "Thường trực"), ("ORG", "Ban Bí thư")]),
    ("Ông Lê Văn Nam, Giám đốc kỹ thuật của công ty, cho biết.", [("PERSON", "Lê Văn Nam"), ("TITLE", "Giám đốc kỹ thuật")]),
    ("Bà Lan, Phó Tổng Giám đốc điều hành Vingroup, cho biết.",
     [("PERSON", "Lan"), ("TITLE", "Phó Tổng Giám đốc điều hành"), ("ORG", "Vingroup")]),
    # Lower-case "thường trực" is an adjective; a police department is no field.
    ("Lực lượng thường trực Công an xã luôn sẵn sàng.", [("ORG", "Công an xã")]),
    ("Trưởng phòng Kỹ thuật hình sự Lê Văn Bảo cho biết.",
     [("TITLE", "Trưởng phòng"), ("ORG", "Kỹ thuật hình sự"), ("PERSON", "Lê Văn Bảo")]),
    # --- bylines and nicknames ---
    ("Trường học đã mở cửa trở lại.\nThu Hà - Trường Thịnh", [("PERSON", "Thu Hà"), ("PERSON", "Trường Thịnh")]),
    # A route on the last line is two places, not two authors.
    ("Xe khách chạy tuyến cố định.\nThanh Hóa - Nghệ An", [("LOC", "Thanh Hóa"), ("LOC", "Nghệ An")]),
    ("Nguyễn Văn Tèo (Anh Ba Sài Gòn) bị bắt.", [("PERSON", "Nguyễn Văn Tèo"), ("PERSON", "Ba Sài Gòn")]),
    # --- bodies ---
    ("Quốc hội khóa XV đã thông qua luật.", [("ORG", "Quốc hội khóa XV")]),
    ("Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII bế mạc.", [("ORG", "Ban Chấp hành Trung ương Đảng khóa XIII")]),
    ("Ban chỉ đạo phòng, chống dịch đã họp khẩn.", [("ORG", "Ban chỉ đạo phòng, chống dịch")]),
    ("Cán bộ, chiến sĩ Biên phòng tuần tra biên giới.", [("ORG", "Biên phòng")]),
    ("Công tác biên phòng được chú trọng.", []),
    ("Tỉnh thực hiện các chỉ đạo của Trung ương.", [("ORG", "Trung ương")]),
    ("Từ Trung ương đến địa phương đều vào cuộc.", []),
    # --- the level of an organisation said bare, then the official's name (round 10) ---
    # A full name after "TP"/"tỉnh" that the map does not know is the official, not the city.
    ("Chủ tịch UBND TP Lê Minh Hải yêu cầu các sở vào cuộc.",
     [("TITLE", "Chủ tịch"), ("ORG", "UBND TP"), ("PERSON", "Lê Minh Hải")]),
    ("Phó Chủ tịch UBND tỉnh Trần Quốc Bảo trực tiếp chỉ đạo.",
     [("TITLE", "Phó Chủ tịch"), ("ORG", "UBND tỉnh"), ("PERSON", "Trần Quốc Bảo")]),
    ("Sau cuộc họp, UBND TP ra quyết định thanh tra.", [("ORG", "UBND TP")]),
    # A ward of the map named after a person stays the ward; so does a name after a place cue.
    ("Phó Chủ tịch UBND phường Hoàng Văn Thụ cho biết.",
     [("TITLE", "Phó Chủ tịch"), ("ORG", "UBND phường Hoàng Văn Thụ")]),
    ("Ông sống tại thị xã Nguyễn Văn An từ lâu.", [("LOC", "thị xã Nguyễn Văn An")]),
    # --- a school named after a person (round 10) ---
    ("Bếp ăn của Trường mầm non Hoàng Trù bị rò rỉ khí gas.", [("ORG", "Trường mầm non Hoàng Trù")]),
    ("Hiệu trưởng Trường THPT Nguyễn Huệ Phạm Văn Long cho biết.",
     [("TITLE", "Hiệu trưởng"), ("ORG", "Trường THPT Nguyễn Huệ"), ("PERSON", "Phạm Văn Long")]),
    ("Chị tốt nghiệp trường Đại học Sân khấu Điện ảnh năm 2010.", [("ORG", "trường Đại học Sân khấu Điện ảnh")]),
    # --- a bare commune or ward after a strong cue (round 10) ---
    ("Đoàn thanh tra làm việc tại Đồng Tâm suốt tuần.", [("LOC", "Đồng Tâm")]),
    ("Bà con Bến Nghé phản đối dự án.", [("LOC", "Bến Nghé")]),
    # --- police of a district named bare, a general department in lower case, a place then a long name ---
    ("Theo công an Krông Nô, hai nghi phạm đã bị bắt.", [("ORG", "công an Krông Nô")]),
    ("Ông từng công tác ở Tổng cục xây dựng lực lượng nhiều năm.", [("ORG", "Tổng cục xây dựng lực lượng")]),
    ("Chánh Thanh tra Đà Nẵng Lê Văn Quang Minh trả lời báo chí.",
     [("TITLE", "Chánh Thanh tra"), ("LOC", "Đà Nẵng"), ("PERSON", "Lê Văn Quang Minh")]),
    # --- units listed after one administrative word; a country inside a clause (round 11) ---
    ("Băng nhóm này gây án ở các huyện Đức Trọng, Đơn Dương, Lạc Dương.",
     [("LOC", "huyện Đức Trọng"), ("LOC", "Đơn Dương"), ("LOC", "Lạc Dương")]),
    ("Lũ cuốn trôi nhà ở xã Mường Lống và Na Loi.", [("LOC", "xã Mường Lống"), ("LOC", "Na Loi")]),
    ("Liên quân do Pháp dẫn đầu đã rút quân.", [("LOC", "Pháp")]),
    ("Chị Mỹ bán rau ở chợ.", [("PERSON", "Mỹ")]),
    # a country word that opens a compound is no country ("Pháp luật": law)
    ("Phóng viên Pháp luật Plus hỏi về vụ việc.", []),
    # a bare level word ends a name, not the first word of a field ("xã hội")
    ("Hộ nghèo vay vốn tại Ngân hàng Chính sách xã hội huyện.", [("ORG", "Ngân hàng Chính sách xã hội huyện")]),
    # --- round 12: a head alone after its organisation named in full; parks; executive posts; groups of states ---
    ("Anh Hải cấp cứu tại Bệnh viện đa khoa tư nhân Sông Hồng. Bảo vệ của Bệnh viện đã báo công an.",
     [("PERSON", "Hải"), ("ORG", "Bệnh viện đa khoa tư nhân Sông Hồng"), ("ORG", "Bệnh viện")]),
    ("Bệnh viện nào cũng quá tải vào mùa hè.", []),
    ("Ngân hàng Nhà nước yêu cầu các Ngân hàng thương mại giảm lãi suất.", [("ORG", "Ngân hàng Nhà nước")]),
    ("Hai đối tượng trốn ở khu công nghiệp Yên Phong, tỉnh Bắc Ninh.",
     [("LOC", "khu công nghiệp Yên Phong"), ("LOC", "tỉnh Bắc Ninh")]),
    ("Bà Lan, Chủ tịch điều hành Tập đoàn Hoa Sen, phát biểu.",
     [("PERSON", "Lan"), ("TITLE", "Chủ tịch điều hành"), ("ORG", "Tập đoàn Hoa Sen")]),
    ("Lãnh đạo G20 họp tại Osaka.", [("ORG", "G20"), ("LOC", "Osaka")]),
    # a police unit code takes the parent unit written right after it
    ("Nghi phạm bị PC02 Công an tỉnh Thái Bình bắt giữ.", [("ORG", "PC02 Công an tỉnh Thái Bình")]),
    # "cho" is no place cue: the commune Minh Tâm (Bình Phước) is not read into a name after it
    ("Ông đã gửi lá thư cho Minh Tâm từ tuần trước.", []),
    # --- round 13: parties written with a lower-case "đảng"; foreign names after a post's body, with an
    # Arabic article, or ending in a word that opens places ---
    ("Ông là cựu lãnh đạo đảng Cứu nguy Dân tộc (CNRP) đối lập.",
     [("ORG", "đảng Cứu nguy Dân tộc"), ("ORG", "CNRP")]),
    ("Bà từng là ứng viên của đảng Cộng hòa ở bang Iowa.", [("ORG", "đảng Cộng hòa"), ("LOC", "bang Iowa")]),
    ("Ông gia nhập đảng từ năm 1990 và là đảng viên gương mẫu.", []),
    ("“Đó là tội ác”, người phát ngôn Nhà Trắng Sean Spicer cho biết.",
     [("TITLE", "người phát ngôn"), ("ORG", "Nhà Trắng"), ("PERSON", "Sean Spicer")]),
    ("Giám đốc Sở Y tế Hà Nội cho biết đã kiểm tra.", [("TITLE", "Giám đốc"), ("ORG", "Sở Y tế Hà Nội")]),
    ("Nhà Trắng cảnh báo Tổng thống Syria Bashar al-Assad rằng quân đội nước này sẽ trả giá.",
     [("ORG", "Nhà Trắng"), ("TITLE", "Tổng thống"), ("LOC", "Syria"), ("PERSON", "Bashar al-Assad")]),
    ("Theo ông Sok Ey San, lệnh cấm đã được hủy bỏ.", [("PERSON", "Sok Ey San")]),
    ("Tại San Francisco, ông Lee cho biết.", [("LOC", "San Francisco"), ("PERSON", "Lee")]),
    ("Europol và Văn phòng Chống gian lận đã phối hợp.", [("ORG", "Europol"), ("ORG", "Văn phòng Chống gian lận")]),
    # countries: an ambiguous one opening a list of countries, one of the world gazetteer anywhere (not one
    # that is a given name), a special administrative region with its head
    ("Hàng giả bị thu tại 5 nước, gồm Anh, Đức, Latvia, Estonia và Bỉ.",
     [("LOC", "Anh"), ("LOC", "Đức"), ("LOC", "Latvia"), ("LOC", "Estonia"), ("LOC", "Bỉ")]),
    ("Anh Đức, chị Hoa và bé Bỉ đã về quê.", [("PERSON", "Đức"), ("PERSON", "Hoa"), ("PERSON", "Bỉ")]),
    ("Khu rừng rộng gấp ba lần Luxembourg.", [("LOC", "Luxembourg")]),
    ("Tiền vệ Jordan Henderson vừa ghi bàn.", [("PERSON", "Jordan Henderson")]),
    ("Ma túy được chuyển về đặc khu hành chính Ma Cao.", [("LOC", "đặc khu hành chính Ma Cao")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_who_and_where(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
