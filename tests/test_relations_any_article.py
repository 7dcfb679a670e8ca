"""Relations written the many ways crime news writes them (issue 14, item 3): sentences of our own.

PRESENT_AT through presence and visit verbs, MEMBER_OF for staff without a
post, CHARGED_WITH past the usual ``về tội`` cue, ABBREVIATES by initials
without a definition, TITLE_OF to the whole organisation; each with negatives.
Entities are marked by hand (``[text|LABEL]``) so that the rules alone are tested;
two cases run the whole pipeline.
"""

from __future__ import annotations

import pytest

from vn_crimeie import extract
from vn_crimeie.candidates import Candidate
from vn_crimeie.relations import extract_relations, relate
from vn_crimeie.relations.initialisms import initials_key

from linearity import assert_linear
from test_relations import found, marked

PRESENCE = [
    pytest.param(
        "[Thiếu tướng|RANK] [Trần Hữu Phước|PERSON], [Giám đốc|TITLE] [Công an tỉnh Nghệ An|ORG] dự lễ ra mắt "
        "mô hình tại [xã Nghi Phong|LOC], [huyện Nghi Lộc|LOC].",
        {("HAS_RANK", "Trần Hữu Phước", "Thiếu tướng"), ("HAS_TITLE", "Trần Hữu Phước", "Giám đốc"),
         ("TITLE_OF", "Giám đốc", "Công an tỉnh Nghệ An"), ("PRESENT_AT", "Trần Hữu Phước", "xã Nghi Phong")},
        id="du-le-tai-a-commune",
    ),
    pytest.param(
        "Đoàn công tác của [Bộ Công an|ORG] do [Trung tướng|RANK] [Trần Văn Sơn|PERSON] dẫn đầu đã làm việc tại "
        "[tỉnh Hà Giang|LOC].",
        {("HAS_RANK", "Trần Văn Sơn", "Trung tướng"), ("PRESENT_AT", "Trần Văn Sơn", "tỉnh Hà Giang")},
        id="doan-cong-tac-lam-viec-tai",
    ),
    pytest.param(
        "[Đại tá|RANK] [Hồ Văn Tư|PERSON] đã có mặt tại [xã Quỳnh Lộc|LOC] để chỉ đạo công tác cứu nạn.",
        {("HAS_RANK", "Hồ Văn Tư", "Đại tá"), ("PRESENT_AT", "Hồ Văn Tư", "xã Quỳnh Lộc")},
        id="co-mat-tai",
    ),
    pytest.param(
        "[Thứ trưởng|TITLE] [Lê Văn Tuyến|PERSON] đến thăm [huyện Mường Tè|LOC] trong dịp Tết.",
        {("HAS_TITLE", "Lê Văn Tuyến", "Thứ trưởng"), ("PRESENT_AT", "Lê Văn Tuyến", "huyện Mường Tè")},
        id="den-tham",
    ),
    pytest.param(
        "[Đại tá|RANK] [Lê Văn Sáu|PERSON] chủ trì lễ khai mạc tại [xã Tam Kỳ|LOC]. Cùng dự có [Thượng tá|RANK] "
        "[Vũ Văn Hải|PERSON].",
        {("HAS_RANK", "Lê Văn Sáu", "Đại tá"), ("HAS_RANK", "Vũ Văn Hải", "Thượng tá"),
         ("PRESENT_AT", "Lê Văn Sáu", "xã Tam Kỳ"), ("PRESENT_AT", "Vũ Văn Hải", "xã Tam Kỳ")},
        id="cung-du-co-after-a-place",
    ),
    pytest.param(
        "[Sáng 15/8|DATE], tại [Hà Nội|LOC], [Thượng tướng|RANK] [Lương Tam Quang|PERSON] chủ trì hội nghị tổng kết.",
        {("HAS_RANK", "Lương Tam Quang", "Thượng tướng"), ("PRESENT_AT", "Lương Tam Quang", "Hà Nội")},
        id="fronted-place-after-a-date",
    ),
    pytest.param(
        "Tại [Hội trường Công an tỉnh|VENUE], [Công an tỉnh|ORG] tổ chức lễ kỷ niệm ngày truyền thống. "
        "Tham dự buổi lễ có [Thiếu tướng|RANK] [Nguyễn Đức Hải|PERSON] và [Đại tá|RANK] [Trần Ngọc Tuấn|PERSON].",
        {("HAS_RANK", "Nguyễn Đức Hải", "Thiếu tướng"), ("HAS_RANK", "Trần Ngọc Tuấn", "Đại tá"),
         ("PRESENT_AT", "Nguyễn Đức Hải", "Hội trường Công an tỉnh"),
         ("PRESENT_AT", "Trần Ngọc Tuấn", "Hội trường Công an tỉnh")},
        id="tham-du-buoi-le-co-after-the-venue",
    ),
    pytest.param(
        "Đoàn công tác do [Thứ trưởng|TITLE] [Lê Quốc Hùng|PERSON] dẫn đầu đã kiểm tra tại [tỉnh Lai Châu|LOC]. "
        "Cùng đi có [Đại tá|RANK] [Phạm Văn Hòa|PERSON].",
        {("HAS_TITLE", "Lê Quốc Hùng", "Thứ trưởng"), ("HAS_RANK", "Phạm Văn Hòa", "Đại tá"),
         ("PRESENT_AT", "Lê Quốc Hùng", "tỉnh Lai Châu"), ("PRESENT_AT", "Phạm Văn Hòa", "tỉnh Lai Châu")},
        id="cung-di-co-after-a-visit",
    ),
    pytest.param(
        "Tham dự buổi lễ có [Thiếu tướng|RANK] [Nguyễn Đức Hải|PERSON].",
        {("HAS_RANK", "Nguyễn Đức Hải", "Thiếu tướng")},
        id="a-list-without-a-venue",
    ),
    pytest.param(
        "[Ngày 20/3|DATE], tại [trụ sở Công an huyện Diễn Châu|VENUE], [Đại tá|RANK] [Lê Văn Thành|PERSON] "
        "đã đến kiểm tra và làm việc.",
        {("HAS_RANK", "Lê Văn Thành", "Đại tá"), ("PRESENT_AT", "Lê Văn Thành", "trụ sở Công an huyện Diễn Châu")},
        id="official-visiting-a-fronted-venue",
    ),
    pytest.param(
        "Tại [trụ sở Công an huyện Diễn Châu|VENUE], [Nguyễn Văn Tâm|PERSON] đã làm việc với cơ quan điều tra.",
        set(),
        id="a-suspect-questioned-at-the-venue",
    ),
    pytest.param(
        "Anh [Nguyễn Văn Bình|PERSON] sang làm việc tại [Hàn Quốc|LOC] từ năm 2019.",
        set(),
        id="a-worker-abroad-attends-nothing",
    ),
    pytest.param(
        "[Nguyễn Văn Hải|PERSON] bị bắt tại nhà riêng ở [xã Tân Lập|LOC].",
        set(),
        id="arrested-near-a-place-is-not-present",
    ),
    pytest.param(
        "[Thiếu tướng|RANK] [Phạm Văn Lâm|PERSON] tặng quà cho ông [Lò Văn Pó|PERSON] ở [xã Mường Lát|LOC].",
        {("HAS_RANK", "Phạm Văn Lâm", "Thiếu tướng")},
        id="no-presence-verb",
    ),
    pytest.param(
        "[Đại tá|RANK] [Lê Văn Hải|PERSON] cho biết, [Thiếu tá|RANK] [Trần Văn Cường|PERSON] có mặt tại "
        "[xã Quỳnh Lưu|LOC].",
        {("HAS_RANK", "Lê Văn Hải", "Đại tá"), ("HAS_RANK", "Trần Văn Cường", "Thiếu tá"),
         ("PRESENT_AT", "Trần Văn Cường", "xã Quỳnh Lưu")},
        id="the-speaker-is-not-there",
    ),
    pytest.param(
        "[Chủ tịch nước|TITLE] [Trần Đại Quang|PERSON] tiếp [Tổng Thư ký|TITLE] [Interpol|ORG] đang thăm và làm "
        "việc tại [Việt Nam|LOC].",
        {("HAS_TITLE", "Trần Đại Quang", "Chủ tịch nước"), ("TITLE_OF", "Tổng Thư ký", "Interpol")},
        id="the-host-is-not-the-visitor",
    ),
]

MEMBERSHIP = [
    pytest.param(
        "Anh [Phạm Văn Tài|PERSON], sinh năm [1998|DATE], nhân viên bảo vệ [Bệnh viện Đa khoa tỉnh Phú Thọ|ORG] "
        "đang làm nhiệm vụ thì nghe tiếng hô.",
        {("MEMBER_OF", "Phạm Văn Tài", "Bệnh viện Đa khoa tỉnh Phú Thọ")},
        id="a-job-after-a-birth-year",
    ),
    pytest.param(
        "Chị [Đỗ Thị Mai|PERSON], [35|NUMBER] [tuổi|MEASURE], trú tại [phường Hòa Khánh|LOC], [quận Liên Chiểu|LOC], "
        "kế toán [Công ty TNHH Hưng Thịnh|ORG], đã khai nhận.",
        {("MEMBER_OF", "Đỗ Thị Mai", "Công ty TNHH Hưng Thịnh")},
        id="a-job-after-age-and-home",
    ),
    pytest.param(
        "Anh [Phạm Văn Tài|PERSON] bảo vệ [Công ty Hưng Thịnh|ORG] trước các chủ nợ.",
        set(),
        id="bao-ve-as-a-verb-is-no-job",
    ),
    pytest.param(
        "Anh [Phạm Văn Tài|PERSON], sinh năm [1998|DATE], [Công an huyện Lâm Thao|ORG] đã bắt giữ.",
        set(),
        id="a-unit-after-a-birth-year-without-a-job-is-the-next-subject",
    ),
    pytest.param(
        "[Trần Đình Ái|PERSON] nhập ngũ tại đơn vị [Kho Kỳ Phú|ORG], [Đại đội 55|ORG], [Quân đoàn 1|ORG].",
        {("MEMBER_OF", "Trần Đình Ái", "Kho Kỳ Phú"), ("MEMBER_OF", "Trần Đình Ái", "Đại đội 55"),
         ("MEMBER_OF", "Trần Đình Ái", "Quân đoàn 1")},
        id="enlisted-in-a-unit-and-its-parents",
    ),
    pytest.param(
        "Ông [Lê An|PERSON], thành viên [Ban Chỉ đạo 389|ORG], cho biết.",
        {("MEMBER_OF", "Lê An", "Ban Chỉ đạo 389")},
        id="thanh-vien",
    ),
    pytest.param(
        "Gia đình anh [Hoàng|PERSON] ([trung úy|RANK] [Công an phường Long Bình Tân|ORG]) có mặt tại đó.",
        {("HAS_RANK", "Hoàng", "trung úy"), ("MEMBER_OF", "Hoàng", "Công an phường Long Bình Tân")},
        id="rank-and-unit-in-brackets-after-the-name",
    ),
    pytest.param(
        "Anh [Hoàng|PERSON] ([35 tuổi|DATE]) có mặt tại [Công an phường Long Bình Tân|ORG].",
        set(),
        id="no-rank-in-the-brackets",
    ),
    pytest.param(
        "Anh [Phạm Văn Tú|PERSON], đội viên [Đội Cảnh sát cơ động|ORG] bị đâm trọng thương.",
        {("MEMBER_OF", "Phạm Văn Tú", "Đội Cảnh sát cơ động")},
        id="doi-vien",
    ),
    pytest.param(
        "[Thượng úy|RANK] [Nguyễn Anh Dũng|PERSON], chiến sỹ [Phòng CSGT Công an tỉnh Hà Tĩnh|ORG] bị xe tông.",
        {("HAS_RANK", "Nguyễn Anh Dũng", "Thượng úy"), ("MEMBER_OF", "Nguyễn Anh Dũng", "Phòng CSGT Công an tỉnh Hà Tĩnh")},
        id="chien-sy",
    ),
    pytest.param(
        "Ông [Nguyễn Văn Hòa|PERSON], điều tra viên [Cơ quan CSĐT Công an tỉnh Bắc Ninh|ORG], cho biết thêm.",
        {("MEMBER_OF", "Nguyễn Văn Hòa", "Cơ quan CSĐT Công an tỉnh Bắc Ninh")},
        id="dieu-tra-vien-lower-case",
    ),
    pytest.param(
        "[Trung úy|RANK] [Hoàng Văn Dũng|PERSON] ([Công an xã Nghi Phong|ORG]) đã khống chế đối tượng.",
        {("HAS_RANK", "Hoàng Văn Dũng", "Trung úy"), ("MEMBER_OF", "Hoàng Văn Dũng", "Công an xã Nghi Phong")},
        id="unit-in-brackets",
    ),
    pytest.param(
        "[Lê Thị Hoa|PERSON] ([SN 1980|DATE]), cựu cán bộ [Phòng Cảnh sát kinh tế|ORG], [Công an tỉnh Hà Tĩnh|ORG] "
        "bị bắt.",
        {("MEMBER_OF", "Lê Thị Hoa", "Phòng Cảnh sát kinh tế"), ("MEMBER_OF", "Lê Thị Hoa", "Công an tỉnh Hà Tĩnh")},
        id="former-staff-of-a-unit-and-its-parent",
    ),
    pytest.param(
        "Bác sĩ [Lương Văn Tâm|PERSON] – bác sĩ thuộc [Khoa Cấp cứu|ORG], [Bệnh viện Đa khoa tỉnh Hòa Bình|ORG] "
        "đã được tại ngoại.",
        {("MEMBER_OF", "Lương Văn Tâm", "Khoa Cấp cứu"), ("MEMBER_OF", "Lương Văn Tâm", "Bệnh viện Đa khoa tỉnh Hòa Bình")},
        id="bac-si-thuoc",
    ),
    pytest.param(
        "[Đại tá|RANK] [Lê Văn Sáu|PERSON], [Trưởng phòng|TITLE] cho biết vụ việc đang được điều tra.",
        {("HAS_RANK", "Lê Văn Sáu", "Đại tá"), ("HAS_TITLE", "Lê Văn Sáu", "Trưởng phòng")},
        id="a-title-without-its-org",
    ),
    pytest.param(
        "Hiện trường vụ cháy.\n[Trần Văn Hưng|PERSON] ([TTXVN|ORG])",
        set(),
        id="a-byline-is-no-member",
    ),
    pytest.param(
        "Khi biết hoàn cảnh của anh [Lê Văn Dũng|PERSON], cán bộ chiến sĩ [Đội CSGT số 15|ORG] đã quyên góp.",
        set(),
        id="the-unit-helping-him-is-not-his",
    ),
]

CHARGES = [
    pytest.param(
        "Năm 2018, [Phạm Băng Băng|PERSON] bị điều tra [trốn thuế|CRIME] và bị phạt 130 triệu USD.",
        {("CHARGED_WITH", "Phạm Băng Băng", "trốn thuế")},
        id="bi-dieu-tra-the-offence-right-after",
    ),
    pytest.param(
        "[Lưu Hiểu Khánh|PERSON] phải ngồi tù vì [trốn thuế|CRIME].",
        {("CHARGED_WITH", "Lưu Hiểu Khánh", "trốn thuế")},
        id="vi-after-a-penalty",
    ),
    pytest.param(
        "[Lưu Hiểu Khánh|PERSON] nổi tiếng vì [trốn thuế|CRIME] nhiều năm.",
        set(),
        id="vi-without-a-charge-verb",
    ),
    pytest.param(
        "Ngoài [Hồng|PERSON] và [Miên|PERSON], Công an còn tạm giữ [Nguyễn Anh Tuấn|PERSON] để xử lý về hành vi "
        "[Tiêu thụ tài sản do người khác phạm tội mà có|CRIME].",
        {("CHARGED_WITH", "Nguyễn Anh Tuấn", "Tiêu thụ tài sản do người khác phạm tội mà có")},
        id="ngoai-besides-a-group-is-not-charged",
    ),
    pytest.param(
        "Tổ công tác bắt quả tang [Trần Văn Việt|PERSON], trú tại [phường Tứ Minh|LOC], đang "
        "[vận chuyển trái phép chất ma túy|CRIME].",
        {("CHARGED_WITH", "Trần Văn Việt", "vận chuyển trái phép chất ma túy")},
        id="caught-in-the-act-dang",
    ),
    pytest.param(
        "[Lê Văn Hùng|PERSON] đang [trộm cắp tài sản|CRIME] thì bị người dân phát hiện.",
        set(),
        id="dang-without-an-arrest-verb",
    ),
    pytest.param(
        "Công an huyện đang tạm giữ hình sự đối với [Nguyễn Văn Hiếu|PERSON] (17 tuổi) để điều tra về hành vi "
        "“[Hiếp dâm|CRIME]”.",
        {("CHARGED_WITH", "Nguyễn Văn Hiếu", "Hiếp dâm")},
        id="doi-voi",
    ),
    pytest.param(
        "Cơ quan điều tra ra quyết định truy nã đặc biệt với [Vũ Đình Dũng|PERSON] về tội "
        "[Cố ý gây thương tích|CRIME].",
        {("CHARGED_WITH", "Vũ Đình Dũng", "Cố ý gây thương tích")},
        id="truy-na-voi",
    ),
    pytest.param(
        "Có ba bị can bị truy tố về tội [Đưa hối lộ|CRIME] gồm: [Nguyễn Văn Thới|PERSON] (SN 1976), "
        "[Trần Quốc Thái|PERSON] (SN 1971) và [Lê Thị Vân|PERSON].",
        {("CHARGED_WITH", "Nguyễn Văn Thới", "Đưa hối lộ"), ("CHARGED_WITH", "Trần Quốc Thái", "Đưa hối lộ"),
         ("CHARGED_WITH", "Lê Thị Vân", "Đưa hối lộ")},
        id="list-after-gom",
    ),
    pytest.param(
        "Tòa tuyên phạt bị cáo [Vũ Thị Vân|PERSON] 14 năm tù về [hai|NUMBER] [tội|MEASURE] "
        "“[Lừa đảo chiếm đoạt tài sản|CRIME]” và “[Làm giả con dấu|CRIME]”.",
        {("CHARGED_WITH", "Vũ Thị Vân", "Lừa đảo chiếm đoạt tài sản"), ("CHARGED_WITH", "Vũ Thị Vân", "Làm giả con dấu")},
        id="cue-across-a-count",
    ),
    pytest.param(
        "Khi bị khởi tố về tội [Giết người|CRIME], cả [Lê Văn Hòa|PERSON] và [Đồng Văn Bích|PERSON] đều kêu oan.",
        {("CHARGED_WITH", "Lê Văn Hòa", "Giết người"), ("CHARGED_WITH", "Đồng Văn Bích", "Giết người")},
        id="subject-after-a-fronted-charge",
    ),
    pytest.param(
        "Cơ quan điều tra đang mở rộng điều tra hành vi [lừa đảo chiếm đoạt tài sản|CRIME] đối với "
        "[Nguyễn Thái Trường|PERSON].",
        {("CHARGED_WITH", "Nguyễn Thái Trường", "lừa đảo chiếm đoạt tài sản")},
        id="doi-voi-after-the-offence",
    ),
    pytest.param(
        "[Lê Văn Tám|PERSON] bị xét xử về tội [Giết người|CRIME] đối với chị [Trần Thị Mai|PERSON].",
        {("CHARGED_WITH", "Lê Văn Tám", "Giết người")},
        id="the-victim-after-doi-voi",
    ),
    pytest.param(
        "Tòa xét xử vụ án “[Lừa đảo chiếm đoạt tài sản|CRIME]” đối với bị cáo [Trương Thị Nga|PERSON] (30 tuổi) "
        "và [Nguyễn Thị Dung|PERSON], nhân chứng [Lữ Văn Nghĩa|PERSON] vắng mặt.",
        {("CHARGED_WITH", "Trương Thị Nga", "Lừa đảo chiếm đoạt tài sản"),
         ("CHARGED_WITH", "Nguyễn Thị Dung", "Lừa đảo chiếm đoạt tài sản")},
        id="a-list-of-defendants-after-the-offence",
    ),
    pytest.param(
        "Được biết, [Phan Văn P.|PERSON] đã có [hai|NUMBER] [tiền án|MEASURE] về hành vi "
        "[mua bán trái phép chất ma túy|CRIME].",
        {("CHARGED_WITH", "Phan Văn P.", "mua bán trái phép chất ma túy")},
        id="tien-an-across-a-count",
    ),
    pytest.param(
        "[Lê Văn Tám|PERSON] bị xét xử về tội [Giết người|CRIME] đối với chị [Trần Thị Mai|PERSON] và chị "
        "[Lê Thị Hoa|PERSON].",
        {("CHARGED_WITH", "Lê Văn Tám", "Giết người")},
        id="a-list-of-victims-after-doi-voi",
    ),
    pytest.param(
        "Anh [Nguyễn Văn Hải|PERSON] là nạn nhân trong vụ án [cướp tài sản|CRIME] xảy ra tại chợ.",
        set(),
        id="a-victim-in-a-case",
    ),
    pytest.param(
        "Chị [Lan|PERSON] cãi nhau với [Nguyễn Văn Hải|PERSON] về vụ án [trộm cắp tài sản|CRIME].",
        set(),
        id="a-person-and-a-crime-without-a-charge",
    ),
]

ABBREVIATIONS = [
    pytest.param(
        'Hai kẻ nghi thuộc tổ chức "[Nhà nước Hồi giáo|ORG]" ([IS|ORG]) tự xưng đã tấn công.',
        {("ABBREVIATES", "IS", "Nhà nước Hồi giáo")},
        id="quoted-long-form",
    ),
    pytest.param(
        "[Cảnh sát giao thông|ORG] đã ra quân. Sau đó, [CSGT|ORG] tuần tra trên quốc lộ.",
        {("ABBREVIATES", "CSGT", "Cảnh sát giao thông")},
        id="csgt",
    ),
    pytest.param(
        "[Công an thành phố|ORG] đã triển khai kế hoạch. [CATP|ORG] bắt 20 đối tượng.",
        {("ABBREVIATES", "CATP", "Công an thành phố")},
        id="catp",
    ),
    pytest.param(
        "Đấu tranh với [tội phạm có tổ chức|CRIME] là nhiệm vụ trọng tâm. Năm nay, số vụ [TPCTC|CRIME] giảm.",
        {("ABBREVIATES", "TPCTC", "tội phạm có tổ chức")},
        id="crime-initials",
    ),
    pytest.param(
        "Tháng cao điểm [an toàn giao thông|TERM] bắt đầu. Công tác bảo đảm [ATGT|TERM] được tăng cường.",
        {("ABBREVIATES", "ATGT", "an toàn giao thông")},
        id="term-initials",
    ),
    pytest.param(
        "[Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh|ORG] vào cuộc. [Phòng CSHS Công an tỉnh Hà Tĩnh|ORG] "
        "đã bắt giữ đối tượng.",
        {("ABBREVIATES", "Phòng CSHS Công an tỉnh Hà Tĩnh", "Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh")},
        id="words-kept-around-the-initials",
    ),
    pytest.param(
        "[CSGT|ORG] đã ra quân. Sau đó, lực lượng [Cảnh sát giao thông|ORG] tuần tra.",
        set(),
        id="short-form-met-first",
    ),
    pytest.param(
        "[Cảnh sát giao thông|ORG] đã ra quân. Bảo đảm [CSGT|TERM] là nhiệm vụ.",
        set(),
        id="labels-differ",
    ),
    pytest.param(
        "[Công an tỉnh Nghệ An|ORG] đã triển khai kế hoạch. [CATP|ORG] bắt 20 đối tượng.",
        set(),
        id="initials-that-do-not-spell-it",
    ),
]

TITLES = [
    pytest.param(
        "Tại cuộc họp, ông [Nguyễn Thành Phong|PERSON] [Chủ tịch|TITLE] [UBND thành phố|ORG] nhấn mạnh cần siết chặt phòng dịch.",
        {("HAS_TITLE", "Nguyễn Thành Phong", "Chủ tịch"), ("TITLE_OF", "Chủ tịch", "UBND thành phố")},
        id="post-right-after-a-name-with-its-body",
    ),
    pytest.param(
        "Tại cuộc họp, ông [Nguyễn Thành Phong|PERSON] [Giám đốc|TITLE] nói rằng sẽ làm.",
        set(),
        id="bare-title-right-after-a-name-is-no-post",
    ),
    pytest.param(
        "[Thượng tá|RANK] [Hồ Văn Giang|PERSON] - [Trưởng phòng|TITLE] "
        "[Phòng Cảnh sát hình sự Công an tỉnh Nghệ An|ORG] cho biết.",
        {("HAS_RANK", "Hồ Văn Giang", "Thượng tá"), ("HAS_TITLE", "Hồ Văn Giang", "Trưởng phòng"),
         ("TITLE_OF", "Trưởng phòng", "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An")},
        id="title-of-the-whole-organisation",
    ),
    pytest.param(
        "Theo tiến sĩ [Lê Hữu Đức|PERSON], [Trưởng khoa|TITLE] [Nội tiết|ORG], [Bệnh viện Chợ Rẫy|ORG], bệnh nhân đã ổn.",
        {("HAS_TITLE", "Lê Hữu Đức", "Trưởng khoa"), ("TITLE_OF", "Trưởng khoa", "Nội tiết"),
         ("TITLE_OF", "Trưởng khoa", "Bệnh viện Chợ Rẫy")},
        id="post-in-a-department-is-held-in-its-parent-after-a-comma",
    ),
    pytest.param(
        "[Giám đốc|TITLE] [Sở Y tế|ORG], [Sở Công thương|ORG] và [Sở Tài chính|ORG] đã ký kế hoạch.",
        {("TITLE_OF", "Giám đốc", "Sở Y tế")},
        id="a-list-of-bodies-after-a-comma-is-no-parent",
    ),
]


@pytest.mark.parametrize(("source", "expected"), PRESENCE + MEMBERSHIP + CHARGES + ABBREVIATIONS + TITLES)
def test_relations_of_our_sentences(source: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(source) == expected


def test_only_the_first_short_mention_is_linked() -> None:
    doc = relate(marked("[Cảnh sát giao thông|ORG] ra quân. [CSGT|ORG] tuần tra. Người dân ủng hộ [CSGT|ORG]."))
    links = [(r.head, r.tail) for r in doc.relations if r.label == "ABBREVIATES"]
    assert links == [("e2", "e1")]


def test_initials_key_reads_vietnamese_initials() -> None:
    assert initials_key("Ủy ban nhân dân tỉnh")[0] == initials_key("UBND tỉnh")[0] == "ubndt"
    assert initials_key("Cơ quan Cảnh sát điều tra")[0] == initials_key("Cơ quan CSĐT")[0] == "cqcsđt"
    assert initials_key("Sở Kế hoạch và Đầu tư")[0] == initials_key("Sở KH&ĐT")[0] == "skhđt"
    assert initials_key("Công an tỉnh") == ("cat", False)


def _relations(text: str) -> set[tuple[str, str, str]]:
    doc = extract(text)
    return {(r.label, doc.entity(r.head).text, doc.entity(r.tail).text) for r in doc.relations if r.label != "QUANTIFIES"}


def test_pipeline_links_a_delegation_to_the_province_it_visits() -> None:
    got = _relations("Đoàn công tác của Bộ Công an do Trung tướng Trần Văn Sơn dẫn đầu đã làm việc tại tỉnh Hà Giang.")
    assert ("PRESENT_AT", "Trần Văn Sơn", "tỉnh Hà Giang") in got


def test_pipeline_charges_the_one_held_doi_voi() -> None:
    got = _relations(
        "Công an huyện Yên Thành đang tạm giữ hình sự đối với Nguyễn Văn Hiếu (17 tuổi) để điều tra về hành vi "
        "“Giết người”."
    )
    assert ("CHARGED_WITH", "Nguyễn Văn Hiếu", "Giết người") in got


@pytest.mark.parametrize(
    "unit",
    [
        "tại [xã Tân An|LOC], ", "[Đại tá|RANK] [Lê An|PERSON] có mặt tại [xã Tân An|LOC] và ",
        "dự lễ tại [xã Tân An|LOC] cùng [Lê An|PERSON], ", "[Chủ tịch|TITLE] [Lê An|PERSON] cho biết ",
        "đối với bị cáo [Lê An|PERSON] (30 tuổi) và ", "về tội [Trộm cắp tài sản|CRIME] gồm: [Lê An|PERSON], ",
        "[Cảnh sát giao thông|ORG] và [CSGT|ORG], [CSGT|ORG] và ", "[CA xã Tân An|ORG] và [Công an xã Tân Ân|ORG], ",
    ],
    ids=["places", "visits", "presence-and-people", "posts", "defendants", "listed-charges", "initials", "near-initials"],
)
def test_new_rules_are_linear_on_long_sentences(unit: str) -> None:
    def relate_all(marked_text: str) -> None:
        doc = marked(marked_text)
        ents = [Candidate(e.start, e.end, e.label) for e in doc.entities]
        extract_relations(doc.text, ents, [(0, len(doc.text))])

    assert_linear(relate_all, lambda n: unit * n + "dự hội nghị.", n=100)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Tại tòa, ông Đỗ Văn Hải, Viện Khoa học hình sự (Bộ Công an), trình bày kết luận.", [("Đỗ Văn Hải", "Viện Khoa học hình sự")]),
        # an organisation that opens the next clause is no apposition
        ("Công an đã bắt Nguyễn Văn An, Công an huyện Lâm Hà cho biết.", []),
    ],
)
def test_member_of_an_organisation_in_apposition(text: str, member: list[tuple[str, str]]) -> None:
    assert sorted((head, tail) for label, head, tail in _relations(text) if label == "MEMBER_OF") == member


def test_a_post_written_before_the_next_name_is_that_persons() -> None:
    got = _relations("Trước cuộc gặp với Tổng thống Joe Biden, Thủ tướng Phạm Minh Chính nhấn mạnh hợp tác.")
    assert sorted((head, tail) for label, head, tail in got if label == "HAS_TITLE") == [
        ("Joe Biden", "Tổng thống"), ("Phạm Minh Chính", "Thủ tướng")]


def test_a_reception_at_a_fronted_venue_puts_host_and_guest_there() -> None:
    got = _relations("Sáng 5/6, tại trụ sở Bộ Công an, Thượng tướng Lê Quý Vương đã tiếp ông John Smith, Giám đốc FBI.")
    assert sorted(head for label, head, _ in got if label == "PRESENT_AT") == ["John Smith", "Lê Quý Vương"]
