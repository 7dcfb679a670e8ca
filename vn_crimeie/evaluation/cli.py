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
from pathlib import Path
from typing import Any, TextIO

from ..inputs import read_error

__all__ = ["add_parser", "run", "COMMANDS"]

COMMANDS = ("evaluate", "validate", "convert")


def add_parser(subparsers: Any) -> None:
    """Add the ``evaluate``, ``validate`` and ``convert`` subcommands to ``subparsers``."""
    from .formats import FORMATS

    ev = subparsers.add_parser("evaluate", help="score vn_crimeie (or a prediction file) against gold documents")
    ev.add_argument("gold", metavar="GOLD.jsonl", help="gold documents (docs/schema.md, one per line)")
    ev.add_argument("--pred", metavar="PRED.jsonl", help="score these predictions instead of running vn_crimeie")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--errors", action="store_true", help="also list false positives and negatives by label")
    ev.add_argument("-o", "--output", help="write here instead of standard output")

    va = subparsers.add_parser("validate", help="check corpus files; every fault names file and line")
    va.add_argument("paths", nargs="+", metavar="CORPUS.jsonl")

    co = subparsers.add_parser("convert", help="convert documents between annotation formats")
    co.add_argument("--from", dest="source_format", choices=sorted(FORMATS), required=True)
    co.add_argument("--to", choices=sorted(FORMATS), required=True)
    co.add_argument("--texts", metavar="DOCS.jsonl", help="CoNLL input: documents that give the original texts")
    co.add_argument("input", metavar="IN")
    co.add_argument("output", metavar="OUT")


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
