"""The batch engine: ``extract_many`` and ``documents`` in one process or N, memory zones."""

from __future__ import annotations

import itertools
import multiprocessing
import types

import pytest
from spacy.language import Language

import vn_crimeie
from vn_crimeie import batch
from vn_crimeie.batch import MemoryZones, documents, extract_many
from vn_crimeie.document import Document
from vn_crimeie.inputs import InputError

TEXTS = [
    "Sáng 12/5, Thượng tá Trần Văn Bình, Phó Trưởng Công an huyện Đông Anh, cho biết đã bắt giữ 3 đối tượng.",
    "Đại tá Nguyễn Hữu Phước chủ trì hội nghị tại trụ sở Công an tỉnh Nghệ An.",
    "Năm 2023, Đại úy Vũ Hoàng Long phát hiện 12 vụ đánh bạc trên địa bàn.",
    "Công an xã Yên Lạc bắt Hoàng Văn Quýtxanh cùng 987.654 viên ma túy tổng hợp.",
    "Thiếu tướng Phạm Quốc Huy dự lễ ra quân tại Hà Nội.",
]
# Each text brings a made-up name word the vocabulary has never seen.
NEW_NAMES = {
    "Đại tá Lê Văn Ấtmột chủ trì hội nghị.": "Lê Văn Ấtmột",
    "Thiếu tá Hà Văn Bínhhai bắt 3 đối tượng.": "Hà Văn Bínhhai",
    "Trung úy Đỗ Thị Canhba lập biên bản 2 vụ việc.": "Đỗ Thị Canhba",
}


@Language.component("vn_crimeie_test_fuse")
def _fuse(doc):
    """A component that fails on one text, to see how a failure comes back."""
    if "nổ tung" in doc.text:
        raise ValueError("cầu chì nổ tung")
    return doc


def _dicts(docs) -> list[dict]:
    return [d.to_dict() for d in docs]


def _fused_pipeline():
    nlp = vn_crimeie.load()
    nlp.add_pipe("vn_crimeie_test_fuse")
    return nlp


# --------------------------------------------------------------------------- extract_many


@pytest.mark.parametrize("n_process", [2, -1])
def test_extract_many_in_workers_equals_one_process(nlp, n_process: int) -> None:
    expected = _dicts(extract_many(TEXTS, nlp=nlp))
    got = _dicts(extract_many(TEXTS * 3, nlp=nlp, n_process=n_process, batch_size=2))
    assert got == expected * 3  # same Documents, in input order
    assert {"Thượng tá", "Đại tá", "Đại úy", "Thiếu tướng"} <= {e["text"] for d in got for e in d["entities"] if e["label"] == "RANK"}


@pytest.mark.parametrize("n_process", [1, 2])
def test_datelines_and_ids_travel_with_their_texts(nlp, n_process: int) -> None:
    texts = ["Chiều 13/3, Đại tá Lê Văn A dự họp.", "Ngày 5/2, Công an tỉnh bắt 5 đối tượng.", "Sáng nay, Thiếu tá Hà Văn B trực ban."]
    datelines = ["2024-03-13T18:02", None, "2023-11-20"]
    got = list(extract_many(texts, datelines=datelines, ids=["a", "b", "c"], nlp=nlp, n_process=n_process, batch_size=1))
    assert _dicts(got) == [vn_crimeie.extract(t, d, id=i, nlp=nlp).to_dict() for t, d, i in zip(texts, datelines, "abc")]
    assert [(d.id, d.dateline) for d in got] == [("a", "2024-03-13T18:02"), ("b", None), ("c", "2023-11-20")]
    assert [e.value["value"] for e in got[0].entities if e.label == "DATE"] == ["2024-03-13TAF"]
    assert getattr(nlp.tokenizer, "dateline", None) is None  # nothing set on the pipeline


@pytest.mark.parametrize("kwargs", [{"ids": ["a"]}, {"datelines": ["2024-03-13", None, None]}])
def test_ids_and_datelines_must_be_as_long_as_the_texts(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="ids and datelines must be as long as texts"):
        list(extract_many(TEXTS[:2], **kwargs))


def test_worker_documents_leave_the_parents_vocabulary_alone() -> None:
    nlp = vn_crimeie.load()
    nlp("Công an tỉnh họp.")  # the parent's one warm-up sentence (models loaded before forking)
    before = len(nlp.vocab.strings)
    docs = list(extract_many(TEXTS, nlp=nlp, n_process=2))
    assert {"text": "987.654", "value": {"value": 987654}}.items() <= next(
        e.to_dict() for e in docs[3].entities if e.label == "NUMBER"
    ).items()
    assert "Hoàng Văn Quýtxanh" not in nlp.vocab.strings and "987.654" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == before


@pytest.mark.parametrize(("n_process", "error"), [(1, ValueError), (2, RuntimeError)])
def test_a_text_that_fails_raises_naming_the_original_error(n_process: int, error: type) -> None:
    texts = [TEXTS[0], "Đường dây điện nổ tung lúc 3 giờ sáng.", TEXTS[1]]
    made = extract_many(texts, nlp=_fused_pipeline(), n_process=n_process, batch_size=1)
    assert [e.text for e in next(made).entities if e.label == "RANK"] == ["Thượng tá"]  # the one before still comes
    with pytest.raises(error, match=r"cầu chì nổ tung"):
        next(made)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_non_text_is_a_type_error_in_its_place(nlp, n_process: int) -> None:
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        list(extract_many([TEXTS[0], "Đại tá".encode()], nlp=nlp, n_process=n_process))


@pytest.mark.parametrize(("kwargs", "message"), [({"n_process": 0}, "n_process must be at least 1"), ({"n_process": -2}, "n_process")])
def test_bad_process_counts_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(extract_many(TEXTS[:1], **kwargs))


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize(("n_process", "error"), [(1, ValueError), (2, RuntimeError)])
def test_failures_and_read_errors_come_back_in_their_place(n_process: int, error: type) -> None:
    unreadable = InputError("bai-02.txt: not UTF-8")
    items = [
        ("bai-00.txt", TEXTS[0], "2024-05-12"),
        ("bai-01.txt", "Kho pháo nổ tung.", None),
        ("bai-02.txt", unreadable, None),
        ("bai-03.txt", None, None),
        ("bai-04.txt", TEXTS[4], None),
    ]
    got = list(documents(items, nlp=_fused_pipeline(), n_process=n_process, batch_size=2))
    assert [key for key, _ in got] == [f"bai-0{i}.txt" for i in range(5)]
    first, failed, passed_through, not_text, last = (value for _, value in got)
    assert isinstance(first, Document) and first.id == "bai-00.txt" and first.dateline == "2024-05-12"
    assert isinstance(failed, error) and "cầu chì nổ tung" in str(failed)
    assert passed_through is unreadable
    assert isinstance(not_text, TypeError) and "not NoneType" in str(not_text)
    assert isinstance(last, Document) and [e.text for e in last.entities if e.label == "RANK"] == ["Thiếu tướng"]


def test_items_are_read_lazily_with_a_bounded_number_of_batches_in_flight(nlp) -> None:
    read = 0

    def endless():
        nonlocal read
        for i in itertools.count():
            read += 1
            yield i, f"Đại úy Lê Văn Số{i} bắt {i} đối tượng.", None

    made = documents(endless(), nlp=nlp, n_process=2, batch_size=2)
    first = [document.id for _, document in itertools.islice(made, 5)]
    made.close()
    assert first == [None] * 5  # keys that are not strings are no ids
    assert read <= (batch.BATCHES_IN_FLIGHT * 2 + 2) * 2


def test_bad_batch_size_is_refused(nlp) -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        documents([("a", TEXTS[0], None)], nlp=nlp, batch_size=0)


def _workers_started_by(monkeypatch, get_context) -> None:
    """The pools of ``batch`` come from ``get_context()`` (a start method, or what happens as a pool starts)."""
    monkeypatch.setattr(batch, "multiprocessing", types.SimpleNamespace(get_context=get_context))


def test_spawned_workers_get_the_callers_pipeline(monkeypatch) -> None:
    """Under spawn (macOS, Windows) the workers import vn_crimeie afresh and are sent the caller's pipeline."""
    _workers_started_by(monkeypatch, lambda: multiprocessing.get_context("spawn"))
    items = [("a", TEXTS[1], None), ("b", "Bình gas nổ tung.", None)]
    got = list(documents(items, nlp=_fused_pipeline(), n_process=2, batch_size=1))  # only this pipeline fails
    assert isinstance(got[0][1], Document) and [e.text for e in got[0][1].entities if e.label == "RANK"] == ["Đại tá"]
    assert isinstance(got[1][1], RuntimeError) and "cầu chì nổ tung" in str(got[1][1])


def test_an_abandoned_run_does_not_take_the_pipeline_from_a_new_one(nlp, monkeypatch) -> None:
    """A run left half-read is closed when the garbage collector likes, even while another run starts its pool."""
    abandoned = extract_many(TEXTS, nlp=nlp, n_process=2, batch_size=1)
    next(abandoned)

    def collected_while_starting():
        abandoned.close()  # the old run's clean-up, just before the new pool forks its workers
        return multiprocessing.get_context("fork")

    _workers_started_by(monkeypatch, collected_while_starting)
    fresh = extract_many(TEXTS[1:3], nlp=nlp, n_process=2, batch_size=1)
    assert [[e.text for e in d.entities if e.label == "RANK"] for d in fresh] == [["Đại tá"], ["Đại úy"]]
    assert batch._NLP is None  # the parent keeps no pipeline in module state


# --------------------------------------------------------------------------- memory zones


@pytest.mark.parametrize("memory_zones", [True, False])
def test_in_process_words_are_freed_only_in_memory_zones(memory_zones: bool) -> None:
    nlp = vn_crimeie.load()
    items = [(f"t{i}", text, None) for i, text in enumerate(NEW_NAMES)]
    got = [document for _, document in documents(items, nlp=nlp, memory_zones=memory_zones)]
    assert [[e.text for e in d.entities if e.label == "PERSON"] for d in got] == [[name] for name in NEW_NAMES.values()]
    assert [name in nlp.vocab.strings for name in NEW_NAMES.values()] == [not memory_zones] * 3


def test_a_zone_the_caller_opened_is_not_nested() -> None:
    nlp = vn_crimeie.load()
    items = [(None, text, None) for text in NEW_NAMES]
    with nlp.memory_zone():
        got = [document for _, document in documents(items, nlp=nlp, memory_zones=True)]
        assert all(name in nlp.vocab.strings for name in NEW_NAMES.values())  # the caller's zone is still open
    assert not any(name in nlp.vocab.strings for name in NEW_NAMES.values())
    assert [e.value for e in got[1].entities if e.label == "NUMBER"] == [{"value": 3}]


def test_words_are_freed_when_each_zone_is_renewed() -> None:
    nlp = vn_crimeie.load()
    made = []
    with MemoryZones(nlp, every=2) as zones:
        for text in NEW_NAMES:
            with zones.document():
                made.append(vn_crimeie.document_from_doc(nlp(text)))
        # the first zone (two documents) is closed; the third document's zone is still open
        assert [name in nlp.vocab.strings for name in NEW_NAMES.values()] == [False, False, True]
    assert not any(name in nlp.vocab.strings for name in NEW_NAMES.values())
    # the Documents outlive their zones, whole
    assert [[e.text for e in d.entities if e.label == "PERSON"] for d in made] == [[name] for name in NEW_NAMES.values()]


def test_a_failing_document_counts_and_the_zone_still_closes() -> None:
    nlp = vn_crimeie.load()
    texts = list(NEW_NAMES)
    with MemoryZones(nlp, every=1) as zones:
        with pytest.raises((TypeError, ValueError)):
            with zones.document():
                nlp(texts[0])
                nlp(None)  # type: ignore[arg-type]
        assert "Lê Văn Ấtmột" not in nlp.vocab.strings  # zone of one document: closed after the failure
        with zones.document():
            vn_crimeie.document_from_doc(nlp(texts[1]))
    assert "Hà Văn Bínhhai" not in nlp.vocab.strings


def test_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="every must be at least 1"):
        MemoryZones(vn_crimeie.load(), every=0)
