"""Throughput, memory and scaling of vn_crimeie beside its floor and its peers.

One run measures, on the same texts:

* underthesea ``word_tokenize`` alone (the floor: our cost can not go below it),
* underthesea ``ner`` (the peer a user would pick; on ``--peer-limit`` docs, it is slow),
* dateparser ``search_dates(languages=["vi"])`` (the date peer; same subset),
* vn_crimeie ``extract()`` and ``nlp.pipe()`` (and ``nlp.pipe(n_process=--jobs)``),

each in a fresh subprocess so that its peak RSS is its own; then the cold
``import vn_crimeie`` + ``load()`` time, the share of each component
(normalise, segment, each recogniser, tokenizer assembly, entity span group,
resolver, relations, ``Document``), and linearity (one ~1 MB document built by
concatenating articles against ~5 KB ones).

Usage::

    python benchmarks/bench.py                                   # corpus/ (jsonl + seed article)
    python benchmarks/bench.py --corpus ../shared/data/news-crime.jsonl --limit 500
    python benchmarks/bench.py --only word_tokenize,extract --json

Throughput is given on wall-clock time and on process CPU time: on a shared
machine the CPU figures are the steadier ones (other processes steal wall time,
not CPU time).  Speed-ups of ``n_process`` use wall time (the work is in child
processes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "corpus"

PEERS = ("word_tokenize", "ner", "dateparser", "extract", "pipe", "pipe_jobs", "many_jobs", "cli", "cli_jobs")
SLOW_PEERS = ("ner", "dateparser")


# --------------------------------------------------------------------------- corpus


def load_texts(corpus: Path, limit: int) -> list[str]:
    """Texts of a JSONL file ("text" key per line), a .txt file, or a folder of both."""
    texts: list[str] = []

    def from_jsonl(path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if len(texts) >= limit:
                    return
                line = line.strip()
                if not line:
                    continue
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)

    paths = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.suffix in (".jsonl", ".txt"))
    for path in paths:
        if len(texts) >= limit:
            break
        if path.suffix == ".jsonl":
            from_jsonl(path)
        else:
            texts.append(path.read_text(encoding="utf-8"))
    if not texts:
        raise SystemExit(f"bench: no texts in {corpus}")
    return texts[:limit]


# --------------------------------------------------------------------------- workers


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(run: Callable[[list[str]], Any], texts: list[str]) -> dict[str, Any]:
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    run(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = _children_cpu() - children
    chars = sum(len(t) for t in texts)
    return {
        "children_cpu_seconds": round(children, 3),
        "docs": len(texts),
        "chars": chars,
        "seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "chars_per_s": round(chars / wall),
        "docs_per_s": round(len(texts) / wall, 2),
        "cpu_chars_per_s": round(chars / cpu) if cpu > 0 else None,
    }


# One warm-up text touches every table loaded on first use (the administrative map, the units
# registry of pint, the dates and numbers grammars), so that throughput is the steady state; those
# one-time loads are what the cold start's "first doc" reports.
WARM = "Chiều 13/3, Đại tá Nguyễn Văn A dự hội nghị tại Hà Nội; Công an huyện Krông Nô thu giữ 5 kg ma túy, 20 triệu đồng."


def worker(name: str, texts: list[str], jobs: int) -> dict[str, Any]:
    """Measure one peer on ``texts`` (called in its own subprocess)."""
    warm = WARM
    if name == "word_tokenize":
        from underthesea import word_tokenize

        word_tokenize(warm)
        result = _timed(lambda ts: [word_tokenize(t) for t in ts], texts)
    elif name == "ner":
        from underthesea import ner

        ner(warm)
        result = _timed(lambda ts: [ner(t) for t in ts], texts)
    elif name == "dateparser":
        from dateparser.search import search_dates

        search_dates(warm, languages=["vi"])
        result = _timed(lambda ts: [search_dates(t, languages=["vi"]) for t in ts], texts)
    elif name == "extract":
        import vn_crimeie

        vn_crimeie.extract(warm)
        result = _timed(lambda ts: [vn_crimeie.extract(t) for t in ts], texts)
    elif name in ("pipe", "pipe_jobs"):
        import vn_crimeie
        from vn_crimeie.pipeline import document_from_doc

        nlp = vn_crimeie.load()
        nlp(warm)
        n_process = jobs if name == "pipe_jobs" else 1
        result = _timed(
            lambda ts: [document_from_doc(d) for d in nlp.pipe(ts, batch_size=16, n_process=n_process)], texts
        )
        result["n_process"] = n_process
    elif name == "many_jobs":
        import vn_crimeie

        nlp = vn_crimeie.load()
        nlp(warm)
        result = _timed(lambda ts: list(vn_crimeie.extract_many(ts, nlp=nlp, batch_size=8, n_process=jobs)), texts)
        result["n_process"] = jobs
    elif name in ("cli", "cli_jobs"):
        import tempfile

        from vn_crimeie.cli import main as cli_main

        n_jobs = jobs if name == "cli_jobs" else 1
        with tempfile.TemporaryDirectory() as folder:
            for i, text in enumerate(texts):
                Path(folder, f"{i:06d}.txt").write_text(text, encoding="utf-8")
            argv = ["extract", folder, "--no-progress", "--jobs", str(n_jobs), "-o", os.devnull]
            result = _timed(lambda ts: cli_main(argv), texts)  # includes load() and the workers' start
        result["jobs"] = n_jobs
    elif name == "components":
        result = component_shares(texts)
    elif name.startswith("linearity:"):
        result = linearity_run(texts, int(name.split(":")[1]))
    else:
        raise SystemExit(f"bench: unknown worker {name}")
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    if name in ("pipe_jobs", "many_jobs", "cli_jobs"):  # the largest worker process
        result["worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return result


def component_shares(texts: list[str]) -> dict[str, Any]:
    """Seconds spent in each stage of ``extract`` (stages timed one by one)."""
    import vn_crimeie
    from vn_crimeie.analysis import Analysis, detect_dateline
    from vn_crimeie.normalize import normalize
    from vn_crimeie.pipeline import document_from_doc
    from vn_crimeie.recognizers import RECOGNIZERS, STEPS, step_order
    from vn_crimeie.segment import segment
    from vn_crimeie.tokenizer import doc_from_analysis

    nlp = vn_crimeie.load()
    vn_crimeie.extract(WARM)
    order = step_order([*RECOGNIZERS, "definitions"])
    times: dict[str, float] = {"normalise": 0.0, "segment": 0.0, "dateline detection": 0.0}
    times.update({f"step {name}": 0.0 for name in order})
    times.update({"tokenizer assembly": 0.0})
    times.update({f"component {name}": 0.0 for name in nlp.pipe_names})
    times["document_from_doc"] = 0.0
    clock = time.process_time
    for text in texts:
        t = clock()
        norm = normalize(text)
        times["normalise"] += clock() - t
        t = clock()
        segmentation = segment(norm.text)
        times["segment"] += clock() - t
        t = clock()
        anchor = detect_dateline(norm.text)
        times["dateline detection"] += clock() - t
        results: dict[str, tuple] = {}
        for name in order:
            step = STEPS[name]
            needs = {arg: results[dep] for arg, dep in step.needs.items()}
            t = clock()
            run = step.function()
            results[name] = tuple(run(norm.text, anchor, **needs) if step.candidates else run(norm.text, **needs))
            times[f"step {name}"] += clock() - t
        analysis = Analysis(norm, segmentation, anchor, anchor is not None, tuple(RECOGNIZERS), results)
        t = clock()
        doc = doc_from_analysis(nlp.vocab, analysis)
        times["tokenizer assembly"] += clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            doc = proc(doc)
            times[f"component {name}"] += clock() - t
        t = clock()
        document_from_doc(doc, text=text)
        times["document_from_doc"] += clock() - t
    total = sum(times.values())
    return {
        "docs": len(texts),
        "chars": sum(len(t) for t in texts),
        "cpu_seconds": round(total, 3),
        "shares": {k: {"cpu_seconds": round(v, 3), "share": round(v / total, 3)} for k, v in times.items()},
    }


def linearity_run(texts: list[str], size: int) -> dict[str, Any]:
    """Cost per character of documents of about ``size`` characters built from ``texts``."""
    import vn_crimeie

    docs: list[str] = []
    current: list[str] = []
    length = 0
    pool = list(texts)
    i = 0
    while len(docs) < max(1, 1_200_000 // size) and i < 50 * len(pool):
        piece = pool[i % len(pool)]
        i += 1
        current.append(piece)
        length += len(piece) + 2
        if length >= size:
            docs.append("\n\n".join(current)[: max(size, 1)])
            current, length = [], 0
        if size >= 500_000 and docs:
            break
    nlp = vn_crimeie.load()
    nlp.max_length = max(nlp.max_length, 2 * size)
    vn_crimeie.extract(WARM, nlp=nlp)
    result = _timed(lambda ds: [vn_crimeie.extract(d, nlp=nlp) for d in ds], docs)
    result["size"] = size
    result["cpu_us_per_char"] = round(1e6 * result["cpu_seconds"] / result["chars"], 3)
    result["us_per_char"] = round(1e6 * result["seconds"] / result["chars"], 3)
    return result


# --------------------------------------------------------------------------- orchestration


def run_subprocess(args: list[str], timeout: float = 3600) -> dict[str, Any]:
    """Run this script (or a snippet) in a fresh interpreter and parse its last JSON line."""
    env = dict(os.environ, PYTHONHASHSEED="0", TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["failed"]}
    for line in reversed(proc.stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"error": ["no result"]}


COLD = """
import json, resource, time
t0 = time.perf_counter()
import vn_crimeie
t1 = time.perf_counter()
nlp = vn_crimeie.load()
t2 = time.perf_counter()
nlp("Chiều 13/3, Đại tá Nguyễn Văn A dự hội nghị tại Hà Nội; Công an huyện Krông Nô thu giữ 5 kg ma túy, 20 triệu đồng.")
t3 = time.perf_counter()
print(json.dumps({"import_s": round(t1 - t0, 3), "load_s": round(t2 - t1, 3),
                  "import_plus_load_s": round(t2 - t0, 3), "first_doc_s": round(t3 - t2, 3),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def ratio(a: dict[str, Any], b: dict[str, Any], key: str = "chars_per_s") -> float | None:
    if not a or not b or a.get(key) is None or not b.get(key):
        return None
    return round(a[key] / b[key], 3)


def cpu_speedup(single: dict[str, Any], multi: dict[str, Any], jobs: int) -> float | None:
    """Speed-up ``jobs`` idle cores would give: one process's CPU time over the busiest share.

    On a machine shared with other work the wall-clock speed-up understates what
    ``n_process`` gives; this estimate divides the single-process CPU time by the
    CPU time of the parallel run spread over ``jobs`` cores (parent + workers),
    so it includes the cost of forking, shipping texts and serialising Docs.
    """
    if not single.get("cpu_seconds") or "cpu_seconds" not in multi:
        return None
    total = multi["cpu_seconds"] + multi.get("children_cpu_seconds", 0.0)
    return round(single["cpu_seconds"] / max(total / jobs, multi["cpu_seconds"]), 3) if total else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL file, .txt file or folder")
    parser.add_argument("--limit", type=int, default=500, help="number of documents (default 500)")
    parser.add_argument("--peer-limit", type=int, default=100, help="documents for the slow peers ner and dateparser")
    parser.add_argument("--jobs", type=int, default=2, help="processes for nlp.pipe(n_process=…) (default 2)")
    parser.add_argument("--big", type=int, default=1_000_000, help="size of the big document in characters")
    parser.add_argument("--small", type=int, default=5_000, help="size of the small documents in characters")
    parser.add_argument("--only", help="comma-separated subset of: " + ",".join(PEERS + ("cold", "components", "linearity")))
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--save", type=Path, help="also write the JSON report to this file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        limit = args.peer_limit if args.worker in SLOW_PEERS else args.limit
        texts = load_texts(args.corpus, limit)
        print(json.dumps(worker(args.worker, texts, args.jobs)))
        return 0

    wanted = set(args.only.split(",")) if args.only else set(PEERS) | {"cold", "components", "linearity"}
    common = ["--corpus", str(args.corpus), "--limit", str(args.limit), "--peer-limit", str(args.peer_limit)]
    common += ["--jobs", str(args.jobs)]
    script = str(Path(__file__).resolve())
    report: dict[str, Any] = {
        "corpus": str(args.corpus),
        "limit": args.limit,
        "peer_limit": args.peer_limit,
        "cpus": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0],
        "peers": {},
    }
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    for name in PEERS:
        if name in wanted:
            log(f"bench: {name} …")
            report["peers"][name] = run_subprocess([script, "--worker", name, *common])
    if "cold" in wanted:
        log("bench: cold import + load() …")
        runs = [run_subprocess(["-c", COLD]) for _ in range(3)]
        ok = [r for r in runs if "error" not in r]
        report["cold"] = min(ok, key=lambda r: r["import_plus_load_s"]) if ok else runs[0]
        report["cold"]["runs"] = [r.get("import_plus_load_s") for r in runs]
    if "components" in wanted:
        log("bench: component shares …")
        report["components"] = run_subprocess([script, "--worker", "components", *common])
    if "linearity" in wanted:
        log("bench: linearity …")
        lin_common = [*common[:2], "--limit", str(args.limit), "--jobs", "1"]
        small = run_subprocess([script, "--worker", f"linearity:{args.small}", *lin_common])
        big = run_subprocess([script, "--worker", f"linearity:{args.big}", *lin_common])
        report["linearity"] = {
            "small": small,
            "big": big,
            "cost_per_char_ratio_cpu": ratio(big, small, "cpu_us_per_char"),
            "cost_per_char_ratio_wall": ratio(big, small, "us_per_char"),
        }
    peers = report["peers"]
    ext = peers.get("extract", {})
    report["ratios"] = {
        "extract / word_tokenize (throughput)": ratio(ext, peers.get("word_tokenize", {})),
        "extract / word_tokenize (CPU throughput)": ratio(ext, peers.get("word_tokenize", {}), "cpu_chars_per_s"),
        "extract / ner (throughput)": ratio(ext, peers.get("ner", {})),
        "extract / ner (CPU throughput)": ratio(ext, peers.get("ner", {}), "cpu_chars_per_s"),
        "extract / dateparser (throughput)": ratio(ext, peers.get("dateparser", {})),
        "pipe / extract (throughput)": ratio(peers.get("pipe", {}), ext),
        f"pipe n_process={args.jobs} / pipe (wall speed-up)": ratio(peers.get("pipe_jobs", {}), peers.get("pipe", {})),
        f"pipe n_process={args.jobs} / pipe (CPU-bound estimate)": cpu_speedup(peers.get("pipe", {}), peers.get("pipe_jobs", {}), args.jobs),
        f"extract_many n_process={args.jobs} / pipe (wall speed-up)": ratio(peers.get("many_jobs", {}), peers.get("pipe", {})),
        f"extract_many n_process={args.jobs} / pipe (CPU-bound estimate)": cpu_speedup(peers.get("pipe", {}), peers.get("many_jobs", {}), args.jobs),
        f"extract --jobs {args.jobs} / --jobs 1 (wall speed-up)": ratio(peers.get("cli_jobs", {}), peers.get("cli", {})),
        f"extract --jobs {args.jobs} / --jobs 1 (CPU-bound estimate)": cpu_speedup(peers.get("cli", {}), peers.get("cli_jobs", {}), args.jobs),
    }
    report["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.save:
        args.save.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(report)
    return 0


def print_table(report: dict[str, Any]) -> None:
    print(f"corpus {report['corpus']}  limit {report['limit']} (ner/dateparser: first {report['peer_limit']})")
    print(f"cpus {report['cpus']}  load average before {report['loadavg_before']} after {report['loadavg_after']}")
    if report["peers"]:
        print()
        print(f"{'peer':<15}{'docs':>6}{'chars/s':>11}{'docs/s':>9}{'CPU chars/s':>13}{'peak RSS MB':>13}")
    for name, r in report["peers"].items():
        if "error" in r:
            print(f"{name:<15} error: {r['error']}")
            continue
        print(
            f"{name:<15}{r['docs']:>6}{r['chars_per_s']:>11,}{r['docs_per_s']:>9}"
            f"{(r['cpu_chars_per_s'] or 0):>13,}{r['peak_rss_mb']:>13}"
        )
    shown = {k: v for k, v in report["ratios"].items() if v is not None}
    if shown:
        print()
    for k, v in shown.items():
        print(f"{k:<50} {v}")
    if "cold" in report:
        c = report["cold"]
        print()
        if "error" in c:
            print(f"cold start: error {c['error']}")
        else:
            print(
                f"cold start: import {c['import_s']} s + load() {c['load_s']} s = {c['import_plus_load_s']} s"
                f" (best of {c['runs']}); first doc {c['first_doc_s']} s; RSS {c['peak_rss_mb']} MB"
            )
    if "components" in report and "shares" in report["components"]:
        comp = report["components"]
        print()
        print(f"component shares (CPU time, {comp['docs']} docs, {comp['cpu_seconds']} s):")
        for k, v in sorted(comp["shares"].items(), key=lambda kv: -kv[1]["cpu_seconds"]):
            print(f"  {k:<38}{v['cpu_seconds']:>8} s {100 * v['share']:>6.1f} %")
    if "linearity" in report:
        lin = report["linearity"]
        print()
        for key in ("small", "big"):
            r = lin[key]
            if "error" in r:
                print(f"linearity {key}: error {r['error']}")
            else:
                print(
                    f"linearity {key}: {r['docs']} doc(s) of ~{r['size']:,} chars, {r['cpu_us_per_char']} µs/char CPU,"
                    f" {r['us_per_char']} µs/char wall, peak RSS {r['peak_rss_mb']} MB"
                )
        print(f"cost per char big/small: CPU {lin['cost_per_char_ratio_cpu']}  wall {lin['cost_per_char_ratio_wall']}")


if __name__ == "__main__":
    sys.exit(main())
