"""Nicknames that fill the bracket after a name, and their later mentions with the epithet in quotes.

Vietnamese crime news gives a suspect's nickname right after the name, in brackets, without a
cue word: ``Nguyễn Văn Cường (Cường sấm)``, ``Trần Ngọc Hiếu ("Hoàng Béo" tên thường gọi)``.
The nickname is the given name and an epithet (``sấm``, ``Béo``), often in lower case; later
the text writes the given name with the epithet in quotes (``Cường "sấm"``). Both are PERSONs
of source ``persons.nickname`` (the later ones ``persons.echo``), so the people view joins them to the
person named before them.

>>> found_by("Nguyễn Văn Cường (Cường sấm) bị bắt. Cường 'sấm' đã có vợ.", bracket_nicknames, quoted_epithets)
['Cường sấm', "Cường 'sấm'"]
>>> found_by('Trần Ngọc Hiếu ("Hoàng Béo" tên thường gọi) cầm đầu.', bracket_nicknames)
['Hoàng Béo']
>>> found_by("Nguyễn Văn Hải (Hải Phòng) bị bắt. Lê Văn Tám (Tám bị bắt) khai.", bracket_nicknames)
[]
>>> found_by('Ứng dụng có tên Tuanyuan ("Đoàn viên") do Alibaba phát triển.', bracket_nicknames)
[]
"""

from __future__ import annotations

from functools import cache

import regex

from ...lexicon import load_data, string_list
from .context import PRIORITY_CUE, Found, PersonContext, accept
from .context import found_by  # noqa: F401 - the examples run it
from .names import looks_vietnamese

__all__ = ["bracket_nicknames", "quoted_epithets", "named_epithets", "EPITHET_SOURCE"]

EPITHET_SOURCE = "persons.nickname"
_LATER_SOURCE = "persons.echo"
#: a nickname standing on its own ("vụ Minh Béo"): a person of its own, not joined to the name before it
NAMED_SOURCE = "persons.named_epithet"
_WORD = r"[\p{L}\p{M}]+"
_FILE = "person_rules.yaml"


@cache
def _bracket() -> regex.Pattern[str]:
    """The bracket right after a name (a letter, then at most one space): a quoted name with an optional word of
    ``nickname_tails`` (``person_rules.yaml``), or a given name and one more word filling it."""
    tails = "|".join(regex.escape(t) for t in sorted(string_list(load_data(_FILE), "nickname_tails", _FILE), key=len, reverse=True))
    return regex.compile(
        rf"(?<=\p{{L}}[ ]?)\([ ]*(?:[“\"'](?P<quoted>\p{{Lu}}{_WORD}(?:[ ]{_WORD}){{0,2}})[”\"']"
        rf"(?:[ ]*,?[ ]*(?:{tails}))?|(?P<name>\p{{Lu}}{_WORD}[ ]{_WORD}))[ ]*\)"
    )


_QUOTES = "“\"'‘"
#: a person's name of two to four capitalised words right before the bracket
_NAME_BEFORE = regex.compile(r"((?:\p{Lu}[\p{Ll}\p{M}]*[ ]){1,3}\p{Lu}[\p{Ll}\p{M}]*)[ ]?$")
_CLOSE = {"“": "”", "‘": "’"}


def bracket_nicknames(ctx: PersonContext, found: Found) -> None:
    """``persons.nickname``: the nickname filling the bracket after a name.

    Unquoted, its first word is a word of the name before the bracket (``Nguyễn Văn Cường (Cường
    sấm)``) and the rest is in lower case or an epithet; quoted, any name that is no place.
    """
    text, places = ctx.text, ctx.data.place_names
    for m in _bracket().finditer(text):
        group = "quoted" if m.group("quoted") else "name"
        name = m.group(group)
        if name in places or any(w in ctx.data.not_names for w in name.split()[1:] if w[:1].isupper()):
            continue
        owner = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if owner is None or not looks_vietnamese(owner.group(1)):
            continue  # "ứng dụng Tuanyuan (“Đoàn viên”)": no person's name before the bracket
        words = name.split()
        if group == "name" and (words[0] not in owner.group(1).split() or not words[1][:1].islower()):
            continue  # "Nguyễn Văn Hải (Hải Phòng)": a place; "(Tám bị bắt)": a clause
        accept(found, m.start(group), m.end(group), EPITHET_SOURCE, PRIORITY_CUE)


def quoted_epithets(ctx: PersonContext, found: Found) -> None:
    """``persons.echo``: a later mention of a nickname with its epithet in quotes (``Cường "sấm"``)."""
    text = ctx.text
    nicknames = {text[s:e] for s, e, c in found if c.source == EPITHET_SOURCE and len(text[s:e].split()) == 2}
    for nickname in nicknames:
        given, epithet = nickname.split()
        quoted = "|".join(regex.escape(q) + regex.escape(epithet) + regex.escape(_CLOSE.get(q, q)) for q in _QUOTES)
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(given)} (?:{quoted})", regex.IGNORECASE)
        for m in pattern.finditer(text):
            if m.group()[:1].isupper():
                accept(found, m.start(), m.end(), _LATER_SOURCE, PRIORITY_CUE)


@cache
def _named_epithet() -> regex.Pattern[str]:
    """A capitalised syllable and an epithet of ``epithets`` (``person_rules.yaml``), whole words, no capitalised word before."""
    epithets = "|".join(regex.escape(e) for e in string_list(load_data(_FILE), "epithets", _FILE))
    return regex.compile(rf"(?<!\p{{Lu}}[\p{{L}}\p{{M}}]*[ ])(?<![\p{{L}}\p{{M}}])(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}]+) (?:{epithets})(?![\p{{L}}\p{{M}}])")


def named_epithets(ctx: PersonContext, found: Found) -> None:
    """``persons.named_epithet``: a given name and an epithet (``Minh Béo``, ``Thái Mèo``), a nickname wherever it stands.

    >>> found_by("Dư luận bức xúc về vụ Minh Béo. Nguyễn Văn Béo bị bắt; Hà Béo và Phòng Cò cũng vậy.", named_epithets)
    ['Minh Béo']
    """
    text, data = ctx.text, ctx.data
    for m in _named_epithet().finditer(text):
        given = m.group("given")
        if given in data.not_names or given in data.place_names or given in data.surnames or not looks_vietnamese(given):
            continue  # "Hà Béo": a surname opens it, the surname rule reads the name
        accept(found, m.start(), m.end(), NAMED_SOURCE, PRIORITY_CUE)
