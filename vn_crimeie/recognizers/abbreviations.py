"""Abbreviations a text defines: the definitions and the ORG/CRIME/TERM mentions they make.

The table of known abbreviations is :mod:`.abbreviation_table` (re-exported here).

A text defines an abbreviation by writing the long form and the short form in
brackets after it: ``Ban Chỉ đạo Kế hoạch 131 (BCĐ)``, or several at once:
``tội phạm có tổ chức, tội phạm xuyên quốc gia (TPCTC, TPXQG)``; or with a cue
of ``lang/vi/abbreviation_cues.yaml``: ``…, gọi tắt là BCĐ``, ``(sau đây gọi là
TPMBN)``, ``viết tắt là ANM``; or the short form first, the long one in brackets:
``TPMBN (tội phạm mua bán người)``; or glossed inside a bracket, several at once:
``(ASR - Automatic Speech Recognition, SR: Speaker Recognition)``.  The letters
of the short form must spell the initials of the long form's words (an English
long form may leave out ``of``, ``and``, ``for`` …), so a bracket holding an
age, a year, a place, a photo credit (``(ảnh - Getty)``) or a code defines
nothing, and a person's name with its initials defines no entity.  The
Vietnamese words before a glossed bracket (``Công nghệ nhận dạng khuôn mặt (FR
- Face Recognition)``) are no long form: the letters stand for the English
words, and the guide marks a term's long form, not its translation.  An
English long form is an ORG when it names an organisation (``… Organization``,
``… Bureau of …``), no entity when it names a role (``… Officer``), else a
TERM in a gloss or when its last word is a term's (``… Platform``); a
capitalised English name before a bracket stays an ORG (``Jaguar Land Rover (JLR)``).
:func:`find_definitions` finds those pairs (short span, long span) so that the
relation component can link them (ABBREVIATES).  :func:`find` returns every
mention of an abbreviation the text defines, with ``value.expansion``, for
abbreviations that the package table does not know (known ones are found by
the ORG, CRIME and TERM recognisers with their expansion from the table), and
each defined long form as a weak candidate.

>>> t = "Đội Điều tra tổng hợp (ĐTTH) đã xác minh. Sau đó ĐTTH báo cáo."
>>> [(t[c.start:c.end], c.label, c.value) for c in find(t)]  # doctest: +NORMALIZE_WHITESPACE
[('Điều tra tổng hợp', 'ORG', None), ('ĐTTH', 'ORG', {'expansion': 'Điều tra tổng hợp'}),
 ('ĐTTH', 'ORG', {'expansion': 'Điều tra tổng hợp'})]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from collections.abc import Collection, Sequence
from functools import cache

import regex

from ..candidates import Candidate
from ..priorities import PRIORITIES
from ..lexicon import fold, load_data, string_list, strip_diacritics
from . import crimes
from .abbreviation_table import TOKEN as _TOKEN
from .abbreviation_table import Abbreviation, abbreviation_table, expand, mentions

#: An in-text definition: ((short start, short end), (long start, long end)).
Definition = tuple[tuple[int, int], tuple[int, int]]

__all__ = ["Abbreviation", "abbreviation_table", "Definition", "find_definitions", "expand", "find", "mentions"]

PRIORITY = PRIORITIES["abbreviations.defined"]
_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+")


# "(ABC)" or "(ABC, DEF)" right after the long forms.
_DEFINITION = regex.compile(
    r"\((\p{Lu}[\p{Lu}\p{N}&]{1,11}(?:, ?\p{Lu}[\p{Lu}\p{N}&]{1,11}){0,4})\)"
)
@dataclass(frozen=True)
class _Cues:
    """Words of ``abbreviation_cues.yaml`` read by the definition finder, lower case."""

    skippable: frozenset[str]  # words an abbreviation may leave out
    org_words: frozenset[str]  # first words of an ORG long form
    crime_openings: tuple[str, ...]  # first words of a CRIME long form + " "
    term_openings: tuple[str, ...]  # openings of a TERM long form + " "
    role_words: frozenset[str]  # long forms that name a person's role: no entity
    english_skippable: frozenset[str]  # skippable words, and those an English long form may leave out
    english_org_words: frozenset[str]  # words of an English long form that name an organisation
    english_term_heads: frozenset[str]  # last words of an English name that make it a TERM
    english_role_heads: frozenset[str]  # last words of an English long form that name a person's role


@cache
def _cue_words() -> _Cues:
    data = load_data("abbreviation_cues.yaml")
    skippable = frozenset(data["skippable_words"])
    return _Cues(
        skippable,
        frozenset(data["org_words"]),
        tuple(w + " " for w in data["crime_words"]),
        tuple(w + " " for w in data["term_openings"]),
        frozenset(data["role_words"]),
        skippable | frozenset(data["english_small_words"]),
        frozenset(data["english_org_words"]),
        frozenset(data["english_term_heads"]),
        frozenset(data["english_role_heads"]),
    )


def _skippable_for(words: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The words a short form may leave out of ``words``: English small words too when all are ASCII.

    >>> "of" in _skippable_for([(0, 8, "Internet"), (9, 11, "of")]), "of" in _skippable_for([(0, 3, "lực"), (4, 9, "lượng")])
    (True, False)
    """
    cues = _cue_words()
    return cues.english_skippable if all(w.isascii() for _, _, w in words) else cues.skippable


def _initial(word: str) -> str:
    ch = word[0]
    if ch in "đĐ":
        return "Đ"
    return strip_diacritics(ch).upper()


def _short_key(short: str) -> str:
    return "".join("Đ" if c in "đĐ" else strip_diacritics(c).upper() for c in short if c.isalpha())


def _long_start(words: list[tuple[int, int, str]], short: str) -> int | None:
    """Index of the first word of the long form ending with ``words[-1]``'s sentence part."""
    key = _short_key(short)
    if len(key) < 2:
        return None
    n = len(words)
    for first in range(n - 1, max(-1, n - 3 * len(key) - 4), -1):
        skippable = _skippable_for(words[first:])
        initials = "".join(_initial(w) for _, _, w in words[first:] if fold(w) not in skippable and not w.isdigit())
        full = "".join(_initial(w) for _, _, w in words[first:] if not w.isdigit())
        # The initials of the first words spell the abbreviation; trailing words
        # (a number, "Kế hoạch 131") may follow it in the long form.
        for cand in (initials, full):
            if cand.startswith(key) and _initial(words[first][2]) == key[0]:
                if len(cand) == len(key) or words[first][2][:1].isupper():
                    return first
    return None


_SHORT = r"\p{Lu}[\p{Lu}\p{N}&]{1,11}"
# "TPMBN (tội phạm mua bán người)": a short form, then its long form in brackets.
_SHORT_FIRST = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&.\-])({_SHORT}) ?\(([^()\n]{{3,150}})\)")


@cache
def _cued() -> regex.Pattern[str]:
    """``, gọi tắt là BCĐ`` / ``(sau đây gọi là TPMBN)``: a cue, then the short form."""
    cues = string_list(load_data("abbreviation_cues.yaml"), "definition_cues", "abbreviation_cues.yaml")
    alt = "|".join(regex.escape(c).replace("\\ ", " ") for c in sorted(cues, key=len, reverse=True))
    return regex.compile(
        rf"(?:, ?| ?\( ?| )(?i:{alt}) ?:? ?[\"“']?(?P<short>{_SHORT})[\"”']?(?![\p{{L}}\p{{M}}\p{{N}}&])"
    )


def _segment_start(text: str, pos: int) -> int:
    """Where the clause holding the long form that ends at ``pos`` begins (line, bracket or sentence)."""
    return max(text.rfind("\n", 0, pos), text.rfind("(", 0, pos), text.rfind(".", 0, max(0, pos - 1)), text.rfind(";", 0, pos)) + 1


def _spells(words: list[tuple[int, int, str]], short: str) -> bool:
    """Whether the initials of all ``words`` (small words and numbers left out or not) are ``short``."""
    key = _short_key(short)
    if len(key) < 2:
        return False
    skippable = _skippable_for(words)
    initials = "".join(_initial(w) for _, _, w in words if fold(w) not in skippable and not w.isdigit())
    full = "".join(_initial(w) for _, _, w in words if not w.isdigit())
    return key in (initials, full)


def _cued_definitions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for m in _cued().finditer(text):
        left = m.start()
        words = [(w.start(), w.end(), w.group()) for w in _WORDS.finditer(text, _segment_start(text, left), left)]
        if not words:
            continue
        first = _long_start(words, m.group("short"))
        if first is not None:
            out.append((m.span("short"), (words[first][0], words[-1][1])))
    return out


def _short_first_definitions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for m in _SHORT_FIRST.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in _WORDS.finditer(text, m.start(2), m.end(2))]
        if words and _spells(words, m.group(1)):
            out.append((m.span(1), (words[0][0], words[-1][1])))
    return out


# "(ASR - Automatic Speech Recognition)", "(GPS: Global Positioning System)", "(VAD - Voice Activity
# Detection, SR - Speaker Recognition)": short forms glossed inside one bracket ("IoT" keeps its small letter).
_GLOSS_SHORT = r"\p{Lu}(?:\p{Ll}?[\p{Lu}\p{N}&]){1,11}"
_GLOSS_BRACKET = regex.compile(rf"\((?={_GLOSS_SHORT} *[-–:] *[^ ])([^()\n]{{4,300}})\)")
_GLOSS_ITEM = regex.compile(rf"(?:^|[,;] *)({_GLOSS_SHORT}) *[-–:] *")
_GLOSS_END = regex.compile(r"[,;]")


def _glossed_definitions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``(SHORT - Long Form)`` and ``(SHORT: Long Form)``, several in one bracket, each long form spelling its short form."""
    out = []
    for m in _GLOSS_BRACKET.finditer(text):
        inner, offset = m.group(1), m.start(1)
        items = list(_GLOSS_ITEM.finditer(inner))
        if not items or items[0].start() != 0:
            continue
        for item, after in zip(items, [*items[1:], None]):
            end = after.start() if after is not None else len(inner)
            comma = _GLOSS_END.search(inner, item.end(), end)  # "(AI - Artificial Intelligence, dùng …)"
            end = comma.start() if comma else end
            words = [(w.start() + offset, w.end() + offset, w.group()) for w in _WORDS.finditer(inner, item.end(), end)]
            if len(words) >= 2 and _spells(words, item.group(1)):
                out.append(((item.start(1) + offset, item.end(1) + offset), (words[0][0], words[-1][1])))
    return out


def find_definitions(text: str) -> list[Definition]:
    """In-document definitions ``((short start, short end), (long start, long end))``, in text order.

    >>> t = "phòng, chống tội phạm có tổ chức, tội phạm xuyên quốc gia (TPCTC, TPXQG)"
    >>> [(t[a:b], t[c:d]) for (a, b), (c, d) in find_definitions(t)]
    [('TPCTC', 'tội phạm có tổ chức'), ('TPXQG', 'tội phạm xuyên quốc gia')]
    >>> t = "Tổ công tác đặc biệt, gọi tắt là TCTĐB, được thành lập. TPMBN (tội phạm mua bán người) tăng."
    >>> [(t[a:b], t[c:d]) for (a, b), (c, d) in find_definitions(t)]
    [('TCTĐB', 'Tổ công tác đặc biệt'), ('TPMBN', 'tội phạm mua bán người')]
    >>> t = "Công nghệ nhận dạng (OCR - Optical Character Recognition, NER: Named Entity Recognition)."
    >>> [(t[a:b], t[c:d]) for (a, b), (c, d) in find_definitions(t)]
    [('OCR', 'Optical Character Recognition'), ('NER', 'Named Entity Recognition')]
    """
    pairs = _bracket_definitions(text) + _cued_definitions(text) + _short_first_definitions(text) + _glossed_definitions(text)
    seen: set[tuple[int, int]] = set()
    out = []
    for short, long_ in sorted(pairs):
        if short not in seen:
            seen.add(short)
            out.append((short, long_))
    return out


def _bracket_definitions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``LONG (SHORT)`` and ``LONG1, LONG2 (SHORT1, SHORT2)``."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for m in _DEFINITION.finditer(text):
        shorts = [(s.start(), s.end()) for s in regex.finditer(r"[^, ]+", m.group(1))]
        shorts = [(m.start(1) + a, m.start(1) + b) for a, b in shorts]
        # The long forms: comma-separated segments before the bracket, one per short form.
        left = m.start()
        while left > 0 and text[left - 1] == " ":
            left -= 1
        line_start = max(text.rfind("\n", 0, left), text.rfind("(", 0, left), text.rfind(".", 0, left - 1)) + 1
        segment_text = text[line_start:left]
        segments: list[tuple[int, int]] = []
        end = left
        for _ in shorts:
            comma = text.rfind(",", line_start, end)
            seg_start = comma + 1 if comma != -1 else line_start
            segments.append((seg_start, end))
            end = comma if comma != -1 else line_start
        segments.reverse()
        if len(segments) != len(shorts) or not segment_text.strip():
            continue
        for (ss, se), (ls, le) in zip(shorts, segments):
            words = [(w.start(), w.end(), w.group()) for w in _WORDS.finditer(text, ls, le)]
            if not words:
                continue
            first = _long_start(words, text[ss:se])
            if first is None:
                continue
            out.append(((ss, se), (words[first][0], words[-1][1])))
    return out


def _guess_label(long_form: str, word_before: str, glossed: bool = False) -> str | None:
    """CRIME for an offence or "tội phạm …", ORG for a unit's name or a name of capitalised
    words, None for a person's role (``luật sư (LS)``, ``Chief Executive Officer``), else TERM;
    an English long form by :func:`_english_label` (``glossed``: it stands in the bracket after the short form).

    >>> [_guess_label(f, "") for f in ("tội phạm mua bán người", "Hội đồng xét xử", "Wall Street Journal", "luật sư", "an ninh mạng")]
    ['CRIME', 'ORG', 'ORG', None, 'TERM']
    """
    cues = _cue_words()
    folded = fold(long_form)
    if crimes.find(long_form) or folded.startswith(cues.crime_openings):
        return "CRIME"
    if folded in cues.role_words or (long_form.isascii() and folded.rsplit(" ", 1)[-1] in cues.english_role_heads):
        return None
    english = _english_label(long_form, glossed)
    if english is not None:
        return english
    if folded.startswith(cues.term_openings) and fold(word_before) not in cues.org_words:
        return "TERM"  # "Phòng chống tác hại của thuốc lá (PCTHTL)": "phòng" is a verb there
    words = long_form.split(" ")
    if words[0][:1].isupper() and (fold(words[0]) in cues.org_words or fold(word_before) in cues.org_words):
        return "ORG"
    if words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:]):
        return "ORG"  # "Ngân hàng Nhà nước (NHNN)", "Wall Street Journal (WSJ)": a name
    return "TERM"


def _english_label(long_form: str, glossed: bool) -> str | None:
    """ORG or TERM for a long form written in English (ASCII), None for any other.

    ORG when a word names an organisation (``english_org_words``); TERM when the
    last word is a term's (``english_term_heads``) or the long form glosses a
    short form inside its bracket (``glossed``); else None (a capitalised name
    before a bracket is left to :func:`_guess_label`: ``Jaguar Land Rover``).

    >>> [_english_label(f, g) for f, g in (("World Health Organization", True), ("Automatic Speech Recognition", False),
    ...  ("Voice Activity Detection", True), ("Jaguar Land Rover", False), ("tội phạm mạng", True))]
    ['ORG', 'TERM', 'TERM', None, None]
    """
    words = [w.casefold() for w in _WORDS.findall(long_form)]
    if not words or not long_form.isascii():
        return None
    cues = _cue_words()
    if any(w in cues.english_org_words for w in words):
        return "ORG"
    if glossed or words[-1] in cues.english_term_heads:
        return "TERM"
    return None


def _is_person(span: tuple[int, int], persons: Sequence[Candidate]) -> bool:
    """Whether a PERSON candidate covers the long form ``span`` (a person's initials define no entity)."""
    return any(c.start <= span[0] and span[1] <= c.end for c in persons)


#: A long form the text defines: weak, it stands only where no recogniser found an entity.
LONG_FORM_PRIORITY = PRIORITIES["abbreviations.long_form"]


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    definitions: Sequence[Definition] | None = None,
    persons: Sequence[Candidate] | None = None,
) -> list[Candidate]:
    """Mentions of abbreviations that ``text`` defines and the table does not know, and every defined long form.

    ``definitions`` are the :func:`find_definitions` of the same text and
    ``persons`` its PERSON candidates (both found here when not given): a
    person's name with its initials in brackets (``Nguyễn Văn An (NVA)``)
    defines nothing.

    A long form is a weak candidate (:data:`LONG_FORM_PRIORITY`) of the short
    form's label, so that a definition whose long form no recogniser finds
    still stands on two entities.

    >>> t = "Tổ công tác đặc biệt, gọi tắt là TCTĐB, đã vào cuộc; TCTĐB báo cáo."
    >>> [(t[c.start:c.end], c.label, c.priority) for c in find(t)]
    [('Tổ công tác đặc biệt', 'ORG', 0), ('TCTĐB', 'ORG', 21), ('TCTĐB', 'ORG', 21)]
    """
    table = abbreviation_table()
    defined: dict[str, tuple[str, str | None]] = {}
    out: list[Candidate] = []
    if definitions is None:
        definitions = find_definitions(text)
    if persons is None and any(text[ss:se] not in table for (ss, se), _ in definitions):
        from . import persons as person_finder  # only standalone: the pipeline hands them over

        persons = person_finder.find(text)
    label: str | None
    for (ss, se), (ls, le) in definitions:
        short = text[ss:se]
        long_form = text[ls:le]
        if short in table:
            label = table[short].label
        elif _is_person((ls, le), persons or ()):
            continue
        else:
            before = _WORDS.findall(text, max(0, ls - 20), ls)
            label = _guess_label(long_form, before[-1] if before else "", glossed=ls > ss)
            defined.setdefault(short, (long_form, label))
        if label is not None:
            out.append(Candidate(ls, le, label, None, source="abbreviations.long_form", priority=LONG_FORM_PRIORITY))
    for start, end in _short_mentions(text, defined):
        long_form, label = defined[text[start:end]]
        if label is not None:
            out.append(Candidate(start, end, label, {"expansion": long_form}, source="abbreviations.defined", priority=PRIORITY))
    return sorted(out, key=lambda c: (c.start, c.end))


def _short_mentions(text: str, shorts: Collection[str]) -> list[tuple[int, int]]:
    """Spans of the short forms ``shorts`` in ``text``: upper-case tokens, and the written ones with a small letter (``IoT``).

    >>> _short_mentions("Thiết bị IoT và IOT; ĐTTH", {"IoT", "ĐTTH"})
    [(9, 12), (21, 25)]
    """
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group() in shorts]
    mixed = sorted((s for s in shorts if not _TOKEN.fullmatch(s)), key=len, reverse=True)
    if mixed:
        alt = "|".join(regex.escape(s) for s in mixed)
        spans += [(m.start(), m.end()) for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&.])(?:{alt})(?![\p{{L}}\p{{M}}\p{{N}}&])", text)]
    return sorted(spans)
