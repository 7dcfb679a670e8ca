"""Extraction over many machines with Dask: partitioned JSONL or Parquet output.

Install the extra (``pip install "vn-crimeie[dask]"``).  Inputs are files,
folders (every ``*.txt`` below them), JSONL files (one ``{"text": …, "id": …}``
object a line) or texts; they become a Dask bag of records
``{"id", "text" | "path", "dateline"}`` partitioned by documents,
``partition_size`` a partition (by default sized to the cluster: about four
partitions per worker thread).  Files are read by the workers, and so are the
lines of a JSONL file (a partition holds a byte range of the file, found here
by one pass over its line ends), so the bag holds no text.  Each worker process
loads the pipeline once (:func:`worker_pipeline`) and every partition goes
through the batch engine (:func:`vn_crimeie.batch.documents`) and writes three
tables:

``documents/part-NNNNN``  one row per document (SCHEMA.md ``Document.to_dict()``)
``officials/part-NNNNN``  one row per official (``Document.officials()``)
``statistics/part-NNNNN`` one row per statistic (``Document.statistics()`` made flat by
``vn_crimeie.statistics.flatten``: texts and number offsets as columns)

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
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .evaluation.jsonl import write_jsonl
from .inputs import text_files

__all__ = [
    "FORMATS",
    "TABLES",
    "worker_pipeline",
    "default_partition_size",
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
#: Partitions per worker thread that the default partition size aims at (load balance).
PARTITIONS_PER_THREAD = 4
#: Documents in a partition at most, by default (a partition's rows are held until it is written).
MAX_PARTITION_SIZE = 500

# One pipeline per worker process, loaded on first use and kept for the process's life.
_NLP: Any = None
_LOADS = 0
# Partitions of one worker process take turns on its pipeline (memory zones are not thread-safe).
_PIPELINE_TURN = threading.Lock()


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


def _cluster_threads(client: Any = None) -> int:
    """Worker threads of ``client``'s cluster (or of the default client); this machine's CPUs without one."""
    if client is None:
        try:
            from distributed import default_client

            client = default_client()
        except (ImportError, ValueError):
            return os.cpu_count() or 1
    return max(1, sum(client.nthreads().values()))


def default_partition_size(documents: int, threads: int) -> int:
    """Documents a partition for ``threads`` worker threads: about four partitions a thread, at most 500 documents.

    >>> default_partition_size(1000, threads=2), default_partition_size(40, threads=2), default_partition_size(10**6, threads=64)
    (125, 5, 500)
    """
    return max(1, min(MAX_PARTITION_SIZE, -(-documents // (PARTITIONS_PER_THREAD * max(1, threads)))))


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


def _line_starts(path: str) -> tuple[list[int], int]:
    """Byte offsets of the non-blank lines of a file, and its size."""
    starts, offset = [], 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                starts.append(offset)
            offset += len(line)
    return starts, offset


def _jsonl_ranges(path: str, starts: list[int], size: int, end: int, dateline: str | None) -> list[tuple[str, int, int, str | None]]:
    """``(path, start, end, dateline)`` byte ranges of ``size`` records each."""
    return [(path, starts[i], starts[i + size] if i + size < len(starts) else end, dateline) for i in range(0, len(starts), size)]


def _read_jsonl_range(part: tuple[str, int, int, str | None]) -> list[dict[str, Any]]:
    """The records of one byte range of a JSONL file (read by the worker)."""
    path, start, end, dateline = part
    with open(path, "rb") as fh:
        fh.seek(start)
        lines = fh.read(end - start).split(b"\n")  # only "\n" ends a JSONL line (not U+2028 in a text)
    return [r for r in (_jsonl_record(line.decode("utf-8"), path, dateline) for line in lines) if r is not None]


def records_bag(
    inputs: Sequence[str | os.PathLike[str]] | None = None,
    *,
    texts: Sequence[str] | None = None,
    dateline: str | None = None,
    partition_size: int | None = None,
    client: Any = None,
) -> Any:
    """A Dask bag of records from files/folders/JSONL files (``inputs``) and/or ``texts``.

    Every input is partitioned by documents, ``partition_size`` a partition
    (default: :func:`default_partition_size` for the threads of ``client``'s cluster). A JSONL
    file is read by the workers, a byte range of ``partition_size`` lines each.
    """
    import dask.bag as db

    if partition_size is not None and partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    jsonl = {str(raw): _line_starts(str(raw)) for raw in inputs or [] if str(raw).endswith(".jsonl")}
    plain = [raw for raw in inputs or [] if not str(raw).endswith(".jsonl")]
    records = records_from_paths(plain, dateline) + (records_from_texts(texts, dateline=dateline) if texts is not None else [])
    if not jsonl and not plain and texts is None:
        raise ValueError("no inputs: give paths, JSONL files or texts")
    documents = len(records) + sum(len(starts) for starts, _ in jsonl.values())
    size = partition_size or default_partition_size(documents, _cluster_threads(client))
    ranges = [r for path, (starts, end) in jsonl.items() for r in _jsonl_ranges(path, starts, size, end, dateline)]
    bags = [db.from_sequence(ranges, partition_size=1).map(_read_jsonl_range).flatten()] if ranges else []
    if records:
        bags.append(db.from_sequence(records, partition_size=size))
    if not bags:
        return db.from_sequence([], partition_size=1)
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


def _record_items(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Any, Any]]:
    """``(id, text | the error reading it, dateline)`` of every record; files are read here."""
    for rec in records:
        text = rec.get("text")
        if text is None and rec.get("path"):
            try:
                text = Path(rec["path"]).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                text = exc
        yield str(rec.get("id")), text, rec.get("dateline")


def process_records(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Extract every record with this process's pipeline; rows of the three tables.

    A record that cannot be read or processed gives a document row with an
    ``error`` and no entities; the others go on. The Documents are made in
    memory zones (:mod:`vn_crimeie.batch`), so a long-lived worker's memory
    stays flat.
    """
    from .batch import documents
    from .statistics import flatten

    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    with _PIPELINE_TURN:
        for doc_id, document in documents(_record_items(records), nlp=worker_pipeline(), memory_zones=True):
            if isinstance(document, Exception):  # one bad document never stops the partition
                out["documents"].append({"id": doc_id, "error": f"{type(document).__name__}: {document}", "entities": [], "relations": []})
                continue
            out["documents"].append(document.to_dict())
            out["officials"].extend({"document": doc_id, **row} for row in document.officials())
            out["statistics"].extend({"document": doc_id, **flatten(row)} for row in document.statistics())
    return out


def _worker_address() -> str | None:
    """The address of the Dask worker running this task (``None`` outside one)."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return None


def write_partition(
    records: Iterable[dict[str, Any]], index: int, output: str | os.PathLike[str], fmt: str = "jsonl"
) -> dict[str, Any]:
    """Process one partition and write ``<output>/<table>/part-<index>.<fmt>``; returns counts.

    The summary names the partition, the ``worker`` (address) and ``pid`` that
    made it, and ``loads`` (pipelines that process loaded so far).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    tables = process_records(records)
    written: dict[str, Any] = {"partition": index, "worker": _worker_address(), "pid": os.getpid(), "loads": _LOADS}
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
    partition_size: int | None = None,
    client: Any = None,
) -> list[dict[str, Any]]:
    """Extract all inputs on a Dask cluster (``client``) or the local scheduler.

    Returns one summary per partition (see :func:`write_partition`). ``output``
    (and the inputs) must be visible to every worker (a shared file system).
    """
    import dask

    bag = records_bag(inputs, texts=texts, dateline=dateline, partition_size=partition_size, client=client)
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
    parser.add_argument("--partition-size", type=int, help="documents a partition (default: ~4 partitions per worker thread)")
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
