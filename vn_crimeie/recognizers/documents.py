"""DOCUMENT: references to legal and administrative documents and articles of law.

``Kế hoạch số 131/KH-BCA-CSHS`` → ``{"kind": "Kế hoạch", "number": "131", "code": "KH-BCA-CSHS"}``;
``Chỉ thị số 25-CT/TW`` → number ``25``, code ``CT/TW``; ``Điều 174 Bộ luật Hình sự``
and ``khoản 2 Điều 249 BLHS`` → kind ``Điều`` with the clause and the law; the
law may be any law named by its title (``Điều 213 Luật Sở hữu trí tuệ năm
2005``, ``luật Tổ chức TAND``) or a numbered document (``Điều 5 Nghị định
100/2019/NĐ-CP``).  A document kind needs a number (``kế hoạch`` alone is not a
document), except a law named by its title (``Luật Cư trú``), a draft
(``dự thảo Luật cảnh vệ``, ``Dự thảo Luật``), a procedural document named by its
title with a capital (``Lệnh bắt bị can để tạm giam``, ``Công điện khẩn``) and a
plan named by its title and period (``Đề án phát triển du lịch giai đoạn
2021-2025``).  A title may stand between a kind and its number (``Quyết định
khởi tố bị can số 83``).  A lower-case ``điều`` and a number that counts a noun
is the verb "dispatch" (``đã điều 2 xe chuyên dụng``), not an article.
The words are in ``lang/vi/documents.yaml``.  A reference that holds its year
or period outranks the DATE inside it.

>>> t = "thực hiện Kế hoạch số 131/KH-BCA-CSHS ngày 30/3/2021"
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('Kế hoạch số 131/KH-BCA-CSHS', {'kind': 'Kế hoạch', 'number': '131', 'code': 'KH-BCA-CSHS'})]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import regex

from ..candidates import Candidate
from ..lexicon import load_data, string_list
from ..numbers.measures import MeasureFinder
from ..priorities import PRIORITIES

__all__ = ["find"]

PRIORITY = PRIORITIES["documents"]
#: a reference that holds its year or period ("… năm 2005", "giai đoạn 2021-2025") holds against that DATE
DATED_PRIORITY = PRIORITIES["documents.dated"]
_FILE = "documents.yaml"
_CODE = r"(?:(?P<sep>[/-])(?P<code>[\p{Lu}\p{N}][\p{L}\p{N}&]*(?:[/.-][\p{L}\p{N}&]+){0,6}))?"
_END = r"(?![\p{L}\p{M}\p{N}])"
#: between an article and its law: a space, a comma or a dash ("Điều 4, Luật …", "Điều 267 – BLHS")
_TO_LAW = regex.compile(r"(?:,| [-–])? ")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_NEXT = regex.compile(r"(,?) (\p{Ll}[\p{L}\p{M}]*)")
#: a capitalised word or abbreviation of a body's name in a law's title ("Tổ chức Quốc hội", "Tổ chức TAND")
_NEXT_NAME = regex.compile(r" \p{Lu}[\p{L}\p{M}]*")


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w, literal_spaces=True) for w in sorted(words, key=len, reverse=True))


def _either_case(word: str) -> str:
    """``word`` with its first letter in either case, as a regex: ``[Đđ]iểm``."""
    return f"[{word[0].upper()}{word[0].lower()}]" + regex.escape(word[1:], literal_spaces=True)


@dataclass(frozen=True)
class _Rules:
    numbered: regex.Pattern[str]  # kind [title] [số] NUMBER[/CODE]
    article: regex.Pattern[str]  # [điểm a] [khoản 2] Điều 249 [của ]
    known_law: regex.Pattern[str]  # a law of the list, at a position
    law_head: regex.Pattern[str]  # a law head and the first word of its title
    amendment: regex.Pattern[str]  # "sửa đổi, bổ sung một số điều của " after a head
    law_tail: regex.Pattern[str]  # [năm] YYYY | số NUMBER/CODE after a law
    amended: regex.Pattern[str]  # " (sửa đổi)" after a law's title
    titled: regex.Pattern[str]  # a procedural document's title
    plan: regex.Pattern[str]  # a plan kind and its title up to its period, or a quoted title
    stop: regex.Pattern[str]  # a word that ends a law's title
    draft: regex.Pattern[str]  # "dự thảo" and the kind of the draft
    field: regex.Pattern[str]  # what a law's title in lower case opens with ("phòng chống", "chống")
    body_words: tuple[str, ...]
    comma_words: frozenset[str]
    not_after: regex.Pattern[str]
    title_stop: frozenset[str]
    law_words: int
    canonical: dict[str, str]
    article_kind: str


@cache
def _rules() -> _Rules:
    data = load_data(_FILE)
    kinds = string_list(data, "kinds", _FILE)
    words = data["citation_words"]
    markers = "|".join(_either_case(w) for w in sorted(data["number_markers"], key=len, reverse=True))
    title = rf"(?P<title>(?: \p{{Ll}}[\p{{L}}\p{{M}}]*){{0,{int(data['title_words'])}}}?)"
    return _Rules(
        numbered=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<kind>(?i:{_alternation(kinds)})){title}(?: (?P<so>{markers}))? (?P<number>\d{{1,6}}){_CODE}{_END}"
        ),
        article=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?P<point>{_either_case(words['point'])} \p{{Ll}}),? )?"
            rf"(?:(?P<clause>{_either_case(words['clause'])} \d{{1,2}}),? )?"
            rf"(?P<kind>{_either_case(words['article'])}) (?P<number>\d{{1,3}}[a-z]?){_END}(?P<of> {regex.escape(words['of'])})?"
        ),
        known_law=regex.compile(rf"(?=\p{{Lu}}|(?:bộ )?[lL]uật \p{{Lu}})(?P<law>(?i:{_alternation(string_list(data, 'laws', _FILE))})){_END}"),
        law_head=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?P<weak>{_alternation(string_list(data, 'weak_law_heads', _FILE))})"
            rf"|{_alternation(string_list(data, 'law_heads', _FILE))}) (?P<first>\p{{L}}[\p{{L}}\p{{M}}]*){_END}"
        ),
        amendment=regex.compile(rf"(?i:{_alternation(string_list(data, 'amendment_words', _FILE))}) "),
        amended=regex.compile(rf" (?i:{_alternation(string_list(data, 'amended_marks', _FILE))})"),
        law_tail=regex.compile(
            rf" (?:(?:{regex.escape(words['year'])} )?(?P<year>\d{{4}})|(?P<so>{markers}) (?P<number>\d{{1,6}}){_CODE}){_END}"
        ),
        titled=regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alternation(string_list(data, 'titles', _FILE))}){_END}"),
        plan=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?P<kind>{_alternation(string_list(data, 'plan_kinds', _FILE))})"
            rf"(?P<title> [\p{{L}}][\p{{L}}\p{{M}}]*(?: \p{{Ll}}[\p{{L}}\p{{M}}]*){{0,14}}?) "
            rf"(?:{_alternation(string_list(data, 'period_words', _FILE))}) \d{{4}}(?: ?[-–] ?\d{{4}})?{_END}"
            rf"|(?P<kind>{_alternation(string_list(data, 'quoted_kinds', _FILE))}) [\"“]\p{{Lu}}[^\"“”\n]{{2,150}}[\"”])"
        ),
        stop=regex.compile(rf"(?:{_alternation(string_list(data, 'law_name_stop', _FILE))}){_END}"),
        draft=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{'|'.join(_either_case(w) for w in string_list(data, 'draft_words', _FILE))}) "
            rf"(?P<kind>{_alternation(string_list(data, 'draft_kinds', _FILE))}){_END}"
        ),
        field=regex.compile(rf"(?i:{_alternation(string_list(data, 'law_field_openers', _FILE))}) (?=\p{{L}})"),
        body_words=tuple(string_list(data, "law_body_words", _FILE)),
        comma_words=frozenset(string_list(data, "law_comma_words", _FILE)),
        not_after=regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alternation(string_list(data, 'law_not_after', _FILE))}) $"),
        title_stop=frozenset(string_list(data, "title_stop", _FILE)),
        law_words=int(data["law_name_words"]),
        canonical={k.lower(): k for k in kinds},
        article_kind=words["article"],
    )


def _law_title_end(text: str, pos: int, rules: _Rules) -> int | None:
    """End of a law named at ``pos``: one of the list, an amendment of a law, or a head and its
    title (``Luật Sở hữu trí tuệ``); a one-word title needs a year or a number after it, and so does
    the title after a weak head (``luật``, ``Đạo luật``) unless it holds a body's name (``luật Tổ chức TAND``)."""
    if text[pos : pos + 1].islower() and rules.not_after.search(text, max(0, pos - 20), pos):
        return None  # "pháp luật Đất đai", "văn phòng luật Minh Khuê"
    known = rules.known_law.match(text, pos)
    if known is not None:
        return known.end()
    head = rules.law_head.match(text, pos)
    if head is None or rules.not_after.search(text, max(0, pos - 20), pos):
        return None
    amended = rules.amendment.match(text, head.start("first"))
    if amended is not None:
        return _law_title_end(text, amended.end(), rules)
    end = head.end()
    field = rules.field.match(text, head.start("first"))
    if field is not None:  # "luật phòng chống khủng bố", "Luật chống khủng bố": a title in lower case by its field
        last = _title_end(text, field.end() - 1, text.count(" ", pos, field.end()), rules)
        return last if last > field.end() else None
    if not head.group("first")[:1].isupper():
        return None
    if head.group("first").isupper():  # "Luật BHYT": an abbreviated title goes no further
        end = -1 if text[end : end + 1] == "." and _word_char(text[end + 1 : end + 2]) else end  # "Luật TP.HCM"
    else:
        end = _title_end(text, end, text.count(" ", pos, end), rules)
    dated = end > 0 and rules.law_tail.match(text, end) is not None
    if end < 0 or (end == head.end() and not head.group("first").isupper() and not dated):
        return None  # "Luật Dân …", "Luật Hà …": one word is no title
    if head.group("weak") and not dated and not any(f" {w} " in text[pos:end] for w in rules.body_words):
        return None  # "luật Hồi giáo", "Đạo luật Alicia cung cấp …": a weak head needs more
    return end


def _title_end(text: str, end: int, words: int, rules: _Rules) -> int:
    """End of a title that goes on at ``end`` with ``words`` words so far: lower-case words up to a stop
    word, a punctuation mark or ``law_name_words`` words, and a body's capitalised name after a body word
    (``Tổ chức`` [``Quốc hội``])."""
    naming = False
    while words < rules.law_words:
        naming = naming or any(text.endswith(" " + w, 0, end) for w in rules.body_words)
        name = _NEXT_NAME.match(text, end) if naming else None
        if name is not None:
            end, words = name.end(), words + 1
            continue
        m = _NEXT.match(text, end)
        if m is None or rules.stop.match(text, m.start(2)) or (m.group(1) and not _comma_word(text, m.start(2), rules)):
            break
        end, words, naming = m.end(), words + 1, False
    return end


def _comma_word(text: str, pos: int, rules: _Rules) -> bool:
    """Whether a word of ``law_comma_words`` goes on a law's title at ``pos``, after a comma."""
    return any(text.startswith(w, pos) and not _word_char(text[pos + len(w) : pos + len(w) + 1]) for w in rules.comma_words)


def _word_char(ch: str) -> bool:
    return bool(ch) and _WORD_CHAR.match(ch) is not None


def _law_at(text: str, pos: int, rules: _Rules) -> tuple[int, dict[str, str]] | None:
    """A law named at ``pos`` with its year or number: (end, value parts)."""
    end = _law_title_end(text, pos, rules)
    if end is None:
        return None
    amended = rules.amended.match(text, end)
    end = amended.end() if amended else end  # "Luật Đường sắt (sửa đổi)"
    parts = {"law": text[pos:end]}
    tail = rules.law_tail.match(text, end)
    if tail is not None:
        parts.update({k: v for k, v in tail.groupdict().items() if v and k in ("year", "number", "code")})
        end = tail.end()
    return end, parts


def _numbered_at(text: str, pos: int, rules: _Rules) -> regex.Match[str] | None:
    """A numbered document that starts at ``pos`` (``Nghị định 100/2019/NĐ-CP``), title words allowed."""
    m = rules.numbered.match(text, pos)
    return m if m is not None and _numbered_ok(m, rules) else None


def _numbered_ok(m: regex.Match[str], rules: _Rules) -> bool:
    """A lower-case kind needs ``số`` or a code; a title needs ``số`` and no clause word."""
    title = m.group("title").split()
    if title and (not m.group("so") or any(w in rules.title_stop for w in title)):
        return False
    return not (m.group("kind")[:1].islower() and not m.group("so") and not m.group("code"))


def _numbered_value(m: regex.Match[str], rules: _Rules) -> dict[str, Any]:
    kind = rules.canonical.get(m.group("kind").lower(), m.group("kind")) + m.group("title")
    value = {"kind": kind, "number": m.group("number")}
    if m.group("code"):
        value["code"] = m.group("code")
    return value


def _articles(text: str, rules: _Rules) -> list[Candidate]:
    """``[điểm a] [khoản 2] Điều 249 [của] <law or numbered document> [năm 2015]``."""
    out: list[Candidate] = []
    measures: MeasureFinder | None = None
    for m in rules.article.finditer(text):
        value: dict[str, Any] = {"kind": rules.article_kind, "number": m.group("number")}
        for part in ("clause", "point"):
            if m.group(part):
                value[part] = m.group(part).split(" ")[1]
        end = m.end("number")
        gap = _TO_LAW.match(text, m.end())
        target = gap.end() if gap is not None else -1
        law = _law_at(text, target, rules) if target > 0 else None
        numbered = _numbered_at(text, target, rules) if target > 0 and law is None else None
        if law is not None:
            end = law[0]
            value.update(law[1])
        elif numbered is not None:
            end = numbered.end()
            value["law"] = numbered.group()
        elif m.group("kind").islower() and not m.group("clause") and not m.group("point"):
            measures = measures or MeasureFinder(text)
            if measures.at(m.end("number")) is not None:
                continue  # "đã điều 2 xe chuyên dụng": the verb "dispatch" and what it sends
        priority = DATED_PRIORITY if "year" in value else PRIORITY
        out.append(Candidate(m.start(), end, "DOCUMENT", value, source="documents.article", priority=priority))
    return out


def _named(text: str, rules: _Rules, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Laws, procedural documents and plans named by their title, outside ``taken`` spans."""
    out = _drafts(text, rules)
    starts = sorted({m.start() for m in rules.law_head.finditer(text)} | {m.start() for m in rules.known_law.finditer(text) if " " in m.group()})
    for start in starts:  # "BLHS" alone is a TERM; "Hiến pháp năm 2013", "Luật Cư trú" are laws
        found = _law_at(text, start, rules) if not any(c.start <= start < c.end for c in out) else None
        if found is not None:
            value = {"kind": found[1].pop("law"), **found[1]}
            priority = DATED_PRIORITY if "year" in value else PRIORITIES["documents.law"]
            out.append(Candidate(start, found[0], "DOCUMENT", value, source="documents.law", priority=priority))
    for m in rules.titled.finditer(text):
        out.append(Candidate(m.start(), m.end(), "DOCUMENT", {"kind": m.group()}, source="documents.title", priority=PRIORITY))
    for m in rules.plan.finditer(text):
        title = (m.group("title") or "").split()
        if any(w in rules.title_stop for w in title) or rules.not_after.search(text, max(0, m.start() - 20), m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), "DOCUMENT", {"kind": m.group("kind")}, source="documents.plan", priority=DATED_PRIORITY))
    return [c for c in out if not any(s <= c.start < e for s, e in taken)]


def _drafts(text: str, rules: _Rules) -> list[Candidate]:
    """Drafts (``dự thảo Luật cảnh vệ``, ``Dự thảo Luật``): the kind with its law, number or lower-case title.

    >>> t = "thảo luận dự thảo Luật cảnh vệ chiều 6/6; Dự thảo Luật là phù hợp"
    >>> [(t[c.start:c.end], c.value) for c in _drafts(t, _rules())]
    [('dự thảo Luật cảnh vệ', {'kind': 'Luật cảnh vệ'}), ('Dự thảo Luật', {'kind': 'Luật'})]
    """
    out: list[Candidate] = []
    for m in rules.draft.finditer(text):
        value: dict[str, str] = {}
        law = _law_at(text, m.start("kind"), rules)
        numbered = _numbered_at(text, m.start("kind"), rules) if law is None else None
        if law is not None:
            end, value = law[0], {"kind": law[1].pop("law"), **law[1]}
        elif numbered is not None:
            end, value = numbered.end(), _numbered_value(numbered, rules)
        else:
            end = _title_end(text, m.end(), 0, rules)
            value = {"kind": text[m.start("kind") : end]}
        priority = DATED_PRIORITY if "year" in value else PRIORITIES["documents.law"]
        out.append(Candidate(m.start(), end, "DOCUMENT", value, source="documents.draft", priority=priority))
    return out


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """DOCUMENT candidates in normalised ``text``.

    >>> t = "bị khởi tố theo khoản 2 Điều 249 BLHS"
    >>> [(t[c.start:c.end], c.value) for c in find(t)]
    [('khoản 2 Điều 249 BLHS', {'kind': 'Điều', 'number': '249', 'clause': '2', 'law': 'BLHS'})]
    >>> t = "vi phạm Điều 213 Luật Sở hữu trí tuệ năm 2005; ra Quyết định khởi tố bị can số 83"
    >>> [t[c.start:c.end] for c in find(t)]
    ['Điều 213 Luật Sở hữu trí tuệ năm 2005', 'Quyết định khởi tố bị can số 83']
    """
    rules = _rules()
    out = _articles(text, rules)
    taken = [(c.start, c.end) for c in out]
    for m in rules.numbered.finditer(text):
        if _numbered_ok(m, rules) and not any(s <= m.start() < e for s, e in taken):
            out.append(Candidate(m.start(), m.end(), "DOCUMENT", _numbered_value(m, rules), source="documents.number", priority=PRIORITY))
    out.extend(_named(text, rules, [(c.start, c.end) for c in out]))
    return sorted(out, key=lambda c: (c.start, c.end))
