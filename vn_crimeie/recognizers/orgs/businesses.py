"""Rule *business*: a shop, hotel or workshop named after its head noun and its trade.

``garage ôtô Hoàng Duy``, ``tiệm vàng Kim Thành``, ``cửa hàng điện thoại Minh
Hùng``, ``quán cà phê Gió``: a head of ``business_heads``, at most three words of
its trade, then a capitalised name.  The name may look like a person's; after a
business head it names the business, so the ORG (stronger than a PERSON) takes it.
"""

from __future__ import annotations

import regex

from ..abbreviation_table import abbreviation_table
from ..foreign_names import vietnamese_syllable
from ..locations import gazetteer, name_end
from .context import OrgContext, space_after
from .tables import WORD_BEFORE, WORD_END, tables

__all__ = ["business", "legal_company"]

#: one word of a trade: lower case ("ôtô", "cà"), or capitalised when listed ("Karaoke")
_TRADE_WORD = regex.compile(r"\p{L}[\p{Ll}\p{M}]*" + WORD_END)
#: initials as a name ("nhà nghỉ T.N")
_INITIALS = regex.compile(r"\p{Lu}(?:\.\p{Lu})+\.?")
#: a number after the name ("Khách sạn Hoàng Long 2")
_NUMBER = regex.compile(r" \d{1,3}" + WORD_END)
#: a sign right after a name
_SIGN = regex.compile(r"[^\p{L}\p{M}\p{N} ]| [^\p{L}\p{M}\p{N}]")
#: the word after a name
_NEXT_WORD = regex.compile(r" ([\p{L}\p{M}]+)")
#: the most trade words between the head and the name (a business's, a company's after its legal form)
_MAX_TRADE_WORDS = 3
_MAX_COMPANY_TRADE_WORDS = 6
#: gazetteer kinds of a place that, after a business head, is where it is, not its name
_WHERE_KINDS = ("province", "city", "foreign")


def business(ctx: OrgContext, pos: int) -> int | None:
    """The end of a business named at ``pos`` (its head, its trade and its name), or None.

    Not in a place's name (``phường Quán Bàu``), nor where a capitalised one-word
    head is right before the name (``Quán Bàu`` alone) or the head ends a compound
    (``lãnh sự quán``); not where a trade word is a clause word, a street or a
    person word (``cửa hàng của anh Minh``) or a level word opens the name (``quán
    nhậu xã Tân Lập``), nor where the name is a place, a term or another
    organisation.

    >>> ctx = OrgContext.of("Trưa qua, tại garage ôtô Hoàng Duy xảy ra cháy.")
    >>> ctx.text[14 : business(ctx, 14)]
    'garage ôtô Hoàng Duy'
    >>> business(OrgContext.of("Anh ghé quán ở Hà Nội."), 8) is None
    True
    """
    text = ctx.text
    for end, _ in ctx.businesses.get(pos, [])[:1]:
        if ctx.place_spans.overlaps(pos, pos + 1) or _ends_compound(text, pos):
            return None  # "phường Quán Bàu", "lãnh sự quán Karachi"
        name = _name_start(ctx, end)
        if name is None or _another_entity(ctx, name):
            return None
        if text[pos].isupper() and " " not in text[pos:end] and name == end + 1:
            return None  # "Quán Bàu", "Quán Toan": a capitalised word and a name, a place's name
        stop = _name_end(ctx, name)
        if stop is None or not _short_name_ends(text, name, stop) and not _ends_elsewhere(text, text[pos:stop]):
            return None
        number = _NUMBER.match(text, stop)
        return number.end() if number else stop
    return None


def legal_company(ctx: OrgContext, pos: int) -> int | None:
    """The end of a company named at ``pos`` by its head, its legal form, its trade and its name, or None.

    >>> ctx = OrgContext.of("Hùng làm ở xưởng của Công ty CP nội thất S. Công ty TNHH thương mại dịch vụ Minh Phát bị phạt.")
    >>> ctx.text[21 : legal_company(ctx, 21)], ctx.text[44 : legal_company(ctx, 44)]
    ('Công ty CP nội thất S', 'Công ty TNHH thương mại dịch vụ Minh Phát')
    >>> legal_company(OrgContext.of("Công ty TNHH này bị phạt."), 0) is None
    True
    """
    form = tables().company_form.match(ctx.text, pos)
    if form is None:
        return None
    name = _name_start(ctx, form.end(), _MAX_COMPANY_TRADE_WORDS)
    if name is None or name == space_after(ctx.text, form.end()):
        return None  # no trade words: the head rule reads "Công ty CP Đầu tư Hoàng Anh"
    initials = _INITIALS.match(ctx.text, name)
    if initials is not None and ctx.text[initials.end() : initials.end() + 1] == " ":
        name = initials.end() + 1  # "C.P Việt Nam": the words after the initials go on with the name
    stop = name_end(ctx.text, name, max_words=5)
    return initials.end() if stop is None and initials is not None else stop


def _ends_compound(text: str, pos: int) -> bool:
    """The head at ``pos`` is the second half of a compound (``lãnh sự quán``, ``quê quán``)."""
    m = WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1) in tables().business_compound_before


def _name_start(ctx: OrgContext, end: int, most: int = _MAX_TRADE_WORDS) -> int | None:
    """Where the capitalised name starts after a business head ending at ``end`` and at most ``most`` trade words."""
    text, t = ctx.text, tables()
    cur = space_after(text, end)
    for _ in range(most + 1):
        if cur is None:
            return None
        m = _TRADE_WORD.match(text, cur)
        if m is None or m.group()[:1].isupper() and m.group() not in t.business_trades:
            return cur if text[cur].isupper() else None
        if cur in ctx.run_stops or cur in ctx.levels or cur in ctx.admin_places:
            return None
        if m.group() in t.phrase_stop or m.group() in t.street_words or m.group() in t.business_stops:
            return None
        cur = space_after(text, m.end())
    return None


def _another_entity(ctx: OrgContext, pos: int) -> bool:
    """A name at ``pos`` that is another organisation or an administrative place (it is found on its own)."""
    return any(pos in found for found in (ctx.heads, ctx.fixed, ctx.abbr, ctx.media, ctx.foreign, ctx.admin_places))


def _name_end(ctx: OrgContext, pos: int) -> int | None:
    """The end of a business's name at ``pos``: initials, or up to four capitalised words.

    None for a province, a city or a country (``khách sạn Hà Nội``: where it is) and a term (``cửa hàng ĐTDĐ``).
    """
    text = ctx.text
    initials = _INITIALS.match(text, pos)
    if initials is not None:
        return initials.end()
    stop = name_end(text, pos, max_words=4)
    if stop is None:
        return None
    name = text[pos:stop]
    entry = gazetteer().get(name)
    return None if entry is not None and entry[1] in _WHERE_KINDS or name in abbreviation_table() else stop


def _short_name_ends(text: str, start: int, stop: int) -> bool:
    """Whether a one-syllable Vietnamese name ``text[start:stop]`` names the business.

    It does before a sign or a word of ``business_short_name_after`` (``quán cà
    phê Gió thì``); before another word it is rather a person (``nhà nghỉ Sinh đã
    thuê``).  A longer or a foreign name always does.

    >>> text = "quán Gió thì đông; nhà nghỉ Sinh đã thuê"
    >>> _short_name_ends(text, 5, 8), _short_name_ends(text, 28, 32)
    (True, False)
    """
    if " " in text[start:stop] or not vietnamese_syllable(text[start:stop]) or stop == len(text):
        return True
    after = _NEXT_WORD.match(text, stop)
    return _SIGN.match(text, stop) is not None or after is not None and after.group(1) in tables().business_short_name_after


def _ends_elsewhere(text: str, span: str) -> bool:
    """Whether the business ``span`` stands elsewhere in the text before a sign (``vũ trường Rain (số 1 …)``)."""
    i = text.find(span)
    while i != -1:
        if _SIGN.match(text, i + len(span)):
            return True
        i = text.find(span, i + 1)
    return False
