"""Rules that carry a name on past where its capitalised words stop.

* rule *remit*: a unit's subject, ``phòng, chống`` / ``Phòng chống`` or ``tội phạm
  về`` + an offence or a subject of ``remit_subjects``, several joined by ``,``/``và``
  (``Cục Cảnh sát điều tra tội phạm về tham nhũng``);
* rule *closed run*: the lower-case words of a name in sentence case, when a
  place, a parent, a closing word (``Trung ương``, ``Quốc gia``) or an
  abbreviation in brackets follows them (``Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam``);
* rule *purpose*: a lower-case purpose phrase ending in a place
  (``Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Hớn Quản``);
* rule *court level*: ``cấp cao``, ``Tối cao`` after a court's head, with its seat;
* rule *media suffix*: ``Online``, ``News`` after a newspaper's name (``Tuổi Trẻ Online``).

Each reads an :class:`OrgContext` at a position and returns the end of what it found, or None.
"""

from __future__ import annotations

import regex

from ...lexicon import fold
from .context import OrgContext, space_after
from .police import court_level, parents, police
from .tables import rule_words, tables

__all__ = ["closed_run", "court_level", "media_suffix", "purpose", "remit_part", "remit_subject", "sentence_case"]

#: words that join two subjects of a remit ("tham nhũng, kinh tế", "buôn lậu và hàng giả", "tội phạm về ma túy")
_SUBJECT_JOIN = regex.compile(r", | và | về ")
#: one lower-case word
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\p{N}])")
#: a lower-case word right after a space
_LOWER_NEXT = regex.compile(r" \p{Ll}")
#: an abbreviation in brackets after a name: "(CDC)", "(UNICEF)"
_BRACKET_ABBREVIATION = regex.compile(r"\(\p{Lu}[\p{Lu}\d&-]{1,9}\)")
#: the most lower-case words a closed run reads
_MAX_RUN = 4


def _subject_at(ctx: OrgContext, pos: int) -> int | None:
    """The end of a subject (of ``remit_subjects``) or an offence (a CRIME candidate) at ``pos``."""
    ends = [e for e, _ in ctx.subjects.get(pos, [])[:1]]
    crime = ctx.crime_end(pos)
    if crime is not None:
        ends.append(crime)
    return max(ends) if ends else None


def remit_subject(ctx: OrgContext, pos: int) -> int | None:
    """The subjects of a remit at ``pos``, joined by ``,``, ``và`` or ``về``: their end, or None.

    >>> ctx = OrgContext.of("Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, Bộ Công an")
    >>> ctx.text[24 : remit_subject(ctx, 24)]
    'tội phạm về tham nhũng, kinh tế, buôn lậu'
    """
    end = _subject_at(ctx, pos)
    for _ in range(6):
        if end is None:
            break
        m = _SUBJECT_JOIN.match(ctx.text, end)
        more = _subject_at(ctx, m.end()) if m else None
        if more is None:
            break
        end = more
    return end


def remit_part(ctx: OrgContext, pos: int) -> int | None:
    """Rule *remit* inside a name: ``Phòng chống``/``phòng, chống`` or ``tội phạm về`` + subjects at ``pos``.

    >>> ctx = OrgContext.of("Tổng cục Cảnh sát Phòng chống tội phạm đã chỉ đạo")
    >>> ctx.text[18 : remit_part(ctx, 18)]
    'Phòng chống tội phạm'
    >>> ctx = OrgContext.of("Cục Cảnh sát điều tra tội phạm về tham nhũng đã vào cuộc")
    >>> ctx.text[22 : remit_part(ctx, 22)]
    'tội phạm về tham nhũng'
    >>> ctx = OrgContext.of("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp")
    >>> ctx.text[23 : remit_part(ctx, 23)]
    'về phòng, chống tham nhũng'
    """
    m = rule_words().remit_head.match(ctx.text, pos)
    if m is None and ctx.text.startswith("về ", pos):  # "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"
        m = rule_words().remit_head.match(ctx.text, pos + 3)
    if m is not None:
        return remit_subject(ctx, m.end())
    ends = [e for e, _ in ctx.leads.get(pos, [])[:1]]
    if pos in ctx.lead_tails:
        ends.append(ctx.lead_tails[pos])  # "tội phạm" ended the part before: "… tội phạm" + "về môi trường"
    for end in ends:
        nxt = space_after(ctx.text, end)
        found = remit_subject(ctx, nxt) if nxt is not None else None
        if found is not None:
            return found
    return None


def sentence_case(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a name part in sentence case: a capitalised word, then lower-case words.

    >>> sentence_case("Kiểm soát", 0, 9), sentence_case("Chợ Rẫy", 0, 7), sentence_case("Kiểm", 0, 4)
    (True, False, False)
    """
    words = text[start:end].split(" ")
    return len(words) > 1 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:])


def closed_run(ctx: OrgContext, pos: int, own_head: str = "") -> int | None:
    """Rule *closed run*: the lower-case words at ``pos`` of a name in sentence case, or None.

    They belong to the name when a field of ``fields`` is all of them and no
    lower-case word follows it, or when
    after at most four of them (none a clause word of ``phrase_stop`` or a verb of
    ``run_stops``) comes a place, a parent or an organisation with another head than
    ``own_head``, a closing word of ``name_closers`` or an abbreviation in brackets.

    >>> ctx = OrgContext.of("Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam cho biết")
    >>> ctx.text[: closed_run(ctx, 20)]
    'Trung tâm Kiểm soát bệnh tật'
    >>> closed_run(OrgContext.of("Bệnh viện Hồi sức nhận bệnh nhân ở Hà Nội"), 19) is None
    True
    """
    text = ctx.text
    for end, _ in ctx.fields.get(pos, [])[:1]:
        if not text[pos:end].isupper() and not _LOWER_NEXT.match(text, end):
            return end  # "An ninh" + "nhân dân", not "Nhà nước" + "nghiên cứu" + "cơ chế"
    cur = pos
    stop = tables().phrase_stop
    for _ in range(_MAX_RUN):
        for end, _ in ctx.lower_closers.get(cur, [])[:1]:
            return end  # "Văn phòng Công tố" + "trung ương": a closing word in lower case ends the name
        m = _LOWER_WORD.match(text, cur)
        if m is None or m.group() in stop or cur in ctx.run_stops:
            return None
        nxt = space_after(text, m.end())
        if nxt is None:
            return None
        if _closes(ctx, nxt, own_head):
            return m.end()
        cur = nxt
    return None


def _closes(ctx: OrgContext, pos: int, own_head: str) -> bool:
    """What may follow the lower-case words of a name: a place, a parent or another organisation, a closing word.

    Not an organisation with the name's own head: ``Bộ Tài chính khẳng định Bộ Tài chính …``
    is two mentions.
    """
    text = ctx.text
    if pos in ctx.closers or ctx.level_place(pos) is not None or _BRACKET_ABBREVIATION.match(text, pos):
        return True
    if not text[pos].isupper():
        return False
    if (pos in ctx.heads or pos in ctx.fixed) and fold(text[pos : pos + len(own_head)]) != fold(own_head):
        return True  # "Khoa Nội tổng hợp" + "Bệnh viện ĐK Quảng Ngãi"
    return pos in ctx.places or pos in ctx.abbr or pos in ctx.foreign or police(ctx, pos, as_parent=True) is not None


def media_suffix(ctx: OrgContext, end: int) -> int:
    """Rule *media suffix*: ``Online``, ``News`` … after a newspaper's name belong to it.

    >>> ctx = OrgContext.of("Tin tức trên VTV news cho biết")
    >>> ctx.text[13 : media_suffix(ctx, 16)]
    'VTV news'
    """
    nxt = space_after(ctx.text, end)
    if nxt is None:
        return end
    for e, _ in ctx.media_suffixes.get(nxt, [])[:1]:
        return e
    return end


def purpose(ctx: OrgContext, pos: int) -> int | None:
    """Rule *purpose*: a lower-case purpose phrase that ends where a place starts, or None.

    ``phòng, chống dịch Covid-19`` in ``Ban Chỉ đạo phòng, chống dịch Covid-19
    huyện Hớn Quản``: the place closes the name.

    >>> ctx = OrgContext.of("Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Hớn Quản họp")
    >>> ctx.text[: purpose(ctx, 12)]
    'Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Hớn Quản'
    """
    text = ctx.text
    cur = pos
    for _ in range(10):
        m = rule_words().phrase_word.match(text, cur)
        if m is None or m.group() in tables().phrase_stop:
            return None
        end = m.end()
        if text.startswith(", ", end):
            end += 1
        if not text.startswith(" ", end):
            return None
        cur = end + 1
        place = ctx.level_place(cur)
        if place is not None:
            return parents(ctx, place)
    return None
