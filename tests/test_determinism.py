"""The output does not depend on Python's string hashing (``PYTHONHASHSEED``).

Sets of strings iterate in an order that changes from one process to the next;
a table built by iterating one (the spellings of a region, the words of a list)
must not let that order choose a value.  Two processes with different hash
seeds extract the same texts and must give the same ``to_dict()``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "Mưa lớn ở Tây Nam bộ và Đông Nam bộ kéo dài; các tỉnh Nam Bộ và Tây Nguyên đã sơ tán dân.",
    "Ngày 12/3/2024, Công an huyện Tuy Phước (Bình Định) bắt Nguyễn Văn An (SN 1990) về tội trộm cắp tài sản.",
]
SCRIPT = """
import json, sys
import vn_crimeie
texts = json.load(sys.stdin)
print(json.dumps([vn_crimeie.extract(t, dateline="2024-03-13").to_dict() for t in texts], ensure_ascii=False, sort_keys=True))
"""


def _texts() -> list[str]:
    with (ROOT / "corpus" / "dev.jsonl").open(encoding="utf-8") as fh:
        corpus = [json.loads(line)["text"] for line in fh if line.strip()][:6]
    return SENTENCES + corpus


def _extract_with_seed(seed: str, texts: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps(texts), capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return done.stdout


def test_output_is_the_same_under_two_hash_seeds() -> None:
    texts = _texts()
    first, second = _extract_with_seed("1", texts), _extract_with_seed("2", texts)
    assert json.loads(first)[0]["entities"], "the region sentence gives entities"
    assert first == second
