"""ORG: organisations, units, courts, forces, the press, as maximal spans.

The data is ``lang/vi/organizations.yaml`` (heads, named units, fixed names,
forces, media) and ``lang/vi/abbreviations.yaml`` (``CATP``, ``CSGT`` …).  An
organisation is parsed from its start:

* a fixed name (``Bộ Công an``, ``Công an cả nước``) or a newspaper;
* ``Công an``/``CA`` + level + place (``Công an tỉnh Nghệ An``, ``CA quận``);
* a head + complement (``Phòng`` + ``Cảnh sát hình sự``, ``Bệnh viện`` +
  ``Việt Đức``, ``Tổ giúp việc`` + ``BCĐ``, ``Ban Chỉ đạo`` + ``Kế hoạch 131``);
* an abbreviation or a unit code (``CATP``, ``CSGT``, ``PC02``);
* a named force (``lực lượng Cảnh sát hình sự``, ``Cảnh sát PCCC``);

then parent units are attached while they follow with a space
(``Cơ quan Cảnh sát điều tra CATP``, ``Đội CSGT Công an TP Thanh Hóa``).  A title
keeps its head noun: in ``Trưởng phòng Cảnh sát hình sự`` the ORG is
``Cảnh sát hình sự``.  Generic ``công an``, ``cơ quan công an`` and
``lực lượng chức năng`` are not organisations.

>>> t = "Thủ trưởng Cơ quan Cảnh sát điều tra CATP"
>>> [(t[c.start:c.end], c.value["expansion"]) for c in find(t)][0]
('Cơ quan Cảnh sát điều tra CATP', 'Cơ quan Cảnh sát điều tra Công an thành phố')

Nested candidates (``CATP`` inside it) are proposed too; the resolver keeps the longest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import regex

from ..candidates import Candidate
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data
from .abbreviations import abbreviation_table, expand
from .locations import gazetteer, name_end, place_spans

__all__ = ["find"]

PRIORITY = 25
_POLICE_LEVELS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_POLICE = regex.compile(r"(?:Công an|công an|CÔNG AN|CA)(?![\p{L}\p{M}\p{N}])")
_NUMBER = regex.compile(r"\d{1,4}[A-Z]?(?![\p{L}\p{M}\p{N}])")
_PLAN = regex.compile(r"(?:Kế hoạch|Chương trình|Đề án|Chỉ thị|Nghị quyết) (?:số )?\d{1,4}(?![\p{L}\p{M}\p{N}])")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\p{N}]+) +$")


@dataclass(frozen=True)
class _Head:
    head: str
    lower: bool
    complement: str  # "name", "place" or "parent"
    standalone: bool
    numbered: bool
    media: bool
    force: bool


@dataclass(frozen=True)
class _Tables:
    heads: PhraseMatcher[_Head]
    units: PhraseMatcher[str]
    fixed: PhraseMatcher[str]
    forces: PhraseMatcher[str]
    media: PhraseMatcher[str]
    abbr: PhraseMatcher[str]
    fixed_spellings: frozenset[str]
    media_spellings: frozenset[str]
    media_head_only: frozenset[str]
    levels: PhraseMatcher[str]
    scopes: PhraseMatcher[str]
    code: Any
    compound_before: frozenset[str]
    title_heads: frozenset[str]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    values = data.get(key) or []
    for i, v in enumerate(values):
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(f"organizations.yaml: {key}[{i}] must be a non-empty string, not {v!r}")
    return list(values)


@cache
def _tables() -> _Tables:
    data = load_data("organizations.yaml")
    heads: dict[str, _Head] = {}
    for i, entry in enumerate(data.get("heads") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("head"), str):
            raise LexiconError(f"organizations.yaml: heads[{i}] {entry!r} needs a 'head' string")
        complement = entry.get("complement", "name")
        if complement not in ("name", "place", "parent"):
            raise LexiconError(f"organizations.yaml: heads[{i}] complement must be name, place or parent")
        heads[entry["head"]] = _Head(
            entry["head"],
            bool(entry.get("lower")),
            complement,
            bool(entry.get("standalone")),
            bool(entry.get("numbered")),
            bool(entry.get("media")),
            bool(entry.get("force")),
        )
    prefixes = sorted(_strings(data, "unit_code_prefixes"), key=len, reverse=True)
    code = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(map(regex.escape, prefixes)) + r")\d{2}(?![\p{L}\p{M}\p{N}])")
    media = _strings(data, "media")
    fixed = _strings(data, "fixed")
    table = abbreviation_table()
    return _Tables(
        heads=PhraseMatcher(heads),
        units=PhraseMatcher({u: u for u in _strings(data, "units")}),
        fixed=PhraseMatcher({f: f for f in fixed}),
        forces=PhraseMatcher({f: f for f in _strings(data, "forces")}),
        media=PhraseMatcher({m: m for m in media}),
        abbr=PhraseMatcher({a: a for a, row in table.items() if row.label == "ORG"}),
        fixed_spellings=frozenset(fixed),
        media_spellings=frozenset(media),
        media_head_only=frozenset(_strings(data, "media_after_head_only")),
        levels=PhraseMatcher({lv: lv for lv in _strings(data, "police_levels")}),
        scopes=PhraseMatcher({s: s for s in _strings(data, "police_scopes")}),
        code=code,
        compound_before=frozenset(_strings(data, "compound_before")),
        title_heads=frozenset(_strings(data, "title_heads")),
    )


class _Index:
    """Matches of every table in one text, by start offset (longest first)."""

    def __init__(self, text: str) -> None:
        t = _tables()
        self.text = text
        self.heads = self._by_start(t.heads.find_all(text))
        self.units = self._by_start(t.units.find_all(text))
        self.fixed = self._by_start((s, e, v) for s, e, v in t.fixed.find_all(text) if text[s:e] in t.fixed_spellings)
        self.forces = self._by_start(t.forces.find_all(text))
        self.media = self._by_start(
            (s, e, text[s:e]) for s, e, _ in t.media.find_all(text) if text[s:e] in t.media_spellings
        )
        table = abbreviation_table()
        self.abbr = self._by_start((s, e, table[text[s:e]]) for s, e, _ in t.abbr.find_all(text) if text[s:e] in table)
        self.levels = self._by_start(t.levels.find_all(text))
        self.scopes = self._by_start(t.scopes.find_all(text))
        self.codes = {m.start(): m.end() for m in t.code.finditer(text)}
        self.places: dict[int, int] = {}
        self.admin_places: dict[int, tuple[int, str]] = {}
        for p in place_spans(text):
            if p.kind == "street":
                continue
            self.places[p.start] = max(self.places.get(p.start, 0), p.end)
            if p.kind == "admin" and p.end > self.admin_places.get(p.start, (0, ""))[0]:
                self.admin_places[p.start] = (p.end, p.canonical)

    @staticmethod
    def _by_start(matches: Any) -> dict[int, list[tuple[int, Any]]]:
        out: dict[int, list[tuple[int, Any]]] = {}
        for s, e, v in matches:
            out.setdefault(s, []).append((e, v))
        for v in out.values():
            v.sort(key=lambda x: -x[0])
        return out


def _space_after(text: str, end: int) -> int | None:
    """Start of the next word when exactly one space follows ``end``."""
    if text[end : end + 1] == " " and end + 1 < len(text) and text[end + 1] != " ":
        return end + 1
    return None


def _police(ix: _Index, pos: int, *, as_parent: bool) -> int | None:
    """``Công an``/``CA`` + scope, level + place, level, or province at ``pos``."""
    text = ix.text
    m = _POLICE.match(text, pos)
    if m is None:
        return None
    capital = text[pos].isupper()
    nxt = _space_after(text, m.end())
    if nxt is None:
        return None
    for end, _ in ix.scopes.get(nxt, []):
        return end if capital else None
    if nxt in ix.admin_places and ix.admin_places[nxt][1] in _POLICE_LEVELS:
        end = ix.admin_places[nxt][0]
        return end
    for end, _ in ix.levels.get(nxt, []):
        if capital or as_parent:
            return end
        return None
    if nxt in ix.places and text[nxt].isupper():
        end = ix.places[nxt]
        if text[nxt:end] in gazetteer() and gazetteer()[text[nxt:end]][1] in ("province", "city"):
            return end
    return None


def _parent(ix: _Index, pos: int) -> int | None:
    """A parent unit or place right at ``pos`` (no comma in between)."""
    text = ix.text
    end = _police(ix, pos, as_parent=True)
    if end is not None:
        return end
    for end, _ in ix.fixed.get(pos, []):
        return end
    for end, row in ix.abbr.get(pos, []):
        if not row.part_only:
            return _abbr_tail(ix, end, row.abbr)
    if pos in ix.places and text[pos : pos + 1].isupper() or pos in ix.admin_places:
        if pos in ix.admin_places and ix.admin_places[pos][1] not in _POLICE_LEVELS:
            return None
        return ix.places.get(pos) or ix.admin_places[pos][0]
    for end, level in ix.levels.get(pos, []):
        # A bare level word ending the name: "Đội CSGT thành phố", "Phòng CSGT công an tỉnh".
        if text[pos].islower() and not text[end : end + 2].strip(" ")[:1].isupper():
            return end
    return None


def _abbr_tail(ix: _Index, end: int, abbr: str) -> int:
    """``BCĐ 131``: a number after a steering-committee abbreviation belongs to it."""
    if abbr == "BCĐ":
        nxt = _space_after(ix.text, end)
        if nxt is not None:
            m = _NUMBER.match(ix.text, nxt)
            if m:
                return m.end()
    return end


def _parents(ix: _Index, end: int, limit: int = 3) -> int:
    for _ in range(limit):
        nxt = _space_after(ix.text, end)
        if nxt is None:
            break
        parent = _parent(ix, nxt)
        if parent is None:
            break
        end = parent
    return end


def _complement(ix: _Index, pos: int, head: _Head) -> int | None:
    """The name part after a head: units, abbreviations, codes, names, numbers."""
    text = ix.text
    end: int | None = None
    cur = pos
    for _ in range(3):
        step: int | None = None
        if head.media:
            for e, v in ix.media.get(cur, []):
                step = e
                break
        if step is None:
            for e, _ in ix.units.get(cur, []):
                step = e
                break
        if step is None:
            for e, row in ix.abbr.get(cur, []):
                step = _abbr_tail(ix, e, row.abbr)
                break
        if step is None and cur in ix.codes:
            step = ix.codes[cur]
        if step is None and head.head in ("Ban Chỉ đạo",) and _PLAN.match(text, cur):
            step = _PLAN.match(text, cur).end()  # type: ignore[union-attr]
        if step is None and (head.numbered or end is not None or head.head == "Ban Chỉ đạo"):
            m = _NUMBER.match(text, cur)
            if m:
                step = m.end()
        if step is None and text[cur : cur + 1].isupper() and _police(ix, cur, as_parent=True) is None:
            step = name_end(text, cur, max_words=5)
        if step is None:
            break
        end = step
        nxt = _space_after(text, end)
        # A numbered unit: "Đội QLTT số 8", "Đội Quản lý thị trường số 1".
        if nxt is not None and text.startswith("số ", nxt):
            m = _NUMBER.match(text, nxt + 3)
            if m:
                end = m.end()
                break
        if nxt is None or _police(ix, nxt, as_parent=True) is not None:
            break
        cur = nxt
    return end


def _blocked_lower(ix: _Index, start: int, head_text: str) -> bool:
    """A head that is the second half of a compound or of a title ("Trưởng phòng")."""
    t = _tables()
    m = _WORD_BEFORE.search(ix.text, max(0, start - 30), start)
    prev = fold(m.group(1)) if m else ""
    first = fold(head_text.split(" ", 1)[0])
    if first in t.title_heads and prev in ("trưởng", "phó"):
        m2 = _WORD_BEFORE.search(ix.text, max(0, m.start() - 30), m.start()) if m else None  # type: ignore[union-attr]
        before = fold(m2.group(1)) if m2 else ""
        if before not in t.title_heads and before not in ("cục", "viện", "vụ", "trại", "thủ"):
            return True
    return head_text[:1].islower() and prev in t.compound_before


def _head_org(ix: _Index, pos: int) -> int | None:
    text = ix.text
    for end, head in ix.heads.get(pos, []):
        head_text = text[pos:end]
        if head_text[:1].islower() and not head.lower:
            continue
        if _blocked_lower(ix, pos, head_text):
            return None
        nxt = _space_after(text, end)
        if head.force:
            if nxt is None:
                continue
            for e, _ in ix.forces.get(nxt, []):
                if text[nxt].isupper() or text[pos].isupper():
                    return _parents(ix, e)
            for e, row in ix.abbr.get(nxt, []):
                if not row.part_only:
                    return _parents(ix, e)
            continue
        if head.complement == "parent":
            parent = _parent(ix, nxt) if nxt is not None else None
            if parent is not None:
                return _parents(ix, parent)
            if head.standalone and text[pos].isupper():
                return end
            continue
        if head.complement == "place":
            if nxt is not None and (nxt in ix.admin_places or nxt in ix.places):
                return _parents(ix, ix.places.get(nxt) or ix.admin_places[nxt][0])
            if head.standalone or head_text.isupper():
                return end
            continue
        if nxt is None:
            continue
        comp = _complement(ix, nxt, head)
        if comp is not None:
            return _parents(ix, comp)
    return None


def _standalone(ix: _Index, pos: int) -> int | None:
    text = ix.text
    for end, name in ix.fixed.get(pos, []):
        return _parents(ix, end)
    for end, name in ix.media.get(pos, []):
        if name not in _tables().media_head_only:
            return end
    end = _police(ix, pos, as_parent=False)
    if end is not None:
        return _parents(ix, end)
    for end, row in ix.abbr.get(pos, []):
        if row.part_only:
            break
        end = _abbr_tail(ix, end, row.abbr)
        nxt = _space_after(text, end)
        # "UBND xã Phụng Châu", "TAND TP Đà Nẵng": an abbreviated body takes its place.
        if nxt is not None and nxt in ix.admin_places:
            end = ix.admin_places[nxt][0]
        return _parents(ix, end)
    if pos in ix.codes:
        return ix.codes[pos]
    for end, unit in ix.units.get(pos, []):
        # A named police unit on its own ("Trưởng phòng Cảnh sát hình sự").
        if text[pos].isupper() and " " in unit and fold(unit).startswith(("cảnh sát", "an ninh")):
            return _parents(ix, end)
        break
    return None


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """ORG candidates in normalised ``text``.

    >>> t = "Đại tá A, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An"
    >>> [t[c.start:c.end] for c in find(t)]
    ['Cảnh sát hình sự Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']
    """
    ix = _Index(text)
    starts = sorted(set(ix.heads) | set(ix.fixed) | set(ix.media) | set(ix.abbr) | set(ix.codes) | set(ix.units)
                    | {m.start() for m in _POLICE.finditer(text)})
    out: list[Candidate] = []
    for pos in starts:
        if pos > 0 and (text[pos - 1].isalnum()):
            continue
        ends = [e for e in (_head_org(ix, pos), _standalone(ix, pos)) if e is not None]
        end = max(ends) if ends else None
        if end is None or end <= pos:
            continue
        span = text[pos:end].rstrip(" ,.")
        end = pos + len(span)
        if end <= pos:
            continue
        exp = expand(span)
        value = {"expansion": exp} if exp else None
        out.append(Candidate(pos, end, "ORG", value, source="orgs", priority=PRIORITY))
    return out
