"""MkDocs hook: reference tables generated from the example files, and a nav that skips absent pages.

- ``<!-- examples: dates -->`` in a page becomes the tables of
  ``corpus/examples/dates.yaml`` (every form with its TIMEX3 value, per dateline);
  ``<!-- examples: numbers -->`` the table of ``corpus/examples/numbers.yaml``.
  The tables are built at each build, so the docs never drift from the files
  the tests check.
- Nav entries whose page is not in ``docs/`` (yet) are dropped, so a page
  another developer is still writing does not break ``mkdocs build --strict``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

MARKER = re.compile(r"<!--\s*examples:\s*(\w+)\s*-->")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _code(value: Any) -> str:
    text = _cell(value)
    return f"`{text}`" if text else ""


def dates_table(data: dict[str, Any]) -> str:
    """Markdown: per dateline section, one row per value with every form that reads as it.

    >>> data = {"sections": [{"dateline": "2024-03-13T18:02", "groups": [
    ...     {"value": {"type": "TIME", "value": "2024-03-13TAF"}, "forms": ["Chiều 13/3", "chiều nay"]}]}]}
    >>> dates_table(data).splitlines()[-1]
    '| `Chiều 13/3`, `chiều nay` | TIME | `2024-03-13TAF` |'
    """
    parts: list[str] = []
    for section in data.get("sections") or []:
        dateline = section.get("dateline")
        prefer = f", prefer {_code(section['prefer'])}" if section.get("prefer") else ""
        prefer += ", whole expressions (`parse_date`)" if section.get("whole") else ""
        parts.append(f"#### Dateline {_code(dateline) if dateline else 'unknown'}{prefer}\n")
        parts.append("| forms | type | value |\n|---|---|---|")
        for group in section.get("groups") or []:
            value = group.get("value") or {}
            forms = ", ".join(_code(f) for f in group.get("forms") or [])
            parts.append(f"| {forms} | {_cell(value.get('type'))} | {_code(value.get('value'))} |")
        parts.append("")
    negatives = data.get("negatives") or []
    if negatives:
        parts.append("#### No DATE in these\n")
        parts.extend(f"- {_cell(n.get('text') if isinstance(n, dict) else n)}" for n in negatives)
        parts.append("")
    if data.get("whole_negatives"):
        parts.append("#### No value for these whole expressions\n")
        parts.extend(f"- {_code(n)}" for n in data["whole_negatives"])
        parts.append("")
    return "\n".join(parts)


def numbers_table(data: dict[str, Any]) -> str:
    """Markdown: one row per NUMBER span of every case, with its value, comparator and MEASURE.

    >>> data = {"cases": [{"text": "Triệt phá trên 2,2 nghìn băng nhóm.",
    ...                    "expect": [{"n": "trên 2,2 nghìn", "v": 2200, "c": ">", "m": "băng nhóm"}]}]}
    >>> numbers_table(data).splitlines()[2]
    '| Triệt phá trên 2,2 nghìn băng nhóm. | `trên 2,2 nghìn` | `2200` | `>` | `băng nhóm` |'
    """
    rows = ["| sentence | NUMBER | value | comparator | MEASURE |", "|---|---|---|---|---|"]
    for case in data.get("cases") or []:
        for i, exp in enumerate(case.get("expect") or []):
            sentence = _cell(case.get("text")) if i == 0 else "〃"
            comparator = _code(exp.get("c")) + (" (vague)" if exp.get("vague") else "")
            rows.append(
                f"| {sentence} | {_code(exp.get('n'))} | {_code(exp.get('v'))} | {comparator} | {_code(exp.get('m'))} |"
            )
    parts = ["\n".join(rows), ""]
    negatives = data.get("negatives") or []
    if negatives:
        parts.append("#### No NUMBER in these\n")
        parts.extend(f"- {_cell(n.get('text') if isinstance(n, dict) else n)}" for n in negatives)
        parts.append("")
    if data.get("whole_negatives"):
        parts.append("#### No value for these whole expressions\n")
        parts.extend(f"- {_code(n)}" for n in data["whole_negatives"])
        parts.append("")
    return "\n".join(parts)


TABLES = {"dates": dates_table, "numbers": numbers_table}


def _examples(root: Path, name: str) -> str:
    path = root / "corpus" / "examples" / f"{name}.yaml"
    if name not in TABLES:
        raise ValueError(f"unknown examples table {name!r}; expected one of {sorted(TABLES)}")
    if not path.exists():
        return f"*(`corpus/examples/{name}.yaml` is not in this checkout.)*\n"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return f"*Generated from `corpus/examples/{name}.yaml`.*\n\n" + TABLES[name](data)


def _prune(nav: list[Any], docs_dir: Path) -> list[Any]:
    kept: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            title, target = next(iter(item.items()))
            if isinstance(target, list):
                target = _prune(target, docs_dir)
                if target:
                    kept.append({title: target})
            elif "://" in str(target) or (docs_dir / str(target)).exists():
                kept.append(item)
        elif "://" in str(item) or (docs_dir / str(item)).exists():
            kept.append(item)
    return kept


def on_config(config: Any, **kwargs: Any) -> Any:
    if config.get("nav"):
        config["nav"] = _prune(config["nav"], Path(config["docs_dir"]))
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, **kwargs: Any) -> str:
    root = Path(config["config_file_path"]).parent
    return MARKER.sub(lambda m: _examples(root, m.group(1)), markdown)
