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


def _subcommands(parser):
    import argparse

    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sub.choices


def test_every_help_screen_describes_every_argument_with_examples() -> None:
    from vn_crimeie.cli import build_parser

    commands = _subcommands(build_parser())
    assert set(commands) == {"extract", "evaluate", "validate", "convert"}
    for name, parser in commands.items():
        screen = parser.format_help()
        assert parser.description and f"examples:\n  vn-crimeie {name} " in screen, name
        for action in parser._actions:
            if action.dest == "help":
                continue
            assert action.help and len(action.help) > 15, (name, action.dest)
            names = action.option_strings or [action.metavar or action.dest]
            assert all(n in screen for n in names), (name, names)
            assert action.help.split()[0] in screen, (name, action.dest)
    convert = commands["convert"].format_help()
    assert "IN " in convert and "OUT " in convert and "--from FORMAT" in convert and "label-studio" in convert


def test_progress_bar_has_its_total_and_the_failed_inputs_are_listed(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Thiếu tá Lê Văn B bắt giữ đối tượng.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Đại tá".encode("utf-16"))
    missing = tmp_path / "khong-co.txt"
    assert main(["extract", str(tmp_path), str(missing)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert "4/4" in err and "failed=2" in err and "0/" in err  # the total is known from the start
    assert f"vn-crimeie: error: {tmp_path / 'c.txt'}: not UTF-8" in err  # the line of each failure stays
    assert err.rstrip().endswith(f"vn-crimeie: 2 input(s) failed, of 4:\n  {tmp_path / 'c.txt'}\n  {missing}")


def test_no_failure_list_when_every_input_is_read(article, capsys) -> None:
    assert main(["extract", "--no-progress", str(article), str(article)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and err == ""


def test_with_jobs_the_bar_moves_as_documents_come_out(tmp_path, capsys, monkeypatch) -> None:
    import vn_crimeie.cli as cli

    for n in range(1, 13):
        (tmp_path / f"tin-{n:02}.txt").write_text(f"Công an huyện bắt {n} đối tượng trộm cắp.\n", encoding="utf-8")
    steps: list[tuple[int, int]] = []
    written = []
    original_write, original_made = cli._Output.write, cli._Progress.made
    monkeypatch.setattr(cli._Output, "write", lambda self, name, doc: (written.append(name), original_write(self, name, doc)))
    monkeypatch.setattr(cli._Progress, "made", lambda self: (original_made(self), steps.append((len(written), self.bar.n))))
    assert main(["extract", "--jobs", "2", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    # one step per Document written, never ahead of the output (reading runs ahead of the workers)
    assert steps == [(n, n) for n in range(1, 13)] and "12/12" in err


LONG_ARTICLE = "\n\n".join(
    f"Ngày {n}/3, Công an huyện Quỳnh Lưu bắt {n + 2} đối tượng trộm cắp tài sản. "
    f"Thượng tá Hồ Văn Minh cho biết các đối tượng đã khai nhận hành vi phạm tội." for n in range(1, 25)
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_chunk_size_reads_a_long_text_in_chunks_in_every_worker(tmp_path, capsys, monkeypatch, jobs) -> None:
    import multiprocessing

    import vn_crimeie
    import vn_crimeie.pipeline

    path = tmp_path / "dai.txt"
    path.write_text(LONG_ARTICLE, encoding="utf-8")
    sizes = tmp_path / "chunk-sizes.log"
    chunk_spans = vn_crimeie.pipeline.chunk_spans

    def logged(text: str, size: int):  # appends from whichever process reads the text
        with open(sizes, "a", encoding="utf-8") as log:
            log.write(f"{size}\n")
        return chunk_spans(text, size)

    monkeypatch.setattr(vn_crimeie.pipeline, "chunk_spans", logged)
    assert main(["extract", "--no-progress", "--jobs", jobs, "--chunk-size", "1000", str(path)]) == 0
    got = json.loads(capsys.readouterr().out)
    want = vn_crimeie.extract(LONG_ARTICLE, id=str(path), chunk_size=1000).to_dict()
    assert got == want and len(LONG_ARTICLE) > 3000
    assert {e["text"] for e in got["entities"] if e["label"] == "PERSON"} == {"Hồ Văn Minh"}
    if jobs == "1" or multiprocessing.get_start_method() == "fork":  # the patch reaches forked workers
        assert sizes.read_text(encoding="utf-8").split()[0] == "1000"


def test_chunk_size_below_a_paragraph_is_refused(article, capsys) -> None:
    assert main(["extract", "--chunk-size", "200", str(article)]) == 2
    assert "--chunk-size must be at least 1,000 characters" in capsys.readouterr().err
