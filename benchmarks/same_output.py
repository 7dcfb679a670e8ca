"""Compare ``Document.to_dict()`` before and after a change, document by document.

    python benchmarks/same_output.py save  before.jsonl [--limit 1000]
    python benchmarks/same_output.py check before.jsonl [--limit 1000]

``save`` writes one JSON line per document (its key and ``to_dict()``) for every
document of ``corpus/*.jsonl``, the bundled seed article and the first
``--limit`` articles of ``../shared/data/news-crime.jsonl`` (read in place,
never copied; skipped when absent; the environment variable
``VN_CRIMEIE_ARCHIVE`` names another path, e.g. from a git worktree).  ``check`` recomputes them with the code
as it is now and lists every document whose output differs, with the first
differing entity or relation, so that an intended change can be listed and
explained.  The file written by ``save`` holds archive text and must not be
committed: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import vn_crimeie

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = Path(os.environ.get("VN_CRIMEIE_ARCHIVE", ROOT.parent / "shared" / "data" / "news-crime.jsonl"))


def documents(limit: int) -> Iterator[tuple[str, str, str | None]]:
    """(key, text, dateline) of every document compared."""
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if line.strip():
                    record = json.loads(line)
                    yield f"{path.name}:{record.get('id', i)}", record["text"], record.get("dateline")
    yield "seed-article.txt", (ROOT / "corpus" / "seed-article.txt").read_text(encoding="utf-8"), None
    if not ARCHIVE.exists():
        print(f"{ARCHIVE} not found: archive articles skipped", file=sys.stderr)
        return
    with ARCHIVE.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            record = json.loads(line)
            yield f"archive:{i}", record["text"], None


def outputs(limit: int) -> Iterator[tuple[str, dict]]:
    """(key, to_dict()) of every document, made with the code as it is now."""
    for key, text, dateline in documents(limit):
        yield key, vn_crimeie.extract(text, dateline=dateline).to_dict()


def first_difference(old: dict, new: dict) -> str:
    """A short description of the first place where two documents differ."""
    for field in ("entities", "relations"):
        a, b = old.get(field, []), new.get(field, [])
        for x, y in zip(a, b):
            if x != y:
                return f"{field}: {json.dumps(x, ensure_ascii=False)} -> {json.dumps(y, ensure_ascii=False)}"
        if len(a) != len(b):
            extra = a[len(b):] or b[len(a):]
            return f"{field}: {len(a)} -> {len(b)}; first extra {json.dumps(extra[0], ensure_ascii=False)}"
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    return f"fields {keys}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="archive articles compared (default 1000)")
    args = parser.parse_args()
    if args.mode == "save":
        with args.file.open("w", encoding="utf-8") as out:
            for n, (key, d) in enumerate(outputs(args.limit), 1):
                out.write(json.dumps({"key": key, "doc": d}, ensure_ascii=False) + "\n")
        print(f"saved {n} documents to {args.file}")
        return 0
    before = {}
    with args.file.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            before[record["key"]] = record["doc"]
    changed = 0
    n = 0
    for n, (key, d) in enumerate(outputs(args.limit), 1):
        if key not in before:
            print(f"{key}: not in {args.file}")
            changed += 1
        elif before[key] != d:
            changed += 1
            print(f"{key}: {first_difference(before[key], d)}")
    print(f"{n} documents compared, {changed} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
