"""One analysis of a text, shared by the tokenizer and the pipeline components.

:func:`analyse` normalises the text, segments it and runs the recognisers; the
result is cached per (text, dateline) for the few most recent texts, so the
tokenizer (which needs candidate boundaries to split words) and the entity
component (which needs the candidates) do the work once.  The cache is an
optimisation only: every result can be recomputed from the text.

>>> a = analyse("Đại tá Lê Nguyên Trường dự hội nghị.")
>>> [(c.label, a.norm.text[c.start:c.end]) for c in a.candidates if c.label == "RANK"]
[('RANK', 'Đại tá')]
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from .candidates import Candidate
from .normalize import NormalizedText, normalize
from .recognizers import RECOGNIZERS, get_finder
from .segment import Segmentation, segment

__all__ = ["Analysis", "analyse", "detect_dateline"]

_CACHE_SIZE = 8
_cache: OrderedDict[tuple[str, datetime | None, tuple[str, ...]], "Analysis"] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class Analysis:
    """Normalised text, segmentation, the dateline in force and all candidates."""

    norm: NormalizedText
    segmentation: Segmentation
    dateline: datetime | None
    detected_dateline: bool
    candidates: tuple[Candidate, ...]


def detect_dateline(text: str) -> datetime | None:
    """The publication stamp near the top of an article, if the dates module finds one."""
    try:
        from .dates import detect_dateline as _detect
    except ImportError:  # the dates package is optional while it is being built
        return None
    return _detect(text)


def analyse(
    text: str,
    dateline: datetime | None = None,
    recognizers: tuple[str, ...] | None = None,
) -> Analysis:
    """Normalise, segment and recognise ``text`` (cached for recent texts)."""
    names = tuple(recognizers) if recognizers is not None else tuple(RECOGNIZERS)
    key = (text, dateline, names)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    norm = normalize(text)
    detected = False
    anchor = dateline
    if anchor is None:
        anchor = detect_dateline(norm.text)
        detected = anchor is not None
    candidates: list[Candidate] = []
    for name in names:
        candidates.extend(get_finder(name)(norm.text, anchor))
    result = Analysis(norm, segment(norm.text), anchor, detected, tuple(candidates))
    with _lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result
