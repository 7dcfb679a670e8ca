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
from typing import Any

from .candidates import Candidate
from .dates import detect_dateline
from .normalize import NormalizedText, normalize
from .recognizers import RECOGNIZERS, get_finder
from .segment import Segmentation, segment

__all__ = ["Analysis", "Prepared", "analyse", "prepare", "recent_analysis"]

#: The cache holds at most this many entries…
_CACHE_SIZE = 32
#: …and segmentations of at most this many characters (1 MB documents do not pile up in memory).
_CACHE_CHARS = 3_000_000
# One LRU holds three kinds of entries: ``("base", text)`` → :class:`Prepared`
# (normalisation and segmentation, which depend neither on the dateline nor on
# the recognisers), ``("dateline", text)`` → the detected dateline (or None)
# and ``(text, dateline, names)`` → :class:`Analysis`.
_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()


def _chars(key: tuple[Any, ...]) -> int:
    """Weight of an entry: the segmentation of a text holds its memory (analyses share it)."""
    return len(key[1]) if key[0] == "base" and len(key) == 2 else 0


@dataclass(frozen=True)
class Prepared:
    """What every analysis of a text shares: its normal form and segmentation."""

    norm: NormalizedText
    segmentation: Segmentation


@dataclass(frozen=True)
class Analysis:
    """Normalised text, segmentation, the dateline in force and all candidates."""

    norm: NormalizedText
    segmentation: Segmentation
    dateline: datetime | None
    detected_dateline: bool
    candidates: tuple[Candidate, ...]


def _get(key: tuple[Any, ...]) -> Any:
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
        return hit


def _put(key: tuple[Any, ...], value: Any) -> None:
    with _lock:
        _cache[key] = value
        _cache.move_to_end(key)
        total = sum(_chars(k) for k in _cache)
        while len(_cache) > 1 and (len(_cache) > _CACHE_SIZE or total > _CACHE_CHARS):
            old, _ = _cache.popitem(last=False)
            total -= _chars(old)


def prepare(text: str) -> Prepared:
    """Normalise and segment ``text``, once per text (cached).

    >>> p = prepare("Đại tá Lê Nguyên Trường dự hội nghị.")
    >>> [w.text for w in p.segmentation.words][:2]
    ['Đại tá', 'Lê Nguyên Trường']
    """
    key = ("base", text)
    hit = _get(key)
    if hit is not None:
        return hit
    with _lock:  # an analysis of the text may outlive its base entry
        for k in reversed(_cache):
            if len(k) == 3 and k[0] == text:
                found = _cache[k]
                return Prepared(found.norm, found.segmentation)
    norm = normalize(text)
    result = Prepared(norm, segment(norm.text))
    _put(key, result)
    return result


def recent_analysis(text: str) -> Analysis | None:
    """The most recent cached analysis of ``text`` by all recognisers, whatever its dateline.

    The tokenizer uses it so that a text anchored by the caller
    (:func:`vn_crimeie.make_doc`) is recognised once, not once without and once
    with its dateline.
    """
    names = tuple(RECOGNIZERS)
    with _lock:
        for key in reversed(_cache):
            if key[0] == text and len(key) == 3 and key[2] == names:
                return _cache[key]
    return None


def analyse(
    text: str,
    dateline: datetime | None = None,
    recognizers: tuple[str, ...] | None = None,
) -> Analysis:
    """Normalise, segment and recognise ``text`` (cached for recent texts)."""
    names = tuple(recognizers) if recognizers is not None else tuple(RECOGNIZERS)
    key = (text, dateline, names)
    hit = _get(key)
    if hit is not None:
        return hit
    base = prepare(text)
    norm = base.norm
    anchor = dateline
    if anchor is None:
        dkey = ("dateline", text)
        with _lock:
            known = dkey in _cache
            anchor = _cache.get(dkey)
        if not known:
            anchor = detect_dateline(norm.text)
            _put(dkey, anchor)
    detected = dateline is None and anchor is not None
    candidates: list[Candidate] = []
    for name in names:
        candidates.extend(get_finder(name)(norm.text, anchor))
    result = Analysis(norm, base.segmentation, anchor, detected, tuple(candidates))
    _put(key, result)
    return result
