"""The shape of foreign names written in Latin script, for the PERSON recogniser.

Not a recogniser of its own (it is not in ``RECOGNIZERS``): ``persons.find``
asks it whether a run of capitalised words is a *Latin run* (no Vietnamese
diacritic, not all capitals, no word of ``not_names``), whether it looks foreign
(a word that cannot be a Vietnamese syllable, or a known foreign given name),
and whether a verb of saying follows it.  The vocabulary is
``lang/vi/foreign_names.yaml``.

>>> looks_foreign(["Kathryn", "Mayorga"]), looks_foreign(["Minh", "Anh"]), looks_foreign(["Syria"])
(True, False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..lexicon import LexiconError, load_data, string_list, strip_diacritics
from ..place_data import place_data

__all__ = [
    "ForeignData",
    "foreign_data",
    "is_latin_run",
    "looks_foreign",
    "vietnamese_syllable",
    "verb_after",
    "name_suffix_end",
]

# The shape of a Vietnamese syllable without its diacritics (onset, vowels, coda).
_VIET_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
# One capitalised Latin word: a capital and lower-case ASCII letters ("Mayorga", "Li").
_LATIN_WORD = regex.compile(r"[A-Z][a-z]+")
# A word of a Latin run: one such word, or two joined by a hyphen ("Ayliffe-Chung"), or after an Arabic article ("al-Assad").
_LATIN_NAME_WORD = regex.compile(r"(?:[ae]l-)?[A-Z][a-z]+(?:(?<=\bMa?c)[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")


@dataclass(frozen=True)
class ForeignData:
    """``foreign_names.yaml``, ready for lookups."""

    given_names: frozenset[str]
    not_names: frozenset[str]
    place_openers: frozenset[str]
    verbs_after: regex.Pattern[str]
    name_suffixes: frozenset[str]
    thing_nouns: regex.Pattern[str]  # a noun of things, then the space before a name: at the end of a text


def _words(data: dict, key: str) -> list[str]:
    return string_list(data, key, "foreign_names.yaml")


#: The locales of Faker whose first names are read as foreign given names: the languages whose names
#: Vietnamese news writes in Latin script.
FAKER_LOCALES = ("en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "cs_CZ",
                 "sv_SE", "no_NO", "da_DK", "fi_FI", "hu_HU", "ro_RO", "tr_TR", "id_ID")


@cache
def faker_given_names() -> frozenset[str]:
    """The first names of Faker's person providers for :data:`FAKER_LOCALES` (a maintained list of thousands:
    ``Denise``, ``Angelina``, ``Heidi``), one capitalised Latin word each, none that is also a Vietnamese
    syllable (``Kim``, ``My``: a Vietnamese name can begin with it).

    >>> {"Denise", "Angelina", "Heidi"} <= faker_given_names(), "Kim" in faker_given_names()
    (True, False)
    """
    from importlib import import_module

    out: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = getattr(provider, attr, ())
            out.update(n for n in names if _LATIN_WORD.fullmatch(n) and n.isascii() and not vietnamese_syllable(n))
    return frozenset(out)


@cache
def foreign_data() -> ForeignData:
    """The parsed and validated ``foreign_names.yaml``.

    >>> "Henry" in foreign_data().given_names, "Reuters" in foreign_data().not_names
    (True, True)
    """
    data = load_data("foreign_names.yaml")
    given = _words(data, "given_names")
    for name in given:
        if not _LATIN_WORD.fullmatch(name):
            raise LexiconError(f"foreign_names.yaml: given_names: {name!r} is not one capitalised Latin word")
    not_names = _words(data, "not_names")
    for name in not_names:
        if not name[:1].isupper() or " " in name:
            raise LexiconError(f"foreign_names.yaml: not_names: {name!r} is not one capitalised word")
    clash = set(given) & set(not_names)
    if clash:
        raise LexiconError(f"foreign_names.yaml: both given_names and not_names: {sorted(clash)}")
    given = [*given, *(n for n in faker_given_names() if n not in not_names)]
    openers = _words(data, "place_openers")
    if set(openers) & set(not_names):
        raise LexiconError(f"foreign_names.yaml: both not_names and place_openers: {sorted(set(openers) & set(not_names))}")
    verbs = sorted(_words(data, "verbs_after"), key=len, reverse=True)
    for verb in verbs:
        if verb != verb.lower():
            raise LexiconError(f"foreign_names.yaml: verbs_after: {verb!r} must be lower case")
    return ForeignData(
        given_names=frozenset(given),
        not_names=frozenset(not_names) | _organisation_words() | _place_words(),
        place_openers=frozenset(openers),
        name_suffixes=frozenset(_words(data, "name_suffixes")),
        thing_nouns=regex.compile(r"(?<![\p{L}\p{M}])(?i:" + "|".join(regex.escape(w) for w in sorted(_words(data, "thing_nouns"), key=len, reverse=True))
                                  + r")\ (?:(?:[A-Z][A-Za-z\-]*\ ){1,3}(?:và|,)\ )?$"),  # or a list of such names: "… Keystone XL và "
        verbs_after=regex.compile(
            r"[ ]{1,2}(?:" + "|".join(regex.escape(v) for v in verbs) + r")(?![\p{L}\p{M}])"
        ),
    )


def name_suffix_end(text: str, end: int) -> int:
    """The end of a name that ends at ``end``, with the dot of a suffix it ends with (``Jr.``).

    >>> t = "Donald Trump Jr. gặp luật sư."
    >>> t[: name_suffix_end(t, 15)], name_suffix_end("Ông Jr", 6)
    ('Donald Trump Jr.', 6)
    """
    if text[end : end + 1] != ".":
        return end
    word = text[text.rfind(" ", 0, end) + 1 : end + 1]  # the last word of the name, with the dot
    return end + 1 if word in foreign_data().name_suffixes else end


def _organisation_words() -> frozenset[str]:
    """One-word company, platform and media names of the ORG data, when present (``Reuters``)."""
    try:
        data = load_data("organizations.yaml")
    except (LexiconError, OSError):  # pragma: no cover - the ORG data is optional here
        return frozenset()
    out: set[str] = set()
    for key in ("companies", "foreign_media"):
        for item in (data or {}).get(key) or []:
            if isinstance(item, str) and " " not in item and _LATIN_WORD.fullmatch(item):
                out.add(item)
    return frozenset(out)


def _place_words() -> frozenset[str]:
    """One-word foreign places of the LOC data in Latin script that are no Vietnamese syllable (``Campuchia``, not ``Nga``)."""
    try:
        foreign = place_data().foreign
    except (LexiconError, OSError):  # pragma: no cover - the LOC data is optional here
        return frozenset()
    return frozenset(item for item in foreign if _LATIN_WORD.fullmatch(item) and not vietnamese_syllable(item))


def vietnamese_syllable(word: str) -> bool:
    """``word`` has the shape of a Vietnamese syllable once its diacritics are gone.

    >>> vietnamese_syllable("Trường"), vietnamese_syllable("Hooker")
    (True, False)
    """
    return bool(_VIET_SYLLABLE.fullmatch(strip_diacritics(word).lower()))


def is_latin_run(words: Sequence[str]) -> bool:
    """Every word is a capitalised Latin word (no Vietnamese diacritic) and none is a known non-name.

    >>> is_latin_run(["Cho", "Joo", "Bin"]), is_latin_run(["Range", "Rover"]), is_latin_run(["Hùng"])
    (True, False, False)
    >>> is_latin_run(["Mia", "Ayliffe-Chung"]), is_latin_run(["Campuchia"])
    (True, False)
    >>> is_latin_run(["Sok", "Ey", "San"]), is_latin_run(["San", "Jose"])
    (True, False)
    """
    if not words or words[0] in foreign_data().place_openers:
        return False
    not_names = foreign_data().not_names
    return all(_LATIN_NAME_WORD.fullmatch(w) and w not in not_names for w in words)


def looks_foreign(words: Sequence[str]) -> bool:
    """A Latin run that cannot be Vietnamese: a known foreign given name opens it, or a word is no Vietnamese syllable.

    >>> looks_foreign(["Moon", "Hyung", "Wook"]), looks_foreign(["Lan", "Anh"]), looks_foreign(["Henry", "Hill"])
    (True, False, True)
    """
    if not is_latin_run(words):
        return False
    return words[0] in foreign_data().given_names or any(not vietnamese_syllable(w) for w in words)


def after_thing_noun(text: str, start: int) -> bool:
    """A noun of things (``thing_nouns``: ``dự án``, ``công ty``, ``bão``) stands right before ``start``, or before a
    list of names that ends there (``dẫn dầu Keystone XL và Dakota Access``).

    >>> t = "dự án đường ống dẫn dầu Keystone XL và Dakota Access"
    >>> after_thing_noun(t, t.index("Keystone")), after_thing_noun(t, t.index("Dakota"))
    (True, True)
    >>> after_thing_noun("cảnh sát bắt Dakota Smith", 14)
    False
    """
    return foreign_data().thing_nouns.search(text, max(0, start - 60), start) is not None


def verb_after(text: str, end: int) -> bool:
    """A verb of saying or of a case (``nói``, ``cho biết``, ``bị bắt``) follows position ``end``.

    >>> text = "Williams nói với cảnh sát."
    >>> verb_after(text, 8), verb_after(text, 0)
    (True, False)
    """
    return bool(foreign_data().verbs_after.match(text, end))
