"""Transitional: what ``pipeline.extract_many(n_process=N)`` still calls (delete with that call).

The worker processes are the batch engine's (:func:`vn_crimeie.batch.documents`);
once ``pipeline.extract_many`` delegates to :func:`vn_crimeie.batch.extract_many`
nothing uses this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from .batch import BATCH_SIZE, documents

__all__ = ["documents_in_workers"]


def documents_in_workers(
    nlp: Language, items: Iterable[tuple[Any, Any]], dateline: str | None = None, jobs: int = 2, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Any, Any]]:
    """``(key, Document | Exception)`` for every ``(key, text)`` of ``items``, made in ``jobs`` worker processes.

    >>> import vn_crimeie
    >>> [key for key, _ in documents_in_workers(vn_crimeie.load(), [("tin-1", "Đại tá Lê Văn A dự họp.")])]
    ['tin-1']
    """
    return documents(((key, text, dateline) for key, text in items), nlp=nlp, batch_size=batch_size, n_process=jobs)
