"""Rule *standalone name*: an organisation named without a head, tried rule by rule.

:data:`STANDALONE_RULES` lists the rules in the order they are tried; the first
that finds an organisation at a position gives its end.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from ...lexicon import fold
from ..locations import gazetteer
from .businesses import business, legal_company
from .context import OrgContext, space_after
from .continuations import media_suffix
from .police import abbr_tail, parents, police
from .tables import CAPITALISED, WORD_BEFORE, rule_words, tables

#: one or two lower-case words after a space (group "first": the first)
_TWO_WORDS_AFTER = regex.compile(r" (?P<words>(?P<first>\p{Ll}[\p{L}\p{M}]*)(?: \p{Ll}[\p{L}\p{M}]*)?)")

__all__ = ["STANDALONE_RULES", "abbreviated_body", "closing_source", "credited_medium", "fixed_name", "foreign_body", "foreign_state_body",
           "institution", "newspaper", "police_body", "police_unit", "standalone", "suffixed_company", "unit_code", "website"]


def standalone(ctx: OrgContext, pos: int) -> int | None:
    """Rule *standalone name*: the end of the first of :data:`STANDALONE_RULES` that finds one at ``pos``.

    >>> ctx = OrgContext.of("Theo Bộ Công an, CSGT TP Vinh đã vào cuộc")
    >>> [ctx.text[p : standalone(ctx, p)] for p in (5, 17)]
    ['Bộ Công an', 'CSGT TP Vinh']
    """
    for rule in STANDALONE_RULES:
        end = rule(ctx, pos)
        if end is not None:
            return end
    return None


def closing_source(ctx: OrgContext, pos: int) -> int | None:
    """An outlet of the source line or the byline that closes the text, in any case and with its desk.

    >>> ctx = OrgContext.of("Tòa sẽ tuyên án. Thùy Dung/VOV-TP HCM")
    >>> ctx.text[27 : closing_source(ctx, 27)]
    'VOV-TP HCM'
    """
    return ctx.sources.get(pos)


def fixed_name(ctx: OrgContext, pos: int) -> int | None:
    """A fixed name (``Bộ Công an``, ``Công an cả nước``) with its parents.

    >>> ctx = OrgContext.of("Bộ Quốc phòng và Bộ Công an ký quy chế")
    >>> ctx.text[17 : fixed_name(ctx, 17)]
    'Bộ Công an'
    """
    for end, _ in ctx.fixed.get(pos, []):
        return parents(ctx, end)
    return None


def newspaper(ctx: OrgContext, pos: int) -> int | None:
    """A newspaper's name (``Tuổi Trẻ``); one that is also a phrase only introduced as the paper.

    >>> ctx = OrgContext.of("Trao đổi với Tuổi Trẻ, ông cho biết")
    >>> ctx.text[13 : newspaper(ctx, 13)]
    'Tuổi Trẻ'
    """
    for end, name in ctx.media.get(pos, []):
        if name not in tables().media_head_only or _media_cue(ctx, pos, end):
            return media_suffix(ctx, end)
    return None


def _media_cue(ctx: OrgContext, pos: int, end: int) -> bool:
    """A newspaper's name that is also a phrase, introduced as the paper ("Như Dân trí đã đưa tin")."""
    text = ctx.text
    if text[end : end + 2].strip()[:1].isupper():
        return False
    before = text[max(0, pos - 12) : pos]
    for cue in tables().media_cues:
        if before.endswith(cue + " "):
            k = len(before) - len(cue) - 1
            if k == 0 or not before[k - 1].isalnum():
                return True
    return False


def foreign_body(ctx: OrgContext, pos: int) -> int | None:
    """A foreign body, medium, company or club (``FBI``, ``Reuters``, ``Samsung``), not the make of a thing.

    >>> ctx = OrgContext.of("Tập đoàn Samsung và 3 điện thoại Samsung")
    >>> ctx.text[9 : foreign_body(ctx, 9)], foreign_body(ctx, 33)
    ('Samsung', None)
    """
    for end, _ in ctx.foreign.get(pos, []):
        if _after_product_noun(ctx.text, pos):
            return None  # "xe Toyota Yaris", "điện thoại Samsung": the make of a thing
        return end
    return None


def _after_product_noun(text: str, pos: int) -> bool:
    """A noun of ``product_nouns`` (one or two words) ends right before ``pos``."""
    words = fold(text[max(0, pos - 16) : pos]).rstrip(" ").split(" ")
    nouns = tables().product_nouns
    return words[-1] in nouns or " ".join(words[-2:]) in nouns


def website(ctx: OrgContext, pos: int) -> int | None:
    """A website named by its domain (``zing.vn``), also in a photo credit.

    >>> ctx = OrgContext.of("Chiếc xe sau vụ tai nạn. Ảnh: zing.vn")
    >>> ctx.text[30 : website(ctx, 30)]
    'zing.vn'
    """
    return ctx.websites.get(pos)


def credited_medium(ctx: OrgContext, pos: int) -> int | None:
    """A foreign medium after a press head or a credit (``tờ Le Parisien``, ``Nguồn: La Provence``).

    >>> ctx = OrgContext.of("Theo tờ Le Parisien, nghi phạm đã bị bắt")
    >>> ctx.text[8 : credited_medium(ctx, 8)]
    'Le Parisien'
    """
    return ctx.credited.get(pos)


def suffixed_company(ctx: OrgContext, pos: int) -> int | None:
    """A foreign company or carrier named by its last word (``Qatar Airways``), not the make of a thing.

    >>> ctx = OrgContext.of("Hành khách của Qatar Airways bị giữ lại")
    >>> ctx.text[15 : suffixed_company(ctx, 15)]
    'Qatar Airways'
    """
    end = ctx.suffixed.get(pos)
    return None if end is None or _after_product_noun(ctx.text, pos) else end


def foreign_state_body(ctx: OrgContext, pos: int) -> int | None:
    """``cảnh sát Hàn Quốc``, ``Tòa án Nhật Bản``: a state body named by its country.

    >>> ctx = OrgContext.of("Cảnh sát Hàn Quốc đã bắt giữ nghi phạm")
    >>> ctx.text[: foreign_state_body(ctx, 0)]
    'Cảnh sát Hàn Quốc'
    """
    text = ctx.text
    for end, _ in ctx.foreign_force.get(pos, []):
        nxt = space_after(text, end)
        if nxt is None:
            return None
        m = CAPITALISED.match(text, nxt)
        stop = m.end() if m else None
        while stop is not None and stop > nxt:
            entry = gazetteer().get(text[nxt:stop])
            if entry is not None and entry[1] == "foreign" and entry[0] not in rule_words().home_country:
                return stop
            space = text.rfind(" ", nxt, stop)
            stop = space if space != -1 else None
        return None
    return None


def institution(ctx: OrgContext, pos: int) -> int | None:
    """An institution named by one capitalised word (``Đảng``, ``Nhà nước``), where it stands alone.

    After a sign or a word of ``institution_before``, not before a word of
    ``institution_compounds`` (``Đảng viên``), nor inside an offence's name.

    >>> ctx = OrgContext.of("Đó là sự quan tâm của Đảng, Nhà nước. Anh là Đảng viên; tài sản Nhà nước.")
    >>> [ctx.text[p : institution(ctx, p)] for p in (22, 28)], institution(ctx, 46), institution(ctx, 67)
    (['Đảng', 'Nhà nước'], None, None)
    """
    t = tables()
    for end, _ in ctx.institutions.get(pos, []):
        before = WORD_BEFORE.search(ctx.text, max(0, pos - 20), pos)
        if before is not None and fold(before.group(1)) not in t.institution_before:
            return None  # "tài sản Nhà nước": a word it qualifies
        after = _TWO_WORDS_AFTER.match(ctx.text, end)
        if after is not None and (after["first"] in t.institution_compounds or after["words"] in t.institution_compounds):
            return None  # "Đảng viên", "Nhà nước pháp quyền"
        return None if ctx.in_crime(pos) else end
    return None


def police_body(ctx: OrgContext, pos: int) -> int | None:
    """``Công an`` + its place (``Công an huyện Quỳnh Lưu``, ``CA phường Bến Nghé``) with its parents.

    >>> ctx = OrgContext.of("Trưởng CA phường Bến Nghé cho biết")
    >>> ctx.text[7 : police_body(ctx, 7)]
    'CA phường Bến Nghé'
    """
    end = police(ctx, pos, as_parent=False)
    return parents(ctx, end) if end is not None else None


def abbreviated_body(ctx: OrgContext, pos: int) -> int | None:
    """A short form (``CATP``, ``TAND``), with its place (``UBND xã Phụng Châu``) and parents.

    >>> ctx = OrgContext.of("TAND TP Đà Nẵng mở phiên tòa")
    >>> ctx.text[: abbreviated_body(ctx, 0)]
    'TAND TP Đà Nẵng'
    """
    for end, row in ctx.abbr.get(pos, []):
        if row.part_only:
            return None
        end = abbr_tail(ctx, end, row.abbr)
        nxt = space_after(ctx.text, end)
        # "UBND xã Phụng Châu", "TAND TP Đà Nẵng": an abbreviated body takes its place.
        if nxt is not None and nxt in ctx.admin_places:
            end = ctx.admin_places[nxt][0]
        return parents(ctx, end)
    return None


#: a word in capitals (Vietnamese letters), two to six of them: a short form the tables may not know
_SHORT_FORM = regex.compile(r"(?<![\p{L}\p{M}\d&-])\p{Lu}{2,6}(?![\p{L}\p{M}\d&-])")


def local_short_forms(ctx: OrgContext) -> dict[int, int]:
    """Short forms no table knows right before a province or a city with its level word: start → the place's end.

    >>> ctx = OrgContext.of("Bà Yến, Chủ tịch LĐLĐ TP.HCM, cho biết; HLV TP.HCM nói")
    >>> {ctx.text[s:e] for s, e in local_short_forms(ctx).items()}
    {'LĐLĐ TP.HCM'}
    """
    words = rule_words()
    levels, people = words.local_levels, words.person_abbreviations
    out = {}
    for m in _SHORT_FORM.finditer(ctx.text):
        nxt = space_after(ctx.text, m.end())
        place = ctx.admin_places.get(nxt) if nxt is not None else None
        if place is None or place[1] not in levels or m.group() in people or m.start() in ctx.abbr or ctx.in_code(m.start(), m.end()):
            continue
        out[m.start()] = place[0]
    return out


def portfolios(ctx: OrgContext) -> dict[int, int]:
    """The portfolios named after a minister's title (``Bộ trưởng Tư pháp``): start → end, a country after it included.

    >>> ctx = OrgContext.of("Bộ trưởng Tư pháp Mỹ Jeff Sessions và Thứ trưởng Ngoại giao Lê Hoài Trung")
    >>> [ctx.text[s:e] for s, e in sorted(portfolios(ctx).items())]
    ['Tư pháp Mỹ', 'Ngoại giao']
    """
    out = {}
    for m in rule_words().portfolio.finditer(ctx.text):
        end = m.end()
        nxt = space_after(ctx.text, end)
        if nxt is not None:
            country = regex.match(r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?", ctx.text[nxt:])
            for size in ((2, 1) if country else ()):
                name = " ".join(country.group().split()[:size])
                if gazetteer().get(name, ("", ""))[1] == "foreign":
                    end = nxt + len(name)
                    break
        out[m.start()] = end
    return out


def minister_portfolio(ctx: OrgContext, pos: int) -> int | None:
    """Rule *portfolio*: the ministry named by its portfolio after a minister's title."""
    return ctx.portfolios().get(pos)


def local_body(ctx: OrgContext, pos: int) -> int | None:
    """A body named by a short form no table knows and the province or city it serves (``LĐLĐ TP.HCM``)."""
    return ctx.local_bodies().get(pos)


def unit_code(ctx: OrgContext, pos: int) -> int | None:
    """A police unit code (``PC02``, ``C03``) outside a document code, with the parent units right after it.

    >>> ctx = OrgContext.of("Phòng PC04 đã phối hợp với PC45 Công an tỉnh Bắc Ninh")
    >>> ctx.text[6 : unit_code(ctx, 6)], ctx.text[27 : unit_code(ctx, 27)]
    ('PC04', 'PC45 Công an tỉnh Bắc Ninh')
    """
    end = ctx.codes.get(pos)
    if end is None:
        return None
    nxt = space_after(ctx.text, end)
    if nxt is not None and (nxt in ctx.admin_places or nxt in ctx.places):
        return end  # "cầu K13 huyện Dương Minh Châu": a place after a code is no parent unit of it
    return parents(ctx, end)


def police_unit(ctx: OrgContext, pos: int) -> int | None:
    """A named police unit on its own (``Trưởng phòng Cảnh sát hình sự``), with its parents.

    >>> ctx = OrgContext.of("Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An")
    >>> ctx.text[13 : police_unit(ctx, 13)]
    'Cảnh sát hình sự Công an tỉnh Nghệ An'
    >>> police_unit(OrgContext.of("Cảnh sát phong tỏa hiện trường"), 0) is None
    True
    """
    prefixes = rule_words().police_unit_prefixes
    for end, unit in ctx.units.get(pos, []):
        if ctx.text[pos].isupper() and fold(unit).startswith(prefixes):
            with_parents = parents(ctx, end)
            if fold(unit) in prefixes and with_parents == end:
                return None  # bare "Cảnh sát" is a generic force; "Cảnh sát thành phố Osaka" is named by its place
            return with_parents
        return None
    return None


#: the lower-case police forces that a text names on their own ("cảnh sát biển phát hiện hai tàu")
_POLICE_FORCE = "cảnh sát "


def named_force(ctx: OrgContext, pos: int) -> int | None:
    """A police force named by its function in lower case (``lower_forces``): ``cảnh sát biển``, ``cảnh sát giao thông``.

    >>> ctx = OrgContext.of("Tuần tra gần đảo, cảnh sát biển phát hiện hai tàu.")
    >>> ctx.text[18 : named_force(ctx, 18)]
    'cảnh sát biển'
    >>> named_force(OrgContext.of("Anh là cảnh sát từ năm 2000."), 7) is None
    True
    """
    text = ctx.text
    if not text.startswith(_POLICE_FORCE, pos):
        return None
    for force in _police_forces():
        end = pos + len(force)
        if text.startswith(force, pos) and not text[end : end + 1].isalnum():
            return end
    return None


@cache
def _police_forces() -> tuple[str, ...]:
    """The forces of ``lower_forces`` that open with ``cảnh sát``, longest first."""
    return tuple(sorted((f for f in tables().lower_forces if f.startswith(_POLICE_FORCE)), key=len, reverse=True))


#: the standalone rules, in the order they are tried
STANDALONE_RULES: tuple[Callable[[OrgContext, int], int | None], ...] = (
    closing_source,
    fixed_name,
    newspaper,
    foreign_body,
    suffixed_company,
    website,
    foreign_state_body,
    institution,
    police_body,
    abbreviated_body,
    local_body,
    minister_portfolio,
    unit_code,
    police_unit,
    credited_medium,
    business,
    legal_company,
    named_force,
)
