"""The named PERSON rules one by one, and the table that runs them in order (issue 16).

Each rule gets a sentence it finds a name in and one it must find nothing in;
``found_by`` runs the given rules alone, in turn, on one text.
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from vn_crimeie.recognizers import persons
from vn_crimeie.recognizers.persons import aliases, cued, epithets, mentions, rules, shapes
from vn_crimeie.recognizers.persons.context import build_context, found_by
from vn_crimeie.recognizers.persons.engine import run_rules

CASES = [
    # (rule name in RULES, the rules run, sentence, what they find)
    (
        "persons.initialled",
        (shapes.initialled_names,),
        "Cố vấn An ninh Quốc gia Mỹ H. R. McMaster và cựu Tổng thống George W. Bush cùng dự.",
        ["H. R. McMaster", "George W. Bush"],
    ),
    # the surname after an initial is a Vietnamese syllable: a place written short, an anonymised name
    ("persons.initialled", (shapes.initialled_names,), "Tại P. Bến Thành, Q. Tân Bình, anh Nguyễn Văn A. Sau đó về.", []),
    ("persons.cue", (cued.after_cue,), "Thiếu tá Phạm Quốc Bảo đã lấy lời khai của cháu B. tại trụ sở.", ["Phạm Quốc Bảo", "B."]),
    ("persons.cue", (cued.after_cue,), "Hoa hậu Hoàn vũ đã đến thăm trường.", []),
    ("persons.nickname", (cued.nicknames,), "Đối tượng Hoàng Văn Long (tức Long Đen) đã bỏ trốn.", ["Long Đen"]),
    ("persons.nickname", (cued.nicknames,), "Ông ta tức Tối bỏ về.", []),
    ("persons.bracket_nickname", (epithets.bracket_nicknames,), "Nguyễn Văn Cường (Cường sấm) bị bắt.", ["Cường sấm"]),
    ("persons.bracket_nickname", (epithets.bracket_nicknames,), "Nguyễn Văn Hải (Hải Phòng) bị bắt.", []),
    (
        "persons.epithet",
        (epithets.bracket_nicknames, epithets.quoted_epithets),
        "Nguyễn Văn Cường (Cường sấm) bị bắt. Cường “sấm” khai.",
        ["Cường sấm", "Cường “sấm”"],
    ),
    ("persons.epithet", (epithets.bracket_nicknames, epithets.quoted_epithets), "Cường (“sấm”) bị bắt. Cường “sét” khai.", []),
    ("persons.named_epithet", (epithets.named_epithets,), "Dư luận bức xúc về vụ Tuấn Béo.", ["Tuấn Béo"]),
    ("persons.named_epithet", (epithets.named_epithets,), "Con mèo Béo nằm ngủ; Hà Béo đi chợ.", []),  # a surname opens "Hà Béo"
    ("persons.surname", (shapes.surname_runs,), "Sáng nay Trịnh Văn Quyết ra đầu thú.", ["Trịnh Văn Quyết"]),
    ("persons.surname", (shapes.surname_runs,), "Căn nhà trên đường Phan Đình Phùng bị cháy.", []),
    ("persons.surname", (shapes.surname_runs,), "Công an tỉnh Thanh Hóa Lê Văn Bình cho biết như vậy.", ["Lê Văn Bình"]),
    ("persons.credit", (cued.credits,), "Hiện trường vụ tai nạn. Ảnh: Minh Châu", ["Minh Châu"]),
    ("persons.credit", (cued.credits,), "Ảnh: Hiện trường vụ cháy", []),
    ("persons.byline", (cued.byline,), "Công an đang điều tra vụ việc.\nThanh Tùng", ["Thanh Tùng"]),
    ("persons.byline", (cued.byline,), "Công an đang điều tra vụ việc.\nHải Phòng", []),
    ("persons.initials", (cued.lone_initials,), "Nhóm gồm N.V.H. (sinh năm 2004) và T.T.L. đã bị bắt.", ["N.V.H.", "T.T.L."]),
    ("persons.initials", (cued.lone_initials,), "Xe chạy từ TP.HCM về Q.1 lúc 9 giờ.", []),
    ("persons.context", (shapes.in_context,), "Maria Lopez, 34 tuổi, và Quàng Văn Pó (19 tuổi) bị bắt.", ["Maria Lopez", "Quàng Văn Pó"]),
    # "trở" of person_rules.yaml: "18 tuổi trở lên" is an age limit, not the age of a person.
    ("persons.context", (shapes.in_context,), "Quàng Văn Pó, 18 tuổi trở lên mới được vào.", []),
    ("persons.foreign", (shapes.foreign_given,), "Cảnh sát bắt giữ Thomas Miller tại sân bay.", ["Thomas Miller"]),
    ("persons.foreign", (shapes.foreign_given,), "Cảnh sát bắt giữ Thomas tại sân bay.", []),
    # "cùng" of person_rules.yaml joins the names of a list.
    ("persons.list", (cued.after_cue, mentions.lists), "Bị cáo Đỗ Văn Khang cùng Lý Thị Hằng bị tuyên án.", ["Đỗ Văn Khang", "Lý Thị Hằng"]),
    ("persons.list", (cued.after_cue, mentions.lists), "Bị cáo Đỗ Văn Khang, Quảng Ninh bị tuyên án.", ["Đỗ Văn Khang"]),
    (
        "persons.echo",
        (cued.after_cue, mentions.echoes),
        "Nạn nhân Vũ Thị Ngọc Ánh được đưa đi cấp cứu. Hiện Ngọc Ánh đã qua cơn nguy kịch.",
        ["Vũ Thị Ngọc Ánh", "Ngọc Ánh"],
    ),
    # "Văn" of person_rules.yaml: "Trần Văn Sơn" is later "Sơn", never "Văn Sơn".
    ("persons.echo", (cued.after_cue, mentions.echoes), "Anh Trần Văn Sơn bị thương. Hàng xóm Văn Sơn kể lại.", ["Trần Văn Sơn"]),
    (
        "persons.initial_echo",
        (cued.after_cue, mentions.initial_echoes),
        "Bị hại là chị N.T.H. (25 tuổi). Sau đó N.T.H. trình báo.",
        ["N.T.H.", "N.T.H."],
    ),
    ("persons.initial_echo", (cued.after_cue, mentions.initial_echoes), "Sau đó N.T.H. trình báo.", []),
    # alias_cues of person_rules.yaml: the names after "tên giả là" belong to the person named before.
    (
        "persons.alias",
        (cued.after_cue, aliases.aliases),
        "Bị can Lê Văn Hồng thường dùng tên giả là Dũng, Phúc để lừa người mua.",
        ["Lê Văn Hồng", "Dũng", "Phúc"],
    ),
    ("persons.alias", (cued.after_cue, aliases.aliases), "Loại cỏ này còn gọi là Cần Sa.", []),
]


@pytest.mark.parametrize("name, steps, text, expected", CASES)
def test_each_rule_finds_its_names_and_no_other(name: str, steps: tuple, text: str, expected: list[str]) -> None:
    assert dict(rules.RULES)[name] is steps[-1]
    assert found_by(text, *steps) == expected


def test_every_rule_has_a_case_and_a_negative() -> None:
    # A negative: the rule under test adds nothing to what the rules before it found.
    finds = {name for name, steps, text, expected in CASES if found_by(text, *steps[:-1]) != expected}
    negatives = {name for name, steps, text, expected in CASES if found_by(text, *steps[:-1]) == expected}
    # The second run of the lists is tested through find below.
    assert finds | {"persons.list_of_echoes"} == negatives | {"persons.list_of_echoes"} == {name for name, _rule in rules.RULES}


def test_lists_run_again_after_the_echoes() -> None:
    text = "Ông Nguyễn Văn Toàn có mặt. Sau đó Toàn và Dũng cùng bỏ đi."
    found = [(text[c.start : c.end], c.source) for c in persons.find(text)]
    assert found == [("Nguyễn Văn Toàn", "persons.cue"), ("Toàn", "persons.echo"), ("Dũng", "persons.list")]
    # Without the last step, "Dũng" (listed with an echo) is not found; nor is a place listed so.
    ctx = build_context(text)
    assert [ctx.text[s:e] for s, e, _c in run_rules(ctx, rules.RULES[:-1])] == ["Nguyễn Văn Toàn", "Toàn"]
    other = "Ông Nguyễn Văn Toàn có mặt. Sau đó Toàn và Hà Nội."
    assert [other[c.start : c.end] for c in persons.find(other)] == ["Nguyễn Văn Toàn", "Toàn"]


def test_the_table_runs_every_rule_once_in_the_documented_order() -> None:
    names = [name for name, _rule in rules.RULES]
    assert len(names) == len(set(names)) == 17
    documented = re.findall(r"^\d+\. ``(persons\.[a-z_]+)``", rules.__doc__ or "", flags=re.MULTILINE)
    assert documented == names
    text = "Bị can Lê Trung Kiên (tức Kiên Đen) khai. Sau đó Kiên cùng Hoàng Văn Hải bỏ trốn.\nThu Hằng"
    ctx = build_context(text)
    ran: list[str] = []

    def recorded(name, rule):
        def step(ctx, found):
            ran.append(name)
            rule(ctx, found)

        return step

    found = run_rules(ctx, [(name, recorded(name, rule)) for name, rule in rules.RULES])
    assert ran == names
    assert found.items() == persons.find(text)
    assert {c.source for c in found.items()} == {"persons.cue", "persons.nickname", "persons.echo", "persons.surname", "persons.byline"}


def test_the_rules_do_not_change_the_context() -> None:
    ctx = build_context("Đường Lê Lợi, Trần Phú, Hà Nội đông người. Ông Lê Văn Bảy và Lê Văn Tám (28 tuổi) bị bắt. Bảy khai.")
    before = (list(ctx.words.nameish), list(ctx.runs), dict(ctx.cues))
    found = run_rules(ctx)
    assert [ctx.text[s:e] for s, e, _c in found] == ["Lê Văn Bảy", "Lê Văn Tám", "Bảy"]
    assert (ctx.words.nameish, ctx.runs, ctx.cues) == before


def test_find_keeps_its_public_names() -> None:
    assert persons.PRIORITY_CUE > persons.PRIORITY_POSITIONAL > persons.PRIORITY_SURNAME > persons.PRIORITY_WEAK
    assert "Nguyễn" in persons.name_data().surnames
    assert persons.find("Không có ai.") == []


def test_person_rules_yaml_follows_its_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    folder = resources.files("vn_crimeie.lang.vi")
    schema = json.loads(folder.joinpath("person_rules.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load(folder.joinpath("person_rules.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate({**data, "extra_words": ["và"]})
