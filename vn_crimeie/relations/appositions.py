"""MEMBER_OF of an organisation written in apposition after a person, without a post.

``Tại phiên tòa, ông Ngô Minh Dũng, Viện Khoa học hình sự (Bộ Công an), khẳng
định …``: the organisation between commas (or before its parent in brackets)
right after the name is the one the person belongs to.  Not an organisation
that opens the next clause (``…, Công an huyện cho biết``): the organisation
must close with a comma, a bracket or the end of the sentence.
"""

from __future__ import annotations

import regex

from .context import Found, Sentence

__all__ = ["appositive_members", "party_members"]

#: the head of a political party's name ("đảng Dân chủ", "Đảng CNRP")
_PARTY = regex.compile(r"(?i:đảng) ")
#: what may follow the organisation of an apposition: a comma, a bracket, or the end of the sentence
_CLOSES = regex.compile(r"\s*(?:[,()]|[.;:!?]?\s*$)")


def appositive_members(s: Sentence, found: Found) -> None:
    """``PERSON, ORG,``: MEMBER_OF from the person to the organisation, when the person has no post of their own.

    >>> from types import SimpleNamespace as E
    >>> t = "Ông Ngô Minh Dũng, Viện Khoa học hình sự (Bộ Công an), khẳng định."
    >>> ents = [E(start=4, end=17, label="PERSON"), E(start=19, end=40, label="ORG"), E(start=42, end=52, label="ORG")]
    >>> s = Sentence.build(t, ents, (0, len(t)), [0, 1, 2])
    >>> found = Found(); appositive_members(s, found); [(r.label, r.head, r.tail) for r in found.relations()]
    [('MEMBER_OF', 0, 1)]
    """
    for k in s.positions("PERSON"):
        j = k + 1
        if j >= len(s) or s.labels[j] != "ORG" or s.raw_gap(k, j) != ", ":
            continue
        if found.has_head("HAS_TITLE", s.ids[k]) or found.has_head("MEMBER_OF", s.ids[k]):
            continue
        end = s.spans[j][1]
        closing = s.spans[j + 1][0] if j + 1 < len(s) else s.end
        if not _CLOSES.match(s.text[end:closing]):
            continue
        found.add("MEMBER_OF", s.ids[k], s.ids[j], s.span)


def party_members(s: Sentence, found: Found) -> None:
    """``đảng Dân chủ Hillary Clinton``, ``lãnh đạo đảng CNRP Sam Rainsy``: a party's name right before a person's
    makes the person its member.

    >>> from types import SimpleNamespace as E
    >>> t = "đối thủ đảng Dân chủ Hillary Clinton"
    >>> s = Sentence.build(t, [E(start=8, end=20, label="ORG"), E(start=21, end=36, label="PERSON")], (0, len(t)), [0, 1])
    >>> found = Found(); party_members(s, found); [(r.label, r.head, r.tail) for r in found.relations()]
    [('MEMBER_OF', 1, 0)]
    """
    for k in s.positions("ORG"):
        j = k + 1
        if j < len(s) and s.labels[j] == "PERSON" and s.raw_gap(k, j) == " " and _PARTY.match(s.surface(k)):
            found.add("MEMBER_OF", s.ids[j], s.ids[k], s.span)
