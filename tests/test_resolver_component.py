"""The resolver component sets doc.ents as ``doc.ents = …`` would, and each entity's value and source."""

from __future__ import annotations

from spacy.tokens import Span, SpanGroup

import vn_crimeie
from vn_crimeie.pipeline import SPAN_KEY

_ENT_ATTRS = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]


def test_entities_are_set_as_the_ents_setter_sets_them() -> None:
    nlp = vn_crimeie.load()
    doc = nlp("Sáng 5/3, Đại tá Lê Văn Minh, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An, chỉ đạo bắt 3 đối tượng.")
    again = nlp.make_doc(doc.text)
    again.ents = [Span(again, e.start, e.end, label=e.label_) for e in doc.ents]
    assert (doc.to_array(_ENT_ATTRS) == again.to_array(_ENT_ATTRS)).all()
    assert [(e.text, e.label_) for e in doc.ents][:3] == [("Sáng 5/3", "DATE"), ("Đại tá", "RANK"), ("Lê Văn Minh", "PERSON")]
    assert all(e._.source for e in doc.ents)
    assert doc.ents[0]._.value["value"].endswith("-03-05TMO")


def test_a_candidate_given_twice_takes_the_value_of_the_last_one() -> None:
    nlp = vn_crimeie.load()
    doc = nlp.make_doc("Công an tỉnh Nghệ An họp.")
    spans = [doc.char_span(0, 20, label="ORG"), doc.char_span(0, 20, label="ORG")]
    meta = [{"value": {"n": 1}, "source": "a", "priority": 5}, {"value": {"n": 2}, "source": "a", "priority": 5}]
    doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans, attrs={"meta": meta})
    doc = nlp.get_pipe("vn_crimeie_resolver")(doc)
    assert [(e.text, e._.value, e._.source) for e in doc.ents] == [("Công an tỉnh Nghệ An", {"n": 2}, "a")]
    assert doc[0].ent_iob_ == "B" and [t.ent_iob_ for t in doc[-2:]] == ["O", "O"]
