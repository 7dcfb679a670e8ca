"""One explicit analysis of a text: what every later stage reads.

:func:`analyse` is a pure function: it normalises the text (keeping the offset
map back to the caller's text), segments it (paragraphs, sentences, words),
settles the dateline and runs the recognisers, each once
(:func:`vn_crimeie.recognizers.run_steps`).  Nothing is remembered between
calls: the spaCy tokenizer makes the Analysis and hands it to the components
through the Doc (:func:`attach`, :func:`attached`).

>>> a = analyse("Đại tá Lê Nguyên Trường dự hội nghị.")
>>> [(c.label, a.norm.text[c.start:c.end]) for c in a.candidates if c.label == "RANK"]
[('RANK', 'Đại tá')]
>>> [w.text for w in a.segmentation.words][:2]
['Đại tá', 'Lê Nguyên Trường']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import datetime
from typing import Any

from .candidates import Candidate
from .dates import detect_dateline
from .dates.spec import check_prefer
from .normalize import NormalizedText, normalize
from .recognizers import RECOGNIZERS, run_steps
from .segment import Segmentation, paragraphs, segment

__all__ = ["Analysis", "analyse", "reanchor"]


@dataclass(frozen=True)
class Analysis:
    """Normalised text, segmentation, the dateline in force and every recogniser's results.

    ``results`` maps each step run (:data:`vn_crimeie.recognizers.STEPS`) to
    its result: candidates for a recogniser, shared readings (``places``,
    ``definitions``) for the others.  ``recognizers`` are the recognisers
    whose candidates :attr:`candidates` lists.
    """

    norm: NormalizedText
    segmentation: Segmentation
    dateline: datetime | None
    detected_dateline: bool
    recognizers: tuple[str, ...]
    results: Mapping[str, tuple[Any, ...]]
    #: settings the recognisers were run with (``prefer``: which way an ambiguous date resolves)
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The text exactly as the caller passed it."""
        return self.norm.original

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Paragraphs (non-empty lines) of the normalised text."""
        return paragraphs(self.norm.text)

    @cached_property
    def candidates(self) -> tuple[Candidate, ...]:
        """Candidates of :attr:`recognizers`, recogniser by recogniser, in the order of ``RECOGNIZERS``."""
        return self.candidates_of(self.recognizers)

    def candidates_of(self, names: Iterable[str]) -> tuple[Candidate, ...]:
        """Candidates of the recognisers ``names`` (each must have been run).

        >>> a = analyse("Thiếu tướng Vũ Văn B dự họp ngày 13/3/2024.")
        >>> [c.label for c in a.candidates_of(["dates", "ranks"])]
        ['DATE', 'RANK']
        """
        wanted = set(names)
        missing = wanted - set(self.results)
        if missing:
            raise KeyError(f"recognisers {sorted(missing)} were not run in this analysis")
        return tuple(c for name in RECOGNIZERS if name in wanted for c in self.results[name])

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader should know about the result (``no-diacritics``, ``not-vietnamese``).

        >>> analyse("Thieu tuong Vu Thanh Chuong cho biet, cac doi tuong da bi bat va dua ve tru so.").warnings
        ('no-diacritics',)
        """
        return tuple(self.results.get("language", ()))

    def definitions(self) -> tuple[Any, ...] | None:
        """In-text abbreviation definitions, when this analysis read them."""
        return self.results.get("definitions")


def _recognizer_names(recognizers: Iterable[str] | None) -> tuple[str, ...]:
    names = tuple(RECOGNIZERS) if recognizers is None else tuple(recognizers)
    unknown = [n for n in names if n not in RECOGNIZERS]
    if unknown:
        raise ValueError(f"unknown recognisers {unknown}; known: {sorted(RECOGNIZERS)}")
    return names


def analyse(
    text: str,
    dateline: datetime | None = None,
    recognizers: Iterable[str] | None = None,
    *,
    extra: Iterable[str] = ("definitions", "language"),
    prefer: str | None = None,
) -> Analysis:
    """Normalise, segment and recognise ``text``.

    ``dateline`` anchors relative dates; without it a publication stamp at the
    top of the text is used (``detected_dateline`` says so).  ``recognizers``
    (default: all) choose whose candidates are listed; the steps they need are
    run too, and ``extra`` steps (default: the definitions the relation stage
    reads).  ``prefer`` (``"nearest"``, ``"past"`` or ``"future"``; default: the
    date recogniser's own, ``"nearest"`` with ties to the past, as news wants)
    says which way an ambiguous date resolves.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    names = _recognizer_names(recognizers)
    settings = {"prefer": check_prefer(prefer)} if prefer is not None else {}
    norm = normalize(text)
    anchor = dateline if dateline is not None else detect_dateline(norm.text)
    results = run_steps(norm.text, anchor, (*names, *extra), settings)
    detected = dateline is None and anchor is not None
    return Analysis(norm, segment(norm.text), anchor, detected, names, results, settings)


def reanchor(analysis: Analysis, dateline: datetime | None) -> Analysis:
    """The same analysis anchored to ``dateline``: the recognisers run again, the segmentation is kept.

    >>> from datetime import datetime
    >>> a = reanchor(analyse("Chiều 13/3, công an bắt 2 người."), datetime(2024, 3, 13))
    >>> [c.value["value"] for c in a.candidates if c.label == "DATE"]
    ['2024-03-13TAF']
    """
    norm = analysis.norm
    anchor = dateline if dateline is not None else detect_dateline(norm.text)
    results = run_steps(norm.text, anchor, (*analysis.recognizers, *analysis.results), analysis.settings)
    return replace(analysis, dateline=anchor, detected_dateline=dateline is None and anchor is not None, results=results)
