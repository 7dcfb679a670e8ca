"""Documents made in worker processes: ``extract_many(n_process=N)`` and ``vn-crimeie extract --jobs N``."""

from __future__ import annotations

import multiprocessing

import pytest
from spacy.language import Language

import vn_crimeie
from vn_crimeie import workers
from vn_crimeie.document import Document
from vn_crimeie.inputs import InputError

TEXTS = [
    "Sáng 12/5, Thượng tá Trần Văn Bình, Phó Trưởng Công an huyện Đông Anh, cho biết đã bắt giữ 3 đối tượng.",
    "Đại tá Nguyễn Hữu Phước chủ trì hội nghị tại trụ sở Công an tỉnh Nghệ An.",
    "Năm 2023, Đại úy Vũ Hoàng Long phát hiện 12 vụ đánh bạc trên địa bàn.",
    "Công an xã Yên Lạc bắt Hoàng Văn Quýtxanh cùng 987.654 viên ma túy tổng hợp.",
    "Thiếu tướng Phạm Quốc Huy dự lễ ra quân tại Hà Nội.",
]


@Language.component("vn_crimeie_test_fuse")
def _fuse(doc):
    """A component that fails on one text, to see how a worker's failure comes back."""
    if "nổ tung" in doc.text:
        raise ValueError("cầu chì nổ tung")
    return doc


def _dicts(docs) -> list[dict]:
    return [d.to_dict() for d in docs]


@pytest.mark.parametrize("n_process", [2, -1])
def test_extract_many_in_workers_equals_one_process(nlp, n_process: int) -> None:
    expected = _dicts(vn_crimeie.extract_many(TEXTS, nlp=nlp))
    got = _dicts(vn_crimeie.extract_many(TEXTS * 3, nlp=nlp, n_process=n_process, batch_size=2))
    assert got == expected * 3  # same Documents, in input order
    assert {"Thượng tá", "Đại tá", "Đại úy", "Thiếu tướng"} <= {e["text"] for d in got for e in d["entities"] if e["label"] == "RANK"}


def test_worker_documents_leave_the_parents_vocabulary_alone() -> None:
    nlp = vn_crimeie.load()
    nlp("Công an tỉnh họp.")  # the parent's one warm-up sentence (models loaded before forking)
    before = len(nlp.vocab.strings)
    docs = list(vn_crimeie.extract_many(TEXTS, nlp=nlp, n_process=2))
    assert {"text": "987.654", "value": {"value": 987654}}.items() <= next(
        e.to_dict() for e in docs[3].entities if e.label == "NUMBER"
    ).items()
    assert "Hoàng Văn Quýtxanh" not in nlp.vocab.strings and "987.654" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == before


def test_a_text_a_worker_fails_on_raises_with_the_original_error() -> None:
    nlp = vn_crimeie.load()
    nlp.add_pipe("vn_crimeie_test_fuse")
    texts = [TEXTS[0], "Đường dây điện nổ tung lúc 3 giờ sáng.", TEXTS[1]]
    with pytest.raises(RuntimeError, match=r"ValueError: cầu chì nổ tung"):
        list(vn_crimeie.extract_many(texts, nlp=nlp, n_process=2, batch_size=1))


def test_failures_and_read_errors_come_back_in_their_place() -> None:
    nlp = vn_crimeie.load()
    nlp.add_pipe("vn_crimeie_test_fuse")
    unreadable = InputError("bai-02.txt: not UTF-8")
    items = [("bai-00.txt", TEXTS[0]), ("bai-01.txt", "Kho pháo nổ tung."), ("bai-02.txt", unreadable), ("bai-03.txt", TEXTS[4])]
    got = list(workers.documents_in_workers(nlp, items, dateline="2024-05-12", jobs=2, batch_size=2))
    assert [key for key, _ in got] == ["bai-00.txt", "bai-01.txt", "bai-02.txt", "bai-03.txt"]
    first, failed, passed_through, last = (value for _, value in got)
    assert isinstance(first, Document) and first.id == "bai-00.txt" and first.dateline == "2024-05-12"
    assert isinstance(failed, RuntimeError) and "cầu chì nổ tung" in str(failed)
    assert passed_through is unreadable
    assert isinstance(last, Document) and [e.text for e in last.entities if e.label == "RANK"] == ["Thiếu tướng"]


@pytest.mark.parametrize(("kwargs", "message"), [({"n_process": 0}, "n_process must be at least 1"), ({"n_process": -2}, "n_process")])
def test_bad_process_counts_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(vn_crimeie.extract_many(TEXTS[:1], **kwargs))


def test_bad_batch_size_is_refused(nlp) -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        list(workers.documents_in_workers(nlp, [("a", TEXTS[0])], batch_size=0))


def test_spawned_workers_get_the_callers_pipeline(monkeypatch) -> None:
    """Under spawn (macOS, Windows) the workers import vn_crimeie afresh and are sent the caller's pipeline."""
    spawn = multiprocessing.get_context("spawn")

    class SpawnOnly:
        @staticmethod
        def get_start_method() -> str:
            return "spawn"

        @staticmethod
        def get_context():
            return spawn

    monkeypatch.setattr(workers, "multiprocessing", SpawnOnly)
    nlp = vn_crimeie.load()
    nlp.add_pipe("vn_crimeie_test_fuse")  # only this pipeline has it: a default one would not fail
    got = list(workers.documents_in_workers(nlp, [("a", TEXTS[1]), ("b", "Bình gas nổ tung.")], jobs=2, batch_size=1))
    assert isinstance(got[0][1], Document) and [e.text for e in got[0][1].entities if e.label == "RANK"] == ["Đại tá"]
    assert isinstance(got[1][1], RuntimeError) and "cầu chì nổ tung" in str(got[1][1])
