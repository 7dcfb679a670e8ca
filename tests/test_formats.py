"""Round trips through the annotation-tool formats: what a format can carry comes back identical."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vn_crimeie.evaluation import formats
from vn_crimeie.evaluation.formats import brat, conll, doccano, label_studio, spacy_docbin
from vn_crimeie.evaluation.formats.tokens import token_spans, words_and_spaces
from linearity import assert_linear, prefix_maker

ROOT = Path(__file__).resolve().parent.parent
# corpus/archive holds standoff lines (no text), checked by tests/test_archive_gold.py
CORPUS_FILES = sorted(p for p in (ROOT / "corpus").glob("**/*.jsonl") if "archive" not in p.relative_to(ROOT / "corpus").parts)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_docs() -> list[dict[str, Any]]:
    return load(ROOT / "corpus" / "seed.jsonl")


def entities(doc: dict[str, Any], *, ids: bool = True, values: bool = True) -> list[tuple]:
    out = []
    for e in doc["entities"]:
        row = (e["start"], e["end"], e["label"], doc["text"][e["start"]:e["end"]])
        if ids:
            row += (e["id"],)
        if values:
            row += (json.dumps(e.get("value"), sort_keys=True),)
        out.append(row)
    return sorted(out)


def relations(doc: dict[str, Any]) -> list[tuple]:
    """Relations by the spans of their arguments, so that renamed ids still compare."""
    spans = {e["id"]: (e["start"], e["end"], e["label"]) for e in doc["entities"]}
    return sorted((r["label"], spans[r["head"]], spans[r["tail"]]) for r in doc["relations"])


# (format, carries values, carries dateline, carries relations, carries entity ids)
CAPABILITIES = [
    ("jsonl", True, True, True, True),
    ("label-studio", True, True, True, True),
    ("doccano", False, True, True, True),
    ("brat", True, True, True, True),
    ("spacy", True, True, True, True),
]


@pytest.mark.parametrize("fmt, values, dateline, rels, ids", CAPABILITIES)
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_round_trip_keeps_what_the_format_carries(tmp_path: Path, path: Path, fmt: str, values: bool,
                                                  dateline: bool, rels: bool, ids: bool) -> None:
    docs = load(path)
    target = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
    formats.write(docs, target, fmt)
    back = formats.read(target, fmt)
    if fmt == "brat":  # read in file-name order
        back.sort(key=lambda d: [x["id"] for x in docs].index(d["id"]))
    assert [d["id"] for d in back] == [d["id"] for d in docs]
    for original, copy in zip(docs, back):
        assert copy["text"] == original["text"]
        assert entities(copy, ids=ids, values=values) == entities(original, ids=ids, values=values)
        if rels:
            assert relations(copy) == relations(original)
        if dateline:
            assert copy.get("dateline") == original.get("dateline")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_conll_round_trip_with_and_without_texts(tmp_path: Path, path: Path) -> None:
    docs = load(path)
    target = tmp_path / "out.conll"
    conll.write(docs, target)
    texts = {str(d["id"]): d["text"] for d in docs}
    back = conll.read(target, texts=texts)
    for original, copy in zip(docs, back):
        assert copy["text"] == original["text"]
        assert entities(copy, ids=False, values=False) == entities(original, ids=False, values=False)
    rebuilt = conll.read(target)
    for original, copy in zip(docs, rebuilt):
        # Without the texts, white space is rebuilt: the entity words and labels still come back.
        got = [(e["label"], e["text"].split()) for e in copy["entities"]]
        want = [(e["label"], " ".join(t for t in _tokens(e["text"])).split())
                for e in sorted(original["entities"], key=lambda e: e["start"])]
        assert got == want


def _tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in token_spans(text)]


def test_conll_bio_tags_on_own_sentence() -> None:
    text = "Sáng 12/5, Thượng úy Đỗ Minh K bắt 2 đối tượng."
    ents = [("Sáng 12/5", "DATE"), ("Thượng úy", "RANK"), ("Đỗ Minh K", "PERSON"), (" 2 ", "NUMBER"),
            ("đối tượng", "MEASURE")]
    doc = {"id": "x", "text": text, "entities": [
        {"id": f"e{i}", "start": text.index(s) + len(s) - len(s.lstrip()),
         "end": text.index(s) + len(s.rstrip()), "label": lab}
        for i, (s, lab) in enumerate(ents, 1)]}
    rows = [line.split("\t") for line in conll.to_conll([doc]).splitlines()[1:] if line]
    assert rows[:5] == [["Sáng", "B-DATE"], ["12", "I-DATE"], ["/", "I-DATE"], ["5", "I-DATE"], [",", "O"]]
    assert ["2", "B-NUMBER"] in rows and ["đối", "B-MEASURE"] in rows and ["tượng", "I-MEASURE"] in rows


def test_conll_reports_bad_tag_with_line() -> None:
    with pytest.raises(ValueError, match=r"<conll>:3: tag 'X-RANK'"):
        conll.from_conll("# doc_id = a\nĐại\tB-RANK\ntá\tX-RANK\n")


def test_conll_adjacent_entities_of_same_label_stay_apart() -> None:
    text = "Trợ lý Thư ký"
    doc = {"id": "a", "text": text, "entities": [
        {"id": "e1", "start": 0, "end": 6, "label": "TITLE"}, {"id": "e2", "start": 7, "end": 13, "label": "TITLE"}]}
    back = conll.from_conll(conll.to_conll([doc]), {"a": text})[0]
    assert [(e["start"], e["end"]) for e in back["entities"]] == [(0, 6), (7, 13)]


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội\r\n\r\nTP  HCM",
        "  Đại tá A \n",
        "Công an tỉnh Nghệ An\u00a0(CA)\tđã bắt 3 đối tượng.",
        "",
    ],
)
def test_spacy_doc_text_is_exact(text: str) -> None:
    doc = spacy_docbin.to_spacy({"id": "t", "text": text, "entities": []})
    assert doc.text == text
    words, spaces = words_and_spaces(text, token_spans(text))
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text


def test_spacy_keeps_overlapping_candidates_in_spans() -> None:
    text = "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"
    org = {"id": "e1", "start": 0, "end": len(text), "label": "ORG", "text": text}
    candidates = [{"start": 0, "end": len(text), "label": "ORG"},
                  {"start": text.index("Nghệ"), "end": len(text), "label": "LOC"}]
    docs = spacy_docbin.from_docbin(spacy_docbin.to_docbin([
        {"id": "c", "text": text, "entities": [org], "relations": [], "candidates": candidates}]))
    assert [(c["label"], c["text"]) for c in docs[0]["candidates"]] == [("ORG", text), ("LOC", "Nghệ An")]
    assert [e["text"] for e in docs[0]["entities"]] == [text]


def test_spacy_rejects_overlapping_entities() -> None:
    text = "Công an Hà Nội"
    ents = [{"id": "e1", "start": 0, "end": 14, "label": "ORG"}, {"id": "e2", "start": 8, "end": 14, "label": "LOC"}]
    with pytest.raises(ValueError, match="'o'"):
        spacy_docbin.to_spacy({"id": "o", "text": text, "entities": ents})


def test_brat_span_over_line_break_is_fragmented(tmp_path: Path) -> None:
    text = "Ban Chỉ đạo\nKế hoạch 131 họp"
    doc = {"id": "b/1", "text": text, "entities": [{"id": "e1", "start": 0, "end": 24, "label": "ORG"}],
           "relations": []}
    ann = brat.to_ann(doc)
    assert ann.split("\t")[1] == "ORG 0 11;12 24"
    brat.write([doc], tmp_path)
    assert (tmp_path / "b_1.txt").read_bytes() == text.encode("utf-8")
    assert "HAS_RANK\tArg1:PERSON, Arg2:RANK" in (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    (back,) = brat.read(tmp_path)
    assert (back["id"], back["entities"][0]["end"]) == ("b_1", 24)


def test_brat_error_names_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"x\.ann:2: cannot read"):
        brat.from_ann("x", "Hà Nội", "T1\tLOC 0 6\tHà Nội\nT2\tLOC 0 99\tHà\n", "x.ann")


def test_label_studio_left_relation_and_cancelled_annotation() -> None:
    text = "Đại úy Phan Văn D"
    region = lambda rid, s, e, lab: {"id": rid, "type": "labels", "from_name": "label", "to_name": "text",  # noqa: E731
                                     "value": {"start": s, "end": e, "labels": [lab]}}
    task = {"data": {"text": text}, "annotations": [
        {"result": [region("a", 0, 6, "RANK"), region("b", 7, 17, "PERSON"),
                    {"type": "relation", "from_id": "a", "to_id": "b", "direction": "left", "labels": ["HAS_RANK"]}]},
        {"was_cancelled": True, "result": []},
    ]}
    (doc,) = label_studio.from_label_studio([task])
    assert doc["relations"] == [{"label": "HAS_RANK", "head": "b", "tail": "a"}]
    assert [e["text"] for e in doc["entities"]] == ["Đại úy", "Phan Văn D"]
    assert 'value="$text"' in label_studio.label_config()


def test_doccano_sequence_labelling_export() -> None:
    rec = {"id": 7, "text": "Bắt 5 đối tượng", "label": [[4, 5, "NUMBER"], [6, 15, "MEASURE"]]}
    (doc,) = doccano.from_doccano([rec])
    assert doc["id"] == 7
    assert [(e["label"], e["text"]) for e in doc["entities"]] == [("NUMBER", "5"), ("MEASURE", "đối tượng")]


def test_doccano_non_numeric_ids_are_renumbered() -> None:
    text = "Trung tá Vi Văn E"
    doc = {"id": "d", "text": text, "entities": [{"id": "rank", "start": 0, "end": 8, "label": "RANK"},
                                                 {"id": "who", "start": 9, "end": 17, "label": "PERSON"}],
           "relations": [{"label": "HAS_RANK", "head": "who", "tail": "rank"}]}
    rec = doccano.to_doccano(doc)
    assert [e["id"] for e in rec["entities"]] == [1, 2]
    assert rec["relations"] == [{"id": 1, "from_id": 2, "to_id": 1, "type": "HAS_RANK"}]
    assert relations(doccano.from_doccano([rec])[0]) == relations(doc)


def test_unknown_format_is_named() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        formats.read("x", "xml")


@pytest.mark.parametrize(
    "text",
    ["1." * 50_000, "9" * 100_000, "Đại Tá " * 20_000, ". " * 50_000, "\n" * 50_000],
    ids=["digit-dots", "digits", "capitalised-words", "dot-spaces", "line-breaks"],
)
def test_tokens_and_conll_are_linear_on_adversarial_text(text: str) -> None:
    def convert(text: str) -> None:
        spans = token_spans(text, cuts=range(0, len(text), 7))
        words, spaces = words_and_spaces(text, spans)
        conll.to_conll([{"id": "a", "text": text, "entities": []}])
        assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text

    convert(text)
    assert_linear(convert, prefix_maker(text))


META = {"source": "https://dantri.com.vn/phap-luat/bat-doi-tuong-trom-cap-20240313.htm", "licence": "GPL-3.0"}
CITED_TEXT = "Chiều 13/3, Thượng tá Hồ Văn Minh cho biết Công an huyện Quỳnh Lưu bắt 3 đối tượng."


def cited_document(**changes: Any) -> dict[str, Any]:
    """A document of our own with ``meta`` (source, licence), a value, a relation and a dateline."""
    def ent(eid: str, surface: str, label: str, **extra: Any) -> dict[str, Any]:
        start = CITED_TEXT.index(surface)
        return {"id": eid, "start": start, "end": start + len(surface), "label": label, "text": surface, **extra}

    doc = {"id": "tin-1", "text": CITED_TEXT, "dateline": "2024-03-13",
           "entities": [ent("e1", "Thượng tá", "RANK"), ent("e2", "Hồ Văn Minh", "PERSON"),
                        ent("e3", "3", "NUMBER", value={"value": 3})],
           "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}], "meta": META}
    return {**doc, **changes}


@pytest.mark.parametrize("fmt", sorted(formats.FORMATS))
def test_every_format_keeps_meta(tmp_path: Path, fmt: str) -> None:
    doc, plain = cited_document(), cited_document(id="tin-2", meta=None)
    del plain["meta"]
    target = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
    formats.write([doc, plain], target, fmt)
    kwargs = {"texts": {d["id"]: d["text"] for d in (doc, plain)}} if fmt == "conll" else {}
    back = formats.read(target, fmt, **kwargs)
    assert [d["id"] for d in back] == ["tin-1", "tin-2"]
    assert back[0]["meta"] == META
    assert "meta" not in back[1]  # no meta is made up for a document without one
    dropped = {"conll": ["dateline", "values", "relations"], "doccano": ["values"]}
    assert formats.lost([doc], fmt) == dropped.get(fmt, [])


def test_label_studio_keeps_meta_in_task_data_and_reads_a_task_meta() -> None:
    (task,) = label_studio.to_label_studio([cited_document()])
    assert task["data"]["meta"] == META and task["data"]["text"] == CITED_TEXT
    exported = {"data": {"text": "Đại úy Phan Văn D"}, "meta": {"licence": "CC-BY-4.0"}, "annotations": []}
    assert label_studio.from_label_studio([exported])[0]["meta"] == {"licence": "CC-BY-4.0"}
    empty = {"data": {"text": "Đại úy Phan Văn D"}, "meta": {}, "annotations": []}  # what Label Studio exports
    assert "meta" not in label_studio.from_label_studio([empty])[0]


def test_what_a_format_cannot_carry_is_named() -> None:
    doc = cited_document(candidates=[{"start": 0, "end": 10, "label": "DATE"}], sentences=[[0, 84]])
    assert formats.lost([doc], "doccano") == ["values", "candidates", "other keys (sentences)"]
    assert formats.lost([doc], "spacy") == ["other keys (sentences)"]
    assert formats.lost([doc], "jsonl") == []
    bare = cited_document(dateline=None, relations=[], entities=[])
    assert formats.lost([bare], "conll") == []  # nothing held, nothing lost


def test_conll_meta_line_that_is_not_json_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"<conll>:2: meta is not JSON"):
        conll.from_conll("# doc_id = a\n# meta = {nguồn}\nĐại\tB-RANK\n")
