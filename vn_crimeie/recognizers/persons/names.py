"""The name lexicon of ``person_names.yaml`` and the words of ``person_rules.yaml``, loaded once.

:func:`name_data` parses and checks ``person_names.yaml`` (with the places of
``places.yaml``); :func:`rule_words` reads ``person_rules.yaml`` and builds
the regexes made of its words.  Both are cached: the language data is read
once per process, never per text.

>>> "Nguyễn" in name_data().surnames, "Văn" in rule_words().marker_middle_names
(True, True)
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from ...lexicon import LexiconError, PhraseMatcher, fold, load_data, string_list, strip_diacritics
from ..foreign_names import vietnamese_syllable
from .patterns import NAME_SYLLABLE, WORD

__all__ = ["NameData", "RuleWords", "name_data", "rule_words", "is_surname", "looks_vietnamese"]

_NAMES_FILE = "person_names.yaml"
_RULES_FILE = "person_rules.yaml"


@dataclass(frozen=True)
class NameData:
    """The name lexicon of ``person_names.yaml``, ready for lookups."""

    surnames: frozenset[str]
    surnames_ascii: frozenset[str]
    frequent_surnames: frozenset[str]
    middle_names: frozenset[str]
    not_names: frozenset[str]
    can_end_name: frozenset[str]
    given_after_surname: frozenset[str]
    not_after_name_end: frozenset[str]
    cue_words: frozenset[str]
    place_names: frozenset[str]
    countries: frozenset[str]
    nationalities: frozenset[str]
    occupation_cues: frozenset[str]
    place_cues: frozenset[str]
    cues: PhraseMatcher[bool]
    after_cue_not_names: PhraseMatcher[str]
    street_words: PhraseMatcher[bool]
    company_place_cues: regex.Pattern[str]
    region_words: frozenset[str]
    region_cues: frozenset[str]
    region_cue_compounds: frozenset[str]
    year_names: frozenset[str]
    year_branches: frozenset[str]
    cue_compounds: PhraseMatcher[str]
    nickname_cues: PhraseMatcher[str]
    place_before: regex.Pattern[str]
    credit: regex.Pattern[str]
    age_after: regex.Pattern[str]
    #: ", một quan chức" after a name: a noun of a person describes it
    described_after: regex.Pattern[str]


@dataclass(frozen=True)
class RuleWords:
    """The words of ``person_rules.yaml`` and the regexes built from them."""

    marker_middle_names: frozenset[str]
    #: Honorifics of an adult that a given name follows, even a common word ("ông Để", "chị Ba").
    adult_honorifics: frozenset[str]
    #: Between the names of a list: "A, B và C", "A; B", "A cùng B".
    name_list_separator: regex.Pattern[str]
    #: Between the streets of a list after a street word: "Lê Lợi, Trần Phú", "Lê Lợi và Trần Phú".
    street_list: regex.Pattern[str]
    #: What may follow a street of a comma list: another separator, a punctuation mark.
    street_list_end: regex.Pattern[str]
    #: Between two runs read as places: "Nguyễn Văn Linh, Võ Văn Kiệt", "… và …", "… - …".
    place_list_separator: regex.Pattern[str]
    #: The alternation of ``not_after_age`` ("trở" of "18 tuổi trở lên").
    not_after_age: str


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def rule_words() -> RuleWords:
    """The parsed ``person_rules.yaml`` with its regexes compiled once.

    >>> rule_words().name_list_separator.match(" cùng Lê Văn Dũng").group()
    ' cùng '
    """
    data = load_data(_RULES_FILE)
    names = _alternation(string_list(data, "name_list_conjunctions", _RULES_FILE))
    places = _alternation(string_list(data, "place_list_conjunctions", _RULES_FILE))
    return RuleWords(
        marker_middle_names=frozenset(string_list(data, "marker_middle_names", _RULES_FILE)),
        adult_honorifics=frozenset(string_list(data, "adult_honorifics", _RULES_FILE)),
        name_list_separator=regex.compile(r"(?:,|;)[ ]{1,2}|[ ]{1,2}(?:" + names + r")[ ]{1,2}"),
        street_list=regex.compile(r",[ ]{1,2}|[ ]{1,2}(?:" + places + r")[ ]{1,2}"),
        street_list_end=regex.compile(r"[ ]{0,2}(?:[,;.)(\n]|[-–][ ]|(?:" + places + r")[ ]|$)"),
        place_list_separator=regex.compile(r"(?:,|;|[ ](?:" + places + r")|[ ]-|[ ]–)[ ]"),
        not_after_age=_alternation(string_list(data, "not_after_age", _RULES_FILE)),
    )


def looks_vietnamese(name: str) -> bool:
    """Every syllable of ``name`` has the shape of a Vietnamese syllable.

    >>> looks_vietnamese("Lê Văn Hùng"), looks_vietnamese("Insider Edition")
    (True, False)
    """
    return all(vietnamese_syllable(w) for w in WORD.findall(name) if len(w) > 1)


def is_surname(word: str, data: NameData, context: str = "") -> bool:
    """``word`` is a surname; written without diacritics it counts only in text without any.

    >>> is_surname("Nguyen", name_data(), "Nguyen Van A"), is_surname("Nguyen", name_data(), "ông Nguyen")
    (True, False)
    """
    if word in data.surnames:
        return True
    return word.isascii() and context.isascii() and word in data.surnames_ascii


def _str_list(data: dict, key: str) -> list[str]:
    return string_list(data, key, _NAMES_FILE)


def _gazetteer() -> frozenset[str]:
    """Geographic names of two or more words from ``places.yaml`` and the regions of ``places_areas.yaml`` (the LOC data).

    One-word names are left out: many are given names too (``Nga``, ``Huế``).
    """
    try:
        data = load_data("places.yaml")
    except (LexiconError, OSError):  # pragma: no cover - the LOC data is optional here
        return frozenset()
    names: set[str] = set()
    for key in ("provinces", "districts", "foreign", "foreign_needs_cue"):
        for item in (data or {}).get(key) or []:
            spellings = [item] if isinstance(item, str) else [item.get("canonical"), *(item.get("variants") or [])]
            names.update(x for x in spellings if isinstance(x, str) and " " in x and x[:1].isupper())
    names.update(x for x in load_data("places_areas.yaml")["regions"] if " " in x)  # "Tây Nguyên"
    return frozenset(names)


def _foreign_places() -> tuple[frozenset[str], frozenset[str]]:
    """One-word foreign places (``Campuchia``, ``Mỹ``) and the place cues (``từ``, ``tại``) of ``places.yaml``."""
    try:
        data = load_data("places.yaml") or {}
    except (LexiconError, OSError):  # pragma: no cover - the LOC data is optional here
        return frozenset(), frozenset()
    one_word = {x for key in ("foreign", "foreign_needs_cue") for x in data.get(key) or [] if isinstance(x, str) and " " not in x}
    cues = {x for x in data.get("place_cues") or [] if isinstance(x, str)}
    return frozenset(one_word), frozenset(cues)


def _year_names(data: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The sixty years of the sexagenary cycle (a stem and a branch of the same parity: ``Đinh Dậu``) and the branches."""
    stems, branches = _str_list(data, "year_stems"), _str_list(data, "year_branches")
    if len(stems) != 10 or len(branches) != 12:
        raise LexiconError("person_names.yaml: year_stems needs the 10 stems, year_branches the 12 branches")
    years = frozenset(f"{s} {b}" for i, s in enumerate(stems) for k, b in enumerate(branches) if i % 2 == k % 2)
    return years, frozenset(branches)


def _checked_surnames(data: dict) -> tuple[list[str], list[str]]:
    """The surnames (each one capitalised syllable) and the frequent ones (all among them)."""
    surnames = _str_list(data, "surnames")
    for name in surnames:
        if not NAME_SYLLABLE.fullmatch(name):
            raise LexiconError(f"person_names.yaml: surnames: {name!r} is not one capitalised syllable")
    frequent = _str_list(data, "frequent_surnames")
    missing = set(frequent) - set(surnames)
    if missing:
        raise LexiconError(f"person_names.yaml: frequent_surnames not in surnames: {sorted(missing)}")
    return surnames, frequent


def _age_pattern(age_words: list[str], birth_words: list[str]) -> regex.Pattern[str]:
    """An age or a year of birth right after a name: ``, 27 tuổi``, ``, năm nay 26 tuổi``, `` (SN 1990``, `` (sinh năm 1985``."""
    ages = _alternation(age_words)
    births = _alternation(birth_words)
    return regex.compile(
        r"(?:,[ ]{1,2}|[ ]{0,2}\([ ]{0,2})"
        r"(?:(?:năm nay[ ]{1,2})?\d{1,3}[ ]{1,2}(?:" + ages + r")|(?:" + births + r")[ ]{0,2}:?[ ]{0,2}\d{4})"
        r"(?![\p{L}\p{M}\d])(?![ ](?:" + rule_words().not_after_age + r"))"
    )


def _patterns(data: dict) -> dict[str, regex.Pattern[str]]:
    """The regexes of ``NameData`` built from the word lists of ``person_names.yaml``."""
    place_words = sorted(_str_list(data, "place_words"), key=len, reverse=True)
    alternation = "|".join(regex.escape(fold(w)) for w in place_words)
    not_place = "|".join(regex.escape(fold(w)) for w in _str_list(data, "not_place_words"))
    company = "|".join(regex.escape(w) for w in _str_list(data, "company_place_cues"))
    credit = "|".join(regex.escape(c) for c in _str_list(data, "credit_cues"))
    return {
        "place_before": regex.compile(r"(?:^|[^\p{L}\p{M}])(?<!(?:" + not_place + r")[ ])(?:" + alternation + r")[ ]{0,2}$"),
        "company_place_cues": regex.compile(r"(?:^|[^\p{L}\p{M}])(?:" + company + r")[ ]{1,2}$", regex.IGNORECASE),
        "credit": regex.compile(r"(?<![\p{L}\p{M}])(?:" + credit + r")[ ]?:[ ]?"),
        "age_after": _age_pattern(_str_list(data, "age_words"), _str_list(data, "birth_words")),
        "described_after": regex.compile(
            r",[ ](?:một[ ]|là[ ])?(?:" + _alternation(_str_list(data, "apposition_nouns")) + r")(?![\p{L}\p{M}])", regex.IGNORECASE
        ),
    }


def _matchers(data: dict, cues: list[str]) -> dict[str, PhraseMatcher]:
    """The phrase matchers of ``NameData``."""
    street_words = {w: True for w in _str_list(data, "street_words")}
    # True for a street word, False for a compound that closes with one ("thành phố").
    street_words.update({c: False for c in _str_list(data, "street_compounds")})
    return {
        # A cue written with a capital in the data (GS, PV, Đ/c) is a cue as it stands;
        # a lower-case one only in lower case or at the start of a sentence.
        "cues": PhraseMatcher({cue: cue[:1].isupper() for cue in cues}),
        "after_cue_not_names": PhraseMatcher({p: p for p in _str_list(data, "after_cue_not_names")}),
        "street_words": PhraseMatcher(street_words),
        "cue_compounds": PhraseMatcher({c: c for c in _str_list(data, "cue_compounds")}),
        "nickname_cues": PhraseMatcher({c: c for c in _str_list(data, "nickname_cues")}),
    }


@cache
def name_data() -> NameData:
    """The parsed and validated ``person_names.yaml``.

    >>> "Nguyễn" in name_data().surnames
    True
    """
    data = load_data(_NAMES_FILE)
    surnames, frequent = _checked_surnames(data)
    occupations = _str_list(data, "occupation_cues")
    cues = _str_list(data, "cues") + occupations
    foreign_places, place_cues = _foreign_places()
    countries = frozenset(_str_list(data, "countries"))
    year_names, year_branches = _year_names(data)
    return NameData(
        surnames=frozenset(surnames),
        surnames_ascii=frozenset(strip_diacritics(s) for s in surnames),
        frequent_surnames=frozenset(frequent),
        middle_names=frozenset(_str_list(data, "middle_names")),
        not_names=frozenset(_str_list(data, "not_names")),
        can_end_name=frozenset(_str_list(data, "can_end_name")),
        given_after_surname=frozenset(_str_list(data, "given_after_surname")),
        not_after_name_end=frozenset(_str_list(data, "not_after_name_end")),
        cue_words=frozenset(c for c in cues if " " not in c and c.islower()),
        place_names=frozenset(_str_list(data, "place_names")) | _gazetteer(),
        countries=countries,
        nationalities=frozenset(_str_list(data, "nationality_words")) | countries | foreign_places,
        occupation_cues=frozenset(fold(c) for c in occupations),
        place_cues=place_cues,
        region_words=frozenset(_str_list(data, "region_words")),
        region_cues=frozenset(_str_list(data, "region_cues")),
        region_cue_compounds=frozenset(_str_list(data, "region_cue_compounds")),
        year_names=year_names,
        year_branches=year_branches,
        **_matchers(data, cues),
        **_patterns(data),
    )


@cache
def not_name_pair_heads() -> frozenset[str]:
    """First words of the two-word ``not_names`` (``Công`` of ``Công an``)."""
    return frozenset(p.split(" ")[0] for p in name_data().not_names if p.count(" ") == 1)


@cache
def not_name_openers() -> frozenset[str]:
    """Every word that opens a ``not_names`` phrase: the one-word ones and the first words of the others."""
    return name_data().not_names | not_name_pair_heads()


@cache
def place_before_from_end() -> regex.Pattern[str]:
    """``place_before`` of the name data, searched from the end of the window where it is anchored (a quarter of the work)."""
    pattern = name_data().place_before
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


@cache
def place_name_heads() -> frozenset[str]:
    """First words of the place names (``Hà`` of ``Hà Nội``)."""
    return frozenset(p.split(" ")[0] for p in name_data().place_names)


@cache
def place_word_in_item() -> regex.Pattern[str]:
    """A place word (``thôn``, ``xã``) anywhere in a folded item of an address (``ở thôn 2``)."""
    words = sorted(_str_list(load_data(_NAMES_FILE), "place_words"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(fold(w)) for w in words) + r")(?![\p{L}\p{M}])")


def _underthesea_words(*parts: str) -> frozenset[str]:
    """The lines of a word list shipped with underthesea (lower case), or none when it is not installed there."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - underthesea is a dependency
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    try:
        return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except OSError:  # pragma: no cover - a version without the list
        return frozenset()


@cache
def compound_words() -> frozenset[str]:
    """Two-syllable Vietnamese words of underthesea's dictionary (Viet74K), lower case: ``triển khai``, ``hải quan``.

    >>> "nghi vấn" in compound_words(), "tuấn khai" in compound_words()
    (True, False)
    """
    return frozenset(w for w in _underthesea_words("corpus", "data", "Viet74K.txt") if w.count(" ") == 1)


@cache
def stop_words() -> frozenset[str]:
    """Vietnamese function words of underthesea's stop word list (``là``, ``và``, ``được``)."""
    return _underthesea_words("datasets", "stopwords", "stopwords.txt")
