"""vn_crimeie.extract(): offsets into the caller's text, argument checking, the seed article."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

import vn_crimeie
from vn_crimeie import Document

from conftest import shared_file


def _triples(doc: Document) -> list[tuple[str, str]]:
    return [(e.label, unicodedata.normalize("NFC", e.text).replace("\u00a0", " ")) for e in doc.entities]


def test_seed_ranks_at_their_offsets(seed_text) -> None:
    doc = vn_crimeie.extract(seed_text)
    ranks = [(e.start, e.end, e.text) for e in doc.by_label("RANK")]
    assert (380, 389, "Đại tướng") in ranks
    assert (684, 695, "Thiếu tướng") in ranks
    assert (761, 767, "Đại tá") in ranks
    for e in doc.entities:
        assert seed_text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "transform",
    [
        lambda t: unicodedata.normalize("NFD", t),
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace(" ", "\u00a0"),
        lambda t: t.replace("Đại tướng", "Đại\u200btướng"),
    ],
    ids=["nfd", "crlf", "nbsp", "zero-width"],
)
def test_variants_give_same_entities_at_their_own_offsets(seed_text, transform) -> None:
    base = vn_crimeie.extract(seed_text, dateline="2024-03-13T18:02")
    variant_text = transform(seed_text)
    variant = vn_crimeie.extract(variant_text, dateline="2024-03-13T18:02")
    for e in variant.entities:
        assert variant_text[e.start : e.end] == e.text
    strip = lambda s: s.replace("\u200b", " ")  # noqa: E731
    assert [(l, strip(t)) for l, t in _triples(variant)] == _triples(base)
    assert [e.value for e in variant.entities] == [e.value for e in base.entities]


@pytest.mark.parametrize("bad", [None, b"Dai ta", 42, ["Đại tá"]])
def test_non_str_text_is_a_type_error(bad) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        vn_crimeie.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_gives_empty_document(text) -> None:
    doc = vn_crimeie.extract(text)
    assert doc.entities == [] and doc.relations == [] and doc.text == text


@pytest.mark.parametrize(
    "dateline,iso",
    [
        (dt.datetime(2024, 3, 13, 18, 2, 45), "2024-03-13T18:02"),
        (dt.date(2024, 3, 13), "2024-03-13"),
        ("2024-03-13T18:02", "2024-03-13T18:02"),
        ("2024-03-13", "2024-03-13"),
    ],
)
def test_dateline_forms(dateline, iso) -> None:
    assert vn_crimeie.extract("Đại tá A dự họp.", dateline=dateline).dateline == iso


@pytest.mark.parametrize("bad", ["31/02/2024", "2024-02-30", "hôm qua", "2024-13-01T10:00", "13/03/24 18:02"])
def test_bad_dateline_is_named(bad) -> None:
    with pytest.raises(ValueError, match="dateline"):
        vn_crimeie.extract("Đại tá A dự họp.", dateline=bad)


def test_text_longer_than_max_length_is_read_in_chunks() -> None:
    nlp = vn_crimeie.load()
    nlp.max_length = 50
    text = "Đại tá A dự họp.\n" * 10
    with pytest.raises(ValueError, match="max_length"):
        vn_crimeie.make_doc(nlp, text)  # a spaCy Doc is bounded by max_length…
    doc = vn_crimeie.extract(text, nlp=nlp)  # …extract() is not
    assert [e.start for e in doc.by_label("RANK")] == [17 * i for i in range(10)]


def test_to_dict_round_trip_and_json(seed_text) -> None:
    doc = vn_crimeie.extract(seed_text, id="seed-0001")
    data = doc.to_dict()
    assert set(data) >= {"id", "text", "dateline", "entities", "relations"}
    assert Document.from_dict(json.loads(doc.to_json())) == doc


def test_seed_gold_round_trips(seed_gold) -> None:
    doc = Document.from_dict(seed_gold)
    assert doc.to_dict()["entities"] == seed_gold["entities"]
    assert [r.to_dict() for r in doc.relations] == seed_gold["relations"]


def test_shared_seed_gold_round_trips() -> None:
    path = shared_file("seed-gold.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        out = Document.from_dict(gold).to_dict()
        for key in ("id", "text", "dateline", "entities", "relations"):
            assert out[key] == gold[key]


@pytest.mark.parametrize(
    "broken,message",
    [
        ({"entities": []}, "missing key 'text'"),
        ({"text": "Đại tá", "entities": [{"id": "e1", "start": 0, "end": 3, "label": "RANK", "text": "Đại tá"}]}, "does not match"),
        ({"text": "Đại tá", "entities": [{"id": "e1", "start": 0, "end": 6, "label": "CAP_BAC", "text": "Đại tá"}]}, "unknown label"),
        ({"text": "Đại tá", "relations": [{"label": "HAS_RANK", "head": "e1", "tail": "e2"}]}, "unknown entity"),
    ],
)
def test_from_dict_names_the_fault(broken, message) -> None:
    with pytest.raises(ValueError, match=message):
        Document.from_dict(broken)


# -- which way an ambiguous date resolves (prefer) ------------------------------
PREFER_TEXT = "Công an huyện sẽ làm việc với đối tượng vào thứ hai."


@pytest.mark.parametrize(("prefer", "value"), [(None, "2024-03-11"), ("past", "2024-03-11"), ("future", "2024-03-18")])
def test_prefer_reaches_the_date_recogniser(prefer, value: str) -> None:
    doc = vn_crimeie.extract(PREFER_TEXT, dateline="2024-03-13", prefer=prefer)
    assert [e.value["value"] for e in doc.by_label("DATE")] == [value]


def test_prefer_is_a_setting_of_the_pipeline() -> None:
    nlp = vn_crimeie.load(prefer="future")
    assert nlp.config["nlp"]["tokenizer"]["prefer"] == "future"
    doc = vn_crimeie.extract(PREFER_TEXT, dateline="2024-03-13", nlp=nlp)
    assert [e.value["value"] for e in doc.by_label("DATE")] == ["2024-03-18"]


def test_bad_prefer_is_named() -> None:
    with pytest.raises(ValueError, match="prefer must be one of .* got 'sau'"):
        vn_crimeie.extract(PREFER_TEXT, prefer="sau")
