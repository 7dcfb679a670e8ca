"""The words of a text and, for each, whether it may be part of a name.

:func:`build_words` lists the words in one regex pass and marks the name words
(``nameish``): capitalised, outside a rank or title, not a sexagenary year, not
a ``not_names`` word, not a street.  :func:`name_runs` then lists the runs of
name words that every rule reads.

>>> words = build_words("Công an phường Hàng Bạc bắt Lê Văn Tám.", [], name_data())
>>> [" ".join(words.texts[i:j]) for i, j in name_runs(words)]
['Hàng Bạc', 'Lê Văn Tám']
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate

from ...lexicon import fold
from ..foreign_names import vietnamese_syllable
from ..intersections import intersection_streets
from .names import NameData, compound_words, is_surname, name_data, not_name_openers, not_name_pair_heads, place_name_heads, rule_words
from .patterns import APOSTROPHE_IN_NAME, HYPHEN_IN_WORD, LATIN_PART, NAME_SYLLABLE, NAME_WORD, SPACES, STREET_DASH, WORD_SPLIT

__all__ = ["Words", "build_words", "name_runs", "place_prefix"]


@dataclass
class Words:
    """The words of ``text`` and, for each, whether it may be part of a name."""

    text: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    nameish: list[bool]
    index_at: dict[int, int]
    index_ending_at: dict[int, int]

    def spaced(self, i: int) -> bool:
        """Word ``i`` follows word ``i - 1`` after exactly one space."""
        return self.text[self.ends[i - 1] : self.starts[i]] == " "

    def run_from(self, i: int, limit: int = 5) -> int:
        """The index after the run of name syllables that starts at word ``i`` (at most ``limit`` words)."""
        j = i
        n = len(self.texts)
        while j < n and self.nameish[j] and j - i < limit:
            if j > i and self.text[self.ends[j - 1] : self.starts[j]] != " ":
                break
            j += 1
        return j


#: Arabic articles glued to a surname by a hyphen: "Bashar al-Assad", "Abdel Fattah el-Sisi".
ARABIC_ARTICLES = frozenset({"al", "el"})


def _hyphen_joins(left: str, right: str) -> bool:
    """Two capitalised Latin words joined by a hyphen form one name word, unless both read as Vietnamese;
    so do an Arabic article and a capitalised word (``al-Assad``)."""
    if left in ARABIC_ARTICLES and LATIN_PART.fullmatch(right):
        return True
    if not (LATIN_PART.fullmatch(left) and LATIN_PART.fullmatch(right)):
        return False
    return not (vietnamese_syllable(left) and vietnamese_syllable(right))


def _word_spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start, end and text of every run of letters in ``text``, from one regex pass.

    Splitting on the words gives the text between words and the words in turn
    (``["", "Ông", " ", "Ba", "."]``): the running sum of the pieces' lengths
    gives the offsets.
    """
    pieces = WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces)))
    return offsets[0:-1:2], offsets[1::2], pieces[1::2]


def _join_hyphenated(text: str, starts: list[int], ends: list[int], texts: list[str]) -> None:
    """Make one word, in place, of two Latin name words joined by a hyphen ("Ayliffe-Chung").

    A joined word never joins the next one ("A-B-C" gives "A-B" and "C").
    """
    joins: list[int] = []
    for m in HYPHEN_IN_WORD.finditer(text):
        i = bisect.bisect_left(starts, m.end())  # the word right after the hyphen
        if (not joins or joins[-1] != i - 1) and _hyphen_joins(texts[i - 1], texts[i]):
            joins.append(i)
    for i in reversed(joins):
        ends[i - 1] = ends[i]
        texts[i - 1] = f"{texts[i - 1]}-{texts[i]}"
        del starts[i], ends[i], texts[i]


def _join_apostrophes(text: str, starts: list[int], ends: list[int], texts: list[str]) -> None:
    """Make one word, in place, of a single capital, an apostrophe and a capitalised syllable ("H'Trà", "Y'Moan").

    >>> starts, ends, texts = _word_spans("Em H'Trà Niê")
    >>> _join_apostrophes("Em H'Trà Niê", starts, ends, texts)
    >>> texts
    ['Em', "H'Trà", 'Niê']
    """
    for m in reversed(list(APOSTROPHE_IN_NAME.finditer(text))):
        i = bisect.bisect_left(starts, m.end())  # the word right after the apostrophe
        if 0 < i < len(starts) and starts[i] == m.end() and ends[i - 1] == m.start() and len(texts[i - 1]) == 1:
            texts[i - 1] = text[starts[i - 1] : ends[i]]
            ends[i - 1] = ends[i]
            del starts[i], ends[i], texts[i]


def build_words(text: str, blocked: list[tuple[int, int]], data: NameData) -> Words:
    """The words of ``text``; the words overlapping a ``blocked`` span (a rank, a title) are no name words.

    Streets are left to :func:`block_streets`, which needs the words listed.
    """
    starts, ends, texts = _word_spans(text)
    _join_hyphenated(text, starts, ends, texts)
    if "'" in text or "’" in text:
        _join_apostrophes(text, starts, ends, texts)
    n = len(texts)
    # A name word opens with an upper-case letter (\p{Lu} is upper for str.isupper): one cheap test first.
    fullmatch = NAME_WORD.fullmatch
    nameish = [w[0].isupper() and fullmatch(w) is not None for w in texts]
    for i, end in enumerate(ends):
        if nameish[i] and text[end : end + 1].isdigit():
            nameish[i] = False  # "đối tượng A1", "xe K02": a code, no name
    for i in range(1, n):
        if texts[i].split("-", 1)[0] in ARABIC_ARTICLES and nameish[i - 1] and fullmatch(texts[i]):
            nameish[i] = True  # "Bashar al-Assad": the article goes on a name, never opens one
    words = Words(text, starts, ends, texts, nameish, dict(zip(starts, range(n))), dict(zip(ends, range(n))))
    # Sexagenary years ("Tết Đinh Dậu") are never names.
    if not data.year_branches.isdisjoint(texts):
        for i in range(n - 1):
            if texts[i + 1] in data.year_branches and f"{texts[i]} {texts[i + 1]}" in data.year_names and words.spaced(i + 1):
                nameish[i] = nameish[i + 1] = False
    # Words of a rank or title span are never part of a name (words overlapping a span).
    for a, b in blocked:
        for i in range(bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)):
            nameish[i] = False
    _mark_not_names(words, data)
    return words


def _inside_foreign_name(words: Words, i: int) -> bool:
    """Word ``i`` (in Latin letters) stands between two name words in Latin letters, the one after it no
    Vietnamese syllable: a word of a foreign name ("Han Song Ryol", "Kim Song Il")."""
    texts, nameish = words.texts, words.nameish
    if not (0 < i < len(texts) - 1 and texts[i].isascii() and words.spaced(i) and words.spaced(i + 1)):
        return False
    before, after = texts[i - 1], texts[i + 1]
    return nameish[i - 1] and nameish[i + 1] and before.isascii() and after.isascii() and not vietnamese_syllable(after)


def _mark_not_names(words: Words, data: NameData) -> None:
    """Unmark the words of ``not_names`` (organisation heads, administrative words, sentence starters).

    A two-word phrase goes before a single word; a surname followed by a middle
    name ("Từ Thị Hoa") and a word that closes a name ("Lê Nguyên Trường -")
    stay name words.  Only words that open a ``not_names`` phrase are looked at.
    """
    texts, nameish = words.texts, words.nameish
    n = len(texts)
    pair_heads = not_name_pair_heads()
    not_names = data.not_names
    openers = not_name_openers()
    at = [i for i, w in enumerate(texts) if w in openers]
    for i in at:
        if not nameish[i]:
            continue
        word = texts[i]
        if i + 1 < n and word in pair_heads and words.spaced(i + 1) and f"{word} {texts[i + 1]}" in not_names:
            nameish[i] = nameish[i + 1] = False
            continue
        if word not in not_names:
            continue
        if i + 1 < n and texts[i + 1] in data.middle_names and is_surname(word, data):
            continue
        if _given_after_marker(words, i, data) or _given_after_surname(words, i, data):
            continue
        if word in data.can_end_name and _ends_name(words, i, data):
            continue
        if _inside_foreign_name(words, i):
            continue  # "Han Song Ryol": "Song" between the words of a foreign name
        if _after_lower_honorific(words, i):
            continue  # "ông Để", "chị Ba": a function word or a number as a given name
        nameish[i] = False
    # A place whose last word is an organisation word ("Hải Phòng") leaves no name behind ("Hải").
    for i in [i for i in at if i and texts[i] in not_names]:
        if not nameish[i] and nameish[i - 1] and words.spaced(i):
            if f"{texts[i - 1]} {texts[i]}" in data.place_names:
                nameish[i - 1] = False


def _after_lower_honorific(words: Words, i: int) -> bool:
    """Word ``i`` (one word, not a pair) follows a lower-case honorific of an adult (``ông Để``, ``chị Đường``).

    >>> words = build_words("Hôm đó ông Để bỏ trốn. Để tránh bị bắt, hắn đi; chú Bộ đội đến.", [], name_data())
    >>> _after_lower_honorific(words, 3), _after_lower_honorific(words, 6), _after_lower_honorific(words, 13)
    (True, False, False)
    """
    texts = words.texts
    if i == 0 or not words.spaced(i) or (i + 1 < len(texts) and words.nameish[i + 1] and words.spaced(i + 1)):
        return False
    if i + 1 < len(texts) and f"{texts[i].lower()} {texts[i + 1]}" in compound_words():
        return False  # "chú Bộ đội": a word of the dictionary, no name
    return texts[i - 1] in rule_words().adult_honorifics


def _given_after_marker(words: Words, i: int, data: NameData) -> bool:
    """Word ``i`` follows a surname and ``Văn``/``Thị``: it is the given name, even a common word ("Nguyễn Thị Được").

    >>> words = build_words("Bà Nguyễn Thị Được bán hàng.", [], name_data())
    >>> _given_after_marker(words, 3, name_data()), _given_after_marker(words, 1, name_data())
    (True, False)
    """
    texts, nameish = words.texts, words.nameish
    if i < 2 or texts[i - 1] not in rule_words().marker_middle_names:
        return False
    return nameish[i - 1] and nameish[i - 2] and words.spaced(i) and words.spaced(i - 1) and is_surname(texts[i - 2], data)


def _given_after_surname(words: Words, i: int, data: NameData) -> bool:
    """Word ``i`` of ``given_after_surname`` sits between the surname that opens a name and another name syllable.

    >>> words = build_words("Ông Nguyễn Trường Giang phát biểu.", [], name_data())
    >>> _given_after_surname(words, 2, name_data())
    True
    >>> words = build_words("Ông Nguyễn Văn Lâm Trường THPT Lê Lợi phát biểu.", [], name_data())
    >>> _given_after_surname(words, 4, name_data())
    False
    """
    texts, nameish = words.texts, words.nameish
    if texts[i] not in data.given_after_surname or i == 0 or i + 1 >= len(texts):
        return False
    opens = i == 1 or not nameish[i - 2] or not words.spaced(i - 1) or texts[i - 2].lower() in data.cue_words
    after = texts[i + 1]
    return (
        opens
        and nameish[i - 1]
        and words.spaced(i)
        and words.spaced(i + 1)
        and is_surname(texts[i - 1], data)
        and NAME_SYLLABLE.fullmatch(after) is not None
        and after not in data.not_names
    )


def _ends_name(words: Words, i: int, data: NameData) -> bool:
    """Word ``i`` closes a name: a name syllable before it, none after it ("Lê Nguyên Trường -").

    Not before a word that it opens a phrase with ("Hai tháng trước", "Mới đây").
    """
    texts = words.texts
    if i == 0 or not words.nameish[i - 1] or not words.spaced(i):
        return False
    if i + 1 < len(texts) and words.spaced(i + 1):
        if NAME_SYLLABLE.fullmatch(texts[i + 1]):
            return False
        after = texts[i + 1]
        pair = f"{texts[i + 1]} {texts[i + 2]}" if i + 2 < len(texts) else ""
        if after in data.not_after_name_end or pair in data.not_after_name_end:
            return False
    return True


def _capitalised_run(words: Words, i: int, data: NameData) -> int:
    """The index after the capitalised words from ``i`` (at most five) that may name a street."""
    n = len(words.texts)
    j = i
    while j < n and j - i < 5 and NAME_WORD.fullmatch(words.texts[j]) and (j == i or words.spaced(j)):
        if j > i and fold(words.texts[j]) in data.cue_words and " ".join(words.texts[j - 1 : j + 2]) not in data.place_names:
            break  # "phố Trần Phú Ông Nguyễn Xuân Hưng": a headline ran into a sentence
        j += 1
    return j


def block_streets(words: Words, data: NameData) -> None:
    """Streets are no names: the name after a street word and the names listed after it.

    ``đường Trường Chinh - Trần Đại Cang - Bà Triệu``: every item of a dash or
    ``và`` list after a street is a street.  The first item of a comma list is
    one when another separator or a punctuation mark follows it (``đường Lê
    Lợi, Trần Phú, Hà Nội``), not a verb (``Tại phố Huế, Nguyễn Văn Nam dùng
    dao``); the later ones are; no item before an age or a year of birth is.
    """
    text = words.text
    for start, end in intersection_streets(text):  # "Hồ Xuân Hương-Ngũ Hành Sơn": streets of a crossroads
        for k in range(bisect.bisect_left(words.starts, start), bisect.bisect_left(words.starts, end)):
            words.nameish[k] = False
    street_list, street_list_end = rule_words().street_list, rule_words().street_list_end
    for _start, end, is_street in data.street_words.find(text):
        if not is_street:
            continue
        m = SPACES.match(text, end)
        i = words.index_at.get(m.end()) if m else None
        items = 0
        while i is not None and items < 12:
            j = _capitalised_run(words, i, data)
            if j == i:
                break
            run_end = words.ends[j - 1]
            if items and data.age_after.match(text, run_end):
                break
            for k in range(i, j):
                words.nameish[k] = False
            items += 1
            dash = STREET_DASH.match(text, run_end)
            sep = dash or street_list.match(text, run_end)
            i = words.index_at.get(sep.end()) if sep and sep.end() > run_end else None
            if i is not None and not dash and sep.group().strip() == "," and items < 2:
                k = _capitalised_run(words, i, data)
                if k == i or not street_list_end.match(text, words.ends[k - 1]):
                    break


def name_runs(words: Words) -> list[tuple[int, int]]:
    """Maximal runs of name syllables, as word index ranges.

    Listed once, when no rule unmarks name words any more, for all the rules that read them.
    """
    runs = []
    i, n = 0, len(words.texts)
    while i < n:
        if not words.nameish[i]:
            i += 1
            continue
        j = words.run_from(i, limit=n)
        runs.append((i, j))
        i = j
    return runs


def place_prefix(words: Words, i: int, j: int) -> int:
    """Length in words of the longest place name that opens the run ``[i, j)``.

    >>> words = build_words("ở Hà Nội Nguyễn Văn A", [], name_data())
    >>> place_prefix(words, 1, 6), place_prefix(words, 3, 6)
    (2, 0)
    """
    if i >= j or words.texts[i] not in place_name_heads():
        return 0
    place_names = name_data().place_names
    for length in range(min(4, j - i), 0, -1):
        if " ".join(words.texts[i : i + length]) in place_names:
            return length
    return 0
