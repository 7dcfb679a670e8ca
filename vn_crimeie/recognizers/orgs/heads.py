"""Rule *head organisation*: a head of ``organizations.yaml`` and what it takes after it.

A head (``Phòng``, ``Công ty``, ``Lực lượng``, ``UBND`` …) is read by one of four
head rules, by its kind: a force head takes a force, a parent head a parent
unit, a place head a place, any other head a name (:func:`complement`).
A head that belongs to a title (``Trưởng phòng``) gives the name after it alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ...lexicon import fold
from ..locations import name_end
from .context import ByStart, OrgContext, space_after
from .committees import committee_place
from .continuations import closed_run, court_level, media_suffix, purpose, remit_part, sentence_case
from .police import abbr_tail, bracketed_level, level_this, parent, parents, police
from .proper_names import after_closer, before_field, before_person, one_word_name, person_like
from .standalone import standalone
from .tables import CAPITAL_WORD, NAME_ONLY, NUMBER, WORD_BEFORE, Head, rule_words, tables

__all__ = ["HeadFound", "after_title", "complement", "force_head", "head_org", "listed_part", "named_head", "parent_head",
           "place_head", "proper_part", "purpose", "taken_by_title"]

#: an organisation opened by a head: its end, the head, and where the name after the head starts
HeadFound = tuple[int, Head, int]


def head_org(ctx: OrgContext, pos: int, depth: int = 0) -> HeadFound | None:
    """Rule *head organisation*: a head at ``pos`` and its complement, by the head's kind.

    The longest head that takes what follows wins; ``depth`` counts the
    organisations this one is nested in (``Văn phòng Cơ quan CSĐT …``).  A head
    rule reads ``(ctx, pos, end, nxt, head, depth)``: the head is ``text[pos:end]``
    and the word after it starts at ``nxt`` (None: no single space follows).

    >>> ctx = OrgContext.of("Giám đốc Công ty TNHH Hoàng Long bị bắt")
    >>> end, head, name_start = head_org(ctx, 9)
    >>> ctx.text[9:end], head.head, ctx.text[name_start:end]
    ('Công ty TNHH Hoàng Long', 'Công ty', 'TNHH Hoàng Long')
    """
    for end, head in ctx.heads.get(pos, []):
        if taken_by_title(ctx, pos, ctx.text[pos:end]):
            return after_title(ctx, end, head, depth)
        found = _HEAD_RULES[head.kind](ctx, pos, end, space_after(ctx.text, end), head, depth)
        if found is not None:
            return found
    return None


def force_head(ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int) -> HeadFound | None:
    """A force head (``lực lượng``, ``Cảnh sát``) + a force, a police unit or a short form.

    In lower case only a force of ``lower_forces`` (``lực lượng công an nhân dân``) or a police body with its place.

    >>> ctx = OrgContext.of("Riêng lực lượng Cảnh sát hình sự đã bắt 200 đối tượng")
    >>> ctx.text[6 : force_head(ctx, 6, 15, 16, ctx.heads[6][0][1], 0)[0]]
    'lực lượng Cảnh sát hình sự'
    """
    text = ctx.text
    if nxt is None:
        return None
    for e, _ in ctx.forces.get(nxt, []):
        if text[nxt].isupper() or text[pos].isupper() or text[nxt:e] in tables().lower_forces:
            return parents(ctx, e), head, nxt  # "lực lượng bộ đội biên phòng": a named force in lower case
    for e, unit in ctx.units.get(nxt, []):
        # "lực lượng Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ"
        if text[nxt].isupper() and fold(unit).startswith(tuple(p + " " for p in rule_words().police_unit_prefixes)):
            return parents(ctx, e), head, nxt
    for e, row in ctx.abbr.get(nxt, []):
        if not row.part_only:
            return parents(ctx, e), head, nxt
    body = police(ctx, nxt, as_parent=False)  # "lực lượng công an xã Chí Đám", "lực lượng CA TP Hà Nội"
    return None if body is None else (parents(ctx, body), head, nxt)


def parent_head(
    ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int
) -> HeadFound | None:
    """A head that takes only a parent unit (``Ban Giám đốc`` + ``Công an tỉnh Lâm Đồng``), or stands alone.

    >>> ctx = OrgContext.of("Ban Giám đốc Công an tỉnh Lâm Đồng khen thưởng")
    >>> ctx.text[: parent_head(ctx, 0, 12, 13, ctx.heads[0][0][1], 0)[0]]
    'Ban Giám đốc Công an tỉnh Lâm Đồng'
    """
    text = ctx.text
    found = parent(ctx, nxt) if nxt is not None else None
    if found is not None and nxt is not None:
        return parents(ctx, found), head, nxt
    if head.standalone and text[pos].isupper():
        return end, head, end
    return None


def place_head(
    ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int
) -> HeadFound | None:
    """A head that takes a place (``UBND`` + ``xã Thạch Kim``), or stands alone (``Tỉnh ủy``).

    >>> ctx = OrgContext.of("Chủ tịch UBND xã Thạch Kim xác nhận")
    >>> ctx.text[9 : place_head(ctx, 9, 13, 14, ctx.heads[9][0][1], 0)[0]]
    'UBND xã Thạch Kim'
    """
    text = ctx.text
    if nxt is not None and (nxt in ctx.admin_places or nxt in ctx.places):
        return parents(ctx, ctx.places.get(nxt) or ctx.admin_places[nxt][0]), head, nxt
    named = committee_place(ctx, pos, end, nxt) if nxt is not None else None
    if named is not None:  # "Huyện ủy Diễn Châu": a bare name of the committee's level
        return parents(ctx, named), head, nxt
    level = (court_level(ctx, nxt) or bracketed_level(ctx, nxt)) if nxt is not None else None
    if level is not None:  # "TAND cấp cao tại Hà Nội", "VKSND Tối cao", "Tòa án nhân dân (TAND) tối cao"
        return parents(ctx, level), head, nxt
    for bare, _ in ctx.levels.get(nxt, []) if nxt is not None and text[pos].isupper() else []:
        return level_this(ctx, bare), head, nxt  # "UBND TP yêu cầu", "UBND tỉnh này": the level said bare
    if head.standalone or text[pos:end].isupper():
        return end, head, end
    return None


def named_head(
    ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int
) -> HeadFound | None:
    """A head + a name (``Phòng`` + ``Cảnh sát hình sự``, ``Bệnh viện`` + ``Chợ Rẫy``).

    Also a place with its level word (``Bệnh viện quận Thủ Đức``) or a parent unit
    (``Chi bộ Công an xã Ea Kao``) as the whole name,
    the name alone after some heads (``sàn giao dịch`` + name), and a lower-case
    purpose phrase that ends in a place (``Ban Chỉ đạo phòng, chống dịch … huyện X``).

    >>> ctx = OrgContext.of("Nạn nhân được đưa đến Bệnh viện quận Thủ Đức")
    >>> ctx.text[22 : named_head(ctx, 22, 31, 32, ctx.heads[22][0][1], 0)[0]]
    'Bệnh viện quận Thủ Đức'
    """
    text = ctx.text
    if nxt is None:
        return None
    level_place = ctx.level_place(nxt)
    if head.or_place and level_place is not None and text[pos].isupper():
        return parents(ctx, level_place), head, nxt
    found = parent(ctx, nxt) if head.or_parent and text[pos].isupper() else None
    if found is not None:  # "Chi bộ Công an xã Ea Kao", "Đảng bộ tỉnh Nghệ An"
        return parents(ctx, found), head, nxt
    if head.name_only:
        stop = name_end(text, nxt, max_words=3) if text[nxt].isupper() else None
        return (stop, head, nxt) if stop is not None else None
    ends = [e for e in (_named_end(ctx, pos, nxt, head, depth), _purpose_end(ctx, pos, nxt, head)) if e is not None]
    return (max(ends), head, nxt) if ends else None


def _named_end(ctx: OrgContext, pos: int, nxt: int, head: Head, depth: int) -> int | None:
    """The end of the head's name with its parents, when that is an organisation.

    A short lower-case name (``Trung tâm y tế``) is an organisation only with its place or
    parent, with a proper name after its field (``công ty cổ phần Hùng Vương``) or as a
    police unit named in full (``phòng cảnh sát hình sự``).
    """
    text = ctx.text
    comp = complement(ctx, nxt, head, depth)
    if comp is None:
        return None
    with_parents = parents(ctx, comp[0])
    named = CAPITAL_WORD.search(text, nxt, comp[0]) is not None or (not head.media and _police_unit(ctx, nxt, comp[0]))
    if (comp[1] and (text[pos].isupper() or named or with_parents > comp[0])) or (
        text[pos].isupper() and with_parents > comp[0]
    ):
        return with_parents
    number = _NUMBER_NAME.match(text, nxt) if head.numbered else None
    return parents(ctx, number.end()) if number else None  # "bệnh viện 115": three digits name the unit


def _named_police_unit(ctx: OrgContext, pos: int) -> int | None:
    """The end of a police unit named in full at ``pos``, in any case (``cảnh sát hình sự``, not bare ``cảnh sát``).

    >>> ctx = OrgContext.of("Trưởng phòng cảnh sát hình sự; vào phòng cảnh sát")
    >>> ctx.text[13 : _named_police_unit(ctx, 13)], _named_police_unit(ctx, 41)
    ('cảnh sát hình sự', None)
    """
    prefixes = tuple(p + " " for p in rule_words().police_unit_prefixes)
    for end, unit in ctx.units.get(pos, [])[:1]:
        return end if fold(unit).startswith(prefixes) else None
    return None


def _police_unit(ctx: OrgContext, start: int, end: int) -> bool:
    """``text[start:end]`` is a police unit named in full, in any case (``cảnh sát quản lý hành chính về …``)."""
    prefixes = tuple(p + " " for p in rule_words().police_unit_prefixes)
    return any(e == end and fold(unit).startswith(prefixes) for e, unit in ctx.units.get(start, []))


def _purpose_end(ctx: OrgContext, pos: int, nxt: int, head: Head) -> int | None:
    """The end of a purpose phrase after a capitalised head marked ``phrase``."""
    return purpose(ctx, nxt) if head.phrase and ctx.text[pos].isupper() else None


_HEAD_RULES: dict[str, Callable[[OrgContext, int, int, int | None, Head, int], HeadFound | None]] = {
    "force": force_head,
    "parent": parent_head,
    "place": place_head,
    "name": named_head,
}


def taken_by_title(ctx: OrgContext, start: int, head_text: str) -> bool:
    """A head that is the second half of a compound or of a title (``Trưởng phòng``, ``Chánh Văn phòng``).

    >>> ctx = OrgContext.of("Trưởng phòng GDĐT huyện Cẩm Mỹ và Phòng GDĐT")
    >>> taken_by_title(ctx, 7, "phòng"), taken_by_title(ctx, 34, "Phòng")
    (True, False)
    """
    t, words = tables(), rule_words()
    m = WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    prev = fold(m.group(1)) if m else ""
    first = fold(head_text.split(" ", 1)[0])
    if m and first in t.title_heads and prev in words.title_leads and head_text[:1].islower():
        m2 = WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        before = fold(m2.group(1)) if m2 else ""
        if before not in t.title_heads and before not in words.titles_with_lead:
            return True
    if prev in t.title_prefixes and first in words.title_prefix_heads:
        return True  # "Chánh Văn phòng" + ORG, "Chánh Thanh tra" + ORG: the head belongs to the title
    return head_text[:1].islower() and prev in t.compound_before


def after_title(ctx: OrgContext, end: int, head: Head, depth: int) -> HeadFound | None:
    """Rule *name after a title*: the unit named after a title that took the head (``Trưởng phòng`` + ``GDĐT TP.Đông Hà``).

    The name must be capitalised and either end in a place or parent unit, open
    with a listed unit or follow a head of ``named_after_title`` (``Trưởng khoa
    Thận``), or be a police unit named in full in any case (``Trưởng phòng cảnh sát
    điều tra tội phạm về ma túy``); the ORG is the name alone (the head belongs to the title).

    >>> ctx = OrgContext.of("Ông Q, Trưởng phòng GDĐT TP.Tam Kỳ cho biết")
    >>> found = after_title(ctx, 19, ctx.heads[14][0][1], 0)
    >>> ctx.text[found[2] : found[0]]
    'GDĐT TP.Tam Kỳ'
    """
    text = ctx.text
    nxt = space_after(text, end)
    if nxt is None or head.complement != "name":
        return None
    if not text[nxt].isupper():
        unit = _named_police_unit(ctx, nxt)
        return (parents(ctx, unit), NAME_ONLY, nxt) if unit is not None else None
    comp = complement(ctx, nxt, head, depth)
    if comp is None:
        return None
    with_parents = parents(ctx, comp[0])
    if with_parents > comp[0] or (nxt in ctx.units and comp[1]):
        return with_parents, NAME_ONLY, nxt
    if comp[1] and fold(head.head) in rule_words().named_after_title and not person_like(text, nxt):
        return with_parents, NAME_ONLY, nxt  # "Trưởng khoa Thận": a department named alone
    return None


# -- the name after a head ---------------------------------------------------

_MAX_PARTS = 8
#: a number that names a unit in lower case ("bệnh viện 115", not "bệnh viện 2 ngày")
_NUMBER_NAME = regex.compile(r"\d{3}(?![\p{L}\p{M}\p{N}])")
_MAX_NESTING = 2


@dataclass
class _Name:
    """A name being read: where it starts, where it ends so far and what its parts were."""

    pos: int
    end: int | None = None
    strong: bool = False  # a name by itself
    last: str = ""  # kind of the previous part
    upper_parts: int = 0  # capitalised units and fields

    def add(self, text: str, cur: int, step: int, kind: str) -> None:
        """Take the part ``text[cur:step]`` of kind ``kind``."""
        if text[cur].isupper() and kind in ("unit", "field", "lower-unit"):
            self.upper_parts += 1
        if self.end is None and kind in ("unit", "lower-unit"):
            self.strong = True  # "Phòng Cảnh sát hình sự", "Tòa án quân sự": a named unit (the caller checks the head's case)
        self.strong = (self.strong or text[cur].isupper() or text[cur].isdigit() or kind == "media"
                       or text.count(" ", self.pos, step) >= 2)
        self.last = kind
        self.end = step

    def clause_starts(self, text: str, cur: int, kind: str) -> bool:
        """A lower-case part after the name has begun that opens the clause instead.

        ``Tổng cục Cảnh sát … xã hội chỉ đạo``: the verb "chỉ đạo", not the unit "Chỉ đạo".
        After a proper name or two capitalised parts a lower-case word starts the clause
        (``Công ty X Đắk Lắk quản lý``, ``Bộ Kế hoạch và Đầu tư nghiên cứu``); after a
        short form only a listed lower-case unit goes on (``Đội CSĐT hình sự``, not
        ``Sở GD&ĐT chỉ đạo``).
        """
        if self.end is None or not text[cur].islower() or kind == "remit":
            return False
        return (kind == "unit" or self.last in ("name", "media") or self.upper_parts >= 2
                or (self.last == "abbr" and kind != "lower-unit"))


def complement(ctx: OrgContext, pos: int, head: Head, depth: int = 0) -> tuple[int, bool] | None:
    """The name part after a head: units, fields, abbreviations, codes, names, numbers.

    Returns its end and whether it is a name by itself (it holds a capitalised
    word, a short form or a police unit, or runs over three words or more).

    >>> ctx = OrgContext.of("Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa")
    >>> end, strong = complement(ctx, 6, ctx.heads[0][0][1])
    >>> ctx.text[6:end], strong
    ('Cảnh sát hình sự', True)
    """
    text = ctx.text
    name = _Name(pos)
    cur = pos
    for _ in range(_MAX_PARTS):
        if name.end is not None and ctx.level_place(cur) is not None:
            break  # "GDĐT TP.Đông Hà": a place with its level word closes the name, attached as its parent
        part = listed_part(ctx, cur, head, name.end is not None)
        if part is not None and name.clause_starts(text, cur, part[1]):
            break
        if part is None:
            if not _may_be_proper(ctx, cur, head, name.end is not None):
                break
            part = proper_part(ctx, cur, head, name.end is not None, depth)
            if part is None:
                break
            if part[1] == "org":
                return part[0], True
        name.add(text, cur, *part)
        assert name.end is not None
        numbered = _numbered_suffix(ctx, name.end)
        if numbered is not None:
            name.end = numbered
            break
        if part[1] == "media" or (part[1] == "name" and head.needs_field and person_like(text, cur)):
            break  # "báo Thanh niên", "Trường THPT Nguyễn Huệ": the name ends (a person may follow)
        nxt = _next_part(ctx, name.end)
        if nxt is not None and name.end in ctx.closer_ends and not after_closer(ctx, nxt) and remit_part(ctx, nxt) is None:
            break  # "Ủy ban ATGT Quốc gia" + a person: the name ends (a remit goes on: "… Trung ương về phòng, chống …")
        if nxt is not None and _runs_on(ctx, pos, head, part[1]) and sentence_case(text, cur, name.end):
            run = closed_run(ctx, nxt, head.head)  # "Kiểm soát" + "bệnh tật" + "tỉnh Hà Nam"
            if run is not None:
                name.end = run
                nxt = _next_part(ctx, run)
        if nxt is None:
            break
        cur = nxt
    return (name.end, name.strong) if name.end is not None else None


def _runs_on(ctx: OrgContext, pos: int, head: Head, kind: str) -> bool:
    """Whether a part of kind ``kind`` in sentence case may go on over lower-case words (:func:`closed_run`).

    A proper name may (``Trung tâm Kiểm soát bệnh tật …``); a field only after a
    capitalised head (``Công ty Bảo vệ thực vật An Giang``, not ``trường Tiểu học đứng đầu huyện X``).
    """
    if kind == "name":
        return True
    start = pos - len(head.head) - 1
    return kind == "field" and start >= 0 and ctx.text[start].isupper()


def listed_part(ctx: OrgContext, cur: int, head: Head, going: bool) -> tuple[int, str] | None:
    """A part of a name found in a table at ``cur``: its end and kind, or None.

    A newspaper (after a press head), a unit or field (the longer), a short form,
    a unit code, a plan (``Kế hoạch 131`` after ``Ban Chỉ đạo``), a number
    (after a numbered head or another part) or, after another part, a closing
    word of ``name_closers`` (``Việt Nam``).  ``going``: a part came before.

    >>> ctx = OrgContext.of("Đội CSGT số 2")
    >>> listed_part(ctx, 4, ctx.heads[0][0][1], False)
    (8, 'abbr')
    """
    text = ctx.text
    if head.media:
        for e, _ in ctx.media_any.get(cur, [])[:1]:
            return media_suffix(ctx, e), "media"  # "báo Thanh niên", "báo Tuổi Trẻ Online"
    remit = remit_part(ctx, cur)
    if remit is not None:
        return remit, "remit"
    unit = ctx.units[cur][0] if cur in ctx.units else None
    field = ctx.fields[cur][0][0] if cur in ctx.fields else None
    if unit is not None and (field is None or unit[0] >= field):
        return unit[0], "unit" if unit[1][:1].isupper() else "lower-unit"
    if field is not None:
        return field, "abbr" if text[cur:field].isupper() else "field"
    for e, row in ctx.abbr.get(cur, []):
        return abbr_tail(ctx, e, row.abbr), "abbr"
    if cur in ctx.codes:
        return ctx.codes[cur], "abbr"
    plan_head = head.head in rule_words().plan_heads
    if plan_head:
        m = rule_words().plan.match(text, cur)
        if m:
            return m.end(), "name"
    if head.numbered or going or plan_head:
        m = NUMBER.match(text, cur)
        if m:
            return m.end(), "number"
    for e, _ in ctx.closers.get(cur, [])[:1] if going else ():
        return e, "field"  # "Hội liên hiệp Thanh niên" + "Việt Nam"
    return None


def _may_be_proper(ctx: OrgContext, cur: int, head: Head, going: bool) -> bool:
    """Whether a capitalised name may be read at ``cur``, where no listed part is.

    Not for a head that needs a field first, not over a place that closes the
    name, a police body (attached as the parent) or a name of ``phrase_names``
    (``vắc xin phòng Covid-19``: "phòng" is "against", no department).
    """
    if not going and head.needs_field or rule_words().phrase_name.match(ctx.text, cur):
        return False
    if going and (cur in ctx.places or cur in ctx.admin_places):
        return False  # the place closes the name and is attached as its parent
    return ctx.text[cur : cur + 1].isupper() and police(ctx, cur, as_parent=True) is None


def proper_part(ctx: OrgContext, cur: int, head: Head, going: bool, depth: int) -> tuple[int, str] | None:
    """A capitalised part at ``cur``: a whole organisation (kind ``org``) or a proper name.

    ``Văn phòng Cơ quan Cảnh sát điều tra …`` holds an organisation; ``Bệnh viện
    Chợ Rẫy`` a name of up to five words, cut before a person's name unless the
    head's name may be repeated alone (``Giám đốc Sở Y tế Nguyễn Văn A``).

    >>> ctx = OrgContext.of("Bệnh viện Chợ Rẫy cấp cứu")
    >>> proper_part(ctx, 10, ctx.heads[0][0][1], False, 0)
    (17, 'name')
    """
    text = ctx.text
    if depth < _MAX_NESTING:
        nested = [e for e in (head_org(ctx, cur, depth + 1), standalone(ctx, cur)) if e is not None]
        if nested:
            return max(e if isinstance(e, int) else e[0] for e in nested), "org"
    step = name_end(text, cur, max_words=5)
    if step is None:
        return None
    step = _before_place_across(ctx, cur, step)
    step = one_word_name(text, cur, before_field(ctx, cur, step))
    if head.alias:
        return step, "name"
    if going and person_like(text, cur) and not head.needs_field:
        return None  # "Giám đốc Sở Y tế Nguyễn Văn A": the person after the organisation (a school is named after one)
    return before_person(text, cur, step), "name"


def _before_place_across(ctx: OrgContext, cur: int, step: int) -> int:
    """``step``, or the start of a place that opens inside the name and runs past it: the name stops before it
    (``Bệnh viện Hữu nghị Việt Tiệp Hải Phòng``: the name read "… Hải" up to the head word "Phòng", and the
    place "Hải Phòng" closes the name instead, attached as its parent)."""
    starts = ctx.place_spans.starts  # sorted: only the places that open inside the name are read
    for k in range(bisect_right(starts, cur), bisect_left(starts, step)):
        start = starts[k]
        if step < ctx.places[start] and ctx.text[start - 1 : start] == " ":
            return start - 1
    return step


def _numbered_suffix(ctx: OrgContext, end: int) -> int | None:
    """A numbered unit: ``Đội QLTT số 8``, ``Đội Quản lý thị trường (QLTT) số 8``: the end of the number."""
    nxt = space_after(ctx.text, end)
    if nxt is None:
        return None
    words = rule_words()
    m = words.numbered.match(ctx.text, nxt) or words.bracket_number.match(ctx.text, nxt)
    return m.end() if m else None


def _next_part(ctx: OrgContext, end: int) -> int | None:
    """Where the next part starts: after ``và``, a dash or ``&`` before a unit or field, or after a space.

    None where the name ends: no single space, or a police parent follows.
    """
    text = ctx.text
    joined = _joined(text, end)
    if joined is not None and joined < len(text) and text[joined] != " ":
        if _longest_at(ctx.units, ctx.fields, pos=joined) is not None:
            return joined
    nxt = space_after(text, end)
    if nxt is None or police(ctx, nxt, as_parent=True) is not None:
        return None
    return nxt


def _longest_at(*tables: ByStart, pos: int) -> int | None:
    ends = [table[pos][0][0] for table in tables if pos in table]
    return max(ends) if ends else None


def _joined(text: str, end: int) -> int | None:
    """Start of the next part after ``và``, `` - `` or ``&`` joining two parts of a name."""
    for joiner in rule_words().name_joiners:
        if text.startswith(joiner, end):
            return end + len(joiner)
    return None
