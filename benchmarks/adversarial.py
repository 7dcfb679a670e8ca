"""Cost per character of long runs of digits and dates against news (issue 18).

Each adversarial input is one text made of a piece repeated (``"12/3/2024 " * 2000``,
``"1.234.567 " * 3000``, ``"0912 345 678 " * 2000`` …).  For the date and the number
recognisers (the grammars, each run alone on the normalised text) and for the whole
``extract()``, the script prints the CPU microseconds per character on the news of
``corpus/*.jsonl`` and on each input, and their ratio.  Every figure is the best of
``--repeat`` runs after a warm-up run (the language data and the per-word caches
loaded), on process CPU time: the ratios are those of steady work, not of loading.

Usage::

    PYTHONPATH=. python benchmarks/adversarial.py                 # recognisers and extract
    PYTHONPATH=. python benchmarks/adversarial.py --only dates,numbers --repeat 5
    PYTHONPATH=. python benchmarks/adversarial.py --json

The work of each recogniser is also checked to grow linearly by counting lines run
(``tests/test_recogniser_linearity.py``); this script measures what that count does
not see: the work inside the regular expression engine and the cost of each match.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATELINE = "2024-03-13T18:02"
#: (name, piece, repeats): digits, dates, clock times and codes, each ~20-40 KB of text.
INPUTS = [
    ("dates d/m/y", "12/3/2024 ", 2000),
    ("dates d-m-y", "13-3-2024 ", 2000),
    ("clock + date", "10h30 ngày 5/2 ", 1500),
    ("grouped digits", "1.234.567 ", 3000),
    ("phone numbers", "0912 345 678 ", 2000),
    ("bare years", "2024 ", 4000),
]


def news_texts(corpus: Path) -> list[str]:
    """The texts of ``corpus/*.jsonl`` (the bundled news)."""
    texts = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def per_char(run: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Best CPU microseconds per character of ``run`` over ``texts`` in ``repeat`` runs."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - start)
    return 1e6 * best / chars


def runners() -> dict[str, Callable[[str], Any]]:
    """What is measured, by name: each recogniser on normalised text, and ``extract``."""
    import vn_crimeie
    from vn_crimeie.dates import coerce_dateline
    from vn_crimeie.normalize import normalize
    from vn_crimeie.recognizers import get_finder

    dateline = coerce_dateline(DATELINE)
    find_dates, find_numbers = get_finder("dates"), get_finder("numbers")
    return {
        "dates": lambda text: find_dates(normalize(text).text, dateline),
        "numbers": lambda text: find_numbers(normalize(text).text),
        "extract": lambda text: vn_crimeie.extract(text, dateline=DATELINE),
    }


def measure(only: list[str], repeat: int, corpus: Path = ROOT / "corpus") -> dict[str, Any]:
    """Per step: the news cost per character and, per input, its cost and ratio to news."""
    news = news_texts(corpus)
    report: dict[str, Any] = {"news_chars": sum(len(t) for t in news), "steps": {}}
    for name, run in runners().items():
        if only and name not in only:
            continue
        per_char(run, news, 1)  # warm-up: language data, per-word caches, pint
        news_cost = per_char(run, news, repeat)
        rows = {}
        for label, piece, count in INPUTS:
            cost = per_char(run, [piece * count], repeat)
            rows[label] = {"piece": piece, "repeats": count, "us_per_char": round(cost, 3), "ratio": round(cost / news_cost, 2)}
        report["steps"][name] = {"news_us_per_char": round(news_cost, 3), "inputs": rows}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated steps: dates, numbers, extract")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder of the news .jsonl files")
    args = parser.parse_args(argv)
    report = measure([s for s in args.only.split(",") if s], args.repeat, args.corpus)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for step, result in report["steps"].items():
        print(f"[{step}] news {result['news_us_per_char']:.3f} µs/char")
        for label, row in result["inputs"].items():
            print(f"  {label:15} {row['piece']!r:18} x{row['repeats']:<5} {row['us_per_char']:7.3f} µs/char  {row['ratio']:5.2f}× news")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
