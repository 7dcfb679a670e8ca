"""Extraction over many machines with Dask: partitioned JSONL or Parquet output.

Install the extra (``pip install "vn-crimeie[dask]"``).  Inputs are files,
folders (every ``*.txt`` below them), JSONL files (one ``{"text": …, "id": …}``
object a line) or texts; they become a Dask bag of records
``{"id", "text" | "path", "dateline"}`` (files are read by the workers, so the
bag holds paths, not texts).  Each worker process loads the pipeline once
(:func:`worker_pipeline`) and every partition writes three tables:

``documents/part-NNNNN``  one row per document (SCHEMA.md ``Document.to_dict()``)
``officials/part-NNNNN``  one row per official (``Document.officials()``)
``statistics/part-NNNNN`` one row per counted figure (``Document.statistics()``)

>>> records = records_from_texts(["Đại tá Lê Văn Hùng dự hội nghị."], ids=["a1"])
>>> records
[{'id': 'a1', 'text': 'Đại tá Lê Văn Hùng dự hội nghị.', 'dateline': None}]
>>> rows = process_records(records)
>>> [e["text"] for e in rows["documents"][0]["entities"] if e["label"] == "RANK"]
['Đại tá']

On a cluster::

    from dask.distributed import Client
    from vn_crimeie.parallel import extract_to
    client = Client("tcp://scheduler:8786")
    extract_to(["/shared/archive/"], "/shared/out", fmt="parquet", client=client)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .evaluation.jsonl import write_jsonl
from .inputs import text_files

__all__ = [
    "FORMATS",
    "TABLES",
    "worker_pipeline",
    "records_from_texts",
    "records_from_paths",
    "records_bag",
    "process_records",
    "write_partition",
    "extract_to",
    "main",
]

FORMATS = ("jsonl", "parquet")
TABLES = ("documents", "officials", "statistics")

# One pipeline per worker process, loaded on first use and kept for the process's life.
_NLP: Any = None
_LOADS = 0


def worker_pipeline() -> Any:
    """The pipeline of this process (loaded once per worker, then reused by every task).

    >>> worker_pipeline() is worker_pipeline()
    True
    """
    global _NLP, _LOADS
    if _NLP is None:
        from .pipeline import load

        _NLP = load()
        _LOADS += 1
    return _NLP


def records_from_texts(texts: Iterable[str], ids: Iterable[str] | None = None, dateline: str | None = None) -> list[dict[str, Any]]:
    """Records for in-memory texts (ids default to ``text-N``).

    >>> records_from_texts(["Công an tỉnh bắt 5 đối tượng."])[0]["id"]
    'text-0'
    """
    id_list = list(ids) if ids is not None else None
    out = []
    for i, text in enumerate(texts):
        out.append({"id": id_list[i] if id_list is not None else f"text-{i}", "text": text, "dateline": dateline})
    return out


def records_from_paths(paths: Sequence[str | os.PathLike[str]], dateline: str | None = None) -> list[dict[str, Any]]:
    """Records naming the ``*.txt`` files of ``paths`` (folders are searched recursively).

    The texts are not read here: a worker reads each file when it processes it.
    JSONL files are not expanded here (see :func:`records_bag`).
    """
    return [{"id": str(file), "path": str(file), "dateline": dateline} for raw in paths for file in text_files(raw)]


def _jsonl_record(line: str, where: str, dateline: str | None) -> dict[str, Any] | None:
    line = line.strip()
    if not line:
        return None
    obj = json.loads(line)
    text = obj.get("text")
    if obj.get("id") is None:  # no id: the file and a digest of the text name the document
        import hashlib

        digest = hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:12]
    return {
        "id": str(obj["id"]) if obj.get("id") is not None else f"{where}#{digest}",
        "text": text,
        "dateline": obj.get("dateline") or dateline,
    }


def records_bag(
    inputs: Sequence[str | os.PathLike[str]] | None = None,
    *,
    texts: Sequence[str] | None = None,
    dateline: str | None = None,
    partition_size: int = 64,
    blocksize: str = "16MiB",
) -> Any:
    """A Dask bag of records from files/folders/JSONL files (``inputs``) and/or ``texts``.

    JSONL files are read with ``dask.bag.read_text`` in ``blocksize`` chunks, so a
    large file is split across workers; other inputs are grouped
    ``partition_size`` records per partition.
    """
    import dask.bag as db

    bags = []
    plain: list[str | os.PathLike[str]] = []
    for raw in inputs or []:
        if str(raw).endswith(".jsonl"):
            lines = db.read_text(str(raw), blocksize=blocksize)
            bag = lines.map(_jsonl_record, str(raw), dateline).filter(lambda r: r is not None)
            bags.append(bag)
        else:
            plain.append(raw)
    records: list[dict[str, Any]] = records_from_paths(plain, dateline) if plain else []
    if texts is not None:
        records += records_from_texts(texts, dateline=dateline)
    if records:
        npart = max(1, -(-len(records) // partition_size))
        bags.append(db.from_sequence(records, npartitions=npart))
    if not bags:
        raise ValueError("no inputs: give paths, JSONL files or texts")
    return bags[0] if len(bags) == 1 else db.concat(bags)


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row with nested values as JSON strings (a flat Parquet schema)."""
    return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list, tuple)) else v) for k, v in row.items()}


def _arrow_table(rows: list[dict[str, Any]]) -> Any:
    """A pyarrow table of ``rows``: every key a column, nested values as JSON text."""
    import pyarrow as pa

    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    flat = [_flat(r) for r in rows]
    data = {c: [r.get(c) for r in flat] for c in columns} or {"document": []}
    try:
        return pa.table(data)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in a column: keep them as text
        return pa.table({c: [None if v is None else str(v) for v in vals] for c, vals in data.items()})


def process_records(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Extract every record with this process's pipeline; rows of the three tables.

    A record that cannot be read or processed gives a document row with an
    ``error`` and no entities; the others go on.
    """
    nlp = worker_pipeline()
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    # strings the partition adds to the vocabulary are freed after it (a worker's memory
    # stays flat over an archive); only plain Python rows leave the zone
    with nlp.memory_zone():
        _process_into(nlp, records, out)
    return out


def _process_into(nlp: Any, records: Iterable[dict[str, Any]], out: dict[str, list[dict[str, Any]]]) -> None:
    from .document import Document
    from .pipeline import extract

    for rec in records:
        doc_id = str(rec.get("id"))
        try:
            text = rec.get("text")
            if text is None and rec.get("path"):
                text = Path(rec["path"]).read_bytes().decode("utf-8")
            document: Document = extract(text, rec.get("dateline"), id=doc_id, nlp=nlp)
        except Exception as exc:  # one bad document never stops the partition
            out["documents"].append({"id": doc_id, "error": f"{type(exc).__name__}: {exc}", "entities": [], "relations": []})
            continue
        out["documents"].append(document.to_dict())
        out["officials"].extend({"document": doc_id, **row} for row in document.officials())
        out["statistics"].extend({"document": doc_id, **row} for row in document.statistics())


def write_partition(
    records: Iterable[dict[str, Any]], index: int, output: str | os.PathLike[str], fmt: str = "jsonl"
) -> dict[str, Any]:
    """Process one partition and write ``<output>/<table>/part-<index>.<fmt>``; returns counts."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    tables = process_records(records)
    written: dict[str, Any] = {"partition": index, "pid": os.getpid(), "loads": _LOADS}
    for name, rows in tables.items():
        folder = Path(output) / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{index:05d}.{fmt}"
        if fmt == "jsonl":
            write_jsonl(rows, path)
        else:
            import pyarrow.parquet as pq

            pq.write_table(_arrow_table(rows), path)
        written[name] = len(rows)
    return written


def extract_to(
    inputs: Sequence[str | os.PathLike[str]] | None,
    output: str | os.PathLike[str],
    *,
    texts: Sequence[str] | None = None,
    fmt: str = "jsonl",
    dateline: str | None = None,
    partition_size: int = 64,
    client: Any = None,
) -> list[dict[str, Any]]:
    """Extract all inputs on a Dask cluster (``client``) or the local scheduler.

    Returns one summary per partition (``partition``, ``pid`` of the worker,
    ``loads`` = pipelines loaded in that worker so far, and the row counts).
    ``output`` must be visible to every worker (a shared file system).
    """
    import dask

    bag = records_bag(inputs, texts=texts, dateline=dateline, partition_size=partition_size)
    tasks = [dask.delayed(write_partition)(part, i, str(output), fmt) for i, part in enumerate(bag.to_delayed())]
    if client is not None:
        return list(client.gather(client.compute(tasks)))
    return list(dask.compute(*tasks))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m vn_crimeie.parallel [--scheduler ADDR] [--format parquet] OUT INPUT…``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m vn_crimeie.parallel", description="vn_crimeie extraction on Dask")
    parser.add_argument("output", help="output folder (shared by all workers)")
    parser.add_argument("inputs", nargs="+", help="files, folders of *.txt, JSONL files")
    parser.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster on this machine)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local workers (no --scheduler)")
    parser.add_argument("--format", choices=FORMATS, default="jsonl")
    parser.add_argument("--dateline", help="ISO dateline for every text (default: detected)")
    parser.add_argument("--partition-size", type=int, default=64)
    args = parser.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        parts = extract_to(
            args.inputs, args.output, fmt=args.format, dateline=args.dateline,
            partition_size=args.partition_size, client=client,
        )
    totals = {t: sum(p.get(t, 0) for p in parts) for t in TABLES}
    print(json.dumps({"partitions": len(parts), **totals}))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
