"""The language data of ORG/LOC/VENUE/DOCUMENT/CRIME/TERM: NFC, well-formed, no duplicates."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
import yaml

from vn_crimeie.lexicon import load_data

FILES = ["organizations.yaml", "abbreviations.yaml", "places.yaml", "crimes.yaml", "documents.yaml", "venues.yaml"]


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@pytest.mark.parametrize("name", FILES)
def test_file_is_nfc_yaml(name: str) -> None:
    raw = resources.files("vn_crimeie.lang.vi").joinpath(name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw, f"{name} is not NFC"
    data = yaml.safe_load(raw)
    assert isinstance(data, dict) and data
    for s in _strings(data):
        assert s == s.strip() and s, f"{name}: blank or padded string {s!r}"


def test_provinces_before_and_after_the_merger() -> None:
    provinces = load_data("places.yaml")["provinces"]
    names = [p["canonical"] for p in provinces]
    assert len(names) == len(set(names))
    assert len([p for p in provinces if p["canonical"] != "Huế"]) == 63
    assert sum(1 for p in provinces if p.get("after_2025")) == 34


def test_admin_words_cover_the_levels() -> None:
    words = {w["canonical"] for w in load_data("places.yaml")["admin_words"]}
    assert {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp", "bản", "tổ dân phố", "đường", "phố"} <= words


def test_abbreviation_table() -> None:
    from vn_crimeie.recognizers.abbreviations import abbreviation_table

    table = abbreviation_table()
    for abbr in ["CAND", "CATP", "CAT", "CSHS", "CSĐT", "ĐTTP", "CSGT", "PCCC", "BCĐ", "TAND", "VKSND", "TPCTC", "TPXQG",
                 "KHCN", "BLHS", "UBND", "HĐND", "TNGT", "BKS", "ANTT", "TTATGT", "ANQG", "CSKT", "CSMT"]:
        assert abbr in table, abbr
    assert {row.label for row in table.values()} == {"ORG", "CRIME", "TERM"}


def test_crime_articles() -> None:
    from vn_crimeie.recognizers.crimes import offence_table

    table = offence_table()
    assert table["Lừa đảo chiếm đoạt tài sản"]["article"] == 174
    assert table["Đánh bạc"]["article"] == 321
    names = [o["name"] for o in load_data("crimes.yaml")["offences"]]
    assert len(names) == len(set(names))


def test_heads_and_units_unique() -> None:
    data = load_data("organizations.yaml")
    heads = [h["head"] for h in data["heads"]]
    assert len(heads) == len(set(heads))
    assert len(data["units"]) == len(set(data["units"]))
    flags = {"complement", "lower", "standalone", "numbered", "media", "force", "phrase", "alias", "name_only", "needs_field", "or_place",
             "or_parent"}
    assert flags >= {k for h in data["heads"] for k in h} - {"head"}
    folded = [h.casefold() for h in heads]
    assert len(folded) == len(set(folded)), "two heads differ only in case (the matcher folds case)"
    fields = [f.casefold() for f in data["fields"]]
    assert len(fields) == len(set(fields))


def test_foreign_places_unique_and_cued() -> None:
    data = load_data("places.yaml")
    foreign = data["foreign"]
    assert len(foreign) == len(set(foreign))
    assert set(data["foreign_needs_cue"]) <= set(foreign)  # a cued name is still a place of the list
    assert {"Triều Tiên", "Thổ Nhĩ Kỳ", "Jakarta", "châu Âu"} <= set(foreign)
    cues = data["place_cues"] + data["country_cues"]
    assert len(cues) == len(set(cues))


def test_org_name_lists_unique() -> None:
    data = load_data("organizations.yaml")
    for key in ("foreign_bodies", "companies", "clubs", "foreign_media", "media", "fixed", "product_nouns"):
        assert len(data[key]) == len(set(data[key])), key
