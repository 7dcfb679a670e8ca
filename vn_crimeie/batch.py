"""One batch engine: many texts become Documents, in input order, streaming, in one process or N.

:func:`extract_many` (the library), ``vn-crimeie extract`` (every format) and the
Dask runner (:mod:`vn_crimeie.parallel`) all make their Documents here. Each
text is made by ``nlp(make_doc(nlp, text, dateline))`` with its own dateline,
so datelines travel with the texts, into worker processes too.

With ``n_process=N`` the texts are made by N worker processes (forked with the
pipeline loaded; under ``spawn`` the caller's pipeline is sent to them once)
that return finished Documents: no spaCy Doc is shipped back and rebuilt, and no
word of the texts enters the parent's vocabulary. At most ``4 × N`` batches are
in flight, whatever the number of texts.

**Memory zones, one policy.** Every new word of an article (names, numbers,
codes) enters spaCy's vocabulary and stays there: ~13,000 strings per 1,000
archive articles. :class:`MemoryZones` keeps one ``nlp.memory_zone()`` open
across documents and renews it every 128 documents, which frees those words
again for ~2 % more CPU (one zone per article costs 6–9 %; ``python
benchmarks/long_run.py``). Zones are not thread-safe and must not be nested, so
they are opened only on a pipeline no other code is using at the same time:
always in the worker processes, and in the calling process when the caller
says the pipeline is its own (``documents(…, memory_zones=True)``: the CLI, a
Dask worker), never inside a zone the caller opened.

>>> docs = extract_many(["Đại tá Lê Văn A dự họp.", "Chiều 13/3, Công an tỉnh bắt 5 đối tượng."],
...                     ids=["a", "b"], datelines=[None, "2024-03-13"])
>>> [(d.id, d.dateline, [e.label for e in d.entities]) for d in docs]
[('a', None, ['RANK', 'PERSON']), ('b', '2024-03-13', ['DATE', 'ORG', 'NUMBER', 'MEASURE'])]
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from datetime import date, datetime
from typing import Any, TypeVar, Union

from spacy.language import Language

from .document import Document

__all__ = ["extract_many", "documents", "MemoryZones", "BATCH_SIZE", "DOCUMENTS_PER_ZONE"]

K = TypeVar("K")
#: What ``extract()`` takes as a dateline.
Dateline = Union[datetime, date, str, None]

#: Texts a worker process makes in one go, by default.
BATCH_SIZE = 8
#: Documents made in one memory zone before it is renewed.
DOCUMENTS_PER_ZONE = 128
#: Batches in flight per worker process, at most.
BATCHES_IN_FLIGHT = 4


class MemoryZones:
    """``nlp.memory_zone()`` kept open across documents and renewed every ``every`` documents.

    Only for Documents: a spaCy Doc made in a zone must not be used after it
    closes. A zone the caller opened is left alone (no zone is nested in it).

    >>> import vn_crimeie
    >>> nlp = vn_crimeie.load()
    >>> with MemoryZones(nlp, every=2) as zones:
    ...     for text in ["Đại tá Lê Văn Ất dự họp.", "Thiếu tá Hà Văn Bính bắt 3 đối tượng."]:
    ...         with zones.document():
    ...             document = vn_crimeie.document_from_doc(nlp(text))
    >>> "Bính" in nlp.vocab.strings, [e.text for e in document.entities if e.label == "PERSON"]
    (False, ['Hà Văn Bính'])
    """

    def __init__(self, nlp: Language, every: int = DOCUMENTS_PER_ZONE) -> None:
        if every < 1:
            raise ValueError(f"every must be at least 1, got {every}")
        self.nlp = nlp
        self.every = every
        self._zone: ExitStack | None = None
        self._documents = 0

    @contextmanager
    def document(self) -> Iterator[None]:
        """The block that makes one document (opens a zone when none is open)."""
        if self._zone is None and not self.nlp.vocab.in_memory_zone:
            self._zone = ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
            self._documents = 0
        try:
            yield
        finally:
            self._documents += 1
            if self._zone is not None and self._documents >= self.every:
                self.close()

    def close(self) -> None:
        """Close the open zone, freeing what its documents added to the vocabulary."""
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.close()

    def __enter__(self) -> MemoryZones:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _made(nlp: Language, key: Any, text: Any, dateline: Dateline) -> Document | Exception:
    """The Document of one text, or the error it met (a read error given instead of a text is kept)."""
    from .pipeline import document_from_doc, extract, make_doc

    if isinstance(text, Exception):
        return text
    doc_id = key if isinstance(key, str) else None
    try:
        if isinstance(text, str) and len(text) > nlp.max_length:  # read in chunks (vn_crimeie.chunks)
            return extract(text, dateline, id=doc_id, nlp=nlp)
        return document_from_doc(nlp(make_doc(nlp, text, dateline)), id=doc_id, text=text)
    except Exception as exc:  # noqa: BLE001 - reported in the document's place
        return exc


def _in_process(
    nlp: Language, items: Iterable[tuple[K, Any, Dateline]], memory_zones: bool
) -> Iterator[tuple[K, Document | Exception]]:
    with MemoryZones(nlp) as zones:
        for key, text, dateline in items:
            with zones.document() if memory_zones else nullcontext():  # the texts' words freed again
                document = _made(nlp, key, text, dateline)
            yield key, document


# The pipeline of a worker process, set by the pool's initializer (passed as
# it is when forked, unpickled under spawn / forkserver). The parent never sets
# it: a global set in the parent could be cleared by another run's clean-up
# before the pool forks.
_NLP: Language | None = None
# The worker's memory zones, kept open across its batches.
_ZONES: MemoryZones | None = None


def _start_worker(nlp: Language) -> None:
    global _NLP, _ZONES
    _NLP = nlp
    _ZONES = MemoryZones(nlp)


def _sendable(made: Document | Exception) -> Document | Exception:
    """A worker's result as it can cross to the parent: an error becomes a ``RuntimeError`` naming it."""
    return made if isinstance(made, Document) else RuntimeError(f"{type(made).__name__}: {made}")


def _run_batch(batch: list[tuple[Any, str, Dateline]]) -> list[Document | Exception]:
    """Documents (or the error each text met) of a batch of ``(key, text, dateline)``, in a worker."""
    nlp, zones = _NLP, _ZONES
    if nlp is None or zones is None:
        raise RuntimeError("vn_crimeie worker started without a pipeline")
    out: list[Document | Exception] = []
    for key, text, dateline in batch:
        with zones.document():  # the words of the texts are freed again: flat memory
            out.append(_sendable(_made(nlp, key, text, dateline)))
    return out


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _collected(batch: list[tuple[K, Any, Dateline]], pending: Any) -> Iterator[tuple[K, Document | Exception]]:
    """The batch's results in its order: the workers' Documents, errors settled in the parent in their places."""
    try:
        made: Iterator[Document | Exception] = iter(pending.get())
    except Exception as exc:  # noqa: BLE001 - the batch failed as a whole
        made = itertools.repeat(_sendable(exc))
    for key, text, _ in batch:
        yield key, next(made) if isinstance(text, str) else text


def _in_workers(
    nlp: Language, items: Iterable[tuple[K, Any, Dateline]], n_process: int, batch_size: int
) -> Iterator[tuple[K, Document | Exception]]:
    nlp("Công an tỉnh họp.")  # underthesea's models loaded once, here: forked workers inherit them
    window: deque[tuple[list[tuple[K, Any, Dateline]], Any]] = deque()
    # a forked worker receives nlp as it is (no pickling); spawn / forkserver unpickle it
    with multiprocessing.get_context().Pool(n_process, initializer=_start_worker, initargs=(nlp,)) as pool:
        for batch in _batches(items, batch_size):
            # what is not a text is settled here (a read error kept, a TypeError for a non-text)
            batch = [(key, text if isinstance(text, str) else _made(nlp, key, text, d), d) for key, text, d in batch]
            texts = [item for item in batch if isinstance(item[1], str)]
            window.append((batch, pool.apply_async(_run_batch, (texts,))))
            while len(window) >= BATCHES_IN_FLIGHT * n_process:
                yield from _collected(*window.popleft())
        while window:
            yield from _collected(*window.popleft())


def _process_count(n_process: int) -> int:
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1 for one per CPU), got {n_process}")
    return n_process


def documents(
    items: Iterable[tuple[K, Any, Dateline]],
    *,
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    memory_zones: bool = False,
) -> Iterator[tuple[K, Document | Exception]]:
    """``(key, Document | Exception)`` for every ``(key, text, dateline)`` of ``items``, in input order.

    ``items`` is read lazily and one failure never stops the others: an item
    whose text is an exception (a read error) is passed through in its place,
    and a text that could not be made gives the error it met (from a worker
    process: a ``RuntimeError`` naming the original error). ``key`` becomes the
    Document's ``id`` when it is a string. ``n_process=N`` (``-1``: one per
    CPU) makes the texts in N worker processes, ``batch_size`` at a time;
    ``memory_zones=True`` makes them in memory zones in this process too (only
    for a pipeline no other thread uses).

    >>> items = [("tin-1", "Đại tá Lê Văn A dự họp.", None), ("tin-2", None, None)]
    >>> [(key, getattr(got, "id", None) or str(got)) for key, got in documents(items)]
    [('tin-1', 'tin-1'), ('tin-2', 'text must be str, not NoneType')]
    """
    from .pipeline import _default_nlp

    n_process = _process_count(n_process)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    nlp = nlp or _default_nlp()
    if n_process == 1:
        return _in_process(nlp, items, memory_zones)
    return _in_workers(nlp, items, n_process, batch_size)


def _aligned(texts: Iterable[Any], ids: Iterable[Any] | None, datelines: Iterable[Dateline] | None) -> Iterator[tuple[Any, Any, Dateline]]:
    """``(id, text, dateline)`` rows; ``ids`` and ``datelines``, when given, must be as long as ``texts``."""
    columns = [texts, *(column for column in (ids, datelines) if column is not None)]
    try:
        for row in zip(*columns, strict=True):
            yield (row[1] if ids is not None else None), row[0], (row[-1] if datelines is not None else None)
    except ValueError as exc:  # zip(strict=True) found a column shorter or longer than texts
        raise ValueError(f"ids and datelines must be as long as texts ({exc})") from None


def extract_many(
    texts: Iterable[str],
    *,
    datelines: Iterable[Dateline] | None = None,
    ids: Iterable[str | None] | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Document]:
    """Documents for many texts, in input order, streaming.

    ``datelines`` and ``ids``, when given, are aligned with ``texts`` (a
    dateline is what ``extract()`` takes; ``None`` detects it in the text).
    With ``n_process=N`` (``-1``: one per CPU) N worker processes make the
    texts and return finished Documents; memory stays flat over any number of
    texts. The first text that fails raises its error (from a worker: a
    ``RuntimeError`` naming the original error).

    >>> [[e.label for e in d.entities] for d in extract_many(["Thiếu tá Hà Văn Bính bắt 3 đối tượng."])]
    [['RANK', 'PERSON', 'NUMBER', 'MEASURE']]
    """
    made = documents(_aligned(texts, ids, datelines), nlp=nlp, batch_size=batch_size, n_process=n_process)
    for _, document in made:
        if isinstance(document, Exception):
            raise document
        yield document
