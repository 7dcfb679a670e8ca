"""Memory zones renewed every N documents (what keeps the CLI and the workers' memory flat)."""

from __future__ import annotations

import pytest

import vn_crimeie
from vn_crimeie.document import Document
from vn_crimeie.pipeline import document_from_doc
from vn_crimeie.zones import MemoryZones

# Each text brings a made-up name word the vocabulary has never seen.
TEXTS = [
    "Đại tá Lê Văn Ấtmột chủ trì hội nghị.",
    "Thiếu tá Hà Văn Bínhhai bắt 3 đối tượng.",
    "Trung úy Đỗ Thị Canhba lập biên bản 2 vụ việc.",
]
NEW_WORDS = ["Lê Văn Ấtmột", "Hà Văn Bínhhai", "Đỗ Thị Canhba"]  # one token each


def test_words_are_freed_when_each_zone_is_renewed() -> None:
    nlp = vn_crimeie.load()
    documents = []
    with MemoryZones(nlp, every=2) as zones:
        for text in TEXTS:
            with zones.document():
                documents.append(document_from_doc(nlp(text)))
        # the first zone (two documents) is closed; the third document's zone is still open
        assert [w in nlp.vocab.strings for w in NEW_WORDS] == [False, False, True]
    assert not any(w in nlp.vocab.strings for w in NEW_WORDS)
    # the Documents outlive their zones, whole
    assert [[e.text for e in d.entities if e.label == "PERSON"] for d in documents] == [
        ["Lê Văn Ấtmột"],
        ["Hà Văn Bínhhai"],
        ["Đỗ Thị Canhba"],
    ]
    assert [e.value for e in documents[1].entities if e.label == "NUMBER"] == [{"value": 3}]


def test_a_failing_document_counts_and_the_zone_still_closes() -> None:
    nlp = vn_crimeie.load()
    with MemoryZones(nlp, every=1) as zones:
        with pytest.raises((TypeError, ValueError)):
            with zones.document():
                nlp(TEXTS[0])
                nlp(None)  # type: ignore[arg-type]
        assert "Lê Văn Ấtmột" not in nlp.vocab.strings  # zone of one document: closed after the failure
        with zones.document():
            document_from_doc(nlp(TEXTS[1]))
    assert "Hà Văn Bínhhai" not in nlp.vocab.strings


def test_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="every must be at least 1"):
        MemoryZones(vn_crimeie.load(), every=0)
