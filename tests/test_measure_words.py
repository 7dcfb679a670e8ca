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
    ("Huyện biên giới lập 35 chốt kiểm soát trên các đường mòn.", "35", "chốt kiểm soát"),
    ("Tỉnh có 3 cửa khẩu quốc tế và nhiều lối mở.", "3", "cửa khẩu quốc tế"),
    ("Toàn tỉnh có 14 cơ sở cách ly tập trung.", "14", "cơ sở cách ly tập trung"),
    ("Trong ngày, tỉnh ghi nhận 7 ca nhiễm mới.", "7", "ca nhiễm mới"),
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
    # a gender word before a counted noun stays in the MEASURE (prefixes)
    ("Hai nữ nghi phạm bị cáo buộc giết người.", "Hai", "nữ nghi phạm"),
    ("Công an triệu tập 3 nam thanh niên.", "3", "nam thanh niên"),
    # papers of identity before their name, weapons after their classifier, people by what they did (round 10)
    ("Chủ quán giữ lại 2 giấy CMND của hai công nhân.", "2", "giấy"),
    ("Sở Giao thông thu hồi 40 giấy phép lái xe giả.", "40", "giấy phép lái xe"),
    ("Nhóm thanh niên mang theo 3 cây mã tấu đi hỗn chiến.", "3", "cây mã tấu"),
    ("Dân làng đã vây bắt được 2 kẻ gây án ngay trong đêm.", "2", "kẻ gây án"),
    ("Chủ vựa thuê 4 người làm thuê bốc vác.", "4", "người làm thuê"),
    # a classifier alone before a word that is no goods keeps itself ("cây" of gold stays a unit)
    ("Bà bán đi 2 cây vàng để trả nợ.", "2", "cây vàng"),
    # a unit's word that opens a common word is that word (unit_compounds of measures.yaml keep money)
    ("Những ngày qua, hàng trăm đồng nghiệp đều bất ngờ.", "hàng trăm", "đồng nghiệp"),
    ("Kẻ gian lấy 3 đồng hồ đeo tay của khách.", "3", "đồng hồ"),
    ("Trong túi chỉ còn 500 đồng tiền lẻ.", "500", "đồng"),
    ("Xe chở 5 tấn hàng lậu qua biên giới.", "5", "tấn"),
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


# Compounds seen cut short on unseen police news: the head takes one more noun
# ("xe" + "hơi", "cảnh sát" + "PCCC", "con" + "bạc"), and a classifier takes the
# vehicle or goods compound after it.  Sentences written for this test.
LONGER_HEADS = [
    ("Cảnh sát thu giữ 2 xe hơi đời mới của nhóm buôn lậu.", "2", "xe hơi"),
    ("Ô tô mất lái tông liên tiếp 3 xe gắn máy đang dừng đèn đỏ.", "3", "xe gắn máy"),
    ("Tại hiện trường có 3 chiếc xe gắn máy bị hư hỏng nặng.", "3", "chiếc xe gắn máy"),
    ("Hơn 150 cảnh sát PCCC đã được điều động tới hiện trường.", "150", "cảnh sát PCCC"),
    ("Có 12 cảnh sát giao thông làm nhiệm vụ tại nút giao.", "12", "cảnh sát giao thông"),
    ("Hai sĩ quan cảnh sát bị đình chỉ công tác.", "Hai", "sĩ quan cảnh sát"),
    ("Chi bộ kết nạp 4 đồng chí đảng viên mới.", "4", "đồng chí"),
    ("Công an ập vào sới bạc, bắt giữ 27 con bạc.", "27", "con bạc"),
    ("Trinh sát thu 120 viên nén màu hồng trong túi quần đối tượng.", "120", "viên nén"),
    ("Nhóm trộm cắt trộm 5 cuộn băng keo tại kho hàng.", "5", "cuộn băng keo"),
    ("Đám cháy lan sang 3 hộ gia đình bên cạnh.", "3", "hộ gia đình"),
    ("Hải quân nước này đặt mua 4 tàu ngầm thế hệ mới.", "4", "tàu ngầm"),
    ("Cơ quan điều tra khám xét 2 nhà nghỉ trên đường Lê Lợi.", "2", "nhà nghỉ"),
    ("Sau nhiều giờ, 2 người bạn của nạn nhân mới đến.", "2", "người bạn"),
]


@pytest.mark.parametrize(("text", "number", "measure"), LONGER_HEADS)
def test_head_takes_one_more_noun(text: str, number: str, measure: str) -> None:
    norm = normalize(text).text
    end = norm.index(number + " ") + len(number)
    found = MeasureFinder(norm).at(end)
    assert found is not None and norm[found[0] : found[1]] == measure


# The compound stops where its clause or the next word starts (negatives of the above).
STOPS_BEFORE = [
    ("Cả 2 xe đều bị hư hỏng nặng sau cú va chạm.", "2", "xe"),
    ("Ông trả thêm 50 triệu đồng cho người môi giới.", "triệu", "đồng"),
    ("Bọn chúng lấy đi 3 con dao và một chiếc búa.", "3", "con dao"),
    ("Đội PCCC có 40 cảnh sát trực chiến dịp Tết.", "40", "cảnh sát"),
]


@pytest.mark.parametrize(("text", "number", "measure"), STOPS_BEFORE)
def test_compound_stops_before_the_next_word(text: str, number: str, measure: str) -> None:
    norm = normalize(text).text
    end = norm.index(number + " ") + len(number)
    found = MeasureFinder(norm).at(end)
    assert found is not None and norm[found[0] : found[1]] == measure


# More heads with their second noun, read on unseen news (own sentences).
SECOND_NOUN = [
    ("Quận này có 3 trường mầm non tư thục chưa được cấp phép.", "3", "trường mầm non"),
    ("Phường phát hiện 12 nhóm lớp hoạt động không phép.", "12", "nhóm lớp"),
    ("Hai giáo viên mầm non bị đình chỉ vì đánh trẻ.", "Hai", "giáo viên mầm non"),
    ("Thành phố mở thêm 4 tuyến xe buýt nhanh.", "4", "tuyến xe buýt"),
    ("Trên tàu có 9 khách nước ngoài và 2 thuyền viên.", "9", "khách nước ngoài"),
    ("Quân đội bắt giữ 40 phần tử cực đoan.", "40", "phần tử"),
    ("Hải quan thu 300 viên thuốc kích thích giấu trong vali.", "300", "viên thuốc kích thích"),
    ("Vết thương ở đầu nạn nhân cần 5 mũi khâu.", "5", "mũi khâu"),
]


@pytest.mark.parametrize(("text", "number", "measure"), SECOND_NOUN)
def test_second_noun_heads(text: str, number: str, measure: str) -> None:
    norm = normalize(text).text
    end = norm.index(number + " ") + len(number)
    found = MeasureFinder(norm).at(end)
    assert found is not None and norm[found[0] : found[1]] == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Hai tên cướp lấy đi 19 chiếc smartphone trong tủ kính.", "19", "chiếc smartphone"),
        ("Khoảng 12 con vật hung dữ kéo đến.", "12", "con vật"),
        ("Trong năm, thành phố xảy ra 447 vụ hỏa hoạn.", "447", "vụ hỏa hoạn"),
        ("Thành phố xử lý 73 chủ đầu tư vi phạm.", "73", "chủ đầu tư"),
    ],
)
def test_measures_of_round_12(text: str, number: str, measure: str) -> None:
    norm = normalize(text).text
    end = norm.index(number + " ") + len(number)
    found = MeasureFinder(norm).at(end)
    assert found is not None and norm[found[0] : found[1]] == measure
