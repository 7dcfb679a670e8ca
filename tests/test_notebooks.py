"""Every notebook runs top to bottom (nbclient, kernel python3) and shows what it promises."""

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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_notebook_has_outputs_and_no_errors(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert code_cells and all(c.outputs for c in code_cells), "saved without outputs: re-run and save it"
    assert not any(o.get("output_type") == "error" for c in code_cells for o in c.outputs)
