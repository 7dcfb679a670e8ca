"""Police bodies and parent units: ``Công an`` + place, and what a unit's name attaches after it.

Each function reads the text of an :class:`OrgContext` at a position and
returns the end of what it found there, or ``None``.
"""

from __future__ import annotations

import regex

from ..locations import gazetteer
from .context import OrgContext, space_after
from .tables import DASH, NUMBER, rule_words, tables

__all__ = ["abbr_tail", "bracketed_level", "court_level", "dash_parent", "level_this", "parent", "parents", "police"]

#: gazetteer kinds of a place whose police is named without a level word
_POLICE_PLACE_KINDS = ("province", "city", "district")
#: a short form in brackets inside a name, before the rest of the name: "(TAND) "
_BRACKET_SHORT = regex.compile(r"\(\p{Lu}[\p{Lu}&]{1,7}\) ")


def police(ctx: OrgContext, pos: int, *, as_parent: bool) -> int | None:
    """``Công an``/``CA`` + scope, level + place, level, or province at ``pos``.

    Lower case, only with a place (``công an Ninh Kiều``) or as a parent unit
    (``Đội CSGT công an huyện``).

    >>> ctx = OrgContext.of("Công an huyện Quỳnh Lưu và công an huyện đã vào cuộc")
    >>> ctx.text[0 : police(ctx, 0, as_parent=False)], police(ctx, 27, as_parent=False)
    ('Công an huyện Quỳnh Lưu', None)
    """
    text = ctx.text
    m = rule_words().police.match(text, pos)
    if m is None:
        return None
    capital = text[pos].isupper()
    nxt = space_after(text, m.end())
    if nxt is None:
        return None
    for end, _ in ctx.scopes.get(nxt, []):
        return end if capital else None
    place = ctx.level_place(nxt)
    if place is not None:
        return place
    for end, _ in ctx.levels.get(nxt, []):
        if capital or as_parent:
            return level_this(ctx, end)
        return None
    if nxt in ctx.places and text[nxt].isupper():
        end = ctx.places[nxt]
        if nxt in ctx.district_names or (text[nxt:end] in gazetteer() and gazetteer()[text[nxt:end]][1] in _POLICE_PLACE_KINDS):
            return end  # "Công an Bình Tân", "công an Ninh Kiều", "công an Lâm Hà": the unit of that district
    return None


def parent(ctx: OrgContext, pos: int) -> int | None:
    """A parent unit or place right at ``pos`` (no comma in between).

    Police, a fixed name, an abbreviation, a place of a police level or a post,
    or a bare level word that ends the name (``Đội CSGT thành phố``).

    >>> ctx = OrgContext.of("Đội CSGT Công an TP Thanh Hóa")
    >>> ctx.text[9 : parent(ctx, 9)]
    'Công an TP Thanh Hóa'
    >>> ctx = OrgContext.of("cục Điều tra hình sự bộ Quốc phòng")
    >>> ctx.text[21 : parent(ctx, 21)]
    'bộ Quốc phòng'
    """
    text = ctx.text
    end = police(ctx, pos, as_parent=True)
    if end is not None:
        return end
    for end, _ in ctx.fixed.get(pos, []) or ctx.fixed_lower_head.get(pos, []):
        return end  # "Bộ Quốc phòng", also "bộ Quốc phòng" after its unit
    for end, row in ctx.abbr.get(pos, []):
        if not row.part_only:
            return abbr_tail(ctx, end, row.abbr)
    if pos in ctx.places and text[pos : pos + 1].isupper() or pos in ctx.admin_places:
        if pos in ctx.admin_places and ctx.admin_places[pos][1] not in rule_words().parent_places:
            return None
        return ctx.places.get(pos) or ctx.admin_places[pos][0]
    for end, _ in ctx.levels.get(pos, []):
        # A bare level word ending the name: "Đội CSGT thành phố", "Phòng CSGT công an tỉnh" (not the first word
        # of a field: "Ngân hàng Chính sách xã hội").
        longer_field = any(e > end for e, _ in ctx.fields.get(pos, []))
        if text[pos].islower() and not text[end : end + 2].strip(" ")[:1].isupper() and not longer_field:
            return level_this(ctx, end)
    return None


def parents(ctx: OrgContext, end: int, limit: int = 3) -> int:
    """The end after the parent units that follow ``end`` with one space (at most ``limit``).

    >>> ctx = OrgContext.of("Phòng PC02 Công an tỉnh Nghệ An cho biết")
    >>> ctx.text[: parents(ctx, 10)]
    'Phòng PC02 Công an tỉnh Nghệ An'
    """
    for _ in range(limit):
        nxt = space_after(ctx.text, end)
        if nxt is None:
            break
        found = parent(ctx, nxt) or _owner(ctx.text, nxt)
        if found is None:
            break
        end = found
    return end


def _owner(text: str, pos: int) -> int | None:
    """The end of ``của`` + an owner of ``owners`` at ``pos`` (``Ủy ban Tư pháp`` + ``của Quốc hội``), or None.

    >>> t = "Ủy ban Tư pháp của Quốc hội họp"
    >>> t[: _owner(t, 15)]
    'Ủy ban Tư pháp của Quốc hội'
    """
    if not text.startswith("của ", pos):
        return None
    for owner in tables().owners:
        end = pos + 4 + len(owner)
        if text.startswith(owner, pos + 4) and not text[end : end + 1].isalpha():
            return end
    return None


def level_this(ctx: OrgContext, end: int) -> int:
    """``tỉnh này``, ``huyện này``: a level word pointing back keeps its ``này``.

    >>> level_this(OrgContext("Công an tỉnh này", [], []), 12)
    16
    """
    m = rule_words().this.match(ctx.text, end)
    return m.end() if m else end


def abbr_tail(ctx: OrgContext, end: int, abbr: str) -> int:
    """``BCĐ 131``: a number after a steering-committee abbreviation belongs to it, a court's level to a court.

    >>> abbr_tail(OrgContext("Trưởng BCĐ 138 chủ trì", [], []), 10, "BCĐ")
    14
    """
    nxt = space_after(ctx.text, end)
    if nxt is None:
        return end
    if abbr in rule_words().numbered_abbreviations:
        m = NUMBER.match(ctx.text, nxt)
        if m:
            return m.end()
    level = court_level(ctx, nxt)  # "Tòa Phúc thẩm TAND tối cao tại Hà Nội"
    return level if level is not None else end


#: the head of a ministry: a department joined to its ministry by a dash is one organisation
_MINISTRY = "Bộ "


def dash_parent(ctx: OrgContext, start: int, end: int) -> int:
    """Rule *dash parent*: a unit and its police parent joined by a dash are one organisation.

    ``Phòng Cảnh sát giao thông - Công an tỉnh Quảng Ninh``, ``Cảnh sát 113- Công an
    tỉnh Khánh Hòa``; two police bodies in a row are not (``Công an tỉnh A - Công an tỉnh B``).

    >>> ctx = OrgContext.of("Phòng CSGT - Công an tỉnh Quảng Ninh")
    >>> ctx.text[: dash_parent(ctx, 0, 10)]
    'Phòng CSGT - Công an tỉnh Quảng Ninh'
    >>> ctx = OrgContext.of("CQCSĐT - CATP Hải Phòng")
    >>> ctx.text[: dash_parent(ctx, 0, 6)]
    'CQCSĐT - CATP Hải Phòng'
    >>> ctx = OrgContext.of("Tổng cục Xây dựng lực lượng – Bộ Công an")
    >>> ctx.text[: dash_parent(ctx, 0, 27)]
    'Tổng cục Xây dựng lực lượng – Bộ Công an'
    """
    text = ctx.text
    m = DASH.match(text, end)
    if m is None or rule_words().police.match(text, start) or not text[m.end() : m.end() + 1].isupper():
        return end
    found = police(ctx, m.end(), as_parent=False)
    if found is None:  # "CQCSĐT - CATP Hải Phòng": the police parent abbreviated
        found = next((e for e, row in ctx.abbr.get(m.end(), []) if not row.part_only and rule_words().police.match(row.expansion)), None)
    if found is None and text.startswith(_MINISTRY, m.end()):  # "Tổng cục Xây dựng lực lượng – Bộ Công an"
        found = next((e for e, _ in ctx.fixed.get(m.end(), [])), None)
    return parents(ctx, found) if found is not None else end


def court_level(ctx: OrgContext, pos: int) -> int | None:
    """The level of a court or procuracy at ``pos`` with its seat (``cấp cao tại Hà Nội``), or None.

    >>> ctx = OrgContext.of("TAND cấp cao tại Hà Nội xét xử phúc thẩm")
    >>> ctx.text[5 : court_level(ctx, 5)]
    'cấp cao tại Hà Nội'
    """
    m = rule_words().court_level.match(ctx.text, pos)
    if m is None:
        return None
    seat = ctx.places.get(m.end()) if m.end() > m.end("level") else None
    return seat if seat is not None else m.end("level")


def bracketed_level(ctx: OrgContext, pos: int) -> int | None:
    """A short form in brackets inside a court's name, then its level or its place: the end, or None.

    The annotation guide keeps an abbreviation in brackets inside a name in the one span.

    >>> ctx = OrgContext.of("Tòa án nhân dân (TAND) tối cao xét xử giám đốc thẩm")
    >>> ctx.text[16 : bracketed_level(ctx, 16)]
    '(TAND) tối cao'
    >>> bracketed_level(OrgContext.of("Tòa án nhân dân (TAND) đã xét xử"), 16) is None
    True
    """
    m = _BRACKET_SHORT.match(ctx.text, pos)
    if m is None:
        return None
    level = court_level(ctx, m.end())
    return level if level is not None else ctx.level_place(m.end())
