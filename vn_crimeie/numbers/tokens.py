"""The tokens of a text for the number reader: digit runs, words and single other signs.

One split of the folded text gives the offsets and the key of every token;
a :class:`Token` object is built only for the tokens the reader looks at.

>>> [t.text for t in tokenize("bắt 14.450 đối tượng.")]
['bắt', '14.450', 'đối', 'tượng', '.']
"""

from __future__ import annotations

from itertools import accumulate
from typing import NamedTuple

import regex

from ..lexicon import fold

__all__ = ["Token", "Tokens", "tokenize"]

# A run of digits with inner dots or commas (14.450, 2,2, 1,200,000), a word, or one other sign.
# The inner group needs its separator, so the pattern stays linear.  Captured, so that
# split() returns the gaps and the tokens in turn.
_TOKEN = regex.compile(r"(\d+(?:[.,]\d+)*|\p{L}+|\S)")
# Letters whose lower case depends on their neighbours (final sigma): a text holding
# one is folded token by token, as a token alone would be.
_CONTEXT_CASED = regex.compile(r"[Σ]")


class Token(NamedTuple):
    """One token of the text: digits, a word or a single other sign."""

    start: int
    end: int
    text: str
    key: str  # lower-cased

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


class Tokens(dict[int, Token]):
    """The tokens of one text by index, each :class:`Token` built on first use.

    One split of the folded text gives the offsets and the key of every token:
    :func:`~vn_crimeie.lexicon.fold` keeps the length and lower-cases letters to
    letters, digits and spaces to themselves, so the folded text splits into the
    same tokens.  The reader looks at a few tokens around each place a number
    can start; most tokens of a text never become objects.

    >>> tokens = Tokens("Bắt 14.450 đối tượng.")
    >>> tokens.size, tokens.token_keys[0], tokens[1]
    (5, 'bắt', Token(start=4, end=10, text='14.450', key='14.450'))
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        if _CONTEXT_CASED.search(text):  # each token folded alone
            parts = _TOKEN.split(text)
            self.token_keys = [fold(t) for t in parts[1::2]]
        else:
            parts = _TOKEN.split(fold(text))
            self.token_keys = parts[1::2]
        bounds = list(accumulate(map(len, parts)))  # parts: gap, token, gap, ..., token, gap
        self.starts = bounds[0:-1:2]
        self.ends = bounds[1::2]
        self.size = len(self.token_keys)

    def __missing__(self, i: int) -> Token:
        start, end = self.starts[i], self.ends[i]
        token = self[i] = Token(start, end, self.text[start:end], self.token_keys[i])
        return token

    def spaced(self, i: int, j: int) -> bool:
        """Tokens i and j = i + 1 are separated by one to three spaces only (same line).

        >>> tokens = Tokens("2  triệu,3")
        >>> tokens.spaced(0, 1), tokens.spaced(1, 2), tokens.spaced(2, 3)
        (True, False, False)
        """
        if j >= self.size:
            return False
        gap = self.text[self.ends[i] : self.starts[j]]
        return 0 < len(gap) <= 3 and gap.strip(" ") == ""

    def glued(self, i: int, j: int) -> bool:
        """Token j = i + 1 begins where token i ends.

        >>> Tokens("500k").glued(0, 1), Tokens("500 k").glued(0, 1)
        (True, False)
        """
        return j < self.size and self.ends[i] == self.starts[j]


def tokenize(text: str) -> list[Token]:
    """Digit runs, words and other signs of ``text`` with their offsets.

    >>> [t.text for t in tokenize("bắt 14.450 đối tượng.")]
    ['bắt', '14.450', 'đối', 'tượng', '.']
    """
    tokens = Tokens(text)
    return [tokens[i] for i in range(tokens.size)]
