"""The archive's round gold kept as standoff (benchmarks/archive_gold.py): no text stored, joined back exactly.

The round trip is checked on the project's own gold (corpus/test.jsonl, dantri articles);
the stored rounds are joined with the archive when ../shared is present, and checked
for their shape (no text of an article) on any machine.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from vn_crimeie.evaluation.validate import validate_documents

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import archive_gold  # noqa: E402

from conftest import shared_file  # noqa: E402


def _test_docs() -> list[dict]:
    with (ROOT / "corpus" / "test.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _texts_in(value: object) -> list[str]:
    """Every string stored under a key named ``text`` or ``name``, at any depth."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k in ("text", "name") and isinstance(v, str)] + [s for v in value.values() for s in _texts_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in _texts_in(v)]
    return []


def test_standoff_holds_no_text_of_the_article():
    doc = next(d for d in _test_docs() if d["id"] == "dantri-news_society_213")
    line = archive_gold.strip(doc)
    assert _texts_in(line) == []
    dumped = json.dumps(line, ensure_ascii=False)
    assert "Công an huyện Gio Linh" not in dumped and "Tạ Quang Đức" not in dumped
    assert line["sha256"] == archive_gold.fingerprint(doc["text"]) and line["length"] == len(doc["text"])


@pytest.mark.parametrize("doc", _test_docs(), ids=lambda d: d["id"])
def test_join_gives_back_the_gold(doc):
    joined = archive_gold.join(archive_gold.strip(doc), doc["text"])
    assert [(e["start"], e["end"], e["label"], e["text"]) for e in joined["entities"]] == [
        (e["start"], e["end"], e["label"], e["text"]) for e in doc["entities"]]
    assert joined["relations"] == doc["relations"]
    for got, want in zip(joined["statistics"], doc.get("statistics") or []):
        for key in ("number", "measure", "agent", "period"):
            assert (got[key] or {}).get("start") == (want.get(key) or {}).get("start")
        assert (got["statistic"], got["kind"]) == (want["statistic"], want["kind"])
    assert [[m["start"] for m in p["mentions"]] for p in joined["people"]] == [
        [m["start"] for m in p["mentions"]] for p in doc.get("people") or []]
    assert [p["role"] for p in joined["people"]] == [p["role"] for p in doc.get("people") or []]


def test_join_refuses_another_text():
    doc = _test_docs()[0]
    line = archive_gold.strip(doc)
    with pytest.raises(ValueError, match="not the annotated one"):
        archive_gold.join(line, doc["text"].replace("Công an", "Cong an", 1))


def test_stored_rounds_hold_no_text():
    lines = archive_gold.standoff_lines()
    assert lines, "corpus/archive holds the stored rounds"
    for line in lines:
        assert _texts_in(line) == [], line["archive_id"]
        assert set(line) == {"archive_id", "length", "sha256", "meta", "entities", "relations", "statistics", "people"}


def test_stored_rounds_join_with_the_archive():
    archive = shared_file("news-crime.jsonl")
    docs = list(archive_gold.gold_documents(archive=archive))
    assert len(docs) == len(archive_gold.standoff_lines())
    assert [str(f) for f in validate_documents(docs, "archive rounds", gold=True)] == []
