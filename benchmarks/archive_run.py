"""Run vn_crimeie over the whole raw archive: counts per label, failures, slowest documents.

    python benchmarks/archive_run.py [--data ../shared/data/news-crime.jsonl] [--step N] [--top 10] [--json]

Each article is extracted on its own (one failure never stops the run) and
checked against the invariants: ``text[start:end] == entity.text``, no
overlapping entities, relations between existing entities.  The archive is
read in place and never copied.
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections import Counter
from pathlib import Path

import vn_crimeie

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-crime.jsonl"


def violations(text: str, doc: vn_crimeie.Document) -> list[str]:
    """What is wrong with one result (empty when it satisfies the invariants)."""
    out = []
    previous = 0
    ids = set()
    for e in doc.entities:
        if text[e.start : e.end] != e.text:
            out.append(f"{e.id} [{e.start},{e.end}) text mismatch")
        if e.start < previous:
            out.append(f"{e.id} overlaps the previous entity")
        previous = max(previous, e.end)
        ids.add(e.id)
    for r in doc.relations:
        if r.head not in ids or r.tail not in ids:
            out.append(f"{r.label} points at a missing entity")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--step", type=int, default=1, help="every N-th article only")
    parser.add_argument("--top", type=int, default=10, help="how many slowest documents to list")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()

    nlp = vn_crimeie.load()
    vn_crimeie.extract("Khởi động: Đại tá Lê Văn A.", nlp=nlp)  # load models before timing
    labels: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    failures: list[dict] = []
    broken: list[dict] = []
    timings: list[tuple[float, str, int]] = []
    chars = 0
    started = time.perf_counter()
    with args.data.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % args.step:
                continue
            article = json.loads(line)
            text = article["text"]
            chars += len(text)
            t0 = time.perf_counter()
            try:
                doc = vn_crimeie.extract(text, id=article["id"], nlp=nlp)
            except Exception as exc:  # report and go on
                failures.append({"id": article["id"], "error": f"{type(exc).__name__}: {exc}", "where": traceback.format_exc(limit=-3)})
                continue
            timings.append((time.perf_counter() - t0, article["id"], len(text)))
            labels.update(e.label for e in doc.entities)
            relations.update(r.label for r in doc.relations)
            bad = violations(text, doc)
            if bad:
                broken.append({"id": article["id"], "problems": bad[:5]})
    elapsed = time.perf_counter() - started
    timings.sort(reverse=True)
    summary = {
        "documents": len(timings) + len(failures),
        "characters": chars,
        "seconds": round(elapsed, 1),
        "ms_per_document": round(1000 * elapsed / max(1, len(timings) + len(failures)), 1),
        "exceptions": len(failures),
        "invariant_violations": len(broken),
        "entities": dict(labels.most_common()),
        "relations": dict(relations.most_common()),
        "slowest": [{"id": i, "seconds": round(s, 3), "characters": n} for s, i, n in timings[: args.top]],
        "failures": failures[:20],
        "violations": broken[:20],
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    print(f"{summary['documents']} documents, {chars:,} characters in {elapsed:.1f} s ({summary['ms_per_document']} ms/document)")
    print(f"exceptions: {len(failures)}   invariant violations: {len(broken)}")
    print("entities:  " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    print("relations: " + ", ".join(f"{k} {v}" for k, v in relations.most_common()))
    print("slowest:")
    for s, i, n in timings[: args.top]:
        print(f"  {s:7.3f} s  {n:>7,} chars  {i}")
    for item in failures[:20]:
        print(f"FAILED {item['id']}: {item['error']}\n{item['where']}")
    for item in broken[:20]:
        print(f"BROKEN {item['id']}: {item['problems']}")


if __name__ == "__main__":
    main()
