"""The evaluation every issue reports with: vn_crimeie and its peers on the gold files.

    python benchmarks/evaluate.py                      # default gold files, Markdown
    python benchmarks/evaluate.py --gold corpus/test.jsonl --json
    python benchmarks/evaluate.py --systems vn_crimeie --errors

Default gold files: ``../shared/data/dev-gold.jsonl`` (when present; never
copied into the project), ``corpus/seed.jsonl`` and ``corpus/test.jsonl`` (when
present).  For each file it prints, per system, strict and partial P/R/F1 per
entity label, value accuracy and relation P/R/F1 per label, then a table of the
differences per label.

Systems:

- ``vn_crimeie``: ``vn_crimeie.extract(text, dateline=...)``.
- ``underthesea``: ``underthesea.ner`` per sentence, PER→PERSON, ORG→ORG,
  LOC→LOC, words aligned to character offsets of the original text.
- ``dateparser``: ``dateparser.search.search_dates(languages=["vi"])`` per line,
  every span it finds → DATE (value: TIME when a clock time is in the span, else DATE).

A peer is scored against the gold restricted to the labels it can produce, so its
micro figures are "on its own labels"; the differences table compares per label
and on those label sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vn_crimeie.evaluation import Counts, Report, load_documents, score  # noqa: E402
from vn_crimeie.evaluation.report import markdown_table  # noqa: E402

SHARED_DEV = ROOT.parent / "shared" / "data" / "dev-gold.jsonl"
UNDERTHESEA_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
PEER_LABELS = {"underthesea": ("PERSON", "ORG", "LOC"), "dateparser": ("DATE",)}
SYSTEMS = ("vn_crimeie", "underthesea", "dateparser")
_CLOCK = regex.compile(r"\d{1,2}\s*(?:[:hg]|giờ)\s*\d{0,2}", regex.IGNORECASE)


def default_gold() -> list[Path]:
    """The gold files that exist on this machine, in report order."""
    candidates = [SHARED_DEV, ROOT / "corpus" / "seed.jsonl", ROOT / "corpus" / "test.jsonl"]
    return [p for p in candidates if p.exists()]


def _parse_dateline(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


# -- peers -----------------------------------------------------------------

def _lines(text: str) -> Iterable[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def _align(text: str, words: Iterable[str], start: int, end: int) -> list[tuple[int, int] | None]:
    """Character offsets of ``words`` found in order in ``text[start:end]`` (None when not found nearby)."""
    out: list[tuple[int, int] | None] = []
    pos = start
    for word in words:
        found = text.find(word, pos, end)
        if found < 0 or found - pos > 40:
            out.append(None)
            continue
        out.append((found, found + len(word)))
        pos = found + len(word)
    return out


def underthesea_predict(doc: dict[str, Any]) -> dict[str, Any]:
    """underthesea NER mapped to document entities (docs/schema.md) with offsets into ``doc["text"]``."""
    from underthesea import ner, sent_tokenize

    text = doc["text"]
    entities: list[dict[str, Any]] = []
    for line_start, line in _lines(text):
        pos = line_start
        line_end = line_start + len(line)
        for sentence in sent_tokenize(line):
            s = text.find(sentence, pos, line_end)
            s, e = (s, s + len(sentence)) if s >= 0 else (pos, line_end)
            rows = ner(sentence)
            spans = _align(text, [r[0] for r in rows], s, e)
            current: dict[str, Any] | None = None
            for row, span in zip(rows, spans):
                tag = row[-1]
                prefix, _, kind = tag.partition("-")
                label = UNDERTHESEA_LABELS.get(kind)
                if span is None or label is None or prefix not in ("B", "I"):
                    current = None
                    continue
                if prefix == "I" and current is not None and current["label"] == label:
                    current["end"] = span[1]
                else:
                    current = {"start": span[0], "end": span[1], "label": label, "source": "underthesea"}
                    entities.append(current)
            pos = max(pos, e)
    for i, ent in enumerate(entities, 1):
        ent["id"] = f"u{i}"
        ent["text"] = text[ent["start"]:ent["end"]]
    return {"id": doc["id"], "text": text, "entities": entities, "relations": []}


def dateparser_predict(doc: dict[str, Any]) -> dict[str, Any]:
    """dateparser ``search_dates`` spans as DATE entities with a TIME/DATE value."""
    from dateparser.search import search_dates

    text = doc["text"]
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    base = _parse_dateline(doc.get("dateline"))
    if base is not None:
        settings["RELATIVE_BASE"] = base
    entities: list[dict[str, Any]] = []
    for line_start, line in _lines(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(line, languages=["vi"], settings=settings) or []
        pos = 0
        for surface, when in found:
            at = line.find(surface, pos)
            if at < 0:
                continue
            pos = at + len(surface)
            s, e = line_start + at, line_start + at + len(surface)
            stripped = text[s:e].strip()
            s += len(text[s:e]) - len(text[s:e].lstrip())
            e = s + len(stripped)
            if e <= s:
                continue
            if _CLOCK.search(stripped):
                value = {"type": "TIME", "value": when.strftime("%Y-%m-%dT%H:%M")}
            else:
                value = {"type": "DATE", "value": when.strftime("%Y-%m-%d")}
            entities.append({"id": f"d{len(entities) + 1}", "start": s, "end": e, "label": "DATE",
                             "text": text[s:e], "value": value, "source": "dateparser"})
    return {"id": doc["id"], "text": text, "entities": entities, "relations": []}


def vn_crimeie_predict(doc: dict[str, Any]) -> dict[str, Any]:
    """vn_crimeie's own prediction (``vn_crimeie.extract``)."""
    from vn_crimeie.evaluation import predict

    return predict(doc)


PREDICTORS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "vn_crimeie": vn_crimeie_predict,
    "underthesea": underthesea_predict,
    "dateparser": dateparser_predict,
}


def restrict(doc: dict[str, Any], labels: Iterable[str]) -> dict[str, Any]:
    """A copy of a gold document with only the entities of ``labels`` and no relations."""
    keep = set(labels)
    return {**doc, "entities": [e for e in doc.get("entities") or [] if e["label"] in keep], "relations": []}


# -- running and reporting -------------------------------------------------

def run_system(name: str, gold: list[dict[str, Any]]) -> tuple[Report | None, float, str | None]:
    """Score one system on the gold documents: (report, seconds, reason it could not run)."""
    predictor = PREDICTORS[name]
    started = time.perf_counter()
    try:
        predictions = [predictor(doc) for doc in gold]
    except (ImportError, RuntimeError) as exc:
        return None, 0.0, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    labels = PEER_LABELS.get(name)
    scored_gold = [restrict(d, labels) for d in gold] if labels else gold
    if labels:
        predictions = [restrict(p, labels) for p in predictions]
    return score(scored_gold, predictions, system=name), seconds, None


def _micro_on(report: Report, table: str, labels: Iterable[str]) -> Counts:
    data = getattr(report, table)
    return Report.micro({k: v for k, v in data.items() if k in set(labels)})


def differences(reports: dict[str, Report]) -> list[dict[str, Any]]:
    """Per label (and per peer label set): strict and partial F1 of each system and vn_crimeie − best peer."""
    ours = reports.get("vn_crimeie")
    peers = {k: v for k, v in reports.items() if k != "vn_crimeie"}
    labels: list[str] = []
    for name in peers:
        labels += [x for x in PEER_LABELS.get(name, ()) if x not in labels]
    rows = []
    groups = [(label, (label,)) for label in labels]
    groups += [(f"micro[{','.join(PEER_LABELS[n])}]", PEER_LABELS[n]) for n in peers if n in PEER_LABELS]
    for name, group in groups:
        seen = sum(_micro_on(r, "entities_strict", group).tp + _micro_on(r, "entities_strict", group).fp
                   + _micro_on(r, "entities_strict", group).fn for r in reports.values())
        if not seen:  # no gold and no prediction of these labels in this file
            continue
        row: dict[str, Any] = {"label": name}
        for mode in ("strict", "partial"):
            table = f"entities_{mode}"
            best = None
            for peer, report in peers.items():
                if not set(group) <= set(PEER_LABELS.get(peer, ())):
                    continue
                f1 = _micro_on(report, table, group).f1
                row[f"{peer}_{mode}_f1"] = round(f1, 4)
                best = f1 if best is None else max(best, f1)
            if ours is not None:
                f1 = _micro_on(ours, table, group).f1
                row[f"vn_crimeie_{mode}_f1"] = round(f1, 4)
                if best is not None:
                    row[f"delta_{mode}"] = round(f1 - best, 4)
        if group == ("DATE",):
            for system, report in reports.items():
                if "DATE" in report.values:
                    row[f"{system}_date_value_acc"] = round(report.values["DATE"].accuracy, 4)
        rows.append(row)
    return rows


def differences_markdown(rows: list[dict[str, Any]], systems: list[str]) -> str:
    """The differences table as Markdown (``–`` where a system does not produce a label)."""
    header = ["label"]
    for mode in ("strict", "partial"):
        header += [f"{s} {mode} F1" for s in systems] + [f"Δ {mode}"]
    body = []
    for row in rows:
        cells: list[Any] = [row["label"]]
        for mode in ("strict", "partial"):
            cells += [row.get(f"{s}_{mode}_f1", "–") for s in systems]
            delta = row.get(f"delta_{mode}")
            cells.append(f"{delta:+.3f}" if isinstance(delta, float) else "–")
        body.append(cells)
    return markdown_table(header, body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path, help="gold JSONL files (default: see above)")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma-separated, from {SYSTEMS}")
    parser.add_argument("--json", action="store_true", help="JSON output")
    parser.add_argument("--errors", action="store_true", help="also list vn_crimeie's errors by label")
    args = parser.parse_args(argv)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in PREDICTORS]
    if unknown:
        parser.error(f"unknown systems {unknown}; expected some of {SYSTEMS}")
    gold_files = args.gold or default_gold()
    if not gold_files:
        print("no gold files found", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    status = 0
    for path in gold_files:
        try:
            gold, faults = load_documents(path)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"evaluate: error: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        for fault in faults:
            if fault.fatal:
                print(f"evaluate: skipped {fault}", file=sys.stderr)
        reports: dict[str, Report] = {}
        timing: dict[str, float] = {}
        skipped: dict[str, str] = {}
        for name in systems:
            report, seconds, reason = run_system(name, gold)
            if report is None:
                skipped[name] = reason or "unavailable"
                continue
            reports[name] = report
            timing[name] = round(seconds, 2)
        diff = differences(reports)
        results[str(path)] = {
            "documents": len(gold),
            "systems": {k: v.to_dict() for k, v in reports.items()},
            "seconds": timing,
            "skipped": skipped,
            "differences": diff,
        }
        if args.errors and "vn_crimeie" in reports:
            results[str(path)]["errors"] = reports["vn_crimeie"].errors().to_dict()
        if args.json:
            continue
        print(f"# {path} ({len(gold)} documents)\n")
        for name, report in reports.items():
            note = f" (scored on {', '.join(PEER_LABELS[name])} only)" if name in PEER_LABELS else ""
            print(report.to_markdown().replace(f"## {name}:", f"## {name}{note}:", 1))
            print(f"_{timing[name]} s_\n")
        for name, reason in skipped.items():
            print(f"## {name}: not run ({reason})\n")
        if diff:
            print("## Differences (F1; Δ = vn_crimeie − best peer)\n")
            print(differences_markdown(diff, [s for s in systems if s in reports]) + "\n")
        if args.errors and "vn_crimeie" in reports:
            print("## vn_crimeie errors\n")
            print(reports["vn_crimeie"].errors().to_markdown())
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return status


if __name__ == "__main__":
    sys.exit(main())
