"""The date and number grammars keep their Vietnamese words in ``lang/vi``, not in code.

The rules of :mod:`vn_crimeie.dates` and :mod:`vn_crimeie.numbers` build their
patterns from ``time_words.yaml``, ``date_rules.yaml``, ``number_words.yaml``
and ``number_rules.yaml``; a Vietnamese word written in a string of their code
(docstrings aside) is a word the data files cannot change.  The two rule files
follow their JSON Schemas.
"""

from __future__ import annotations

import ast
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import regex
import yaml

import vn_crimeie
from vn_crimeie.dates.productions import CLOCK_HOUR_RULE
from vn_crimeie.lexicon import load_data

PACKAGE = Path(vn_crimeie.__file__).resolve().parent
MODULES = sorted((PACKAGE / "dates").glob("*.py")) + sorted((PACKAGE / "numbers").glob("*.py"))
DATA_FILES = ("time_words.yaml", "date_rules.yaml", "number_words.yaml", "number_rules.yaml")
#: Strings that may hold a Vietnamese letter: a rule name shown as a source, a Greek letter.
ALLOWED = {CLOCK_HOUR_RULE, "[Σ]"}


def _phrases(node: object, in_list: bool = False) -> list[str]:
    """The Vietnamese phrases of a data file: every list item, and any key or value with a Vietnamese letter."""
    if isinstance(node, str):
        return [node] if in_list or not node.isascii() else []
    if isinstance(node, list):
        return [s for item in node for s in _phrases(item, True)]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _phrases(str(k)) + _phrases(v)]
    return []


def _vietnamese_words() -> set[str]:
    """Words of the grammars' data files, also those without a diacritic (qua, khi, cho …)."""
    words: set[str] = set()
    for name in DATA_FILES:
        for phrase in _phrases(load_data(name)):
            words.update(w for w in regex.findall(r"\p{L}+", phrase.lower()) if len(w) >= 3)  # not "sn" of (?P<sn>…)
    return words


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings, with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_grammar_code_holds_no_vietnamese_word(path: Path) -> None:
    vietnamese = _vietnamese_words()
    found = []
    for line, text in _code_strings(path):
        if text in ALLOWED:
            continue
        words = regex.findall(r"\p{L}+", text)
        if any(not w.isascii() or w.lower() in vietnamese for w in words):
            found.append((line, text[:60]))
    assert found == []


def test_the_check_sees_a_vietnamese_word_in_code(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('"""Đọc ``tháng 3``."""\nPATTERN = r"(?:tháng|qua)"\nCUE = "khi"\n', encoding="utf-8")
    assert [text for _, text in _code_strings(module)] == ["(?:tháng|qua)", "khi"]
    assert "khi" in _vietnamese_words() and "qua" in _vietnamese_words()


@pytest.mark.parametrize("name", ["date_rules", "number_rules"])
def test_rule_files_follow_their_schema(name: str) -> None:
    folder = resources.files("vn_crimeie.lang.vi")
    schema = json.loads(folder.joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(folder.joinpath(f"{name}.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert schema["additionalProperties"] is False
    assert all(prop.get("description") for prop in schema["properties"].values())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate({**data, "unknown_key": ["từ"]})
