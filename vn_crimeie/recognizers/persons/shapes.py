"""PERSON rules that read a run of name words without a cue: a surname opens it, an age follows it, a foreign given name opens it.

Each rule is ``rule(ctx, found)``: it reads the :class:`~.context.PersonContext`
and adds what it finds to ``found`` (first rule wins on overlap).
"""

from __future__ import annotations

import regex

from ...lexicon import fold
from .. import person_places  # a module, read at call time: person_places reads the name data of this package
from ..foreign_names import after_thing_noun, foreign_data, is_latin_run, looks_foreign, verb_after, vietnamese_syllable
from .context import PRIORITY_SURNAME, PRIORITY_WEAK, Found, PersonContext, accept
from .context import found_by  # noqa: F401 - the examples run it
from .names import is_surname, looks_vietnamese, rule_words
from .patterns import at_sentence_start

__all__ = ["surname_runs", "in_context", "foreign_given", "initialled_names"]

# Latin names written with initials: "H. R. McMaster", "George W. Bush", "John F. Kennedy", "J.K. Rowling".
_INITIALLED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.])"
    r"(?:(?P<given>[A-Z][a-z]+)\ (?P<middle>(?:[A-Z]\.\ ?){1,3})|(?P<lead>(?:[A-Z]\.\ ?){1,3}))"
    r"(?<=\ )(?P<surname>(?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\p{L}\p{M}\p{N}])"
)


def surname_runs(ctx: PersonContext, found: Found) -> None:
    """``persons.surname``: 2-4 name words that open with a surname; ``persons.split``: the name that closes a place.

    Not after a place word (``phường Lý Thái Tổ``) nor in a list of streets.

    >>> found_by("Công an tỉnh Nghệ An Nguyễn Văn Hùng đã bắt Trần Thị Mai.", surname_runs)
    ['Nguyễn Văn Hùng', 'Trần Thị Mai']
    >>> found_by("Tại phường Lý Thái Tổ, đường Nguyễn Văn Linh, Võ Văn Kiệt.", surname_runs)
    []
    >>> found_by("Cây trồng ở thôn 2, Cao Nhân, Thủy Nguyên bị chặt.", surname_runs)
    []
    """
    text, words = ctx.text, ctx.words
    place_list = rule_words().place_list_separator
    place_end = -1  # end of the last run read as a place, for lists of streets
    for i, j in ctx.runs:
        if place_end >= 0 and place_list.fullmatch(text, place_end, words.starts[i]):
            place_end = words.ends[j - 1]  # "đường Nguyễn Văn Linh, Võ Văn Kiệt"
            continue
        if j - i == 1:
            continue  # a name of one word needs a cue
        place = ctx.place_prefix(i, j)
        if place:
            if 2 <= j - i - place <= 4 and words.texts[i + place] in ctx.data.frequent_surnames:
                _split(ctx, found, i + place, j)
            continue
        context = text[max(0, words.starts[i] - 60) : words.ends[j - 1] + 60]
        i = _name_opening(ctx, i, j, context)
        if 2 <= j - i <= 4 and _opens_as_name(ctx, i, j, context):
            if (ctx.place_before(words.starts[i]) or ctx.in_address(i, j)) and not person_places.person_after_admin(text, words.starts[i], words.ends[j - 1]):
                place_end = words.ends[j - 1]
                continue
            accept(found, words.starts[i], ctx.name_end(j - 1), "persons.surname", PRIORITY_SURNAME)
            continue
        if j - i >= 4:  # one word of a place before a name of three ("huyện Tuy Phước Trần Văn Bình"), or more
            for k in range(i + 1, j - 1):
                if words.texts[k] in ctx.data.frequent_surnames and 2 + (k == i + 1) <= j - k <= 4:
                    _split(ctx, found, k, j)
                    break


def _split(ctx: PersonContext, found: Found, k: int, j: int) -> None:
    """The name ``[k, j)`` that closes a longer run (``Công an tỉnh Nghệ An Nguyễn Văn A``)."""
    accept(found, ctx.words.starts[k], ctx.name_end(j - 1), "persons.split", PRIORITY_SURNAME)


def _name_opening(ctx: PersonContext, i: int, j: int, context: str) -> int:
    """The first word of the name in the run ``[i, j)``: past a capitalised cue or verb that opens it."""
    words, data = ctx.words, ctx.data
    if 3 <= j - i <= 5 and ctx.body_before_surname(i, context):
        return i + 1  # "HĐQT Oceanbank Hà Văn Thắm": a body's Latin name, then the person
    if 3 <= j - i <= 5 and fold(words.texts[i]) in data.cue_words and is_surname(words.texts[i + 1], data, context):
        # "… phố Trần Phú Ông Nguyễn Xuân Hưng, …": a capitalised cue after a headline without a stop.
        i += 1
    if 3 <= j - i <= 5 and at_sentence_start(ctx.text, words.starts[i]) and not is_surname(words.texts[i], data, context):
        # "Bắt Lò Văn Pằng ...": a capitalised verb opens the sentence, the name follows.
        # Only a name that shows it is one: three syllables, a middle name or a frequent surname.
        rest = words.texts[i + 1 : j]
        if is_surname(rest[0], data, context) and " ".join(rest[:2]) not in data.place_names and (
            len(rest) >= 3 or rest[1] in data.middle_names or rest[0] in data.frequent_surnames
        ):
            i += 1
    return i


def _opens_as_name(ctx: PersonContext, i: int, j: int, context: str) -> bool:
    """The run ``[i, j)`` opens with a surname, or has ``Văn``/``Thị`` second and reads as Vietnamese."""
    texts = ctx.words.texts
    if is_surname(texts[i], ctx.data, context):
        return True
    marked = 3 <= j - i <= 4 and texts[i + 1] in rule_words().marker_middle_names
    return marked and looks_vietnamese(" ".join(texts[i:j]))


def in_context(ctx: PersonContext, found: Found) -> None:
    """``persons.context``: names in a person's position without a cue before them.

    A run of one to four name words right before an age or a year of birth
    (``Calla Hales, 27 tuổi,``, ``Vàng A Dự (16 tuổi)``), and a foreign Latin
    run right before a verb of saying or of a case (``Williams cho biết``) or,
    of two words or more, before a noun of a person after a comma (``Wang Yongbo, một quan chức``).

    >>> found_by("Vàng A Dự (16 tuổi) bị bắt. Williams cho biết đã báo cảnh sát.", in_context)
    ['Vàng A Dự', 'Williams']
    >>> found_by("Công ty Arconic cho biết vậy. Arconic cho biết thêm, Lào Cai, 20 tuổi trở lên.", in_context)
    []
    """
    text, words = ctx.text, ctx.words
    for i, j in ctx.runs:
        k = ctx.lead_places(i, j)
        if k == j or j - k > 4:
            continue
        end = ctx.name_end(j - 1)
        parts = words.texts[k:j]
        aged = ctx.data.age_after.match(text, end) is not None
        described = j - k >= 2 and ctx.data.described_after.match(text, end) is not None  # "Wang Yongbo, một quan chức"
        if not aged and not ((verb_after(text, end) or described) and looks_foreign(parts)):
            continue  # the cheap tests first: most runs are followed by neither
        if k == i and ctx.place_before(words.starts[k]):
            continue  # "chung cư Grenfell cho biết", "tờ Marca khẳng định"
        if aged:
            if not (is_latin_run(parts) or looks_vietnamese(" ".join(parts))):
                continue
            if any(w.isascii() and w in foreign_data().not_names for w in parts):
                continue
        elif " ".join(parts) in ctx.introduced or (k == i and ctx.place_cue_before(words.starts[k])):
            continue  # "Arconic nhấn mạnh" after "công ty Arconic"; "đến từ Mongkok cho biết"
        accept(found, words.starts[k], end, "persons.context", PRIORITY_WEAK)


def foreign_given(ctx: PersonContext, found: Found) -> None:
    """``persons.foreign``: two or three Latin words that open with a foreign given name: ``Henry Hill``, ``Lionel Messi``.

    >>> found_by("Cảnh sát đã thẩm vấn Henry Hill trong nhiều giờ.", foreign_given)
    ['Henry Hill']
    >>> found_by("Henry bị thẩm vấn.", foreign_given)
    []
    """
    given = foreign_data().given_names
    words = ctx.words
    for i, j in ctx.runs:
        if j - i < 2:
            continue  # one word is no given name and surname
        k = ctx.lead_places(i, j)
        if not (2 <= j - k <= 3 and words.texts[k] in given):
            continue
        if after_thing_noun(ctx.text, words.starts[k]):
            continue  # "dự án Dakota Access", "công ty Levi Strauss": a thing's name
        if " ".join(words.texts[k:j]) not in ctx.introduced and looks_foreign(words.texts[k:j]):
            accept(found, words.starts[k], ctx.name_end(j - 1), "persons.foreign", PRIORITY_WEAK)


def initialled_names(ctx: PersonContext, found: Found) -> None:
    """``persons.initialled``: a Latin name written with initials, before the surname or in the middle.

    The surname cannot be a Vietnamese syllable (so ``H. Củ Chi``, ``P. Bến Thành`` stay places), and
    a given name before a middle initial is a Latin word that is no Vietnamese syllable either.

    >>> found_by("Cố vấn H. R. McMaster, cựu Tổng thống George W. Bush và nhà văn George R.R. Martin.", initialled_names)
    ['H. R. McMaster', 'George W. Bush', 'George R.R. Martin']
    >>> found_by("Ông Nguyễn Văn A. Sau đó, tại H. Củ Chi, P. Bến Thành và Q. Tân Bình.", initialled_names)
    []
    """
    for m in _INITIALLED.finditer(ctx.text):
        surname, given = m["surname"], m["given"]
        if vietnamese_syllable(surname) or surname in foreign_data().not_names:
            continue
        if given is not None and (vietnamese_syllable(given) or not is_latin_run([given])):
            continue
        accept(found, m.start(), m.end(), "persons.initialled", PRIORITY_SURNAME)
