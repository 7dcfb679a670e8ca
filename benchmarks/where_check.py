"""Strict and partial P/R/F1 of the ORG, LOC, VENUE, DOCUMENT, CRIME and TERM recognisers.

Runs only these recognisers on each document (normalised text), resolves the
overlaps with the library's policy (priority, then length, then start) and
scores against the gold entities of the same labels.

    python benchmarks/where_check.py                       # ../shared/data/dev-gold.jsonl and the seed
    python benchmarks/where_check.py FILE.jsonl --errors   # list the misses and false alarms
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import find_all

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("ORG", "LOC", "VENUE", "DOCUMENT", "CRIME", "TERM")
NAMES = ["orgs", "locations", "venues", "documents", "crimes", "terms", "abbreviations"]


def resolve(cands):  # the policy of docs/architecture.md
    out, taken = [], []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.label)):
        if any(s < c.end and c.start < e for s, e in taken):
            continue
        taken.append((c.start, c.end))
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def predict(text: str) -> list[tuple[int, int, str]]:
    norm = normalize(text)
    ents = []
    for c in resolve(find_all(norm.text, None, NAMES)):
        s, e = norm.to_original(c.start, c.end)
        ents.append((s, e, c.label))
    return ents


def score(docs, show_errors: bool = False) -> dict[str, dict[str, Counter]]:
    strict: dict[str, Counter] = {lab: Counter() for lab in LABELS}
    partial: dict[str, Counter] = {lab: Counter() for lab in LABELS}
    for doc in docs:
        text = doc["text"]
        gold = [(e["start"], e["end"], e["label"]) for e in doc["entities"] if e["label"] in LABELS]
        pred = predict(text)
        gs, ps = set(gold), set(pred)
        for lab in LABELS:
            g = {x for x in gs if x[2] == lab}
            p = {x for x in ps if x[2] == lab}
            strict[lab]["tp"] += len(g & p)
            strict[lab]["fp"] += len(p - g)
            strict[lab]["fn"] += len(g - p)
            # partial: one-to-one, largest overlap first
            pairs = sorted(
                ((min(a[1], b[1]) - max(a[0], b[0]), a, b) for a in g for b in p if a[0] < b[1] and b[0] < a[1]),
                reverse=True,
            )
            used_g, used_p = set(), set()
            for _, a, b in pairs:
                if a in used_g or b in used_p:
                    continue
                used_g.add(a)
                used_p.add(b)
            partial[lab]["tp"] += len(used_g)
            partial[lab]["fp"] += len(p) - len(used_p)
            partial[lab]["fn"] += len(g) - len(used_g)
            if show_errors:
                for s, e, _ in sorted(g - p):
                    print(f"  MISS {lab:8} {text[s:e]!r:45} | {text[max(0, s - 30):s]!r}")
                for s, e, _ in sorted(p - g):
                    print(f"  FA   {lab:8} {text[s:e]!r:45} | {text[max(0, s - 30):s]!r}")
    return {"strict": strict, "partial": partial}


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, result: dict[str, dict[str, Counter]]) -> None:
    print(f"\n## {name}\n")
    print("| label | gold | strict P | strict R | strict F1 | partial P | partial R | partial F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for lab in (*LABELS, "micro"):
        if lab == "micro":
            s = sum(result["strict"].values(), Counter())
            p = sum(result["partial"].values(), Counter())
        else:
            s, p = result["strict"][lab], result["partial"][lab]
        gold = s["tp"] + s["fn"]
        sp, sr, sf = prf(s)
        pp, pr, pf = prf(p)
        print(f"| {lab} | {gold} | {sp:.2f} | {sr:.2f} | {sf:.2f} | {pp:.2f} | {pr:.2f} | {pf:.2f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--errors", action="store_true", help="list misses (MISS) and false alarms (FA)")
    args = ap.parse_args(argv)
    files = args.files or [str(ROOT.parent / "shared" / "data" / "dev-gold.jsonl"), str(ROOT / "corpus" / "seed.jsonl")]
    for f in files:
        path = Path(f)
        if not path.exists():
            print(f"(skipped: {f} is not available)", file=sys.stderr)
            continue
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        report(path.name, score(docs, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
