"""Dask scaling: one worker process against two on a LocalCluster, over the first archive articles.

    python benchmarks/dask_scaling.py [--corpus ../shared/data/news-crime.jsonl] [--limit 1000] [--no-check]

The first ``--limit`` articles are written to a temporary JSONL file (never
into the repository). For 1 and then 2 single-threaded worker processes a
``LocalCluster`` is started, every worker loads the pipeline and underthesea's
models (not timed), and ``vn_crimeie.parallel.extract_to([jsonl], out,
client=client)`` is timed with its default partition size (about four
partitions per worker). Printed: wall seconds, partitions and documents per
worker of each run, and the ratio of the 2-worker wall time to the 1-worker
one (target: at most 0.6), with the same ratio of the busiest worker's CPU
seconds (what idle cores would give; on a shared machine the steadier figure). Unless ``--no-check``, the documents of both runs
are compared with ``vn_crimeie.batch.extract_many`` over the same texts.
The corpus is skipped politely when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news-crime.jsonl"


def _write_first(corpus: Path, limit: int, path: Path) -> tuple[list[str], list[str]]:
    """Copy the first ``limit`` articles of ``corpus`` to ``path``; their ids and texts."""
    ids, texts = [], []
    with corpus.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for line in src:
            if len(texts) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            ids.append(str(record["id"]))
            texts.append(record["text"])
            out.write(json.dumps({"id": ids[-1], "text": texts[-1]}, ensure_ascii=False) + "\n")
    return ids, texts


def _warm() -> int:
    """Load the pipeline and underthesea's models in a worker (not timed)."""
    from vn_crimeie.parallel import worker_pipeline

    worker_pipeline()("Công an tỉnh Nghệ An họp.")
    return os.getpid()


def _cpu() -> float:
    """CPU seconds of this worker process so far."""
    return time.process_time()


def _documents(folder: Path) -> list[dict[str, Any]]:
    """The document rows of a run, in input order (partitions are numbered in it)."""
    rows = []
    for part in sorted((folder / "documents").glob("part-*.jsonl")):
        rows += [json.loads(line) for line in part.read_text(encoding="utf-8").split("\n") if line]
    return rows


def run(workers: int, jsonl: Path, out: Path) -> dict[str, Any]:
    """Wall time of ``extract_to`` over ``jsonl`` on a LocalCluster of ``workers`` processes."""
    from dask.distributed import Client, LocalCluster

    from vn_crimeie.parallel import extract_to

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.run(_warm)
            cpu = client.run(_cpu)
            start = time.perf_counter()
            parts = extract_to([jsonl], out, client=client)
            wall = time.perf_counter() - start
            cpu = {worker: seconds - cpu[worker] for worker, seconds in client.run(_cpu).items()}
    per_worker = Counter()
    for part in parts:
        per_worker[part["worker"]] += part["documents"]
    return {
        "workers": workers,
        "wall_s": round(wall, 2),
        "busiest_worker_cpu_s": round(max(cpu.values()), 2),
        "partitions": len(parts),
        "documents_per_worker": sorted(per_worker.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ARCHIVE, help="JSONL archive (default: ../shared/data/news-crime.jsonl)")
    parser.add_argument("--limit", type=int, default=1000, help="first articles (default 1000)")
    parser.add_argument("--no-check", action="store_true", help="do not compare the documents with extract_many's")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"dask_scaling: {args.corpus} not found: skipped")
        return 0
    print(f"load average before {[round(x, 2) for x in os.getloadavg()]}")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp, "articles.jsonl")
        ids, texts = _write_first(args.corpus, args.limit, jsonl)
        runs = [run(workers, jsonl, Path(tmp, f"out-{workers}")) for workers in (1, 2)]
        for result in runs:
            print(json.dumps(result))
        ratio = runs[1]["wall_s"] / runs[0]["wall_s"]
        print(f"{len(texts)} articles: 2 workers / 1 worker wall time = {ratio:.3f} (target <= 0.6)")
        # what idle cores would give: the busiest worker's CPU time bounds the wall time from below
        estimate = runs[1]["busiest_worker_cpu_s"] / runs[0]["busiest_worker_cpu_s"]
        print(f"CPU-bound estimate (busiest worker's CPU seconds, 2 workers / 1 worker) = {estimate:.3f}")
        print(f"load average after {[round(x, 2) for x in os.getloadavg()]}")
        if args.no_check:
            return 0
        from vn_crimeie.batch import extract_many

        expected = [d.to_dict() for d in extract_many(texts, ids=ids, n_process=2)]
        same = [_documents(Path(tmp, f"out-{r['workers']}")) == expected for r in runs]
        print(f"documents equal to extract_many's: 1 worker {same[0]}, 2 workers {same[1]}")
        return 0 if all(same) else 1


if __name__ == "__main__":
    sys.exit(main())
