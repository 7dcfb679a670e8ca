"""The recognisers: one module per label family, each with ``find(text, dateline=None)``.

``RECOGNIZERS`` maps a recogniser's name to the dotted path of its module; the
pipeline imports them on first use.  To add one, write the module and add one
line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from functools import cache

from ..candidates import Candidate

Finder = Callable[..., list[Candidate]]

RECOGNIZERS: dict[str, str] = {
    "dates": "vn_crimeie.recognizers.dates",
    "ranks": "vn_crimeie.recognizers.ranks",
    "titles": "vn_crimeie.recognizers.titles",
    "persons": "vn_crimeie.recognizers.persons",
    "orgs": "vn_crimeie.recognizers.orgs",
    "locations": "vn_crimeie.recognizers.locations",
    "venues": "vn_crimeie.recognizers.venues",
    "documents": "vn_crimeie.recognizers.documents",
    "crimes": "vn_crimeie.recognizers.crimes",
    "terms": "vn_crimeie.recognizers.terms",
    "abbreviations": "vn_crimeie.recognizers.abbreviations",
    "numbers": "vn_crimeie.recognizers.numbers",
}


@cache
def get_finder(name: str) -> Finder:
    """The ``find`` function of recogniser ``name``."""
    if name not in RECOGNIZERS:
        raise KeyError(f"unknown recogniser {name!r}; known: {sorted(RECOGNIZERS)}")
    return importlib.import_module(RECOGNIZERS[name]).find


def find_all(text: str, dateline: datetime | None = None, names: list[str] | None = None) -> list[Candidate]:
    """Candidates of every recogniser (or of ``names``) on normalised ``text``."""
    out: list[Candidate] = []
    for name in names or list(RECOGNIZERS):
        out.extend(get_finder(name)(text, dateline))
    return out
