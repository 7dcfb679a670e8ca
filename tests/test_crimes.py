"""CRIME: offences of the Criminal Code, categories and press wordings, abbreviations."""

from __future__ import annotations

import pytest
from where_helpers import ADVERSARIAL, MESSY, spans

from vn_crimeie.recognizers import crimes
from linearity import assert_linear, prefix_maker

CASES = [
    ("Khởi tố bị can về tội Giết người.", ["Giết người"]),
    ("Hai đối tượng bị bắt về hành vi Cướp tài sản.", ["Cướp tài sản"]),
    ("Nhóm này có hành vi cướp giật tài sản của người đi đường.", ["cướp giật tài sản"]),
    ("Khởi tố vụ án Lừa đảo chiếm đoạt tài sản.", ["Lừa đảo chiếm đoạt tài sản"]),
    ("Ông B bị bắt vì tội Mua bán trái phép chất ma túy.", ["Mua bán trái phép chất ma túy"]),
    ("Đối tượng bị tạm giữ về hành vi Tàng trữ trái phép chất ma túy.", ["Tàng trữ trái phép chất ma túy"]),
    ("Triệt phá đường dây tổ chức đánh bạc và đánh bạc dưới hình thức lô đề.", ["tổ chức đánh bạc", "đánh bạc"]),
    ("Tài xế bị khởi tố về tội Chống người thi hành công vụ.", ["Chống người thi hành công vụ"]),
    ("Nhóm thanh niên bị xử lý về hành vi Gây rối trật tự công cộng.", ["Gây rối trật tự công cộng"]),
    ("Hắn có tiền án về tội Trộm cắp tài sản.", ["Trộm cắp tài sản"]),
    ("Đẩy mạnh phòng, chống tội phạm có tổ chức, tội phạm xuyên quốc gia.", ["tội phạm có tổ chức", "tội phạm xuyên quốc gia"]),
    ("Cảnh báo thủ đoạn cho vay tín dụng đen qua ứng dụng.", ["tín dụng đen"]),
    ("Mua bán dữ liệu thông tin cá nhân trên không gian mạng ngày càng phổ biến.", ["Mua bán dữ liệu thông tin cá nhân"]),
    ("Tăng cường đấu tranh với tội phạm sử dụng công nghệ cao.", ["tội phạm sử dụng công nghệ cao"]),
    ("Nguyên cán bộ địa chính bị khởi tố về tội Nhận hối lộ.", ["Nhận hối lộ"]),
    ("Kéo giảm TPCTC, TPXQG trên địa bàn.", ["TPCTC", "TPXQG"]),
    ("Bị cáo phạm tội Cố ý gây thương tích.", ["Cố ý gây thương tích"]),
    ("Đường dây Mua bán người sang Campuchia bị triệt phá.", ["Mua bán người"]),
    ("Ngành điện phát hiện nhiều vụ trộm cắp điện trong mùa nắng nóng.", ["trộm cắp điện"]),
    ("Nhiều người bị sàn giao dịch ảo lừa đảo hàng tỷ đồng.", ["lừa đảo"]),
    ("Công an giải tán nhóm thanh niên đua xe trên quốc lộ.", ["đua xe"]),
]
NEGATIVES = [
    "Tình hình tội phạm trên địa bàn cơ bản được kiềm chế.",
    "Đối tượng khai nhận hành vi phạm tội.",
    "Người dân tố giác tội phạm qua đường dây nóng.",
    "Anh ta bị khủng bố tinh thần suốt nhiều tháng.",
    # a cycling race is not street racing
    "Cô giành áo vàng tại giải đua xe đạp nữ toàn quốc.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crime_spans(text: str, expected: list[str]) -> None:
    assert spans(crimes.find, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_crime(text: str) -> None:
    assert spans(crimes.find, text) == []


def test_article_and_expansion_values() -> None:
    text = "về tội Trộm cắp tài sản; phòng chống TPCTC"
    values = [c.value for c in crimes.find(text)]
    assert values == [{"offence": "Trộm cắp tài sản", "article": 173}, {"expansion": "tội phạm có tổ chức"}]


def test_lower_case_abbreviation_is_not_matched() -> None:
    assert spans(crimes.find, "tpctc và tpxqg") == []


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_robust(text: str) -> None:
    crimes.find(text)


# Offences the lexicon does not list word for word: named after "tội" as the Code
# writes them, in quotes, or as a deed done "trái phép" (sentences written for these tests).
GENERAL = [
    ("Nhóm người nước ngoài nhập cảnh trái phép đã bị cách ly.", ["nhập cảnh trái phép"]),
    ("Sau đó, họ tiếp tục vượt biên trái phép vào Việt Nam.", ["vượt biên trái phép"]),
    ("Chủ bãi bị phạt vì khai thác cát trái phép trên sông Đà.", ["khai thác cát trái phép"]),
    ("Đối tượng bị bắt vì tàng trữ vũ khí trái phép.", ["tàng trữ vũ khí trái phép"]),
    ("Họ có thể bị xử lý về tội \"Tổ chức cho người khác trốn đi nước ngoài\".", ["Tổ chức cho người khác trốn đi nước ngoài"]),
    ("Bị can bị truy tố về các tội “Giết người, Cướp tài sản”.", ["Giết người", "Cướp tài sản"]),
    ("Nguyên giám đốc bị khởi tố về tội Vi phạm quy định về cho vay trong hoạt động của các tổ chức tín dụng.",
     ["Vi phạm quy định về cho vay trong hoạt động của các tổ chức tín dụng"]),
    ("Ba người bị khởi tố về tội Cướp giật tài sản theo Điều 171.", ["Cướp giật tài sản"]),
    ("Kẻ thủ ác bị truy tố thêm tội lạm dụng tình dục trẻ em.", ["lạm dụng tình dục trẻ em"]),
    ("Tòa tuyên phạt hắn 10 năm tù về tội Không tố giác tội phạm.", ["Không tố giác tội phạm"]),
]

GENERAL_NEGATIVES = [
    "Quốc hội bỏ phiếu luận tội Tổng thống vào tuần trước.",
    "Căn nhà xây dựng trái phép trên đất nông nghiệp đã bị tháo dỡ.",
    "Anh ta nói cái tội \"Lười biếng quá!\" của mình.",
    "Hàng hóa vận chuyển trái phép qua biên giới ngày càng nhiều và phức tạp.",
    "Tội ác của hắn khiến dư luận phẫn nộ.",
]


@pytest.mark.parametrize(("text", "expected"), GENERAL)
def test_general_crime_spans(text: str, expected: list[str]) -> None:
    assert spans(crimes.find, text) == expected


@pytest.mark.parametrize("text", GENERAL_NEGATIVES)
def test_general_crime_negatives(text: str) -> None:
    assert spans(crimes.find, text) == []


@pytest.mark.parametrize("head, piece, tail", [("tội \"", "A", ""), ("tội ", "Giết người, ", ""), ("", "khai thác ", "trái phép"),
                                              ("tội ", "Aa ", ""), ("", "về tội ", ""), ("về tội ", "ba ", ""),
                                              ("", "kẻ ", "lừa đảo")])
def test_crime_rules_stay_linear(head: str, piece: str, tail: str) -> None:
    assert_linear(crimes.find, lambda n: head + piece * n + tail)


# Annotation guide: perpetrator nouns, adjective uses and purpose clauses are not
# offences; the offence noun and the verb that names what someone is accused of are.
NOT_NAMED = [
    "Kẻ lừa đảo đã cao chạy xa bay sau khi nhận tiền.",
    "Các đối tượng vận chuyển hàng cấm bỏ lại xe máy rồi tẩu thoát.",
    "Những kẻ buôn bán ma túy thường lợi dụng đêm tối.",
    "Nghi phạm giết người đã ra đầu thú sau hai ngày lẩn trốn.",
    "Nhóm khủng bố tuyên bố chịu trách nhiệm về vụ nổ.",
    "Người dân nhận được tin nhắn lừa đảo từ số lạ.",
    "Ngân hàng đã khóa các tài khoản lừa đảo nói trên.",
    "Hắn gây mê nạn nhân để cướp tài sản.",
    "Chúng dùng dây câu điện nhằm trộm điện của ngành điện.",
    "Cơ quan tình báo mất liên lạc với 20 gián điệp.",
]
NAMED = [
    ("Vụ lừa đảo khiến hàng trăm người mất trắng.", ["lừa đảo"]),
    ("Chủ doanh nghiệp bị tố lừa đảo hàng chục khách hàng.", ["lừa đảo"]),
    ("Người đàn ông bị khởi tố về hành vi gián điệp.", ["gián điệp"]),
    ("Kẻ gian tiếp tục lừa đảo người dân qua mạng.", ["lừa đảo"]),
    ("Tòa tăng mức án về tội Giết người của Lò Văn Páo.", ["Giết người"]),
    ("Ông ta bị xử về tội Cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng.",
     ["Cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng"]),
    ("Bị can bị truy tố về tội Vi phạm quy định về phòng cháy gây hậu quả nghiêm trọng quy định tại Điều 313.",
     ["Vi phạm quy định về phòng cháy gây hậu quả nghiêm trọng"]),
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_perpetrators_adjectives_and_purposes_are_not_crimes(text: str) -> None:
    assert spans(crimes.find, text) == []


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_offence_named(text: str, expected: list[str]) -> None:
    assert spans(crimes.find, text) == expected


# A lower-case offence after "về tội"/"vì tội", ended by a stop word or punctuation;
# "cướp"/"trộm" alone only after a cue ("vụ cướp", not "tên cướp").
LOWER = [
    ("Hai người bị bắt về tội không tố giác tội phạm trong vụ án.", ["không tố giác tội phạm"]),
    ("Tòa tuyên phạt bị cáo về tội cưỡng hiếp người dưới 16 tuổi.", ["cưỡng hiếp"]),
    ("Ông ta bị truy tố vì tội cản trở giao thông đường bộ, gây chết người.", ["cản trở giao thông đường bộ"]),
    ("Vụ cướp xảy ra lúc 2h sáng, tên cướp bỏ chạy về phía cầu.", ["cướp"]),
    ("Hai vụ trộm xảy ra liên tiếp; nhóm trộm đã bị bắt.", ["trộm"]),
    ("Về tội danh thì chưa rõ.", []),
    ("Hắn bị bắt về tội danh nào thì gia đình chưa được biết", []),
    ("Chúng lên kế hoạch cướp xe của tài xế.", []),
    ("Người chưa đủ 16 tuổi không chịu trách nhiệm về tội ít nghiêm trọng.", []),
    ("Đây là điều đáng lo ngại về tội phạm trẻ hiện nay.", []),
    ("Ông ta bị bắt về tội cố ý gây thương tích dẫn đến chết người.", ["cố ý gây thương tích"]),
    # a modal verb after the offence starts the clause: it is not part of the name
    ("Luật sư nói về tội bắt giữ người trái pháp luật có thể bị phạt tù đến ba năm.", ["bắt giữ người trái pháp luật"]),
    ("Họ hỏi về tội cướp tài sản có bị phạt tù không.", ["cướp tài sản"]),
]


@pytest.mark.parametrize(("text", "expected"), LOWER)
def test_lower_case_offences_and_cued_words(text: str, expected: list[str]) -> None:
    assert spans(crimes.find, text) == expected


def _crimes(text: str) -> list[str]:
    import vn_crimeie

    return [e.text for e in vn_crimeie.extract(text).entities if e.label == "CRIME"]


# Offences of the Code's table (more articles), press wordings, and whole offences after
# khởi tố/truy tố/xét xử/với tội danh.
MORE = [
    ("Nhóm thanh niên tổ chức đua xe trên đại lộ lúc nửa đêm.", ["tổ chức đua xe"]),
    ("Bà ta chuyên bán lẻ ma túy tại khu trọ.", ["bán lẻ ma túy"]),
    ("Công an triệt phá đường dây cho vay nặng lãi ở chợ.", ["cho vay nặng lãi"]),
    ("Hai bị can bị truy tố tội cướp giật tài sản.", ["cướp giật tài sản"]),
    ("Tòa xét xử tội lạm dụng tín nhiệm chiếm đoạt tài sản đối với bà H.", ["lạm dụng tín nhiệm chiếm đoạt tài sản"]),
    ("Giám đốc bị khởi tố với tội danh mua bán trái phép hóa đơn giá trị gia tăng.", ["mua bán trái phép hóa đơn giá trị gia tăng"]),
    ("Hắn bị bắt về tội đe dọa giết người.", ["đe dọa giết người"]),
    ("Đối tượng bị điều tra về hành vi truyền bá văn hóa phẩm đồi trụy.", ["truyền bá văn hóa phẩm đồi trụy"]),
    ("Lực lượng chức năng đấu tranh với tội phạm lừa đảo chiếm đoạt tài sản trên mạng.", ["tội phạm lừa đảo chiếm đoạt tài sản"]),
    ("Tình hình tội phạm về trật tự xã hội giảm mạnh.", ["tội phạm về trật tự xã hội"]),
]
# Not offences: perpetrator nouns, a clause word after the cue, statutory wording.
NOT_MORE = [
    "Nhóm đối tượng cho vay nặng lãi đã bị bắt.",
    "Bị cáo phạm tội có tổ chức nên bị xử nặng.",
    "Hắn bị khởi tố tội danh tương tự như năm ngoái.",
    "Phạm tội gây hậu quả nghiêm trọng thì bị phạt tù.",
    "Đây là lần thứ hai ông ta bị xét xử tội lần này.",
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_offences(text: str, expected: list[str]) -> None:
    assert _crimes(text) == expected


@pytest.mark.parametrize("text", NOT_MORE)
def test_not_more_offences(text: str) -> None:
    assert _crimes(text) == []


def test_a_reading_after_a_cue_takes_the_value_of_the_offence_it_begins_with() -> None:
    text = "bị truy tố với tội danh mua bán trái phép hóa đơn giá trị gia tăng"
    assert [c.value["article"] for c in crimes.find(text) if c.source == "crimes.rule"] == [203]


# Offences with their object, whole phrases, adjectives after a scheme (sentences written for these tests).
OFFENCE_PHRASES = [
    ("Người dân bức xúc vì nạn trộm cắp chó, mèo ở xóm.", ["trộm cắp chó, mèo"]),
    ("Nhóm này chuyên trộm cắp xe máy và điện thoại.", ["trộm cắp xe máy và điện thoại"]),
    ("Hắn khai đã nhiều lần ăn trộm gà của hàng xóm.", ["ăn trộm gà"]),
    ("Thanh bị truy nã về hành vi vận chuyển trái phép hàng hóa qua biên giới. Thanh đã bỏ trốn.",
     ["vận chuyển trái phép hàng hóa qua biên giới"]),
    ("Lực lượng biên phòng bắt Tú về hành vi mua bán trái phép pháo nổ tự chế. Tú khai nhận.",
     ["mua bán trái phép pháo nổ tự chế"]),
    ("Thế giới lên án vụ tấn công khủng bố tại nhà ga.", ["tấn công khủng bố"]),
    ("Các nước cam kết chống chủ nghĩa khủng bố và cực đoan.", ["chủ nghĩa khủng bố"]),
    ("Chủ quán bị bắt vì chứa chấp nhân viên bán dâm và môi giới mại dâm.", ["bán dâm", "môi giới mại dâm"]),
    ("Cảnh sát phát hiện hai người đang mua bán dâm trong phòng.", ["mua bán dâm"]),
    ("Nhóm đối tượng tổ chức vụ lừa đảo và duy trì hoạt động lừa đảo nhiều tháng.", ["lừa đảo", "lừa đảo"]),
]
NOT_OFFENCES = [
    "Công an triệt phá đường dây lừa đảo xuyên biên giới.",  # a ring: a group of people
    "Người dân cần cảnh giác với các chiêu thức lừa đảo tinh vi.",  # an adjective: a trick
    "Phó trưởng phòng cảnh sát điều tra tội phạm về ma túy cho biết như vậy.",  # a unit's name
]


@pytest.mark.parametrize(("text", "expected"), OFFENCE_PHRASES)
def test_offence_phrases(text: str, expected: list[str]) -> None:
    assert spans(crimes.find, text) == expected


@pytest.mark.parametrize("text", NOT_OFFENCES)
def test_rings_tricks_and_units_name_no_offence(text: str) -> None:
    assert spans(crimes.find, text) == []


def test_a_ring_of_another_offence_still_names_it() -> None:
    assert spans(crimes.find, "Triệt phá đường dây mại dâm tại khách sạn.") == ["mại dâm"]


def test_theft_without_a_listed_object_stays_bare() -> None:
    assert spans(crimes.find, "Hắn trộm cắp rồi bỏ trốn khỏi địa phương.") == ["trộm cắp"]



@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        ("Vụ sát hại ông Kim Jong-nam được chuyển lên tòa cấp cao.", ["sát hại"]),  # after "vụ": the offence
        ("Hai nữ nghi phạm bị cáo buộc giết hại ông Kim.", ["giết hại"]),  # the accused deed
        ("Ông Kim bị sát hại tại sân bay.", []),  # a plain verb of what happened
        ("Hắn đã giết hại 3 người.", []),
    ],
)
def test_a_verb_of_killing_is_an_offence_only_after_an_offence_cue(text: str, crimes: list[str]) -> None:
    import vn_crimeie

    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "CRIME"] == crimes


@pytest.mark.parametrize(("text", "crimes"), [
    ("Hải quan tạm giữ lô hàng máy đánh bạc vận chuyển trái phép.", []),  # a thing, not the offence
    ("Đối tượng bị bắt về hành vi đánh bạc.", ["đánh bạc"]),
])
def test_an_offence_word_after_a_noun_of_things_names_the_thing(text: str, crimes: list[str]) -> None:
    import vn_crimeie

    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "CRIME"] == crimes


@pytest.mark.parametrize(("text", "crimes"), [
    # a comma inside an offence of the table: one CRIME, as written
    ("Bà ta nảy sinh ý định lừa đảo, chiếm đoạt tài sản của đồng nghiệp.", ["lừa đảo, chiếm đoạt tài sản"]),
    # offence verbs coordinated before an offence, and an organising head
    ("Công an triệt xóa đường dây sản xuất, buôn bán ma túy ở Long An.", ["sản xuất, buôn bán ma túy"]),
    ("Năm qua đã phát hiện 12 vụ tổ chức môi giới mại dâm.", ["tổ chức môi giới mại dâm"]),
    # "tổ chức" as a noun (the organisations) is no organising of the offence
    ("Nhiều tổ chức lừa đảo xuyên quốc gia đã bị triệt phá.", ["lừa đảo"]),
    # categories of vice named bare
    ("Tệ nạn cá cược, cờ bạc trong dịp Tết giảm mạnh.", ["cá cược", "cờ bạc"]),
    # a comma that joins two offences keeps them two
    ("Bị cáo phạm tội giết người, cướp tài sản.", ["giết người", "cướp tài sản"]),
])
def test_offences_coordinated_or_written_with_a_comma(text: str, crimes: list[str]) -> None:
    import vn_crimeie

    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "CRIME"] == crimes


def test_the_terrorist_organisation_is_no_organising_of_terror() -> None:
    import vn_crimeie

    text = "Nhóm vũ trang này có liên hệ với tổ chức khủng bố Al Qaeda."
    assert [e.text for e in vn_crimeie.extract(text).entities if e.label == "CRIME"] == ["khủng bố"]
