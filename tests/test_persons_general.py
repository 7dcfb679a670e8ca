"""PERSON on any article (issue 17, item 3): given names that are common words, later
mentions, foreign names in running text, region words, places and layout that look like names.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.officials import person_records
from test_persons import names


@pytest.mark.parametrize(
    "text, expected",
    [
        # --- common word given names ---
        # A given name that is also a common word, after a surname and Văn/Thị.
        ("Bà Nguyễn Thị Được bán rau ở chợ.", ["Nguyễn Thị Được"]),
        ("Trần Văn Mới bị bắt khi đang bán ma túy.", ["Trần Văn Mới"]),
        ("Ông Đàm Văn Được, trưởng thôn, cho biết.", ["Đàm Văn Được"]),
        # ... but not a word after a lone middle name, nor across a stop.
        ("Lê Văn Tám đã khai. Sau đó hắn bỏ trốn.", ["Lê Văn Tám"]),
        # --- real names and later mentions ---
        # The real name before a nickname in brackets, and after "tên thật là".
        ("Nhiều người nhắc tới Văn Kính Dương (tức Trần Ngọc Hiếu) vẫn ngạc nhiên. Dương sinh ra ở Hà Nội.",
         ["Văn Kính Dương", "Trần Ngọc Hiếu", "Dương"]),
        ("Gã béo có tên thật là Văn Kính Dương, từng bị phạt tù. Sau đó Dương trốn trại.", ["Văn Kính Dương", "Dương"]),
        # --- foreign names in running text ---
        ("Hôm qua, ông Joe Biden phát biểu tại Nhà Trắng.", ["Joe Biden"]),
        ("CEO Elon Musk cho biết công ty sẽ mở rộng.", ["Elon Musk"]),
        ("Người mẫu Moon Hyung Wook bị bắt. Ca sĩ Cho Joo Bin khai nhận.", ["Moon Hyung Wook", "Cho Joo Bin"]),
        ("Nữ diễn viên Phạm Băng Băng bị phạt vì trốn thuế.", ["Phạm Băng Băng"]),
        # A short English word closes a Korean name after a cue.
        ("Ông Moon Jae In tiếp đoàn khách tại Seoul.", ["Moon Jae In"]),
        # A title, a country in Latin script, then the name.
        ("Tổng thống Philippines Rodrigo Duterte ra lệnh. Thị trưởng London Sadiq Khan lên án.", ["Rodrigo Duterte", "Sadiq Khan"]),
        # ... but a brand after a cue stays no name.
        ("Ông chủ Facebook đến dự.", []),
        # --- no person from regions places or layout ---
        # A part of the country after "vào", "ra", "phía" is a region, not the person named so.
        ("Anh Nguyễn Văn Nam kể lại. Sau đó hắn mang tiền vào Nam làm ăn.", ["Nguyễn Văn Nam"]),
        ("Anh Lê Văn Bắc bỏ trốn ra Bắc. Bắc bị bắt sau đó.", ["Lê Văn Bắc", "Bắc"]),
        ("Anh Trần Văn Trung nói cần phối hợp giữa Trung ương và địa phương.", ["Trần Văn Trung"]),
        # Streets and wards named after people.
        ("Vụ việc xảy ra trên đường Lê Duẩn, phường Thanh Nhàn, quận Hai Bà Trưng.", []),
        # A commune between two places of an address.
        ("Cây trồng ở thôn 2, Cao Nhân, Thủy Nguyên bị chặt phá.", []),
        # Bylines glued to the link line of an archive layout.
        ("Vụ án đang được điều tra.\nYến Trinh - Nguyễn Thanh Tâm Đón xem: Những câu chuyện buồn", ["Nguyễn Thanh Tâm"]),
        # --- later mentions and glued words ---
        # A region cue that closes a verb is none: "nhận ra Đông" names the person.
        ("Anh Nguyễn Văn Đông kể. Chủ nhà không nhận ra Đông vì Đông già đi.", ["Nguyễn Văn Đông", "Đông", "Đông"]),
        # Two people of one given name told apart by the middle name, Văn too.
        ("Các đối tượng gồm Lê Văn Tuấn (SN 1996) và Lê Minh Tuấn (SN 1998). Sau đó, Minh Tuấn và Văn Tuấn bỏ chạy.",
         ["Lê Văn Tuấn", "Lê Minh Tuấn", "Minh Tuấn", "Văn Tuấn"]),
        # A given name after a capitalised word that opens the sentence ...
        ("Bị can Lê Văn Tuấn khai. Việc Tuấn bỏ trốn là có thật.", ["Lê Văn Tuấn", "Tuấn"]),
        # ... not after a place abbreviation, nor after a foreign word.
        ("Anh Lê Văn Hưng kể. Lãnh đạo P. Tân Hưng đến thăm.", ["Lê Văn Hưng"]),
        # A sentence opener glued to a name in archive layout stays out of it.
        ("Bị cáo Trần Đại Nghĩa Khoảng 15 giờ chiều, hắn quay lại.", ["Trần Đại Nghĩa"]),
        ("Ông Nguyễn Thiện Nhân Cụ thể, về công tác phòng chống tội phạm.", ["Nguyễn Thiện Nhân"]),
        # An address item in brackets before a place.
        ("Lò mổ trâu Phúc Lâm (Hoàng Ninh, Việt Yên, Bắc Giang) đông khách.", []),
        # --- given names that open a word ---
        # A given name that opens a word the text writes in lower case too is that word.
        ("Ông Phạm Ngọc Triển cho biết. Thái Bình: Triển khai kế hoạch tiêm chủng, việc triển khai bắt đầu từ mai.",
         ["Phạm Ngọc Triển"]),
        # ... or a word that a capitalised name goes on after.
        ("Ông Lê Văn Hải cho biết, Chi cục Hải quan Mỹ đã phối hợp.", ["Lê Văn Hải"]),
        # The given name before a verb stays a name ("Dương cầm đầu": cầm đầu is a word of its own).
        ("Bị can Trần Văn Dương bị bắt. Đường dây do Dương cầm đầu hoạt động từ lâu.", ["Trần Văn Dương", "Dương"]),
        ("Bị can Nguyễn Văn Nguyên bị bắt. Bước đầu, Nguyên khai nhận đã mua ma túy.", ["Nguyễn Văn Nguyên", "Nguyên"]),
    ],
)
def test_names_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_later_mentions_in_a_longer_article_merge_into_one_person() -> None:
    filler = "Cơ quan điều tra tiếp tục làm rõ các đối tượng có liên quan trong đường dây. " * 30
    text = (
        "Trùm ma túy tên thật là Văn Kính Dương bị bắt tại sân bay. " + filler
        + "Dương khai nhận đã mua hóa chất. " + filler + "Theo cơ quan công an, Dương còn thuê nhiều căn hộ."
    )
    doc = vn_crimeie.extract(text)
    assert [e.text for e in doc.by_label("PERSON")] == ["Văn Kính Dương", "Dương", "Dương"]
    records = person_records(doc)
    assert [(r["name"], len(r["mentions"])) for r in records] == [("Văn Kính Dương", 3)]


def test_dan_giai_is_no_place_word() -> None:
    # "dẫn giải" (escort) is no "giải" (an award) before a name.
    assert names("Bị can Lê Văn Đức khai. Cơ quan chức năng dẫn giải Đức đến hiện trường.") == ["Lê Văn Đức", "Đức"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A foreign name said later by its surname or its first word is one person.
        ("Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn. Ông Tập cho biết sẽ hợp tác.", [("Tập Cận Bình", 2)]),
        ("Cảnh sát đã thẩm vấn Peter Irving. Peter khai rằng hắn vô tội. Irving bị bắt.", [("Peter Irving", 3)]),
        # A Vietnamese surname alone is someone else: "anh Hoàng" is not "Hoàng Văn Nam".
        ("Ông Hoàng Văn Nam cho biết, anh Hoàng đã đến.", [("Hoàng Văn Nam", 1), ("Hoàng", 1)]),
    ],
)
def test_mentions_merge_into_one_record(text: str, expected: list[tuple[str, int]]) -> None:
    records = person_records(vn_crimeie.extract(text))
    assert [(r["name"], len(r["mentions"])) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Luật sư của nghi phạm người Indonesia Siti Aisyah đã lên tiếng.", ["Siti Aisyah"]),
        ("Nữ diễn viên người Pháp Marion Cotillard có mặt.", ["Marion Cotillard"]),
        ("Nghi phạm người Nga đã bị bắt.", []),  # a people, no name after it
        ("Nạn nhân người H'Mông được đưa đi cấp cứu.", []),
    ],
)
def test_a_nationality_after_a_cue_then_a_foreign_name(text: str, names: list[str]) -> None:
    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "PERSON"] == names
