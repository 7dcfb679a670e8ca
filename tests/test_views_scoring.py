"""Scoring of the views (statistics rows, people with roles) in vn-crimeie evaluate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vn_crimeie.evaluation import evaluate
from vn_crimeie.evaluation.views import ViewScores

TEXT = "Năm 2023, Công an tỉnh Sơn La bắt 12 đối tượng. Nạn nhân là chị Lò Thị Mai (30 tuổi)."


def _gold() -> dict:
    span = lambda piece: {"start": TEXT.index(piece), "end": TEXT.index(piece) + len(piece), "text": piece}  # noqa: E731
    return {
        "id": "g1", "text": TEXT, "dateline": "2024-01-10",
        "entities": [
            {"id": "e1", "label": "DATE", **span("Năm 2023"), "value": {"type": "DATE", "value": "2023"}},
            {"id": "e2", "label": "ORG", **span("Công an tỉnh Sơn La")},
            {"id": "e3", "label": "NUMBER", **span("12"), "value": {"value": 12}},
            {"id": "e4", "label": "MEASURE", **span("đối tượng")},
            {"id": "e5", "label": "PERSON", **span("Lò Thị Mai")},
            {"id": "e6", "label": "NUMBER", **span("30"), "value": {"value": 30}},
            {"id": "e7", "label": "MEASURE", **span("tuổi")},
        ],
        "relations": [{"label": "QUANTIFIES", "head": "e3", "tail": "e4"}, {"label": "QUANTIFIES", "head": "e6", "tail": "e7"}],
        "statistics": [
            {"number": span("12"), "kind": "count", "statistic": True, "agent": span("Công an tỉnh Sơn La"), "period": span("Năm 2023")},
            {"number": span("30"), "kind": "age", "statistic": False, "agent": None, "period": None},
        ],
        "people": [{"name": "Lò Thị Mai", "role": "victim", "mentions": [span("Lò Thị Mai")]}],
    }


def test_the_library_is_scored_on_statistics_and_people() -> None:
    report = evaluate([_gold()])
    views = report.views
    assert (views.statistics.tp, views.statistics.fp, views.statistics.fn) == (1, 0, 0)
    assert (views.agent.correct, views.period.correct) == (1, 1)
    assert (views.people.tp, views.roles.correct) == (1, 1)
    assert report.to_dict()["views"]["statistics"]["f1"] == 1.0
    assert "statistics rows" in report.to_markdown()


def test_wrong_rows_and_roles_are_counted() -> None:
    gold = _gold()
    pred = json.loads(json.dumps(gold))
    pred["statistics"][0]["agent"] = None            # agent missed
    pred["statistics"][1]["statistic"] = True         # an age called a statistic
    pred["people"][0]["role"] = "suspect"             # wrong role
    pred["people"].append({"role": "official", "mentions": [{"start": 10, "end": 29}]})  # a record with no gold
    scores = ViewScores()
    scores.add(gold, pred)
    assert (scores.statistics.tp, scores.statistics.fp, scores.statistics.fn) == (1, 1, 0)
    assert (scores.agent.correct, scores.agent.matched, scores.period.correct) == (0, 1, 1)
    assert (scores.people.tp, scores.people.fp, scores.roles.correct) == (1, 1, 0)
    assert (scores.officials.tp, scores.officials.fp, scores.officials.fn) == (0, 1, 0)


def test_a_period_phrase_with_its_opener_matches_the_gold_date() -> None:
    gold = {"statistics": [{"number": {"start": 30, "end": 32}, "statistic": True, "agent": None,
                            "period": {"start": 6, "end": 11}}]}
    pred = {"statistics": [{"number": {"start": 30, "end": 32}, "statistic": True, "agent": None,
                            "period": {"start": 0, "end": 22, "text": "Trong 3 năm (2021-2023)"}}]}
    scores = ViewScores()
    scores.add(gold, pred)
    assert scores.period.correct == 1
    pred["statistics"][0]["period"] = {"start": 13, "end": 22, "text": "2021-2023"}
    scores = ViewScores()
    scores.add(gold, pred)
    assert scores.period.correct == 0


def test_the_cli_prints_the_views(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold(), ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "vn_crimeie.cli", "evaluate", str(gold)],
                         capture_output=True, text=True, check=True).stdout
    assert "statistics rows" in out and "people records" in out
