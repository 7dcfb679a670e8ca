"""Intersections written as streets joined by a tight dash: ``Hồ Xuân Hương-Ngũ Hành Sơn-Lê Văn Hiến``.

News lists the crossroads a camera watches, a road block or a route as the
names of its streets joined by a dash with no space on at least one side.
People are never written so (a post after a name takes a spaced dash:
``Lê Văn A - Giám đốc``), so every name of such a chain is a street: a LOC for
the place recogniser, and no name for the PERSON recogniser, although most
streets bear a person's name.

>>> t = "Camera ở các nút: Ông Ích Đường-Cách Mạng Tháng Tám; Hoàng Diệu –Nguyễn Văn Linh và ông Lê Văn A - Giám đốc."
>>> [t[s:e] for s, e in intersection_streets(t)]
['Ông Ích Đường', 'Cách Mạng Tháng Tám', 'Hoàng Diệu', 'Nguyễn Văn Linh']
>>> intersection_streets("Bà Mia Ayliffe-Chung nói."), intersection_streets("Ngoại trưởng Pháp Jean-Yves Le Drian")
([], [])
>>> intersection_streets("Đại tá Phạm Văn Ngân- Phó Giám đốc Công an tỉnh")
[]
>>> intersection_streets("đại tá Nguyễn Ngọc Sơn-Trưởng Công an huyện Đak Đoa")
[]
"""

from __future__ import annotations

from functools import cache

import regex

from ..place_data import place_data
from .titles import starts_with_title

__all__ = ["intersection_streets", "junctions"]

#: a street's name: two to five capitalised words (a single word joined by a dash is rather a people:
#: "dân tộc Tạng-Khương")
_NAME = r"\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}"
#: a dash with no space after it ("A-B", "A –B"); "A- B" is how a post follows a name ("Phạm Văn Ngân- Phó Giám đốc")
_TIGHT_DASH = r"[ ]?[-–](?=\p{Lu})"
_CHAIN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){_NAME}(?:{_TIGHT_DASH}{_NAME})+(?![\p{{L}}\p{{M}}])")
_ITEM = regex.compile(_NAME)
#: streets joined by a spaced dash ("Lý Thường Kiệt - Phan Bội Châu"): a junction only after its head or in a list of them
_SPACED_CHAIN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){_NAME}(?: [-–] {_NAME})+(?![\p{{L}}\p{{M}}])")
#: what may stand between two junctions of a list: a separator, or one more item between separators ("…, 149 Lê Duẩn, …")
_LIST_GAP = regex.compile(r"[,;] (?:[^,;.!?:\n]{1,40}[,;] )?")
#: a hyphen between two words in Latin letters: a foreign name's ("Ayliffe-Chung", "Jean-Yves")
_FOREIGN_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}])[A-Za-z]+[-–][A-Za-z]+(?![\p{L}\p{M}])")


@cache
def _junction_head() -> regex.Pattern[str]:
    """A junction head (``junction_heads`` of places.yaml, any case) right before the position the search ends at."""
    heads = sorted(place_data().junction_heads, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + "|".join(map(regex.escape, heads)) + r") $")


def _headed(text: str, start: int) -> int | None:
    """The start of the junction head right before ``start``, or None."""
    m = _junction_head().search(text, max(0, start - 20), start)
    return m.start() if m else None


def junctions(text: str) -> list[tuple[int, int]]:
    """Junctions named by a head and their streets joined by a dash: one place each, head included.

    >>> t = "Xe bị giữ tại nút giao Ô Chợ Dừa - Hoàng Cầu. Ngã ba Phan Bội Châu - Lý Thường Kiệt ngập sâu."
    >>> [t[s:e] for s, e in junctions(t)]
    ['nút giao Ô Chợ Dừa - Hoàng Cầu', 'Ngã ba Phan Bội Châu - Lý Thường Kiệt']
    """
    out = []
    for chain in (*_CHAIN.finditer(text), *_SPACED_CHAIN.finditer(text)):
        head = _headed(text, chain.start())
        if head is not None and not _post_after_name(text, chain):
            out.append((head, chain.end()))
    return sorted(set(out))


def _post_after_name(text: str, chain: regex.Match[str]) -> bool:
    """A post follows a name in the chain (``Nguyễn Ngọc Sơn-Trưởng Công an huyện``), or a foreign name holds a hyphen."""
    if _FOREIGN_HYPHEN.search(chain.group()):
        return True
    return any(starts_with_title(text[m.start() : m.start() + 80]) for m in list(_ITEM.finditer(text, chain.start(), chain.end()))[1:])


def _listed_spaced_chains(text: str) -> list[regex.Match[str]]:
    """Chains joined by a spaced dash that are junctions: after a head, or two or more in one list."""
    chains = [c for c in _SPACED_CHAIN.finditer(text) if not _post_after_name(text, c)]
    listed: set[int] = set()
    for k, (a, b) in enumerate(zip(chains, chains[1:])):
        if _LIST_GAP.fullmatch(text, a.end(), b.start()):
            listed.update((k, k + 1))
    return [c for k, c in enumerate(chains) if k in listed or _headed(text, c.start()) is not None]


def intersection_streets(text: str) -> list[tuple[int, int]]:
    """The spans of the street names of every intersection chain in ``text``, in text order.

    A chain with a spaced dash counts after a junction head or in a list of two or more:

    >>> t = "Các điểm ngập: Lý Thường Kiệt - Phan Bội Châu, Giã Tượng - Trần Hưng Đạo. Hà Thắng - Mai Liên"
    >>> [t[s:e] for s, e in intersection_streets(t)]
    ['Lý Thường Kiệt', 'Phan Bội Châu', 'Giã Tượng', 'Trần Hưng Đạo']
    """
    out: list[tuple[int, int]] = [m.span() for c in _listed_spaced_chains(text) for m in _ITEM.finditer(text, c.start(), c.end())]
    for chain in _CHAIN.finditer(text):
        if not _post_after_name(text, chain):  # "Mia Ayliffe-Chung", "Nguyễn Ngọc Sơn-Trưởng Công an huyện"
            out.extend(m.span() for m in _ITEM.finditer(text, chain.start(), chain.end()))
    return sorted(set(out))
