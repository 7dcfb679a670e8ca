"""The shape of the package: one-way imports, small modules and functions, no per-text memo.

These read the source (ast), so they hold on any machine: they fail when a
change brings back an import cycle, a module over 500 lines, a function over
60 lines, a cache on a function of the text, or spaCy into ``import vn_crimeie``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import vn_crimeie

PACKAGE = Path(vn_crimeie.__file__).resolve().parent
MODULES = sorted(PACKAGE.rglob("*.py"))
CACHES = {"cache", "lru_cache", "cached_property"}
TEXT_PARAMETERS = {"text", "texts", "span", "sentence", "doc", "haystack"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """Package modules imported at module level (imports inside functions are deliberate and lazy)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            targets = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found.update(t for t in targets if t.startswith("vn_crimeie") and t != name)
    return found


def _graph() -> dict[str, set[str]]:
    names = {_module_name(p) for p in MODULES}
    return {_module_name(p): {t for t in _top_level_imports(p) if t in names} for p in MODULES}


def test_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + "."):
                continue  # a package importing its own submodules is not a cycle
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*path[path.index(nxt):], nxt]) if nxt in path else f"{node} → {nxt}")
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not [c for c in cycles if "vn_crimeie →" not in c], cycles


def test_document_layer_imports_nothing_of_the_pipeline() -> None:
    imported = _top_level_imports(PACKAGE / "document.py")
    assert imported <= {"vn_crimeie.candidates", "vn_crimeie.candidates.LABELS", "vn_crimeie.candidates.RELATION_TYPES"}, imported
    source = (PACKAGE / "document.py").read_text(encoding="utf-8")
    assert "spacy" not in source.replace("spaCy", "")


def test_import_does_not_load_spacy() -> None:
    code = (
        "import sys, vn_crimeie\n"
        "assert vn_crimeie.parse_date('Chiều 13/3', dateline='2024-03-13').value == '2024-03-13TAF'\n"
        "assert vn_crimeie.parse_number('hai mươi') is not None\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 500, f"{path.name} has {len(source.splitlines())} lines"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 60
    ]
    assert not long, long


def _cached_functions_of_text(tree: ast.AST) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        names = {d.func.id if isinstance(d, ast.Call) and isinstance(d.func, ast.Name) else getattr(d, "id", getattr(d, "attr", "")) for d in node.decorator_list}
        params = {a.arg for a in node.args.args + node.args.kwonlyargs}
        if names & CACHES and params & TEXT_PARAMETERS:
            out.append(node.name)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_memo_keyed_by_a_text(path: Path) -> None:
    assert not _cached_functions_of_text(ast.parse(path.read_text(encoding="utf-8")))


def test_the_memo_check_sees_a_memo() -> None:
    tree = ast.parse("from functools import lru_cache\n@lru_cache(maxsize=4)\ndef spans(text):\n    return []\n")
    assert _cached_functions_of_text(tree) == ["spans"]


def _literal_priorities(tree: ast.AST) -> list[int]:
    """Line numbers where a priority is written as a number instead of read from the table."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "priority" and isinstance(node.value, ast.Constant):
            out.append(node.value.lineno)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            if any(isinstance(t, ast.Name) and t.id.startswith("PRIORITY") for t in node.targets):
                out.append(node.lineno)
    return out


@pytest.mark.parametrize("path", sorted((PACKAGE / "recognizers").rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_priorities_come_from_the_one_table(path: Path) -> None:
    assert not _literal_priorities(ast.parse(path.read_text(encoding="utf-8")))


def test_the_priority_check_sees_a_literal() -> None:
    assert _literal_priorities(ast.parse("PRIORITY = 25\nCandidate(0, 1, 'ORG', priority=3)\n")) == [1, 2]
