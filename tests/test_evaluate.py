"""``evaluate()`` running vn_crimeie itself: through ``extract`` and through a loaded pipeline."""

from __future__ import annotations

import json

import pytest

from vn_crimeie.evaluation import Report, evaluate


def test_extract_and_pipeline_paths_agree(nlp, seed_gold) -> None:
    by_extract = evaluate([seed_gold])
    by_pipeline = evaluate([seed_gold], nlp=nlp)
    assert by_extract.to_dict() == by_pipeline.to_dict()
    assert by_extract.documents == 1 and not by_extract.missing_predictions
    # The seed's four ranks are in the rank table: every one must be found exactly.
    assert by_extract.entities_strict["RANK"].tp == 4


def test_own_article_is_scored_end_to_end() -> None:
    text = "Sáng 12/5, Thượng tá Đinh Văn Q dự hội nghị tại trụ sở Công an tỉnh."
    start = text.index("Thượng tá")
    gold = {"id": "own", "text": text, "dateline": "2024-05-12T10:00", "entities": [
        {"id": "e1", "start": start, "end": start + 9, "label": "RANK", "text": "Thượng tá"}], "relations": []}
    report = evaluate([gold])
    assert report.entities_strict["RANK"].tp == 1
    # Whatever else the library finds is a false positive against this one-entity gold.
    assert Report.micro(report.entities_strict).fn == 0
    json.dumps(report.to_dict())


def test_broken_gold_only_is_reported(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("{]\n", encoding="utf-8")
    report = evaluate(path)
    assert report.documents == 0
    assert report.problems and report.problems[0].startswith(f"gold {path}:1: not valid JSON")


def test_an_nlp_that_is_not_a_pipeline_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="nlp must be a spaCy pipeline .*, not object"):
        evaluate([{"id": "a", "text": "Hà Nội"}], nlp=object())
