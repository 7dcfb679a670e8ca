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


def _gaps(s: Sentence, a: int, b: int) -> list[str]:
    """The squashed text between consecutive entities from position ``a`` to ``b``: ``out[i]`` follows ``a + i``."""
    return [squash(s.raw_gap(j, j + 1)) for j in range(a, b)]


def _official(s: Sentence, k: int, found: Found) -> bool:
    """Whether the person at ``k`` has a rank or a post written with them."""
    return found.has_head("HAS_RANK", s.ids[k]) or found.has_head("HAS_TITLE", s.ids[k])


def _foreign_post(s: Sentence, p: int, verb: int, found: Found) -> bool:
    """Whether a post held by no one named stands between the person at ``p`` and the verb.

    ``Chủ tịch nước A tiếp Tổng Thư ký Interpol B đang thăm và làm việc tại X``:
    the visit is the guest's, whose post comes between.
    """
    return any(
        s.labels[j] == "TITLE" and not found.has_tail("HAS_TITLE", s.ids[j]) for j in range(p + 1, verb + 1)
    )


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
    out: list[tuple[int, int]] = []
    places = [k for k in range(1, len(s)) if s.labels[k] in _PLACES and not s.left(k).endswith("(")]
    for k in places:
        left = s.left(k)
        visit = bool(c.place_verb.search(left))
        if not visit and not left.endswith(tuple(f" {w}" for w in c.words["venue_openers"])):
            continue
        gaps = _gaps(s, 0, k)
        verb = next((j for j in range(k - 1, -1, -1) if c.presence_verb.search(gaps[j]) or c.place_verb.search(gaps[j])), None)
        if verb is None or any(lab == "PERSON" or lab in _PLACES for lab in s.labels[verb + 1 : k]):
            continue
        for p in s.positions("PERSON"):
            if p > verb:
                break
            if any(c.speech_verb.search(g) for g in gaps[p : verb + 1]) or _foreign_post(s, p, verb, found):
                continue
            needs_post = visit or s.labels[k] == "LOC" or not c.presence_verb.search(gaps[verb])
            if needs_post and not _official(s, p, found):
                continue
            out.append((p, k))
        break
    return out


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
