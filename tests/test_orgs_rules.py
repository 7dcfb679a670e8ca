"""The named ORG rules one by one: a sentence of our own for each, and negatives.

Each rule is a function of :mod:`vn_crimeie.recognizers.orgs` reading an
:class:`OrgContext`; the last column of each case is what ``orgs.find`` keeps.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
import yaml

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import orgs
from vn_crimeie.recognizers.orgs import engine, heads, mentions, police, standalone
from vn_crimeie.recognizers.orgs.context import OrgContext
from vn_crimeie.recognizers.orgs.tables import rule_words

from where_helpers import spans


def context(text: str) -> OrgContext:
    return OrgContext.of(normalize(text).text)


def at(ctx: OrgContext, word: str) -> int:
    """Offset of ``word`` in the context's text."""
    return ctx.text.index(word)


def head_span(ctx: OrgContext, word: str) -> str | None:
    """The organisation that rule *head organisation* finds at ``word``."""
    pos = at(ctx, word)
    found = heads.head_org(ctx, pos)
    return None if found is None else ctx.text[pos : found[0]]


def standalone_span(ctx: OrgContext, word: str) -> str | None:
    pos = at(ctx, word)
    end = standalone.standalone(ctx, pos)
    return None if end is None else ctx.text[pos:end]


# -- rule "head organisation", one case per head kind -----------------------------------

HEADED = [
    # a head + a name (named_head)
    ("Chiều qua, Công ty TNHH Thương mại Bình Minh đã nộp phạt.", "Công ty", "Công ty TNHH Thương mại Bình Minh"),
    # parts joined by "và", closed by a place
    ("Sở Tài nguyên và Môi trường tỉnh Bắc Ninh đã kiểm tra.", "Sở", "Sở Tài nguyên và Môi trường tỉnh Bắc Ninh"),
    # a force head + a force (force_head)
    ("Lực lượng Cảnh sát cơ động đã được điều tới hiện trường.", "Lực lượng", "Lực lượng Cảnh sát cơ động"),
    # a parent head + its parent unit (parent_head)
    ("Ban Giám đốc Công an tỉnh Hà Giang đã khen thưởng tổ công tác.", "Ban Giám đốc",
     "Ban Giám đốc Công an tỉnh Hà Giang"),
    # a place head + its place (place_head)
    ("Chủ tịch UBND huyện Mường Lát đã ký quyết định.", "UBND", "UBND huyện Mường Lát"),
    # a purpose phrase that ends in a place (purpose)
    ("Ban Chỉ đạo phòng, chống thiên tai huyện Kỳ Anh đã họp.", "Ban Chỉ đạo",
     "Ban Chỉ đạo phòng, chống thiên tai huyện Kỳ Anh"),
]


@pytest.mark.parametrize(("text", "head", "expected"), HEADED)
def test_head_organisation(text: str, head: str, expected: str) -> None:
    assert head_span(context(text), head) == expected
    assert spans(orgs.find, text) == [expected]


HEADED_NEGATIVES = [
    ("Anh ấy mở công ty riêng từ năm ngoái.", "công ty", None),  # a lower-case head without a name
    ("Lực lượng chức năng đã phong tỏa khu vực.", "Lực lượng", None),  # a force head without a force
    ("Ông ấy làm việc cho ủy ban nhân dân từ lâu.", "ủy ban nhân dân", None),  # a place head without its place
    # a purpose phrase without a place and without a listed subject: the committee's name stops before it
    ("Ban Chỉ đạo phòng, chống hạn mặn đã họp.", "Ban", "Ban Chỉ đạo"),
]


@pytest.mark.parametrize(("text", "head", "expected"), HEADED_NEGATIVES)
def test_head_organisation_negatives(text: str, head: str, expected: str | None) -> None:
    assert head_span(context(text), head) == expected
    assert spans(orgs.find, text) == ([expected] if expected else [])


def test_a_title_takes_its_head_and_the_name_after_it_is_the_organisation() -> None:
    text = "Bà Nguyễn Thị Lan, Phó trưởng phòng GDĐT huyện Yên Thành, cho biết."
    ctx = context(text)
    assert heads.taken_by_title(ctx, at(ctx, "phòng"), "phòng")
    assert spans(orgs.find, text) == ["GDĐT huyện Yên Thành"]


def test_a_title_without_a_unit_after_it_names_no_organisation() -> None:
    ctx = context("Trưởng phòng đã ký văn bản.")
    pos = at(ctx, "phòng")
    head = ctx.heads[pos][0][1]
    assert heads.taken_by_title(ctx, pos, "phòng")
    assert heads.after_title(ctx, pos + len("phòng"), head, 0) is None
    assert spans(orgs.find, ctx.text) == []


def test_a_capitalised_head_after_a_verb_is_not_taken_by_a_title() -> None:
    ctx = context("Ông Hưng chuyển về Phòng Tổ chức cán bộ.")
    assert not heads.taken_by_title(ctx, at(ctx, "Phòng"), "Phòng")


# -- rule "standalone name", one case per rule ---------------------------------------------

STANDALONE = [
    (standalone.fixed_name, "Bộ Tư pháp đã có ý kiến.", "Bộ Tư pháp"),
    (standalone.newspaper, "Theo Thanh Niên, vụ việc xảy ra lúc 9 giờ.", "Thanh Niên"),
    (standalone.foreign_body, "FBI đã vào cuộc điều tra.", "FBI"),
    (standalone.foreign_state_body, "Cảnh sát Thái Lan đã bắt giữ nghi phạm.", "Cảnh sát Thái Lan"),
    (standalone.police_body, "Công an phường Trung Hòa đã mời hai người lên làm việc.", "Công an phường Trung Hòa"),
    (standalone.abbreviated_body, "VKSND tỉnh Bình Định đã phê chuẩn.", "VKSND tỉnh Bình Định"),
    (standalone.unit_code, "Đơn vị PC02 đã thụ lý.", "PC02"),
    (standalone.police_unit, "Cảnh sát kinh tế đã vào cuộc.", "Cảnh sát kinh tế"),
    (standalone.legal_company, "Hùng đốt xưởng sơn của Công ty CP nội thất S. Thiệt hại lớn.", "Công ty CP nội thất S"),
    (standalone.legal_company, "Anh làm bảo vệ cho Công ty TNHH thương mại dịch vụ Minh Phát từ năm 2019.", "Công ty TNHH thương mại dịch vụ Minh Phát"),
]


@pytest.mark.parametrize(("rule", "text", "expected"), STANDALONE, ids=lambda x: getattr(x, "__name__", None))
def test_standalone_rule(rule, text: str, expected: str) -> None:
    ctx = context(text)
    pos = at(ctx, expected.split(" ")[0])
    assert ctx.text[pos : rule(ctx, pos)] == expected
    assert standalone_span(ctx, expected.split(" ")[0]) == expected
    assert spans(orgs.find, text) == [expected]


STANDALONE_NEGATIVES = [
    (standalone.foreign_body, "Chiếc xe Toyota Camry bị mất cắp.", "Toyota"),  # the make of a car
    (standalone.foreign_state_body, "Cảnh sát Việt Nam đã bắt giữ nghi phạm.", "Cảnh sát"),  # not a foreign force
    (standalone.police_body, "Anh bị công an phường mời lên làm việc.", "công an"),  # lower case, no place
    (standalone.unit_code, "Công văn 12/PC02-CAT đã gửi các đơn vị.", "PC02"),  # inside a document code
    (standalone.newspaper, "Đoạn đường giao thông này hay ùn tắc.", "giao thông"),  # a phrase, not the paper
    (standalone.legal_company, "Giám đốc công ty TNHH này đã bỏ trốn.", "công ty"),  # no name after the trade
    (standalone.legal_company, "Công ty CP Đầu tư Hoàng Anh cho biết.", "Công ty"),  # no trade words: the head rule's
]


@pytest.mark.parametrize(("rule", "text", "word"), STANDALONE_NEGATIVES, ids=lambda x: getattr(x, "__name__", None))
def test_standalone_rule_negatives(rule, text: str, word: str) -> None:
    ctx = context(text)
    assert rule(ctx, at(ctx, word)) is None


def test_standalone_rules_are_tried_in_their_order() -> None:
    # the outlet of the closing source line first: "Thùy Dung/VOV-TP HCM" is one ORG, not the listed "VOV"
    assert standalone.STANDALONE_RULES[:2] == (standalone.closing_source, standalone.fixed_name)
    assert len(set(standalone.STANDALONE_RULES)) == len(standalone.STANDALONE_RULES) == 18


# -- police bodies and parents ------------------------------------------------------------


def test_police_level_pointing_back_keeps_this() -> None:
    ctx = context("Công an tỉnh này đã vào cuộc.")
    assert ctx.text[: police.police(ctx, 0, as_parent=False)] == "Công an tỉnh này"
    assert ctx.text[: police.level_this(ctx, len("Công an tỉnh"))] == "Công an tỉnh này"


def test_steering_committee_keeps_its_number() -> None:
    text = "Phó trưởng BCĐ 389 đã phát biểu."
    ctx = context(text)
    pos = at(ctx, "BCĐ")
    assert ctx.text[pos : police.abbr_tail(ctx, pos + 3, "BCĐ")] == "BCĐ 389"
    assert police.abbr_tail(ctx, pos + 3, "CSGT") == pos + 3  # only the listed short forms
    assert spans(orgs.find, text) == ["BCĐ 389"]


def test_dash_parent_joins_a_unit_and_its_police() -> None:
    text = "Phòng CSGT - Công an tỉnh Hà Nam đã xử phạt."
    ctx = context(text)
    assert ctx.text[: police.dash_parent(ctx, 0, len("Phòng CSGT"))] == "Phòng CSGT - Công an tỉnh Hà Nam"
    assert spans(orgs.find, text) == ["Phòng CSGT - Công an tỉnh Hà Nam"]


def test_dash_parent_never_joins_two_police_bodies() -> None:
    text = "Công an tỉnh Hà Nam - Công an tỉnh Nam Định đã phối hợp."
    ctx = context(text)
    end = len("Công an tỉnh Hà Nam")
    assert police.dash_parent(ctx, 0, end) == end
    assert spans(orgs.find, text) == ["Công an tỉnh Hà Nam", "Công an tỉnh Nam Định"]


def test_parents_follow_with_one_space_only() -> None:
    ctx = context("Đội CSGT, Công an huyện Hòa Vang")
    assert police.parents(ctx, len("Đội CSGT")) == len("Đội CSGT")


# -- the name after a head ----------------------------------------------------------------


def test_complement_reads_units_and_stops_at_the_verb() -> None:
    ctx = context("Phòng Cảnh sát kinh tế chỉ đạo các đội.")
    head = ctx.heads[0][0][1]
    end, strong = heads.complement(ctx, len("Phòng "), head)
    assert (ctx.text[len("Phòng ") : end], strong) == ("Cảnh sát kinh tế", True)


def test_complement_cuts_a_person_after_the_organisation() -> None:
    text = "Giám đốc Sở Y tế Nguyễn Văn Bình đã ký."
    assert spans(orgs.find, text) == ["Sở Y tế"]


def test_purpose_needs_a_place_at_its_end() -> None:
    ctx = context("Ban Chỉ đạo phòng, chống thiên tai đã họp.")
    assert heads.purpose(ctx, len("Ban Chỉ đạo ")) is None


# -- remit, officers, streets, aliases -----------------------------------------------------


def test_remit_of_an_offence_belongs_to_the_unit() -> None:
    text = "Cục Cảnh sát kinh tế, phòng, chống tội phạm về ma túy đã vào cuộc."
    ctx = context(text)
    end = mentions.remit(ctx, len("Cục Cảnh sát kinh tế"))
    assert ctx.text[:end] == "Cục Cảnh sát kinh tế, phòng, chống tội phạm về ma túy"
    assert spans(orgs.find, text) == [ctx.text[:end]]


def test_remit_without_an_offence_is_not_part_of_the_name() -> None:
    text = "Đội CSGT, phòng, chống cơn mưa lớn đã ra quân."
    ctx = context(text)
    assert mentions.remit(ctx, len("Đội CSGT")) == len("Đội CSGT")
    assert spans(orgs.find, text) == ["Đội CSGT"]


def test_a_force_after_a_number_names_officers() -> None:
    text = "Vụ va chạm khiến 3 CSGT bị thương."
    ctx = context(text)
    pos = at(ctx, "CSGT")
    assert mentions.officers(ctx, pos, pos + 4)
    assert spans(orgs.find, text) == []


def test_a_force_after_a_rank_is_the_force() -> None:
    text = "Trung úy CSGT bị thương nhẹ."
    ctx = context(text)
    pos = at(ctx, "CSGT")
    assert not mentions.officers(ctx, pos, pos + 4)
    assert spans(orgs.find, text) == ["CSGT"]


def test_names_after_a_street_word_are_streets() -> None:
    for text in ("Xe chạy trên đường Bệnh viện Bạch Mai.", "Nhà anh ở phố Trường Chinh."):
        ctx = context(text)
        assert not mentions.opens_here(ctx, at(ctx, "đường" if "đường" in text else "phố") + 6)
        assert spans(orgs.find, text) == []


def test_a_company_named_again_alone_is_an_alias() -> None:
    text = "Công ty Đông Á đã phá sản, Đông Á còn nợ lương công nhân."
    found = orgs.find(normalize(text).text)
    assert [(text[c.start : c.end], c.source) for c in found] == [
        ("Công ty Đông Á", "orgs"), ("Đông Á", "orgs.alias")]


def test_an_alias_must_be_whole_words_outside_the_organisations() -> None:
    text = "Công ty Đông Á phá sản; thương hiệu TrungĐông Á ra đời."
    assert engine.aliases(text, {"Đông Á"}, [(0, 14)]) == []


def test_aliases_read_each_mention_once_against_many_spans() -> None:
    text = "Cty Sao Mai. " + "Sở Y tế họp. " * 50 + "Sao Mai"
    taken = [(0, 11)] + [(13 + 13 * i, 20 + 13 * i) for i in range(50)]
    (alias,) = engine.aliases(text, {"Sao Mai"}, taken)
    assert text[alias.start : alias.end] == "Sao Mai" and alias.start == len(text) - 7


# -- the context and the data file ---------------------------------------------------------


def test_short_forms_inside_a_document_code_are_not_organisations() -> None:
    ctx = OrgContext("Theo Kế hoạch 215/KH-BCA-CSHS và Đội CSGT-TT", [], [])
    bca = ctx.text.index("BCA")
    assert ctx.in_code(bca, bca + 3)
    tt = ctx.text.index("CSGT-TT")
    assert not ctx.in_code(tt, tt + 4)  # a dash but no slash in its run


def test_every_word_of_org_rules_yaml_is_described_by_its_schema() -> None:
    files = resources.files("vn_crimeie.lang.vi")
    data = yaml.safe_load(files.joinpath("org_rules.yaml").read_text(encoding="utf-8"))
    schema = json.loads(files.joinpath("org_rules.schema.json").read_text(encoding="utf-8"))
    assert set(data) == set(schema["properties"]) == set(schema["required"])
    assert all(prop["description"] for prop in schema["properties"].values())
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(schema).validate(data)


def test_patterns_built_from_the_words() -> None:
    words = rule_words()
    assert words.remit.match(", Phòng chống ") and words.remit.match(" và phòng, chống ")
    assert not words.remit.match(" phòng ngừa ")
    assert words.phrase_word.match("COVID-19").group() == "COVID-19"
    assert words.plan.match("Kế hoạch số 131 của").group() == "Kế hoạch số 131"
