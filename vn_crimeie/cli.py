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
from collections.abc import Iterable, Iterator, Sequence
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
        help="worker processes (nlp.pipe n_process; default 1); output keeps the input order",
    )
    evaluation_cli.add_parser(sub)
    return parser


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
    from tqdm import tqdm

    from .datelines import parse_dateline
    from .document import Document
    from .pipeline import load
    from .pipeline import document_from_doc

    try:
        parse_dateline(args.dateline)
    except (ValueError, TypeError) as exc:
        print(f"vn-crimeie: error: {exc}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("vn-crimeie: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    nlp = load()
    inputs = list(args.paths)
    show_progress = not args.no_progress and (len(inputs) > 1 or any(Path(p).is_dir() for p in inputs if p != "-"))
    failures = 0
    collected: list[dict[str, Any]] = []
    html_docs = []
    items = iter_inputs(inputs)
    bar = tqdm(items, unit="doc", file=sys.stderr, disable=not show_progress)
    for name, doc in _processed(nlp, bar, args.dateline, args.jobs, docs_needed=args.format == "html"):
        if isinstance(doc, InputError):
            failures += 1
            bar.write(f"vn-crimeie: error: {doc}", file=sys.stderr)
            continue
        if isinstance(doc, Exception):  # one bad document never stops the batch
            failures += 1
            bar.write(f"vn-crimeie: error: {name}: {type(doc).__name__}: {doc}", file=sys.stderr)
            continue
        document = doc if isinstance(doc, Document) else document_from_doc(doc, id=name)
        if args.format == "jsonl":
            out.write(document.to_json() + "\n")
        elif args.format == "json":
            collected.append(document.to_dict())
        elif args.format == "table":
            out.write(format_table(name, document) + "\n\n")
        elif args.format in ("stats", "officials"):
            rows = document.statistics() if args.format == "stats" else document.officials()
            for row in rows:
                out.write(json.dumps({"doc": name, **row}, ensure_ascii=False, default=list) + "\n")
        else:
            doc.user_data["title"] = name
            html_docs.append(doc)
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "html":
        from .display import render

        out.write(render(html_docs, page=True, jupyter=False))
    if failures:
        print(f"vn-crimeie: {failures} input(s) failed", file=sys.stderr)
    return 1 if failures else 0


class _ErrorLog:
    """spaCy error handler that records instead of raising (picklable for worker processes)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, proc_name: Any, proc: Any, docs: Any, exc: Exception) -> None:
        last = str(exc).strip().splitlines()
        self.messages.append(last[-1] if last else type(exc).__name__)


def _processed(
    nlp: Any, items: Iterable[tuple[str, str | InputError]], dateline: str | None, jobs: int, docs_needed: bool = True
) -> Iterator[tuple[str, Any]]:
    """``(name, Doc | Document | InputError | Exception)`` for every input, in input order, streaming.

    With ``jobs > 1`` and no need for spaCy Docs (every format but html), worker
    processes return Documents (:func:`~vn_crimeie.workers.documents_in_workers`); for html the texts go through
    ``nlp.pipe(n_process=jobs)``.  Either way tokenisation and all components run
    in the workers, a bounded number of batches is in flight, and a document a
    worker could not process is reported as an exception in its place.

    Where Documents are returned, they are made inside memory zones renewed
    every 128 documents (:mod:`vn_crimeie.zones`): the words the texts add to the
    vocabulary are freed, so memory stays flat over any number of inputs.
    """
    from .document import Document
    from .pipeline import make_doc
    from .pipeline import document_from_doc
    from .workers import documents_in_workers
    from .zones import MemoryZones

    if jobs > 1 and not docs_needed:
        yield from documents_in_workers(nlp, items, dateline, jobs)
        return
    if jobs == 1 and not docs_needed:
        with MemoryZones(nlp) as zones:
            for name, text in items:
                if isinstance(text, InputError):
                    yield name, text
                    continue
                try:
                    with zones.document():
                        document = document_from_doc(nlp(make_doc(nlp, text, dateline)), id=name)
                except Exception as exc:  # noqa: BLE001 - reported per document
                    yield name, exc
                    continue
                yield name, document
        return
    if jobs == 1:
        for name, text in items:
            if isinstance(text, InputError):
                yield name, text
                continue
            try:
                yield name, nlp(make_doc(nlp, text, dateline))
            except Exception as exc:  # noqa: BLE001 - reported per document
                yield name, exc
        return

    from collections import deque

    from .datelines import parse_dateline

    nlp.tokenizer.dateline = parse_dateline(dateline)[1]
    # load underthesea's model and the lexicons once, here: forked workers inherit them
    nlp("Công an tỉnh họp.")
    errors = _ErrorLog()
    worker_errors = errors.messages
    nlp.set_error_handler(errors)
    pending: deque[tuple[str, str | InputError]] = deque()

    def texts() -> Iterator[str]:
        for name, text in items:
            pending.append((name, text))
            if not isinstance(text, InputError):
                yield text

    def flush_until(text: str | None) -> Iterator[tuple[str, Any]]:
        # inputs before the next processed document are read errors or lost in a worker
        while pending and (text is None or pending[0][1] != text):
            name, lost = pending.popleft()
            if isinstance(lost, InputError):
                yield name, lost
            else:
                yield name, RuntimeError(worker_errors.pop(0) if worker_errors else "lost in a worker process")

    for doc in nlp.pipe(texts(), batch_size=16, n_process=jobs):
        text = doc.text
        yield from flush_until(text)
        name, _ = pending.popleft()
        yield name, doc
    yield from flush_until(None)


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
