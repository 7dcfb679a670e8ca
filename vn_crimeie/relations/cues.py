"""The cue words of the relation rules (``lang/vi/relation_cues.yaml``), compiled once.

Every test is made on a *gap*: the text between two entities (or between an
entity and the sentence edge), lower-cased and with its white space collapsed
by :func:`squash`.  Gaps longer than :data:`MAX_GAP` characters never count as
a light connection, so no pattern ever runs over a long stretch of text.

>>> c = cues()
>>> bool(c.apposition.fullmatch(squash(" - "))), bool(c.apposition.fullmatch(squash(" cho biết ")))
(True, False)
>>> bool(c.member.fullmatch(squash(", cán bộ ")))
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import LexiconError, load_data, string_list
from ..normalize import normalize_form

__all__ = ["Cues", "cues", "squash", "MAX_GAP"]

#: A gap longer than this is never a light connection between two entities.
MAX_GAP = 80

_SPACES = regex.compile(r"\s+")
_LIST_KEYS = (
    "honorifics",
    "apposition_marks",
    "apposition_words",
    "fronted_title_links",
    "naming_copulas",
    "title_org_fillers",
    "list_separators",
    "member_cues",
    "member_cue_links",
    "member_jobs_linked",
    "background_leads",
    "distributive_words",
    "person_joiners",
    "presence_verbs",
    "presence_place_verbs",
    "visit_verbs",
    "presence_verb_not_before",
    "venue_openers",
    "carry_leads",
    "carry_tails",
    "carry_verbs",
    "carry_events",
    "carry_openers",
    "charge_verbs",
    "charge_cues_strong",
    "charge_cues_weak",
    "charge_objects",
    "charge_verb_objects",
    "charged_list_openers",
    "charged_subject_words",
    "crime_joiners",
    "not_charged_after",
    "speech_verbs",
    "charged_after_offence",
    "respectively_words",
)


def squash(gap: str) -> str:
    """``gap`` lower-cased, white space collapsed to single spaces and stripped.

    >>> squash("  Cùng   dự có ")
    'cùng dự có'
    """
    return _SPACES.sub(" ", gap).strip().lower()


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first, spaces matching one space."""
    items = sorted({w for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"


def _bounded(words: Iterable[str]) -> str:
    """``_alt(words)`` that starts and ends at word boundaries."""
    return r"(?<![\p{L}\p{N}])" + _alt(words) + r"(?![\p{L}\p{N}])"


@dataclass(frozen=True)
class Cues:
    """Compiled gap patterns; all are used with ``fullmatch``/``search`` on :func:`squash`-ed text."""

    words: dict[str, tuple[str, ...]]
    rank_gap: regex.Pattern[str]
    apposition: regex.Pattern[str]
    fronted_link: regex.Pattern[str]
    title_org: regex.Pattern[str]
    list_sep: regex.Pattern[str]
    member: regex.Pattern[str]
    member_tail: regex.Pattern[str]
    background: regex.Pattern[str]
    distributive: regex.Pattern[str]
    person_joiner: regex.Pattern[str]
    presence_verb: regex.Pattern[str]
    place_verb: regex.Pattern[str]
    visit_verb: regex.Pattern[str]
    venue_opener: regex.Pattern[str]
    carry_opener: regex.Pattern[str]
    charge_verb: regex.Pattern[str]
    charge_strong: regex.Pattern[str]
    charge_weak: regex.Pattern[str]
    crime_joiner: regex.Pattern[str]
    charge_object: regex.Pattern[str]
    charged_list: regex.Pattern[str]
    charged_subject: regex.Pattern[str]
    not_charged: regex.Pattern[str]
    speech_verb: regex.Pattern[str]
    after_offence: regex.Pattern[str]
    respectively: regex.Pattern[str]
    org_kinds: tuple[tuple[tuple[str, ...], frozenset[str]], ...]

    def org_takes(self, org_text: str, title_text: str) -> bool:
        """Whether an organisation written ``org_text`` can hold the post ``title_text``.

        >>> cues().org_takes("Cơ quan Cảnh sát điều tra CATP", "Phó Giám đốc")
        False
        >>> cues().org_takes("Cơ quan Cảnh sát điều tra CATP", "Thủ trưởng")
        True
        """
        org, title = squash(org_text), squash(title_text)
        for prefixes, titles in self.org_kinds:
            if org.startswith(prefixes):
                return title in titles
        return True


def _words(data: dict, key: str) -> tuple[str, ...]:
    raw = string_list(data, key, "relation_cues.yaml")
    out = []
    for i, w in enumerate(raw):
        if normalize_form(w) != w or squash(w) != w:
            raise LexiconError(f"relation_cues.yaml: {key}[{i}] {w!r} must be NFC, lower case, single-spaced")
        out.append(w)
    return tuple(out)


def _org_kinds(data: dict) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    out = []
    for i, entry in enumerate(data.get("org_kinds") or []):
        if not isinstance(entry, dict) or not entry.get("prefixes") or not entry.get("titles"):
            raise LexiconError(f"relation_cues.yaml: org_kinds[{i}] needs 'prefixes' and 'titles' lists")
        prefixes = _words(entry, "prefixes")
        titles = _words(entry, "titles")
        out.append((prefixes, frozenset(titles)))
    return tuple(out)


@cache
def cues() -> Cues:
    """The compiled cues (loaded and validated once per process)."""
    data = load_data("relation_cues.yaml")
    w = {key: _words(data, key) for key in _LIST_KEYS}
    hon = _alt(w["honorifics"])
    marks = _alt(w["apposition_marks"])
    seps = _alt(w["list_separators"])
    quote = r"(?: ?:)?(?: ?[\"“”'‘’])?"
    closing = r"[\"“”'’]? ?"
    flags = regex.IGNORECASE
    return Cues(
        words=w,
        rank_gap=regex.compile(rf"(?:,? ?{hon})?", flags),
        apposition=regex.compile(rf"{marks}(?: ?{_alt(w['apposition_words'])})?|{_alt(w['apposition_words'])}", flags),
        fronted_link=regex.compile(rf"(?:{_alt(w['fronted_title_links'])})?(?: ?{hon})?", flags),
        title_org=regex.compile(rf"{_alt(w['title_org_fillers'])}?", flags),
        list_sep=regex.compile(seps, flags),
        member=regex.compile(
            rf"(?:{marks} ?)?(?:{_alt(w['distributive_words'])} )?(?:{_alt(w['apposition_words'])} )?"
            rf"(?:{_alt(w['member_cues'])}(?: {_alt(w['member_cue_links'])})?|{_alt(w['member_jobs_linked'])} {_alt(w['member_cue_links'])})",
            flags,
        ),
        member_tail=regex.compile(rf"{_bounded(w['member_cues'])}$", flags),
        background=regex.compile(_bounded(w['background_leads']), flags),
        distributive=regex.compile(rf"^(?:[(,] ?)?{_bounded(w['distributive_words'])}", flags),
        person_joiner=regex.compile(_alt(w["person_joiners"]), flags),
        presence_verb=regex.compile(
            rf"{_bounded(w['presence_verbs'])}(?! {_bounded(w['presence_verb_not_before'])})", flags
        ),
        place_verb=regex.compile(rf"{_bounded(w['presence_place_verbs'])}$", flags),
        visit_verb=regex.compile(_bounded(w["visit_verbs"]), flags),
        venue_opener=regex.compile(_alt(w["venue_openers"]), flags),
        carry_opener=regex.compile(
            rf"^(?:{_bounded(w['carry_openers'])}|(?:{_alt(w['carry_leads'])} )?{_alt(w['carry_verbs'])}"
            rf"(?: {_alt(w['carry_events'])})? {_bounded(w['carry_tails'])})",
            flags,
        ),
        charge_verb=regex.compile(_bounded(w["charge_verbs"]), flags),
        charge_strong=regex.compile(rf"{_bounded(w['charge_cues_strong'])}{quote}$", flags),
        charge_weak=regex.compile(rf"{_bounded(w['charge_cues_weak'])}{quote}$", flags),
        crime_joiner=regex.compile(rf"{quote} ?{_alt(w['crime_joiners'])}{quote}", flags),
        charge_object=regex.compile(
            rf"(?:{_bounded(w['charge_objects'])}|{_bounded(w['charge_verbs'])}.*{_bounded(w['charge_verb_objects'])})"
            rf"(?: {hon})?$",
            flags,
        ),
        charged_list=regex.compile(rf"^{closing},? ?{_bounded(w['charged_list_openers'])} ?:?$", flags),
        charged_subject=regex.compile(rf"{closing}, ?(?:{_bounded(w['charged_subject_words'])})?", flags),
        not_charged=regex.compile(rf"{_bounded(w['not_charged_after'])}(?: {hon})?$", flags),
        speech_verb=regex.compile(_bounded(w["speech_verbs"]), flags),
        after_offence=regex.compile(
            rf"{closing}(?:(?:,? ?{_alt(w['charged_after_offence'])})?(?: {hon})?|{hon})", flags
        ),
        respectively=regex.compile(rf"(?:[,:(–—-] ?)?{_alt(w['respectively_words'])}", flags),
        org_kinds=_org_kinds(data),
    )
