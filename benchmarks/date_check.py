"""DATE strict P/R/F1 and value accuracy of the DATE recogniser against gold files.

Usage: python benchmarks/date_check.py [--errors] [FILE[:DATELINE-MODE] ...]

Default files: ../shared/data/dev-gold.jsonl (no dateline: XXXX rules apply),
corpus/seed.jsonl and the dantri gold corpus/dev.jsonl, corpus/test.jsonl (with
their datelines).  Files that are absent are skipped.  Nothing of a gold file is
written anywhere; --errors prints the misses for error analysis.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers.dates import find

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT.parent / "shared" / "data" / "dev-gold.jsonl",
    ROOT / "corpus" / "seed.jsonl",
    ROOT / "corpus" / "dev.jsonl",
    ROOT / "corpus" / "test.jsonl",
]


def _value_key(value: dict | None) -> tuple:
    value = value or {}
    return value.get("type"), value.get("value")


def check(path: Path, show_errors: bool = False) -> dict[str, float]:
    tp = fp = fn = right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc["text"]
        norm = normalize(text)
        gold = {(e["start"], e["end"]): e for e in doc["entities"] if e["label"] == "DATE"}
        pred = {}
        for c in find(norm.text, doc.get("dateline")):
            pred[norm.to_original(c.start, c.end)] = c
        for span, c in pred.items():
            if span in gold:
                tp += 1
                if _value_key(gold[span].get("value")) == _value_key(c.value):
                    right += 1
                elif show_errors:
                    print(f"  VALUE {doc['id']} {text[span[0]:span[1]]!r}: gold {gold[span].get('value')} got {c.value} [{c.source}]")
            else:
                fp += 1
                if show_errors:
                    print(f"  FP    {doc['id']} {text[span[0]:span[1]]!r} {c.value} [{c.source}] …{text[max(0, span[0]-30):span[1]+20]!r}")
        for span, e in gold.items():
            if span not in pred:
                fn += 1
                if show_errors:
                    print(f"  FN    {doc['id']} {e['text']!r} {e.get('value')} …{text[max(0, span[0]-30):span[1]+20]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = right / tp if tp else 0.0
    return {"gold": tp + fn, "pred": tp + fp, "tp": tp, "P": p, "R": r, "F1": f, "value_acc": acc}


def main(argv: list[str]) -> int:
    show = "--errors" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    for path in paths:
        if not path.exists():
            print(f"{path}: absent, skipped")
            continue
        s = check(path, show)
        print(f"{path.name}: gold {s['gold']} pred {s['pred']} tp {s['tp']}  P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}  value acc {s['value_acc']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
