"""Every language data file has a JSON Schema beside it, validates, and a broken copy is refused by name and entry.

The files are found by globbing ``vn_crimeie/lang/vi/*.yaml``, so a file added
later is checked without touching this test.  Each check runs with both the
package's own validator (:mod:`vn_crimeie.data_schema`, used by ``load_data``)
and the reference implementation ``jsonschema`` (a development dependency).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
import yaml

from vn_crimeie.data_schema import json_path
from vn_crimeie.lexicon import LexiconError, check_data, load_data, load_schema, schema_name

jsonschema = pytest.importorskip("jsonschema")

DATA = resources.files("vn_crimeie.lang.vi")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".yaml"))
ROOT = Path(__file__).resolve().parents[1]


def _raw(name: str) -> dict:
    """The file parsed afresh (a copy the test may break)."""
    return yaml.safe_load(DATA.joinpath(name).read_text(encoding="utf-8"))


def _reference_errors(data: dict, name: str) -> list:
    validator = jsonschema.Draft202012Validator(load_schema(name))
    return sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))


def test_the_data_folder_holds_the_known_files() -> None:
    assert {"places.yaml", "ranks.yaml", "time_words.yaml", "person_names.yaml", "organizations.yaml"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_schema_exists_and_describes_every_key(name: str) -> None:
    path = DATA.joinpath(schema_name(name))
    assert path.is_file(), f"{name} has no schema {schema_name(name)}"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object" and schema["additionalProperties"] is False
    assert set(schema["required"]) <= set(schema["properties"])
    for key, sub in schema["properties"].items():
        assert sub.get("description", "").strip(), f"{schema_name(name)}: key {key!r} has no description"


@pytest.mark.parametrize("name", FILES)
def test_file_validates_with_both_validators(name: str) -> None:
    data = load_data(name)  # validated on load
    assert _reference_errors(data, name) == []
    check_data(_raw(name), name)


@pytest.mark.parametrize("name", FILES)
def test_file_is_nfc(name: str) -> None:
    raw = DATA.joinpath(name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw, f"{name} is not NFC"


def _set(path: list, value: object) -> Callable[[dict], None]:
    def edit(data: dict) -> None:
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return edit


def _append_first(key: str) -> Callable[[dict], None]:
    return lambda data: data[key].append(data[key][0])


def _drop_last(key: str) -> Callable[[dict], None]:
    return lambda data: data[key].pop()


#: One representative fault per file: (edit of the loaded data, JSON path of the entry at fault, words of the message).
BROKEN: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "abbreviation_cues.yaml": (_set(["definition_cues", 2], ""), "definition_cues[2]", "does not match"),
    "abbreviations.yaml": (_set(["abbreviations", 5, "label"], "PER"), "abbreviations[5].label", "'PER' is not one of"),
    "actions.yaml": (_set(["actions", 1, "variants"], "bắt giữ"), "actions[1].variants", "is not of type 'array'"),
    "crimes.yaml": (_set(["offences", 3, "article"], 999), "offences[3].article", "999 is greater than the maximum"),
    "documents.yaml": (_append_first("laws"), "laws[50]", "'Bộ luật Hình sự' is listed twice"),
    "foreign_names.yaml": (_set(["given_names", 0], "henry"), "given_names[0]", "'henry' does not match"),
    "measures.yaml": (_set(["units", 4], " kg"), "units[4]", "' kg' does not match"),
    "number_words.yaml": (_set(["comparators", "trên"], "=>"), "comparators['trên']", "'=>' is not one of"),
    "organizations.yaml": (_set(["heads", 2, "complement"], "person"), "heads[2].complement", "'person' is not one of"),
    "person_names.yaml": (_drop_last("year_stems"), "year_stems", "has fewer than 10 items"),
    "places.yaml": (_set(["provinces", 0, "kind"], "state"), "provinces[0].kind", "'state' is not one of"),
    "ranks.yaml": (_set(["ranks", 3, "grade"], "colonel"), "ranks[3].grade", "'colonel' is not one of"),
    "relation_cues.yaml": (_set(["org_kinds", 0, "titles"], []), "org_kinds[0].titles", "has fewer than 1 items"),
    "segmentation.yaml": (_set(["fixed_words", 0], 3), "fixed_words[0]", "3 is not of type 'string'"),
    "statistics_cues.yaml": (_set(["period_joiners", 1], None), "period_joiners[1]", "None is not of type 'string'"),
    "time_words.yaml": (_set(["parts_of_day", "chiều", "pm", 1], 13), "parts_of_day['chiều'].pm[1]", "13 is greater"),
    "titles.yaml": (_set(["titles", 0, "deputy"], "có"), "titles[0].deputy", "'có' is not of type 'boolean'"),
    "venues.yaml": (_set(["event_words", 0], "hội  nghị"), "event_words[0]", "'hội  nghị' does not match"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_copy_is_refused_naming_file_and_entry(name: str) -> None:
    edit, where, words = BROKEN[name]
    data = copy.deepcopy(_raw(name))
    edit(data)
    with pytest.raises(LexiconError) as caught:
        check_data(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: {where}: "), message
    assert words in message, message
    # jsonschema agrees; it names the list, not the item, of a repeated entry
    errors = _reference_errors(data, name)
    assert errors and where.startswith(json_path(list(errors[0].absolute_path)))


@pytest.mark.parametrize("name", FILES)
def test_an_unknown_top_level_key_is_refused(name: str) -> None:
    data = {**_raw(name), "unknown_section": ["từ lạ"]}
    with pytest.raises(LexiconError, match=re.escape(f"{name}: unknown_section: 'unknown_section' is not an allowed key")):
        check_data(data, name)
    assert _reference_errors(data, name)


@pytest.mark.parametrize("name", FILES)
def test_a_missing_key_is_refused(name: str) -> None:
    data = _raw(name)
    key = next(iter(data))
    del data[key]
    with pytest.raises(LexiconError, match=re.escape(f"{name}: {key!r} is a required property")):
        check_data(data, name)


def test_a_file_without_schema_is_refused() -> None:
    with pytest.raises(LexiconError, match="'không_có.schema.json' is missing from the package"):
        load_schema("không_có.yaml")


def test_pyproject_ships_the_schemas() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        tomllib = pytest.importorskip("tomli")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]["vn_crimeie"]
    assert "lang/vi/*.json" in data and "lang/vi/*.yaml" in data


def test_place_data_is_typed_and_frozen() -> None:
    from vn_crimeie.place_data import place_data

    data = place_data()
    raw = _raw("places.yaml")
    assert [p.canonical for p in data.provinces] == [p["canonical"] for p in raw["provinces"]]
    assert data.districts == tuple(raw["districts"])
    assert sum(p.after_2025 for p in data.provinces) == 34
    assert data.admin_word("quận").numbered and not data.admin_word("tỉnh").numbered
    assert data.admin_canonicals("address_level") >= {"xã", "phường", "thị trấn"}
    assert "sông" in data.admin_canonicals("lower_only") and "tỉnh" not in data.admin_canonicals("lower_only")
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.districts = ()  # type: ignore[misc]


# -- the words moved from code to data still drive the recognisers ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tai nạn xảy ra trên QL1A, gần ĐT741.", [("QL1A", "admin", "quốc lộ"), ("ĐT741", "admin", "tỉnh lộ")]),
        ("Nhà số 12 Lê Lợi bị cháy.", [("Lê Lợi", "street", "Lê Lợi")]),
        ("Anh sống tại 24 Hàng Muối, phường Lý Thái Tổ.", [("Hàng Muối", "street", "Hàng Muối"), ("phường Lý Thái Tổ", "admin", "phường")]),
        ("Có 24 Hàng Muối bán đồ.", []),  # a bare number and a name, no address word after: no street
    ],
)
def test_place_words_from_data(text: str, expected: list) -> None:
    from vn_crimeie.recognizers.locations import place_spans

    assert [(text[p.start : p.end], p.kind, p.canonical) for p in place_spans(text)] == expected


def test_venue_hall_in_lower_case_needs_an_event() -> None:
    from vn_crimeie.recognizers import venues

    with_event = "Tại hội trường Công an tỉnh Nghệ An, hội nghị tổng kết diễn ra."
    assert [with_event[c.start : c.end] for c in venues.find(with_event)] == ["hội trường Công an tỉnh Nghệ An"]
    assert venues.find("Họ đứng ở hội trường Công an tỉnh Nghệ An.") == []


def test_citation_and_number_words_from_data() -> None:
    from vn_crimeie.recognizers import documents

    text = "bị xử theo điểm a khoản 2 Điều 249 của Bộ luật Hình sự năm 2015 và Nghị định số 100/2019/NĐ-CP"
    assert [c.value for c in documents.find(text)] == [
        {"kind": "Điều", "number": "249", "clause": "2", "point": "a", "law": "Bộ luật Hình sự", "year": "2015"},
        {"kind": "Nghị định", "number": "100", "code": "2019/NĐ-CP"},
    ]


def test_illicit_marker_from_data() -> None:
    from vn_crimeie.recognizers import crimes

    text = "bị bắt vì khai thác cát trái phép"
    assert [text[c.start : c.end] for c in crimes.find(text)] == ["khai thác cát trái phép"]
    assert crimes.find("vận chuyển hàng và tiền trái phép") == []  # "và": a clause, not an object
