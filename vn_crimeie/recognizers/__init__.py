"""The recognisers and the small engine that runs them, each once per text.

Every step of recognition is declared in :data:`STEPS`: the function that does
it, and the results of other steps it reads (keyword argument → step name).
Most steps are recognisers, returning :class:`~vn_crimeie.candidates.Candidate`
lists; three are shared readings that recognisers or later stages need
(``places``, the place spans of :mod:`.locations`; ``definitions``, the in-text
abbreviation definitions of :mod:`.abbreviations`; ``language``, the warnings of
:func:`vn_crimeie.language.check_language`).  :func:`run_steps` runs the steps asked
for and what they need, in dependency order, and hands each step the results
of the steps it declared — nothing else: no step reads another's results
through a cache.

>>> results = run_steps("Đại tá Lê Văn A dự họp.", None, ("persons",))
>>> sorted(results), [c.source for c in results["persons"]]
(['language', 'persons', 'ranks', 'titles'], ['persons.cue'])

To add a recogniser, write a module with ``find(text, dateline=None, **needs)``
and add one line to :data:`STEPS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from ..candidates import Candidate

__all__ = ["Step", "STEPS", "RECOGNIZERS", "run_steps", "get_finder", "find_all", "step_order"]

Finder = Callable[..., list[Candidate]]


@dataclass(frozen=True)
class Step:
    """One step of recognition: ``module:function`` and the steps whose results it reads.

    ``needs`` maps a keyword argument of the function to the step whose result
    it receives.  A recogniser (``candidates=True``) is called as
    ``function(text, dateline, **needs)``; a shared reading as
    ``function(text, **needs)``.
    """

    target: str
    needs: Mapping[str, str] = field(default_factory=dict)
    candidates: bool = True
    #: settings of the analysis this step takes as keyword arguments (e.g. ``prefer``)
    settings: tuple[str, ...] = ()

    def function(self) -> Callable[..., Any]:
        """The function this step runs (imported on first use)."""
        return _import(self.target)


@cache
def _import(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


_R = "vn_crimeie.recognizers."

#: Every step, in the order their candidates are listed.
STEPS: dict[str, Step] = {
    "places": Step(_R + "locations:place_spans", candidates=False),
    "definitions": Step(_R + "abbreviations:find_definitions", candidates=False),
    "language": Step("vn_crimeie.language:check_language", candidates=False),
    "dates": Step(_R + "dates:find", settings=("prefer",)),
    "ranks": Step(_R + "ranks:find"),
    "titles": Step(_R + "titles:find"),
    "persons": Step(_R + "persons:find", {"ranks": "ranks", "titles": "titles", "language": "language"}),
    "orgs": Step(_R + "orgs:find", {"places": "places", "crimes": "crimes"}),
    "locations": Step(_R + "locations:find", {"places": "places"}),
    "venues": Step(_R + "venues:find", {"orgs": "orgs", "places": "places"}),
    "documents": Step(_R + "documents:find"),
    "crimes": Step(_R + "crimes:find"),
    "terms": Step(_R + "terms:find", {"definitions": "definitions"}),
    "abbreviations": Step(_R + "abbreviations:find", {"definitions": "definitions", "persons": "persons"}),
    "numbers": Step(_R + "numbers:find", {"language": "language"}),
}

#: The recognisers (steps that propose candidates), name → module, in the order of :data:`STEPS`.
RECOGNIZERS: dict[str, str] = {
    name: step.target.partition(":")[0] for name, step in STEPS.items() if step.candidates
}


def step_order(names: Iterable[str]) -> list[str]:
    """``names`` and every step they need, each once, needed steps first.

    >>> step_order(["venues"])
    ['places', 'crimes', 'orgs', 'venues']
    """
    order: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in order:
            return
        if name not in STEPS:
            raise KeyError(f"unknown recogniser {name!r}; known: {sorted(STEPS)}")
        if name in path:
            raise ValueError(f"recognisers need each other in a cycle: {' → '.join((*path, name))}")
        for needed in STEPS[name].needs.values():
            visit(needed, (*path, name))
        order.append(name)

    for name in names:
        visit(name, ())
    return order


def run_steps(
    text: str, dateline: datetime | None, names: Iterable[str], settings: Mapping[str, Any] | None = None
) -> dict[str, tuple[Any, ...]]:
    """Run the steps ``names`` (and what they need) on normalised ``text``, each once.

    ``settings`` (e.g. ``{"prefer": "future"}``) reach the steps that declare them.
    Returns every result by step name, as tuples (results are shared, never changed).
    """
    results: dict[str, tuple[Any, ...]] = {}
    given = settings or {}
    for name in step_order(names):
        step = STEPS[name]
        needs = {arg: results[needed] for arg, needed in step.needs.items()}
        needs.update({key: given[key] for key in step.settings if given.get(key) is not None})
        run = step.function()
        results[name] = tuple(run(text, dateline, **needs) if step.candidates else run(text, **needs))
    return results


def get_finder(name: str) -> Finder:
    """The ``find`` function of recogniser ``name`` (it finds what it needs by itself).

    >>> [c.label for c in get_finder("ranks")("Thiếu tướng Vũ Văn B")]
    ['RANK']
    """
    if name not in RECOGNIZERS:
        raise KeyError(f"unknown recogniser {name!r}; known: {sorted(RECOGNIZERS)}")
    return STEPS[name].function()


def find_all(text: str, dateline: datetime | None = None, names: list[str] | None = None) -> list[Candidate]:
    """Candidates of every recogniser (or of ``names``) on normalised ``text``, each recogniser run once.

    >>> [c.label for c in find_all("Đại tá Lê Văn A", None, ["ranks", "persons"])]
    ['RANK', 'PERSON']
    """
    wanted = list(names or RECOGNIZERS)
    results = run_steps(text, dateline, wanted)
    return [c for name in RECOGNIZERS if name in wanted for c in results[name]]
