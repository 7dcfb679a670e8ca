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

import regex

from .titles import starts_with_title

__all__ = ["intersection_streets"]

#: a street's name: two to five capitalised words (a single word joined by a dash is rather a people:
#: "dân tộc Tạng-Khương")
_NAME = r"\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}"
#: a dash with no space after it ("A-B", "A –B"); "A- B" is how a post follows a name ("Phạm Văn Ngân- Phó Giám đốc")
_TIGHT_DASH = r"[ ]?[-–](?=\p{Lu})"
_CHAIN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){_NAME}(?:{_TIGHT_DASH}{_NAME})+(?![\p{{L}}\p{{M}}])")
_ITEM = regex.compile(_NAME)
#: a hyphen between two words in Latin letters: a foreign name's ("Ayliffe-Chung", "Jean-Yves")
_FOREIGN_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}])[A-Za-z]+[-–][A-Za-z]+(?![\p{L}\p{M}])")


def intersection_streets(text: str) -> list[tuple[int, int]]:
    """The spans of the street names of every intersection chain in ``text``, in text order."""
    out: list[tuple[int, int]] = []
    for chain in _CHAIN.finditer(text):
        if _FOREIGN_HYPHEN.search(chain.group()):
            continue  # "Mia Ayliffe-Chung", "Pháp Jean-Yves Le Drian": a foreign name with a hyphen
        items = list(_ITEM.finditer(text, chain.start(), chain.end()))
        if any(starts_with_title(text[m.start() : m.start() + 80]) for m in items[1:]):
            continue  # "Nguyễn Ngọc Sơn-Trưởng Công an huyện": a post after a name, even with a tight dash
        out.extend(m.span() for m in items)
    return out
