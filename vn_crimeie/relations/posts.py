"""TITLE_OF: a post and the organisation written right after it.

``Giám đốc CATP``; a list of posts before one organisation shares it
(``Chánh văn phòng, người phát ngôn Công an TP``); a post in a department is
held in the parents named after it with a comma too (``Trưởng khoa Thận,
Bệnh viện Bạch Mai``; ``Trưởng phòng Cảnh sát hình sự, Công an tỉnh Hải
Dương``).

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found, Sentence
>>> from vn_crimeie.relations.cues import cues
>>> t = "Trưởng khoa Thận, Bệnh viện Bạch Mai cho biết."
>>> ents = [Candidate(0, 11, "TITLE"), Candidate(12, 16, "ORG"), Candidate(18, 36, "ORG")]
>>> found = Found()
>>> link_title_orgs(Sentence.build(t, ents, (0, len(t)), range(3)), found, cues())
>>> [(r.label, r.head, r.tail) for r in found.relations()]
[('TITLE_OF', 0, 1), ('TITLE_OF', 0, 2)]
"""

from __future__ import annotations

from ..lexicon import fold
from .context import Found, Sentence
from .cues import Cues, squash

__all__ = ["link_title_orgs"]

#: A post's unit is read up to this many parents after it.
MAX_PARENTS = 2


def link_title_orgs(s: Sentence, found: Found, c: Cues) -> None:
    """TITLE_OF from each post to the organisation written right after it, and to that unit's parents after a comma."""
    n = len(s)
    org_of: dict[int, int] = {}
    for k in range(n - 1):
        if s.labels[k] == "TITLE" and s.labels[k + 1] == "ORG":
            g = s.gap(k, k + 1)
            if g is not None and (c.title_org.fullmatch(g) or g == "," and _heads_its_unit(s.surface(k), s.surface(k + 1))):
                org_of[k] = k + 1
    # A list of posts before one organisation: each post is held there.
    for k in range(n - 2, -1, -1):
        if s.labels[k] != "TITLE" or k in org_of or s.labels[k + 1] != "TITLE" or k + 1 not in org_of:
            continue
        g = s.gap(k, k + 1)
        org = org_of[k + 1]
        if g is not None and c.list_sep.fullmatch(g) and c.org_takes(s.surface(org), s.surface(k)):
            org_of[k] = org
    for k in sorted(org_of):
        found.add("TITLE_OF", s.ids[k], s.ids[org_of[k]], s.span)
        for parent in _parents_after(s, org_of[k]):
            found.add("TITLE_OF", s.ids[k], s.ids[parent], s.span)


def _heads_its_unit(title: str, org: str) -> bool:
    """A post named after its unit, then that unit after a comma: "Phó Cục trưởng, Cục Cảnh sát hình sự".

    >>> _heads_its_unit("Phó tổng Cục trưởng", "Tổng cục Xây dựng lực lượng"), _heads_its_unit("Trưởng phòng", "Phòng CSGT")
    (True, True)
    >>> _heads_its_unit("Giám đốc", "Công an tỉnh Nghệ An"), _heads_its_unit("Cục trưởng", "Tổng cục Hậu cần")
    (False, False)
    """
    words = fold(title).split()
    if len(words) < 2 or "trưởng" not in words[-2:]:
        return False
    unit = words[:-1] if words[-1] == "trưởng" else words[-1:]  # "Cục trưởng", "Trưởng phòng"
    unit = unit[-2:] if unit[-2:] == ["tổng", "cục"] else unit[-1:]
    return fold(org).split()[: len(unit)] == unit


def _parents_after(s: Sentence, j: int) -> list[int]:
    """The organisations after a comma that the unit at ``j`` belongs to: "Trưởng khoa Thận, Bệnh viện Bạch Mai".

    A post in a department is held in its parent too.  Not where the parent
    opens a list of units (``…, Công an tỉnh A và Công an tỉnh B``).
    """
    parents: list[int] = []
    while j + 1 < len(s) and s.labels[j + 1] == "ORG" and s.raw_gap(j, j + 1) == ", " and len(parents) < MAX_PARENTS:
        parents.append(j + 1)
        j += 1
    if parents and j + 1 < len(s) and s.labels[j + 1] == "ORG" and squash(s.raw_gap(j, j + 1)) in ("và", ","):
        return []
    return parents
