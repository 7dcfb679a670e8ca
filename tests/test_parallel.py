"""Scale-out: ``nlp.pipe(n_process=2)``, ``vn-crimeie extract --jobs 2`` and the Dask runner.

The Dask tests run a real ``LocalCluster(n_workers=2, processes=True)``; they
are skipped (with the reason) only when dask.distributed is not installed.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from vn_crimeie import parallel
from vn_crimeie.cli import main as cli_main

# Our own sentences, in the style of police news, with the rank each must yield.
ARTICLES = [
    ("Sáng 12/5, Thượng tá Trần Văn Bình, Phó Trưởng Công an huyện Đông Anh, cho biết đã bắt giữ 3 đối tượng.", "Thượng tá"),
    ("Đại tá Nguyễn Hữu Phước chủ trì hội nghị tại trụ sở Công an tỉnh Nghệ An.", "Đại tá"),
    ("Trung tá Lê Thị Mai được bổ nhiệm làm Đội trưởng Đội Cảnh sát hình sự.", "Trung tá"),
    ("Thiếu tướng Phạm Quốc Huy dự lễ ra quân tại Hà Nội.", "Thiếu tướng"),
    ("Chiều 3/9, Thiếu tá Đỗ Minh Khôi cùng tổ công tác kiểm tra 15 cơ sở kinh doanh.", "Thiếu tá"),
    ("Năm 2023, Đại úy Vũ Hoàng Long phát hiện 12 vụ đánh bạc trên địa bàn.", "Đại úy"),
]


def _ranks(doc: dict) -> list[str]:
    return [e["text"] for e in doc["entities"] if e["label"] == "RANK"]


def _write_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i, (text, _) in enumerate(ARTICLES):
        path = folder / f"bai-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


# --------------------------------------------------------------------------- one machine


def test_pipe_with_two_processes_gives_the_same_documents(nlp) -> None:
    from vn_crimeie.document import Document
    from vn_crimeie.pipeline import document_from_doc

    texts = [t for t, _ in ARTICLES]
    one = [document_from_doc(d).to_dict() for d in nlp.pipe(texts, batch_size=2)]
    two = [document_from_doc(d).to_dict() for d in nlp.pipe(texts, batch_size=2, n_process=2)]
    assert two == one
    assert [_ranks(d) for d in two] == [[rank] for _, rank in ARTICLES]


def test_cli_jobs_two_keeps_order_and_reports_bad_files(tmp_path, capsys) -> None:
    files = _write_inputs(tmp_path / "in")
    (tmp_path / "in" / "bai-03b.txt").write_bytes(b"\xff\xfe khong phai utf-8")
    out1, out2 = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    args = [str(tmp_path / "in"), "--no-progress", "--dateline", "2024-05-12T08:00"]
    assert cli_main(["extract", *args, "-o", str(out1)]) == 1
    assert cli_main(["extract", *args, "--jobs", "2", "-o", str(out2)]) == 1
    err = capsys.readouterr().err
    assert err.count("bai-03b.txt: not UTF-8 text") == 2
    lines = out2.read_text(encoding="utf-8").splitlines()
    assert lines == out1.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines]
    assert [d["id"] for d in docs] == [str(f) for f in files]
    assert [_ranks(d) for d in docs] == [[rank] for _, rank in ARTICLES]
    assert {d["dateline"] for d in docs} == {"2024-05-12T08:00"}


@pytest.mark.parametrize("fmt", ["table", "html", "json"])
def test_cli_jobs_two_same_output_in_every_format(tmp_path, fmt) -> None:
    _write_inputs(tmp_path / "in")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"{jobs}.{fmt}"
        assert cli_main(["extract", str(tmp_path / "in"), "--no-progress", "--format", fmt, "--jobs", jobs, "-o", str(out)]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    assert all(rank in outs[1] for _, rank in ARTICLES)


def test_cli_rejects_zero_jobs(tmp_path, capsys) -> None:
    _write_inputs(tmp_path)
    assert cli_main(["extract", str(tmp_path), "--jobs", "0", "--no-progress"]) == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err


# --------------------------------------------------------------------------- records (no Dask needed)


def test_process_records_reports_an_unreadable_file_and_goes_on(tmp_path) -> None:
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"\xff\xfe")
    records = [{"id": "hong", "path": str(bad), "dateline": None}, *parallel.records_from_texts([ARTICLES[0][0]], ids=["tot"])]
    rows = parallel.process_records(records)
    assert [d["id"] for d in rows["documents"]] == ["hong", "tot"]
    assert rows["documents"][0]["error"].startswith("UnicodeDecodeError")
    assert _ranks(rows["documents"][1]) == ["Thượng tá"]
    assert all(r["document"] == "tot" for r in rows["statistics"] + rows["officials"])


def _archive_jsonl(path: Path) -> tuple[list[str], list[str], list[str | None]]:
    """A JSONL file of 40 short articles of our own (ids, half with datelines, blank lines between some)."""
    ranks = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy"]
    names = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Minh Dũng", "Hoàng Văn Đạt", "Vũ Thị Giang", "Đặng Quốc Huy", "Bùi Văn Khánh"]
    places = ["Nghệ An", "Thanh Hóa", "Hải Dương", "Bắc Ninh"]
    texts, ids, datelines, lines = [], [], [], []
    for i, (rank, name) in enumerate(itertools.product(ranks, names)):
        texts.append(f"Ngày {i % 27 + 1}/{i % 12 + 1}, {rank} {name}, Trưởng Công an huyện, cho biết đã bắt giữ {i + 2} đối tượng tại tỉnh {places[i % 4]}.")
        if i == 9:  # a line separator inside a text does not end its JSONL line
            texts[-1] = texts[-1].replace(", cho biết", ",\u2028cho biết")
        ids.append(f"bai-{i:03d}")
        datelines.append("2024-05-12T08:00" if i % 2 else None)
        record = {"id": ids[-1], "text": texts[-1], **({"dateline": datelines[-1]} if datelines[-1] else {})}
        lines.append(json.dumps(record, ensure_ascii=False) + ("\n\n" if i % 7 == 0 else "\n"))
    path.write_text("".join(lines), encoding="utf-8")
    return texts, ids, datelines


def test_a_jsonl_file_is_partitioned_by_documents(tmp_path) -> None:
    texts, ids, _ = _archive_jsonl(tmp_path / "tin.jsonl")
    bag = parallel.records_bag([tmp_path / "tin.jsonl"], partition_size=6)
    assert bag.npartitions == 7  # 40 documents, 6 a partition
    parts = [part.compute(scheduler="sync") for part in bag.to_delayed()]
    assert [len(p) for p in parts] == [6] * 6 + [4]
    assert [r["id"] for p in parts for r in p] == ids and [r["text"] for p in parts for r in p] == texts


@pytest.mark.parametrize(("documents", "threads", "size"), [(40, 2, 5), (1000, 2, 125), (6800, 16, 107), (3, 8, 1), (10**7, 4, 500)])
def test_default_partition_size_gives_about_four_partitions_a_thread(documents: int, threads: int, size: int) -> None:
    assert parallel.default_partition_size(documents, threads) == size


def test_records_from_paths_expands_folders_without_reading(tmp_path) -> None:
    files = _write_inputs(tmp_path / "a")
    records = parallel.records_from_paths([tmp_path / "a"], dateline="2024-01-01")
    assert [r["path"] for r in records] == [str(f) for f in files]
    assert all("text" not in r and r["dateline"] == "2024-01-01" for r in records)


# --------------------------------------------------------------------------- Dask cluster


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed (pip install vn-crimeie[dask])")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _read_jsonl_parts(folder: Path) -> list[dict]:
    rows = []
    for part in sorted(folder.glob("part-*.jsonl")):
        rows += [json.loads(line) for line in part.read_text(encoding="utf-8").split("\n") if line]
    return rows


def test_dask_jsonl_partitions_on_two_worker_processes(client, tmp_path) -> None:
    files = _write_inputs(tmp_path / "in")
    jsonl = tmp_path / "more.jsonl"
    extra = ["Thượng úy Hồ Văn Tâm bắt quả tang 2 đối tượng trộm cắp.", "Trung úy Mai Anh Tuấn tuần tra trên quốc lộ 1A."]
    jsonl.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in extra) + "\n\n", encoding="utf-8")
    out = tmp_path / "out"
    parts = parallel.extract_to([tmp_path / "in", jsonl], out, partition_size=2, client=client)

    docs = _read_jsonl_parts(out / "documents")
    by_id = {d["id"]: d for d in docs}
    assert len(docs) == len(by_id) == len(files) + len(extra)
    for (text, rank), path in zip(ARTICLES, files):
        assert by_id[str(path)]["text"] == text
        assert _ranks(by_id[str(path)]) == [rank]
    assert sorted(r for d in docs if d["id"].startswith(str(jsonl)) for r in _ranks(d)) == ["Thượng úy", "Trung úy"]
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"] : e["end"]] == e["text"]
    # more partitions than workers, and each worker loaded the pipeline once
    assert len(parts) >= 4
    assert len({p["worker"] for p in parts}) <= 2 and len({p["pid"] for p in parts}) <= 2
    assert max(p["loads"] for p in parts) == 1
    assert (out / "statistics").is_dir() and (out / "officials").is_dir()
    assert sum(p["documents"] for p in parts) == len(docs)


def test_dask_parquet_tables(client, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (pip install vn-crimeie[dask])")
    texts = [t for t, _ in ARTICLES]
    out = tmp_path / "pq"
    parts = parallel.extract_to(None, out, texts=texts, fmt="parquet", partition_size=3, client=client, dateline="2024-05-12")
    table = pq.ParquetDataset(sorted((out / "documents").glob("*.parquet"))).read()
    rows = sorted(table.to_pylist(), key=lambda r: int(r["id"].split("-")[1]))
    assert [r["text"] for r in rows] == texts
    assert [_ranks({"entities": json.loads(r["entities"])}) for r in rows] == [[rank] for _, rank in ARTICLES]
    assert {r["dateline"] for r in rows} == {"2024-05-12"}
    stats = sum(p["statistics"] for p in parts)
    assert pq.ParquetDataset(sorted((out / "statistics").glob("*.parquet"))).read().num_rows == stats


def test_dask_spreads_an_archive_over_both_workers(client, tmp_path) -> None:
    from vn_crimeie.batch import extract_many

    texts, ids, datelines = _archive_jsonl(tmp_path / "tin.jsonl")
    parts = parallel.extract_to([tmp_path / "tin.jsonl"], tmp_path / "out", client=client)  # default partition size
    assert len(parts) == 8  # 40 documents on 2 worker threads: 8 partitions of 5
    assert {p["worker"] for p in parts if p["documents"]} == set(client.scheduler_info()["workers"])  # both worked
    docs = sorted(_read_jsonl_parts(tmp_path / "out" / "documents"), key=lambda d: d["id"])
    assert docs == [d.to_dict() for d in extract_many(texts, ids=ids, datelines=datelines)]
    assert [d["dateline"] for d in docs[:2]] == [None, "2024-05-12T08:00"]
