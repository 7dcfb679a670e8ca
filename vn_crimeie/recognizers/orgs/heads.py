"""Rule *head organisation*: a head of ``organizations.yaml`` and what it takes after it.

A head (``Phòng``, ``Công ty``, ``Lực lượng``, ``UBND`` …) is read by one of four
head rules, by its kind: a force head takes a force, a parent head a parent
unit, a place head a place, any other head a name (:func:`~.names.complement`).
A head that belongs to a title (``Trưởng phòng``) gives the name after it alone.
"""

from __future__ import annotations

from collections.abc import Callable

from ...lexicon import fold
from ..locations import name_end
from .context import OrgContext, space_after
from .names import complement, purpose
from .police import parent, parents
from .tables import CAPITAL_WORD, NAME_ONLY, WORD_BEFORE, Head, rule_words, tables

__all__ = ["HeadFound", "after_title", "force_head", "head_org", "named_head", "parent_head", "place_head",
           "taken_by_title"]

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


def force_head(
    ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int
) -> HeadFound | None:
    """A force head (``lực lượng``, ``Cảnh sát``) + a force, a police unit or a short form.

    >>> ctx = OrgContext.of("Riêng lực lượng Cảnh sát hình sự đã bắt 200 đối tượng")
    >>> ctx.text[6 : force_head(ctx, 6, 15, 16, ctx.heads[6][0][1], 0)[0]]
    'lực lượng Cảnh sát hình sự'
    """
    text = ctx.text
    if nxt is None:
        return None
    for e, _ in ctx.forces.get(nxt, []):
        if text[nxt].isupper() or text[pos].isupper():
            return parents(ctx, e), head, nxt
    for e, unit in ctx.units.get(nxt, []):
        # "lực lượng Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ"
        if text[nxt].isupper() and fold(unit).startswith(tuple(p + " " for p in rule_words().police_unit_prefixes)):
            return parents(ctx, e), head, nxt
    for e, row in ctx.abbr.get(nxt, []):
        if not row.part_only:
            return parents(ctx, e), head, nxt
    return None


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
    if head.standalone or text[pos:end].isupper():
        return end, head, end
    return None


def named_head(
    ctx: OrgContext, pos: int, end: int, nxt: int | None, head: Head, depth: int
) -> HeadFound | None:
    """A head + a name (``Phòng`` + ``Cảnh sát hình sự``, ``Bệnh viện`` + ``Chợ Rẫy``).

    Also a place with its level word as the whole name (``Bệnh viện quận Thủ Đức``),
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
    if head.name_only:
        stop = name_end(text, nxt, max_words=3) if text[nxt].isupper() else None
        return (stop, head, nxt) if stop is not None else None
    ends = [e for e in (_named_end(ctx, pos, nxt, head, depth), _purpose_end(ctx, pos, nxt, head)) if e is not None]
    return (max(ends), head, nxt) if ends else None


def _named_end(ctx: OrgContext, pos: int, nxt: int, head: Head, depth: int) -> int | None:
    """The end of the head's name with its parents, when that is an organisation.

    A short lower-case name (``Trung tâm y tế``) is an organisation only with its place or
    parent, or with a proper name after its field (``công ty cổ phần Hùng Vương``).
    """
    text = ctx.text
    comp = complement(ctx, nxt, head, depth)
    if comp is None:
        return None
    with_parents = parents(ctx, comp[0])
    named = CAPITAL_WORD.search(text, nxt, comp[0]) is not None
    if (comp[1] and (text[pos].isupper() or named or with_parents > comp[0])) or (
        text[pos].isupper() and with_parents > comp[0]
    ):
        return with_parents
    return None


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

    The name must be capitalised and either end in a place or parent unit or open
    with a listed unit; the ORG is the name alone (the head belongs to the title).

    >>> ctx = OrgContext.of("Ông Q, Trưởng phòng GDĐT TP.Tam Kỳ cho biết")
    >>> found = after_title(ctx, 19, ctx.heads[14][0][1], 0)
    >>> ctx.text[found[2] : found[0]]
    'GDĐT TP.Tam Kỳ'
    """
    text = ctx.text
    nxt = space_after(text, end)
    if nxt is None or not text[nxt].isupper() or head.complement != "name":
        return None
    comp = complement(ctx, nxt, head, depth)
    if comp is None:
        return None
    with_parents = parents(ctx, comp[0])
    if with_parents > comp[0] or (nxt in ctx.units and comp[1]):
        return with_parents, NAME_ONLY, nxt
    return None
