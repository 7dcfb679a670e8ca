"""Quick check of the "who" recognisers (RANK, TITLE, PERSON) against gold files.

Usage::

    python benchmarks/who_check.py [--errors] [--system rules|pipeline|ner|rules+ner] [GOLD.jsonl ...]

Defaults to ../shared/data/dev-gold.jsonl (when present) and corpus/seed.jsonl,
each scored on its own.  Systems:

* ``rules`` (default): the ranks, titles and persons recognisers alone, their
  candidates resolved by :func:`vn_crimeie.resolve.resolve`;
* ``pipeline``: ``vn_crimeie.extract`` (every recogniser, the real resolver);
* ``ner``: underthesea's CRF NER, its ``PER`` spans as PERSON (the baseline);
* ``rules+ner``: the rules with ``use_ner=True`` in the persons recogniser.

Figures: strict and partial P/R/F1 for RANK, TITLE and PERSON, and the speed
of the system in characters per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from vn_crimeie.evaluation import score
from vn_crimeie.evaluation.scorer import sentence_context
from vn_crimeie.normalize import normalize
from vn_crimeie.recognizers import persons, ranks, titles

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = [ROOT.parent / "shared" / "data" / "dev-gold.jsonl", ROOT / "corpus" / "seed.jsonl"]
LABELS = ("RANK", "TITLE", "PERSON")


def resolve(cands: list[Any]) -> list[Any]:
    """The resolver's policy (priority, then length, then start), on unhashable candidates too."""
    accepted: list[Any] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.label)):
        if not any(a.start < c.end and c.start < a.end for a in accepted):
            accepted.append(c)
    return sorted(accepted, key=lambda c: c.start)


def _rules(text: str, use_ner: bool = False) -> list[dict[str, Any]]:
    norm = normalize(text)
    cands = ranks.find(norm.text) + titles.find(norm.text) + persons.find(norm.text, use_ner=use_ner)
    out = []
    for c in resolve(cands):
        s, e = norm.to_original(c.start, c.end)
        out.append({"id": f"p{len(out)}", "start": s, "end": e, "label": c.label, "text": text[s:e]})
    return out


def _pipeline(text: str) -> list[dict[str, Any]]:
    import vn_crimeie

    doc = vn_crimeie.extract(text)
    data = doc.to_dict() if hasattr(doc, "to_dict") else doc
    return [e for e in data["entities"] if e["label"] in LABELS]


def _ner(text: str) -> list[dict[str, Any]]:
    from underthesea import ner

    out: list[dict[str, Any]] = []
    pos = 0
    current: list[int] | None = None
    for token, *_rest, tag in ner(text):
        k = text.find(token, pos)
        if k < 0:
            continue
        pos = k + len(token)
        if tag == "I-PER" and current is not None:
            current[1] = pos
            continue
        if current is not None:
            out.append({"id": f"p{len(out)}", "start": current[0], "end": current[1], "label": "PERSON"})
            current = None
        if tag in ("B-PER", "I-PER"):
            current = [k, pos]
    if current is not None:
        out.append({"id": f"p{len(out)}", "start": current[0], "end": current[1], "label": "PERSON"})
    return out


SYSTEMS = {
    "rules": _rules,
    "rules+ner": lambda text: _rules(text, use_ner=True),
    "pipeline": _pipeline,
    "ner": _ner,
}


def prf(c: Any) -> str:
    p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0
    r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {c.tp}, fp {c.fp}, fn {c.fn})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--system", choices=sorted(SYSTEMS), default="rules")
    ap.add_argument("--errors", action="store_true", help="print every strict error with its context")
    args = ap.parse_args(argv)
    predict = SYSTEMS[args.system]
    labels = ("PERSON",) if args.system == "ner" else LABELS
    for path in args.gold or [p for p in DEFAULTS if p.exists()]:
        gold = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                doc["entities"] = [e for e in doc.get("entities", []) if e["label"] in labels]
                doc["relations"] = []
                gold.append(doc)
        chars = sum(len(d["text"]) for d in gold)
        t0 = time.perf_counter()
        preds = [{"id": d["id"], "text": d["text"], "entities": predict(d["text"]), "relations": []} for d in gold]
        elapsed = time.perf_counter() - t0
        report = score(gold, preds, system=args.system)
        print(f"== {path.name}: {len(gold)} documents, {chars} chars, {args.system}, {chars / elapsed:,.0f} chars/s")
        for mode in ("strict", "partial"):
            table = getattr(report, f"entities_{mode}")
            for label in labels:
                if label in table:
                    print(f"  {mode:7} {label:6} {prf(table[label])}")
        if args.errors:
            by_id = {d["id"]: d for d in gold}
            pred_by_id = {d["id"]: d for d in preds}
            for doc_id, g in by_id.items():
                gs = {(e["start"], e["end"], e["label"]) for e in g["entities"]}
                ps = {(e["start"], e["end"], e["label"]) for e in pred_by_id[doc_id]["entities"] if e["label"] in labels}
                for kind, spans in (("FN", gs - ps), ("FP", ps - gs)):
                    for s, e, label in sorted(spans):
                        ctx = sentence_context(g["text"], s, e)
                        print(f"  {kind} {label:6} {doc_id} {g['text'][s:e]!r}: {ctx[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
