"""Shared fixtures: the bundled seed article, ../shared when present, one pipeline per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared_file(name: str) -> Path:
    """A file of ../shared/data, or skip the test politely when it is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"../shared/data/{name} is not available on this machine")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPUS / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((CORPUS / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def nlp():
    import vn_crimeie

    return vn_crimeie.load()
