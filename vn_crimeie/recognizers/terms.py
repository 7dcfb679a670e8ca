"""TERM: other abbreviated domain terms (``KHCN``, ``PCCC``, ``TNGT``, ``BKS`` …) and their long forms.

The abbreviations are the TERM rows of ``lang/vi/abbreviations.yaml``; each
mention carries ``value.expansion``.  A long form (``khoa học công nghệ``) is a
TERM only where the text defines its abbreviation with it (``khoa học công
nghệ (KHCN)``, ``KHCN (khoa học công nghệ)``, ``…, gọi tắt là KHCN``): that is
when the text "abbreviates" the term; elsewhere it is plain words
(``động viên cán bộ chiến sĩ``).  An abbreviation right after a capitalised
force word of ``abbreviation_cues.yaml`` belongs to the force's name
(``Cảnh sát PCCC TP.HCM``) and is no TERM.  A school level of the ORG rows
(``THCS``, ``THPT``: ``terms_alone`` of ``abbreviation_cues.yaml``) is a TERM
where no school's name holds it.  A slogan of a count and a letter is a TERM
after a noun of ``slogan_nouns`` in ``abbreviations.yaml`` (``nguyên tắc 5K``),
not the sum of money ``5k``.

>>> t = "Ứng dụng khoa học công nghệ (KHCN) vào công tác; đẩy mạnh KHCN."
>>> [(t[c.start:c.end], c.value) for c in find(t)]
[('khoa học công nghệ', None), ('KHCN', {'expansion': 'khoa học công nghệ'}), ('KHCN', {'expansion': 'khoa học công nghệ'})]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

from ..candidates import Candidate
from ..priorities import PRIORITIES
import regex

from ..lexicon import PhraseMatcher, fold, load_data, string_list
from .abbreviation_table import abbreviation_table, mentions
from .abbreviations import Definition, find_definitions

__all__ = ["find"]

PRIORITY = PRIORITIES["terms"]


@cache
def _long_forms() -> PhraseMatcher[str]:
    return PhraseMatcher({row.expansion: row.abbr for row in abbreviation_table().values() if row.label == "TERM"})


@cache
def _written_long_forms() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The long forms of TERM abbreviations as written, a comma allowed between their words
    (``phòng cháy, chữa cháy``), and the abbreviation of each (by folded long form)."""
    rows = [row for row in abbreviation_table().values() if row.label == "TERM" and " " in row.expansion]
    forms = sorted({row.expansion for row in rows}, key=len, reverse=True)
    alt = "|".join(",? ".join(regex.escape(w) for w in form.split(" ")) for form in forms)
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alt})(?![\p{{L}}\p{{M}}])")
    return pattern, {fold(row.expansion): row.abbr for row in rows}


@cache
def _alone() -> PhraseMatcher[str]:
    """Part-only ORG abbreviations that are a TERM standing alone (``cấp THCS``), case-sensitive below."""
    names = string_list(load_data("abbreviation_cues.yaml"), "terms_alone", "abbreviation_cues.yaml")
    return PhraseMatcher({n: n for n in names})


@cache
def _slogan() -> regex.Pattern[str]:
    """A count and a letter after a noun of a slogan: ``nguyên tắc`` [``5K``]."""
    nouns = string_list(load_data("abbreviations.yaml"), "slogan_nouns", "abbreviations.yaml")
    alt = "|".join(f"[{n[0].upper()}{n[0]}]" + regex.escape(n[1:], literal_spaces=True) for n in sorted(nouns, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alt}) (?P<slogan>\d{{1,2}}\p{{L}})(?![\p{{L}}\p{{M}}\p{{N}}])")


@cache
def _force_name_end() -> regex.Pattern[str]:
    """A capitalised force word right before an abbreviation: ``Cảnh sát PCCC``."""
    names = string_list(load_data("abbreviation_cues.yaml"), "term_not_after_names", "abbreviation_cues.yaml")
    alt = "|".join(regex.escape(n, literal_spaces=True) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt}) $")


def find(text: str, dateline: datetime | None = None, *, definitions: Sequence[Definition] | None = None) -> list[Candidate]:
    """TERM candidates in normalised ``text`` (``definitions``: its in-text definitions, found here when not given).

    >>> t = "Hơn 200 Cảnh sát PCCC được điều động; lực lượng cảnh sát PCCC có mặt."
    >>> [(t[c.start:c.end], c.start) for c in find(t)]
    [('PCCC', 57)]
    >>> t = "thực hiện nguyên tắc 5K; bánh mì giá 5k"
    >>> [(t[c.start:c.end], c.source) for c in find(t)]
    [('5K', 'terms.slogan')]
    """
    table = abbreviation_table()
    out: list[Candidate] = []
    force_end = _force_name_end()
    for start, end in mentions(text, "TERM"):
        if force_end.search(text, max(0, start - 30), start):
            continue
        abbr = text[start:end]
        out.append(Candidate(start, end, "TERM", {"expansion": table[abbr].expansion}, source="terms.abbr", priority=PRIORITY))
    for start, end, abbr in _alone().find(text):
        named = text[end : end + 2][:1] == " " and text[end + 1 : end + 2].isupper()  # "trường THCS Nguyễn Du"
        if text[start:end] == abbr and abbr in table and not named:  # a school's name holding it is an ORG
            out.append(Candidate(start, end, "TERM", {"expansion": table[abbr].expansion}, source="terms.alone", priority=PRIORITY))
    for m in _slogan().finditer(text):
        out.append(Candidate(m.start("slogan"), m.end("slogan"), "TERM", None, source="terms.slogan", priority=PRIORITIES["terms.slogan"]))
    if definitions is None:
        definitions = find_definitions(text)
    defined = {(ls, le): table[text[ss:se]].abbr for (ss, se), (ls, le) in definitions if text[ss:se] in table}
    for start, end, abbr in _long_forms().find(text):
        if any(a == abbr and ls <= start and end <= le for (ls, le), a in defined.items()):
            out.append(Candidate(start, end, "TERM", None, source="terms.long", priority=PRIORITY))
    out += _used_long_forms(text, {text[c.start : c.end] for c in out if c.source == "terms.abbr"}, out)
    return sorted(out, key=lambda c: (c.start, c.end))


def _used_long_forms(text: str, used: set[str], found: list[Candidate]) -> list[Candidate]:
    """Rule *terms.used_long*: the long form of a TERM whose abbreviation the text also uses (``biển kiểm soát`` where
    ``BKS`` is written; ``phòng cháy, chữa cháy`` where ``PCCC`` is), a comma allowed between its words.

    >>> t = "Xe mang BKS 14N-6039; xe thứ hai mang biển kiểm soát 14C-16836."
    >>> [(t[c.start:c.end], c.source) for c in find(t)]
    [('BKS', 'terms.abbr'), ('biển kiểm soát', 'terms.used_long')]
    """
    if not used:
        return []
    pattern, abbreviations = _written_long_forms()
    taken = [(c.start, c.end) for c in found]
    out = []
    for m in pattern.finditer(text):
        abbr = abbreviations.get(fold(m.group().replace(",", "")))
        if abbr in used and not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(Candidate(m.start(), m.end(), "TERM", None, source="terms.used_long", priority=PRIORITY))
    return out
