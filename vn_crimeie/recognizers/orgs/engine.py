"""The ORG engine: at each possible start, the longest of the head and standalone rules, then the tail rules.

For each start of :meth:`OrgContext.starts` where :func:`opens_here` allows it:
rule *head organisation* (:func:`head_org`) and rule *standalone name*
(:func:`standalone`), the longer wins; then rules *remit* and *dash parent*
extend it, rule *officers* may drop it; rule *bracket name* adds the name in brackets after it.  Rule *aliases* adds the later mentions
of a company's name alone.  Each start costs a bounded number of steps, and
each alias mention a binary search, so the work grows with the text.
"""

from __future__ import annotations

from functools import cache

import regex

from ...lexicon import fold
from ..persons.names import compound_words, name_data
from ..abbreviation_table import abbreviation_table, expand
from ..foreign_names import foreign_data, is_latin_run, looks_foreign
from ..locations import gazetteer, name_end
from ...candidates import Candidate
from ...priorities import PRIORITIES
from .context import OrgContext, Spans, space_after
from .heads import head_org
from .mentions import actor_bodies, bracket_name, officers, opens_here, remit, term
from .police import dash_parent
from .proper_names import person_like
from .standalone import standalone
from .tables import WORD_AFTER, WORD_BEFORE, rule_words, tables

__all__ = ["PRIORITY", "aliases", "candidate", "expansion", "organisations"]

PRIORITY = PRIORITIES["orgs"]
#: a short form in brackets inside a name, words on both sides ("Tòa án nhân dân (TAND) tối cao")
#: a word of a name
_WORD = regex.compile(r"[^\s]+")
_INNER_SHORT = regex.compile(r" \(\p{Lu}[\p{Lu}&]{1,7}\)(?= )")
#: the hyphen between the places of a branch ("Đắk Lắk- Đắk Nông", "Đắk Lắk - Đắk Nông")
_PLACE_JOIN = regex.compile(r" ?[-–] ?(?=\p{Lu})")
#: parts of a name joined by dashes, each opening with a capital ("– Ký sinh trùng – Côn trùng Trung ương")
_DASHED_RUN = regex.compile(r"(?: [-–] \p{Lu}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+){0,7})+")
#: one more word of a company's name: after a space, maybe after "và" or "&"
_TAIL_WORD = regex.compile(r" (?P<join>(?:và|&) )?(?P<w>[\p{L}\p{M}][\p{L}\p{M}\p{N}.]*)")
#: a hyphen glued to a place on both sides ("Việt Nam-Thụy Điển")
_GLUED_HYPHEN = regex.compile(r"(?<=\p{Ll})[-–](?=\p{Lu})")


def organisations(ctx: OrgContext) -> list[Candidate]:
    """The ORG candidates of the context's text, in text order.

    >>> ctx = OrgContext.of("Công ty Điện lực Sơn La cho biết, Điện lực Sơn La đã lắp công tơ.")
    >>> [(ctx.text[c.start : c.end], c.source) for c in organisations(ctx)]
    [('Công ty Điện lực Sơn La', 'orgs'), ('Điện lực Sơn La', 'orgs.alias')]
    """
    text = ctx.text
    out: list[Candidate] = []
    names: set[str] = set()
    boards = _boards(ctx)
    for pos in ctx.starts():
        if not opens_here(ctx, pos):
            continue
        span = _organisation_at(ctx, pos, names)
        if span is None:
            continue
        start, end = span
        start = boards.pop(start, (start, None))[0]  # "HĐQT tổng công ty Vinaconex"
        end = _before_foreign_name(text, start, end)
        end = _with_dashed_parts(ctx, _with_partner(ctx, end))
        end = _with_seat(ctx, start, _with_court(ctx, start, term(ctx, dash_parent(ctx, start, remit(ctx, end)))))
        end = _with_branch(ctx, _with_company_tail(ctx, start, end))
        if officers(ctx, start, end) or _bare_panel(ctx, start, end):
            continue
        cand = candidate(text, start, end, "orgs")
        if cand is not None and gazetteer().get(text[cand.start : cand.end], ("", ""))[1] == "foreign":
            continue  # "Đài Loan": a country whose first word is a head ("Đài"), no station
        if cand is not None:
            out.append(cand)
            bracket = bracket_name(ctx, cand.end)
            if bracket is not None:
                # weaker than an abbreviation the text defines ("Quỹ Bảo hiểm y tế (BHYT)": a TERM)
                out.append(Candidate(*bracket, "ORG", None, source="orgs.alias", priority=PRIORITIES["orgs.alias"]))
    out.extend(Candidate(s, e, "ORG", None, source="orgs", priority=PRIORITY) for s, e in actor_bodies(text))
    out.extend(Candidate(s, e, "ORG", None, source="orgs", priority=PRIORITY) for s, e in boards.values() if e is not None)
    out.extend(aliases(text, names, [(c.start, c.end) for c in out]))
    out.extend(head_echoes(text, out))
    unique = {(c.start, c.end): c for c in reversed(out)}  # a name reached from its title and from itself
    return sorted(unique.values(), key=lambda c: (c.start, c.end))


def _organisation_at(ctx: OrgContext, pos: int, names: set[str]) -> tuple[int, int] | None:
    """The span of the organisation at ``pos`` (head or standalone, the longer); adds an alias name to ``names``."""
    start, end = pos, None
    if _inside_admin_place(ctx, pos):
        return None  # "xã Đội Bình": a head inside the name of an administrative unit
    headed = head_org(ctx, pos)
    if headed is not None:
        end, head, name_start = headed
        if head.media and ctx.text[pos].islower() and name_start < end:
            name = ctx.text[name_start:end]
            if len(name) < 2 or gazetteer().get(name, ("", ""))[1] == "foreign":
                return None  # "một số báo Mỹ", "làm báo Việt Nam": the press of a country; "báo Ê kíp"
            start = name_start  # a lower-case press head stays outside, like "công an": "báo [VOV]", "tờ [Tuổi Trẻ]"
        elif head.name_only:
            start = name_start
        if head.alias and name_start < end and ctx.text[name_start].isupper():
            name = ctx.text[name_start:end].rstrip(" ,.")
            if len(name) > 2 and name not in abbreviation_table():
                names.add(name)
    alone = standalone(ctx, pos)
    if alone is not None and alone > (end if end is not None else 0):
        start, end = pos, alone
    return (start, end) if end is not None else None


def _before_foreign_name(text: str, start: int, end: int) -> int:
    """Rule *no person's name*: a name in Vietnamese words ends before a foreign person's name after it.

    >>> t = "đối thủ đảng Dân chủ Hillary Clinton trong chiến dịch"
    >>> t[8 : _before_foreign_name(t, 8, 36)], _before_foreign_name("Công ty Donald Trump", 0, 20)
    ('đảng Dân chủ', 20)
    >>> t = "Tòa án Tối cao John Roberts"
    >>> t[: _before_foreign_name(t, 0, len(t))]
    'Tòa án Tối cao'

    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    given = foreign_data().given_names
    for i in range(1, len(words) - 1):
        if text[slice(*words[i])] in given and not looks_foreign([text[slice(*words[i - 1])]]):  # "Tối cao Edson Fachin"
            named = any(text[s].isupper() for s, _ in words[1:i])  # a name of its own before ("Dân chủ")
            if named and is_latin_run([text[s:e] for s, e in words[i:]]):
                return words[i - 1][1]
    return end


def _bare_panel(ctx: OrgContext, start: int, end: int) -> bool:
    """A trial panel named without its court, alone or with its instance only (``HĐXX``, ``Hội đồng xét xử sơ thẩm``):
    the bench of the hearing at hand, no organisation (as the corpus marks it), unlike ``HĐXX TAND TP Hà Nội``.

    >>> ctx = OrgContext.of("HĐXX tuyên phạt bị cáo 9 năm tù.")
    >>> _bare_panel(ctx, 0, 4), _bare_panel(OrgContext.of("Hội đồng xét xử sơ thẩm tuyên án."), 0, 23)
    (True, True)
    """
    words = rule_words()
    name = ctx.text[start:end]
    m = words.panel_instance.search(name)
    core = name[: m.start()].rstrip() if m is not None and m.end() == len(name) else name
    return fold(" ".join(core.split())) in words.trial_panels


def _with_court(ctx: OrgContext, start: int, end: int) -> int:
    """Rule *trial panel*: a trial panel with the court or the instance named right after it is one organisation.

    >>> from vn_crimeie.recognizers.locations import place_spans
    >>> t = "Hội đồng xét xử Tòa án nhân dân quận 1 tuyên bố; HĐXX cấp phúc thẩm xét thấy"
    >>> ctx = OrgContext(t, place_spans(t), None)
    >>> t[: _with_court(ctx, 0, 15)], t[49 : _with_court(ctx, 49, 53)]
    ('Hội đồng xét xử Tòa án nhân dân quận 1', 'HĐXX cấp phúc thẩm')
    """
    words = rule_words()
    nxt = space_after(ctx.text, end)
    if nxt is None or fold(ctx.text[start:end]) not in words.trial_panels:
        return end
    instance = words.panel_instance.match(ctx.text, nxt)
    if instance is not None:
        return instance.end()
    court = head_org(ctx, nxt)
    return court[0] if court is not None and fold(court[1].head) in words.court_heads else end


def _with_seat(ctx: OrgContext, start: int, end: int) -> int:
    """Rule *seat*: an office representing a body abroad takes the place after ``tại`` (``Văn phòng WHO tại Việt Nam``).

    >>> ctx = OrgContext.of("Văn phòng WHO tại Việt Nam cho biết")
    >>> ctx.text[: _with_seat(ctx, 0, 13)]
    'Văn phòng WHO tại Việt Nam'
    """
    words = rule_words()
    seat = words.seat.match(ctx.text, end)
    if seat is None or not fold(ctx.text[start:end]).startswith(words.seated_heads):
        return end
    place = name_end(ctx.text, seat.end(), max_words=3)
    return place if place is not None and ctx.text[seat.end() : place] in gazetteer() else end


def _place_at(text: str, pos: int) -> int | None:
    """The end of a place of the gazetteer that starts at ``pos``, or None."""
    end = name_end(text, pos, max_words=4)
    while end is not None and end > pos:
        if text[pos:end] in gazetteer():
            return end
        cut = text.rfind(" ", pos, end)
        end = cut if cut > pos else None
    return None


def _boards(ctx: OrgContext) -> dict[int, tuple[int, int | None]]:
    """Rule *board*: a company's board (``board_words``) before the company's name: where the name starts →
    (the board's start, the end of a Latin name right after it, or None).

    >>> ctx = OrgContext.of("Năm 2004, HĐQT Vinaconex ban hành quyết định; Chủ tịch HĐQT cho biết")
    >>> sorted(ctx.text[s:e] if e else ctx.text[s:n] for n, (s, e) in _boards(ctx).items())
    ['HĐQT ', 'HĐQT Vinaconex']
    """
    out: dict[int, tuple[int, int | None]] = {}
    for m in rule_words().board.finditer(ctx.text):
        named = m["name"] is not None
        out[m.start("name") if named else m.end()] = (m.start(), m.end("name") if named else None)
    return out


def _place_ends_at(text: str, end: int) -> bool:
    """Whether the last one to three words before ``end`` are a place of the gazetteer (``… Việt Nam``)."""
    start = end
    for _ in range(3):
        start = text.rfind(" ", 0, start)
        if start < 0 or text[start + 1 : end] in gazetteer():
            return start >= 0
    return False


def _with_branch(ctx: OrgContext, end: int) -> int:
    """Rule *branch*: the places of a branch after ``chi nhánh`` belong to the name before it.

    >>> ctx = OrgContext.of("vay của Ngân hàng Phát triển Việt Nam chi nhánh Đắk Lắk- Đắk Nông hơn 62 tỉ đồng")
    >>> ctx.text[8 : _with_branch(ctx, 37)]
    'Ngân hàng Phát triển Việt Nam chi nhánh Đắk Lắk- Đắk Nông'
    >>> ctx = OrgContext.of("Ngân hàng Phát triển Việt Nam chi nhánh mới")
    >>> _with_branch(ctx, 29)
    29
    """
    branch = rule_words().branch.match(ctx.text, end)
    place = _place_at(ctx.text, branch.end()) if branch is not None else None
    while place is not None:
        end = place
        join = _PLACE_JOIN.match(ctx.text, end)
        place = _place_at(ctx.text, join.end()) if join is not None else None
    return end


@cache
def _clause_words() -> frozenset[str]:
    """The clause words of ``phrase_stop`` that end a name's tail; ``và`` joins its parts (``Cấp cứu và Chống độc``)."""
    return tables().phrase_stop - {"và"}


def _with_dashed_parts(ctx: OrgContext, end: int) -> int:
    """Rule *dashed parts*: a name whose parts are joined by dashes goes on to a closing word (``name_closers``).

    >>> ctx = OrgContext.of("Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương, Sở Y tế")
    >>> ctx.text[: _with_dashed_parts(ctx, 12)]
    'Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương'
    >>> ctx = OrgContext.of("Công an tỉnh Nghệ An - Đại tá Nguyễn Văn Hùng cho biết")
    >>> _with_dashed_parts(ctx, 20)
    20
    """
    run = _DASHED_RUN.match(ctx.text, end)
    if run is None:
        return end
    closers = [e for e in ctx.closer_ends if end < e <= run.end() and not ctx.text[e : e + 1].isalpha()]
    if not closers:
        return end
    words = ctx.text[end : max(closers)].split()
    return end if any(w in _clause_words() for w in words) else max(closers)


def _with_company_tail(ctx: OrgContext, start: int, end: int) -> int:
    """Rule *company tail*: a company with its legal form goes on over the sentence-case words of its name.

    Capitalised words (also after ``và``), the lower-case half of a word they open (``Dầu khí``) and at most two
    trade words before a capitalised one (``Dịch vụ may Thanh Phong``); a clause word, a sign or a person's name ends it.

    >>> ctx = OrgContext.of("xảy ra tại Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí về tội cố ý làm trái")
    >>> ctx.text[11 : _with_company_tail(ctx, 11, 34)]
    'Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí'
    >>> ctx = OrgContext.of("Công ty TNHH Dịch vụ may Thanh Phong (trụ sở xã Vinh Thanh); Công ty TNHH An Phát lừa Nguyễn Văn Hải")
    >>> ctx.text[: _with_company_tail(ctx, 0, 20)], ctx.text[61 : _with_company_tail(ctx, 61, 81)]
    ('Công ty TNHH Dịch vụ may Thanh Phong', 'Công ty TNHH An Phát')
    """
    text = ctx.text
    if tables().company_form.match(text, start) is None:
        return end
    stop = _clause_words()
    best, cur, prev, pending = end, end, text[text.rfind(" ", start, end) + 1 : end], 0
    for _ in range(10):
        m = _TAIL_WORD.match(text, cur)
        if m is None or m["w"].lower() in stop or m["w"].rstrip(".") != m["w"] and not m["w"].isupper():
            break
        word = m["w"]
        if word[0].isupper():
            if pending and person_like(text, m.start("w")) or word in name_data().not_names:
                break  # "… lừa Nguyễn Văn Hải": a person after the deed; "… Khánh Hòa Trước đó": the next sentence
            best, pending = m.end(), 0
        elif best == cur and not m["join"] and f"{prev} {word}".lower() in compound_words():
            best = m.end()  # "Dầu khí": the lower-case half of a word its capital opens
        else:
            pending += 1
            if pending > 2 or m["join"]:
                break
        prev, cur = word, m.end()
    return best


def _with_partner(ctx: OrgContext, end: int) -> int:
    """Rule *partner*: a name that closes on a place goes on over a partner country glued by a hyphen.

    >>> ctx = OrgContext.of("tại Bệnh viện Việt Nam-Thụy Điển (Uông Bí)")
    >>> ctx.text[4 : _with_partner(ctx, 22)]
    'Bệnh viện Việt Nam-Thụy Điển'
    """
    join = _GLUED_HYPHEN.match(ctx.text, end)
    if join is None or not _place_ends_at(ctx.text, end):
        return end
    place = _place_at(ctx.text, join.end())
    return place if place is not None else end


def _inside_admin_place(ctx: OrgContext, pos: int) -> bool:
    """Whether ``pos`` lies inside the name of an administrative unit written with its level word in lower case.

    >>> from vn_crimeie.recognizers.locations import place_spans
    >>> t = "trú ở xã Đội Bình, huyện Yên Sơn"
    >>> _inside_admin_place(OrgContext(t, place_spans(t), None), t.index("Đội"))
    True
    """
    return ctx.inside_admin.overlaps(pos, pos + 1)


def candidate(text: str, start: int, end: int, source: str, priority: int = PRIORITY) -> Candidate | None:
    """An ORG candidate for ``text[start:end]`` without trailing spaces, commas and dots, with its expansion.

    >>> c = candidate("Đội CSGT, ", 0, 10, "orgs")
    >>> (c.end, c.value, c.source)
    (8, {'expansion': 'Đội Cảnh sát giao thông'}, 'orgs')
    """
    span = text[start:end].rstrip(" ,.")
    end = start + len(span)
    if end <= start:
        return None
    exp = expansion(span)
    return Candidate(start, end, "ORG", {"expansion": exp} if exp else None, source=source, priority=priority)


def expansion(span: str) -> str | None:
    """The long form of an ORG span: its abbreviations written out, a short form in brackets inside it left out.

    None when the span is its own long form.

    >>> expansion("Đội Quản lý thị trường (QLTT) số 8"), expansion("Đội CSGT"), expansion("Bộ Công an")
    ('Đội Quản lý thị trường số 8', 'Đội Cảnh sát giao thông', None)
    """
    plain = _INNER_SHORT.sub("", span)
    return expand(plain) or (plain if plain != span else None)


def aliases(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Rule *aliases*: later mentions of a company's name without its head ("Công ty Coolcat" … "Coolcat").

    A mention is a whole word sequence outside the spans ``taken``.

    >>> text = "Công ty Coolcat nợ thuế; Coolcat đã nộp."
    >>> [(c.start, c.end, c.source) for c in aliases(text, {"Coolcat"}, [(0, 15)])]
    [(25, 32, 'orgs.alias')]
    """
    out: list[Candidate] = []
    spans = Spans(taken)
    for name in sorted(names):
        i = text.find(name)
        while i != -1:
            j = i + len(name)
            free = not spans.overlaps(i, j)
            if free and (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                cand = candidate(text, i, j, "orgs.alias", PRIORITIES["orgs.alias"])
                if cand is not None:
                    out.append(cand)
            i = text.find(name, j)
    return out


_SENTENCE_OPEN = regex.compile(r"(?:^|[.!?:;\n]\s*|[“\"(]\s*)$")


def head_echoes(text: str, found: list[Candidate]) -> list[Candidate]:
    """Rule *head echo*: a head of ``echo_heads`` alone, capitalised inside a sentence, after an organisation of that
    head named in full: the same organisation (``Bệnh viện X`` … ``nhân viên bảo vệ của Bệnh viện``).

    >>> t = "Anh A cấp cứu tại Bệnh viện Chợ Rẫy. Bác sĩ của Bệnh viện cho biết. Bệnh viện nào cũng vậy."
    >>> [(t[c.start:c.end], c.start) for c in head_echoes(t, [Candidate(18, 35, "ORG", None, source="orgs")])]
    [('Bệnh viện', 48)]
    """
    taken = Spans((c.start, c.end) for c in found)
    out: list[Candidate] = []
    for head in rule_words().echo_heads:
        named = [c.start for c in found if text.startswith(head + " ", c.start) and c.end > c.start + len(head) + 1]
        if not named:
            continue
        i = text.find(head, min(named) + len(head))
        while i != -1:
            j = i + len(head)
            if _echo(text, i, j) and not taken.overlaps(i, j) and not _SENTENCE_OPEN.search(text[max(0, i - 3) : i]):
                out.append(Candidate(i, j, "ORG", None, source="orgs.alias", priority=PRIORITIES["orgs.alias"]))
            i = text.find(head, j)
    return out



def _echo(text: str, i: int, j: int) -> bool:
    """The head at ``text[i:j]`` stands alone: a word of its own, not after a word of plural, and followed by a
    sign, the end or a word of ``echo_followers`` (not by a name or another lower-case word of a name)."""
    words = rule_words()
    if text[i - 1 : i].isalnum() or text[j : j + 1].isalnum():
        return False
    before = WORD_BEFORE.search(text, max(0, i - 12), i)
    if before is not None and fold(before.group(1)) in words.echo_not_after:
        return False
    after = WORD_AFTER.match(text, j)
    return after is None or after.group(1) in words.echo_followers
