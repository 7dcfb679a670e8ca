"""vn_crimeie as a spaCy pipeline: factories, serialisation, multiprocessing, displaCy."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy import displacy

import vn_crimeie
from vn_crimeie.pipeline import SPAN_KEY

SENTENCE = "Tại điểm cầu Hải Phòng, Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự, chủ trì hội nghị."


def test_load_gives_a_vietnamese_language(nlp) -> None:
    assert isinstance(nlp, spacy.language.Language)
    assert nlp.lang == "vi"
    assert nlp.pipe_names == ["vn_crimeie_entities", "vn_crimeie_resolver", "vn_crimeie_relations"]


def test_entities_candidates_and_values(nlp) -> None:
    doc = nlp(SENTENCE)
    assert doc.text == SENTENCE
    ranks = [e for e in doc.ents if e.label_ == "RANK"]
    assert [e.text for e in ranks] == ["Thiếu tướng"]
    assert ranks[0]._.value == {"rank": "Thiếu tướng", "grade": "general", "order": 1}
    assert any(s.label_ == "RANK" for s in doc.spans[SPAN_KEY])
    relations = {
        (r["label"], doc.text[r["head"]["start"] : r["head"]["end"]], doc.text[r["tail"]["start"] : r["tail"]["end"]])
        for r in doc._.relations
    }
    assert relations >= {
        ("HAS_RANK", "Vũ Thanh Chương", "Thiếu tướng"),
        ("HAS_TITLE", "Vũ Thanh Chương", "Giám đốc"),
        ("TITLE_OF", "Giám đốc", "CATP"),
        ("PRESENT_AT", "Vũ Thanh Chương", "điểm cầu Hải Phòng"),
    }


def test_blank_pipeline_from_entry_points() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}})
    nlp.add_pipe("vn_crimeie_entities", config={"recognizers": ["ranks"]})
    nlp.add_pipe("vn_crimeie_resolver")
    doc = nlp("Đại uý Nguyễn Văn A, cán bộ Công an huyện.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Đại uý", "RANK")]
    assert doc.ents[0]._.value["rank"] == "Đại úy"


def test_unknown_recogniser_is_named() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}})
    with pytest.raises(ValueError, match="khong_co"):
        nlp.add_pipe("vn_crimeie_entities", config={"recognizers": ["khong_co"]})


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path, seed_text) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names == nlp.pipe_names
    a, b = nlp(seed_text), again(seed_text)
    assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [(e.start_char, e.end_char, e.label_) for e in b.ents]


def test_doc_bytes_round_trip_keeps_values(nlp) -> None:
    doc = nlp(SENTENCE)
    back = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e._.value) for e in back.ents] == [(e.text, e._.value) for e in doc.ents]


def test_pipe_with_two_processes(nlp, seed_text) -> None:
    texts = [seed_text, SENTENCE, "Trung uý Lê Văn B bắt giữ đối tượng."]

    def facts(docs):
        return [([(e.start_char, e.end_char, e.label_, e._.value) for e in d.ents], d._.relations) for d in docs]

    single = facts(nlp.pipe(texts))
    multi = facts(nlp.pipe(texts, n_process=2, batch_size=1))
    assert multi == single
    assert all(ents for ents, _ in single) and single[0][1]


def test_pipeline_pickles(nlp) -> None:
    again = pickle.loads(pickle.dumps(nlp))
    assert [e.text for e in again(SENTENCE).ents] == [e.text for e in nlp(SENTENCE).ents]


def test_displacy_renders_entities(nlp) -> None:
    html = displacy.render(nlp(SENTENCE), style="ent", jupyter=False)
    assert "Thiếu tướng" in html and "RANK" in html


def test_dateline_on_doc(nlp) -> None:
    doc = nlp(vn_crimeie.make_doc(nlp, SENTENCE, dateline="2024-03-13T18:02"))
    assert doc._.dateline == "2024-03-13T18:02"


def test_nlp_evaluate_scores_entities_with_spacys_scorer(nlp, seed_gold) -> None:
    from vn_crimeie.evaluation import spacy_examples

    scores = nlp.evaluate(spacy_examples([seed_gold], nlp))
    assert 0.8 < scores["ents_f"] <= 1.0
    assert scores["ents_per_type"]["RANK"]["f"] == 1.0
    assert scores["ents_per_type"]["DATE"]["r"] > 0.9


def test_colours_for_every_label() -> None:
    from vn_crimeie.candidates import LABELS
    from vn_crimeie.display import COLORS, render

    assert set(COLORS) == set(LABELS)
    html = render(vn_crimeie.extract(SENTENCE), jupyter=False)
    assert COLORS["RANK"] in html and "Thiếu tướng" in html
