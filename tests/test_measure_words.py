"""MEASURE lexicon: counted nouns, units and classifier + goods compounds read after a number."""

from __future__ import annotations

import pytest

from vn_crimeie.normalize import normalize
from vn_crimeie.numbers.measures import MeasureFinder

# (sentence written for this test, the number as written, the MEASURE expected right after it)
CASES = [
    ("Trong quý I, ngành điện truy thu 2.350 kWh điện bị lấy cắp.", "2.350", "kWh"),
    ("Sợi dây chuyền bị giật nặng 2 chỉ.", "2", "chỉ"),
    ("Chiếc nhẫn nặng 2 chỉ vàng bị giật mất.", "2", "chỉ vàng"),
    ("Anh ta rủ thêm 4 người thân cùng góp tiền.", "4", "người thân"),
    ("Nếu thua 3 lần liên tiếp thì phải nạp thêm tiền.", "3", "lần"),
    ("Sàn này có 5 mức đầu tư khác nhau.", "5", "mức đầu tư"),
    ("Các vụ trộm điện được chia làm 3 dạng chính.", "3", "dạng"),
    ("Kẻ gian đã cưa 9 gốc hoa giấy trong công viên.", "9", "gốc hoa giấy"),
    ("Lực lượng kiểm tra 4 chiếc giỏ chở trên xe máy.", "4", "chiếc giỏ"),
    ("Tên cướp giật 2 sợi dây chuyền vàng của người đi đường.", "2", "sợi dây chuyền vàng"),
    # a compound noun without its clause: "người" counts in "3 người chết" (three people died)
    ("Vụ va chạm làm 3 người chết tại chỗ.", "3", "người"),
    ("Có 7 người bị thương được đưa đi cấp cứu.", "7", "người"),
    ("Công an đã xác định 12 vụ trộm xảy ra trong tháng.", "12", "vụ"),
    # classifiers take the goods or animal after them; person nouns take their compound
    ("Kiểm lâm giải cứu 2 cá thể rùa biển.", "2", "cá thể rùa"),
    ("Người dân phát hiện 3 con hổ bị nhốt trong lồng.", "3", "con hổ"),
    ("Đối tượng mang theo 2 bình gas mini.", "2", "bình gas"),
    ("Tổ công tác thu giữ 5 chiếc xe tải chở gỗ lậu.", "5", "chiếc xe tải"),
    ("Cơ quan chức năng đã giải cứu 4 em học sinh bị lừa.", "4", "em học sinh"),
    ("Hai bé gái được người dân đưa về nhà an toàn.", "Hai", "bé gái"),
    ("Có 4 kẻ bịt mặt xông vào tiệm vàng.", "4", "kẻ"),
    ("Họ đã bắt 3 tên, 2 tên còn lại đang lẩn trốn.", "3", "tên"),
    ("Tòa triệu tập 5 nhân chứng đến phiên xử.", "5", "nhân chứng"),
    ("Đoàn kiểm tra đình chỉ 6 quán karaoke vi phạm.", "6", "quán karaoke"),
]


@pytest.mark.parametrize(("text", "number", "measure"), CASES)
def test_measure_after_number(text: str, number: str, measure: str) -> None:
    norm = normalize(text).text
    end = norm.index(number + " ") + len(number)
    found = MeasureFinder(norm).at(end)
    assert found is not None and norm[found[0] : found[1]] == measure


def test_no_measure_after_a_date_word() -> None:
    norm = "Ngày 5 tháng này, hắn bị bắt."
    assert MeasureFinder(norm).at(norm.index("5") + 1) is None
