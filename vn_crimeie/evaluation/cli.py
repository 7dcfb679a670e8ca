"""The ``evaluate``, ``validate`` and ``convert`` subcommands of ``vn-crimeie``.

The main command (:mod:`vn_crimeie.cli`) imports this module, calls
:func:`add_parser` with its subparsers and hands every command other than its
own to :func:`run`, which returns the exit status::

    vn-crimeie evaluate GOLD.jsonl [--pred PRED.jsonl] [--json] [--errors] [-o OUT]
    vn-crimeie validate CORPUS.jsonl…
    vn-crimeie convert --from jsonl --to brat IN OUT

Unreadable files give a clear message on stderr and a non-zero status
(2 for a file that cannot be read, 1 for an invalid corpus).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="vn-crimeie")
>>> add_parser(parser.add_subparsers(dest="command"))
>>> parser.parse_args(["convert", "--from", "jsonl", "--to", "brat", "in.jsonl", "out"]).to
'brat'
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from ..inputs import read_error

__all__ = ["add_parser", "run", "described", "COMMANDS"]

COMMANDS = ("evaluate", "validate", "convert")


def described(description: str, *examples: str) -> dict[str, Any]:
    """``add_parser`` keywords of a subcommand: its description (wrapped) and an epilog of examples (as written).

    >>> print(described("Đọc tin và ghi kết quả.", "vn-crimeie extract tin.txt")["epilog"])
    examples:
      vn-crimeie extract tin.txt
    <BLANKLINE>
    """
    return {"description": textwrap.fill(description, width=79),
            "epilog": "examples:\n" + "".join(f"  {line}\n" for line in examples),
            "formatter_class": argparse.RawDescriptionHelpFormatter}


def add_parser(subparsers: Any) -> None:
    """Add the ``evaluate``, ``validate`` and ``convert`` subcommands to ``subparsers``."""
    ev = subparsers.add_parser(
        "evaluate", help="score vn_crimeie (or a prediction file) against gold documents",
        **described("Score vn_crimeie, or the predictions of any tool, against gold documents: "
                    "precision, recall and F1 of entities (strict and partial), values and relations, by label.",
                    "vn-crimeie evaluate corpus/test.jsonl",
                    "vn-crimeie evaluate corpus/test.jsonl --pred predictions.jsonl --json --errors",
                    "vn-crimeie evaluate corpus/dev.jsonl --errors -o dev-scores.md"),
    )
    ev.add_argument("gold", metavar="GOLD.jsonl",
                    help="gold documents (docs/schema.md, one per line), e.g. corpus/test.jsonl")
    ev.add_argument("--pred", metavar="PRED.jsonl",
                    help="score the documents of this file (same ids as GOLD) instead of running vn_crimeie, "
                         "e.g. --pred predictions.jsonl")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON instead of Markdown tables")
    ev.add_argument("--errors", action="store_true", help="also list the false positives and negatives by label")
    ev.add_argument("-o", "--output", metavar="FILE",
                    help="write the report to FILE instead of standard output, e.g. -o scores.md")

    va = subparsers.add_parser(
        "validate", help="check corpus files; every fault names file and line",
        **described("Check corpus files against docs/schema.md: offsets, labels, values, relation "
                    "argument types, overlaps. Prints 'FILE: ok' or one line per fault naming file and line; "
                    "the exit status is 1 when a file has faults, 2 when one cannot be read.",
                    "vn-crimeie validate corpus/dev.jsonl corpus/test.jsonl", "vn-crimeie validate corpus/seed.jsonl"),
    )
    va.add_argument("paths", nargs="+", metavar="CORPUS.jsonl",
                    help="corpus files of docs/schema.md documents, one per line, e.g. corpus/dev.jsonl")
    _add_convert(subparsers)


def _add_convert(subparsers: Any) -> None:
    """The ``convert`` subcommand."""
    from .formats import FORMATS

    names = ", ".join(sorted(FORMATS))
    co = subparsers.add_parser(
        "convert", help="convert documents between annotation formats",
        **described("Convert documents between annotation formats: jsonl (docs/schema.md), label-studio "
                    "(JSON tasks), doccano (JSONL), brat (a folder of .txt/.ann), conll (BIO) and spacy (DocBin). "
                    "A document's meta (source, licence) is kept by every format; a warning on stderr names "
                    "what the target format cannot carry (e.g. conll: values, relations, dateline).",
                    "vn-crimeie convert --from jsonl --to label-studio corpus/dev.jsonl dev-label-studio.json",
                    "vn-crimeie convert --from label-studio --to jsonl export.json corrected.jsonl",
                    "vn-crimeie convert --from conll --to jsonl --texts corpus/dev.jsonl dev.conll dev-back.jsonl"),
    )
    co.add_argument("--from", dest="source_format", choices=sorted(FORMATS), required=True, metavar="FORMAT",
                    help=f"format of IN, one of: {names}; e.g. --from jsonl")
    co.add_argument("--to", choices=sorted(FORMATS), required=True, metavar="FORMAT",
                    help=f"format of OUT, one of: {names}; e.g. --to brat")
    co.add_argument("--texts", metavar="DOCS.jsonl",
                    help="CoNLL input only: documents (docs/schema.md) giving the original texts, so that "
                         "offsets and white space come back exactly, e.g. --texts corpus/dev.jsonl")
    co.add_argument("input", metavar="IN",
                    help="the file to convert (brat: a folder of .txt/.ann files), e.g. corpus/dev.jsonl")
    co.add_argument("output", metavar="OUT",
                    help="the file to write (brat: a folder, created when missing), e.g. dev-label-studio.json")


def _fail(message: str, status: int = 2) -> int:
    print(f"vn-crimeie: error: {message}", file=sys.stderr)
    return status


def _readable(path: str) -> str | None:
    """Why ``path`` cannot be read as UTF-8 text (from its first 64 KiB), or None."""
    try:
        with open(path, encoding="utf-8") as handle:
            handle.read(1 << 16)
    except (OSError, UnicodeDecodeError) as exc:
        return read_error(path, exc)
    return None


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from . import evaluate

    for path in [args.gold] + ([args.pred] if args.pred else []):
        problem = _readable(path)
        if problem:
            return _fail(problem)
    try:
        report = evaluate(args.gold, predictions=args.pred)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"{exc}")
    for problem in report.problems:
        print(f"vn-crimeie: warning: {problem}", file=sys.stderr)
    if args.json:
        data: dict[str, Any] = report.to_dict()
        if args.errors:
            data["errors"] = report.errors().to_dict()
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(report.to_markdown() + "\n")
        if args.errors:
            out.write("## Errors\n\n" + report.errors().to_markdown(limit=None) + "\n")
    return 0 if report.documents else 1


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    from .validate import validate_file

    status = 0
    for path in args.paths:
        problem = _readable(path)
        if problem:
            print(f"vn-crimeie: error: {problem}", file=sys.stderr)
            status = 2
            continue
        faults = validate_file(path)
        for fault in faults:
            out.write(f"{fault}\n")
        if faults:
            status = max(status, 1)
        else:
            out.write(f"{path}: ok\n")
    return status


def _warn_lost(docs: list[dict[str, Any]], fmt: str, output: str) -> None:
    """One warning on stderr naming what of ``docs`` the format ``fmt`` cannot carry (nothing when it carries all)."""
    from .formats import lost

    dropped = lost(docs, fmt)
    if dropped:
        print(f"vn-crimeie: warning: {fmt} cannot carry {', '.join(dropped)} of these documents; "
              f"{'they are' if len(dropped) > 1 else 'it is'} not written to {output}", file=sys.stderr)


def _convert(args: argparse.Namespace, out: TextIO) -> int:
    from . import formats

    source = Path(args.input)
    if args.source_format == "brat":
        if not source.is_dir():
            return _fail(f"{source}: BRAT input must be a folder of .txt/.ann files")
    else:
        problem = _readable(args.input) if args.source_format != "spacy" else (
            None if source.is_file() else f"{source}: no such file")
        if problem:
            return _fail(problem)
    kwargs: dict[str, Any] = {}
    if args.source_format == "conll" and args.texts:
        problem = _readable(args.texts)
        if problem:
            return _fail(problem)
        kwargs["texts"] = {str(d["id"]): d["text"] for d in formats.read(args.texts, "jsonl")}
    try:
        docs = formats.read(source, args.source_format, **kwargs)
        _warn_lost(docs, args.to, args.output)
        formats.write(docs, args.output, args.to)
    except (ValueError, KeyError) as exc:
        message = str(exc)
        return _fail(message if message.startswith(str(args.input)) else f"{args.input}: {message}", 1)
    except OSError as exc:
        return _fail(f"{exc}")
    print(f"{len(docs)} documents written to {args.output} ({args.to})", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args.command``; returns the exit status."""
    handlers = {"evaluate": _evaluate, "validate": _validate, "convert": _convert}
    handler = handlers.get(args.command)
    if handler is None:
        return _fail(f"unknown command {args.command!r}")
    output = getattr(args, "output", None) if args.command == "evaluate" else None
    if output:
        with open(output, "w", encoding="utf-8") as out:
            return handler(args, out)
    return handler(args, sys.stdout)
