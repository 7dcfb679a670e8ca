"""Where a capitalised name after a head stops: one-word names in sentence case, fields inside it, people after it.

Helpers of :func:`.heads.proper_part` and :func:`.heads.complement`.
"""

from __future__ import annotations

from functools import cache

from ...lexicon import load_data
from ..locations import gazetteer
from .context import ByStart, OrgContext
from .tables import CAPITALISED, LOWER_SYLLABLE, tables

__all__ = ["after_closer", "before_field", "before_person", "one_word_name", "person_like"]


def _longest(table: ByStart, pos: int, other: ByStart) -> int:
    """The furthest end of a match of either table at ``pos`` (0: none)."""
    return max([t[pos][0][0] for t in (table, other) if pos in t], default=0)


def after_closer(ctx: OrgContext, pos: int) -> bool:
    """What a name goes on with after a closing word: a place (``Viện Ung thư Quốc gia Mỹ``) or a head (``… Đảng``).

    >>> ctx = OrgContext.of("Ủy ban ATGT Quốc gia Khuất Việt Hùng; Viện Ung thư Quốc gia Mỹ")
    >>> after_closer(ctx, 21), after_closer(ctx, ctx.text.index("Mỹ"))
    (False, True)
    """
    if pos in ctx.heads and ctx.text[pos].isupper():
        return True
    m = CAPITALISED.match(ctx.text, pos)
    words = m.group().split(" ") if m else []
    return any(" ".join(words[:n]) in gazetteer() for n in (1, 2))


def before_field(ctx: OrgContext, start: int, end: int) -> int:
    """Cut a capitalised run before a field or unit that starts inside it and goes on past it.

    ``Bệnh viện Bệnh Nhiệt đới``: the run ``Bệnh Nhiệt`` stops before the field ``Nhiệt đới``.

    >>> ctx = OrgContext.of("Bệnh viện Bệnh Nhiệt đới Trung ương")
    >>> ctx.text[10 : before_field(ctx, 10, 20)]
    'Bệnh'
    """
    i = ctx.text.find(" ", start, end)
    while i != -1:
        if _longest(ctx.fields, i + 1, ctx.units) > end:
            return i
        i = ctx.text.find(" ", i + 1, end)
    return end


def one_word_name(text: str, start: int, end: int) -> int:
    """A one-syllable Vietnamese name written in sentence case keeps its second syllable.

    ``Ban Dân nguyện``, ``Ban Thường trực``, ``khoa Cảnh sát Vũ trang``: the capitalised
    syllable (with a Vietnamese letter) and the lower-case one after it make one word.
    A verb or particle of ``phrase_stop`` after it starts the clause instead.
    """
    word = text[start:end]
    if " " in word or len(word) < 2 or word.isascii() or not word[1:].islower() or word in gazetteer():
        return end  # "Bộ Ngoại giao Mỹ thừa nhận": a place ends the name
    m = LOWER_SYLLABLE.match(text, end)
    if m is None or m.group(1) in tables().phrase_stop:
        return end
    return m.end()


def person_like(text: str, pos: int) -> bool:
    """A capitalised word at ``pos`` that opens a person's name (a frequent surname)."""
    m = CAPITALISED.match(text, pos)
    return m is not None and m.group().split(" ", 1)[0] in _surnames() and " " in m.group()


def before_person(text: str, start: int, end: int) -> int:
    """Cut a capitalised run before a person's name inside it ("Hà Nội Nguyễn Hữu Độ" → "Hà Nội")."""
    i = text.find(" ", start, end)
    while i != -1:
        if person_like(text, i + 1) and text.find(" ", i + 1, end) != -1:
            return i
        i = text.find(" ", i + 1, end)
    return end


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_data("person_names.yaml").get("frequent_surnames") or [])
