"""Relation extraction scores (strict/relaxed, docs/evaluation.md) on gold entities and end to end.

    python benchmarks/relation_check.py                      # dev-gold (../shared) + the seed
    python benchmarks/relation_check.py corpus/test.jsonl    # any gold files
    python benchmarks/relation_check.py --end-to-end         # also vn_crimeie.extract
    python benchmarks/relation_check.py --errors             # list the wrong and missed relations

"Gold entities" runs ``vn_crimeie.relations.relate`` on the gold documents with
their relations removed: the relation rules alone.  "End to end" runs
``vn_crimeie.extract`` on the text.  Both are scored by ``vn_crimeie.evaluation``.
Scores are printed for the relation labels of the rules (``RULE_LABELS``) and
for every label the gold carries; QUANTIFIES (numbers) and ABBREVIATES
(abbreviations) come from other modules and are included only where they run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vn_crimeie.document import Document
from vn_crimeie.evaluation import Counts, Report, predict, score
from vn_crimeie.relations import RULE_LABELS, relate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [ROOT.parent / "shared" / "data" / "dev-gold.jsonl", ROOT / "corpus" / "seed.jsonl"]


def read(paths: Iterable[Path]) -> list[dict[str, Any]]:
    docs = []
    for path in paths:
        if not path.exists():
            print(f"skipping {path}: not found", file=sys.stderr)
            continue
        docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs


def on_gold_entities(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for g in gold:
        doc = Document.from_dict({**g, "relations": []})
        out.append(relate(doc).to_dict())
    return out


def micro(table: dict[str, Counts], labels: Iterable[str]) -> Counts:
    total = Counts()
    for label in labels:
        total += table.get(label, Counts())
    return total


def show(title: str, report: Report, gold_labels: list[str]) -> None:
    print(f"\n## {title}\n")
    print("| label | P | R | F1 | support | relaxed F1 |")
    print("|---|---|---|---|---|---|")
    for label in gold_labels:
        c = report.relations_strict.get(label, Counts())
        r = report.relations_relaxed.get(label, Counts())
        print(f"| {label} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.support} | {r.f1:.3f} |")
    mine = micro(report.relations_strict, RULE_LABELS)
    every = micro(report.relations_strict, gold_labels)
    print(f"| micro (rule labels) | {mine.precision:.3f} | {mine.recall:.3f} | {mine.f1:.3f} | {mine.support} | "
          f"{micro(report.relations_relaxed, RULE_LABELS).f1:.3f} |")
    print(f"| micro (all labels) | {every.precision:.3f} | {every.recall:.3f} | {every.f1:.3f} | {every.support} | "
          f"{micro(report.relations_relaxed, gold_labels).f1:.3f} |")


def show_errors(report: Report, limit: int) -> None:
    items = [i for i in report.items if i.kind == "relation" and i.label in RULE_LABELS]
    for item in items[:limit]:
        print(f"{item.side} {item.doc_id} {item.text} | {item.context[:200]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="gold JSONL files (default: dev-gold + seed)")
    ap.add_argument("--end-to-end", action="store_true", help="also score vn_crimeie.extract")
    ap.add_argument("--errors", action="store_true", help="list relation errors on gold entities")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args(argv)
    gold = read(args.files or DEFAULT_FILES)
    if not gold:
        print("no gold documents", file=sys.stderr)
        return 1
    labels = sorted({r["label"] for g in gold for r in g.get("relations") or []} | set(RULE_LABELS))
    print(f"{len(gold)} gold documents")
    report = score(gold, on_gold_entities(gold), system="relations on gold entities")
    show("On gold entities (relation rules alone)", report, labels)
    if args.errors:
        show_errors(report, args.limit)
    if args.end_to_end:
        e2e = score(gold, [predict(g) for g in gold], system="vn_crimeie.extract")
        show("End to end (vn_crimeie.extract)", e2e, labels)
        if args.errors:
            show_errors(e2e, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
