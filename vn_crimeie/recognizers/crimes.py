"""CRIME: names of offences and crime categories, from ``lang/vi/crimes.yaml``.

Offences of the Criminal Code (with their article), the press wordings for
crime categories (``tội phạm có tổ chức``, ``tín dụng đen``) and the CRIME
abbreviations of ``lang/vi/abbreviations.yaml`` (``TPCTC``).  The head noun
``tội`` before an offence stays outside the span (``tội`` [``Giết người``]),
while a category keeps its ``tội phạm`` (``tội phạm có tổ chức``).  A bare
verb of theft takes the things it targets (``trộm cắp chó, mèo``); an illicit
act after a cue (``hành vi``) takes its object (``vận chuyển trái phép hàng hóa
qua biên giới``); an offence that is also an adjective names none after a
scheme or a ring (``đường dây lừa đảo``, but ``vụ lừa đảo``).

>>> t = "Khởi tố bị can về tội Giết người và tội phạm có tổ chức (TPCTC)."
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('Giết người', {'offence': 'Giết người', 'article': 123}), ('tội phạm có tổ chức', None), ('TPCTC', {'expansion': 'tội phạm có tổ chức'})]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
import unicodedata
from typing import Any

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data
from .abbreviation_table import abbreviation_table, mentions

__all__ = ["find", "names_offence", "offence_table"]

PRIORITY = PRIORITIES["crimes"]
# A quoted offence: up to 20 words inside straight or curly quotes.
_QUOTED = regex.compile(r"[\"“]([^\"“”\n]{3,160})[\"”]")
# A capitalised offence name: one capitalised word, then lower-case words and commas.
_TITLED = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:,? [\p{Ll}][\p{L}\p{M}]*){0,24}")
_SPACE_WORD = regex.compile(r" ([\p{L}\p{M}]+)")
_MORE_WORDS = regex.compile(r",? [\p{Ll}]")
_LIST_SPLIT = regex.compile(r", (?=\p{Lu})")
# Lower-case words after "về tội" (at most 12) and what may end such an offence's name.
_LOWER_RUN = regex.compile(r"\p{Ll}[\p{L}\p{M}]*(?: \p{Ll}[\p{L}\p{M}]*){0,11}")
_CLOSES = regex.compile(r"[.,;:)”\"]|\n|$")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+) $")


@cache
def offence_table() -> dict[str, dict[str, Any] | None]:
    """Every wording of an offence or category → its value (offence and article) or None.

    >>> offence_table()["Trộm cắp tài sản"]
    {'offence': 'Trộm cắp tài sản', 'article': 173}
    """
    data = load_data("crimes.yaml")
    table: dict[str, dict[str, Any] | None] = {}
    for name in data.get("categories") or []:
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(f"crimes.yaml: categories entry {name!r} must be a non-empty string")
        table[name] = None
    for i, entry in enumerate(data.get("offences") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise LexiconError(f"crimes.yaml: offences[{i}] {entry!r} needs a 'name' string")
        article = entry.get("article")
        if article is not None and (not isinstance(article, int) or not 100 <= article <= 430):
            raise LexiconError(f"crimes.yaml: offences[{i}] article {article!r} is not an article of the Code")
        value: dict[str, Any] = {"offence": entry["name"]}
        if article is not None:
            value["article"] = article
        for spelling in [entry["name"], *(entry.get("variants") or [])]:
            table[spelling] = value
    return table


@dataclass(frozen=True)
class _Rules:
    verbs: PhraseMatcher[str]
    cues: PhraseMatcher[str]
    cue_spellings: frozenset[str]
    objects: tuple[str, ...]
    weak: frozenset[str]
    stop: frozenset[str]
    cue_not_after: frozenset[str]
    not_object: frozenset[str]
    alone: frozenset[str]
    not_after: tuple[str, ...]
    cue_only: frozenset[str]
    cue_only_after: tuple[str, ...]
    stop_before_name: frozenset[str]
    trailing: tuple[str, ...]
    lower_after: frozenset[str]
    lower_stop: frozenset[str]
    lower_not_first: frozenset[str]
    category_heads: tuple[str, ...]
    #: a coordinated verb and its joiner (``sản xuất,``, ``mua bán và``), folded, longest first
    coordinated: tuple[str, ...]
    organising_heads: tuple[str, ...]
    organising_not_after: tuple[str, ...]
    organising_not_before: tuple[str, ...]
    adjective_offences: frozenset[str]
    scheme_nouns: tuple[str, ...]
    object_offences: frozenset[str]
    target_objects: tuple[str, ...]
    #: words between an illicit verb and its marker "trái phép" (at most four, no punctuation), then the marker
    object: regex.Pattern[str]


@cache
def _rules() -> _Rules:
    data = load_data("crimes.yaml")
    verbs = data.get("illicit_verbs") or []
    cues = data.get("offence_cues") or []
    for name, values in (("illicit_verbs", verbs), ("offence_cues", cues)):
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise LexiconError(f"crimes.yaml: {name} must be a list of non-empty strings")
    objects = tuple(sorted((fold(o) for o in data.get("illicit_objects") or []), key=len, reverse=True))
    return _Rules(
        PhraseMatcher({v: v for v in verbs}),
        PhraseMatcher({c: c for c in cues}),
        frozenset(cues),
        objects,
        frozenset(data.get("illicit_weak") or []),
        frozenset(data.get("offence_stop") or []),
        frozenset(data.get("cue_not_after") or []),
        frozenset(data.get("illicit_not_object") or []),
        frozenset(data.get("illicit_alone") or []),
        _phrases(data, "perpetrator_nouns", "adjective_after", "purpose_before", "unit_words_before", "goods_nouns"),
        frozenset(fold(w) for w in data.get("cue_only") or []),
        _phrases(data, "cue_only_after"),
        frozenset(data.get("stop_before_name") or []),
        _phrases(data, "trailing_not_offence"),
        frozenset(fold(w) for w in data.get("lower_after") or []),
        frozenset(data.get("lower_stop") or []),
        frozenset(data.get("lower_not_first") or []),
        _phrases(data, "category_heads"),
        tuple(sorted((v + j for v in _phrases(data, "coordinated_verbs") for j in (",", " và")), key=len, reverse=True)),
        _phrases(data, "organising_heads"),
        _phrases(data, "organising_not_after"),
        _phrases(data, "organising_not_before"),
        frozenset(_phrases(data, "adjective_offences")),
        _phrases(data, "scheme_nouns"),
        frozenset(_phrases(data, "object_offences")),
        _phrases(data, "target_objects"),
        regex.compile(
            r"(?: [\p{Ll}][\p{L}\p{M}]*){0,4}? (?P<marker>" + regex.escape(data["illicit_marker"], literal_spaces=True)
            + r")(?![\p{L}\p{M}\p{N}])"
        ),
    )


def _phrases(data: dict[str, Any], *keys: str) -> tuple[str, ...]:
    """The folded phrases of the ``keys`` lists of ``crimes.yaml``, longest first."""
    out: set[str] = set()
    for key in keys:
        values = data.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise LexiconError(f"crimes.yaml: {key} must be a list of non-empty strings")
        out.update(fold(v.strip()) for v in values)
    return tuple(sorted(out, key=len, reverse=True))


def _phrase_before(text: str, start: int, phrases: tuple[str, ...]) -> int | None:
    """Where the first of ``phrases`` that ends right before ``start`` begins (one space between,
    word boundary before), or None."""
    if start < 2 or text[start - 1] != " ":
        return None
    for phrase in phrases:
        pos = start - 1 - len(phrase)
        if pos >= 0 and fold(text[pos : start - 1]) == phrase and (pos == 0 or not _word_char(text[pos - 1])):
            return pos
    return None


def _after_phrase(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    """True when one of ``phrases`` ends right before ``start`` (one space between, word boundary before)."""
    return _phrase_before(text, start, phrases) is not None


def _category_start(text: str, start: int) -> int:
    """Start of an offence with the category head before it: ``tội phạm`` [``lừa đảo chiếm đoạt tài sản``].

    >>> t = "đấu tranh với tội phạm lừa đảo chiếm đoạt tài sản"
    >>> t[_category_start(t, 23):]
    'tội phạm lừa đảo chiếm đoạt tài sản'
    """
    head = _phrase_before(text, start, _rules().category_heads)
    return start if head is None else head


def _coordinated_start(text: str, start: int) -> int:
    """Start of an offence with the offence verbs coordinated before it and an organising head.

    >>> t = "triệt phá đường dây sản xuất, buôn bán ma túy; 41 vụ tổ chức môi giới mại dâm"
    >>> t[_coordinated_start(t, 30):t.index(";")], t[_coordinated_start(t, 61):]
    ('sản xuất, buôn bán ma túy', 'tổ chức môi giới mại dâm')
    >>> t = "các tổ chức lừa đảo"
    >>> _coordinated_start(t, 12)
    12
    """
    rules = _rules()
    offence = fold(text[start : start + 20])
    organised = not any(offence.startswith(w) for w in rules.organising_not_before)  # "tổ chức khủng bố": the body
    for _ in range(3):
        head = _phrase_before(text, start, rules.organising_heads) if organised else None
        if head is not None and not _after_phrase(text, head, rules.organising_not_after):
            start = head
            continue
        verb = _phrase_before(text, start, rules.coordinated)
        if verb is None:
            break
        start = verb
    return start


def _comma_continuation(text: str, start: int, end: int, matcher: PhraseMatcher[Any]) -> int:
    """End of an offence written with a comma inside its name: ``lừa đảo, chiếm đoạt tài sản`` (the table's
    ``lừa đảo chiếm đoạt tài sản``).

    >>> t = "nảy sinh ý định lừa đảo, chiếm đoạt tài sản của người khác"
    >>> t[16:_comma_continuation(t, 16, 23, _matcher()[0])]
    'lừa đảo, chiếm đoạt tài sản'
    """
    if text[end : end + 2] != ", ":
        return end
    head, tail = text[start:end], text[end + 2 : end + 2 + 80]
    found = [e for s, e, _ in matcher.find(head + " " + tail) if s == 0 and e > len(head) + 1]
    if not found:
        return end
    whole = end + 1 + max(found) - len(head)
    if any(s == 0 and end + 2 + e == whole for s, e, _ in matcher.find(tail)):
        return end  # "giết người, cướp tài sản": two offences of the table, listed
    return whole


def _word_char(ch: str) -> bool:
    return ch.isalnum() or unicode_mark(ch)


def unicode_mark(ch: str) -> bool:
    """True for a combining mark (part of a word)."""
    return unicodedata.category(ch).startswith("M")


def names_offence(text: str, start: int, end: int) -> bool:
    """False when the match at ``text[start:end]`` names people or things, not an offence.

    Perpetrator nouns (``kẻ lừa đảo``), adjective uses (``tin nhắn lừa đảo``) and
    purpose clauses (``để cướp tài sản``) are not offences; an offence that is
    also a word for a person (``gián điệp``) needs a cue such as ``tội``.

    >>> t = "kẻ lừa đảo gửi tin nhắn lừa đảo để lừa đảo người dân; vụ lừa đảo của đường dây lừa đảo"
    >>> [names_offence(t, m.start(), m.end()) for m in regex.finditer("lừa đảo", t)]
    [False, False, False, True, False]
    """
    rules = _rules()
    if _after_phrase(text, start, rules.not_after):
        return False
    if fold(text[start:end]) in rules.adjective_offences and _after_phrase(text, start, rules.scheme_nouns):
        return False  # "đường dây lừa đảo": a ring, "chiêu thức lừa đảo": a trick
    if fold(text[start:end]) in rules.cue_only:
        return _after_phrase(text, start, rules.cue_only_after)
    return True


def _trim(text: str, start: int, end: int) -> int:
    """End of an offence named after a cue, without trailing words that are not part of it."""
    rules = _rules()
    changed = True
    while changed:
        changed = False
        folded = fold(text[start:end])
        for phrase in rules.trailing:
            if folded.endswith(" " + phrase):
                end -= len(phrase) + 1
                changed = True
                break
        last = text[start:end].rsplit(" ", 1)
        if len(last) == 2 and last[1] in rules.stop_before_name:
            end -= len(last[1]) + 1
            changed = True
        while end > start and text[end - 1] in ", ":
            end -= 1  # "X, cho hưởng án treo" without its terms: the comma goes too
    return end


def _with_objects(text: str, start: int, end: int) -> int:
    """End of an offence of theft at ``text[start:end]`` with the things it targets after it.

    >>> t = "nạn trộm cắp chó, mèo mới giảm"
    >>> t[4:_with_objects(t, 4, 12)]
    'trộm cắp chó, mèo'
    """
    rules = _rules()
    folded = fold(text[start:end])
    pos = end
    if folded in rules.object_offences:
        pos = _object_end(text, pos, (" ",))
        if pos is None:
            return end
    elif not any(folded.endswith(" " + o) for o in rules.target_objects):
        return end
    while (more := _object_end(text, pos, (", ", " và ", " hoặc "))) is not None:
        pos = more
    return pos


def _object_end(text: str, pos: int, joiners: tuple[str, ...]) -> int | None:
    """End of one thing of ``target_objects`` after one of ``joiners`` at ``pos``, or None; in lower case
    as listed (``vụ cướp Xe vừa chạy``: a capital starts another sentence)."""
    for joiner in joiners:
        if text.startswith(joiner, pos):
            at = pos + len(joiner)
            for thing in _rules().target_objects:
                end = at + len(thing)
                if text.startswith(thing, at) and not _word_char(text[end : end + 1] or " "):
                    return end
    return None


def _illicit(text: str) -> list[tuple[int, int]]:
    """``nhập cảnh trái phép``, ``khai thác cát trái phép``: an illicit verb + object + ``trái phép``;
    after a cue (``hành vi``), ``vận chuyển trái phép`` + its object in lower case."""
    rules = _rules()
    out: list[tuple[int, int]] = []
    for start, end, verb in rules.verbs.find(text):
        m = rules.object.match(text, end)
        if m is None:
            continue
        obj = fold(text[end : m.start("marker") - 1]).strip()
        words = obj.split()
        if not words and verb not in rules.alone:
            # "vận chuyển trái phép" + what follows: the Code's wording, or a clause; after a cue, its object
            found = _lower_offence(text, m.end() + 1) if _after_phrase(text, start, rules.cue_only_after) else None
            if found is not None:
                out.append((start, found[1]))
            continue
        if any(w in rules.not_object for w in words):
            continue
        if verb in rules.weak and not any(obj.startswith(o) for o in rules.objects):
            continue
        out.append((start, m.end()))
    return out


def _after_cue(text: str) -> list[tuple[int, int]]:
    """The offence after ``tội``/``tội danh``, in quotes or capitalised as the Code writes it."""
    rules = _rules()
    out: list[tuple[int, int]] = []
    for start, end, _ in rules.cues.find(text):
        if text[start:end] not in rules.cue_spellings or text[end : end + 1] != " ":
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and fold(before.group(1)) in rules.cue_not_after:
            continue
        pos = end + 1
        quoted = _QUOTED.match(text, pos)
        if quoted is not None:
            inner = quoted.group(1)
            if inner[:1].isupper() and inner.count(" ") < 20 and not any(p in inner for p in "!?."):
                # "Giết người, Cướp tài sản": a list of offences in one pair of quotes
                start_of = quoted.start(1)
                for part in _LIST_SPLIT.split(inner):
                    name = part.rstrip(" ,;")
                    if name:
                        out.append((start_of, start_of + len(name)))
                    start_of += len(part) + 2
            continue
        m = _TITLED.match(text, pos)
        if m is None and before is not None and fold(before.group(1)) in rules.lower_after:
            found = _lower_offence(text, pos)
            if found is not None:
                out.append(found)
            continue
        if m is None or m.group().isupper():
            continue
        stop_at = m.end()
        for w in _SPACE_WORD.finditer(text, pos, m.end()):
            if w.group(1) in rules.stop:
                stop_at = w.start()
                break
        else:
            if _MORE_WORDS.match(text, stop_at):
                continue  # ran over 25 words: a sentence, not an offence's name
        stop_at = _trim(text, pos, stop_at)
        if text.count(" ", pos, stop_at) >= 1:  # one capitalised word alone is a name, not an offence
            out.append((pos, stop_at))
    return out


def _lower_offence(text: str, pos: int) -> tuple[int, int] | None:
    """A lower-case offence after ``về tội``/``vì tội``: the words up to a stop word or a
    punctuation mark, two words at least (``về tội không tố giác tội phạm trong vụ án``)."""
    rules = _rules()
    m = _LOWER_RUN.match(text, pos)
    if m is None:
        return None
    first = m.group().split(" ", 1)[0]
    if first in rules.stop or first in rules.lower_stop or first in rules.lower_not_first:
        return None
    stop_at = None
    for w in _SPACE_WORD.finditer(text, pos, m.end()):
        if w.group(1) in rules.stop or w.group(1) in rules.lower_stop:
            stop_at = w.start()
            break
    if stop_at is None:
        if not _CLOSES.match(text, m.end()):
            return None  # ran on without an end: a clause, not the name of an offence
        stop_at = m.end()
    stop_at = _trim(text, pos, stop_at)
    if text.count(" ", pos, stop_at) < 1:
        return None
    return pos, stop_at


@cache
def _matcher() -> tuple[PhraseMatcher[dict[str, Any] | None], tuple[str, ...]]:
    stop = tuple(fold(w) for w in load_data("crimes.yaml").get("not_before") or [])
    return PhraseMatcher(offence_table()), stop


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """CRIME candidates in normalised ``text``.

    >>> [c.value for c in find("bị bắt về hành vi Lừa đảo chiếm đoạt tài sản")]
    [{'offence': 'Lừa đảo chiếm đoạt tài sản', 'article': 174}]
    >>> t = "bị khởi tố với tội danh mua bán trái phép hóa đơn giá trị gia tăng."
    >>> [(t[c.start:c.end], c.value["article"]) for c in find(t) if c.source == "crimes.rule"]
    [('mua bán trái phép hóa đơn giá trị gia tăng', 203)]
    """
    matcher, stop = _matcher()
    out: list[Candidate] = []
    for start, end, value in matcher.find(text):
        rest = fold(text[end : end + 20]).lstrip(" ")
        if any(rest.startswith(s) for s in stop) or not names_offence(text, start, end):
            continue
        end = _with_objects(text, start, _comma_continuation(text, start, end, matcher))
        start = _coordinated_start(text, _category_start(text, start))
        out.append(Candidate(start, end, "CRIME", dict(value) if value else None, source="crimes", priority=PRIORITY))
    taken = [(c.start, c.end) for c in out]
    for start, end in _after_cue(text) + _illicit(text):
        if any(s <= start and end <= e for s, e in taken) or not names_offence(text, start, end):
            continue
        value = _value_of(text[start:end], matcher)
        out.append(Candidate(_category_start(text, start), end, "CRIME", value, source="crimes.rule", priority=PRIORITIES["crimes.rule"]))
        taken.append((start, end))
    table = abbreviation_table()
    out.extend(
        Candidate(s, e, "CRIME", {"expansion": table[text[s:e]].expansion}, source="crimes.abbr", priority=PRIORITY)
        for s, e in mentions(text, "CRIME")
    )
    return sorted(out, key=lambda c: (c.start, c.end))


def _value_of(name: str, matcher: PhraseMatcher[dict[str, Any] | None]) -> dict[str, Any] | None:
    """The value of the offence of the table that ``name`` is or begins with (``mua bán trái phép
    hóa đơn giá trị gia tăng`` → article 203), or None."""
    value = offence_table().get(name) or offence_table().get(name[:1].upper() + name[1:])
    if value is None:
        first = matcher.find(name)[:1]
        value = first[0][2] if first and first[0][0] == 0 else None
    return dict(value) if value else None
