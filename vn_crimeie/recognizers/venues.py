"""VENUE: where an event is held (``điểm cầu Hà Nội``, ``trụ sở Công an tỉnh``, ``Hội trường Bộ Công an``).

A venue word of ``lang/vi/venues.yaml`` followed by an organisation, a place or
a capitalised name makes one maximal VENUE; its priority is above the ORG and
LOC inside it.  Words like ``trụ sở`` are a VENUE only in a sentence about an
event (a meeting, a ceremony, a trial); a crime scene is not a venue.

>>> t = "Đại tướng Tô Lâm dự, chỉ đạo hội nghị tại điểm cầu Hà Nội."
>>> [t[c.start:c.end] for c in find(t)]
['điểm cầu Hà Nội']
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import PhraseMatcher, fold, load_data
from .locations import PlaceSpan, name_end, place_spans
from .orgs import find as find_orgs

__all__ = ["find"]

PRIORITY = PRIORITIES["venues"]


@cache
def _tables() -> tuple[PhraseMatcher[bool], PhraseMatcher[str], frozenset[str], regex.Pattern[str]]:
    data = load_data("venues.yaml")
    words: dict[str, bool] = {w: False for w in data.get("with_event") or []}
    words.update({w: True for w in data.get("always") or []})
    lower_needs_event = frozenset(fold(w) for w in data["lower_needs_event"])
    locatives = "|".join(regex.escape(w) for w in sorted(data["locatives"], key=len, reverse=True))
    located = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{locatives})[ ]+$")
    return PhraseMatcher(words), PhraseMatcher({w: w for w in data.get("event_words") or []}), lower_needs_event, located


def _sentence(text: str, pos: int) -> tuple[int, int]:
    starts = [text.rfind(c, 0, pos) for c in ".!?\n"]
    start = max(starts) + 1
    ends = [e for e in (text.find(c, pos) for c in ".!?\n") if e != -1]
    return start, min(ends) if ends else len(text)


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    orgs: Sequence[Candidate] | None = None,
    places: Sequence[PlaceSpan] | None = None,
) -> list[Candidate]:
    """VENUE candidates in normalised ``text``.

    ``orgs`` and ``places`` are the ORG candidates and :func:`place_spans` of the
    same text (the analysis passes them; found here when not given).

    >>> t = "Tại hội trường Công an tỉnh Nghệ An, hội nghị tổng kết diễn ra."
    >>> [t[c.start:c.end] for c in find(t)]
    ['hội trường Công an tỉnh Nghệ An']
    """
    words, events, lower_needs_event, located = _tables()
    # venue words are rare: find them first, and only then the organisations and
    # places that may follow them (both cost far more than this one search)
    hits = [(start, end, always) for start, end, always in words.find(text) if text[end : end + 1] == " "]
    if not hits:
        return []
    org_ends: dict[int, int] = {}
    for c in find_orgs(text, places=places) if orgs is None else orgs:
        org_ends[c.start] = max(org_ends.get(c.start, 0), c.end)
    place_ends: dict[int, int] = {}
    for p in place_spans(text) if places is None else places:
        place_ends[p.start] = max(place_ends.get(p.start, 0), p.end)
    out: list[Candidate] = []
    for start, end, always in hits:
        nxt = end + 1
        stop = org_ends.get(nxt) or place_ends.get(nxt)
        if stop is None and text[nxt : nxt + 1].isupper():
            stop = name_end(text, nxt)
        if stop is None:
            continue
        word = text[start:end]
        if not always and not located.search(text, max(0, start - 16), start):
            continue  # "bị đơn là Nhà hát Kịch TP HCM": a party, not where an event is held
        if not always or (word.islower() and fold(word) in lower_needs_event):
            s, e = _sentence(text, start)
            if not events.find(text[s:e]):
                continue
        out.append(Candidate(start, stop, "VENUE", None, source="venues", priority=PRIORITY))
    return out
