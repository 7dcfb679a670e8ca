"""Integer entity ids for the formats that need them (doccano, BRAT).

>>> numeric_ids([{"id": "e3"}, {"id": "e7"}])
{'e3': 3, 'e7': 7}
>>> numeric_ids([{"id": "a"}, {"id": "b"}])
{'a': 1, 'b': 2}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["numeric_ids"]

_NUMBERED = re.compile(r"[A-Za-z]?(\d{1,9})")


def numeric_ids(entities: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Entity id → integer: ``eN`` → N when every id has that form and the numbers are unique, else 1, 2, 3 … in order."""
    ids: dict[str, int] = {}
    for ent in entities:
        m = _NUMBERED.fullmatch(str(ent.get("id")))
        if not m:
            break
        ids[str(ent["id"])] = int(m.group(1))
    if len(ids) == len(entities) and len(set(ids.values())) == len(ids):
        return ids
    return {str(ent.get("id", i)): i for i, ent in enumerate(entities, 1)}
