"""The ORG rules' language data, loaded once: ``organizations.yaml`` and ``org_rules.yaml``.

:func:`tables` reads the phrase tables of ``organizations.yaml`` (heads, units,
fixed names, forces, the press …) into one :class:`PhraseMatcher`;
:func:`rule_words` reads the words of ``org_rules.yaml`` (``Công an``, the
level words, ``số``, ``phòng, chống`` …) and the patterns built from them.

>>> tables().title_heads >= {"phòng", "đội"}
True
>>> rule_words().police.match("CA quận 1").group()
'CA'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ...lexicon import LexiconError, PhraseMatcher, fold, load_data, string_list
from ...normalize import normalize_form
from ..abbreviation_table import abbreviation_table

__all__ = ["NAME_ONLY", "Head", "RuleWords", "Tables", "phrase_matcher", "rule_words", "tables"]

#: no letter, mark or digit follows
WORD_END = r"(?![\p{L}\p{M}\p{N}])"
#: a number of a unit or committee ("Đội 3", "BCĐ 138", "Sư đoàn 9B")
NUMBER = regex.compile(r"\d{1,4}[A-Z]?" + WORD_END)
#: The word before the spaces that end the searched window.  Searched backwards ((?r)):
#: the same match as a forward search, found without retrying from every start in the window.
WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}\p{N}]+) +$")
#: the word after a space
WORD_AFTER = regex.compile(r" ([\p{L}\p{M}]+)")
#: one to three capitalised words
CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}" + WORD_END)
#: a capital letter that opens a word
CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}")
#: a short lower-case syllable after a space
LOWER_SYLLABLE = regex.compile(r" (\p{Ll}[\p{Ll}\p{M}]{0,6})" + WORD_END)
#: a dash between a unit and its parent
DASH = regex.compile(r" ?[-–] ")


@dataclass(frozen=True)
class Head:
    """A head of ``organizations.yaml``: a word that opens an organisation's name (``Phòng``, ``Công ty``)."""

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
    or_parent: bool = False  # a parent unit may be the whole name ("Chi bộ Công an xã X")

    @property
    def kind(self) -> str:
        """The head rule that reads what follows: ``force``, ``parent``, ``place`` or ``name``."""
        return "force" if self.force else self.complement


#: The head of an organisation named after a title: the ORG starts at its name.
NAME_ONLY = Head("", False, "name", False, False, False, False, name_only=True)


@dataclass(frozen=True)
class Tables:
    """The tables of ``organizations.yaml``."""

    #: the phrases of every phrase table (heads, units, fixed names, forces, media, ORG
    #: abbreviations, levels, scopes, fields, foreign names and forces), with their
    #: ``(table, payload)`` pairs
    phrases: PhraseMatcher[tuple[tuple[str, Any], ...]]
    fixed_spellings: frozenset[str]
    media_spellings: frozenset[str]
    media_head_only: frozenset[str]
    #: heads that open a news medium ("Báo", "Đài", "Hãng tin")
    media_heads: frozenset[str]
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
    #: a website's name ending in one of ``web_domains`` ("zing.vn"): its last dot and domain
    web_domain: Any
    company_suffix_spellings: frozenset[str]
    #: a company head and its legal form ("Công ty TNHH MTV"), any case
    company_form: Any
    #: forces that a lower-case "lực lượng" names in lower case ("lực lượng bộ đội biên phòng")
    lower_forces: frozenset[str]
    #: the institutions named by one capitalised word ("Đảng", "Nhà nước")
    institution_spellings: frozenset[str]
    institution_before: frozenset[str]
    institution_compounds: frozenset[str]
    #: words that end the trade words after a business's head ("cửa hàng" + "của")
    business_stops: frozenset[str]
    business_trades: frozenset[str]
    business_compound_before: frozenset[str]
    business_short_name_after: frozenset[str]
    #: bodies named after "của" at the end of the name of a committee they own ("… của Quốc hội")
    owners: frozenset[str]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    values = data.get(key) or []
    for i, v in enumerate(values):
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(f"organizations.yaml: {key}[{i}] must be a non-empty string, not {v!r}")
    return list(values)


def phrase_matcher(tables: dict[str, dict[str, Any]]) -> PhraseMatcher[tuple[tuple[str, Any], ...]]:
    """One matcher for several phrase tables: a phrase's payload lists its ``(table, payload)`` pairs.

    The text is then read once, not once per table.  Phrases that match alike (the
    same folded form) share one entry, where each table keeps its last payload, as
    a matcher of that table alone would.

    >>> m = phrase_matcher({"heads": {"Phòng": "head"}, "units": {"Cảnh sát hình sự": "unit"}})
    >>> [(s, e, p) for s, e, p in m.find_all("Phòng Cảnh sát hình sự")]
    [(0, 5, (('heads', 'head'),)), (6, 22, (('units', 'unit'),))]
    """
    by_key: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, phrases in tables.items():
        for phrase, payload in phrases.items():
            if not isinstance(phrase, str):
                raise LexiconError(f"lexicon phrase {phrase!r} is not a string (payload {payload!r})")
            by_key.setdefault(fold(normalize_form(phrase)), (phrase, {}))[1][name] = payload
    return PhraseMatcher({phrase: tuple(entries.items()) for phrase, entries in by_key.values()})


def _heads(data: dict[str, Any]) -> dict[str, Head]:
    """The ``heads`` of ``organizations.yaml`` by their spelling."""
    heads: dict[str, Head] = {}
    flags = ("lower", "standalone", "numbered", "media", "force", "phrase", "alias", "name_only", "needs_field",
             "or_place", "or_parent")
    for i, entry in enumerate(data.get("heads") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("head"), str):
            raise LexiconError(f"organizations.yaml: heads[{i}] {entry!r} needs a 'head' string")
        complement = entry.get("complement", "name")
        if complement not in ("name", "place", "parent"):
            raise LexiconError(f"organizations.yaml: heads[{i}] complement must be name, place or parent")
        heads[entry["head"]] = Head(entry["head"], complement=complement, **{f: bool(entry.get(f)) for f in flags})
    return heads


def _phrase_tables(data: dict[str, Any], heads: dict[str, Head]) -> dict[str, dict[str, Any]]:
    """The phrase tables of ``organizations.yaml`` (and the ORG abbreviations) that one matcher reads."""
    def same(key: str) -> dict[str, str]:
        return {v: v for v in _strings(data, key)}

    return {
        "heads": heads, "units": same("units"), "fixed": same("fixed"), "forces": same("forces"),
        "media": same("media"), "abbr": {a: a for a, row in abbreviation_table().items() if row.label == "ORG"},
        "levels": same("police_levels"), "scopes": same("police_scopes"), "fields": same("fields"),
        "foreign": {f: f for f in _foreign(data)}, "foreign_force": same("foreign_force_words"),
        "subjects": same("remit_subjects"), "leads": same("remit_leads"), "closers": same("name_closers"),
        "media_suffixes": same("media_suffixes"), "company_suffixes": same("company_suffixes"),
        "run_stops": same("run_stops"), "institutions": same("institutions"), "businesses": same("business_heads"),
    }


def _company_form(forms: list[str]) -> Any:
    """One pattern of the company heads with their legal form, longest first, any case, whole words."""
    body = "|".join(regex.escape(f).replace(r"\ ", " ") for f in sorted(forms, key=len, reverse=True))
    return regex.compile(rf"(?i:{body})" + WORD_END)


def _foreign(data: dict[str, Any]) -> list[str]:
    """Foreign bodies, foreign media, companies and clubs: named alone."""
    return [name for key in ("foreign_bodies", "foreign_media", "companies", "clubs") for name in _strings(data, key)]


@cache
def tables() -> Tables:
    """The tables of ``organizations.yaml``, loaded once."""
    data = load_data("organizations.yaml")
    prefixes = sorted(_strings(data, "unit_code_prefixes"), key=len, reverse=True)
    code = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(map(regex.escape, prefixes)) + r")\d{2}" + WORD_END)
    sets = {key: frozenset(_strings(data, key)) for key in (
        "compound_before", "title_heads", "phrase_stop", "media_cues", "street_words",
        "title_prefixes", "officer_before", "officer_after", "member_before", "lower_forces",
        "institution_before", "institution_compounds", "business_stops", "business_trades",
        "business_compound_before", "business_short_name_after", "owners")}
    heads = _heads(data)
    domains = sorted(_strings(data, "web_domains"), key=len, reverse=True)
    web_domain = regex.compile(r"\.(?:" + "|".join(map(regex.escape, domains)) + r")(?![\p{L}\p{M}\p{N}/@-])(?!\.[\p{L}\p{N}])")
    return Tables(
        phrases=phrase_matcher(_phrase_tables(data, heads)),
        fixed_spellings=frozenset(_strings(data, "fixed")),
        media_spellings=frozenset(_strings(data, "media")),
        media_head_only=frozenset(_strings(data, "media_after_head_only")),
        media_heads=frozenset(spelling for spelling, head in heads.items() if head.media),
        code=code,
        foreign_spellings=frozenset(_foreign(data)),
        foreign_force_spellings=frozenset(_strings(data, "foreign_force_words")),
        product_nouns=frozenset(fold(w) for w in _strings(data, "product_nouns")),
        web_domain=web_domain,
        company_suffix_spellings=frozenset(_strings(data, "company_suffixes")),
        company_form=_company_form(_strings(data, "company_forms")),
        institution_spellings=frozenset(_strings(data, "institutions")),
        **sets,
    )


@dataclass(frozen=True)
class RuleWords:
    """The words of ``org_rules.yaml`` and the patterns built from them (see the file's comments)."""

    police: regex.Pattern[str]  # "Công an", "CA" as a word
    plan: regex.Pattern[str]  # "Kế hoạch số 131"
    numbered: regex.Pattern[str]  # "số 8" after a unit
    bracket_number: regex.Pattern[str]  # "(QLTT) số 8" after a unit's name
    this: regex.Pattern[str]  # " này" after a level word
    phrase_word: regex.Pattern[str]  # one word of a lower-case purpose phrase
    phrase_name: regex.Pattern[str]  # a name of phrase_names ("Covid-19"): no organisation's name
    remit: regex.Pattern[str]  # ", phòng, chống " after a unit
    remit_head: regex.Pattern[str]  # "Phòng chống ", "phòng, chống " inside a name
    court_level: regex.Pattern[str]  # "cấp cao", "Tối cao" (and " tại " before a seat) after a court's head
    term: regex.Pattern[str]  # " khóa XV" after a body
    actor_body: regex.Pattern[str]  # "Trung ương" after "của", before no capitalised name
    credit: regex.Pattern[str]  # "tờ", "Ảnh:" + a run of capitalised Latin words (group "name")
    agent: regex.Pattern[str]  # "được", "bởi" + a run of capitalised Latin words (group "name")
    panel_instance: regex.Pattern[str]  # "cấp phúc thẩm" right after a trial panel, any case
    seat: regex.Pattern[str]  # " tại " before a capitalised place: the seat of a court or an office abroad
    branch: regex.Pattern[str]  # " chi nhánh " before a capitalised place: the branch of the organisation before
    board: regex.Pattern[str]  # "HĐQT " right before a company's name (group "name": a Latin name after it)
    police_levels: frozenset[str]
    parent_places: frozenset[str]  # police levels and posts
    plan_heads: frozenset[str]
    numbered_abbreviations: frozenset[str]
    name_joiners: tuple[str, ...]
    police_unit_prefixes: tuple[str, ...]
    officer_forces: tuple[str, ...]
    home_country: frozenset[str]
    title_leads: frozenset[str]
    titles_with_lead: frozenset[str]
    title_prefix_heads: frozenset[str]
    credit_not_media: frozenset[str]
    credit_stops: frozenset[str]
    named_after_title: frozenset[str]
    media_words: frozenset[str]
    trial_panels: frozenset[str]  # folded: "hội đồng xét xử", "hđxx"
    court_heads: frozenset[str]  # folded heads a trial panel takes as its parent
    seated_heads: tuple[str, ...]  # folded, with a trailing space: "văn phòng ", "đại sứ quán "
    echo_heads: tuple[str, ...]  # "Bệnh viện" alone after "Bệnh viện X": the same organisation
    echo_followers: frozenset[str]
    echo_not_after: frozenset[str]
    portfolio: regex.Pattern[str]  # a minister's title, then (group "p") a portfolio: "Bộ trưởng Tư pháp"
    local_levels: frozenset[str]  # levels of a place after an unknown short form that make both one body
    person_abbreviations: frozenset[str]  # short forms of a person's function, never a body before a place
    party_committees: dict[str, str]  # folded committee → the level word of its place ("huyện ủy" → "huyện")


def _any(words: list[str]) -> str:
    """A non-capturing group matching any of ``words`` literally, in their order."""
    return "(?:" + "|".join(map(regex.escape, words)) + ")"


def _any_case(word: str) -> str:
    """``word`` with each cased letter in either case (``Covid-19`` → ``[Cc][Oo]…-19``)."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.upper() != c.lower() else regex.escape(c) for c in word)


#: capitalised Latin words, joined by the small words of a foreign name ("The New York Times", "Le Parisien")
_LATIN_WORD = r"[A-Z][A-Za-z'&]*(?:-[A-Za-z]+)*"
_LATIN_RUN = _LATIN_WORD + r"(?: (?:" + _LATIN_WORD + r"|of|on|for|de|du|des|la|le|the|and))*" + r"(?![\p{L}\p{M}\p{N}]|\.\w)"


def _patterns(words: dict[str, list[str]]) -> dict[str, regex.Pattern[str]]:
    """The patterns of :class:`RuleWords`, built from the words of ``org_rules.yaml``."""
    number_word = _any(words["number_words"])
    joiners = ", |" + "".join(f" {regex.escape(w)} |" for w in words["remit_conjunctions"]) + " "
    remit = "|".join(_any_case(p[0]) + regex.escape(p[1:]) for p in words["remit_phrases"])
    names = "|".join(_any_case(n) for n in words["phrase_names"])
    return {
        "police": regex.compile(_any(words["police_words"]) + WORD_END),
        "plan": regex.compile(_any(words["plans"]) + f" (?:{number_word} )?" + r"\d{1,4}" + WORD_END),
        "numbered": regex.compile(number_word + " " + NUMBER.pattern),
        "bracket_number": regex.compile(r"\(\p{Lu}[\p{Lu}&]{1,7}\) " + number_word + r" \d{1,3}" + WORD_END),
        "this": regex.compile(" " + _any(words["this_words"]) + WORD_END),
        "phrase_word": regex.compile(r"(?:\p{Ll}[\p{Ll}\p{M}]*|" + names + ")" + WORD_END),
        "phrase_name": regex.compile("(?:" + names + ")" + WORD_END),
        "remit": regex.compile(f"(?:{joiners})(?:{remit}) "),
        "remit_head": regex.compile(f"(?:{remit}) "),
        "court_level": regex.compile("(?P<level>" + "|".join(_any_case(p[0]) + regex.escape(p[1:]) for p in words["court_levels"])
                                     + ")" + WORD_END + f"(?: {_any(words['court_seats'])} )?"),
        "actor_body": regex.compile(r"(?<=(?<![\p{L}\p{M}])" + _any(words["actor_cues"]) + " )" + _any(words["actor_bodies"])
                                    + WORD_END + r"(?! \p{Lu})"),
        "credit": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _any(words["credit_cues"]) + r") (?P<name>" + _LATIN_RUN + ")"),
        "agent": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _any(words["agent_cues"]) + r") (?P<name>" + _LATIN_RUN + ")"),
        "term": regex.compile(" " + _any(words["term_words"]) + r" (?:[IVXL]{1,6}|\d{1,2})" + WORD_END),
        "seat": regex.compile(" " + _any(words["court_seats"]) + r" (?=\p{Lu})"),
        "branch": regex.compile(" " + _any(words["branch_words"]) + r" (?=\p{Lu})"),
        "board": regex.compile(r"(?<![\p{L}\p{M}])" + _any(sorted(words["board_words"], key=len, reverse=True))
                               + r" (?P<name>[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)?(?![\p{L}\p{M}\p{N}]))?"),
        "panel_instance": regex.compile("(?i:" + _any(sorted(words["panel_instances"], key=len, reverse=True)) + r")(?![\p{L}\p{M}])"),
        "portfolio": regex.compile(r"(?<=(?<![\p{L}\p{M}])" + _any(sorted(words["minister_titles"], key=len, reverse=True)) + r"\ )"
                                   + "(?P<p>" + "|".join(map(regex.escape, sorted(words["minister_portfolios"], key=len, reverse=True)))
                                   + r")(?![\p{L}\p{M}])"),
    }


_RULE_KEYS = (
    "police_words", "police_levels", "posts", "this_words", "number_words", "plans", "plan_heads",
    "numbered_abbreviations", "name_conjunctions", "name_dashes", "name_glue", "police_unit_prefixes",
    "officer_forces", "home_country", "title_leads", "titles_with_lead", "title_prefix_heads",
    "remit_conjunctions", "remit_phrases", "phrase_names", "court_levels", "court_seats", "term_words",
    "actor_bodies", "actor_cues", "credit_cues", "credit_not_media", "credit_stops", "named_after_title",
    "agent_cues", "media_words", "trial_panels", "panel_instances", "court_heads", "seated_heads", "branch_words", "board_words", "echo_heads",
    "echo_followers", "echo_not_after", "minister_titles", "minister_portfolios", "local_levels", "person_abbreviations",
)


@cache
def rule_words() -> RuleWords:
    """The words of ``org_rules.yaml``, loaded once."""
    data = load_data("org_rules.yaml")
    words = {key: string_list(data, key, "org_rules.yaml") for key in _RULE_KEYS}
    sets = {key: frozenset(words[key]) for key in (
        "police_levels", "plan_heads", "numbered_abbreviations", "home_country",
        "title_leads", "titles_with_lead", "title_prefix_heads", "credit_not_media", "credit_stops", "named_after_title",
        "media_words", "local_levels", "person_abbreviations")}
    joiners = [f" {w} " for w in words["name_conjunctions"]] + [f" {d} " for d in words["name_dashes"]]
    return RuleWords(
        **_patterns(words),
        **sets,
        parent_places=frozenset(words["police_levels"] + words["posts"]),
        name_joiners=tuple(joiners + words["name_glue"]),
        police_unit_prefixes=tuple(words["police_unit_prefixes"]),
        officer_forces=tuple(words["officer_forces"]),
        trial_panels=frozenset(fold(w) for w in words["trial_panels"]),
        court_heads=frozenset(fold(w) for w in words["court_heads"]),
        seated_heads=tuple(fold(w) + " " for w in words["seated_heads"]),
        echo_heads=tuple(words["echo_heads"]),
        echo_followers=frozenset(words["echo_followers"]),
        echo_not_after=frozenset(words["echo_not_after"]),
        party_committees={fold(k): str(v) for k, v in data["party_committees"].items()},
    )
