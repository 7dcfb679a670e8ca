"""A cheap language check: is a text Vietnamese written with its diacritics?

The recognisers read Vietnamese with diacritics. On a text typed without them
(``Bo Cong an``) or in another language, capitalised words are no evidence of a
name, so the analysis carries warnings and the PERSON rules stand back.

- ``no-diacritics``: most words are plain ASCII and many are frequent
  Vietnamese words written without diacritics (``lang/vi/language_check.yaml``);
- ``not-vietnamese``: few words carry Vietnamese letters or tone marks and few
  are Vietnamese words without them.

Texts of fewer than :data:`MIN_WORDS` words are not judged; a long text is
judged on its first :data:`SAMPLE_CHARS` characters (an article keeps its language).

>>> check_language("Đại tướng Tô Lâm dự hội nghị tổng kết công tác năm 2023 của Bộ Công an tại Hà Nội.")
()
>>> check_language("Dai tuong To Lam du hoi nghi tong ket cong tac nam 2023 cua Bo Cong an tai Ha Noi va cac dia phuong.")
('no-diacritics',)
>>> check_language("The police arrested two suspects on March 13 after a long investigation in the city centre.")
('not-vietnamese',)
"""

from __future__ import annotations

from functools import cache

import regex

from .lexicon import load_data, string_list

__all__ = ["check_language", "MIN_WORDS", "NO_DIACRITICS", "NOT_VIETNAMESE"]

NO_DIACRITICS = "no-diacritics"
NOT_VIETNAMESE = "not-vietnamese"
#: Texts shorter than this (in words) are not judged.
MIN_WORDS = 12
#: How much of a text is read to judge it.
SAMPLE_CHARS = 3000
#: Share of words with Vietnamese letters or tone marks above which a text is Vietnamese.
_DIACRITIC_SHARE = 0.15
#: Share of frequent undiacritised Vietnamese words that marks Vietnamese typed without diacritics.
_PLAIN_SHARE = 0.2

_WORD = regex.compile(r"\p{L}+")


@cache
def _plain_words() -> frozenset[str]:
    return frozenset(string_list(load_data("language_check.yaml"), "undiacritised_words", "language_check.yaml"))


def check_language(text: str) -> tuple[str, ...]:
    """Warnings about the language of normalised ``text``: empty for Vietnamese with diacritics."""
    words = _WORD.findall(text, 0, SAMPLE_CHARS)
    if len(words) < MIN_WORDS:
        return ()
    marked = sum(1 for w in words if not w.isascii())
    if marked >= _DIACRITIC_SHARE * len(words):
        return ()
    plain = _plain_words()
    vietnamese = sum(1 for w in words if w.lower() in plain)
    return (NO_DIACRITICS,) if vietnamese >= _PLAIN_SHARE * len(words) else (NOT_VIETNAMESE,)
