"""One long text in one ``extract`` call: offsets, time and peak memory.

    python benchmarks/long_text.py [--mb 4] [--chunk-size N] [--corpus ../shared/data/news-crime.jsonl]

Archive articles (read in place, never copied) are joined with blank lines
until the text holds ``--mb`` million characters; ``extract`` reads it in
paragraph-aligned chunks (``chunk_size``, default ``nlp.max_length``).  The
script checks that every entity's offsets point at its text and prints the
time and the process's peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "data" / "news-crime.jsonl"


def long_text(corpus: Path, chars: int) -> str:
    """Archive articles joined by blank lines, cut to ``chars`` characters (repeated if the archive is shorter)."""
    parts: list[str] = []
    total = 0
    while total < chars:
        with corpus.open(encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                parts.append(text)
                total += len(text) + 2
                if total >= chars:
                    break
    return "\n\n".join(parts)[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="millions of characters (default 4)")
    parser.add_argument("--chunk-size", type=int, default=None)
    parser.add_argument("--corpus", type=Path, default=ARCHIVE)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus} not found: nothing to measure", file=sys.stderr)
        return 0
    import vn_crimeie

    text = long_text(args.corpus, int(args.mb * 1_000_000))
    nlp = vn_crimeie.load()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    doc = vn_crimeie.extract(text, nlp=nlp, chunk_size=args.chunk_size)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    exact = all(text[e.start : e.end] == e.text for e in doc.entities)
    print(f"characters        {len(text):,}")
    print(f"entities          {len(doc.entities):,} (offsets exact: {exact})")
    print(f"relations         {len(doc.relations):,}")
    print(f"seconds           {seconds:.1f}  ({seconds / len(text) * 1e6:.2f} µs/char)")
    print(f"peak RSS          {peak:.0f} MB (after load: {before:.0f} MB)")
    return 0 if exact else 1


if __name__ == "__main__":
    raise SystemExit(main())
