"""ORG: maximal organisation spans, nested units, abbreviations, negatives."""

from __future__ import annotations

import time

import pytest

from vn_crimeie.recognizers import orgs

from where_helpers import ADVERSARIAL, MESSY, spans

CASES = [
    ("Sáng 5/3, Bộ Công an tổ chức hội nghị triển khai công tác năm 2024.", ["Bộ Công an"]),
    ("Thượng tá Nguyễn Văn Hùng, Thủ trưởng Cơ quan Cảnh sát điều tra CATP cho biết.", ["Cơ quan Cảnh sát điều tra CATP"]),
    ("Đại tá Lê Văn Minh, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An, chỉ đạo.", ["Cảnh sát hình sự Công an tỉnh Nghệ An"]),
    ("Ông Trần Văn Hải, Giám đốc Công an tỉnh Nghệ An, dự buổi làm việc.", ["Công an tỉnh Nghệ An"]),
    ("Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa đã bắt giữ 3 đối tượng.", ["Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa"]),
    ("Thành viên Tổ giúp việc BCĐ CATP đã tham dự.", ["Tổ giúp việc BCĐ CATP"]),
    ("Trưởng BCĐ 138 của tỉnh đã chủ trì cuộc họp.", ["BCĐ 138"]),
    ("Ban Chỉ đạo Kế hoạch 135 đã họp phiên thứ nhất.", ["Ban Chỉ đạo Kế hoạch 135"]),
    ("Công an cả nước đã triệt phá hàng trăm đường dây ma túy.", ["Công an cả nước"]),
    ("Riêng lực lượng Cảnh sát hình sự đã bắt giữ 200 đối tượng.", ["lực lượng Cảnh sát hình sự"]),
    ("Lực lượng Cảnh sát ĐTTP về ma túy đã triệt phá 12 vụ.", ["Lực lượng Cảnh sát ĐTTP về ma túy"]),
    ("Tổ công tác của lực lượng CSGT đã dừng xe kiểm tra.", ["lực lượng CSGT"]),
    ("Chiếc xe tải bị CSGT TP Vinh kiểm tra hành chính.", ["CSGT TP Vinh"]),
    ("Đội CSGT Công an TP Thanh Hóa đã lập biên bản.", ["Đội CSGT Công an TP Thanh Hóa"]),
    ("Hồ sơ đã được chuyển cho Công an huyện Quỳnh Lưu xử lý.", ["Công an huyện Quỳnh Lưu"]),
    ("Theo Công an xã Diễn Hải, đối tượng có hai tiền án.", ["Công an xã Diễn Hải"]),
    ("Công an TP.HCM đang điều tra vụ việc.", ["Công an TP.HCM"]),
    ("Cơ quan CSĐT Công an quận Bình Thạnh đã khởi tố vụ án.", ["Cơ quan CSĐT Công an quận Bình Thạnh"]),
    ("Sau khi nhận tin báo, Công an huyện đã cử cán bộ xuống hiện trường.", ["Công an huyện"]),
    ("Trưởng CA phường Bến Nghé cho biết đã mời hai người lên làm việc.", ["CA phường Bến Nghé"]),
    ("TAND TP Đà Nẵng mở phiên tòa xét xử sơ thẩm.", ["TAND TP Đà Nẵng"]),
    ("VKSND huyện Gia Lâm đã phê chuẩn quyết định khởi tố.", ["VKSND huyện Gia Lâm"]),
    ("Cục Cảnh sát hình sự (C02, Bộ Công an) đã vào cuộc.", ["Cục Cảnh sát hình sự", "C02", "Bộ Công an"]),
    ("Phòng PC04 đã phối hợp với Đội Cảnh sát hình sự Công an quận Hoàn Kiếm.", ["Phòng PC04", "Đội Cảnh sát hình sự Công an quận Hoàn Kiếm"]),
    ("Chủ tịch UBND xã Thạch Kim xác nhận sự việc.", ["UBND xã Thạch Kim"]),
    ("Nạn nhân được đưa đến Bệnh viện Chợ Rẫy cấp cứu.", ["Bệnh viện Chợ Rẫy"]),
    ("Cháu bé đang điều trị tại bệnh viện Đa khoa tỉnh Hà Tĩnh.", ["bệnh viện Đa khoa tỉnh Hà Tĩnh"]),
    ("Trao đổi với Tuổi Trẻ, một cán bộ cho biết vụ việc đang được xác minh.", ["Tuổi Trẻ"]),
    ("Như báo Giao thông đã phản ánh, tuyến đường này thường xuyên ùn tắc.", ["báo Giao thông"]),
    ("Giám đốc Công ty TNHH Hoàng Long bị bắt vì trốn thuế.", ["Công ty TNHH Hoàng Long"]),
    ("Ông A là giáo viên trường THPT Nghi Lộc 2.", ["trường THPT Nghi Lộc"]),
    ("Đội trưởng đội CSGT số 2 đã báo cáo.", ["đội CSGT"]),
    ("Tổ tuần tra CSGT Quảng Ninh phát hiện chiếc xe chạy quá tốc độ.", ["Tổ tuần tra CSGT Quảng Ninh"]),
    ("Ban Giám đốc Công an tỉnh Lâm Đồng đã khen thưởng đột xuất.", ["Ban Giám đốc Công an tỉnh Lâm Đồng"]),
    ("Bộ Quốc phòng và Bộ Công an ký quy chế phối hợp.", ["Bộ Quốc phòng", "Bộ Công an"]),
    ("Cảnh sát PCCC TP.HCM đã huy động 10 xe chữa cháy.", ["Cảnh sát PCCC TP.HCM"]),
    ("Đội QLTT số 3 đã tạm giữ lô hàng không rõ nguồn gốc.", ["Đội QLTT số 3"]),
    ("Đội Cảnh sát hình sự số 2 đã bắt giữ nghi phạm.", ["Đội Cảnh sát hình sự số 2"]),
]

NEGATIVES = [
    "Người dân đã trình báo cơ quan công an.",
    "Lực lượng chức năng đã có mặt tại hiện trường.",
    "Cơ quan chức năng đang làm rõ nguyên nhân.",
    "Anh A bị công an mời lên làm việc.",
    "Thị trường Việt Nam đang phục hồi.",
    "Cô ấy làm việc ở phòng khám tư nhân.",
    "Hai bên thông báo Kết quả ngay trong ngày.",
    "Sở dĩ anh ta bỏ trốn là vì sợ bị phát hiện.",
    "Vụ án đang được điều tra làm rõ.",
    "Cán bộ chiến sĩ công an xã đã túc trực.",
    "Hành vi này bị xử lý theo Bộ Luật Hình sự.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_org_spans(text: str, expected: list[str]) -> None:
    found = spans(orgs.find, text)
    for span in expected:
        assert any(span == f or (span in f and f.startswith(span)) for f in found), (span, found)


def test_org_exact_maximal_span() -> None:
    assert spans(orgs.find, "Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra CATP dự họp.") == [
        "Cơ quan Cảnh sát điều tra CATP"
    ]


@pytest.mark.parametrize("text", NEGATIVES)
def test_generic_mentions_are_not_orgs(text: str) -> None:
    assert spans(orgs.find, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trưởng phòng Cảnh sát hình sự dự họp.", "Cảnh sát hình sự"),
        ("Phó trưởng phòng CSGT chỉ đạo.", "CSGT"),
        ("Giám đốc Công an tỉnh Nghệ An phát biểu.", "Công an tỉnh Nghệ An"),
    ],
)
def test_title_stays_outside(text: str, expected: str) -> None:
    assert spans(orgs.find, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expansion"),
    [
        ("Giám đốc CATP dự họp.", "Công an thành phố"),
        ("Cơ quan Cảnh sát điều tra CATP vào cuộc.", "Cơ quan Cảnh sát điều tra Công an thành phố"),
        ("Đội CSGT Công an huyện Diễn Châu kiểm tra.", "Đội Cảnh sát giao thông Công an huyện Diễn Châu"),
    ],
)
def test_expansion_of_abbreviations(text: str, expansion: str) -> None:
    cands = [c for c in orgs.find(text)]
    longest = max(cands, key=lambda c: c.end - c.start)
    assert longest.value == {"expansion": expansion}


def test_full_name_has_no_expansion() -> None:
    (cand,) = orgs.find("Bộ Công an")
    assert cand.value is None and cand.label == "ORG"


@pytest.mark.parametrize("text", ADVERSARIAL + MESSY)
def test_linear_and_robust(text: str) -> None:
    t0 = time.perf_counter()
    orgs.find(text)
    assert time.perf_counter() - t0 < 2.0
