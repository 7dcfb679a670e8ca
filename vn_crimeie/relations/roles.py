"""HAS_RANK, HAS_TITLE, TITLE_OF and MEMBER_OF inside one sentence.

The constructions of police news:

- rank + name: ``Đại tướng Tô Lâm``;
- a description after the name, in apposition with ``-``, ``,``, ``:``, ``là`` or
  in brackets: ``Tô Lâm - Bộ trưởng Bộ Công an``, ``Lê Văn A (Giám đốc Công ty X)``;
  a list of posts shares the name: ``Lê Nguyên Trường - Phó Giám đốc, Thủ trưởng
  Cơ quan CSĐT CATP, Trưởng BCĐ``; a list of names and a list of posts pair in
  order: ``A và B, lần lượt là Giám đốc và Phó Giám đốc Công an tỉnh``; membership without a post: ``Đại úy A, cán bộ
  Công an huyện X``, ``(đều thuộc Phòng CSGT, Công an Quảng Bình)``;
- a post before the name: ``Giám đốc Công an tỉnh X, Thiếu tướng Y``,
  ``Trưởng Công an xã X là Võ Minh Khang``, ``Đại sứ Peter Lescouhier``;
- a post and its organisation: ``Giám đốc CATP``, ``Thư ký lãnh đạo Bộ Công an``,
  also shared along a list of posts: ``Chánh văn phòng, người phát ngôn Công an TP``.

>>> from vn_crimeie.candidates import Candidate
>>> from vn_crimeie.relations.context import Found, Sentence
>>> t = "Trung tá Lê Văn Hùng, Trưởng Công an TP Đông Hà cho biết."
>>> ents = [Candidate(0, 8, "RANK"), Candidate(9, 20, "PERSON"), Candidate(22, 28, "TITLE"), Candidate(29, 48, "ORG")]
>>> found = Found()
>>> link_roles(Sentence.build(t, ents, (0, len(t)), range(4)), found)
>>> [(r.label, r.head, r.tail) for r in found.relations()]
[('HAS_RANK', 1, 0), ('TITLE_OF', 2, 3), ('HAS_TITLE', 1, 2)]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .context import Found, Sentence
from .appositions import appositive_members, party_members
from .cues import Cues, cues, squash
from .posts import link_title_orgs

__all__ = ["link_roles"]

_OPEN_MARKS = "-–—:("
#: At most this many entities make one chain (a list of posts, of names, of units).
MAX_CHAIN = 12
#: A description after a name (in brackets or in apposition) is read over at most this many characters.
MAX_DESCRIPTION = 400
_CLOSE = ")]"


@dataclass
class _State:
    """What a description has said so far."""

    person: int
    group: list[int]
    has_rank: bool
    claimed: set[int]
    reserved: frozenset[int] = frozenset()
    member_mode: bool = False
    after_title: bool = False
    member_people: list[int] = field(default_factory=list)


def link_roles(s: Sentence, found: Found) -> None:
    """Add the rank, post and membership relations of sentence ``s`` to ``found``."""
    c = cues()
    _ranks(s, found, c)
    link_title_orgs(s, found, c)
    claimed: set[int] = set()
    reserved = _reserved_titles(s, found, c)
    for k in s.positions("PERSON"):
        _describe(s, k, found, c, claimed, reserved)
    _fronted_titles(s, found, c, claimed)
    _fronted_members(s, found, c)
    _respectively(s, found, c)
    appositive_members(s, found)
    party_members(s, found)


def _ranks(s: Sentence, found: Found, c: Cues) -> None:
    for k in range(1, len(s)):
        if s.labels[k] == "PERSON" and s.labels[k - 1] == "RANK":
            g = s.gap(k - 1, k)
            if g is not None and c.rank_gap.fullmatch(g):
                found.add("HAS_RANK", s.ids[k], s.ids[k - 1], s.span)


def _has_rank(s: Sentence, k: int, found: Found) -> bool:
    return k > 0 and s.labels[k - 1] == "RANK" and found.has_head("HAS_RANK", s.ids[k])


def _people_before(s: Sentence, k: int, found: Found, joined: Callable[[str], bool]) -> list[int]:
    """Positions of the people listed up to ``k``, from ``k`` backwards, while ``joined(gap)`` holds."""
    group = [k]
    j = k
    while len(group) < MAX_CHAIN:
        head = j - 1 if _has_rank(s, j, found) else j
        p = head - 1
        if p < 0 or s.labels[p] != "PERSON":
            break
        g = s.gap(p, head)
        if g is None or not joined(g):
            break
        group.append(p)
        j = p
    return group


def _group(s: Sentence, k: int, found: Found, c: Cues) -> list[int]:
    """Positions of the listed people ending at ``k``: ``Thượng úy A và Thượng úy B``."""
    return _people_before(s, k, found, lambda g: c.person_joiner.fullmatch(g) is not None)


def _matching_close(text: str, open_at: int, limit: int) -> int:
    """The position of the bracket closing the one at ``open_at`` (``limit`` if none)."""
    depth = 0
    for i in range(open_at, limit):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return i
    return limit


def _parts(s: Sentence, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """``[start, end)`` cut at top-level commas and semicolons outside entities: ``(start, end, separator before)``.

    A generator: the caller stops reading at the end of a description, so a long
    sentence is never scanned to its end once per name.
    """
    e_i = bisect_right(s.ends, start)
    depth = 0
    ps, sep = start, ""
    i = start
    while i < end:
        while e_i < len(s.spans) and s.spans[e_i][1] <= i:
            e_i += 1
        if e_i < len(s.spans) and s.spans[e_i][0] <= i:
            i = s.spans[e_i][1]  # skip the entity
            continue
        ch = s.text[i]
        if ch in "([":
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            yield ps, i, sep
            ps, sep = i + 1, ch
        i += 1
    yield ps, end, sep


def _inside(s: Sentence, start: int, end: int) -> list[int]:
    """Positions of the entities lying within ``[start, end)``."""
    lo = bisect_left(s.starts, start)
    out = []
    for j in range(lo, len(s.spans)):
        a, b = s.spans[j]
        if a >= end:
            break
        if b <= end:
            out.append(j)
    return out


def _describe(s: Sentence, k: int, found: Found, c: Cues, claimed: set[int], reserved: frozenset[int]) -> None:
    """Posts and memberships written after the person at position ``k``."""
    state = _State(person=k, group=[k], has_rank=_has_rank(s, k, found), claimed=claimed, reserved=reserved)
    pos = s.spans[k][1]
    limit = min(s.end, pos + MAX_DESCRIPTION)
    rest = s.text[pos:limit]
    stripped = rest.lstrip()
    if stripped.startswith("("):
        open_at = pos + len(rest) - len(stripped)
        close = _matching_close(s.text, open_at, limit)
        state.group = _group(s, k, found, c)
        _walk(s, state, open_at + 1, close, found, c, bracket=True)
        state.member_mode = state.after_title = False
        state.group = [k]
        pos = close + 1
        if not s.text[pos:limit].lstrip().startswith((",", "-", "–", "—")):
            return
    # Without brackets a description ends where the next name (or its rank, or a post written right before it:
    # "Tổng thống Donald Trump, Thủ tướng Nguyễn Xuân Phúc") begins.
    for j in range(k + 1, len(s)):
        if s.spans[j][0] >= limit:
            break
        named_post = s.labels[j] == "TITLE" and j + 1 < len(s) and s.labels[j + 1] == "PERSON" and s.gap(j, j + 1) == ""
        if (s.labels[j] in ("PERSON", "RANK") or named_post) and s.spans[j][0] >= pos:
            limit = s.spans[j][0]
            break
    _walk(s, state, pos, limit, found, c, bracket=False)


def _lead_kind(lead: str, c: Cues, *, first: bool, after_comma: bool) -> tuple[str, bool] | None:
    """How the text before a part's first entity introduces it: ``("plain"|"member", distributive)``."""
    core = lead.lstrip(_OPEN_MARKS).strip()
    marked = core != lead or after_comma
    distributive = bool(c.distributive.search(core))
    if c.member.fullmatch(core):
        return "member", distributive
    if core == "" or c.apposition.fullmatch(core) or (not first and c.list_sep.fullmatch(core)):
        if first and not marked and not c.apposition.fullmatch(core):
            return None
        return "plain", distributive
    return None


def _walk(s: Sentence, st: _State, start: int, end: int, found: Found, c: Cues, *, bracket: bool) -> None:
    first = True
    home = False  # the part before gave the person's birth, age or home
    for ps, pe, sep in _parts(s, start, end):
        if sep == ";" and not bracket:
            return
        inner = _inside(s, ps, pe)
        if not inner:
            if first and squash(s.text[ps:pe]) == "":
                continue  # "Lê Văn A, …": the comma opens the description
            if bracket:
                st.member_mode = False
                continue
            return
        lead = squash(s.text[ps : s.spans[inner[0]][0]])
        if not bracket and _background(s, inner, ps, c, home):
            home = True
            continue  # "anh A, sinh năm 1999, nhân viên bảo vệ Bệnh viện X": the description goes on
        home = False
        post = not bracket and first and sep == "" and not lead and _post_of_a_body(s, inner)
        if not bracket and first and sep == "" and not lead and not post:
            return  # "Lê Văn A Giám đốc": no mark, no description
        ok = _part(s, st, inner, pe, lead, found, c, first=first, after_comma=sep == "," or bracket or post, bracket=bracket)
        first = False
        if not ok and not bracket:
            return


def _background(s: Sentence, inner: list[int], ps: int, c: Cues, home: bool) -> bool:
    """Whether a part gives the person's birth, age or home: ``sinh năm 1999``, ``30 tuổi``, ``trú tại xã Y, huyện Z``."""
    labels = {s.labels[j] for j in inner}
    if not labels <= {"DATE", "NUMBER", "MEASURE", "LOC"}:
        return False
    opening = squash(s.text[ps : s.spans[inner[0]][1]]).lstrip(_OPEN_MARKS).strip()
    if c.background.match(opening):
        return True
    if opening != squash(s.surface(inner[0])):
        return False
    return labels == {"LOC"} and home or labels <= {"NUMBER", "MEASURE"} and s.labels[inner[-1]] == "MEASURE"


def _post_of_a_body(s: Sentence, inner: list[int]) -> bool:
    """``ông Nguyễn Thành Phong Chủ tịch UBND thành phố``: with no mark, a title right after the name is
    its post only when the body it heads follows it at once."""
    j = inner[0]
    return s.labels[j] == "TITLE" and len(inner) > 1 and s.labels[inner[1]] == "ORG" and s.gap(j, inner[1]) == ""


def _part(
    s: Sentence,
    st: _State,
    inner: list[int],
    pe: int,
    lead: str,
    found: Found,
    c: Cues,
    *,
    first: bool,
    after_comma: bool,
    bracket: bool,
) -> bool:
    """One comma-separated part of a description; False when the description ends here."""
    kind = _lead_kind(lead, c, first=first, after_comma=after_comma)
    if kind is None:
        st.member_mode = False
        return False
    how, distributive = kind
    j0 = inner[0]
    lab = s.labels[j0]
    if lab == "TITLE" and j0 in st.reserved:
        return False  # "…, Trưởng Công an xã X là Võ Minh Khang": the post of the name after it
    if lab == "TITLE" and how == "plain":
        _title(s, st, j0, found)
    elif lab == "RANK" and bracket and first and how == "plain":
        # "anh Hoàng (trung úy Công an phường X)": the rank of the person, then the unit
        found.add("HAS_RANK", s.ids[st.person], s.ids[j0], s.span)
        st.has_rank, st.member_mode, st.member_people = True, True, [st.person]
    elif lab == "ORG" and how == "member":
        st.member_mode = True
        st.after_title = False
        st.member_people = st.group if distributive else [st.person]
        _member(s, st.member_people, j0, found)
    elif lab == "ORG" and st.member_mode:
        _member(s, st.member_people, j0, found)
    elif lab == "ORG" and first and (st.has_rank and not bracket or bracket and _bracketed_unit(s, st, j0)):
        # "Thượng úy A, Đội CSGT …"; "anh B (Công an xã Y) …": the unit of the person
        st.member_mode = True
        st.member_people = st.group if bracket else [st.person]
        _member(s, st.member_people, j0, found)
    elif lab in ("ORG", "LOC") and not first and st.after_title:
        pass  # the parent unit or place of the post just named
    else:
        st.member_mode = False
        return False
    prev = _rest_of_part(s, st, inner, found, c)
    if prev is None:
        return False
    tail = squash(s.text[s.spans[prev][1] : pe])
    return tail.strip(_CLOSE + "\"”'") == ""


def _rest_of_part(s: Sentence, st: _State, inner: list[int], found: Found, c: Cues) -> int | None:
    """Link the entities after the first of a part; the last one, or None when the part breaks off."""
    prev = inner[0]
    for j in inner[1:]:
        g = s.gap(prev, j)
        if g is None:
            return None
        lab = s.labels[j]
        if lab == "ORG" and s.labels[prev] == "TITLE" and c.title_org.fullmatch(g):
            pass  # TITLE_OF, found by link_title_orgs
        elif lab == "ORG" and g == "(" and _bracketed_parent(s, st, prev, j):
            _member(s, [st.person], j, found)  # "Cục trưởng Cục Cảnh sát hình sự (Bộ Công an)"
        elif lab in ("ORG", "LOC") and g == "(":
            pass  # a code or a place in brackets: "(Urenco 2)", "(Cà Mau)"
        elif lab == "ORG" and s.labels[prev] == "RANK" and g == "" and st.member_mode:
            _member(s, st.member_people, j, found)  # "(trung úy Công an phường X)"
        elif lab == "ORG" and s.labels[prev] in ("ORG", "LOC") and g.strip(")").strip() in ("", "-", "–", "—"):
            if st.member_mode:
                _member(s, st.member_people, j, found)
        elif lab == "TITLE" and j not in st.reserved and c.list_sep.fullmatch(g.strip(")").strip() or ","):
            _title(s, st, j, found)
        else:
            return None
        prev = j
    return prev


def _bracketed_unit(s: Sentence, st: _State, j: int) -> bool:
    """``anh B (Công an xã Y) đã …``: the unit alone opens the bracket after the name and the sentence goes on.

    A byline (``Lê Văn A (TTXVN)`` closing its line) names the reporter's agency, not a unit.
    """
    if squash(s.raw_gap(st.person, j)) != "(":
        return False
    after = s.text[s.spans[j][1] : s.end]
    if not after.lstrip().startswith(")"):
        return False
    rest = after.lstrip()[1:]
    return any(ch.isalpha() for ch in rest.split("\n", 1)[0])


def _bracketed_parent(s: Sentence, st: _State, prev: int, j: int) -> bool:
    """The ministry or body in brackets after the unit of a post: ``… Cục Cảnh sát hình sự (Bộ Công an)``.

    Not a short name of the unit (``(PC02)``, ``(C45)``): the parent is written
    in words, the first of them capitalised and not in capitals throughout.
    """
    if not st.after_title or s.labels[prev] != "ORG" or not s.text[s.spans[j][1] :].startswith(")"):
        return False
    words = s.surface(j).split()
    return len(words) >= 2 and words[0][:1].isupper() and not words[0].isupper()


def _title(s: Sentence, st: _State, j: int, found: Found) -> None:
    found.add("HAS_TITLE", s.ids[st.person], s.ids[j], s.span)
    st.claimed.add(j)
    st.after_title = True
    st.member_mode = False


def _member(s: Sentence, people: list[int], j: int, found: Found) -> None:
    for p in people:
        found.add("MEMBER_OF", s.ids[p], s.ids[j], s.span)


def _person_after(s: Sentence, j: int, found: Found, c: Cues) -> int | None:
    """The person named at ``j`` (a PERSON, or a RANK right before one)."""
    if s.labels[j] == "PERSON":
        return j
    if s.labels[j] == "RANK" and j + 1 < len(s) and s.labels[j + 1] == "PERSON":
        g = s.gap(j, j + 1)
        if g is not None and c.rank_gap.fullmatch(g):
            return j + 1
    return None


def _reserved_titles(s: Sentence, found: Found, c: Cues) -> frozenset[int]:
    """Posts introducing the name after them with ``là`` (``Trưởng Công an xã X là Võ Minh Khang``) or
    right before it (``Donald Trump, cố vấn Nhà Trắng Jared Kushner``): no person before them takes them."""
    out = set()
    for k in s.positions("TITLE"):
        j = k
        while j + 1 < len(s) and s.labels[j + 1] == "ORG" and j - k < MAX_CHAIN:
            g = s.gap(j, j + 1)
            if g is None or not (c.title_org.fullmatch(g) or g in (",", "-")):
                break
            j += 1
        gap = s.gap(j, j + 1) if j + 1 < len(s) else None
        if (gap in c.words["naming_copulas"] or gap == "") and _person_after(s, j + 1, found, c) is not None:
            out.add(k)
    return frozenset(out)


def _fronted_titles(s: Sentence, found: Found, c: Cues, claimed: set[int]) -> None:
    """``Giám đốc Công an tỉnh X, Thiếu tướng Y``; ``Trưởng Công an xã X là Y``; ``Đại sứ Y``."""
    n = len(s)
    for k in s.positions("TITLE"):
        if k in claimed:
            continue
        titles = [k]
        prev = "title"
        j = k
        while j + 1 < n and j - k < MAX_CHAIN:
            nxt = j + 1
            g = s.gap(j, nxt)
            lab = s.labels[nxt]
            if g is None:
                break
            if lab == "ORG" and prev == "title" and c.title_org.fullmatch(g):
                prev = "org"
            elif lab == "LOC" and (prev == "title" and g in ("", "của") or prev == "org" and (g == "" or s.labels[j] == "LOC" and c.venue_opener.fullmatch(g))):
                prev = "org"  # "Đại sứ Bỉ A", "Thượng nghị sĩ của bang Texas A", "Chủ tịch Hạ viện Anh A", "Đại sứ Nga tại Mỹ A"
            elif lab == "ORG" and prev == "org" and g in (",", "-", "("):
                prev = "org"  # the parent unit
            elif lab == "TITLE" and nxt not in claimed and c.list_sep.fullmatch(g):
                titles.append(nxt)
                prev = "title"
            elif lab in ("RANK", "PERSON") and c.fronted_link.fullmatch(g.rstrip(")").strip()):
                p = _person_after(s, nxt, found, c)
                if p is not None:
                    for t in titles:
                        found.add("HAS_TITLE", s.ids[p], s.ids[t], s.span)
                        claimed.add(t)
                break
            else:
                break
            j = nxt


def _fronted_members(s: Sentence, found: Found, c: Cues) -> None:
    """``cán bộ Đội Cảnh sát hình sự Trần Minh Anh``."""
    for k in s.positions("ORG"):
        if k + 1 >= len(s) or found.has_tail("MEMBER_OF", s.ids[k]):
            continue
        if not c.member_tail.search(s.left(k)):
            continue
        g = s.gap(k, k + 1)
        if g is None or not c.rank_gap.fullmatch(g):
            continue
        p = _person_after(s, k + 1, found, c)
        if p is not None:
            found.add("MEMBER_OF", s.ids[p], s.ids[k], s.span)


def _respectively(s: Sentence, found: Found, c: Cues) -> None:
    """``A và B, lần lượt là Giám đốc và Phó Giám đốc X``: the i-th name holds the i-th post."""
    for t0 in s.positions("TITLE"):
        if t0 == 0:
            continue
        g = s.gap(t0 - 1, t0)
        if g is None or not c.respectively.fullmatch(g):
            continue
        p = _person_at_end(s, t0 - 1, found)
        if p is None:
            continue
        people = _listed_people(s, p, found, c)
        titles = [t0]
        j = t0
        while j + 1 < len(s) and len(titles) < len(people):
            nxt = j + 1
            g = s.gap(j, nxt)
            if g is None:
                break
            if s.labels[nxt] == "ORG" and s.labels[j] == "TITLE" and c.title_org.fullmatch(g):
                j = nxt  # the post's own unit ("Trưởng Công an xã A và Trưởng Công an xã B")
                continue
            if s.labels[nxt] != "TITLE" or not c.list_sep.fullmatch(g):
                break
            titles.append(nxt)
            j = nxt
        if len(people) < 2 or len(titles) != len(people):
            continue
        for person, title in zip(people, titles):
            found.add("HAS_TITLE", s.ids[person], s.ids[title], s.span)


def _person_at_end(s: Sentence, k: int, found: Found) -> int | None:
    """The person whose mention ends at position ``k`` (a PERSON)."""
    return k if s.labels[k] == "PERSON" else None


def _listed_people(s: Sentence, k: int, found: Found, c: Cues) -> list[int]:
    """The people of a list ending at ``k``, in text order; joiners may take an honorific (``và ông``)."""

    def joined(gap: str) -> bool:
        m = c.person_joiner.match(gap)
        return m is not None and c.rank_gap.fullmatch(gap[m.end() :].strip()) is not None

    return _people_before(s, k, found, joined)[::-1]
