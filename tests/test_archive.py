"""The invariants on real news: a fixed sample of ../shared/data/news-crime.jsonl.

Every 13th article (524 of the 6,800) goes through ``nlp.pipe``; each result
must satisfy the invariants of ``test_properties.check_document``.  A quarter
of the sample is re-extracted with the analysis cache emptied (determinism) and
an eighth as NFD text with ``\\r\\n`` line ends and NBSP spaces (same labels and
values).  The archive is read at run time and never copied; the test is skipped
when it is absent and can be deselected with ``-m "not slow"``.
"""

from __future__ import annotations

import json
import unicodedata

import pytest

import vn_crimeie
from vn_crimeie import Document
from vn_crimeie.pipeline import document_from_doc

from conftest import shared_file
from test_properties import check_document, fresh_extract, labels_and_values

pytestmark = [pytest.mark.slow, pytest.mark.shared]

STEP = 13


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    path = shared_file("news-crime.jsonl")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for i, line in enumerate(f) if i % STEP == 0]


@pytest.fixture(scope="module")
def results(sample, nlp) -> list[Document]:
    docs = nlp.pipe((a["text"] for a in sample), batch_size=16)
    return [document_from_doc(doc, id=a["id"]) for a, doc in zip(sample, docs)]


def test_sample_is_large_enough(sample) -> None:
    assert len(sample) >= 500


def test_every_article_satisfies_the_invariants(sample, results) -> None:
    failures = []
    for article, doc in zip(sample, results):
        try:
            check_document(article["text"], doc)
        except AssertionError as exc:
            failures.append(f"{article['id']}: {exc}")
    assert not failures, "\n".join(failures[:20])


def test_the_archive_yields_entities_of_many_labels(results) -> None:
    labels = {e.label for doc in results for e in doc.entities}
    assert {"RANK", "NUMBER", "DATE"} <= labels, labels
    assert sum(len(doc.entities) for doc in results) > 10 * len(results)


def test_pipe_and_extract_agree_and_are_deterministic(sample, results) -> None:
    for article, doc in list(zip(sample, results))[::4]:
        again = fresh_extract(article["text"], dateline=None)
        again.id = doc.id
        assert again.to_dict() == doc.to_dict(), article["id"]


def _hostile_encoding(text: str) -> str:
    return unicodedata.normalize("NFD", text).replace("\n", "\r\n").replace(" ", "\u00a0")


def test_encoding_variants_of_real_articles(sample, results) -> None:
    failures = []
    for article, doc in list(zip(sample, results))[::8]:
        text = _hostile_encoding(unicodedata.normalize("NFC", article["text"]))
        if unicodedata.normalize("NFC", article["text"]) != article["text"]:
            continue  # compare only articles that arrived in NFC
        other = vn_crimeie.extract(text)
        check_document(text, other)
        if labels_and_values(other) != labels_and_values(doc):
            failures.append(article["id"])
    assert not failures, failures
