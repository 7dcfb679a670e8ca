"""Rule *committee's place*: a party committee of a level takes a bare place name of that level
(``Huyện ủy Diễn Châu``, ``Thành ủy Hà Nội``), read from the administrative map.

>>> from vn_crimeie.recognizers.orgs.context import OrgContext
>>> ctx = OrgContext.of("Ban Thường vụ Huyện ủy Diễn Châu họp")
>>> ctx.text[23 : committee_place(ctx, 14, 22, 23)]
'Diễn Châu'
"""

from __future__ import annotations

import regex

from ...admin_map import lookup
from ...lexicon import fold
from .context import OrgContext
from .tables import rule_words

__all__ = ["committee_place"]


_BARE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}")


def committee_place(ctx: OrgContext, pos: int, end: int, nxt: int) -> int | None:
    """The end of a bare place name of the party committee's level right after it (``Huyện ủy`` + ``Diễn Châu``)."""
    level = rule_words().party_committees.get(fold(ctx.text[pos:end]))
    m = _BARE_NAME.match(ctx.text, nxt) if level is not None else None
    if m is None:
        return None
    words = m.group().split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if lookup(name, level):
            return nxt + len(name)
    return None
