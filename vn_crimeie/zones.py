"""Flat memory over long runs: spaCy memory zones renewed every N documents.

Every new word of an article (names, numbers, codes) enters the vocabulary
and stays there: ~13,000 strings per 1,000 archive articles. Inside
``nlp.memory_zone()`` they are freed when the zone closes, but common words
are then added again by the next zone: one zone per article costs 6–9 % more
CPU, one per 128 articles ~2 %
(``python benchmarks/long_run.py``). :class:`MemoryZones` keeps one zone
open across documents and renews it every ``every`` documents.

Only for Documents: a spaCy Doc made in a zone must not be used after it
closes. Zones are not thread-safe and must not be nested, so this is for a
process the caller owns (the CLI, a worker process), not for ``extract()``.

>>> import vn_crimeie
>>> from vn_crimeie.document import Document
>>> nlp = vn_crimeie.load()
>>> with MemoryZones(nlp, every=2) as zones:
...     for text in ["Đại tá Lê Văn Ất dự họp.", "Thiếu tá Hà Văn Bính bắt 3 đối tượng."]:
...         with zones.document():
...             document = vn_crimeie.document_from_doc(nlp(text))
>>> "Bính" in nlp.vocab.strings
False
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from spacy.language import Language

__all__ = ["MemoryZones", "DOCUMENTS_PER_ZONE"]

#: Documents made in one memory zone before it is renewed.
DOCUMENTS_PER_ZONE = 128


class MemoryZones:
    """``nlp.memory_zone()`` kept open across documents and renewed every ``every`` documents."""

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
        if self._zone is None:
            self._zone = ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
            self._documents = 0
        try:
            yield
        finally:
            self._documents += 1
            if self._documents >= self.every:
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
