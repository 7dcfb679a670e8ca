"""Word-level readings of the text around a figure, shared by the statistics modules.

Whether an action word is really a noun (``Theo điều tra``, ``Cơ quan điều tra``)
and what a clause says in its own words once the names in it are left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import regex

from .lexicon import fold, load_data, string_list

__all__ = ["after_nominal_head", "after_source_word", "after_word_of", "cue_words", "get", "is_price", "outside_names"]

_FILE = "statistics_cues.yaml"


def get(obj: Any, name: str, default: Any = None) -> Any:
    """``obj[name]`` of a dict, ``obj.name`` of an Entity (documents come as both)."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


@cache
def cue_words(key: str) -> frozenset[str]:
    """The folded words of one list of ``statistics_cues.yaml``."""
    return frozenset(fold(w) for w in string_list(load_data(_FILE), key, _FILE))


#: the word right before a position, then one space
_WORD_BEFORE_SPACE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+) $")


@cache
def _source_words() -> frozenset[str]:
    """The words of ``source_words``, as written in lower case or with a capital (``theo``, ``Theo``)."""
    words = string_list(load_data(_FILE), "source_words", _FILE)
    return frozenset(v for w in words for v in (w, w[:1].upper() + w[1:]))


def after_nominal_head(text: str, start: int) -> bool:
    """One of ``nominal_heads`` right before ``start`` makes the action word there part of a noun (``cơ quan điều tra``).

    >>> after_nominal_head("Theo Cơ quan điều tra, anh A", 13), after_nominal_head("Công an điều tra", 8)
    (True, False)
    """
    words = [fold(w) for w in regex.findall(r"[\p{L}\p{M}]+", text[max(0, start - 20) : start])][-2:]
    if not text[:start].endswith(" "):
        return False
    heads = cue_words("nominal_heads")
    return any(" ".join(words[i:]) in heads for i in range(len(words)))


def after_source_word(text: str, start: int) -> bool:
    """A word of ``source_words`` right before ``start`` makes the action word there a noun: the source of what follows
    (``Theo điều tra``, ``theo xác minh``)."""
    m = _WORD_BEFORE_SPACE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1) in _source_words()


def outside_names(text: str, entities: Sequence[Any], start: int, end: int) -> str:
    """``text[start:end]`` with the names in it (ORG, PERSON, LOC) blanked: what the clause says in its own words.

    >>> t = "Theo Tổ chức Hỗ trợ Tù nhân (AAPP), 737 người"
    >>> outside_names(t, [{"label": "ORG", "start": 5, "end": 27}], 0, 36).split()
    ['Theo', '(AAPP),']
    """
    chars = list(text[start:end])
    for x in entities:
        if get(x, "label") in ("ORG", "PERSON", "LOC") and get(x, "start") < end and start < get(x, "end"):
            for i in range(max(start, get(x, "start")), min(end, get(x, "end"))):
                chars[i - start] = " "
    return "".join(chars)


def after_word_of(text: str, start: int, key: str) -> bool:
    """Whether one of the cue words ``key`` stands among the three words right before ``start``.

    >>> after_word_of("mức phạt sẽ gấp 4 lần", 16, "background_openers")
    True
    >>> after_word_of("thi thể cách đường 10 m", 19, "background_openers")
    True
    """
    words = [fold(w) for w in regex.findall(r"\w+", text[max(0, start - 30) : start])][-3:]
    cues = cue_words(key)
    return any(" ".join(words[i:j]) in cues for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def is_price(text: str, start: int, end: int) -> bool:
    """A price or a rate, not a total (``với giá 2.500 USD``, ``2.000 USD cho mỗi lần``).

    >>> t = "đường dây bán dâm với giá 2.500 USD cho mỗi lần"
    >>> is_price(t, 26, 35), is_price("thu giữ 300 triệu đồng", 8, 22), is_price("lô hàng có trị giá 400 triệu đồng", 19, 33)
    (True, False, False)
    """
    if after_word_of(text, start, "price_openers"):
        return not after_word_of(text, start, "value_openers")  # "trị giá 10 tỷ đồng": worth, a total
    words = " ".join(fold(w) for w in regex.findall(r"[\w/]+", text[end : end + 30])[:3])
    return any(words == r or words.startswith(r + " ") for r in cue_words("rate_markers"))
