"""Every notebook runs top to bottom (nbclient, kernel python3), shows what it promises, and is stored without outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="notebook tools: pip install -e '.[dev]'")
nbclient = pytest.importorskip("nbclient", reason="notebook tools: pip install -e '.[dev]'")
pytest.importorskip("matplotlib", reason="notebook tools: pip install -e '.[dev]'")
pytest.importorskip("pandas", reason="notebook tools: pip install -e '.[dev]'")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

# what each notebook must show once run: (notebook, cell source fragment, text in its outputs)
EXPECTED = {
    "01-quickstart.ipynb": [
        ("doc = vn_crimeie.extract(text", "dateline : 2024-03-13T18:02"),
        ("officials", "Vũ Thanh Chương"),
        ('doc.by_label("DATE")', "2024-03-13TAF"),
        ('doc.by_label("NUMBER")', "2200"),
        ("doc.statistics()", "băng nhóm tội phạm"),
    ],
    "02-evaluate.ipynb": [
        ("report = evaluate(GOLD)", "entities_strict"),
        ("items = pd.DataFrame", "count"),
    ],
    "03-news-archive.ipynb": [
        ("files = sorted(ARCHIVE.glob", "articles in"),
        ("nlp.pipe(texts", "100%"),
        ("stats = pd.DataFrame", "figures in"),
    ],
}


def _text_of(outputs: list) -> str:
    parts = []
    for out in outputs:
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append("\n".join(out.get("traceback", [])))
        else:
            data = out.get("data", {})
            parts.append(data.get("text/plain", "") + data.get("text/html", ""))
    return "\n".join(parts)


def test_every_notebook_is_listed() -> None:
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(EXPECTED)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_top_to_bottom(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError naming the cell on any failure
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells), "a code cell did not run"
    for fragment, expected in EXPECTED[name]:
        cells = [c for c in code_cells if fragment in c.source]
        assert cells, f"{name}: no cell with {fragment!r}"
        assert any(expected in _text_of(c.outputs) for c in cells), f"{name}: {expected!r} not in the output of {fragment!r}"


def _kept_from_a_run(cell: dict) -> bool:
    """True when a saved cell still holds what running it left: outputs, a count, run timestamps."""
    return bool(cell.get("outputs") or cell.get("execution_count") or "execution" in cell.get("metadata", {}))


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_saved_notebook_has_no_outputs(path: Path) -> None:
    """Notebooks are stored without outputs, so no saved figure can drift from the library."""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert any(c.cell_type == "code" for c in nb.cells)
    kept = [i for i, c in enumerate(nb.cells) if _kept_from_a_run(c)]
    assert not kept, f"{path.name}: cells {kept} keep outputs of a run; clear them (see notebooks/README.md)"


def test_outputs_of_a_run_are_seen() -> None:
    ran = nbformat.v4.new_code_cell("print(1)", execution_count=1)
    ran.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    counted = nbformat.v4.new_code_cell("x = 1", execution_count=3)
    timed = nbformat.v4.new_code_cell("print(1)", metadata={"execution": {"iopub.status.idle": "2024-03-13T18:02:00Z"}})
    clean = nbformat.v4.new_code_cell("print(1)")
    text = nbformat.v4.new_markdown_cell("Chiều 13/3")
    assert [_kept_from_a_run(c) for c in (ran, counted, timed, clean, text)] == [True, True, True, False, False]
