"""The ``vn-crimeie`` command.

``vn-crimeie extract [--dateline ISO] [--format jsonl|json|table|html|stats|officials] PATH… | -``
reads files, folders (every ``*.txt`` below them) or standard input and writes
one result per document (``stats`` and ``officials``: one JSON row per crime
figure or per person, each with the document's ``doc`` name).  A progress bar
with the number of inputs counts the documents as they are made; a file that
cannot be read is reported on stderr, the others are still processed, the
failed inputs are listed at the end and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from .evaluation import cli as evaluation_cli
from .inputs import InputError, expand_inputs, read_input

__all__ = ["main", "build_parser", "iter_inputs"]

FORMATS = ("jsonl", "json", "table", "html", "stats", "officials")
#: The smallest ``--chunk-size``: a chunk must hold whole paragraphs.
MIN_CHUNK_SIZE = 1000


def iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | InputError]]:
    """``(name, text)`` for every input, or ``(name, InputError)`` for one that failed.

    >>> [(name, str(err)) for name, err in iter_inputs(["không-có.txt"])]
    [('không-có.txt', 'không-có.txt: no such file')]
    """
    for name, source in expand_inputs(list(paths)):
        yield name, read_input(source)


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
    """The ``vn-crimeie`` parser: ``extract`` here, ``evaluate``, ``validate`` and ``convert`` from :mod:`.evaluation.cli`.

    >>> build_parser().parse_args(["extract", "--chunk-size", "5000", "tin.txt"]).chunk_size
    5000
    """
    parser = argparse.ArgumentParser(
        prog="vn-crimeie", description="Structured facts from Vietnamese police and crime news.",
        epilog="examples:\n  vn-crimeie extract --format table corpus/seed-article.txt\n"
               "  vn-crimeie evaluate corpus/test.jsonl\n\n'vn-crimeie COMMAND --help' describes each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                help="extract, evaluate, validate or convert")
    ex = sub.add_parser(
        "extract", help="extract entities, dates, numbers and relations from texts",
        **evaluation_cli.described(
            "Read Vietnamese news texts and write their entities, dates, numbers and relations, one result "
            "per document, in input order. A progress bar (stderr) counts the documents; an input that cannot "
            "be read is reported and listed at the end, and the exit status is then 1.",
            "vn-crimeie extract --format table corpus/seed-article.txt",
            'echo "Chiều 13/3, Bộ Công an bắt 14 đối tượng." | vn-crimeie extract --dateline 2024-03-13 --format stats -',
            "vn-crimeie extract --jobs 2 --chunk-size 200000 -o archive.jsonl path/to/articles/",
        ),
    )
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="a UTF-8 text file, a folder (every *.txt below it) or - for standard input; "
                         "e.g. corpus/seed-article.txt")
    ex.add_argument("--dateline", metavar="ISO",
                    help="ISO date/time every text is anchored to, e.g. 2024-03-13T18:02 "
                         "(default: the publication stamp found in each text)")
    ex.add_argument("--format", choices=FORMATS, default="jsonl",
                    help="output format: jsonl (one document per line, default), json (one array), "
                         "table (terminal view), html (displaCy page), stats (one row per crime figure), "
                         "officials (one row per person)")
    ex.add_argument("-o", "--output", metavar="FILE",
                    help="write the results to FILE instead of standard output, e.g. -o archive.jsonl")
    ex.add_argument("--no-progress", action="store_true",
                    help="no progress bar (it is shown on stderr when there are several inputs)")
    ex.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="worker processes making the documents, e.g. --jobs 2 (default 1); "
                         "the output keeps the input order")
    ex.add_argument("--chunk-size", type=int, metavar="CHARS",
                    help=f"read a text longer than CHARS characters in paragraph-aligned chunks, "
                         f"e.g. --chunk-size 200000 (at least {MIN_CHUNK_SIZE:,}; default: the pipeline's "
                         f"nlp.max_length, 1,000,000)")
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


class _Progress:
    """The progress bar of ``extract`` (total: the number of inputs) and the inputs that failed."""

    def __init__(self, total: int, show: bool) -> None:
        from tqdm import tqdm

        self.total = total
        self.failed: list[str] = []
        self.bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not show)

    def made(self) -> None:
        """One Document came out of the batch engine."""
        self.bar.update(1)

    def failure(self, name: str, error: Exception) -> None:
        """The input ``name`` failed: its line on stderr, counted apart in the bar."""
        self.failed.append(name)
        self.bar.write(_failure(name, error), file=sys.stderr)
        self.bar.set_postfix(failed=len(self.failed))
        self.bar.update(1)

    def finish(self) -> int:
        """Close the bar, list the failed inputs by name on stderr; the exit status (1 when any failed)."""
        self.bar.close()
        if not self.failed:
            return 0
        names = "".join(f"\n  {name}" for name in self.failed)
        print(f"vn-crimeie: {len(self.failed)} input(s) failed, of {self.total}:{names}", file=sys.stderr)
        return 1


def _usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with the options of ``extract``, or None."""
    from .datelines import parse_dateline

    try:
        parse_dateline(args.dateline)
    except (ValueError, TypeError) as exc:
        return str(exc)
    if args.jobs < 1:
        return "--jobs must be at least 1"
    if args.chunk_size is not None and args.chunk_size < MIN_CHUNK_SIZE:
        return f"--chunk-size must be at least {MIN_CHUNK_SIZE:,} characters (a chunk holds whole paragraphs), got {args.chunk_size:,}"
    return None


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
    """Every input through the batch engine (:func:`vn_crimeie.batch.documents`), in input order, streaming.

    One bad input never stops the others: it is reported on stderr in its place.
    With ``--jobs N`` worker processes make the Documents; either way they are
    made in memory zones, so memory stays flat over any number of inputs. The
    bar advances as the Documents come out, so it moves per document with any
    number of jobs. ``--chunk-size`` becomes ``nlp.max_length``: the engine
    reads a longer text in chunks, and forked or spawned workers get it with the pipeline.
    """
    from .batch import documents
    from .pipeline import load

    problem = _usage_error(args)
    if problem:
        print(f"vn-crimeie: error: {problem}", file=sys.stderr)
        return 2
    planned = expand_inputs(args.paths)
    nlp = load()
    max_length = nlp.max_length
    if args.chunk_size is not None:
        nlp.max_length = args.chunk_size
    items = ((name, read_input(source), args.dateline) for name, source in planned)
    progress = _Progress(len(planned), show=not args.no_progress and len(planned) > 1)
    output = _Output(args.format, out)
    try:
        for name, document in documents(items, nlp=nlp, n_process=args.jobs, memory_zones=True):
            if isinstance(document, Exception):  # one bad input never stops the batch
                progress.failure(name, document)
            else:
                output.write(name, document)
                progress.made()
    finally:
        nlp.max_length = max_length
    output.finish()
    return progress.finish()


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
