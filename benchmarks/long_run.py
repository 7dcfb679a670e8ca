"""What shipping Docs between processes costs, and memory over a long run.

Two measurements, each against its peer in the same run:

* ``serialise``: milliseconds per article of ``Doc.to_bytes()`` (in an
  ``nlp.pipe(n_process=N)`` worker) and ``Doc.from_bytes()`` (in the parent),
  with vn_crimeie's cache of srsly's msgpack registries and with catalogue's own
  lookup (``catalogue.Registry.get_all``, what srsly does without the cache);
* ``memory``: resident memory every ``--every`` articles while one process
  extracts ``--limit`` articles one by one: plainly, in memory zones renewed
  every 128 articles (``vn_crimeie.batch.MemoryZones``, what the CLI and the
  workers do) and in one zone per article; each in a fresh subprocess, with
  the size of the vocabulary's string store and the CPU seconds.

Usage::

    python benchmarks/long_run.py                      # corpus/ texts, repeated
    python benchmarks/long_run.py --corpus ../shared/data/news-crime.jsonl --limit 3000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DEFAULT_CORPUS, load_texts  # noqa: E402


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def serialise(texts: list[str]) -> dict[str, Any]:
    """ms per Doc of to_bytes / from_bytes, with the registry cache and with catalogue's lookup."""
    import catalogue
    import srsly
    from spacy.tokens import Doc

    import vn_crimeie

    nlp = vn_crimeie.load()
    docs = list(nlp.pipe(texts))
    out: dict[str, Any] = {"docs": len(docs), "kb_per_doc": round(sum(len(d.to_bytes()) for d in docs) / len(docs) / 1024, 1)}
    cached = {r: vars(r)["get_all"] for r in (srsly.msgpack_encoders, srsly.msgpack_decoders)}
    for mode in ("cached", "catalogue"):
        for registry, get_all in cached.items():
            if mode == "cached":
                registry.get_all = get_all
            else:
                registry.get_all = lambda r=registry: catalogue.Registry.get_all(r)
        t = time.perf_counter()
        data = [d.to_bytes() for d in docs]
        to_bytes = time.perf_counter() - t
        t = time.perf_counter()
        for b in data:
            Doc(nlp.vocab).from_bytes(b)
        from_bytes = time.perf_counter() - t
        out[mode] = {"to_bytes_ms": round(1000 * to_bytes / len(docs), 3), "from_bytes_ms": round(1000 * from_bytes / len(docs), 3)}
    for registry, get_all in cached.items():
        registry.get_all = get_all
    return out


def memory(texts: list[str], zone_every: int, every: int) -> dict[str, Any]:
    """RSS and string-store size every ``every`` articles; zones renewed every ``zone_every`` articles (0: none)."""
    import contextlib

    import vn_crimeie
    from vn_crimeie.pipeline import document_from_doc
    from vn_crimeie.batch import MemoryZones

    nlp = vn_crimeie.load()
    nlp("Công an tỉnh họp.")
    points = [(0, round(_rss_mb(), 1), len(nlp.vocab.strings))]
    zones = MemoryZones(nlp, zone_every) if zone_every else None
    t = time.process_time()
    for i, text in enumerate(texts, 1):
        with zones.document() if zones else contextlib.nullcontext():
            document_from_doc(nlp(text))
        if i % every == 0 or i == len(texts):
            points.append((i, round(_rss_mb(), 1), len(nlp.vocab.strings)))
    if zones:
        zones.close()
    return {"zone_every": zone_every, "cpu_seconds": round(time.process_time() - t, 2), "points": points}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL file, .txt file or folder")
    parser.add_argument("--limit", type=int, default=3000, help="articles of the memory run (texts repeat if the corpus is smaller)")
    parser.add_argument("--serialise-limit", type=int, default=150, help="articles of the serialisation run")
    parser.add_argument("--every", type=int, default=500, help="report memory every N articles")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    texts = load_texts(args.corpus, args.limit)
    if not texts:
        raise SystemExit(f"long_run: no texts in {args.corpus}")
    while len(texts) < args.limit:
        texts += texts[: args.limit - len(texts)]
    if args.worker == "serialise":
        print(json.dumps(serialise(texts[: args.serialise_limit])))
        return 0
    if args.worker and args.worker.startswith("memory:"):
        print(json.dumps(memory(texts, int(args.worker.split(":")[1]), args.every)))
        return 0

    common = ["--corpus", str(args.corpus), "--limit", str(args.limit), "--serialise-limit", str(args.serialise_limit), "--every", str(args.every)]

    def run(worker: str) -> dict[str, Any]:
        done = subprocess.run([sys.executable, __file__, "--worker", worker, *common], capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])

    ser = run("serialise")
    print(f"Doc serialisation, {ser['docs']} articles, {ser['kb_per_doc']} KB a Doc:")
    for mode, label in (("cached", "vn_crimeie registry cache"), ("catalogue", "catalogue lookup per call")):
        print(f"  {label:28s} to_bytes {ser[mode]['to_bytes_ms']:6.3f} ms   from_bytes {ser[mode]['from_bytes_ms']:6.3f} ms")
    ratio = (ser["catalogue"]["to_bytes_ms"] + ser["catalogue"]["from_bytes_ms"]) / (ser["cached"]["to_bytes_ms"] + ser["cached"]["from_bytes_ms"])
    print(f"  shipping a Doc costs {ratio:.2f}x more without the cache")
    print()
    runs = [run("memory:0"), run("memory:128"), run("memory:1")]
    print(f"memory over {args.limit} articles (RSS MB / strings in the vocabulary):")
    print(f"  {'articles':>8s}  {'plain':>18s}  {'zones of 128':>18s}  {'zone per article':>18s}")
    for rows in zip(*(r["points"] for r in runs)):
        print(f"  {rows[0][0]:8d}" + "".join(f"  {rss:8.1f} {strings:9d}" for _, rss, strings in rows))
    print("  CPU seconds: " + ", ".join(f"{name} {r['cpu_seconds']}" for name, r in zip(("plain", "zones of 128", "zone per article"), runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
