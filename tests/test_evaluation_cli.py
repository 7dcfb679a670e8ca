"""``vn-crimeie evaluate | validate | convert`` through the evaluation CLI module."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vn_crimeie.evaluation import cli

TEXT = "Sáng 9/6, Thiếu tá Ngô Văn H dự họp tại trụ sở Công an quận Z."


def ent(eid: str, surface: str, label: str) -> dict:
    start = TEXT.index(surface)
    return {"id": eid, "start": start, "end": start + len(surface), "label": label, "text": surface}


GOLD = {"id": "g1", "text": TEXT, "dateline": None,
        "entities": [ent("e1", "Thiếu tá", "RANK"), ent("e2", "Ngô Văn H", "PERSON"),
                     ent("e3", "trụ sở Công an quận Z", "VENUE")],
        "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"},
                      {"label": "PRESENT_AT", "head": "e2", "tail": "e3"}]}
PRED = {"id": "g1", "text": TEXT,
        "entities": [ent("e1", "Thiếu tá", "RANK"), ent("e2", "Ngô Văn H", "PERSON"),
                     ent("e3", "Công an quận Z", "ORG")],
        "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]}


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vn-crimeie")
    cli.add_parser(parser.add_subparsers(dest="command", required=True))
    return cli.run(parser.parse_args(argv))


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(PRED, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, pred


def test_evaluate_json(files, capsys) -> None:
    gold, pred = files
    assert run(["evaluate", str(gold), "--pred", str(pred), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    # 3 gold, 3 predicted, 2 strict matches; the ORG overlaps the VENUE but has another label.
    assert data["entities_strict"]["micro"]["tp"] == 2
    assert data["entities_strict"]["micro"]["fp"] == 1
    assert data["relations_strict"]["micro"] == {**data["relations_strict"]["micro"], "tp": 1, "fp": 0, "fn": 1}
    venue_errors = data["errors"]["by_label"]["VENUE"]
    assert venue_errors[0]["error"] == "missed" and venue_errors[0]["text"] == "trụ sở Công an quận Z"


def test_evaluate_markdown_with_errors(files, capsys) -> None:
    gold, pred = files
    assert run(["evaluate", str(gold), "--pred", str(pred), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "### Entities, strict" in out and "| VENUE | 0.000 | 0.000 | 0.000 | 0 | 0 | 1 |" in out
    assert "### relation:PRESENT_AT" in out


@pytest.mark.parametrize("which", ["gold", "pred"])
def test_evaluate_unreadable_file(files, tmp_path: Path, capsys, which: str) -> None:
    gold, pred = files
    missing = tmp_path / "không-có.jsonl"
    argv = ["evaluate", str(missing if which == "gold" else gold), "--pred", str(missing if which == "pred" else pred)]
    assert run(argv) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err


def test_evaluate_not_utf8(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "cp1258.jsonl"
    bad.write_bytes('{"id": "a", "text": "Đại tá"}'.encode("utf-16"))
    assert run(["evaluate", str(bad), "--pred", str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_validate_names_file_and_line(files, tmp_path: Path, capsys) -> None:
    gold, _ = files
    broken = tmp_path / "broken.jsonl"
    bad = dict(GOLD, id="g2", relations=[{"label": "HAS_RANK", "head": "e1", "tail": "e2"}])
    broken.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    assert run(["validate", str(gold), str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{gold}: ok" in out
    assert f"{broken}:2: relation 1: HAS_RANK cannot link RANK e1 → PERSON e2" in out


def test_convert_to_brat_and_back(files, tmp_path: Path) -> None:
    gold, _ = files
    assert run(["convert", "--from", "jsonl", "--to", "brat", str(gold), str(tmp_path / "brat")]) == 0
    assert (tmp_path / "brat" / "g1.ann").exists()
    assert run(["convert", "--from", "brat", "--to", "jsonl", str(tmp_path / "brat"), str(tmp_path / "back.jsonl")]) == 0
    back = json.loads((tmp_path / "back.jsonl").read_text(encoding="utf-8"))
    assert [(e["label"], e["text"]) for e in back["entities"]] == [(e["label"], e["text"]) for e in GOLD["entities"]]


def test_convert_conll_with_texts(files, tmp_path: Path) -> None:
    gold, _ = files
    conll = tmp_path / "g.conll"
    assert run(["convert", "--from", "jsonl", "--to", "conll", str(gold), str(conll)]) == 0
    out = tmp_path / "g.jsonl"
    assert run(["convert", "--from", "conll", "--to", "jsonl", "--texts", str(gold), str(conll), str(out)]) == 0
    back = json.loads(out.read_text(encoding="utf-8"))
    assert back["text"] == TEXT
    assert [(e["start"], e["end"]) for e in back["entities"]] == [(e["start"], e["end"]) for e in GOLD["entities"]]


def test_convert_broken_input_is_an_error(tmp_path: Path, capsys) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text('{"id": "a", "text": "Hà Nội"}\n{"id": \n', encoding="utf-8")
    assert run(["convert", "--from", "jsonl", "--to", "doccano", str(src), str(tmp_path / "y.jsonl")]) == 1
    assert f"{src}:2: not valid JSON" in capsys.readouterr().err


def test_main_command_hands_over(files, capsys) -> None:
    main = pytest.importorskip("vn_crimeie.cli").main
    gold, pred = files
    assert main(["evaluate", str(gold), "--pred", str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


META = {"source": "https://dantri.com.vn/phap-luat/hop-bao-cong-an-quan-z.htm", "licence": "GPL-3.0"}


@pytest.fixture()
def cited_gold(tmp_path: Path) -> Path:
    path = tmp_path / "cited.jsonl"
    path.write_text(json.dumps(dict(GOLD, meta=META), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_label_studio_round_trip_keeps_meta(cited_gold, tmp_path: Path, capsys) -> None:
    tasks, back = tmp_path / "tasks.json", tmp_path / "back.jsonl"
    assert run(["convert", "--from", "jsonl", "--to", "label-studio", str(cited_gold), str(tasks)]) == 0
    assert run(["convert", "--from", "label-studio", "--to", "jsonl", str(tasks), str(back)]) == 0
    assert json.loads(back.read_text(encoding="utf-8")) == dict(GOLD, meta=META)
    assert "warning" not in capsys.readouterr().err  # label-studio carries everything of this document


def test_convert_warns_once_about_what_the_format_cannot_carry(cited_gold, tmp_path: Path, capsys) -> None:
    out = tmp_path / "g.conll"
    assert run(["convert", "--from", "jsonl", "--to", "conll", str(cited_gold), str(out)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [f"vn-crimeie: warning: conll cannot carry relations of these documents; it is not written to {out}"]
    assert "# meta = " in out.read_text(encoding="utf-8")
    assert run(["convert", "--from", "jsonl", "--to", "brat", str(cited_gold), str(tmp_path / "brat")]) == 0
    assert "warning" not in capsys.readouterr().err
