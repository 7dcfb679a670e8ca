"""Gold of the archive's fresh samples, kept as standoff annotation (offsets without the text).

The crime-news archive (``../shared/data/news-crime.jsonl``) may not be copied into the
project, so the gold drawn on its articles cannot be stored as corpus documents.  It is
stored instead as *standoff* lines in ``corpus/archive/round-NN.jsonl``: the article's
archive id, the length and SHA-256 of its text, and the annotation with every piece of
text taken out (entity offsets, labels and values; relations; statistics rows and people
records by entity id).  Joined with the archive at run time, the lines become the gold
documents again, which ``vn-crimeie evaluate`` scores; without the archive there is
nothing to join and the tools say so.

Usage::

    # a round's adjudicated gold (full documents) -> its standoff file in the project
    python benchmarks/archive_gold.py store /path/to/fresh.jsonl corpus/archive/round-28.jsonl
    # every round joined with the archive -> gold documents, then score the library on them
    python benchmarks/archive_gold.py join -o /tmp/archive-gold.jsonl
    vn-crimeie evaluate /tmp/archive-gold.jsonl
    # only some rounds
    python benchmarks/archive_gold.py join --rounds 28,29 -o /tmp/r28-29.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from vn_crimeie.evaluation.jsonl import iter_jsonl, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
STANDOFF = ROOT / "corpus" / "archive"
ARCHIVE = Path(os.environ.get("VN_CRIMEIE_ARCHIVE", ROOT.parent / "shared" / "data" / "news-crime.jsonl"))
#: Parts of a statistics row that point at an entity.
ROW_REFS = ("number", "measure", "agent", "period")
#: Entity labels whose value may be kept: the value of a name (PERSON, ORG …) repeats its text.
VALUE_LABELS = frozenset({"DATE", "NUMBER", "RANK"})


def read_jsonl(path: Path) -> Iterator[Any]:
    """The objects of the JSONL file ``path``, one at a time (:func:`~vn_crimeie.evaluation.jsonl.iter_jsonl`);
    a line that is no JSON raises, naming the file and the line."""
    for lineno, obj in iter_jsonl(path):
        if isinstance(obj, json.JSONDecodeError):
            raise ValueError(f"{path}:{lineno}: {obj.msg}") from obj
        yield obj


def fingerprint(text: str) -> str:
    """The SHA-256 of ``text`` in UTF-8, hex: what a standoff line checks its article by."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _ref(ref: Mapping[str, Any] | None) -> dict[str, str] | None:
    return {"id": ref["id"]} if ref and ref.get("id") else None


def strip(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The standoff form of a gold document: no text of the article left in it."""
    entities = [
        {k: e[k] for k in ("id", "start", "end", "label")} | ({"value": e["value"]} if e.get("value") is not None and e["label"] in VALUE_LABELS else {})
        for e in doc["entities"]
    ]
    rows = [
        {k: row.get(k) for k in ("kind", "statistic")} | {k: _ref(row.get(k)) for k in ROW_REFS}
        for row in doc.get("statistics") or []
    ]
    people = [{"role": p.get("role"), "mentions": [_ref(m) for m in p.get("mentions") or []]} for p in doc.get("people") or []]
    return {
        "archive_id": doc["id"], "length": len(doc["text"]), "sha256": fingerprint(doc["text"]),
        "meta": {k: v for k, v in (doc.get("meta") or {}).items() if k == "sample"},
        "entities": entities, "relations": [dict(r) for r in doc.get("relations") or []],
        "statistics": rows, "people": people,
    }


def join(line: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The gold document of a standoff ``line`` and its article's ``text``.

    Raises ``ValueError`` when the text is not the one the line was drawn on.
    """
    if len(text) != line["length"] or fingerprint(text) != line["sha256"]:
        raise ValueError(f"{line['archive_id']}: the archive's text is not the annotated one (length or SHA-256 differs)")
    entities = [dict(e, text=text[e["start"]:e["end"]]) for e in line["entities"]]
    by_id = {e["id"]: e for e in entities}

    def full(ref: Mapping[str, Any] | None) -> dict[str, Any] | None:
        if not ref:
            return None
        e = by_id[ref["id"]]
        return {"id": e["id"], "start": e["start"], "end": e["end"], "text": e["text"]}

    rows = [dict(row) | {k: full(row.get(k)) for k in ROW_REFS} for row in line["statistics"]]
    people = []
    for p in line["people"]:
        mentions = [full(m) for m in p["mentions"]]
        people.append({"name": mentions[0]["text"] if mentions else "", "role": p["role"], "mentions": mentions})
    return {"id": line["archive_id"], "text": text, "dateline": None, "entities": entities,
            "relations": line["relations"], "meta": dict(line.get("meta") or {}), "statistics": rows, "people": people}


def standoff_lines(rounds: Iterable[str] | None = None, folder: Path = STANDOFF) -> list[dict[str, Any]]:
    """The standoff lines of ``corpus/archive/round-*.jsonl`` (only ``rounds``, e.g. ``["28"]``, when given)."""
    wanted = set(rounds) if rounds else None
    out = []
    for path in sorted(folder.glob("round-*.jsonl")):
        if wanted is not None and path.stem.split("-", 1)[1] not in wanted:
            continue
        out.extend(read_jsonl(path))
    return out


def archive_texts(ids: set[str], archive: Path = ARCHIVE) -> dict[str, str]:
    """The texts of the archive articles ``ids``, read from ``archive`` (a JSONL of ``{"id", "text"}``)."""
    return {article["id"]: article["text"] for article in read_jsonl(archive) if article["id"] in ids}


def gold_documents(rounds: Iterable[str] | None = None, archive: Path = ARCHIVE) -> Iterator[dict[str, Any]]:
    """The gold documents of the stored rounds, joined with the archive."""
    lines = standoff_lines(rounds)
    texts = archive_texts({line["archive_id"] for line in lines}, archive)
    for line in lines:
        if line["archive_id"] not in texts:
            raise ValueError(f"{line['archive_id']}: not in {archive}")
        yield join(line, texts[line["archive_id"]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    store = sub.add_parser("store", help="gold documents -> standoff lines")
    store.add_argument("gold", type=Path)
    store.add_argument("out", type=Path)
    joined = sub.add_parser("join", help="standoff lines + the archive -> gold documents")
    joined.add_argument("--rounds", default="", help="comma-separated round numbers (default: all)")
    joined.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    if args.command == "store":
        docs = list(read_jsonl(args.gold))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl((strip(d) for d in docs), args.out)
        print(f"{len(docs)} documents -> {args.out}")
        return 0
    if not ARCHIVE.exists():
        print(f"the archive is not at {ARCHIVE} (set VN_CRIMEIE_ARCHIVE): nothing to join", file=sys.stderr)
        return 2
    docs = list(gold_documents([r for r in args.rounds.split(",") if r] or None))
    write_jsonl(docs, args.output or sys.stdout)
    if args.output:
        print(f"{len(docs)} documents -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
