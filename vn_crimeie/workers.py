"""Documents made in worker processes, returned in input order, streaming.

Used by ``vn-crimeie extract --jobs N`` and ``extract_many(texts, n_process=N)``.
Workers return finished :class:`~vn_crimeie.document.Document`\\ s (small, cheap
to pickle) instead of spaCy Docs, so no Doc is serialised and rebuilt in the
parent, and no word of the texts enters the parent's vocabulary. Workers make
them inside memory zones (:mod:`vn_crimeie.zones`), so their memory stays flat
too. At most
``4 × jobs`` batches are in flight, whatever the number of inputs.

>>> import vn_crimeie
>>> items = [("a", "Đại tá Lê Văn A dự họp."), ("b", "Công an tỉnh bắt 5 đối tượng.")]
>>> [(key, [e.label for e in doc.entities]) for key, doc in documents_in_workers(vn_crimeie.load(), items, jobs=2)]
[('a', ['RANK', 'PERSON']), ('b', ['ORG', 'NUMBER', 'MEASURE'])]
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from spacy.language import Language

from .document import Document
from .zones import MemoryZones

__all__ = ["documents_in_workers", "BATCH_SIZE"]

K = TypeVar("K")

#: Texts a worker makes in one go, by default.
BATCH_SIZE = 8

# The pipeline of a worker process: inherited from the parent when forked,
# unpickled from the pool's initializer arguments under spawn / forkserver.
_NLP: Language | None = None
# The worker's memory zones, kept open across its batches.
_ZONES: MemoryZones | None = None


def _init(nlp: Language | None) -> None:
    global _NLP, _ZONES
    if _NLP is None:
        _NLP = nlp
    _ZONES = MemoryZones(_NLP) if _NLP is not None else None


def _run(batch: list[tuple[Any, str, str | None]]) -> list[tuple[Any, Document | Exception]]:
    """Documents (or the error each text met) of a batch of ``(key, text, dateline)``, in a worker."""
    from .pipeline import make_doc
    from .pipeline import document_from_doc

    nlp, zones = _NLP, _ZONES
    if nlp is None or zones is None:
        raise RuntimeError("vn_crimeie worker started without a pipeline")
    out: list[tuple[Any, Document | Exception]] = []
    for key, text, dateline in batch:
        try:
            with zones.document():  # the words of the texts are freed again: flat memory
                doc = nlp(make_doc(nlp, text, dateline))
                out.append((key, document_from_doc(doc, id=key if isinstance(key, str) else None)))
        except Exception as exc:  # noqa: BLE001 - reported per document, picklable
            out.append((key, RuntimeError(f"{type(exc).__name__}: {exc}")))
    return out


def documents_in_workers(
    nlp: Language, items: Iterable[tuple[K, Any]], dateline: str | None = None, jobs: int = 2, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[K, Any]]:
    """``(key, Document | RuntimeError)`` for every ``(key, text)`` of ``items``, in input order.

    ``items`` is read lazily. An item whose second member is not a ``str`` (a
    read error, say) is passed through unchanged, in its place. A text a worker
    failed on gives a ``RuntimeError`` naming the original error. ``key`` becomes
    the Document's ``id`` when it is a string. ``jobs`` worker processes start with
    ``nlp`` already loaded (forked, or sent to them once) and make ``batch_size``
    texts at a time.
    """
    global _NLP
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    nlp("Công an tỉnh họp.")  # underthesea's models loaded once, here: forked workers inherit them
    start_method = multiprocessing.get_start_method()
    _NLP = nlp  # what forked workers inherit
    window: deque[tuple[list[tuple[K, Any]], Any]] = deque()

    def submit(pool: Any, batch: list[tuple[K, Any]]) -> None:
        texts = [(key, text, dateline) for key, text in batch if isinstance(text, str)]
        window.append((batch, pool.apply_async(_run, (texts,))))

    def drain(batch: list[tuple[K, Any]], pending: Any) -> Iterator[tuple[K, Any]]:
        try:
            done = iter(pending.get())
        except Exception as exc:  # noqa: BLE001 - a worker died: its batch failed
            done = iter([(key, RuntimeError(f"{type(exc).__name__}: {exc}")) for key, text in batch if isinstance(text, str)])
        for key, text in batch:
            yield (key, next(done)[1]) if isinstance(text, str) else (key, text)

    try:
        initargs = (None,) if start_method == "fork" else (nlp,)
        with multiprocessing.get_context().Pool(jobs, initializer=_init, initargs=initargs) as pool:
            batch: list[tuple[K, Any]] = []
            for item in items:
                batch.append(item)
                if len(batch) < batch_size:
                    continue
                submit(pool, batch)
                batch = []
                while len(window) >= 4 * jobs:
                    yield from drain(*window.popleft())
            if batch:
                submit(pool, batch)
            while window:
                yield from drain(*window.popleft())
    finally:
        _NLP = None
