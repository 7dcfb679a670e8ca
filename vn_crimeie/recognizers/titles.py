"""TITLE: posts and functions, from ``lang/vi/titles.yaml``, without the organisation.

A title stops where the organisation's name starts (docs/annotation-guide.md):
``Giám đốc`` + ORG ``Công an tỉnh Nghệ An``, ``Trưởng phòng`` + ORG
``Cảnh sát hình sự``, ``Trưởng`` + ORG ``BCĐ``.  ``Trưởng``, ``Phó trưởng``
and ``Phó`` alone are titles only before an organisation head or an
abbreviation, so ``trưởng thành`` and ``Phó`` alone are not matched.  Text
written without diacritics (``pho giam doc``) is matched too.

>>> text = "Đại tá Lê Nguyên Trường - Phó Giám đốc, Trưởng BCĐ CATP"
>>> [text[c.start:c.end] for c in find(text)]
['Phó Giám đốc', 'Trưởng']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import accumulate

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..intervals import IntervalSet
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data, strip_diacritics

__all__ = ["find", "title_table", "canonical_title", "starts_with_title", "TitleInfo"]

PRIORITY = PRIORITIES["titles"]
PRIORITY_ASCII = PRIORITIES["titles.ascii"]

# The words right after a position: up to two words, letters only.
_NEXT_WORDS = regex.compile(r"[ ]{1,3}(\p{L}+)(?:[ ](\p{L}+))?")
# An abbreviation that stands for an organisation: two or more capitals (BCĐ, CATP, UBND).
_ABBREVIATION = regex.compile(r"\p{Lu}{2,}[\p{Lu}\d]{0,8}(?![\p{Ll}])")
_PREV_WORD = regex.compile(r"(\p{L}+)[ ]{1,3}$")
_PREV_TWO_WORDS = regex.compile(r"(\p{L}+)(?:[ ](\p{L}+))?[ ]{1,3}$")


@dataclass(frozen=True)
class TitleInfo:
    """What the table knows about one spelling of a title."""

    canonical: str
    unit: bool = False
    cased: bool = False
    capitalised: bool = False


def _entries() -> list[dict]:
    data = load_data("titles.yaml")
    entries = data.get("titles")
    if not isinstance(entries, list) or not entries:
        raise LexiconError("titles.yaml: needs a non-empty 'titles' list")
    return entries


@cache
def title_table() -> dict[str, TitleInfo]:
    """Every spelling of a title (canonical, variants, generated deputies) → its info.

    >>> title_table()["Phó Giám đốc"].canonical
    'Phó Giám đốc'
    >>> title_table()["Trưởng phòng"].unit
    True
    >>> title_table()["Phó Giám đốc điều hành"].canonical
    'Phó Giám đốc điều hành'
    """
    table: dict[str, TitleInfo] = {}
    deputy_prefix = _deputy_prefix() + " "
    allowed = {"canonical", "variants", "deputy", "unit", "cased", "fields", "capitalised"}
    for i, entry in enumerate(_entries()):
        where = f"titles.yaml: titles[{i}] {entry!r}"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise LexiconError(f"{where}: needs a 'canonical' string")
        unknown = set(entry) - allowed
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        variants = entry.get("variants") or []
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise LexiconError(f"{where}: variants must be a list of strings")
        canonical = entry["canonical"]
        unit, cased, capitalised = bool(entry.get("unit")), bool(entry.get("cased")), bool(entry.get("capitalised"))
        forms = [(canonical, [canonical, *variants])]
        if entry.get("fields"):  # "Giám đốc điều hành", "Giám đốc sản phẩm"
            forms += [(f"{canonical} {f}", [f"{v} {f}" for v in forms[0][1]]) for f in _title_fields()]
        for name, spellings in forms:
            for spelling in spellings:
                table[spelling] = TitleInfo(name, unit, cased, capitalised)
                if entry.get("deputy"):
                    table[deputy_prefix + spelling] = TitleInfo(deputy_prefix + name, unit, cased, capitalised)
    return table


@cache
def _title_fields() -> tuple[str, ...]:
    """The fields in lower case that a title marked ``fields`` takes after it (``điều hành``), from ``titles.yaml``."""
    return tuple(load_data("titles.yaml").get("title_fields") or ())


@cache
def _deputy_prefix() -> str:
    """The word of a deputy post (``Phó``), from ``titles.yaml``."""
    return str(load_data("titles.yaml")["deputy_prefix"])


@cache
def _bare_heads() -> tuple[str, ...]:
    heads = load_data("titles.yaml").get("bare_heads") or []
    if not all(isinstance(h, str) and h.strip() for h in heads):
        raise LexiconError("titles.yaml: bare_heads must be non-empty strings")
    return tuple(heads)


@cache
def _org_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(capitalised heads, heads accepted in any case), as one- or two-word strings."""
    data = load_data("titles.yaml")
    cased = frozenset(data.get("org_heads") or [])
    any_case = frozenset(fold(h) for h in data.get("org_heads_any_case") or [])
    return cased, any_case


@cache
def _not_after() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("titles.yaml").get("not_after") or [])


@cache
def _not_before() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("titles.yaml").get("not_before") or [])


@cache
def _matchers() -> tuple[PhraseMatcher[TitleInfo], PhraseMatcher[TitleInfo], PhraseMatcher[str], PhraseMatcher[str]]:
    table = title_table()
    bare = {h: h for h in _bare_heads()}
    return (
        PhraseMatcher(table),
        PhraseMatcher(table, strip=True),
        PhraseMatcher(bare),
        PhraseMatcher(bare, strip=True),
    )


def canonical_title(span: str) -> str | None:
    """The canonical form of a title as written, or ``None`` when it is not one.

    >>> canonical_title("phó chủ tịch")
    'Phó Chủ tịch'
    """
    key = fold(span.strip())
    for spelling, info in title_table().items():
        if fold(spelling) == key:
            return info.canonical
    if key in {fold(h) for h in _bare_heads()}:
        return next(h for h in _bare_heads() if fold(h) == key)
    return None


def _opens_org(text: str, pos: int, *, head_capitalised: bool) -> bool:
    """True when an organisation name (head word or abbreviation) starts after ``pos``."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return False
    first = m.group(1)
    if _ABBREVIATION.match(text, m.start(1)):
        return True
    cased, any_case = _org_heads()
    candidates = [first]
    if m.group(2):
        candidates.append(first + " " + m.group(2))
    ascii_words = m.group(0).isascii()
    for words in candidates:
        if words in cased:
            return True
        if head_capitalised and fold(words) in any_case:
            return True
        if ascii_words and first[:1].isupper():
            stripped = {strip_diacritics(h) for h in cased}
            if words in stripped:
                return True
    return False


def _after_blocked_word(text: str, start: int) -> bool:
    """The title at ``start`` follows a word or two of ``not_after`` (``Ban Giám đốc``, ``Văn phòng Thủ tướng``)."""
    m = _PREV_TWO_WORDS.search(text, max(0, start - 30), start)
    if not m:
        return False
    last = fold(m.group(2) or m.group(1))
    return last in _not_after() or (m.group(2) is not None and fold(f"{m.group(1)} {m.group(2)}") in _not_after())


def _next_is_capitalised(text: str, end: int) -> bool:
    m = _NEXT_WORDS.match(text, end)
    return bool(m) and m.group(1)[:1].isupper()


def _full_titles(text: str) -> list[tuple[int, int, str]]:
    exact, stripped, _, _ = _matchers()
    out: list[tuple[int, int, str]] = []
    taken: set[tuple[int, int]] = set()
    passes = [(exact, PRIORITY, "titles"), (stripped, PRIORITY_ASCII, "titles.ascii")]
    for matcher, _priority, source in passes:
        for start, end, info in matcher.find(text):
            span = text[start:end]
            if source == "titles.ascii" and not span.isascii():
                continue
            if (start, end) in taken:
                continue
            if _after_blocked_word(text, start):
                continue
            following = _NEXT_WORDS.match(text, end)
            if following and fold(following.group(1)) in _not_before():
                continue
            if info.cased and span[:1].islower() and not _next_is_capitalised(text, end):
                continue
            if info.capitalised and not span[:1].isupper():
                continue  # "lực lượng thường trực": standing, not the post
            if info.unit and span[:1].islower() and _PREV_WORD.search(text, max(0, start - 20), start):
                continue  # "lớp trưởng Ban …": a compound with the word before
            if info.unit and not span.isupper():
                last_space = span.rfind(" ")
                unit_word = span[last_space + 1 :]
                if last_space > 0 and unit_word[:1].isupper():
                    end = start + last_space
            taken.add((start, end))
            out.append((start, end, source))
    return out


def _overlaps_any(spans: list[tuple[int, int, str]]) -> Callable[[int, int], bool]:
    """A test ``(start, end) -> bool``: does ``[start, end)`` overlap one of ``spans`` (in log time)."""
    ordered = sorted(spans)
    starts = [s for s, _e, _src in ordered]
    reach = list(accumulate((e for _s, e, _src in ordered), max))  # furthest end among the first k spans

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # spans that start before ``end``
        return k > 0 and reach[k - 1] > start

    return overlaps


def _bare_titles(text: str, full: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    _, _, exact, stripped = _matchers()
    in_full = _overlaps_any(full)
    taken: IntervalSet[str] = IntervalSet()
    for matcher, source in ((exact, "titles.bare"), (stripped, "titles.bare.ascii")):
        for start, end, _head in matcher.find(text):
            span = text[start:end]
            if source.endswith("ascii") and not span.isascii():
                continue
            if in_full(start, end) or taken.overlaps(start, end):
                continue
            capitalised = span[:1].isupper()
            if not capitalised:
                # Lower-case "trưởng" right after a word is a compound ("thị trưởng").
                if _PREV_WORD.search(text, max(0, start - 20), start):
                    continue
            if span.lower() == _deputy_prefix().lower() and not capitalised:
                continue
            if not _opens_org(text, end, head_capitalised=capitalised):
                continue
            taken.insert(start, end, source)
    return [(start, end, source) for start, end, source in taken]


def _found(text: str) -> tuple[tuple[int, int, str], ...]:
    """The TITLE spans of ``text`` (start, end, source) in order."""
    full = _full_titles(text)
    bare = _bare_titles(text, full)
    return tuple(sorted(full + bare, key=lambda f: f[0]))


def starts_with_title(text: str) -> bool:
    """Whether ``text`` begins with a post (a full title, or a bare head before an organisation).

    >>> starts_with_title("Trưởng Công an huyện Đak Đoa"), starts_with_title("Phó Đức Chính")
    (True, False)
    """
    return any(start == 0 for start, _, _ in _found(text))


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """TITLE candidates in normalised ``text``.

    >>> [c.source for c in find("Trưởng Công an huyện Kiến Xương cho biết")]
    ['titles.bare']
    >>> find("Các em đã trưởng thành")
    []
    """
    return [
        Candidate(s, e, "TITLE", None, source=src, priority=PRIORITY_ASCII if src.endswith("ascii") else PRIORITY)
        for s, e, src in _found(text)
        if not _counted(text, s)
    ]


def _counted(text: str, start: int) -> bool:
    """Whether a count stands right before ``start``: the post is what is counted (``4 giám đốc``, ``hai phó giám đốc``).

    >>> _counted("tuyên án 4 giám đốc", 11), _counted("ông A, giám đốc", 7)
    (True, False)
    """
    from ..numbers.vocabulary import vocabulary

    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and (m.group(1).isdigit() or fold(m.group(1)) in vocabulary().digits)


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\d]+)[ ]$")

