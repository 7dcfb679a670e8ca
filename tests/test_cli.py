"""The vn-crimeie command: formats, folders, stdin and error paths."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from vn_crimeie.cli import main

ARTICLE = "Chiều 13/3, Đại tướng Tô Lâm - Bộ trưởng Bộ Công an dự hội nghị tại điểm cầu Hà Nội.\n"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "bai-bao.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl(article, capsys) -> None:
    assert main(["extract", "--dateline", "2024-03-13T18:02", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    doc = json.loads(lines[0])
    assert doc["text"] == ARTICLE and doc["dateline"] == "2024-03-13T18:02"
    assert {"label": "RANK", "text": "Đại tướng"}.items() <= next(e for e in doc["entities"] if e["label"] == "RANK").items()


def test_json_table_and_html(article, capsys) -> None:
    assert main(["extract", "--format", "json", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["text"] == ARTICLE
    assert main(["extract", "--format", "table", str(article)]) == 0
    table = capsys.readouterr().out
    assert "RANK" in table and "Đại tướng" in table
    assert main(["extract", "--format", "html", str(article)]) == 0
    assert "<html" in capsys.readouterr().out.lower()


def test_folder_recursive_with_progress_and_a_bad_file(tmp_path, capsys) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "mot.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "hai.txt").write_text("Thiếu tá Lê Văn B bắt giữ đối tượng.", encoding="utf-8")
    (tmp_path / "hong.txt").write_bytes("Đại tá".encode("utf-16"))
    code = main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.splitlines()) == 2  # the two good files were still processed
    assert "hong.txt" in err and "not UTF-8" in err


def test_missing_file_and_bad_dateline(article, capsys) -> None:
    assert main(["extract", str(article), "/khong/co/tep.txt"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and "no such file" in err
    assert main(["extract", "--dateline", "31/2/2024", str(article)]) == 2
    assert "31/2/2024" in capsys.readouterr().err


def test_stdin_through_the_installed_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "vn_crimeie.cli", "extract", "-"],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout.decode("utf-8"))["text"] == ARTICLE


def test_output_file(article, tmp_path) -> None:
    out = tmp_path / "ket-qua.jsonl"
    assert main(["extract", "-o", str(out), str(article)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == ARTICLE


def test_extract_frees_each_documents_words_from_the_vocabulary(tmp_path, capsys, monkeypatch) -> None:
    import vn_crimeie.pipeline

    nlp = vn_crimeie.pipeline.load()
    monkeypatch.setattr(vn_crimeie.pipeline, "load", lambda: nlp)
    (tmp_path / "a.txt").write_text("Công an bắt Hoàng Văn Quýtxanh cùng 987.654 viên ma túy.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Đại tá Lò Thị Mơchín thu giữ 1.234.567 đồng.\n", encoding="utf-8")
    before = len(nlp.vocab.strings)
    assert main(["extract", "--no-progress", str(tmp_path)]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    values = {e["text"]: e.get("value") for d in docs for e in d["entities"]}
    assert values["987.654"] == {"value": 987654} and values["1.234.567"] == {"value": 1234567}
    assert {e["text"] for d in docs for e in d["entities"] if e["label"] == "PERSON"} >= {"Lò Thị Mơchín"}
    # the words these texts brought are gone again: a long run keeps a flat memory
    assert "987.654" not in nlp.vocab.strings and "Lò Thị Mơchín" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == before
