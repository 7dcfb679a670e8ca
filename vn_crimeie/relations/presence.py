"""PRESENT_AT: who attends, chairs, directs or speaks at an event, and where.

- ``Đại tướng Tô Lâm … dự, chỉ đạo hội nghị tại điểm cầu Hà Nội``: a presence
  verb and a VENUE after ``tại`` in the same sentence;
- ``Tại điểm cầu Hải Phòng, Thiếu tướng … dự, chủ trì hội nghị``: the venue (or a
  place) opens the sentence;
- ``Cùng dự có Đại tá …``, ``Tham dự buổi lễ có …``: a later sentence of the same
  paragraph lists more attendees of the venue just named (also one named
  without attendees: ``Tại Hội trường X, Công an tỉnh tổ chức lễ …``); a venue
  of another paragraph is not carried;
- ``Thiếu tướng A dự lễ ra mắt tại xã X``: a presence verb, then a place (VENUE,
  or LOC for people with a rank or post) after ``tại``;
- ``Đại tá B có mặt tại huyện Y``, ``Đoàn công tác do Thứ trưởng C dẫn đầu đã làm
  việc tại tỉnh Z``, ``Tại trụ sở X, Đại tá D đến kiểm tra``: an official's visit.

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found, Sentence
>>> t = "Tại điểm cầu Hải Phòng, Thiếu tướng Vũ Thanh Chương chủ trì hội nghị. Cùng dự có Đại tá Lê Nguyên Trường."
>>> ents = [Candidate(4, 22, "VENUE"), Candidate(24, 35, "RANK"), Candidate(36, 51, "PERSON"),
...         Candidate(82, 88, "RANK"), Candidate(89, 105, "PERSON")]
>>> found = Found()
>>> link_presence([Sentence.build(t, ents, (0, 69), [0, 1, 2]), Sentence.build(t, ents, (70, 106), [3, 4])], found)
>>> [(r.label, r.head, r.tail, r.evidence) for r in found.relations()]
[('PRESENT_AT', 2, 0, (0, 69)), ('PRESENT_AT', 4, 0, (0, 106))]
"""

from __future__ import annotations

from collections.abc import Sequence

from .context import Found, Sentence
from .cues import Cues, cues, squash

__all__ = ["link_presence", "has_presence_verb"]

_PLACES = ("VENUE", "LOC")


def has_presence_verb(s: Sentence, c: Cues | None = None) -> bool:
    """Whether the text of ``s`` outside its entities holds a presence verb (``dự``, ``chủ trì`` …)."""
    return s.says((c or cues()).presence_verb)


def _venue(s: Sentence, c: Cues) -> int | None:
    """The position of the venue of ``s``: fronted (``Tại X, …``, VENUE or LOC, maybe after a date) or ``tại`` + VENUE."""
    if not len(s):
        return None
    first = next((k for k, lab in enumerate(s.labels) if lab != "DATE"), None)  # "Sáng 15/8, tại Hà Nội, …"
    if first is not None and s.labels[first] in _PLACES and c.venue_opener.fullmatch(s.left(first).lstrip(", ")):
        return first
    for k in s.positions("VENUE"):
        left = s.left(k)
        if left.endswith(tuple(f" {w}" for w in c.words["venue_openers"])) or c.venue_opener.fullmatch(left):
            return k
    return None


def _attendees(s: Sentence, venue: int) -> list[int]:
    return [k for k in s.positions("PERSON") if k != venue]


def _official(s: Sentence, k: int, found: Found) -> bool:
    """Whether the person at ``k`` has a rank or a post written with them."""
    return found.has_head("HAS_RANK", s.ids[k]) or found.has_head("HAS_TITLE", s.ids[k])


def _visits(s: Sentence, venue: int | None, found: Found, c: Cues) -> list[tuple[int, int]]:
    """``Tại trụ sở Công an huyện X, Đại tá A đến kiểm tra và làm việc``: officials visiting the venue of ``s``."""
    if venue is None or not s.says(c.visit_verb):
        return []
    return [(k, venue) for k in _attendees(s, venue) if _official(s, k, found)]


def _verb_places(s: Sentence, found: Found, c: Cues) -> list[tuple[int, int]]:
    """``(person, place)`` positions: a person before a presence verb, a place after it.

    ``Thiếu tướng A dự lễ ra mắt tại xã X`` (a presence verb, then ``tại`` and
    the place); ``Đại tá B có mặt tại huyện Y``, ``Đoàn công tác do Thứ trưởng C
    dẫn đầu đã làm việc tại tỉnh Z`` (a visit verb right before the place).  Its
    people need a rank or a post, unless the verb is one of attending (``dự``,
    ``chủ trì`` …) and the place a VENUE.  The first place after the verb is the one;
    no other person stands between the verb and the place, and a person who
    only speaks about it (``cho biết``) is not there.
    """
    openers = tuple(f" {w}" for w in c.words["venue_openers"])
    for k in range(1, len(s)):
        if s.labels[k] not in _PLACES:
            continue
        left = s.left(k)
        visit = bool(c.place_verb.search(left))
        if left.endswith("(") or not (visit or left.endswith(openers)):
            continue
        verb = _verb_before(s, k, c)
        if verb is not None:
            needs_post = visit or s.labels[k] == "LOC" or not c.presence_verb.search(_gap(s, verb))
            return [(p, k) for p in _subjects(s, verb, found, c) if not needs_post or _official(s, p, found)]
    return []


def _gap(s: Sentence, j: int) -> str:
    """The squashed text right after the entity at ``j`` (to the next one or the sentence end)."""
    return s.after(j)


def _verb_before(s: Sentence, k: int, c: Cues) -> int | None:
    """The position after which the nearest presence verb before ``k`` stands, no person nor place in between."""
    for j in range(k - 1, -1, -1):
        g = _gap(s, j)
        if c.presence_verb.search(g) or c.place_verb.search(g):
            return j
        if s.labels[j] == "PERSON" or s.labels[j] in _PLACES:
            return None
    return None


def _subjects(s: Sentence, verb: int, found: Found, c: Cues) -> list[int]:
    """The people before the verb after ``verb`` who do not only speak (``cho biết``) nor host a guest's post."""
    out = []
    speaks = foreign = False
    for j in range(verb, -1, -1):
        speaks = speaks or bool(c.speech_verb.search(_gap(s, j)))
        if s.labels[j] == "PERSON" and not speaks and not foreign:
            out.append(j)
        elif s.labels[j] == "TITLE" and not found.has_tail("HAS_TITLE", s.ids[j]):
            foreign = True  # "Chủ tịch nước A tiếp Tổng Thư ký Interpol … đang thăm": the guest's post
    return out[::-1]


def link_presence(sentences: Sequence[Sentence], found: Found, paragraph_of: Sequence[int] | None = None) -> None:
    """Add PRESENT_AT for ``sentences`` (text order); ``paragraph_of[i]`` is sentence i's paragraph number."""
    c = cues()
    current: tuple[int, int] | None = None  # (entity id of the venue, start of its sentence)
    para = None
    for i, s in enumerate(sentences):
        p = paragraph_of[i] if paragraph_of is not None else 0
        if p != para:
            current, para = None, p
        carry = bool(c.carry_opener.search(squash(s.text[s.start : min(s.end, s.start + 60)])))
        v = _venue(s, c)
        if v is not None and (carry or has_presence_verb(s, c)):
            for k in _attendees(s, v):
                found.add("PRESENT_AT", s.ids[k], s.ids[v], s.span)
            current = (s.ids[v], s.start)
        elif carry and current is not None:
            venue_id, since = current
            for k in s.positions("PERSON"):
                found.add("PRESENT_AT", s.ids[k], venue_id, (since, s.end))
        else:
            pairs = _verb_places(s, found, c) or _visits(s, v, found, c)
            for k, place in pairs:
                found.add("PRESENT_AT", s.ids[k], s.ids[place], s.span)
            if pairs or v is not None:  # "Tại Hội trường X, Công an tỉnh tổ chức lễ …" names the venue of a later list
                current = (s.ids[pairs[0][1] if pairs else v], s.start)
