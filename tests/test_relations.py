"""Relation rules on our own police-news sentences, with the entities marked by hand.

Each case is written ``[text|LABEL]`` for an entity; the expected relations are
``(label, head text, tail text)`` and must be exactly the relations found
(QUANTIFIES, from the numbers module, aside).
"""

from __future__ import annotations

import json
import unicodedata

import pytest
import regex

from vn_crimeie.candidates import Candidate
from vn_crimeie.document import Document
from vn_crimeie.lexicon import LexiconError, load_data
from vn_crimeie.normalize import normalize_form
from vn_crimeie.relations import RULE_LABELS, extract_relations, relate
from vn_crimeie.relations.cues import _words, cues, squash
from vn_crimeie.relations.mentions import merge_names

from conftest import CORPUS, shared_file
from linearity import assert_linear, prefix_maker

_MARK = regex.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")


def marked(source: str) -> Document:
    """A Document from ``[text|LABEL]`` markup."""
    text, ents, pos, out = "", [], 0, []
    for m in _MARK.finditer(source):
        out.append(source[pos : m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(1))
        ents.append({"id": f"e{len(ents) + 1}", "start": start, "end": start + len(m.group(1)),
                     "label": m.group(2), "text": m.group(1)})
        pos = m.end()
    out.append(source[pos:])
    text = "".join(out)
    return Document.from_dict({"id": "t", "text": text, "entities": ents})


def found(source: str) -> set[tuple[str, str, str]]:
    doc = relate(marked(source))
    return {
        (r.label, doc.entity(r.head).text, doc.entity(r.tail).text)
        for r in doc.relations
        if r.label != "QUANTIFIES"
    }


CASES = [
    pytest.param(
        "Chiều 5/4, [Đại tá|RANK] [Nguyễn Hữu Cầu|PERSON] dự buổi làm việc.",
        {("HAS_RANK", "Nguyễn Hữu Cầu", "Đại tá")},
        id="rank+name",
    ),
    pytest.param(
        "Sáng nay, [thượng úy|RANK] [Đinh Công Lý|PERSON] đã trở lại đơn vị.",
        {("HAS_RANK", "Đinh Công Lý", "thượng úy")},
        id="rank-lower-case",
    ),
    pytest.param(
        "[Trung tướng|RANK] [Lê Quốc Hùng|PERSON] - [Thứ trưởng|TITLE] [Bộ Công an|ORG] phát biểu chỉ đạo.",
        {("HAS_RANK", "Lê Quốc Hùng", "Trung tướng"), ("HAS_TITLE", "Lê Quốc Hùng", "Thứ trưởng"),
         ("TITLE_OF", "Thứ trưởng", "Bộ Công an")},
        id="apposition-dash",
    ),
    pytest.param(
        "Trao đổi với PV, [Trung tá|RANK] [Hoàng Minh Đức|PERSON], [Trưởng|TITLE] [Công an huyện Diễn Châu|ORG] "
        "([Nghệ An|LOC]) cho biết vụ việc đang được điều tra.",
        {("HAS_RANK", "Hoàng Minh Đức", "Trung tá"), ("HAS_TITLE", "Hoàng Minh Đức", "Trưởng"),
         ("TITLE_OF", "Trưởng", "Công an huyện Diễn Châu")},
        id="apposition-comma",
    ),
    pytest.param(
        "[Công an tỉnh Bình Dương|ORG] đã bắt giữ [Phạm Văn Tú|PERSON] ([Giám đốc|TITLE] [Công ty TNHH Minh Phát|ORG]) "
        "về tội [Lừa đảo chiếm đoạt tài sản|CRIME].",
        {("HAS_TITLE", "Phạm Văn Tú", "Giám đốc"), ("TITLE_OF", "Giám đốc", "Công ty TNHH Minh Phát"),
         ("CHARGED_WITH", "Phạm Văn Tú", "Lừa đảo chiếm đoạt tài sản")},
        id="apposition-brackets",
    ),
    pytest.param(
        "Cùng làm việc có [Đại tá|RANK] [Nguyễn Thị Hà|PERSON] - [Phó Giám đốc|TITLE], [Thủ trưởng|TITLE] "
        "[Cơ quan Cảnh sát điều tra Công an tỉnh|ORG], [Trưởng|TITLE] [BCĐ|ORG] phòng, chống ma túy của tỉnh.",
        {("HAS_RANK", "Nguyễn Thị Hà", "Đại tá"), ("HAS_TITLE", "Nguyễn Thị Hà", "Phó Giám đốc"),
         ("HAS_TITLE", "Nguyễn Thị Hà", "Thủ trưởng"), ("HAS_TITLE", "Nguyễn Thị Hà", "Trưởng"),
         ("TITLE_OF", "Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh"), ("TITLE_OF", "Trưởng", "BCĐ")},
        id="list-of-titles",
    ),
    pytest.param(
        "[Thượng tá|RANK] [Lê Quang Huy|PERSON], [Chánh Văn phòng|TITLE], [người phát ngôn|TITLE] "
        "[Công an tỉnh Quảng Ninh|ORG] cho biết đã xác minh.",
        {("HAS_RANK", "Lê Quang Huy", "Thượng tá"), ("HAS_TITLE", "Lê Quang Huy", "Chánh Văn phòng"),
         ("HAS_TITLE", "Lê Quang Huy", "người phát ngôn"), ("TITLE_OF", "Chánh Văn phòng", "Công an tỉnh Quảng Ninh"),
         ("TITLE_OF", "người phát ngôn", "Công an tỉnh Quảng Ninh")},
        id="titles-share-org",
    ),
    pytest.param(
        "[Giám đốc|TITLE] [Công an tỉnh Thanh Hóa|ORG], [Thiếu tướng|RANK] [Trần Văn Hòa|PERSON] chủ trì buổi làm việc.",
        {("HAS_TITLE", "Trần Văn Hòa", "Giám đốc"), ("TITLE_OF", "Giám đốc", "Công an tỉnh Thanh Hóa"),
         ("HAS_RANK", "Trần Văn Hòa", "Thiếu tướng")},
        id="title-before-name",
    ),
    pytest.param(
        "Khi truy bắt đối tượng [Tuấn|PERSON], [Trưởng|TITLE] [Công an xã Tân Lập|ORG] là [Nguyễn Văn Bảo|PERSON] "
        "bị thương nhẹ.",
        {("HAS_TITLE", "Nguyễn Văn Bảo", "Trưởng"), ("TITLE_OF", "Trưởng", "Công an xã Tân Lập")},
        id="title-la-name",
    ),
    pytest.param(
        "[Bộ trưởng|TITLE] [Bộ Công an|ORG] [Lương Tam Quang|PERSON] đã gửi thư khen.",
        {("HAS_TITLE", "Lương Tam Quang", "Bộ trưởng"), ("TITLE_OF", "Bộ trưởng", "Bộ Công an")},
        id="title-org-name",
    ),
    pytest.param(
        "[Ngô Văn Thịnh|PERSON] là [Phó Giám đốc|TITLE] [Công ty Hưng Long|ORG]; [Lê Thị Mai|PERSON] là "
        "[kế toán trưởng|TITLE] [Công ty Phú Gia|ORG].",
        {("HAS_TITLE", "Ngô Văn Thịnh", "Phó Giám đốc"), ("TITLE_OF", "Phó Giám đốc", "Công ty Hưng Long"),
         ("HAS_TITLE", "Lê Thị Mai", "kế toán trưởng"), ("TITLE_OF", "kế toán trưởng", "Công ty Phú Gia")},
        id="name-la-title",
    ),
    pytest.param(
        "[Đại úy|RANK] [Lê Minh Tâm|PERSON], cán bộ [Công an huyện Yên Thành|ORG], bị thương khi làm nhiệm vụ.",
        {("HAS_RANK", "Lê Minh Tâm", "Đại úy"), ("MEMBER_OF", "Lê Minh Tâm", "Công an huyện Yên Thành")},
        id="member-can-bo",
    ),
    pytest.param(
        "[Trung sĩ|RANK] [Phan Văn Lực|PERSON], chiến sĩ [Đội CSGT số 3|ORG], được khen thưởng.",
        {("HAS_RANK", "Phan Văn Lực", "Trung sĩ"), ("MEMBER_OF", "Phan Văn Lực", "Đội CSGT số 3")},
        id="member-chien-si",
    ),
    pytest.param(
        "Lúc đó, [Thượng úy|RANK] [Trần Đức Anh|PERSON] và [Thượng úy|RANK] [Võ Văn Khải|PERSON] (đều thuộc "
        "[Phòng CSGT|ORG], [Công an tỉnh Hà Tĩnh|ORG]) đang làm nhiệm vụ.",
        {("HAS_RANK", "Trần Đức Anh", "Thượng úy"), ("HAS_RANK", "Võ Văn Khải", "Thượng úy"),
         ("MEMBER_OF", "Trần Đức Anh", "Phòng CSGT"), ("MEMBER_OF", "Trần Đức Anh", "Công an tỉnh Hà Tĩnh"),
         ("MEMBER_OF", "Võ Văn Khải", "Phòng CSGT"), ("MEMBER_OF", "Võ Văn Khải", "Công an tỉnh Hà Tĩnh")},
        id="member-deu-thuoc",
    ),
    pytest.param(
        "Người dân có thông tin liên hệ cán bộ [Đội Cảnh sát hình sự|ORG] [Lò Văn Sáng|PERSON] để giải quyết.",
        {("MEMBER_OF", "Lò Văn Sáng", "Đội Cảnh sát hình sự")},
        id="member-before-name",
    ),
    pytest.param(
        "Tại [điểm cầu Nghệ An|VENUE], [Thiếu tướng|RANK] [Bùi Quang Thanh|PERSON] - [Giám đốc|TITLE] "
        "[Công an tỉnh|ORG] dự, chủ trì hội nghị. Cùng dự có [Đại tá|RANK] [Hồ Văn Tứ|PERSON] - "
        "[Phó Giám đốc|TITLE] [Công an tỉnh|ORG].",
        {("PRESENT_AT", "Bùi Quang Thanh", "điểm cầu Nghệ An"), ("PRESENT_AT", "Hồ Văn Tứ", "điểm cầu Nghệ An"),
         ("HAS_RANK", "Bùi Quang Thanh", "Thiếu tướng"), ("HAS_TITLE", "Bùi Quang Thanh", "Giám đốc"),
         ("TITLE_OF", "Giám đốc", "Công an tỉnh"), ("HAS_RANK", "Hồ Văn Tứ", "Đại tá"),
         ("HAS_TITLE", "Hồ Văn Tứ", "Phó Giám đốc"), ("TITLE_OF", "Phó Giám đốc", "Công an tỉnh")},
        id="venue-fronted-and-carried",
    ),
    pytest.param(
        "[Thiếu tướng|RANK] [Nguyễn Văn Long|PERSON] dự và phát biểu chỉ đạo tại [Hội trường Công an tỉnh|VENUE].",
        {("HAS_RANK", "Nguyễn Văn Long", "Thiếu tướng"), ("PRESENT_AT", "Nguyễn Văn Long", "Hội trường Công an tỉnh")},
        id="venue-after-verb",
    ),
    pytest.param(
        "Tại [Hà Nội|LOC], [Đại tá|RANK] [Phạm Đức Thành|PERSON] chủ trì buổi giao ban.",
        {("HAS_RANK", "Phạm Đức Thành", "Đại tá"), ("PRESENT_AT", "Phạm Đức Thành", "Hà Nội")},
        id="place-fronted",
    ),
    pytest.param(
        "[Công an huyện Thanh Oai|ORG] đã khởi tố, bắt tạm giam [Đỗ Văn Khánh|PERSON] về tội "
        "[Mua bán trái phép chất ma túy|CRIME].",
        {("CHARGED_WITH", "Đỗ Văn Khánh", "Mua bán trái phép chất ma túy")},
        id="charged-ve-toi",
    ),
    pytest.param(
        "Tài xế [Hạnh|PERSON] đã bị bắt giữ về hành vi [Chống người thi hành công vụ|CRIME].",
        {("CHARGED_WITH", "Hạnh", "Chống người thi hành công vụ")},
        id="charged-ve-hanh-vi",
    ),
    pytest.param(
        "[TAND tỉnh Lạng Sơn|ORG] xét xử [Vi Văn Dũng|PERSON] và [Hà Thị Thu|PERSON] về các tội "
        "[Cướp tài sản|CRIME] và [Cố ý gây thương tích|CRIME].",
        {("CHARGED_WITH", "Vi Văn Dũng", "Cướp tài sản"), ("CHARGED_WITH", "Vi Văn Dũng", "Cố ý gây thương tích"),
         ("CHARGED_WITH", "Hà Thị Thu", "Cướp tài sản"), ("CHARGED_WITH", "Hà Thị Thu", "Cố ý gây thương tích")},
        id="charged-listed-offences",
    ),
    pytest.param(
        "Lực lượng chức năng đã bắt giữ đối tượng có hành vi [giết người|CRIME] [Lầu Văn Páo|PERSON] sau 3 ngày truy xét.",
        {("CHARGED_WITH", "Lầu Văn Páo", "giết người")},
        id="charged-name-after-offence",
    ),
    pytest.param(
        "Theo [Công an tỉnh Sơn La|ORG], [Lò Văn Hiếu|PERSON] có tiền án [Trộm cắp tài sản|CRIME].",
        {("CHARGED_WITH", "Lò Văn Hiếu", "Trộm cắp tài sản")},
        id="charged-tien-an",
    ),
    pytest.param(
        "[Phòng Cảnh sát hình sự|ORG] ([PC02|ORG]) [Công an tỉnh Gia Lai|ORG] đã triệt phá băng nhóm.",
        {("ABBREVIATES", "PC02", "Phòng Cảnh sát hình sự")},
        id="abbreviation-bracketed",
    ),
    pytest.param(
        "Các đơn vị đấu tranh với [tội phạm có tổ chức|CRIME], [tội phạm xuyên quốc gia|CRIME] "
        "([TPCTC|CRIME], [TPXQG|CRIME]) trên địa bàn.",
        {("ABBREVIATES", "TPCTC", "tội phạm có tổ chức"), ("ABBREVIATES", "TPXQG", "tội phạm xuyên quốc gia")},
        id="abbreviation-definitions",
    ),
    pytest.param(
        "Tỉnh thành lập [Tổ công tác đặc biệt|ORG], gọi tắt là [TCTĐB|ORG], để truy bắt đối tượng.",
        {("ABBREVIATES", "TCTĐB", "Tổ công tác đặc biệt")},
        id="abbreviation-goi-tat-la",
    ),
    pytest.param(
        "Đấu tranh với [tội phạm mua bán người|CRIME] (sau đây gọi là [TPMBN|CRIME]) trên tuyến biên giới.",
        {("ABBREVIATES", "TPMBN", "tội phạm mua bán người")},
        id="abbreviation-sau-day-goi-la",
    ),
    pytest.param(
        "Số vụ [TNGT|TERM] ([tai nạn giao thông|TERM]) giảm mạnh so với cùng kỳ.",
        {("ABBREVIATES", "TNGT", "tai nạn giao thông")},
        id="abbreviation-short-first",
    ),
    pytest.param(
        "[Công an quận Cầu Giấy|ORG] đã vào cuộc. Đại diện [CA quận Cầu Giấy|ORG] cho biết; "
        "[CA quận Cầu Giấy|ORG] sẽ xử lý.",
        {("ABBREVIATES", "CA quận Cầu Giấy", "Công an quận Cầu Giấy")},
        id="abbreviation-later-short-name",
    ),
    pytest.param(
        "Ông [Lê Văn Hải|PERSON] và ông [Trần Văn Bình|PERSON], lần lượt là [Giám đốc|TITLE] và "
        "[Phó Giám đốc|TITLE] [Công an tỉnh Nghệ An|ORG], dự họp.",
        {("HAS_TITLE", "Lê Văn Hải", "Giám đốc"), ("HAS_TITLE", "Trần Văn Bình", "Phó Giám đốc"),
         ("TITLE_OF", "Giám đốc", "Công an tỉnh Nghệ An"), ("TITLE_OF", "Phó Giám đốc", "Công an tỉnh Nghệ An")},
        id="respectively-pairs-names-and-posts",
    ),
    pytest.param(
        "Vợ chồng [Lê Văn Phúc|PERSON] làm chủ [Công ty TNHH Thương mại Hòa Phát Đạt|ORG] "
        "(gọi tắt là [Công ty Hòa Phát Đạt|ORG]) từ năm 2015.",
        {("ABBREVIATES", "Công ty Hòa Phát Đạt", "Công ty TNHH Thương mại Hòa Phát Đạt")},
        id="abbreviation-company-short-name-with-cue",
    ),
    pytest.param(
        "[Đại tá|RANK] [Lê Văn Hải|PERSON], [Thượng tá|RANK] [Trần Văn Bình|PERSON] và [Trung tá|RANK] "
        "[Vũ Văn Nam|PERSON] lần lượt là [Trưởng phòng|TITLE], [Phó Trưởng phòng|TITLE] và [Phó Trưởng phòng|TITLE] "
        "[Phòng CSHS|ORG].",
        {("HAS_RANK", "Lê Văn Hải", "Đại tá"), ("HAS_RANK", "Trần Văn Bình", "Thượng tá"),
         ("HAS_RANK", "Vũ Văn Nam", "Trung tá"), ("HAS_TITLE", "Lê Văn Hải", "Trưởng phòng"),
         ("HAS_TITLE", "Trần Văn Bình", "Phó Trưởng phòng"), ("HAS_TITLE", "Vũ Văn Nam", "Phó Trưởng phòng"),
         ("TITLE_OF", "Trưởng phòng", "Phòng CSHS"), ("TITLE_OF", "Phó Trưởng phòng", "Phòng CSHS")},
        id="respectively-three-ranked-officers",
    ),
    pytest.param(
        "[Thiếu tướng|RANK] [Đinh Văn Lộc|PERSON] - [Cục trưởng|TITLE] [Cục Cảnh sát hình sự|ORG] "
        "([Bộ Công an|ORG]) cho biết.",
        {("HAS_RANK", "Đinh Văn Lộc", "Thiếu tướng"), ("HAS_TITLE", "Đinh Văn Lộc", "Cục trưởng"),
         ("TITLE_OF", "Cục trưởng", "Cục Cảnh sát hình sự"), ("MEMBER_OF", "Đinh Văn Lộc", "Bộ Công an")},
        id="ministry-in-brackets-after-the-unit-of-a-post",
    ),
]

NEGATIVES = [
    pytest.param(
        "[Đại tá|RANK] [Nguyễn Văn An|PERSON] - [Giám đốc|TITLE] [Công an tỉnh|ORG] và [Thượng tá|RANK] "
        "[Trần Văn Bình|PERSON] - [Trưởng phòng|TITLE] [Cảnh sát hình sự|ORG] cùng dự hội nghị.",
        {("HAS_RANK", "Nguyễn Văn An", "Đại tá"), ("HAS_TITLE", "Nguyễn Văn An", "Giám đốc"),
         ("TITLE_OF", "Giám đốc", "Công an tỉnh"), ("HAS_RANK", "Trần Văn Bình", "Thượng tá"),
         ("HAS_TITLE", "Trần Văn Bình", "Trưởng phòng"), ("TITLE_OF", "Trưởng phòng", "Cảnh sát hình sự")},
        id="two-officials-keep-their-own",
    ),
    pytest.param(
        "[Đại tá|RANK] [Lê Hữu Phúc|PERSON] trao đổi với [Thiếu tá|RANK] [Vũ Ngọc Sơn|PERSON], [Đội trưởng|TITLE] "
        "[Đội CSHS|ORG].",
        {("HAS_RANK", "Lê Hữu Phúc", "Đại tá"), ("HAS_RANK", "Vũ Ngọc Sơn", "Thiếu tá"),
         ("HAS_TITLE", "Vũ Ngọc Sơn", "Đội trưởng"), ("TITLE_OF", "Đội trưởng", "Đội CSHS")},
        id="title-goes-to-nearest-name",
    ),
    pytest.param(
        "Tại [điểm cầu Hà Tĩnh|VENUE], [Đại tá|RANK] [Nguyễn Hồng Phong|PERSON] dự hội nghị.\n"
        "Cùng dự có [Thượng tá|RANK] [Đặng Văn Tài|PERSON].",
        {("PRESENT_AT", "Nguyễn Hồng Phong", "điểm cầu Hà Tĩnh"), ("HAS_RANK", "Nguyễn Hồng Phong", "Đại tá"),
         ("HAS_RANK", "Đặng Văn Tài", "Thượng tá")},
        id="venue-not-carried-to-next-paragraph",
    ),
    pytest.param(
        "[Đại tá|RANK] [Mai Văn Sáu|PERSON] dự báo tình hình tại [trụ sở Công an tỉnh|VENUE] còn phức tạp.",
        {("HAS_RANK", "Mai Văn Sáu", "Đại tá")},
        id="du-bao-is-not-attending",
    ),
    pytest.param(
        "[Thiếu tá|RANK] [Lê Văn Cường|PERSON] cho biết [Hoàng Văn Nam|PERSON] đã bị khởi tố về tội "
        "[Trộm cắp tài sản|CRIME].",
        {("HAS_RANK", "Lê Văn Cường", "Thiếu tá"), ("CHARGED_WITH", "Hoàng Văn Nam", "Trộm cắp tài sản")},
        id="officer-speaking-not-charged",
    ),
    pytest.param(
        "Ông [Đào Văn Khoa|PERSON] cho biết, [Lý Văn Sơn|PERSON] bị bắt về hành vi [Cướp tài sản|CRIME] của chị "
        "[Mai Thị Lan|PERSON].",
        {("CHARGED_WITH", "Lý Văn Sơn", "Cướp tài sản")},
        id="victim-and-speaker-not-charged",
    ),
    pytest.param(
        "Nhà trường tuyên truyền cho [Nguyễn Văn Hải|PERSON] về hành vi [đánh bạc|CRIME] trên mạng.",
        set(),
        id="weak-cue-without-charge-verb",
    ),
    pytest.param(
        "[Cục Cảnh sát giao thông|ORG] ([Bộ Công an|ORG]) đã lập biên bản.",
        set(),
        id="parent-unit-is-no-abbreviation",
    ),
    pytest.param(
        "[Nguyễn Văn Hùng|PERSON] (tức [Tũn|PERSON], sinh năm 1990) bị khởi tố về tội [Đánh bạc|CRIME].",
        {("CHARGED_WITH", "Nguyễn Văn Hùng", "Đánh bạc")},
        id="nickname-not-charged-twice",
    ),
    pytest.param(
        "[Công an tỉnh Nghệ An|ORG] bắt [Lê Văn Tám|PERSON] (45 tuổi); [CA huyện Yên Thành|ORG] phối hợp.",
        set(),
        id="age-in-brackets-and-other-unit-are-no-abbreviation",
    ),
    pytest.param(
        "Ông [Lê Văn Hải|PERSON] và ông [Trần Văn Bình|PERSON], lần lượt là [Giám đốc|TITLE] "
        "[Công an tỉnh Nghệ An|ORG] dự họp.",
        {("TITLE_OF", "Giám đốc", "Công an tỉnh Nghệ An")},
        id="respectively-needs-as-many-posts-as-names",
    ),
    pytest.param(
        "[Đại tá|RANK] [Phan Văn Tâm|PERSON], [Trưởng phòng|TITLE] [Phòng Cảnh sát hình sự|ORG] ([PC02|ORG]) "
        "cho biết.",
        {("HAS_RANK", "Phan Văn Tâm", "Đại tá"), ("HAS_TITLE", "Phan Văn Tâm", "Trưởng phòng"),
         ("TITLE_OF", "Trưởng phòng", "Phòng Cảnh sát hình sự"), ("ABBREVIATES", "PC02", "Phòng Cảnh sát hình sự")},
        id="short-name-in-brackets-is-no-parent-unit",
    ),
    pytest.param(
        "[Lê Văn Hải|PERSON], [Phó thủ trưởng|TITLE] [Cơ quan CSĐT|ORG], [Công an Hà Tĩnh|ORG] cho biết.",
        {("HAS_TITLE", "Lê Văn Hải", "Phó thủ trưởng"), ("TITLE_OF", "Phó thủ trưởng", "Cơ quan CSĐT"),
         ("TITLE_OF", "Phó thủ trưởng", "Công an Hà Tĩnh")},
        id="parent-unit-after-a-comma-holds-the-post-too-but-no-membership",
    ),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_construction(source: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(source) == expected


@pytest.mark.parametrize(("source", "expected"), NEGATIVES)
def test_negative(source: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(source) == expected


def test_evidence_is_the_sentence() -> None:
    doc = relate(marked("Trời mưa to. [Đại tá|RANK] [Lê Văn An|PERSON] dự họp. Hết giờ."))
    (rel,) = doc.relations
    assert doc.text[slice(*rel.evidence)] == "Đại tá Lê Văn An dự họp."


def test_carried_venue_evidence_spans_both_sentences() -> None:
    doc = relate(marked("Tại [điểm cầu Huế|VENUE], [Đại tá|RANK] [Lê Văn An|PERSON] dự. Cùng dự có [Lê Văn Bình|PERSON]."))
    rel = next(r for r in doc.relations if r.label == "PRESENT_AT" and doc.entity(r.head).text == "Lê Văn Bình")
    assert doc.text[slice(*rel.evidence)] == doc.text


def test_offsets_follow_the_original_text() -> None:
    """NFD input, odd spaces: relations still join the caller's entities."""
    text = unicodedata.normalize("NFD", "Đại tá  Lê Văn An - Giám đốc Công an tỉnh dự.")
    ents = []
    for i, (word, label) in enumerate([("Đại tá", "RANK"), ("Lê Văn An", "PERSON"), ("Giám đốc", "TITLE"),
                                       ("Công an tỉnh", "ORG")]):
        word = unicodedata.normalize("NFD", word)
        s = text.index(word)
        ents.append({"id": f"e{i}", "start": s, "end": s + len(word), "label": label, "text": word})
    doc = relate(Document.from_dict({"id": "n", "text": text, "entities": ents}))
    assert {(r.label, r.head, r.tail) for r in doc.relations} == {
        ("HAS_RANK", "e1", "e0"), ("HAS_TITLE", "e1", "e2"), ("TITLE_OF", "e2", "e3")}


def test_extract_relations_takes_entities_in_any_order() -> None:
    text = "Đại tá Lê Văn A dự"
    ents = [Candidate(7, 15, "PERSON"), Candidate(0, 6, "RANK")]
    assert [(r.label, r.head, r.tail) for r in extract_relations(text, ents, [(0, len(text))])] == [("HAS_RANK", 0, 1)]


def test_relation_labels_are_known() -> None:
    from vn_crimeie.candidates import RELATION_TYPES

    assert set(RULE_LABELS) <= set(RELATION_TYPES)


# -- cue data ---------------------------------------------------------------


def test_cue_file_is_valid() -> None:
    data = load_data("relation_cues.yaml")
    c = cues()
    for key, words in c.words.items():
        assert words, key
        for w in words:
            assert w == normalize_form(w) == squash(w), (key, w)
    assert data["org_kinds"]


@pytest.mark.parametrize(
    "bad", [[], ["Đại Tá"], ["hai  dấu cách"], [3], ["ho\u0300a"]], ids=["empty", "upper", "spaces", "int", "nfd"]
)
def test_bad_cue_lists_are_rejected(bad: list) -> None:
    with pytest.raises(LexiconError, match="relation_cues.yaml"):
        _words({"member_cues": bad}, "member_cues")


@pytest.mark.parametrize(
    ("gap", "pattern", "ok"),
    [
        (" - ", "apposition", True), (", ", "apposition", True), (" (", "apposition", True), (" là ", "apposition", True),
        (" cho biết ", "apposition", False), (", cán bộ ", "member", True), (" về công tác tại ", "member", True),
        (" bắt ", "member", False), ("", "rank_gap", True), (", đồng chí ", "rank_gap", True), (" ở ", "rank_gap", False),
        (" lãnh đạo ", "title_org", True), (" của ", "title_org", True), (" tại ", "title_org", False),
    ],
)
def test_gap_patterns(gap: str, pattern: str, ok: bool) -> None:
    assert bool(getattr(cues(), pattern).fullmatch(squash(gap))) is ok


# -- mentions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (["Phùng Văn Thành", "Thành", "Thành"], [[0, 1, 2]]),
        (["Nguyễn Văn Đức", "Lê Hồ Minh Anh", "Minh Anh", "Đức", "Anh"], [[0, 3], [1, 2, 4]]),
        (["Chương", "Vũ Thanh Chương", "Chương"], [[0, 1, 2]]),
        (["Trần Văn Nam", "Lê Văn Nam", "Nam"], [[0], [1, 2]]),
        (["Tô Lâm", "TÔ  LÂM"], [[0, 1]]),
        (["Lê Văn Hải", "Hoàng Văn Sơn"], [[0], [1]]),
    ],
    ids=["given-name", "most-specific-suffix", "short-first", "latest-wins", "case-space", "different"],
)
def test_merge_names(names: list[str], groups: list[list[int]]) -> None:
    assert merge_names(names) == groups


# -- scale ------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "[Đại tá|RANK] [Lê Văn An|PERSON], ", "[Giám đốc|TITLE], ", "[Công an tỉnh|ORG] (", "- [X|PERSON] - ",
        "[Lê Văn An|PERSON] (", "[Lê Văn An|PERSON] về tội [Trộm cắp tài sản|CRIME], ", "[A|PERSON] và ",
        "tại [điểm cầu Huế|VENUE], [Lê An|PERSON] dự, ", "[Phòng CSHS|ORG] ([PC02|ORG]), ",
    ],
    ids=["names", "titles", "org-brackets", "dashes", "name-brackets", "charges", "joined-names", "venues", "codes"],
)
def test_linear_on_long_sentences(unit: str) -> None:
    def relate(marked_text: str) -> None:
        doc = marked(marked_text)
        ents = [Candidate(e.start, e.end, e.label) for e in doc.entities]
        extract_relations(doc.text, ents, [(0, len(doc.text))])

    assert_linear(relate, lambda n: unit * n + "dự hội nghị.", n=100)


def test_long_runs_of_marks_without_entities() -> None:
    def relate(text: str) -> None:
        assert extract_relations(text, [Candidate(0, 6, "RANK")], [(0, len(text))]) == []

    assert_linear(relate, lambda n: "Đại tá " + "-" * (25 * n) + ", " * (10 * n) + "." * (15 * n))


# -- measured on the annotated corpora ------------------------------------------


def _strict_f1(path) -> float:
    from vn_crimeie.evaluation import score
    from vn_crimeie.evaluation.report import Counts

    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred = [relate(Document.from_dict({**g, "relations": []})).to_dict() for g in gold]
    report = score(gold, pred)
    total = Counts()
    for label in RULE_LABELS:
        total += report.relations_strict.get(label, Counts())
    return total.f1


def test_seed_relations_on_gold_entities() -> None:
    assert _strict_f1(CORPUS / "seed.jsonl") >= 0.9


def test_dev_gold_relations_on_gold_entities() -> None:
    assert _strict_f1(shared_file("dev-gold.jsonl")) >= 0.85
