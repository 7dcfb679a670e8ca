"""The ``vn-crimeie`` command.

``vn-crimeie extract [--dateline ISO] [--format jsonl|json|table|html|stats|officials] PATH… | -``
reads files, folders (every ``*.txt`` below them) or standard input and writes
one result per document (``stats`` and ``officials``: one JSON row per crime
figure or per person, each with the document's ``doc`` name).  A file that cannot be read is reported on stderr
and the others are still processed; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .evaluation import cli as evaluation_cli
from .inputs import InputError, read_error, read_text, text_files

__all__ = ["main", "build_parser", "iter_inputs"]

FORMATS = ("jsonl", "json", "table", "html", "stats", "officials")


def iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | InputError]]:
    """``(name, text)`` for every input, or ``(name, InputError)`` for one that failed.

    >>> [(name, str(err)) for name, err in iter_inputs(["không-có.txt"])]
    [('không-có.txt', 'không-có.txt: no such file')]
    """
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            try:
                yield "<stdin>", data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield "<stdin>", InputError(read_error("<stdin>", exc))
            continue
        files = text_files(raw)
        if not files:
            yield raw, InputError(f"{raw}: folder has no *.txt files")
        for file in files:
            try:
                yield str(file), read_text(file)
            except InputError as exc:
                yield str(file), exc


def _value_text(value: Any) -> str:
    if not value:
        return ""
    return ", ".join(f"{k}={v}" for k, v in value.items())


def format_table(name: str, document: Any) -> str:
    """A readable terminal view of one document."""
    lines = [f"== {name}  (dateline: {document.dateline or 'unknown'}; {len(document.entities)} entities, {len(document.relations)} relations)"]
    width = max([len(e.text) for e in document.entities] + [4])
    width = min(width, 48)
    for e in document.entities:
        text = e.text.replace("\n", " ")
        if len(text) > width:
            text = text[: width - 1] + "…"
        lines.append(f"{e.start:>6}-{e.end:<6} {e.label:<9} {text:<{width}}  {_value_text(e.value)}")
    if document.relations:
        lines.append("-- relations")
        for r in document.relations:
            lines.append(f"  {r.label:<13} {document.entity(r.head).text} → {document.entity(r.tail).text}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vn-crimeie", description="Structured facts from Vietnamese police and crime news.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract entities, dates, numbers and relations from texts")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (*.txt inside) or - for standard input")
    ex.add_argument("--dateline", help="ISO date/time the texts are anchored to (default: detected in each text)")
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar")
    ex.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="worker processes (default 1); output keeps the input order",
    )
    evaluation_cli.add_parser(sub)
    return parser


class _Output:
    """Writes each Document in the chosen format; ``json`` and ``html`` collect them until :meth:`finish`."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.collected: list[Any] = []

    def write(self, name: str, document: Any) -> None:
        """Write (or collect) the Document of the input ``name``."""
        if self.fmt == "jsonl":
            self.out.write(document.to_json() + "\n")
        elif self.fmt == "table":
            self.out.write(format_table(name, document) + "\n\n")
        elif self.fmt in ("stats", "officials"):
            rows = document.statistics() if self.fmt == "stats" else document.officials()
            for row in rows:
                self.out.write(json.dumps({"doc": name, **row}, ensure_ascii=False, default=list) + "\n")
        else:
            self.collected.append(document.to_dict() if self.fmt == "json" else document)

    def finish(self) -> None:
        """Write what was collected (``json``: one array; ``html``: one page)."""
        if self.fmt == "json":
            json.dump(self.collected, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        elif self.fmt == "html":
            from .display import render

            self.out.write(render(self.collected, page=True, jupyter=False))


def _failure(name: str, error: Exception) -> str:
    """The stderr line of an input that failed: a read error names its file, others their input."""
    if isinstance(error, InputError):
        return f"vn-crimeie: error: {error}"
    return f"vn-crimeie: error: {name}: {type(error).__name__}: {error}"


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
    """Every input through the batch engine (:func:`vn_crimeie.batch.documents`), in input order, streaming.

    One bad input never stops the others: it is reported on stderr in its place.
    With ``--jobs N`` worker processes make the Documents; either way they are
    made in memory zones, so memory stays flat over any number of inputs.
    """
    from tqdm import tqdm

    from .batch import documents
    from .datelines import parse_dateline
    from .pipeline import load

    try:
        parse_dateline(args.dateline)
    except (ValueError, TypeError) as exc:
        print(f"vn-crimeie: error: {exc}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("vn-crimeie: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    inputs = list(args.paths)
    show_progress = not args.no_progress and (len(inputs) > 1 or any(Path(p).is_dir() for p in inputs if p != "-"))
    bar = tqdm(iter_inputs(inputs), unit="doc", file=sys.stderr, disable=not show_progress)
    items = ((name, text, args.dateline) for name, text in bar)
    output, failures = _Output(args.format, out), 0
    for name, document in documents(items, nlp=load(), n_process=args.jobs, memory_zones=True):
        if isinstance(document, Exception):  # one bad input never stops the batch
            failures += 1
            bar.write(_failure(name, document), file=sys.stderr)
        else:
            output.write(name, document)
    output.finish()
    if failures:
        print(f"vn-crimeie: {failures} input(s) failed", file=sys.stderr)
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``vn-crimeie``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        if args.output:
            with open(args.output, "w", encoding="utf-8") as out:
                return _run_extract(args, out)
        return _run_extract(args, sys.stdout)
    return int(evaluation_cli.run(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
