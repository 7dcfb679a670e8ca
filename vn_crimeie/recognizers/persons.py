"""PERSON: people's names only, without rank, title or honorific.

Signals, strongest first (``source`` names the rule):

* ``persons.cue`` - a RANK, a TITLE or a cue word (``ông``, ``chị``, ``đồng
  chí``, ``bị can``, ``GS.TS`` … from ``lang/vi/person_names.yaml``) right
  before a capitalised name or an anonymised one (``cháu A``, ``chị P.T.T``,
  ``anh Ngô Văn T.``);
* ``persons.nickname`` - ``(tức Tí)``, ``(SN 1990, tức Bin)``;
* ``persons.surname`` - 2-4 capitalised syllables that start with a known
  surname, unless a place word comes before (``phường Lý Thái Tổ``) or the run
  is a place (``Hà Nội``); ``persons.split`` takes the name off the end of an
  organisation or place (``Công an tỉnh Nghệ An Nguyễn Văn A``);
* ``persons.credit`` and ``persons.byline`` - ``Ảnh: Cao Sỹ``, the author's
  name that closes an article;
* ``persons.echo`` - a later mention by the given name alone (``Kiên``,
  ``Minh Anh``) of a person named in full elsewhere in the text.

Optionally (``use_ner=True``) underthesea's CRF NER adds its ``PER`` spans in
the sentences where the rules found nothing; it is slow (about 11K chars/s)
and off by default.

>>> text = "Đại tá Lê Nguyên Trường - Phó Giám đốc CATP. Ông Trường cho biết, bà H. đã khai."
>>> [text[c.start:c.end] for c in find(text)]
['Lê Nguyên Trường', 'Trường', 'H.']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import accumulate

import regex

from ..candidates import Candidate
from ..lexicon import LexiconError, PhraseMatcher, fold, load_data, string_list, strip_diacritics
from .ranks import find as find_ranks
from .titles import find as find_titles
from .foreign_names import foreign_data, is_latin_run, looks_foreign, verb_after, vietnamese_syllable

__all__ = ["find", "name_data", "NameData"]

PRIORITY_CUE = 20
PRIORITY_SURNAME = 15
PRIORITY_WEAK = 10
# A credit or byline is a positional signal: it outranks a bare admin abbreviation ("H.Thành").
PRIORITY_POSITIONAL = 16

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_WORD_SPLIT = regex.compile(r"([\p{L}\p{M}]+)")
# A hyphen between two letters ("Ayliffe-Chung", "Kim Jong-un").
_HYPHEN_IN_WORD = regex.compile(r"(?<=[\p{L}\p{M}])-(?=[\p{L}\p{M}])")
_NAME_SYLLABLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")
# A name word: a syllable, or two Latin ones joined by a hyphen ("Ayliffe-Chung", "Jean-Pierre").
_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}[\p{Ll}\p{M}]*)?")
_LATIN_PART = regex.compile(r"[A-Z][a-z]+")
# Between the streets of a list: "Trường Chinh - Trần Đại Cang", "Lê Lợi, Trần Phú", "Lê Lợi và Trần Phú".
_STREET_DASH = regex.compile(r"[ ]{0,2}[-–][ ]{0,2}")
_STREET_LIST = regex.compile(r",[ ]{1,2}|[ ]{1,2}và[ ]{1,2}")
# What may follow a street of a comma list: another separator, a punctuation mark, a place word.
_STREET_LIST_END = regex.compile(r"[ ]{0,2}(?:[,;.)(\n]|[-–][ ]|và[ ]|$)")
# Anonymised names: P.T.T, N.T. S, V.H., T.V; Đoàn.V.T (a syllable and initials).
_INITIALS = regex.compile(
    r"\p{Lu}(?:\.[ ]?\p{Lu}(?![\p{L}\p{M}])){1,5}\.?"
    r"|\p{Lu}[\p{Ll}\p{M}]+(?:\.\p{Lu}(?![\p{L}\p{M}])){1,5}\.?"
)
# A single initial with its dot ("Q."), the shortest anonymised name.
_INITIAL_DOT = regex.compile(r"\p{Lu}\.(?![\p{L}\p{M}])")
_SPACES = regex.compile(r"[ ]{1,3}")
# The hyphenated tail of a romanised name ("Kim Jong-un", "Park Geun-hye").
_HYPHEN_TAIL = regex.compile(r"-[a-z]{1,12}(?![\p{L}\p{M}])")
# List separators between names: "A, B và C", "A; B", "A cùng B".
_NAME_LIST_SEPARATOR = regex.compile(r"(?:,|;)[ ]{1,2}|[ ]{1,2}(?:và|cùng)[ ]{1,2}")
# Initials that close a name: "Đặng V.L.", "Đặng V. L." after the single letter "V".
_MORE_INITIALS = regex.compile(r"(?:\.[ ]?\p{Lu}(?![\p{L}\p{M}])){1,4}\.?")
# Anonymised names standing alone: three or more dotted initials, or two before a bracket.
_LONE_INITIALS = regex.compile(
    r"(?<![\p{L}\p{M}.])(?:\p{Lu}(?:\.\p{Lu}){2,5}\.?|\p{Lu}\.\p{Lu}\.?(?=[ ]?\())(?![\p{L}\p{M}.])"
)
# Any dotted initials standing alone, for later mentions of an anonymised name.
_ANY_INITIALS = regex.compile(r"(?<![\p{L}\p{M}.])\p{Lu}(?:\.[ ]?\p{Lu}(?![\p{L}\p{M}])){0,5}\.(?![\p{L}\p{M}])|(?<![\p{L}\p{M}.])\p{Lu}(?:\.\p{Lu}){1,5}(?![\p{L}\p{M}.])")
_LIST_SEPARATOR = regex.compile(r"(?:,|;|[ ]và|[ ]-|[ ]–)[ ]")
# A number right before a position (searched from the end, where it is anchored).
_NUMBER_BEFORE = regex.compile(r"\d[ ]{0,2}$", regex.REVERSE)
_SENTENCE_START = "\n.!?:;\"“”'(…-–—•"
_BYLINE_NAME = (
    r"\p{Lu}\.[ ]?\p{Lu}[\p{Ll}\p{M}]+"
    r"|\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+){1,3}"
)
_BYLINE = regex.compile(
    r"(?:^|[.!?…”\"\)\]])[ \n]+(" + _BYLINE_NAME + r")[ ]*(?:\([^()\n]{0,80}\)|/[^\s]{1,30})?[ \n]*$"
)
_BYLINE_TAIL = 160
_BYLINE_LINE = regex.compile(r"(" + _BYLINE_NAME + r")[ ]*(?:\([^()\n]{0,80}\)|/[^\s]{1,30})?[ ]*\.?")


def _looks_vietnamese(name: str) -> bool:
    """Every syllable of ``name`` has the shape of a Vietnamese syllable ("Insider Edition" has not)."""
    return all(vietnamese_syllable(w) for w in _WORD.findall(name) if len(w) > 1)


@dataclass(frozen=True)
class NameData:
    """The name lexicon of ``person_names.yaml``, ready for lookups."""

    surnames: frozenset[str]
    surnames_ascii: frozenset[str]
    frequent_surnames: frozenset[str]
    middle_names: frozenset[str]
    not_names: frozenset[str]
    can_end_name: frozenset[str]
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
    year_names: frozenset[str]
    year_branches: frozenset[str]
    cue_compounds: PhraseMatcher[str]
    nickname_cues: PhraseMatcher[str]
    place_before: regex.Pattern[str]
    credit: regex.Pattern[str]
    age_after: regex.Pattern[str]


def _str_list(data: dict, key: str) -> list[str]:
    return string_list(data, key, "person_names.yaml")


def _gazetteer() -> frozenset[str]:
    """Geographic names of two or more words from ``places.yaml`` (the LOC data), when present.

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


def _year_names(stems: list[str], branches: list[str]) -> frozenset[str]:
    """The sixty years of the sexagenary cycle: a stem and a branch of the same parity (``Đinh Dậu``)."""
    return frozenset(f"{s} {b}" for i, s in enumerate(stems) for k, b in enumerate(branches) if i % 2 == k % 2)


@cache
def name_data() -> NameData:
    """The parsed and validated ``person_names.yaml``.

    >>> "Nguyễn" in name_data().surnames
    True
    """
    data = load_data("person_names.yaml")
    surnames = _str_list(data, "surnames")
    for name in surnames:
        if not _NAME_SYLLABLE.fullmatch(name):
            raise LexiconError(f"person_names.yaml: surnames: {name!r} is not one capitalised syllable")
    frequent = _str_list(data, "frequent_surnames")
    missing = set(frequent) - set(surnames)
    if missing:
        raise LexiconError(f"person_names.yaml: frequent_surnames not in surnames: {sorted(missing)}")
    occupations = _str_list(data, "occupation_cues")
    cues = _str_list(data, "cues") + occupations
    # A cue written with a capital in the data (GS, PV, Đ/c) is a cue as it stands;
    # a lower-case one only in lower case or at the start of a sentence.
    cue_table = {cue: cue[:1].isupper() for cue in cues}
    stems, branches = _str_list(data, "year_stems"), _str_list(data, "year_branches")
    if len(stems) != 10 or len(branches) != 12:
        raise LexiconError("person_names.yaml: year_stems needs the 10 stems, year_branches the 12 branches")
    foreign_places, place_cues = _foreign_places()
    countries = _str_list(data, "countries")
    street_compounds = _str_list(data, "street_compounds")
    place_words = sorted(_str_list(data, "place_words"), key=len, reverse=True)
    alternation = "|".join(regex.escape(fold(w)) for w in place_words)
    not_place = "|".join(regex.escape(fold(w)) for w in _str_list(data, "not_place_words"))
    place_before = regex.compile(
        r"(?:^|[^\p{L}\p{M}])(?<!(?:" + not_place + r")[ ])(?:" + alternation + r")[ ]{0,2}$"
    )
    return NameData(
        surnames=frozenset(surnames),
        surnames_ascii=frozenset(strip_diacritics(s) for s in surnames),
        frequent_surnames=frozenset(frequent),
        middle_names=frozenset(_str_list(data, "middle_names")),
        not_names=frozenset(_str_list(data, "not_names")),
        can_end_name=frozenset(_str_list(data, "can_end_name")),
        not_after_name_end=frozenset(_str_list(data, "not_after_name_end")),
        cue_words=frozenset(c for c in cues if " " not in c and c.islower()),
        place_names=frozenset(_str_list(data, "place_names")) | _gazetteer(),
        countries=frozenset(countries),
        nationalities=frozenset(_str_list(data, "nationality_words")) | frozenset(countries) | foreign_places,
        occupation_cues=frozenset(fold(c) for c in occupations),
        place_cues=place_cues,
        cues=PhraseMatcher(cue_table),
        after_cue_not_names=PhraseMatcher({p: p for p in _str_list(data, "after_cue_not_names")}),
        # True for a street word, False for a compound that closes with one ("thành phố").
        street_words=PhraseMatcher({**{w: True for w in _str_list(data, "street_words")}, **{c: False for c in street_compounds}}),
        company_place_cues=regex.compile(
            r"(?:^|[^\p{L}\p{M}])(?:" + "|".join(regex.escape(w) for w in _str_list(data, "company_place_cues")) + r")[ ]{1,2}$",
            regex.IGNORECASE,
        ),
        year_names=_year_names(stems, branches),
        year_branches=frozenset(branches),
        cue_compounds=PhraseMatcher({c: c for c in _str_list(data, "cue_compounds")}),
        nickname_cues=PhraseMatcher({c: c for c in _str_list(data, "nickname_cues")}),
        place_before=place_before,
        credit=regex.compile(
            r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(c) for c in _str_list(data, "credit_cues")) + r")[ ]?:[ ]?"
        ),
        age_after=_age_pattern(_str_list(data, "age_words"), _str_list(data, "birth_words")),
    )


def _age_pattern(age_words: list[str], birth_words: list[str]) -> regex.Pattern[str]:
    """An age or a year of birth right after a name: ``, 27 tuổi``, `` (SN 1990``, `` (sinh năm 1985``."""
    ages = "|".join(regex.escape(w) for w in sorted(age_words, key=len, reverse=True))
    births = "|".join(regex.escape(w) for w in sorted(birth_words, key=len, reverse=True))
    return regex.compile(
        r"(?:,[ ]{1,2}|[ ]{0,2}\([ ]{0,2})"
        r"(?:\d{1,3}[ ]{1,2}(?:" + ages + r")|(?:" + births + r")[ ]{0,2}:?[ ]{0,2}\d{4})(?![\p{L}\p{M}\d])(?![ ]trở)"
    )


# --------------------------------------------------------------------------
# Words and runs of capitalised syllables


@dataclass
class _Words:
    """The words of a text and, for each, whether it may be part of a name."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    nameish: list[bool]
    index_at: dict[int, int]
    index_ending_at: dict[int, int]


def _is_surname(word: str, data: NameData, context: str = "") -> bool:
    """``word`` is a surname; written without diacritics it counts only in text without any."""
    if word in data.surnames:
        return True
    return word.isascii() and context.isascii() and word in data.surnames_ascii


def _hyphen_joins(left: str, right: str) -> bool:
    """Two capitalised Latin words joined by a hyphen form one name word, unless both read as Vietnamese."""
    if not (_LATIN_PART.fullmatch(left) and _LATIN_PART.fullmatch(right)):
        return False
    return not (vietnamese_syllable(left) and vietnamese_syllable(right))


def _word_spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start, end and text of every run of letters in ``text``, from one regex pass.

    Splitting on the words gives the text between words and the words in turn
    (``["", "Ông", " ", "Ba", "."]``): the running sum of the pieces' lengths
    gives the offsets.
    """
    pieces = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces)))
    return offsets[0:-1:2], offsets[1::2], pieces[1::2]


def _join_hyphenated(text: str, starts: list[int], ends: list[int], texts: list[str]) -> None:
    """Make one word, in place, of two Latin name words joined by a hyphen ("Ayliffe-Chung").

    A joined word never joins the next one ("A-B-C" gives "A-B" and "C").
    """
    joins: list[int] = []
    for m in _HYPHEN_IN_WORD.finditer(text):
        i = bisect.bisect_left(starts, m.end())  # the word right after the hyphen
        if (not joins or joins[-1] != i - 1) and _hyphen_joins(texts[i - 1], texts[i]):
            joins.append(i)
    for i in reversed(joins):
        ends[i - 1] = ends[i]
        texts[i - 1] = f"{texts[i - 1]}-{texts[i]}"
        del starts[i], ends[i], texts[i]


@cache
def _not_name_pair_heads() -> frozenset[str]:
    """First words of the two-word ``not_names`` (``Công`` of ``Công an``)."""
    return frozenset(p.split(" ")[0] for p in name_data().not_names if p.count(" ") == 1)


@cache
def _not_name_openers() -> frozenset[str]:
    """Every word that opens a ``not_names`` phrase: the one-word ones and the first words of the others."""
    return name_data().not_names | _not_name_pair_heads()


def _words(text: str, blocked: list[tuple[int, int]], data: NameData) -> _Words:
    starts, ends, texts = _word_spans(text)
    _join_hyphenated(text, starts, ends, texts)
    n = len(texts)
    # A name word opens with an upper-case letter (\p{Lu} is upper for str.isupper): one cheap test first.
    fullmatch = _NAME_WORD.fullmatch
    nameish = [w[0].isupper() and fullmatch(w) is not None for w in texts]
    # Sexagenary years ("Tết Đinh Dậu") are never names.
    if not data.year_branches.isdisjoint(texts):
        for i in range(n - 1):
            if texts[i + 1] in data.year_branches and f"{texts[i]} {texts[i + 1]}" in data.year_names and text[ends[i] : starts[i + 1]] == " ":
                nameish[i] = nameish[i + 1] = False
    # Words of a rank or title span are never part of a name (words overlapping a span).
    for a, b in blocked:
        for i in range(bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)):
            nameish[i] = False
    _mark_not_names(text, starts, ends, texts, nameish, data)
    return _Words(starts, ends, texts, nameish, dict(zip(starts, range(n))), dict(zip(ends, range(n))))


def _mark_not_names(text: str, starts: list[int], ends: list[int], texts: list[str], nameish: list[bool], data: NameData) -> None:
    """Unmark the words of ``not_names`` (organisation heads, administrative words, sentence starters).

    A two-word phrase goes before a single word; a surname followed by a middle
    name ("Từ Thị Hoa") and a word that closes a name ("Lê Nguyên Trường -")
    stay name words.  Only words that open a ``not_names`` phrase are looked at.
    """
    n = len(texts)
    pair_heads = _not_name_pair_heads()
    not_names = data.not_names
    openers = _not_name_openers()
    at = [i for i, w in enumerate(texts) if w in openers]
    for i in at:
        if not nameish[i]:
            continue
        word = texts[i]
        if i + 1 < n and word in pair_heads and text[ends[i] : starts[i + 1]] == " " and f"{word} {texts[i + 1]}" in not_names:
            nameish[i] = nameish[i + 1] = False
            continue
        if word not in not_names:
            continue
        if i + 1 < n and texts[i + 1] in data.middle_names and _is_surname(word, data):
            continue
        if word in data.can_end_name and _ends_name(text, starts, ends, nameish, texts, i, data):
            continue
        nameish[i] = False
    # A place whose last word is an organisation word ("Hải Phòng") leaves no name behind ("Hải").
    for i in [i for i in at if i and texts[i] in not_names]:
        if not nameish[i] and nameish[i - 1] and text[ends[i - 1] : starts[i]] == " ":
            if f"{texts[i - 1]} {texts[i]}" in data.place_names:
                nameish[i - 1] = False


def _block_streets(text: str, words: _Words, data: NameData) -> None:
    """Streets are no names: the name after a street word and the names listed after it.

    ``đường Trường Chinh - Trần Đại Cang - Bà Triệu``: every item of a dash or
    ``và`` list after a street is a street.  The first item of a comma list is
    one when another separator or a punctuation mark follows it (``đường Lê
    Lợi, Trần Phú, Hà Nội``), not a verb (``Tại phố Huế, Nguyễn Văn Nam dùng
    dao``); the later ones are; no item before an age or a year of birth is.
    """
    n = len(words.texts)

    def capitalised_run(i: int) -> int:
        j = i
        while j < n and j - i < 5 and _NAME_WORD.fullmatch(words.texts[j]) and (j == i or text[words.ends[j - 1] : words.starts[j]] == " "):
            if j > i and fold(words.texts[j]) in data.cue_words and " ".join(words.texts[j - 1 : j + 2]) not in data.place_names:
                break  # "phố Trần Phú Ông Nguyễn Xuân Hưng": a headline ran into a sentence
            j += 1
        return j

    for _start, end, is_street in data.street_words.find(text):
        if not is_street:
            continue
        m = _SPACES.match(text, end)
        i = words.index_at.get(m.end()) if m else None
        items = 0
        while i is not None and items < 12:
            j = capitalised_run(i)
            if j == i:
                break
            run_end = words.ends[j - 1]
            if items and data.age_after.match(text, run_end):
                break
            for k in range(i, j):
                words.nameish[k] = False
            items += 1
            dash = _STREET_DASH.match(text, run_end)
            sep = dash or _STREET_LIST.match(text, run_end)
            i = words.index_at.get(sep.end()) if sep and sep.end() > run_end else None
            if i is not None and not dash and sep.group().strip() == "," and items < 2:
                k = capitalised_run(i)
                if k == i or not _STREET_LIST_END.match(text, words.ends[k - 1]):
                    break


def _ends_name(
    text: str, starts: list[int], ends: list[int], nameish: list[bool], texts: list[str], i: int, data: NameData
) -> bool:
    """Word ``i`` closes a name: a name syllable before it, none after it ("Lê Nguyên Trường -").

    Not before a word that it opens a phrase with ("Hai tháng trước", "Mới đây").
    """
    if i == 0 or not nameish[i - 1] or text[ends[i - 1] : starts[i]] != " ":
        return False
    if i + 1 < len(texts) and text[ends[i] : starts[i + 1]] == " ":
        if _NAME_SYLLABLE.fullmatch(texts[i + 1]):
            return False
        after = texts[i + 1]
        pair = f"{texts[i + 1]} {texts[i + 2]}" if i + 2 < len(texts) else ""
        if after in data.not_after_name_end or pair in data.not_after_name_end:
            return False
    return True


def _run_from(words: _Words, text: str, i: int, limit: int = 5) -> int:
    """The index after the run of name syllables that starts at word ``i``."""
    j = i
    n = len(words.texts)
    while j < n and words.nameish[j] and j - i < limit:
        if j > i and text[words.ends[j - 1] : words.starts[j]] != " ":
            break
        j += 1
    return j


def _runs(words: _Words, text: str) -> list[tuple[int, int]]:
    """Maximal runs of name syllables, as word index ranges.

    ``find`` lists them once, when no rule unmarks name words any more, for all the rules that read them.
    """
    runs = []
    i, n = 0, len(words.texts)
    while i < n:
        if not words.nameish[i]:
            i += 1
            continue
        j = _run_from(words, text, i, limit=n)
        runs.append((i, j))
        i = j
    return runs


def _at_sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_START


def _place_before(text: str, start: int, data: NameData) -> bool:
    """A place word (``phường``, ``đường``) or a number closes the text before ``start``."""
    window = fold(text[max(0, start - 24) : start])
    return bool(_place_before_from_end().search(window)) or bool(_NUMBER_BEFORE.search(window))


@cache
def _place_before_from_end() -> regex.Pattern[str]:
    """``place_before`` of the name data, searched from the end of the window where it is anchored (a quarter of the work)."""
    pattern = name_data().place_before
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


@cache
def _place_name_heads() -> frozenset[str]:
    """First words of the place names (``Hà`` of ``Hà Nội``)."""
    return frozenset(p.split(" ")[0] for p in name_data().place_names)


def _place_prefix(words: _Words, i: int, j: int, data: NameData) -> int:
    """Length in words of the longest place name that opens the run ``[i, j)``."""
    if i >= j or words.texts[i] not in _place_name_heads():
        return 0
    for length in range(min(4, j - i), 0, -1):
        if " ".join(words.texts[i : i + length]) in data.place_names:
            return length
    return 0


# --------------------------------------------------------------------------
# Rules


class _Found:
    """Accepted PERSON spans, first rule wins on overlap (kept sorted for bisection)."""

    def __init__(self) -> None:
        self.spans: list[Candidate] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int, source: str, priority: int) -> bool:
        if start >= end or self.overlaps(start, end):
            return False
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self.spans.append(Candidate(start, end, "PERSON", None, source=source, priority=priority))
        return True


def _dotless_initials(text: str, words: _Words, cue_ends: Iterable[int]) -> set[str]:
    """Single-letter names written somewhere after a cue without a dot ("cháu A")."""
    out = set()
    for pos in cue_ends:
        m = _SPACES.match(text, pos)
        if not m:
            continue
        i = words.index_at.get(m.end())
        if i is None:
            continue
        w = words.texts[i]
        if len(w) == 1 and w.isupper() and text[words.ends[i] : words.ends[i] + 1] != ".":
            out.add(w)
    return out


def _name_end(text: str, words: _Words, last: int, dotless: set[str]) -> int:
    """End of a name whose last word is ``last``: a trailing initial keeps its dot."""
    end = words.ends[last]
    w = words.texts[last]
    if w.isascii() and len(w) > 1:
        tail = _HYPHEN_TAIL.match(text, end)
        return tail.end() if tail else end
    if len(w) == 1 and w.isupper():
        more = _MORE_INITIALS.match(text, end)
        if more and more.group() != ".":
            return more.end()
        if text[end : end + 1] == "." and w not in dotless:
            return end + 1
    return end


def _cue_positions(
    text: str,
    words: _Words,
    data: NameData,
    rank_spans: list[tuple[int, int]],
    title_spans: list[tuple[int, int]],
    cue_matches: list[tuple[int, int, bool]],
) -> dict[int, str]:
    """End of every cue → its kind: ``rank``, ``title``, ``occupation`` or ``word``.

    ``cue_matches`` are the matches of ``data.cues`` in ``text``.
    """
    kinds: dict[int, str] = {end: "title" for _s, end in title_spans}
    kinds.update({end: "rank" for _s, end in rank_spans})
    compound_ends = {end for _s, end, _c in data.cue_compounds.find(text)}
    for start, end, always in cue_matches:
        if end in compound_ends:
            continue  # "trẻ em", "đàn ông": the cue word closes another noun
        span = text[start:end]
        if not always and span[:1].isupper() and not _at_sentence_start(text, start):
            # "bà Anh": a capitalised "Anh" in mid-sentence is the name, unless an
            # anonymised name follows ("… hội đồng Em Q. được …").
            m = _SPACES.match(text, end)
            after = m.end() if m else end
            if not (_INITIAL_DOT.match(text, after) or _INITIALS.match(text, after)):
                continue
        if span[:1].isupper() and _cue_opens_place(words, start, end, data):
            continue  # "Bà Rịa - Vũng Tàu: …", "Cô Tô": the cue word is part of a place name
        kinds.setdefault(end, "occupation" if fold(span) in data.occupation_cues else "word")
    return kinds


def _cue_opens_place(words: _Words, start: int, end: int, data: NameData) -> bool:
    """The capitalised cue at ``start`` is the first word of a place name (``Bà Rịa``)."""
    i = words.index_at.get(start)
    if i is None:
        return False
    cue_words = sum(1 for k in range(i, min(i + 4, len(words.starts))) if words.starts[k] < end)
    return _place_prefix(words, i, min(i + 5, len(words.starts)), data) > cue_words


def _nationality_prefix(words: _Words, i: int, j: int, data: NameData) -> int:
    """Length in words of the nationality that opens the run ``[i, j)`` (``Mỹ``, ``Hàn Quốc``)."""
    for length in (2, 1):
        if i + length <= j and " ".join(words.texts[i : i + length]) in data.nationalities:
            return length
    return 0


def _after_cue(
    text: str, words: _Words, cues: dict[int, str], data: NameData, found: _Found, dotless: set[str], not_name_starts: set[int]
) -> None:
    for pos, kind in sorted(cues.items()):
        m = _SPACES.match(text, pos)
        if not m:
            continue
        at = m.end()
        initials = _INITIALS.match(text, at)
        if initials:
            found.add(at, initials.end(), "persons.cue", PRIORITY_CUE)
            continue
        i = words.index_at.get(at)
        if i is None or not words.nameish[i]:
            continue
        if at in not_name_starts:
            continue  # "Hoa hậu Hoàn vũ", "chuyên gia Liên hợp quốc", "sinh viên Đại học"
        j = _run_from(words, text, i)
        if kind == "occupation":
            # "giáo sư Mỹ", "hacker Nga": a nationality after an occupation describes it;
            # "tỷ phú Mỹ Musk": a foreign name may follow it.  ("bà Nga" is a name.)
            nationality = _nationality_prefix(words, i, j, data)
            if nationality and i + nationality == j:
                continue
            if nationality and looks_foreign(words.texts[i + nationality : j]):
                i += nationality
        if kind == "title":
            # "Tổng thống Mỹ Joe Biden": a country between the title and the name;
            # a single capitalised word after a title is rather a body ("Bộ trưởng Tư pháp").
            place = _place_prefix(words, i, j, data) or int(words.texts[i] in data.countries)
            # "Tổng thống Putin", "Tổng thống Nga Putin": one foreign word is a name too.
            lone_foreign = looks_foreign(words.texts[j - 1 : j])
            if place and (j - i - place >= 2 or (j - i - place == 1 and lone_foreign)):
                i += place
            if j - i < 2 and not (j - i == 1 and lone_foreign):
                continue
        elif j - i >= 3:
            # "tỷ phú Trung Quốc Liu Zhongtian": a country between the cue and a foreign name.
            k = _lead_places(words, i, j, data)
            if k < j and k > i and looks_foreign(words.texts[k:j]):
                i = k
        if j - i > 4:
            continue
        if _place_prefix(words, i, j, data) == j - i:
            continue
        if any(w in foreign_data().not_names for w in words.texts[i:j] if w.isascii()):
            continue  # "ông chủ Facebook"
        found.add(words.starts[i], _name_end(text, words, j - 1, dotless), "persons.cue", PRIORITY_CUE)


def _nicknames(text: str, words: _Words, data: NameData, found: _Found) -> None:
    for start, end, _cue in data.nickname_cues.find(text):
        before = text[max(0, start - 60) : start]
        opened = before.rfind("(") > before.rfind(")")
        if not opened and not before.rstrip().endswith(","):
            continue
        m = _SPACES.match(text, end)
        if not m:
            continue
        i = words.index_at.get(m.end())
        if i is None or not words.nameish[i]:
            continue
        j = _run_from(words, text, i, limit=3)
        found.add(words.starts[i], words.ends[j - 1], "persons.nickname", PRIORITY_CUE)


def _surname_runs(
    text: str, words: _Words, runs: list[tuple[int, int]], data: NameData, found: _Found, dotless: set[str]
) -> None:
    place_end = -1  # end of the last run read as a place, for lists of streets
    for i, j in runs:
        length = j - i
        start = words.starts[i]
        if place_end >= 0 and _LIST_SEPARATOR.fullmatch(text, place_end, start):
            place_end = words.ends[j - 1]  # "đường Nguyễn Văn Linh, Võ Văn Kiệt"
            continue
        if length == 1:
            continue  # a name of one word needs a cue
        place = _place_prefix(words, i, j, data)
        if place:
            k = i + place
            if 2 <= j - k <= 4 and words.texts[k] in data.frequent_surnames:
                found.add(words.starts[k], _name_end(text, words, j - 1, dotless), "persons.split", PRIORITY_SURNAME)
            continue
        context = text[max(0, start - 60) : words.ends[j - 1] + 60]
        if 3 <= length <= 5 and fold(words.texts[i]) in data.cue_words and _is_surname(words.texts[i + 1], data, context):
            # "… phố Trần Phú Ông Nguyễn Xuân Hưng, …": a capitalised cue after a headline without a stop.
            i, length, start = i + 1, length - 1, words.starts[i + 1]
        if 3 <= length <= 5 and _at_sentence_start(text, start) and not _is_surname(words.texts[i], data, context):
            # "Bắt Lò Văn Pằng ...": a capitalised verb opens the sentence, the name follows.
            # Only a name that shows it is one: three syllables, a middle name or a frequent surname.
            rest = words.texts[i + 1 : j]
            if _is_surname(rest[0], data, context) and " ".join(rest[:2]) not in data.place_names and (
                len(rest) >= 3 or rest[1] in data.middle_names or rest[0] in data.frequent_surnames
            ):
                i, length, start = i + 1, length - 1, words.starts[i + 1]
        marked = 3 <= length <= 4 and words.texts[i + 1] in ("Thị", "Văn")
        surname = _is_surname(words.texts[i], data, context) or (marked and _looks_vietnamese(" ".join(words.texts[i:j])))
        if 2 <= length <= 4 and surname:
            if _place_before(text, start, data):
                place_end = words.ends[j - 1]
                continue
            found.add(words.starts[i], _name_end(text, words, j - 1, dotless), "persons.surname", PRIORITY_SURNAME)
            continue
        if length >= 4:
            for k in range(i + 2, j - 1):
                if words.texts[k] in data.frequent_surnames and 2 <= j - k <= 4:
                    found.add(words.starts[k], _name_end(text, words, j - 1, dotless), "persons.split", PRIORITY_SURNAME)
                    break


def _credits(text: str, words: _Words, data: NameData, found: _Found) -> None:
    """``Ảnh: Cao Sỹ``: two or more name syllables (or initials) that end the caption."""
    for m in data.credit.finditer(text):
        at = m.end()
        initials = _INITIALS.match(text, at)
        if initials:
            found.add(at, initials.end(), "persons.credit", PRIORITY_POSITIONAL)
            continue
        i = words.index_at.get(at)
        if i is None or not words.nameish[i]:
            continue
        j = _run_from(words, text, i)
        if j < len(words.texts) and words.texts[j][:1].islower() and text[words.ends[j - 1] : words.starts[j]] == " ":
            continue  # "Ảnh: Cắt từ clip" is a caption, not a credit
        # "Ảnh: Hải Vân Vũng Tàu": the author, then where the photo was taken.
        for k in range(i + 2, j):
            if _place_prefix(words, k, j, data) == j - k:
                j = k
                break
        name = " ".join(words.texts[i:j])
        if not 2 <= j - i <= 4 or _place_prefix(words, i, j, data) or not _looks_vietnamese(name):
            continue
        found.add(words.starts[i], words.ends[j - 1], "persons.credit", PRIORITY_POSITIONAL)


def _byline_name_ok(name: str, data: NameData) -> bool:
    first = _WORD.match(name)
    return bool(first) and not (
        name in data.place_names or name in data.not_names or first.group() in data.not_names
    ) and _looks_vietnamese(name)


def _byline(text: str, data: NameData, found: _Found) -> None:
    """The author's name: at the very end of the text, or alone on one of its last lines."""
    offset = max(0, len(text) - _BYLINE_TAIL)
    m = _BYLINE.search(text, offset)
    if m and _byline_name_ok(m.group(1), data):
        found.add(m.start(1), m.end(1), "persons.byline", PRIORITY_POSITIONAL)
    # "Đức Hoàng" alone on a line, maybe followed by a "Theo AFP" source line.
    end = len(text.rstrip())
    for _ in range(3):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        m = _BYLINE_LINE.fullmatch(text, start + lead, end) if line.strip() else None
        if m and _byline_name_ok(m.group(1), data):
            found.add(m.start(1), m.end(1), "persons.byline", PRIORITY_POSITIONAL)
        if start == 0:
            break
        end = start - 1


def _lead_places(words: _Words, i: int, j: int, data: NameData) -> int:
    """Index of the first word of ``[i, j)`` after the place names and countries that open it.

    After a foreign non-name ("Italy Giovanni Canzio") two words must remain:
    "China Zhongwang" is one company.
    """
    fdata = foreign_data()
    start = i
    foreign = False
    while i < j:
        place = _place_prefix(words, i, j, data)
        if place:
            i += place
        elif words.texts[i] in data.countries or words.texts[i] in fdata.not_names:
            foreign = foreign or words.texts[i] in fdata.not_names
            i += 1
        else:
            break
    if foreign and j - i < 2:
        return j if i > start else i
    return i


def _introduced_places(text: str, words: _Words, runs: list[tuple[int, int]], data: NameData) -> frozenset[str]:
    """Latin runs that the text names after a place or organisation word (``công ty Arconic``, ``ở Mongkok``).

    Elsewhere in the same text they are that place or company, not a person
    (``Arconic nhấn mạnh``).
    """
    out = set()
    for i, j in runs:
        start = words.starts[i]
        if is_latin_run(words.texts[i:j]) and data.company_place_cues.search(text, max(0, start - 16), start):
            out.add(" ".join(words.texts[i:j]))
    return frozenset(out)


def _place_cue_before(text: str, start: int, data: NameData) -> bool:
    """A place cue (``từ``, ``tại``, ``sang`` of places.yaml) is the word right before ``start``."""
    m = _LAST_WORD.search(text, max(0, start - 16), start)
    return bool(m) and fold(m.group(1)) in data.place_cues


_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)[ ]{1,2}$")


def _in_context(
    text: str,
    words: _Words,
    runs: list[tuple[int, int]],
    data: NameData,
    found: _Found,
    dotless: set[str],
    introduced: frozenset[str],
) -> None:
    """Names in a person's position without a cue before them.

    A run of one to four name words right before an age or a year of birth
    (``Calla Hales, 27 tuổi,``, ``Vàng A Dự (16 tuổi)``), and a foreign Latin
    run right before a verb of saying or of a case (``Williams cho biết``).
    """
    for i, j in runs:
        k = _lead_places(words, i, j, data)
        if k == j or j - k > 4:
            continue
        end = _name_end(text, words, j - 1, dotless)
        parts = words.texts[k:j]
        aged = data.age_after.match(text, end) is not None
        if not aged and not (verb_after(text, end) and looks_foreign(parts)):
            continue  # the cheap tests first: most runs are followed by neither
        if k == i and _place_before(text, words.starts[k], data):
            continue  # "chung cư Grenfell cho biết", "tờ Marca khẳng định"
        if aged:
            if not (is_latin_run(parts) or _looks_vietnamese(" ".join(parts))):
                continue
            if any(w.isascii() and w in foreign_data().not_names for w in parts):
                continue
            found.add(words.starts[k], end, "persons.context", PRIORITY_WEAK)
        else:
            if " ".join(parts) in introduced or (k == i and _place_cue_before(text, words.starts[k], data)):
                continue  # "Arconic nhấn mạnh" after "công ty Arconic"; "đến từ Mongkok cho biết"
            found.add(words.starts[k], end, "persons.context", PRIORITY_WEAK)


def _foreign_given(
    text: str,
    words: _Words,
    runs: list[tuple[int, int]],
    data: NameData,
    found: _Found,
    dotless: set[str],
    introduced: frozenset[str],
) -> None:
    """Two or three Latin words that open with a foreign given name: ``Henry Hill``, ``Lionel Messi``."""
    given = foreign_data().given_names
    for i, j in runs:
        if j - i < 2:
            continue  # one word is no given name and surname
        k = _lead_places(words, i, j, data)
        if not (2 <= j - k <= 3 and words.texts[k] in given):
            continue
        if " ".join(words.texts[k:j]) not in introduced and looks_foreign(words.texts[k:j]):
            found.add(words.starts[k], _name_end(text, words, j - 1, dotless), "persons.foreign", PRIORITY_WEAK)


def _same_shape(anchor: list[str], parts: list[str], data: NameData, before: bool = False) -> bool:
    """A list item that looks like the person ``anchor`` next to it (``before`` it: a surname opens it)."""
    if not parts or len(parts) > 4:
        return False
    if len(parts) == 1 and parts[0] in data.countries:
        return False
    if is_latin_run(anchor) and any(not vietnamese_syllable(w) for w in anchor):
        return looks_foreign(parts) if before else is_latin_run(parts)
    if not _looks_vietnamese(" ".join(parts)) or " ".join(parts) in data.place_names:
        return False
    if before and not _is_surname(parts[0], data):
        return False
    if len(anchor) == 1 and (len(anchor[0]) == 1 or len(parts[0]) == 1):
        return False  # "ông A, T đã chép": single letters are no list of names
    if len(anchor) >= 2:
        return len(parts) >= 2 and any(_is_surname(w, data) or w in data.middle_names or len(w) == 1 for w in parts)
    return len(parts) <= 2


def _lists(text: str, words: _Words, data: NameData, found: _Found, dotless: set[str]) -> None:
    """The other names of a list that holds a person: ``A, B và C``, ``B và A (30 tuổi)``."""
    queue = sorted(found.spans, key=lambda c: c.start)
    seen = 0
    while queue and seen < 1000:
        c = queue.pop()
        seen += 1
        anchor = _WORD.findall(text[c.start : c.end])
        if not anchor or not all(_NAME_SYLLABLE.fullmatch(w) for w in anchor):
            continue
        # Forward: "A, B" / "A và B".
        sep = _NAME_LIST_SEPARATOR.match(text, c.end)
        i = words.index_at.get(sep.end()) if sep else None
        if i is not None and words.nameish[i]:
            j = _run_from(words, text, i)
            end = _name_end(text, words, j - 1, dotless)
            if _same_shape(anchor, words.texts[i:j], data) and found.add(words.starts[i], end, "persons.list", PRIORITY_WEAK):
                queue.append(found.spans[-1])
        # Backward: "B, A" / "B và A".
        for m in _LIST_BEFORE.finditer(text, max(0, c.start - 8), c.start):
            if m.end() != c.start:
                continue
            j = words.index_ending_at.get(m.start())
            if j is None or not words.nameish[j]:
                break
            i = j
            while i > 0 and j - i < 3 and words.nameish[i - 1] and text[words.ends[i - 1] : words.starts[i]] == " ":
                i -= 1
            if _at_sentence_start(text, words.starts[i]) and words.texts[i] in data.not_names:
                i += 1
            i = _lead_places(words, i, j + 1, data)
            if i <= j and _same_shape(anchor, words.texts[i : j + 1], data, before=True) and not _place_before(text, words.starts[i], data):
                if found.add(words.starts[i], words.ends[j], "persons.list", PRIORITY_WEAK):
                    queue.append(found.spans[-1])
            break


_LIST_BEFORE = regex.compile(r"(?:,|;)[ ]{1,2}|[ ]{1,2}(?:và|cùng)[ ]{1,2}")

_ECHO_SOURCES = frozenset(
    {"persons.cue", "persons.surname", "persons.split", "persons.nickname", "persons.context", "persons.foreign", "persons.list"}
)


def _lone_initials(text: str, found: _Found) -> None:
    """Anonymised names without a cue: "gồm: T.C.Đ. (sinh năm 2005), Đ.Q.H.A. …"."""
    for m in _LONE_INITIALS.finditer(text):
        found.add(m.start(), m.end(), "persons.initials", PRIORITY_WEAK)


def _short_forms(found: _Found, text: str, data: NameData) -> set[str]:
    """Given names (last one or two syllables) of the persons found, for later mentions."""
    out: set[str] = set()
    for c in found.spans:
        if c.source not in _ECHO_SOURCES:
            continue
        parts = text[c.start : c.end].split(" ")
        if not all(_NAME_WORD.fullmatch(p) for p in parts):
            continue
        if len(parts) == 1 and parts[0] in data.countries:
            continue  # "hacker Nga": a country after a cue says nothing about later mentions
        if len(parts[-1]) > 1:
            out.add(parts[-1])
        if len(parts) >= 3 and parts[-2] not in {"Văn", "Thị"}:
            out.add(" ".join(parts[-2:]))
        if len(parts) <= 2:
            out.add(" ".join(parts))
        if looks_foreign(parts):
            # "Kathryn Mayorga" → "Mayorga"; "Peter Irving" → "Peter"; "Moon Hyung Wook" as a whole.
            out.add(" ".join(parts))
            out.update(p for p in (parts[0], parts[-1]) if len(p) >= 3 and looks_foreign([p]))
    return {s for s in out if s not in data.not_names}


def _initial_echoes(text: str, found: _Found) -> None:
    """Later mentions of an anonymised name with dots ("Q.", "P.T.T") without a cue."""
    spans = {text[c.start : c.end] for c in found.spans}
    forms = {f for f in spans if _INITIAL_DOT.fullmatch(f) or (_INITIALS.fullmatch(f) and f[1:2] == ".")}
    # "Moong Thị S." is later "S.".
    forms.update(f.rsplit(" ", 1)[1] for f in spans if " " in f and _INITIAL_DOT.fullmatch(f.rsplit(" ", 1)[1]))
    if not forms:
        return
    for m in _ANY_INITIALS.finditer(text):
        if m.group() in forms:
            found.add(m.start(), m.end(), "persons.echo", PRIORITY_WEAK)


def _echoes(
    text: str,
    words: _Words,
    runs: list[tuple[int, int]],
    data: NameData,
    found: _Found,
    not_name_starts: set[int],
    cue_matches: list[tuple[int, int, bool]],
) -> None:
    """Later mentions by a given name alone (``Kiên``, ``Minh Anh``) of the persons found.

    ``cue_matches`` are the matches of ``data.cues`` in ``text``.
    """
    short = _short_forms(found, text, data)
    if not short:
        return
    last_words = {s.rsplit(" ", 1)[-1] for s in short}
    cue_words = {fold(text[s:e]) for s, e, _always in cue_matches}
    for i, j in runs:
        if words.texts[j - 1] not in last_words:
            continue  # no short form ends the run
        # A leading capitalised cue word ("Ông Quân" in a caption) is not part of the name.
        if j - i >= 2 and fold(words.texts[i]) in cue_words:
            i += 1
        name = " ".join(words.texts[i:j])
        if name not in short:
            continue
        start = words.starts[i]
        if _place_before(text, start, data) or start in not_name_starts:
            continue
        found.add(start, words.ends[j - 1], "persons.echo", PRIORITY_WEAK)


# --------------------------------------------------------------------------
# Optional statistical signal


@cache
def _ner():  # pragma: no cover - exercised only with use_ner=True
    from underthesea import ner

    return ner


def _ner_spans(text: str, found: _Found) -> None:  # pragma: no cover - slow, optional
    """underthesea PER spans in the sentences where the rules found no person."""
    ner = _ner()
    for m in regex.finditer(r"[^.!?\n]+[.!?]?", text):
        s, e = m.span()
        if found.overlaps(s, e) or not regex.search(r"\p{Lu}\p{Ll}*[ ]\p{Lu}", m.group()):
            continue
        pos = s
        current: tuple[int, int] | None = None
        spans = []
        for token, *_tags, tag in ner(m.group()):
            k = text.find(token, pos, e)
            if k < 0:
                continue
            pos = k + len(token)
            if tag == "B-PER" or (tag == "I-PER" and current is None):
                if current:
                    spans.append(current)
                current = (k, pos)
            elif tag == "I-PER" and current:
                current = (current[0], pos)
            else:
                if current:
                    spans.append(current)
                current = None
        if current:
            spans.append(current)
        for a, b in spans:
            found.add(a, b, "persons.ner", 0)


# --------------------------------------------------------------------------


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    ranks: Sequence[Candidate] | None = None,
    titles: Sequence[Candidate] | None = None,
    use_ner: bool = False,
) -> list[Candidate]:
    """PERSON candidates in normalised ``text``.

    ``ranks`` and ``titles`` are the RANK and TITLE candidates of the same text
    (the analysis passes them; found here when not given).

    >>> [c.source for c in find("Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự hội nghị.")]
    ['persons.cue']
    >>> find("Tại phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội")
    []
    """
    data = name_data()
    if ranks is None:
        ranks = find_ranks(text)
    if titles is None:
        titles = find_titles(text)
    rank_spans = [(c.start, c.end) for c in ranks]
    title_spans = [(c.start, c.end) for c in titles]
    words = _words(text, rank_spans + title_spans, data)
    found = _Found()
    _block_streets(text, words, data)
    runs = _runs(words, text)
    cue_matches = data.cues.find(text)
    cues = _cue_positions(text, words, data, rank_spans, title_spans, cue_matches)
    dotless = _dotless_initials(text, words, cues)
    not_name_starts = {s for s, _e, _p in data.after_cue_not_names.find(text) if text[s].isupper()}
    _after_cue(text, words, cues, data, found, dotless, not_name_starts)
    _nicknames(text, words, data, found)
    _surname_runs(text, words, runs, data, found, dotless)
    _credits(text, words, data, found)
    _byline(text, data, found)
    _lone_initials(text, found)
    introduced = _introduced_places(text, words, runs, data)
    _in_context(text, words, runs, data, found, dotless, introduced)
    _foreign_given(text, words, runs, data, found, dotless, introduced)
    _lists(text, words, data, found, dotless)
    _echoes(text, words, runs, data, found, not_name_starts, cue_matches)
    _initial_echoes(text, found)
    _lists(text, words, data, found, dotless)
    if use_ner:
        _ner_spans(text, found)
    return sorted(found.spans, key=lambda c: c.start)
