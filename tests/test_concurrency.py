"""One loaded pipeline shared by threads, and the pipeline across processes.

Each Doc carries its own Analysis from the tokenizer to the components (no
state is shared between texts).  Eight threads hammering one pipeline with many
distinct texts, some with a dateline and some without, must give exactly the
results of sequential use.  The pipeline pickles (what ``nlp.pipe(n_process=…)`` needs) and
the unpickled copy extracts the same facts.
"""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import vn_crimeie
from vn_crimeie import Document
from vn_crimeie.pipeline import document_from_doc

from test_properties import SENTENCES, check_document

DATELINES = [None, "2024-03-13T18:02", "2023-12-31"]


def _texts() -> list[str]:
    """Many distinct texts (more than 64), some repeated."""
    out = []
    for i, sentence in enumerate(SENTENCES):
        out.append(sentence)
        out.append(f"{sentence}\n{SENTENCES[(i + 1) % len(SENTENCES)]}")
        out.append(sentence.replace(" ", "\u00a0", 3))
    k = 0
    while len(set(out)) <= 64:
        out.append(f"{SENTENCES[k % len(SENTENCES)]} (Bài {k + 1}/{k + 2})")
        k += 1
    return out + out[:6]


TEXTS = _texts()


def _run(nlp, text: str, dateline: str | None) -> dict:
    doc = vn_crimeie.extract(text, dateline=dateline, nlp=nlp)
    check_document(text, doc)
    return doc.to_dict()


def test_eight_threads_give_the_sequential_results(nlp) -> None:
    jobs = [(t, DATELINES[i % len(DATELINES)]) for i, t in enumerate(TEXTS)]
    sequential = [_run(nlp, t, d) for t, d in jobs]
    assert any(d["entities"] for d in sequential)
    barrier = threading.Barrier(8)

    def work(offset: int) -> list[dict]:
        barrier.wait()  # all threads start together
        order = jobs[offset:] + jobs[:offset]  # each thread walks the jobs from another place
        results = [_run(nlp, t, d) for t, d in order]
        return results[len(jobs) - offset :] + results[: len(jobs) - offset]

    with ThreadPoolExecutor(max_workers=8) as pool:
        per_thread = list(pool.map(work, range(0, 8 * 3, 3)))
    for results in per_thread:
        assert results == sequential


def test_threads_through_the_default_pipeline() -> None:
    text = SENTENCES[0]
    expected = vn_crimeie.extract(text, dateline="2024-03-13").to_dict()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: vn_crimeie.extract(text, dateline="2024-03-13").to_dict(), range(32)))
    assert all(r == expected for r in results)


def test_components_drop_the_analysis_after_use(nlp) -> None:
    from vn_crimeie.tokenizer import attached_analysis

    doc = nlp.make_doc(TEXTS[0])
    assert attached_analysis(doc) is not None  # the tokenizer hands it on
    doc = nlp(doc)
    assert attached_analysis(doc) is None  # the relation component, last to read it, dropped it
    assert doc.to_bytes()  # and the Doc ships as any other


def test_pipeline_pickles_and_the_copy_extracts_the_same(nlp) -> None:
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.pipe_names == nlp.pipe_names
    for text in SENTENCES[:4]:
        assert _run(copy, text, "2024-03-13") == _run(nlp, text, "2024-03-13")


def test_documents_pickle() -> None:
    doc = vn_crimeie.extract(SENTENCES[0], dateline="2024-03-13")
    assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_matches_extract(nlp, n_process: int) -> None:
    texts = SENTENCES[:6]
    expected = [document_from_doc(nlp(t)).to_dict() for t in texts]
    got = [d.to_dict() for d in vn_crimeie.extract_many(texts, nlp=nlp, n_process=n_process, batch_size=2)]
    assert got == expected
