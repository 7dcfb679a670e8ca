"""The documentation: every Python example in README.md and docs/*.md runs, and the site builds strictly."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
NO_TEST = "<!-- no-test -->"

FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S)


def python_blocks(markdown: str) -> list[tuple[int, str, bool]]:
    """``(line, code, runs)`` for every ```python block; ``runs`` is False after a ``<!-- no-test -->`` line."""
    blocks = []
    for m in FENCE.finditer(markdown):
        if m["lang"] != "python":
            continue
        before = markdown[: m.start()].rstrip().splitlines()
        runs = not (before and before[-1].strip() == NO_TEST)
        line = markdown.count("\n", 0, m.start()) + 2
        body = "\n".join(l[len(m["indent"]):] for l in m["body"].splitlines())
        blocks.append((line, body, runs))
    return blocks


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("```python\nx = 1\n```\n", [(2, "x = 1", True)]),
        ("text\n\n```bash\nls\n```\n```python\ny = 2\n```\n", [(7, "y = 2", True)]),
        ("<!-- no-test -->\n```python\nraise SystemExit\n```\n", [(3, "raise SystemExit", False)]),
        ("- item\n\n  ```python\n  z = 3\n  ```\n", [(4, "z = 3", True)]),
        ("```json\n{}\n```\n```\nplain\n```\n", []),
    ],
    ids=["plain", "after-shell", "no-test", "indented", "other-languages"],
)
def test_python_blocks_are_found(markdown: str, expected: list) -> None:
    assert python_blocks(markdown) == expected


EXAMPLE_PAGES = [p for p in PAGES if python_blocks(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page", EXAMPLE_PAGES, ids=[p.relative_to(ROOT).as_posix() for p in EXAMPLE_PAGES])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks of one page run in order in one namespace, from the repository root."""
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": "__docs__"}
    for line, code, runs in blocks:
        if runs:
            exec(compile(code, f"{page.relative_to(ROOT)}:{line}", "exec"), namespace)  # noqa: S102


def test_no_test_marker_is_rare() -> None:
    marked = sum(1 for p in PAGES for _, _, runs in python_blocks(p.read_text(encoding="utf-8")) if not runs)
    total = sum(len(python_blocks(p.read_text(encoding="utf-8"))) for p in PAGES)
    assert total >= 10 and marked <= total // 5
    assert {p.name for p in EXAMPLE_PAGES} >= {"README.md", "getting-started.md", "labels.md", "spacy.md"}


def test_readme_quick_start_is_kept() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m pip install . && vn-crimeie extract --format table corpus/seed-article.txt" in readme
    assert 'python -m pip install -e ".[dev]" && python -m pytest' in readme


# -- the mkdocs hooks ---------------------------------------------------------


def _hook(name: str) -> ModuleType:
    path = DOCS / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"docs_hooks_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_date_table_lists_every_form_with_its_value() -> None:
    path = ROOT / "corpus" / "examples" / "dates.yaml"
    if not path.exists():
        pytest.skip("corpus/examples/dates.yaml is not in this checkout")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = _hook("examples_tables").dates_table(data)
    blocks = table.split("#### ")[1:]  # one per section, in order, then the negatives
    for section, block in zip(data["sections"], blocks):
        rows = block.splitlines()
        for group in section["groups"]:
            value = group["value"]["value"]
            row = next((r for r in rows if f"`{value}` |" in r and f"`{group['forms'][0]}`" in r), None)
            assert row is not None, (value, group["forms"][0])
            assert all(f"`{form}`" in row for form in group["forms"]), row


def test_number_table_lists_every_case() -> None:
    path = ROOT / "corpus" / "examples" / "numbers.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = _hook("examples_tables").numbers_table(data)
    for case in data["cases"]:
        for exp in case["expect"]:
            assert f"| `{exp['n']}` | `{exp['v']}` |" in table, exp


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"cases": [{"text": "Bắt hơn 20 đối tượng.", "expect": [{"n": "hơn 20", "v": 20, "c": ">", "m": "đối tượng"}]}]},
         "| Bắt hơn 20 đối tượng. | `hơn 20` | `20` | `>` | `đối tượng` |"),
        ({"cases": [{"text": "Hàng trăm người.", "expect": [{"n": "Hàng trăm", "v": 100, "c": ">=", "vague": True, "m": "người"}]}]},
         "| `>=` (vague) |"),
        ({"cases": [{"text": "Tỷ lệ 1|2.", "expect": [{"n": "1", "v": 1}]}]}, "Tỷ lệ 1\\|2."),
        ({"cases": [], "negatives": ["Kế hoạch 131."]}, "- Kế hoạch 131."),
    ],
    ids=["comparator", "vague", "pipe-escaped", "negative"],
)
def test_number_table_rows(data: dict, fragment: str) -> None:
    assert fragment in _hook("examples_tables").numbers_table(data)


def test_marker_for_an_absent_file_says_so(tmp_path: Path) -> None:
    hooks = _hook("examples_tables")
    page = hooks.on_page_markdown("A\n<!-- examples: dates -->\nB", None, {"config_file_path": str(tmp_path / "mkdocs.yml")})
    assert page.startswith("A\n") and "is not in this checkout" in page and page.endswith("B")


def test_nav_drops_pages_not_written_yet(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("# x", encoding="utf-8")
    nav = [{"Home": "index.md"}, {"Later": "later.md"}, {"Group": [{"Gone": "gone.md"}]}, {"Site": "https://example.org"}]
    assert _hook("examples_tables")._prune(nav, tmp_path) == [{"Home": "index.md"}, {"Site": "https://example.org"}]


@pytest.mark.parametrize(
    ("docstring", "expected"),
    [
        ("Text.\n\n>>> f(1)\n2\n", "Text.\n\n```pycon\n>>> f(1)\n2\n```"),
        ("Text.\n\n>>> a = [1][:1]\n\nMore.", "Text.\n\n```pycon\n>>> a = [1][:1]\n```\n\nMore."),
        ("No examples here.", "No examples here."),
        ("```python\n>>> kept\n```", "```python\n>>> kept\n```"),
        (">>> x = 1\n... y = 2\n", "```pycon\n>>> x = 1\n... y = 2\n```"),
    ],
    ids=["with-output", "blank-line-ends", "none", "already-fenced", "continuation"],
)
def test_doctests_are_fenced(docstring: str, expected: str) -> None:
    pytest.importorskip("griffe", reason="docs tools: pip install -e '.[dev]'")
    assert _hook("doctest_blocks").fence_doctests(docstring) == expected


@pytest.mark.parametrize("name", ["examples_tables", "doctest_blocks"])
def test_hook_doctests(name: str) -> None:
    import doctest

    if name == "doctest_blocks":
        pytest.importorskip("griffe", reason="docs tools: pip install -e '.[dev]'")
    result = doctest.testmod(_hook(name))
    assert result.attempted > 0 and result.failed == 0


# -- the site -------------------------------------------------------------------


def test_every_page_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = {next(iter(item.values())) for item in config["nav"]}
    assert {p.name for p in DOCS.glob("*.md")} <= listed


@pytest.mark.slow
def test_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="docs tools: pip install -e '.[dev]'")
    pytest.importorskip("mkdocstrings_handlers.python", reason="docs tools: pip install -e '.[dev]'")
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "vn_crimeie.pipeline.extract" in api and "Thiếu tướng" in api
    dates = (site / "dates-numbers" / "index.html").read_text(encoding="utf-8")
    assert "2024-03-13TAF" in dates and "băng nhóm tội phạm" in dates
