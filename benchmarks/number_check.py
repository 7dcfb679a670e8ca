"""Quick check of the numbers recogniser against gold files (NUMBER, MEASURE, QUANTIFIES).

Usage::

    python benchmarks/number_check.py [--errors] [GOLD.jsonl ...]

Defaults to ../shared/data/dev-gold.jsonl (when present) and corpus/seed.jsonl.
Figures: NUMBER and MEASURE strict P/R/F1, NUMBER value accuracy (value and
comparator of strictly matched numbers), QUANTIFIES strict P/R/F1 on the gold
NUMBER/MEASURE entities and on the recogniser's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from vn_crimeie.normalize import normalize
from vn_crimeie.numbers.linking import quantifies
from vn_crimeie.recognizers.numbers import find

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = [ROOT.parent / "shared" / "data" / "dev-gold.jsonl", ROOT / "corpus" / "seed.jsonl"]


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, pred {n_pred}, gold {n_gold})"


def predict(text: str) -> list[SimpleNamespace]:
    norm = normalize(text)
    out = []
    for c in sorted(find(norm.text), key=lambda c: (c.start, c.end)):
        s, e = norm.to_original(c.start, c.end)
        out.append(SimpleNamespace(start=s, end=e, label=c.label, value=c.value))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    args = ap.parse_args(argv)
    files = args.gold or [p for p in DEFAULTS if p.exists()]
    counts = {k: [0, 0, 0] for k in ("NUMBER", "MEASURE", "Q_gold", "Q_own")}
    values = [0, 0]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            gold = sorted(doc["entities"], key=lambda e: (e["start"], e["end"]))
            by_id = {e["id"]: e for e in gold}
            pred = predict(text)
            for label in ("NUMBER", "MEASURE"):
                g = {(e["start"], e["end"]): e for e in gold if e["label"] == label}
                p = {(e.start, e.end): e for e in pred if e.label == label}
                c = counts[label]
                c[0] += len(g.keys() & p.keys())
                c[1] += len(p)
                c[2] += len(g)
                if label == "NUMBER":
                    for key in g.keys() & p.keys():
                        gv, pv = g[key].get("value") or {}, p[key].value or {}
                        values[1] += 1
                        ok = gv.get("value") == pv.get("value") and gv.get("comparator") == pv.get("comparator")
                        values[0] += ok
                        if not ok and args.errors:
                            print(f"  VALUE {doc['id']} {text[key[0]:key[1]]!r} gold {gv} pred {pv}")
                if args.errors:
                    for s, e in sorted(g.keys() - p.keys()):
                        print(f"  MISS  {label:7} {doc['id']} {text[s:e]!r} | {text[max(0, s - 30):e + 30]!r}")
                    for s, e in sorted(p.keys() - g.keys()):
                        print(f"  FALSE {label:7} {doc['id']} {text[s:e]!r} | {text[max(0, s - 30):e + 30]!r}")
            gold_q = {
                ((by_id[r["head"]]["start"], by_id[r["head"]]["end"]), (by_id[r["tail"]]["start"], by_id[r["tail"]]["end"]))
                for r in doc["relations"]
                if r["label"] == "QUANTIFIES"
            }
            for key, ents in (("Q_gold", gold), ("Q_own", pred)):
                spans = [(e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end) for e in ents]
                got = {(spans[a], spans[b]) for a, b in quantifies(text, ents)}
                c = counts[key]
                c[0] += len(got & gold_q)
                c[1] += len(got)
                c[2] += len(gold_q)
                if args.errors and key == "Q_gold":
                    for (h, t) in sorted(gold_q - got):
                        print(f"  QMISS {doc['id']} {text[h[0]:h[1]]!r} -> {text[t[0]:t[1]]!r}")
                    for (h, t) in sorted(got - gold_q):
                        print(f"  QFALSE {doc['id']} {text[h[0]:h[1]]!r} -> {text[t[0]:t[1]]!r}")
    print("files:", ", ".join(str(p) for p in files))
    print("NUMBER strict      ", prf(*counts["NUMBER"]))
    print("NUMBER value acc   ", f"{values[0] / values[1]:.3f} ({values[0]}/{values[1]})" if values[1] else "n/a")
    print("MEASURE strict     ", prf(*counts["MEASURE"]))
    print("QUANTIFIES on gold ", prf(*counts["Q_gold"]))
    print("QUANTIFIES own     ", prf(*counts["Q_own"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
