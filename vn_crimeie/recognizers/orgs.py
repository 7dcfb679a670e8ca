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

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import regex

from ..candidates import Candidate
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data
from ..normalize import normalize_form
from .abbreviation_table import abbreviation_table, expand
from .crimes import find as find_crimes
from .locations import PlaceSpan, gazetteer, name_end, place_spans

__all__ = ["find"]

PRIORITY = 25
# Border gates, ports and airports: a unit stationed there is named after them
# ("Chi cục Hải quan cửa khẩu Lao Bảo", "Đội kiểm soát sân bay Nội Bài").
_POSTS = frozenset({"cửa khẩu", "cảng", "sân bay"})
_POLICE_LEVELS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_POLICE = regex.compile(r"(?:Công an|công an|CÔNG AN|CA)(?![\p{L}\p{M}\p{N}])")
_NUMBER = regex.compile(r"\d{1,4}[A-Z]?(?![\p{L}\p{M}\p{N}])")
_PLAN = regex.compile(r"(?:Kế hoạch|Chương trình|Đề án|Chỉ thị|Nghị quyết) (?:số )?\d{1,4}(?![\p{L}\p{M}\p{N}])")
# The word before the spaces that end the searched window.  Searched backwards ((?r)):
# the same match as a forward search, found without retrying from every start in the window.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}\p{N}]+) +$")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}(?![\p{L}\p{M}\p{N}])")
_DASH = regex.compile(r" ?[-–] ")
_THIS = regex.compile(r" này(?![\p{L}\p{M}\p{N}])")
# "(QLTT) số 8" after a unit's name: the bracketed short form and the number belong to it.
_BRACKET_NUMBER = regex.compile(r"\(\p{Lu}[\p{Lu}&]{1,7}\) số \d{1,3}(?![\p{L}\p{M}\p{N}])")
# One word of a lower-case purpose phrase ("phòng, chống dịch Covid-19").
_PHRASE_WORD = regex.compile(r"(?:\p{Ll}[\p{Ll}\p{M}]*|[Cc][Oo][Vv][Ii][Dd]-19)(?![\p{L}\p{M}\p{N}])")


@dataclass(frozen=True)
class _Head:
    head: str
    lower: bool
    complement: str  # "name", "place" or "parent"
    standalone: bool
    numbered: bool
    media: bool
    force: bool
    phrase: bool = False  # may take a lower-case purpose phrase ending in a place
    alias: bool = False  # its name, repeated alone later, is the same organisation
    name_only: bool = False  # the ORG is the name after the head ("sàn giao dịch" + name)
    needs_field: bool = False  # the name must open with a field or unit ("Trường Tiểu học …", not "Trường Chinh")
    or_place: bool = False  # a place with its level word may be the whole name ("Bệnh viện quận Thủ Đức")


# The head of an organisation named after a title: the ORG starts at its name.
_NAME_ONLY = _Head("", False, "name", False, False, False, False, name_only=True)


@dataclass(frozen=True)
class _Tables:
    #: the phrases of every phrase table (heads, units, fixed names, forces, media, ORG
    #: abbreviations, levels, scopes, fields, foreign names and forces), with their
    #: ``(table, payload)`` pairs
    phrases: PhraseMatcher[tuple[tuple[str, Any], ...]]
    fixed_spellings: frozenset[str]
    media_spellings: frozenset[str]
    media_head_only: frozenset[str]
    code: Any
    compound_before: frozenset[str]
    title_heads: frozenset[str]
    phrase_stop: frozenset[str]
    media_cues: frozenset[str]
    foreign_spellings: frozenset[str]
    foreign_force_spellings: frozenset[str]
    street_words: frozenset[str]
    title_prefixes: frozenset[str]
    officer_before: frozenset[str]
    officer_after: frozenset[str]
    member_before: frozenset[str]
    product_nouns: frozenset[str]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    values = data.get(key) or []
    for i, v in enumerate(values):
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(f"organizations.yaml: {key}[{i}] must be a non-empty string, not {v!r}")
    return list(values)


def _phrase_matcher(tables: dict[str, dict[str, Any]]) -> PhraseMatcher[tuple[tuple[str, Any], ...]]:
    """One matcher for several phrase tables: a phrase's payload lists its ``(table, payload)`` pairs.

    The text is then read once, not once per table.  Phrases that match alike (the
    same folded form) share one entry, where each table keeps its last payload, as
    a matcher of that table alone would.
    """
    by_key: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, phrases in tables.items():
        for phrase, payload in phrases.items():
            if not isinstance(phrase, str):
                raise LexiconError(f"lexicon phrase {phrase!r} is not a string (payload {payload!r})")
            by_key.setdefault(fold(normalize_form(phrase)), (phrase, {}))[1][name] = payload
    return PhraseMatcher({phrase: tuple(entries.items()) for phrase, entries in by_key.values()})


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
            bool(entry.get("phrase")),
            bool(entry.get("alias")),
            bool(entry.get("name_only")),
            bool(entry.get("needs_field")),
            bool(entry.get("or_place")),
        )
    prefixes = sorted(_strings(data, "unit_code_prefixes"), key=len, reverse=True)
    code = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(map(regex.escape, prefixes)) + r")\d{2}(?![\p{L}\p{M}\p{N}])")
    media = _strings(data, "media")
    fixed = _strings(data, "fixed")
    table = abbreviation_table()
    foreign = _strings(data, "foreign_bodies") + _strings(data, "foreign_media") + _strings(data, "companies") + _strings(data, "clubs")
    foreign_force = _strings(data, "foreign_force_words")
    phrase_tables: dict[str, dict[str, Any]] = {
        "heads": heads,
        "units": {u: u for u in _strings(data, "units")},
        "fixed": {f: f for f in fixed},
        "forces": {f: f for f in _strings(data, "forces")},
        "media": {m: m for m in media},
        "abbr": {a: a for a, row in table.items() if row.label == "ORG"},
        "levels": {lv: lv for lv in _strings(data, "police_levels")},
        "scopes": {s: s for s in _strings(data, "police_scopes")},
        "fields": {f: f for f in _strings(data, "fields")},
        "foreign": {f: f for f in foreign},
        "foreign_force": {f: f for f in foreign_force},
    }
    return _Tables(
        phrases=_phrase_matcher(phrase_tables),
        fixed_spellings=frozenset(fixed),
        media_spellings=frozenset(media),
        media_head_only=frozenset(_strings(data, "media_after_head_only")),
        code=code,
        compound_before=frozenset(_strings(data, "compound_before")),
        title_heads=frozenset(_strings(data, "title_heads")),
        phrase_stop=frozenset(_strings(data, "phrase_stop")),
        media_cues=frozenset(_strings(data, "media_cues")),
        foreign_spellings=frozenset(foreign),
        foreign_force_spellings=frozenset(foreign_force),
        street_words=frozenset(_strings(data, "street_words")),
        title_prefixes=frozenset(_strings(data, "title_prefixes")),
        officer_before=frozenset(_strings(data, "officer_before")),
        officer_after=frozenset(_strings(data, "officer_after")),
        member_before=frozenset(_strings(data, "member_before")),
        product_nouns=frozenset(fold(w) for w in _strings(data, "product_nouns")),
    )


class _Index:
    """Matches of every table in one text, by start offset (longest first)."""

    def __init__(self, text: str, places: Sequence[PlaceSpan], crimes: Sequence[Candidate] | None) -> None:
        t = _tables()
        self.text = text
        found = self._phrases(text)
        # a head written in lower case opens an organisation only if it is marked ``lower``
        self.heads = self._by_start((s, e, h) for s, e, h in found["heads"] if h.lower or not text[s].islower())
        self.units = self._by_start(found["units"])
        self.fixed = self._by_start((s, e, v) for s, e, v in found["fixed"] if text[s:e] in t.fixed_spellings)
        self.forces = self._by_start(found["forces"])
        self.media = self._by_start((s, e, text[s:e]) for s, e, _ in found["media"] if text[s:e] in t.media_spellings)
        table = abbreviation_table()
        self.abbr = self._by_start(
            (s, e, table[text[s:e]]) for s, e, _ in found["abbr"] if text[s:e] in table and not _in_code(text, s, e)
        )
        self.levels = self._by_start(found["levels"])
        self.scopes = self._by_start(found["scopes"])
        self.codes = {m.start(): m.end() for m in t.code.finditer(text) if not _in_code(text, m.start(), m.end())}
        self.fields = self._by_start(found["fields"])
        self.foreign = self._by_start((s, e, v) for s, e, v in found["foreign"] if text[s:e] in t.foreign_spellings)
        self.foreign_force = self._by_start(
            (s, e, v) for s, e, v in found["foreign_force"] if text[s:e] in t.foreign_force_spellings
        )
        # CRIME spans by start (given, or computed when a remit needs them)
        self.crimes: dict[int, int] | None = None if crimes is None else {c.start: c.end for c in crimes}
        self.places: dict[int, int] = {}
        self.admin_places: dict[int, tuple[int, str]] = {}
        # Word starts inside a gazetteer name: "Ban" in "Tây Ban Nha".
        self.inside_names: set[int] = set()
        for p in places:
            if p.kind == "street":
                continue
            if p.kind == "gazetteer":
                self.inside_names.update(i + 1 for i in range(p.start, p.end) if text[i] == " ")
            self.places[p.start] = max(self.places.get(p.start, 0), p.end)
            if p.kind == "admin" and p.end > self.admin_places.get(p.start, (0, ""))[0]:
                self.admin_places[p.start] = (p.end, p.canonical)

    @staticmethod
    def _phrases(text: str) -> dict[str, list[tuple[int, int, Any]]]:
        """Matches ``(start, end, payload)`` of each phrase table in ``text``, from one reading."""
        found: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
        for start, end, entries in _tables().phrases.find_all(text):
            for name, payload in entries:
                found[name].append((start, end, payload))
        return found

    @staticmethod
    def _by_start(matches: Any) -> dict[int, list[tuple[int, Any]]]:
        out: dict[int, list[tuple[int, Any]]] = {}
        for s, e, v in matches:
            out.setdefault(s, []).append((e, v))
        for v in out.values():
            v.sort(key=lambda x: -x[0])
        return out


def _in_code(text: str, start: int, end: int) -> bool:
    """A short form inside a document code (``131/KH-BCA-CSHS``, ``25-CT/TW``): not an organisation.

    The run of non-space characters around it holds a slash and the form touches a dash or slash.
    """
    if text[start - 1 : start] not in ("-", "/") and text[end : end + 1] not in ("-", "/"):
        return False
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = len(text)
    for stop in (" ", "\n", ")", ","):
        i = text.find(stop, end)
        if i != -1:
            right = min(right, i)
    return "/" in text[left:right]


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
            return _this(text, end)
        return None
    if nxt in ix.places and text[nxt].isupper():
        end = ix.places[nxt]
        if text[nxt:end] in gazetteer() and gazetteer()[text[nxt:end]][1] in ("province", "city", "district"):
            return end  # "Công an Bình Tân", "công an Ninh Kiều": the unit of that district
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
        if pos in ix.admin_places and ix.admin_places[pos][1] not in _POLICE_LEVELS | _POSTS:
            return None
        return ix.places.get(pos) or ix.admin_places[pos][0]
    for end, level in ix.levels.get(pos, []):
        # A bare level word ending the name: "Đội CSGT thành phố", "Phòng CSGT công an tỉnh".
        if text[pos].islower() and not text[end : end + 2].strip(" ")[:1].isupper():
            return _this(text, end)
    return None


def _this(text: str, end: int) -> int:
    """``tỉnh này``, ``huyện này``: a level word pointing back keeps its ``này``."""
    return end + 4 if _THIS.match(text, end) else end


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


def _longest_at(*tables: dict[int, list[tuple[int, Any]]], pos: int) -> int | None:
    ends = [table[pos][0][0] for table in tables if pos in table]
    return max(ends) if ends else None


def _joined(text: str, end: int) -> int | None:
    """Start of the next part after ``và``, `` - `` or ``&`` joining two parts of a name."""
    if text.startswith(" và ", end):
        return end + 4
    if text.startswith(" - ", end) or text.startswith(" – ", end):
        return end + 3
    if text.startswith("&", end) or text.startswith("-", end):
        return end + 1
    return None


def _complement(ix: _Index, pos: int, head: _Head, depth: int = 0) -> tuple[int, bool] | None:
    """The name part after a head: units, fields, abbreviations, codes, names, numbers.

    Returns its end and whether it is a name by itself (it holds a capitalised
    word, a short form or a police unit, or runs over three words or more).
    """
    text = ix.text
    end: int | None = None
    strong = False
    last = ""  # kind of the previous part
    upper_parts = 0
    cur = pos
    for _ in range(8):
        step: int | None = None
        kind = ""
        if end is not None and cur in ix.admin_places and ix.admin_places[cur][1] in _POLICE_LEVELS:
            break  # "GDĐT TP.Đông Hà": a place with its level word closes the name, attached as its parent
        if head.media:
            for e, v in ix.media.get(cur, []):
                step, kind = e, "media"
                break
        if step is None:
            unit = ix.units[cur][0] if cur in ix.units else None
            field = ix.fields[cur][0][0] if cur in ix.fields else None
            if unit is not None and (field is None or unit[0] >= field):
                step, kind = unit[0], "unit" if unit[1][:1].isupper() else "lower-unit"
            elif field is not None:
                step, kind = field, "abbr" if text[cur:field].isupper() else "field"
        if step is None:
            for e, row in ix.abbr.get(cur, []):
                step, kind = _abbr_tail(ix, e, row.abbr), "abbr"
                break
        if step is None and cur in ix.codes:
            step, kind = ix.codes[cur], "abbr"
        if step is None and head.head in ("Ban Chỉ đạo",) and _PLAN.match(text, cur):
            step, kind = _PLAN.match(text, cur).end(), "name"  # type: ignore[union-attr]
        if step is None and (head.numbered or end is not None or head.head == "Ban Chỉ đạo"):
            m = _NUMBER.match(text, cur)
            if m:
                step, kind = m.end(), "number"
        if step is not None and kind == "unit" and text[cur].islower() and end is not None:
            break  # "Tổng cục Cảnh sát … xã hội chỉ đạo": the verb "chỉ đạo", not the unit "Chỉ đạo"
        if step is not None and text[cur].islower() and end is not None:
            # After a proper name or two capitalised parts a lower-case word starts the
            # clause ("Công ty X Đắk Lắk quản lý", "Bộ Kế hoạch và Đầu tư nghiên cứu"); after
            # a short form only a listed lower-case unit goes on ("Đội CSĐT hình sự", not
            # "Sở GD&ĐT chỉ đạo").
            if last == "name" or upper_parts >= 2 or (last == "abbr" and kind != "lower-unit"):
                break
        if step is None and end is None and head.needs_field:
            break
        if step is None and end is not None and (cur in ix.places or cur in ix.admin_places):
            break  # the place closes the name and is attached as its parent
        if step is None and text[cur : cur + 1].isupper() and _police(ix, cur, as_parent=True) is None:
            # A whole organisation after the head: "Văn phòng Cơ quan Cảnh sát điều tra …".
            if depth < 2:
                nested = [e for e in (_head_org(ix, cur, depth + 1), _standalone(ix, cur)) if e is not None]
                if nested:
                    return max(e if isinstance(e, int) else e[0] for e in nested), True
            step, kind = name_end(text, cur, max_words=5), "name"
            if step is not None:
                step = _sentence_case(text, cur, step)
            if step is not None and end is not None and not head.alias and _person_like(text, cur):
                break  # "Giám đốc Sở Y tế Nguyễn Văn A": the person after the organisation
            if step is not None and not head.alias:
                step = _before_person(text, cur, step)
        if step is None:
            break
        if text[cur].isupper() and kind in ("unit", "field", "lower-unit"):
            upper_parts += 1
        if end is None and kind in ("unit", "lower-unit"):
            strong = True  # "Phòng Cảnh sát hình sự", "Tòa án quân sự": a named unit (the caller checks the head's case)
        strong = strong or text[cur].isupper() or text[cur].isdigit() or text.count(" ", pos, step) >= 2
        last = kind
        end = step
        nxt = _space_after(text, end)
        # A numbered unit: "Đội QLTT số 8", "Đội Quản lý thị trường (QLTT) số 8".
        if nxt is not None and text.startswith("số ", nxt):
            m = _NUMBER.match(text, nxt + 3)
            if m:
                end = m.end()
                break
        if nxt is not None:
            m = _BRACKET_NUMBER.match(text, nxt)
            if m:
                end = m.end()
                break
        joined = _joined(text, end)
        if joined is not None and joined < len(text) and text[joined] != " ":
            if _longest_at(ix.units, ix.fields, pos=joined) is not None:
                cur = joined
                continue
        if nxt is None or _police(ix, nxt, as_parent=True) is not None:
            break
        cur = nxt
    return (end, strong) if end is not None else None


_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}")
_LOWER_SYLLABLE = regex.compile(r" (\p{Ll}[\p{Ll}\p{M}]{0,6})(?![\p{L}\p{M}\p{N}])")


def _sentence_case(text: str, start: int, end: int) -> int:
    """A one-syllable Vietnamese name written in sentence case keeps its second syllable.

    ``Ban Dân nguyện``, ``Ban Thường trực``, ``khoa Cảnh sát Vũ trang``: the capitalised
    syllable (with a Vietnamese letter) and the lower-case one after it make one word.
    A verb or particle of ``phrase_stop`` after it starts the clause instead.
    """
    word = text[start:end]
    if " " in word or len(word) < 2 or word.isascii() or not word[1:].islower() or word in gazetteer():
        return end  # "Bộ Ngoại giao Mỹ thừa nhận": a place ends the name
    m = _LOWER_SYLLABLE.match(text, end)
    if m is None or m.group(1) in _tables().phrase_stop:
        return end
    return m.end()


def _person_like(text: str, pos: int) -> bool:
    """A capitalised word at ``pos`` that opens a person's name (a frequent surname)."""
    m = _CAPITALISED.match(text, pos)
    return m is not None and m.group().split(" ", 1)[0] in _surnames() and " " in m.group()


def _before_person(text: str, start: int, end: int) -> int:
    """Cut a capitalised run before a person's name inside it ("Hà Nội Nguyễn Hữu Độ" → "Hà Nội")."""
    i = text.find(" ", start, end)
    while i != -1:
        if _person_like(text, i + 1) and text.find(" ", i + 1, end) != -1:
            return i
        i = text.find(" ", i + 1, end)
    return end


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_data("person_names.yaml").get("frequent_surnames") or [])


def _purpose(ix: _Index, pos: int) -> int | None:
    """A lower-case purpose phrase that ends where a place starts, or None.

    ``phòng, chống dịch Covid-19`` in ``Ban Chỉ đạo phòng, chống dịch Covid-19
    huyện Hớn Quản``: the place closes the name.
    """
    text = ix.text
    t = _tables()
    cur = pos
    for _ in range(10):
        m = _PHRASE_WORD.match(text, cur)
        if m is None or m.group() in t.phrase_stop:
            return None
        end = m.end()
        if text.startswith(", ", end):
            end += 1
        if not text.startswith(" ", end):
            return None
        cur = end + 1
        if cur in ix.admin_places and ix.admin_places[cur][1] in _POLICE_LEVELS:
            return _parents(ix, ix.admin_places[cur][0])
    return None


def _blocked_lower(ix: _Index, start: int, head_text: str) -> bool:
    """A head that is the second half of a compound or of a title ("Trưởng phòng")."""
    t = _tables()
    m = _WORD_BEFORE.search(ix.text, max(0, start - 30), start)
    prev = fold(m.group(1)) if m else ""
    first = fold(head_text.split(" ", 1)[0])
    if first in t.title_heads and prev in ("trưởng", "phó") and head_text[:1].islower():
        m2 = _WORD_BEFORE.search(ix.text, max(0, m.start() - 30), m.start()) if m else None  # type: ignore[union-attr]
        before = fold(m2.group(1)) if m2 else ""
        if before not in t.title_heads and before not in ("cục", "viện", "vụ", "trại", "thủ"):
            return True
    if prev in t.title_prefixes and first in ("văn", "thanh", "tòa", "phòng"):
        return True  # "Chánh Văn phòng" + ORG, "Chánh Thanh tra" + ORG: the head belongs to the title
    return head_text[:1].islower() and prev in t.compound_before


def _after_title(ix: _Index, end: int, head: _Head, depth: int) -> tuple[int, _Head, int] | None:
    """The unit named after a title that took the head (``Trưởng phòng`` + ``GDĐT TP.Đông Hà``).

    The name must be capitalised and either end in a place or parent unit or open
    with a listed unit; the ORG is the name alone (the head belongs to the title).
    """
    text = ix.text
    nxt = _space_after(text, end)
    if nxt is None or not text[nxt].isupper() or head.complement != "name":
        return None
    comp = _complement(ix, nxt, head, depth)
    if comp is None:
        return None
    with_parents = _parents(ix, comp[0])
    if with_parents > comp[0] or (nxt in ix.units and comp[1]):
        return with_parents, _NAME_ONLY, nxt
    return None


def _head_org(ix: _Index, pos: int, depth: int = 0) -> tuple[int, _Head, int] | None:
    """An organisation opened by a head at ``pos``: (end, head, start of its name)."""
    text = ix.text
    for end, head in ix.heads.get(pos, []):
        head_text = text[pos:end]
        if head_text[:1].islower() and not head.lower:
            continue
        if _blocked_lower(ix, pos, head_text):
            return _after_title(ix, end, head, depth)
        nxt = _space_after(text, end)
        if head.force:
            if nxt is None:
                continue
            for e, _ in ix.forces.get(nxt, []):
                if text[nxt].isupper() or text[pos].isupper():
                    return _parents(ix, e), head, nxt
            for e, unit in ix.units.get(nxt, []):
                # "lực lượng Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ"
                if text[nxt].isupper() and fold(unit).startswith(("cảnh sát ", "an ninh ")):
                    return _parents(ix, e), head, nxt
            for e, row in ix.abbr.get(nxt, []):
                if not row.part_only:
                    return _parents(ix, e), head, nxt
            continue
        if head.complement == "parent":
            parent = _parent(ix, nxt) if nxt is not None else None
            if parent is not None:
                return _parents(ix, parent), head, nxt or end
            if head.standalone and text[pos].isupper():
                return end, head, end
            continue
        if head.complement == "place":
            if nxt is not None and (nxt in ix.admin_places or nxt in ix.places):
                return _parents(ix, ix.places.get(nxt) or ix.admin_places[nxt][0]), head, nxt
            if head.standalone or head_text.isupper():
                return end, head, end
            continue
        if nxt is None:
            continue
        ends: list[int] = []
        if head.or_place and nxt in ix.admin_places and ix.admin_places[nxt][1] in _POLICE_LEVELS:
            if text[pos].isupper():
                return _parents(ix, ix.admin_places[nxt][0]), head, nxt
        if head.name_only:
            if text[nxt].isupper():
                stop = name_end(text, nxt, max_words=3)
                if stop is not None:
                    return stop, head, nxt
            continue
        comp = _complement(ix, nxt, head, depth)
        if comp is not None:
            with_parents = _parents(ix, comp[0])
            # A short lower-case name ("Trung tâm y tế") is an organisation only with its place or
            # parent, or with a proper name after its field ("công ty cổ phần Hùng Vương").
            named = _CAPITAL_WORD.search(text, nxt, comp[0]) is not None
            if (comp[1] and (text[pos].isupper() or named or with_parents > comp[0])) or (
                text[pos].isupper() and with_parents > comp[0]
            ):
                ends.append(with_parents)
        if head.phrase and text[pos].isupper():
            purpose = _purpose(ix, nxt)
            if purpose is not None:
                ends.append(purpose)
        if ends:
            return max(ends), head, nxt
    return None


def _foreign_force(ix: _Index, pos: int) -> int | None:
    """``cảnh sát Hàn Quốc``, ``Tòa án Nhật Bản``: a state body named by its country."""
    text = ix.text
    for end, _ in ix.foreign_force.get(pos, []):
        nxt = _space_after(text, end)
        if nxt is None:
            return None
        m = _CAPITALISED.match(text, nxt)
        stop = m.end() if m else None
        while stop is not None and stop > nxt:
            entry = gazetteer().get(text[nxt:stop])
            if entry is not None and entry[1] == "foreign" and entry[0] != "Việt Nam":
                return stop
            space = text.rfind(" ", nxt, stop)
            stop = space if space != -1 else None
        return None
    return None


def _after_product_noun(text: str, pos: int) -> bool:
    """A noun of ``product_nouns`` (one or two words) ends right before ``pos``."""
    words = fold(text[max(0, pos - 16) : pos]).rstrip(" ").split(" ")
    nouns = _tables().product_nouns
    return words[-1] in nouns or " ".join(words[-2:]) in nouns


def _media_cue(ix: _Index, pos: int, end: int) -> bool:
    """A newspaper's name that is also a phrase, introduced as the paper ("Như Dân trí đã đưa tin")."""
    text = ix.text
    if text[end : end + 2].strip()[:1].isupper():
        return False
    before = text[max(0, pos - 12) : pos]
    for cue in _tables().media_cues:
        if before.endswith(cue + " "):
            k = len(before) - len(cue) - 1
            if k == 0 or not before[k - 1].isalnum():
                return True
    return False


def _standalone(ix: _Index, pos: int) -> int | None:
    text = ix.text
    for end, name in ix.fixed.get(pos, []):
        return _parents(ix, end)
    for end, name in ix.media.get(pos, []):
        if name not in _tables().media_head_only or _media_cue(ix, pos, end):
            return end
    for end, name in ix.foreign.get(pos, []):
        if _after_product_noun(text, pos):
            break  # "xe Toyota Yaris", "điện thoại Samsung": the make of a thing
        return end
    end = _foreign_force(ix, pos)
    if end is not None:
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


def _dash_parent(ix: _Index, start: int, end: int) -> int:
    """A unit and its police parent joined by a dash are one organisation.

    ``Phòng Cảnh sát giao thông - Công an tỉnh Quảng Ninh``, ``Cảnh sát 113- Công an
    tỉnh Khánh Hòa``; two police bodies in a row are not (``Công an tỉnh A - Công an tỉnh B``).
    """
    text = ix.text
    m = _DASH.match(text, end)
    if m is None or _POLICE.match(text, start) or not text[m.end() : m.end() + 1].isupper():
        return end
    parent = _police(ix, m.end(), as_parent=False)
    return _parents(ix, parent) if parent is not None else end


# "…, phòng, chống", " và phòng chống": a unit named with its remit.
_REMIT = regex.compile(r"(?:, | và | )[Pp]hòng,? chống ")


def _remit(ix: _Index, end: int) -> int:
    """``Lực lượng an ninh mạng, phòng, chống tội phạm sử dụng công nghệ cao``: the remit,
    ``phòng, chống`` + the name of an offence, belongs to the unit's name."""
    m = _REMIT.match(ix.text, end)
    if m is None:
        return end
    if ix.crimes is None:
        ix.crimes = {c.start: c.end for c in find_crimes(ix.text)}
    stop = ix.crimes.get(m.end())
    return _parents(ix, stop) if stop is not None else end


_WORD_AFTER = regex.compile(r" ([\p{L}\p{M}]+)")


def _officers(ix: _Index, start: int, end: int) -> bool:
    """A bare force that names officers, not the force (``2 CSGT bị thương``, ``vụ CSGT bị xe chèn``).

    A number or a person word before it (``người CSGT``), or a passive ``bị`` after it.
    The annotation guide keeps a force named without a unit an ORG (``CSGT``,
    ``lực lượng CSGT``) where it stands for the force.
    """
    text = ix.text
    span = text[start:end]
    row = abbreviation_table().get(span)
    is_force = (row is not None and row.label == "ORG" and fold(row.expansion).startswith("cảnh sát")) or (
        start in ix.units and fold(span).startswith("cảnh sát") and ix.units[start][0][0] == end
    )
    if not is_force:
        return False
    t = _tables()
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    prev = m.group(1) if m else ""
    if prev[:1].isdigit() or fold(prev) in t.officer_before:
        return True
    if fold(prev) in t.member_before:
        return False  # "Thượng úy CSGT bị …", "chiến sĩ CSGT bị …": the officer's force
    after = _WORD_AFTER.match(text, end)
    return after is not None and fold(after.group(1)) in t.officer_after


def _after_street(text: str, pos: int) -> bool:
    """A name right after ``đường``/``phố`` is a street ("đường Trường Chinh"), not an organisation."""
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1) in _tables().street_words


def _candidate(text: str, start: int, end: int, source: str, priority: int = PRIORITY) -> Candidate | None:
    span = text[start:end].rstrip(" ,.")
    end = start + len(span)
    if end <= start:
        return None
    exp = expand(span)
    return Candidate(start, end, "ORG", {"expansion": exp} if exp else None, source=source, priority=priority)


def _aliases(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Later mentions of a company's name without its head ("Công ty Coolcat" … "Coolcat")."""
    out: list[Candidate] = []
    for name in sorted(names):
        i = text.find(name)
        while i != -1:
            j = i + len(name)
            free = all(j <= s or e <= i for s, e in taken)
            if free and (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                cand = _candidate(text, i, j, "orgs.alias", PRIORITY - 5)
                if cand is not None:
                    out.append(cand)
            i = text.find(name, j)
    return out


def _found(text: str, places: Sequence[PlaceSpan], crimes: Sequence[Candidate] | None) -> list[Candidate]:
    """The ORG candidates of ``text``, given its places and (when known) its CRIME candidates."""
    ix = _Index(text, places, crimes)
    starts = sorted(set(ix.heads) | set(ix.fixed) | set(ix.media) | set(ix.abbr) | set(ix.codes) | set(ix.units)
                    | set(ix.foreign) | set(ix.foreign_force) | {m.start() for m in _POLICE.finditer(text)})
    out: list[Candidate] = []
    names: set[str] = set()
    for pos in starts:
        if pos > 0 and (text[pos - 1].isalnum()):
            continue
        if _after_street(text, pos) or pos in ix.inside_names:
            continue
        start = pos
        ends = []
        headed = _head_org(ix, pos)
        if headed is not None:
            end, head, name_start = headed
            if head.name_only:
                start = name_start
            if head.alias and name_start < end and text[name_start].isupper():
                name = text[name_start:end].rstrip(" ,.")
                if len(name) > 2 and name not in abbreviation_table():
                    names.add(name)
            ends.append(end)
        standalone = _standalone(ix, pos)
        if standalone is not None and (standalone > max(ends, default=0)):
            start, ends = pos, [standalone]
        if not ends:
            continue
        end = _dash_parent(ix, start, _remit(ix, max(ends)))
        if _officers(ix, start, end):
            continue
        cand = _candidate(text, start, end, "orgs")
        if cand is not None:
            out.append(cand)
    out.extend(_aliases(text, names, [(c.start, c.end) for c in out]))
    unique = {(c.start, c.end): c for c in reversed(out)}  # a name reached from its title and from itself
    return sorted(unique.values(), key=lambda c: (c.start, c.end))


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    places: Sequence[PlaceSpan] | None = None,
    crimes: Sequence[Candidate] | None = None,
) -> list[Candidate]:
    """ORG candidates in normalised ``text``.

    ``places`` and ``crimes`` are the :func:`place_spans` and CRIME candidates of
    the same text (the analysis passes them; found here when not given).

    >>> t = "Đại tá A, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An"
    >>> [t[c.start:c.end] for c in find(t)]
    ['Cảnh sát hình sự Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']
    >>> t = "Công ty Điện lực Sơn La cho biết, Điện lực Sơn La đã lắp công tơ mới."
    >>> [t[c.start:c.end] for c in find(t)]
    ['Công ty Điện lực Sơn La', 'Điện lực Sơn La']
    """
    return _found(text, place_spans(text) if places is None else places, crimes)
