"""Classes of error seen on the fresh archive samples of rounds 18 and 19 (issues 14, 17, 18): sentences of our own.

A post after a name with a tight dash ("Sơn-Trưởng Công an"), clause openers glued
after a place ("Pleiku Được biết"), name suffixes ("Jr."), a country the text
has already named with a cue, companies with their legal form and trade, the
office of a police unit ("Cơ quan Công an huyện X"), a department joined to its
ministry by a dash, a foreign person's name after a party, the source line glued
to the outlet, lists of days of one month, ranges of terms, a single-digit
minute ("18h5"), years in brackets, bombings, witnesses described after a comma,
habitual sentences, and posts that are no post ("luật sư", "bầu cử Tổng thống").
"""

from __future__ import annotations

import pytest

import vn_crimeie


def spans(text: str, labels: set[str], dateline: str | None = None) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vn_crimeie.extract(text, dateline=dateline).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # a post after a name, dash without spaces: a person, no crossroads
        ("Ngày 29-5, đại tá Trần Văn Bình-Trưởng Công an huyện Đak Pơ cho biết.", {"PERSON", "LOC"},
         [("PERSON", "Trần Văn Bình")]),
        ("Camera ở nút Lê Lợi-Hai Bà Trưng bị hỏng.", {"LOC"}, [("LOC", "Lê Lợi"), ("LOC", "Hai Bà Trưng")]),
        # a clause opener glued after a place in archive layout
        ("Xe bị đập kính ở TP. Kon Tum Được biết, đây là vụ thứ ba.", {"LOC"}, [("LOC", "TP. Kon Tum")]),
        ("Anh trú tại huyện Từ Liêm cũ.", {"LOC"}, [("LOC", "huyện Từ Liêm")]),  # "Từ" opens a name after the level
        # a name suffix keeps its dot
        ("Ông Robert Kennedy Jr. từng đến đây. Kennedy Jr. nói.", {"PERSON"},
         [("PERSON", "Robert Kennedy Jr."), ("PERSON", "Kennedy Jr.")]),
        # a country the text has named with a cue, later without one
        ("Tổng thống Pháp phát biểu. Đức cáo buộc Pháp can thiệp; một luật sư Pháp phản đối.", {"LOC"},
         [("LOC", "Pháp"), ("LOC", "Pháp"), ("LOC", "Pháp")]),
        ("Tổng thống Nga phát biểu. Chị Nga bán hàng, bạn của Nga kể.", {"LOC", "PERSON"},
         [("LOC", "Nga"), ("PERSON", "Nga")]),  # a person named Nga in this text: no more countries
        # companies with their legal form, trade and name
        ("Anh làm ở Công ty TNHH may mặc Phú Thành từ năm 2019.", {"ORG"}, [("ORG", "Công ty TNHH may mặc Phú Thành")]),
        ("Lửa bốc lên từ xưởng của Công ty CP gỗ nội thất K. Thiệt hại lớn.", {"ORG"}, [("ORG", "Công ty CP gỗ nội thất K")]),
        ("Giám đốc công ty TNHH này đã bỏ trốn.", {"ORG"}, [("ORG", "công ty TNHH")]),
        # the office of a police unit; alone it stays a generic mention
        ("Sau đó, Hùng đến Cơ quan Công an huyện Krông Pắc đầu thú.", {"ORG"}, [("ORG", "Cơ quan Công an huyện Krông Pắc")]),
        ("Cơ quan Công an đã khởi tố vụ án.", {"ORG"}, []),
        # a department and its ministry joined by a dash
        ("Ông là Phó Cục trưởng, Tổng cục Hậu cần – Bộ Công an.", {"ORG"}, [("ORG", "Tổng cục Hậu cần – Bộ Công an")]),
        ("Công an tỉnh A - Bộ Công an phối hợp điều tra.", {"ORG"}, [("ORG", "Công an tỉnh A"), ("ORG", "Bộ Công an")]),
        # a party's name ends before a foreign person's name
        ("Ông chỉ trích đảng Cộng hòa Mitt Romney trong buổi họp.", {"ORG", "PERSON"},
         [("ORG", "đảng Cộng hòa"), ("PERSON", "Mitt Romney")]),
        # the source line glued to the outlet
        ("Vụ việc đang được điều tra./. Hải Nam/VOV.VNTheo Reuters ", {"ORG", "PERSON"},
         [("PERSON", "Hải Nam"), ("ORG", "VOV.VN"), ("ORG", "Reuters")]),
        # a bombing after an offence cue; the one who bombs is no offence
        ("Cảnh sát điều tra vụ đánh bom liều chết ở Manila.", {"CRIME"}, [("CRIME", "đánh bom liều chết")]),
        ("Cảnh sát xác định danh tính 2 phần tử đánh bom.", {"CRIME"}, []),
        # special counsels and advisers before a name; a lawyer is no post, nor an election
        ("Cố vấn đặc biệt Robert Mueller sẽ xem xét.", {"TITLE"}, [("TITLE", "Cố vấn đặc biệt")]),
        ("Luật sư Trần Văn Hòa bào chữa cho bị cáo.", {"TITLE", "PERSON"}, [("PERSON", "Trần Văn Hòa")]),
        ("Ngày 6/2, luật sư Gail Furness công bố kết quả.", {"PERSON"}, [("PERSON", "Gail Furness")]),
        ("Luật sư Trần Văn Hòa, Đoàn luật sư TP Hà Nội cho biết.", {"ORG"}, [("ORG", "Đoàn luật sư TP Hà Nội")]),
        ("Nga bị cáo buộc can thiệp bầu cử Tổng thống năm 2016.", {"TITLE"}, []),
        # containers counted
        ("Hắn đổ xăng từ 2 thùng phi ra nền xưởng.", {"MEASURE"}, [("MEASURE", "thùng phi")]),
        # a foreign first name before a place name: the end of a person's name
        ("Vai huấn luyện viên do Denzel Washington đóng.", {"LOC"}, []),
        ("Ông Obama trở về Washington.", {"LOC"}, [("LOC", "Washington")]),
    ],
)
def test_entities_of_rounds_18_and_19(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong ngày 28 và 29-5, có 6 xe bị trộm.", [("ngày 28 và 29-5", "INTERVAL", "2024-05-28/2024-05-29")]),
        ("Chỉ trong 2 ngày 18 và 22-4, đã xảy ra 4 vụ.", [("2 ngày 18 và 22-4", "INTERVAL", "2024-04-18/2024-04-22")]),
        ("Bị phạt tù từ ba năm đến bảy năm.", [("ba năm đến bảy năm", "DURATION", "P3Y")]),
        ("Đến khoảng 18h5, lửa được dập tắt.", [("18h5", "TIME", "2024-06-01T18:05")]),
        ("Phim Remember the Titans (2000) rất nổi tiếng.", [("2000", "DATE", "2000")]),
        ("Đội bóng thắng 28 và 29-5 trong hai trận liền.", []),  # no day word: no list of days
    ],
)
def test_dates_of_rounds_18_and_19(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = vn_crimeie.extract(text, dateline="2024-06-01")
    assert [(e.text, e.value["type"], e.value["value"]) for e in doc.by_label("DATE")] == expected


def test_estimated_is_no_part_of_the_number() -> None:
    doc = vn_crimeie.extract("Thu 120 kg ma túy (ước tính khoảng hơn 200 tỷ đồng).", dateline="2024-06-01")
    assert [e.text for e in doc.by_label("NUMBER")] == ["120", "khoảng hơn 200 tỷ"]


def test_a_witness_described_after_a_comma() -> None:
    doc = vn_crimeie.extract("Ông Eman, nhân chứng có mặt khi xảy ra vụ nổ, kể lại. Anh Tâm, nhân viên bảo vệ, nói.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [("Eman", "witness"), ("Tâm", "other")]


def test_a_party_right_before_a_person_has_that_member() -> None:
    doc = vn_crimeie.extract("Ông có thể buộc tội đối thủ đảng Dân chủ Hillary Clinton trong chiến dịch.")
    names = {e.id: e.text for e in doc.entities}
    assert [(names[r.head], names[r.tail]) for r in doc.relations if r.label == "MEMBER_OF"] == [("Hillary Clinton", "đảng Dân chủ")]
    other = vn_crimeie.extract("Công an tỉnh Nghệ An, Nguyễn Văn A cho biết.")  # no party, no adjacency
    assert not [r for r in other.relations if r.label == "MEMBER_OF" and other.entity(r.tail).text.startswith("đảng")]


def test_one_who_turns_himself_in_is_a_suspect() -> None:
    doc = vn_crimeie.extract("Sau vụ tai nạn, Trần Văn Hoài (người điều khiển xe ô tô) đã đến cơ quan điều tra trình diện.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [("Trần Văn Hoài", "suspect")]


def test_a_title_right_before_a_name_is_that_names() -> None:
    doc = vn_crimeie.extract("Con rể Tổng thống Donald Trump, cố vấn Nhà Trắng Jared Kushner cũng dự.")
    names = {e.id: e.text for e in doc.entities}
    assert sorted((names[r.head], names[r.tail]) for r in doc.relations if r.label == "HAS_TITLE") == [
        ("Donald Trump", "Tổng thống"), ("Jared Kushner", "cố vấn")]


def test_habitual_figures_are_no_statistic() -> None:
    text = "Thông thường mỗi lần vận chuyển ma túy, chúng sẽ đi từ 2 đến 3 ôtô. Ngày 1/6, công an bắt 5 đối tượng."
    rows = vn_crimeie.extract(text, dateline="2024-06-02").statistics(all=True)
    assert [(r["value"], r["statistic"]) for r in rows] == [(2, False), (3, False), (5, True)]


def test_what_a_suspect_regularly_holds_is_counted() -> None:
    rows = vn_crimeie.extract("Nghi phạm thường xuyên cất giữ từ 10.000 đến 15.000 viên thuốc lắc tại nhà.").statistics()
    assert [r["value"] for r in rows] == [10000, 15000]


def test_a_car_hitting_motorbikes_is_counted() -> None:
    rows = vn_crimeie.extract("Tài xế lạc tay lái nên tông vào 3 xe máy cùng chiều.").statistics()
    assert [r["value"] for r in rows] == [3]


def test_a_year_in_brackets_is_no_period() -> None:
    rows = vn_crimeie.extract("Công an tỉnh Nghệ An bắt Nguyễn Văn A (1990) cùng 5 đối tượng.").statistics()
    assert [(r["value"], r["period"]) for r in rows] == [(5, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a job that is also a verb is a member word with a link before the unit
        ("Ông Lô Văn Hải, sinh năm 1960, là bảo vệ tại Bệnh viện Sản Nhi Nghệ An.", [("Lô Văn Hải", "Bệnh viện Sản Nhi Nghệ An")]),
        ("Anh Nguyễn Văn Tùng, lái xe của Công ty TNHH vận tải Hoàng Long, bị bắt.",
         [("Nguyễn Văn Tùng", "Công ty TNHH vận tải Hoàng Long")]),
        ("Anh Nguyễn Văn Tùng bảo vệ Bệnh viện Bạch Mai khỏi kẻ gian.", []),  # the verb: no link, no member
    ],
)
def test_members_by_a_job_that_is_also_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    doc = vn_crimeie.extract(text)
    names = {e.id: e.text for e in doc.entities}
    assert [(names[r.head], names[r.tail]) for r in doc.relations if r.label == "MEMBER_OF"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bác ông là Phó tổng Cục trưởng, Tổng cục Hậu cần – Bộ Công an.", [("Phó tổng Cục trưởng", "Tổng cục Hậu cần – Bộ Công an")]),
        ("Đại tá Nguyễn Văn A, Phó Cục trưởng, Cục Cảnh sát hình sự cho biết.", [("Phó Cục trưởng", "Cục Cảnh sát hình sự")]),
        ("Ông B, Giám đốc, Công an tỉnh Nghệ An và ông C dự họp.", []),  # the post names no unit of its own
    ],
)
def test_a_post_named_after_its_unit_then_the_unit_after_a_comma(text: str, expected: list[tuple[str, str]]) -> None:
    doc = vn_crimeie.extract(text)
    names = {e.id: e.text for e in doc.entities}
    assert [(names[r.head], names[r.tail]) for r in doc.relations if r.label == "TITLE_OF"] == expected


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 20: border posts named after their gate, commands, political officers
        ("Đại úy Lê Văn Tâm, nguyên Đồn phó Đồn Biên phòng cửa khẩu Lao Bảo, bị khởi tố.", {"TITLE", "ORG"},
         [("TITLE", "Đồn phó"), ("ORG", "Đồn Biên phòng cửa khẩu Lao Bảo")]),
        ("Ông là Trạm trưởng Trạm Kiểm soát Biên phòng cửa khẩu Cầu Treo.", {"TITLE", "ORG"},
         [("TITLE", "Trạm trưởng"), ("ORG", "Trạm Kiểm soát Biên phòng cửa khẩu Cầu Treo")]),
        ("Thiếu tá Đỗ Văn Minh, Chính trị viên Đồn Biên phòng Ia Mơ, cho biết.", {"TITLE"}, [("TITLE", "Chính trị viên")]),
        ("Ngày 9/7, Bộ Tư lệnh Vùng Cảnh sát biển 2 cho biết.", {"TITLE", "ORG"}, [("ORG", "Bộ Tư lệnh Vùng Cảnh sát biển 2")]),
        # a police force named by its function, in lower case
        ("Tuần tra gần đảo, cảnh sát biển phát hiện hai tàu chở dầu.", {"ORG"}, [("ORG", "cảnh sát biển")]),
        ("Anh là cảnh sát từ năm 2000.", {"ORG"}, []),
        # forest crimes; the country spoken of
        ("Khởi tố vụ phá rừng pơ mu ở biên giới.", {"CRIME"}, [("CRIME", "phá rừng")]),
        ("Đất nước Venezuela đang khủng hoảng.", {"LOC"}, [("LOC", "Venezuela")]),
        # a contributor's byline with the outlet's desk; a credit with a two-letter initial
        ("Vụ việc đang được điều tra./. CTV Tiến Công/VOV-miền Trung ", {"PERSON", "ORG", "LOC"},
         [("PERSON", "Tiến Công"), ("ORG", "VOV-miền Trung")]),
        ("Hiện trường vụ cháy. Tin-ảnh: Tr.Thường ", {"PERSON"}, [("PERSON", "Tr.Thường")]),
        # round 21: a pet name at home; adults counted against children
        ("Cháu Trần Trung Nghĩa (tên ở nhà là Bin, sinh năm 2011) mất tích.", {"PERSON"},
         [("PERSON", "Trần Trung Nghĩa"), ("PERSON", "Bin")]),
        ("Cháu bé ngồi trên xe máy được 2 người lớn chở kèm.", {"MEASURE"}, [("MEASURE", "người lớn")]),
    ],
)
def test_entities_of_round_20(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 22: banks named in one word; state groups by their initials; a bank's branch office
        ("Đại án Oceanbank: ông Sơn bị đề nghị truy tố.", {"ORG", "PERSON"}, [("ORG", "Oceanbank"), ("PERSON", "Sơn")]),
        ("Ông là Chủ tịch Tập đoàn dầu khí Việt Nam PVN.", {"ORG"}, [("ORG", "Tập đoàn dầu khí Việt Nam"), ("ORG", "PVN")]),
        ("Vụ cướp xảy ra tại Phòng giao dịch TX.Duyên Hải (Trà Vinh).", {"ORG", "LOC"},
         [("ORG", "Phòng giao dịch TX.Duyên Hải"), ("LOC", "Trà Vinh")]),
        ("Ba tập thể nhận thưởng gồm phòng Kỹ thuật nghiệp vụ (PA71).", {"ORG"}, [("ORG", "phòng Kỹ thuật nghiệp vụ"), ("ORG", "PA71")]),
        # a residential unit right before its ward, without a comma
        ("Nhà số 39 đường Vườn Trầu, khu 3 phường Trần Phú, TP.Móng Cái bị sập.", {"LOC"},
         [("LOC", "đường Vườn Trầu"), ("LOC", "khu 3"), ("LOC", "phường Trần Phú"), ("LOC", "TP.Móng Cái")]),
        # "yêu cầu" is a request, no bridge ("cầu") named after a person
        ("Công an yêu cầu Nguyễn Văn Hùng phải có mặt.", {"PERSON", "LOC"}, [("PERSON", "Nguyễn Văn Hùng")]),
        ("Xe đi qua cầu Nguyễn Văn Trỗi thì hỏng.", {"PERSON", "LOC"}, [("LOC", "cầu Nguyễn Văn Trỗi")]),
        # a caption glued to the next sentence; workers by trade; a police chief abroad
        ("Ông Nguyễn Xuân Sơn Kết quả điều tra cho thấy.", {"PERSON"}, [("PERSON", "Nguyễn Xuân Sơn")]),
        ("Sập giàn giáo, 2 thợ xây rơi từ tầng 5.", {"MEASURE"}, [("MEASURE", "thợ xây")]),
        ("Tuy nhiên, cảnh sát trưởng Kenton Buckner cho biết.", {"TITLE", "PERSON"},
         [("TITLE", "cảnh sát trưởng"), ("PERSON", "Kenton Buckner")]),
    ],
)
def test_entities_of_round_22(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_a_post_in_a_company_makes_no_official() -> None:
    doc = vn_crimeie.extract("Ông Hà Văn Tâm, Tổng giám đốc Oceanbank, phát biểu. Ông Lê Văn An, Giám đốc Bệnh viện Bạch Mai, cho biết.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [("Hà Văn Tâm", "other"), ("Lê Văn An", "official")]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 23: nicknames by an epithet, wherever they stand; a code is no initial
        ("Dư luận bức xúc về vụ Minh Béo. Minh Béo đã xin lỗi.", {"PERSON"}, [("PERSON", "Minh Béo"), ("PERSON", "Minh Béo")]),
        ("Nguyễn Văn Béo bị bắt.", {"PERSON"}, [("PERSON", "Nguyễn Văn Béo")]),
        ("Cảnh vệ bảo vệ các đối tượng A1 (nguyên thủ).", {"PERSON"}, []),
        # committees of the National Assembly, in short, with their owner; posts there; headline short forms
        ("ĐB Lê Thanh Vân, ủy viên thường trực UB Tài chính - Ngân sách của QH cho rằng.", {"TITLE", "ORG"},
         [("TITLE", "ủy viên thường trực"), ("ORG", "UB Tài chính - Ngân sách của QH")]),
        # an offence after "tội" ends before the clause goes on; paedophilia
        ("Phiên tòa xử bà Dung về tội Lừa đảo chiếm đoạt tài sản tiếp tục với phần xét hỏi.", {"CRIME"},
         [("CRIME", "Lừa đảo chiếm đoạt tài sản")]),
        ("Hắn về nước sau khi phạm tội ấu dâm ở Mỹ.", {"CRIME"}, [("CRIME", "ấu dâm")]),
        # a byline followed by its source; a sentence glued after a province's word
        ("Ca sĩ nói vậy. Tuấn Vĩ Theo Koreaboo ", {"PERSON", "ORG"}, [("PERSON", "Tuấn Vĩ"), ("ORG", "Koreaboo")]),
        ("Anh được phát hiện đã bất tỉnh Đang dấy lên tin đồn.", {"LOC"}, []),
    ],
)
def test_entities_of_round_23(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_the_most_the_law_allows_is_no_statistic() -> None:
    rows = vn_crimeie.extract("Bị cáo bị truy tố với mức án mỗi tội lên đến 30 năm tù. Tòa tuyên phạt bị cáo 3 năm tù.").statistics(all=True)
    assert [(r["value"], r["statistic"]) for r in rows if r["kind"] == "duration"] == [(30, False), (3, True)]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 24: "3g" with a part of the day is a clock time, "10g" alone ten grams; a bare "sinh" before a year
        ("Sự việc diễn ra vào 3g sáng ngày 28/4 khi anh Hùng chạy xe.", {"DATE", "NUMBER"}, [("DATE", "3g sáng ngày 28/4")]),
        ("Lô hàng 10g ma túy đá bị thu giữ.", {"DATE", "NUMBER"}, [("NUMBER", "10")]),
        ("Đỗ Văn Chí, sinh 1971, trú ở xã Tam Hưng.", {"DATE"}, [("DATE", "1971")]),
        # a shop's manager; a company's short legal form
        ("Bà Phạm Thị Linh, cửa hàng trưởng TGDĐ, xác nhận vụ việc.", {"TITLE"}, [("TITLE", "cửa hàng trưởng")]),
        ("Tổng cục khen thưởng 2 lái xe của CTCP Tập đoàn Mai Linh.", {"ORG"}, [("ORG", "CTCP Tập đoàn Mai Linh")]),
    ],
)
def test_entities_of_round_24(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels, dateline="2017-05-01") == expected


def test_the_owner_of_what_was_stolen_is_a_victim_whatever_words_describe_them() -> None:
    doc = vn_crimeie.extract("Hai đối tượng bị bắt vì trộm tiền của vợ chồng tài xế Nguyễn Đình Tài. Bà Lê Thị Hoa, cửa hàng trưởng, kể lại.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [("Nguyễn Đình Tài", "victim"), ("Lê Thị Hoa", "other")]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 25: a function word as a given name after a lower-case honorific; not a word of the dictionary
        ("Khoảng 11h ngày 30/5, ông Để từ TP HCM lên nhà em trai.", {"PERSON"}, [("PERSON", "Để")]),
        ("Để tránh bị bắt, hắn bỏ trốn; các chú Bộ đội đến.", {"PERSON"}, []),
        # a given name that opens a sentence's verb is no echo ("Tiến hành")
        ("Bị can Lê Văn Tiến bị bắt. Tiến hành khám xét, công an thu ma túy. Tiến khai nhận.", {"PERSON"},
         [("PERSON", "Lê Văn Tiến"), ("PERSON", "Tiến")]),
        # a nationality after a student; "Cả" glued after a name
        ("Triều Tiên nói về cái chết của sinh viên Mỹ.", {"PERSON", "LOC"}, [("LOC", "Triều Tiên"), ("LOC", "Mỹ")]),
        ("Sinh viên Nguyễn Văn An bị bắt.", {"PERSON"}, [("PERSON", "Nguyễn Văn An")]),
        ("Hai đối tượng Tiến và Phượng Cả hai bàn bạc.", {"PERSON"}, [("PERSON", "Tiến"), ("PERSON", "Phượng")]),
    ],
)
def test_entities_of_round_25(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_a_post_on_a_company_board_makes_no_official() -> None:
    doc = vn_crimeie.extract("Ông Hà Văn Tâm, Chủ tịch HĐQT Oceanbank, phát biểu. Chủ tọa phiên tòa Vũ Thanh Lâm đã ký giấy triệu tập.")
    assert [(p["name"], p["role"]) for p in doc.people()] == [("Hà Văn Tâm", "other"), ("Vũ Thanh Lâm", "official")]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 26: a name before "năm nay N tuổi"; a surname said alone after "họ"; a commander's post
        ("Nạn nhân là Tiểu Quyên, năm nay 26 tuổi, sống tại huyện. Sau đó Tiểu Quyên đi báo án.", {"PERSON"},
         [("PERSON", "Tiểu Quyên"), ("PERSON", "Tiểu Quyên")]),
        ("Người đàn ông họ Triệu đã ra đầu thú. Triệu khai nhận.", {"PERSON"}, [("PERSON", "Triệu"), ("PERSON", "Triệu")]),
        ("Nhưng họ không nói gì thêm.", {"PERSON"}, []),
        ("Đại tá Nguyễn Hữu Thắng, Chỉ huy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Nam cho biết.", {"TITLE"},
         [("TITLE", "Chỉ huy")]),
    ],
)
def test_entities_of_round_26(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


def test_a_surname_said_alone_is_the_person_of_that_surname() -> None:
    doc = vn_crimeie.extract("Cô Trương Hằng kiện người yêu cũ. Tòa yêu cầu thiếu gia họ Trương bồi thường.")
    assert [p["name"] for p in doc.people()] == ["Trương Hằng"]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # round 27: a country whose first word is an organisation's head; an embassy's counsellor
        ("Du thuyền xuất phát từ Đài Loan đến Vladivostok.", {"ORG", "LOC"}, [("LOC", "Đài Loan"), ("LOC", "Vladivostok")]),
        ("Đài Truyền hình Việt Nam đưa tin.", {"ORG", "LOC"}, [("ORG", "Đài Truyền hình Việt Nam")]),
        ("Đoàn do Tham tán Alexander Minaev dẫn đầu.", {"TITLE", "PERSON"},
         [("TITLE", "Tham tán"), ("PERSON", "Alexander Minaev")]),
    ],
)
def test_entities_of_round_27(text: str, labels: set[str], expected: list[tuple[str, str]]) -> None:
    assert spans(text, labels) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 1999 code's name of an offence, whole; "thủ phạm (gây ra) vụ" charges the one named
        ("Trần Cảnh Lạc bị truy tố về tội Cố ý làm trái các quy định của Nhà nước về kinh tế gây hậu quả nghiêm trọng.",
         [("Trần Cảnh Lạc", "Cố ý làm trái các quy định của Nhà nước về kinh tế gây hậu quả nghiêm trọng")]),
        ("Lê Lâm Hưng (29 tuổi) là thủ phạm gây ra vụ dùng súng cướp ngân hàng.", [("Lê Lâm Hưng", "cướp ngân hàng")]),
        ("Công an xác định Trần Văn An là thủ phạm vụ trộm cắp tài sản tại chợ.", [("Trần Văn An", "trộm cắp tài sản")]),
        ("Anh Trần Văn An là nạn nhân của vụ trộm cắp tài sản tại chợ.", []),
    ],
)
def test_charges_of_rounds_18_to_27(text: str, expected: list[tuple[str, str]]) -> None:
    doc = vn_crimeie.extract(text)
    names = {e.id: e.text for e in doc.entities}
    assert [(names[r.head], names[r.tail]) for r in doc.relations if r.label == "CHARGED_WITH"] == expected
