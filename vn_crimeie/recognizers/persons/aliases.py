"""``persons.alias``: other names of a person, after a cue of ``alias_cues`` (``person_rules.yaml``).

``Hồng thường sử dụng tên giả là Dũng, Phúc``, ``Nguyễn Văn A, tên thường gọi là Tèo``: the
names after the cue, one or a list, are PERSONs when a person is named before the cue in the
same sentence, or the cue holds the person (``pronoun_alias_cues``: ``bố gọi cô là Khuyên``).  Their source is ``persons.nickname``, so the people view joins each to the
person named before it (:func:`vn_crimeie.officials.person_records`).
"""

from __future__ import annotations

from functools import cache

import regex

from ...lexicon import fold, load_data, string_list
from ..foreign_names import looks_foreign
from .context import PRIORITY_CUE, Found, PersonContext, accept
from .context import found_by  # noqa: F401 - the examples run it
from .cued import after_cue  # noqa: F401 - the examples run it
from .names import looks_vietnamese, rule_words

__all__ = ["aliases", "ALIAS_SOURCE"]

#: the source of an alias: the one of a nickname, which the people view joins to the person before it
ALIAS_SOURCE = "persons.nickname"
_FILE = "person_rules.yaml"
_MOST_NAMES = 4
_SENTENCE_END = regex.compile(r"[.!?\n]", regex.REVERSE)


def _alternation(key: str) -> str:
    cues = sorted(string_list(load_data(_FILE), key, _FILE), key=len, reverse=True)
    return "|".join(regex.escape(c, literal_spaces=True) for c in cues)


@cache
def _alias_cue() -> regex.Pattern[str]:
    """Any alias cue (without case; group ``pronoun`` for one that holds the person), the space after it
    and an optional opening quote."""
    pronoun, cues = _alternation("pronoun_alias_cues"), _alternation("alias_cues")
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:(?P<pronoun>{pronoun})|{cues}) [\"“]?")


def aliases(ctx: PersonContext, found: Found) -> None:
    """``persons.alias``: the names after an alias cue, when a person is named before it in the sentence.

    >>> found_by("Ông Lê Văn Hồng thường sử dụng tên giả là Dũng, Phúc để lừa đảo.", after_cue, aliases)
    ['Lê Văn Hồng', 'Dũng', 'Phúc']
    >>> found_by("Loại ma túy này còn gọi là Cỏ Mỹ. Ở nhà, bố gọi cô là Khuyên.", after_cue, aliases)
    ['Khuyên']
    """
    text, words = ctx.text, ctx.words
    separator = rule_words().name_list_separator
    for m in _alias_cue().finditer(text):
        before = _SENTENCE_END.search(text, 0, m.start())
        if m.group("pronoun") is None and not found.overlaps(before.end() if before else 0, m.start()):
            continue  # no person named before the cue: nobody these names belong to
        pos = m.end()
        for _ in range(_MOST_NAMES):
            i = words.index_at.get(pos)
            if i is None or not words.nameish[i]:
                break
            j = ctx.run_from(i, limit=3)
            parts = words.texts[i:j]
            if ctx.place_prefix(i, j) or fold(parts[0]) in ctx.data.cue_words or not (looks_vietnamese(" ".join(parts)) or looks_foreign(parts)):
                break  # a place, or a word of address ("gọi anh là Thầy")
            if j - i == 1 and ctx.opens_word(i):
                break  # "Hồng phiến": the word opens a compound, no name
            accept(found, words.starts[i], ctx.name_end(j - 1), ALIAS_SOURCE, PRIORITY_CUE)
            sep = separator.match(text, words.ends[j - 1])
            if sep is None:
                break
            pos = sep.end()
