"""DOCUMENT: references to legal and administrative documents and articles of law.

``Kế hoạch số 131/KH-BCA-CSHS`` → ``{"kind": "Kế hoạch", "number": "131", "code": "KH-BCA-CSHS"}``;
``Chỉ thị số 25-CT/TW`` → number ``25``, code ``CT/TW``; ``Điều 174 Bộ luật Hình sự``
and ``khoản 2 Điều 249 BLHS`` → kind ``Điều`` with the clause and the law.  A
document kind needs a number (``kế hoạch`` alone is not a document), except a
named code of law (``Bộ luật Hình sự``).  The kinds are in ``lang/vi/documents.yaml``.

>>> t = "thực hiện Kế hoạch số 131/KH-BCA-CSHS ngày 30/3/2021"
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('Kế hoạch số 131/KH-BCA-CSHS', {'kind': 'Kế hoạch', 'number': '131', 'code': 'KH-BCA-CSHS'})]
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import load_data, string_list

__all__ = ["find"]

PRIORITY = PRIORITIES["documents"]


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _either_case(word: str) -> str:
    """``word`` with its first letter in either case, as a regex: ``[Đđ]iểm``."""
    return f"[{word[0].upper()}{word[0].lower()}]" + regex.escape(word[1:], literal_spaces=True)


@cache
def _patterns() -> tuple[Any, Any, dict[str, str], str]:
    data = load_data("documents.yaml")
    kinds = string_list(data, "kinds", "documents.yaml")
    laws = string_list(data, "laws", "documents.yaml")
    words = data["citation_words"]
    canonical = {k.lower(): k for k in kinds}
    markers = "|".join(_either_case(w) for w in sorted(data["number_markers"], key=len, reverse=True))
    # kind [số] NUMBER[/CODE | -CODE]: the code is letters, digits, "-", "/" and "." without spaces.
    doc = regex.compile(
        r"(?<![\p{L}\p{M}\p{N}])(?P<kind>" + _alternation(kinds) + r")"
        r"(?: (?P<so>" + markers + r"))? (?P<number>\d{1,6})"
        r"(?:(?P<sep>[/-])(?P<code>[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[/.-][\p{L}\p{N}]+){0,5}))?"
        r"(?![\p{L}\p{M}\p{N}])",
        regex.IGNORECASE,
    )
    # [điểm a] [khoản 2] Điều 249 [Bộ luật Hình sự | BLHS [năm 2015]]
    article = regex.compile(
        r"(?<![\p{L}\p{M}\p{N}])(?:(?P<point>" + _either_case(words["point"]) + r" \p{Ll}),? )?"
        r"(?:(?P<clause>" + _either_case(words["clause"]) + r" \d{1,2}),? )?"
        r"(?P<kind>" + _either_case(words["article"]) + r") (?P<number>\d{1,3}[a-z]?)"
        r"(?: (?:" + regex.escape(words["of"]) + r" )?(?P<law>" + _alternation(laws) + r")"
        r"(?: (?:" + regex.escape(words["year"]) + r" )?(?P<year>\d{4}))?)?"
        r"(?![\p{L}\p{M}\p{N}])"
    )
    return doc, article, canonical, words["article"]


@cache
def _law_pattern() -> Any:
    laws = load_data("documents.yaml").get("laws") or []
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?P<law>" + _alternation([l for l in laws if l[:1].isupper() and " " in l]) + r")(?![\p{L}\p{M}\p{N}])")


def find(text: str, dateline: datetime | None = None) -> list[Candidate]:
    """DOCUMENT candidates in normalised ``text``.

    >>> t = "bị khởi tố theo khoản 2 Điều 249 BLHS"
    >>> [(t[c.start:c.end], c.value) for c in find(t)]
    [('khoản 2 Điều 249 BLHS', {'kind': 'Điều', 'number': '249', 'clause': '2', 'law': 'BLHS'})]
    """
    doc, article, canonical, article_kind = _patterns()
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for m in article.finditer(text):
        value: dict[str, Any] = {"kind": article_kind, "number": m.group("number")}
        if m.group("clause"):
            value["clause"] = m.group("clause").split(" ")[1]
        if m.group("point"):
            value["point"] = m.group("point").split(" ")[1]
        if m.group("law"):
            value["law"] = m.group("law")
        if m.group("year"):
            value["year"] = m.group("year")
        out.append(Candidate(m.start(), m.end(), "DOCUMENT", value, source="documents.article", priority=PRIORITY))
        taken.append(m.span())
    for m in doc.finditer(text):
        kind = m.group("kind")
        if kind[:1].islower() and not m.group("so") and not m.group("code"):
            continue  # "kế hoạch 3 năm": a lower-case kind needs "số" or a code
        value = {"kind": canonical.get(kind.lower(), kind), "number": m.group("number")}
        if m.group("code"):
            value["code"] = m.group("code")
        out.append(Candidate(m.start(), m.end(), "DOCUMENT", value, source="documents.number", priority=PRIORITY))
    for m in _law_pattern().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Candidate(m.start(), m.end(), "DOCUMENT", {"kind": m.group("law")}, source="documents.law", priority=PRIORITIES["documents.law"]))
    return sorted(out, key=lambda c: (c.start, c.end))
