"""The grammar of Vietnamese numbers: digits, number words, scales, comparators, ranges.

:func:`scan` walks a normalised text once and yields every number expression
it reads (with the context checks that keep dates, codes, ordinals and the
article ``một`` out); :func:`parse_number` reads one whole expression.

>>> parse_number("trên 2,2 nghìn").to_dict()
{'value': 2200, 'comparator': '>'}
>>> parse_number("hai mươi lăm").value
25
>>> parse_number("hàng chục nghìn").to_dict()
{'value': 10000, 'comparator': '>=', 'vague': True}
>>> parse_number("Bộ Công an") is None
True
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from typing import Any, NamedTuple

import regex

from ..lexicon import fold
from .measures import unit_pattern
from .vocabulary import Vocabulary, vocabulary

__all__ = ["NumberValue", "NumberMatch", "Token", "Tokens", "tokenize", "scan", "parse_number"]

# A run of digits with inner dots or commas (14.450, 2,2, 1,200,000), a word, or one other sign.
# The inner group needs its separator, so the pattern stays linear.  Captured, so that
# split() returns the gaps and the tokens in turn.
_TOKEN = regex.compile(r"(\d+(?:[.,]\d+)*|\p{L}+|\S)")
_VN_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VN_DECIMAL = regex.compile(r"\d+,\d+")
_EN_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_EN_DECIMAL = regex.compile(r"\d+\.\d{1,2}")
_PLAIN = regex.compile(r"\d{1,12}")
# Characters that, written right before the digits, make them part of a code,
# a date, a plate or an address (QL1A, 30A-771.66, 13/3, 488+700).
_GLUED_BEFORE = frozenset("/-.:,+#_&@–")
_SENTENCE_OPENERS = frozenset(".!?:;…\"“”'‘’([")
_MAX_WORDS = 24
# Letters whose lower case depends on their neighbours (final sigma): a text holding
# one is folded token by token, as a token alone would be.
_CONTEXT_CASED = regex.compile(r"[Σ]")


@dataclass(frozen=True)
class NumberValue:
    """The normalised value of a NUMBER (SCHEMA.md): ``value``, ``comparator``, ``vague``.

    >>> NumberValue(14450).to_dict()
    {'value': 14450}
    """

    value: int | float
    comparator: str | None = None
    vague: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA value: ``comparator`` only when set, ``vague`` only when true.

        >>> NumberValue(100, ">=", True).to_dict()
        {'value': 100, 'comparator': '>=', 'vague': True}
        """
        out: dict[str, Any] = {"value": self.value}
        if self.comparator is not None:
            out["comparator"] = self.comparator
        if self.vague:
            out["vague"] = True
        return out


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


@dataclass(frozen=True)
class NumberMatch:
    """A number expression found by :func:`scan`.

    ``start``/``end`` delimit the NUMBER span (comparator included).  A range
    has a ``second`` part (``6-7``); ``joined`` marks an approximated range read
    as one span (``khoảng 5-6``).  ``strong`` is true when the form alone shows
    a count (comparator, scale word, thousands grouping, decimal, vague);
    ``needs_unit`` when the digits are only a number before a unit (``1.5 kg``).
    """

    start: int
    end: int
    value: NumberValue
    strong: bool
    needs_unit: bool = False
    second: NumberMatch | None = None
    joined: bool = False

    @property
    def last_end(self) -> int:
        """Where the whole expression (the range included) ends."""
        return self.second.end if self.second is not None else self.end


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


def tokenize(text: str) -> list[Token]:
    """Digit runs, words and other signs of ``text`` with their offsets.

    >>> [t.text for t in tokenize("bắt 14.450 đối tượng.")]
    ['bắt', '14.450', 'đối', 'tượng', '.']
    """
    tokens = Tokens(text)
    return [tokens[i] for i in range(tokens.size)]


def _number(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def digits_value(digits: str) -> tuple[Decimal, bool, bool] | None:
    """Read a digit run after Vietnamese conventions: ``(value, grouped_or_decimal, needs_unit)``.

    >>> digits_value("14.450")
    (Decimal('14450'), True, False)
    >>> digits_value("2,2")
    (Decimal('2.2'), True, False)
    >>> digits_value("0912345678") is None
    True
    """
    if _PLAIN.fullmatch(digits):
        if len(digits) > 1 and digits[0] == "0":
            return None  # phone numbers, codes
        return Decimal(digits), False, False
    if _VN_THOUSANDS.fullmatch(digits):
        return Decimal(digits.replace(".", "").replace(",", ".")), True, False
    if _EN_THOUSANDS.fullmatch(digits):
        return Decimal(digits.replace(",", "")), True, False
    if _VN_DECIMAL.fullmatch(digits):
        whole = digits.split(",", 1)[0]
        if len(whole) > 1 and whole[0] == "0":
            return None
        return Decimal(digits.replace(",", ".")), True, False
    if _EN_DECIMAL.fullmatch(digits):
        return Decimal(digits), True, True
    return None


_FIRSTS: dict[int, tuple[Any, frozenset[str]]] = {}


def _first_words(phrases: frozenset[tuple[str, ...]] | dict[tuple[str, ...], Any]) -> frozenset[str]:
    """The words that phrases of ``phrases`` start with (cached per vocabulary set)."""
    hit = _FIRSTS.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = (phrases, frozenset(p[0] for p in phrases if p))
        _FIRSTS[id(phrases)] = hit
    return hit[1]


_STARTS: dict[int, tuple[Vocabulary, frozenset[str]]] = {}


def _start_words(v: Vocabulary) -> frozenset[str]:
    """Words that can open an expression: number words, vague quantifiers, comparators' first words."""
    hit = _STARTS.get(id(v))
    if hit is None or hit[0] is not v:
        hit = (v, v.number_words | v.vague | _first_words(v.comparators))
        _STARTS[id(v)] = hit
    return hit[1]


class _Reader:
    """Reads number expressions over the tokens of one text."""

    def __init__(self, text: str, tokens: Tokens, vocab: Vocabulary) -> None:
        self.text = text
        self.tokens = tokens
        self.v = vocab
        self.n = tokens.size

    def keys(self, i: int, j: int) -> tuple[str, ...]:
        """The keys of tokens i..j-1."""
        return tuple(self.tokens.token_keys[i:j])

    # -- adjacency ---------------------------------------------------------
    def spaced(self, i: int, j: int) -> bool:
        """Tokens i and j = i + 1 are separated by spaces only (same line)."""
        if j >= self.n:
            return False
        gap = self.text[self.tokens.ends[i] : self.tokens.starts[j]]
        return 0 < len(gap) <= 3 and gap.strip(" ") == ""

    def spaced_run(self, i: int, j: int) -> bool:
        """Each of tokens i..j-1 is spaced from the next one (true when j <= i)."""
        return all(self.spaced(k, k + 1) for k in range(i, j))

    def glued(self, i: int, j: int) -> bool:
        return j < self.n and self.tokens.ends[i] == self.tokens.starts[j]

    def near(self, i: int, j: int) -> bool:
        return self.glued(i, j) or self.spaced(i, j)

    def phrase_at(self, i: int, phrases: frozenset[tuple[str, ...]] | dict[tuple[str, ...], Any], longest: int = 3) -> int:
        """Length (in tokens) of the longest phrase starting at token i, 0 if none."""
        if i < self.n and self.tokens.token_keys[i] not in _first_words(phrases):
            return 0  # no phrase starts with this word (the common case: one set lookup)
        for size in range(longest, 0, -1):
            if i + size > self.n:
                continue
            if self.keys(i, i + size) in phrases and self.spaced_run(i, i + size - 1):
                return size
        return 0

    def phrase_before(self, i: int, phrases: frozenset[tuple[str, ...]], longest: int = 3) -> bool:
        """A phrase of ``phrases`` ends right before token i (spaced)."""
        for size in range(longest, 0, -1):
            first = i - size
            if first < 0:
                continue
            if self.keys(first, i) in phrases and self.spaced_run(first, i):
                return True
        return False

    # -- words ------------------------------------------------------------
    def words(self, k: int, first: Decimal | None, hundred_as_scale: bool = False) -> tuple[Decimal, int, bool] | None:
        """Number words from token k (after a digit run of value ``first`` when given).

        Returns ``(value, index after the last token read, scaled)``.
        """
        v = self.v
        total = Decimal(0)
        current = Decimal(0)
        last = first
        max_scale = 0
        unit: tuple[str, int] | None = None  # ("scale" | "hundred", size) for "rưỡi"
        after_tens = after_zero = scaled = False
        best: tuple[Decimal, int, bool] | None = None
        if first is not None:
            best = (first, k, False)
        j = k
        prev = k - 1
        while j < self.n and j - k < _MAX_WORDS:
            if j > k or first is not None:
                if not self.spaced(prev, j):
                    break
            tok = self.tokens[j]
            w = tok.key
            if tok.is_digits:
                # "1 tỷ 200 triệu": digits only after a scale, waiting for a smaller one.
                dv = digits_value(tok.text)
                if dv is None or last is not None or not scaled or current or after_tens or after_zero:
                    break
                last = dv[0]
            elif w in v.digits and not (w in v.unit_digits):
                if after_tens or after_zero:
                    current += v.digits[w]
                    after_tens = after_zero = False
                    last = None
                    unit = None
                elif last is not None:
                    break
                else:
                    last = Decimal(v.digits[w])
            elif w in v.unit_digits and after_tens:
                current += v.unit_digits[w]
                after_tens = False
            elif w in v.ten and last is None and not after_tens and not after_zero and (current % 100 == 0):
                current += 10
                after_tens = True
                unit = None
            elif w in v.tens and last is not None and not after_tens and last < 10:
                current += last * 10
                last = None
                after_tens = True
                unit = None
            elif w in v.hundred and hundred_as_scale and last is not None:
                current += last * 100
                last = None
                unit = ("hundred", 100)
                scaled = True
            elif w in v.hundred and last is not None and last < 10 and current == 0:
                current += last * 100
                last = None
                unit = ("hundred", 100)
            elif w in v.zero_tens and unit is not None and unit[0] == "hundred" and last is None:
                after_zero = True
                unit = None
            elif w in v.scales and not after_zero:
                size = v.scales[w]
                group = current + (last or 0)
                if j == k and first is None and size == 10:
                    group = Decimal(1)  # "chục" alone counts ten: "hơn chục đối tượng"
                if group == 0:
                    # "chục nghìn", "trăm triệu", "nghìn tỷ": a larger scale multiplies the whole
                    if unit is None or unit[0] != "scale" or size <= max_scale:
                        break
                    total *= size
                    max_scale = size
                elif size > max_scale:
                    total = (total + group) * size
                    max_scale = size
                else:
                    total += group * size
                current = Decimal(0)
                last = None
                after_tens = False
                unit = ("scale", size)
                scaled = True
            elif w in v.half and unit is not None and last is None and not after_tens:
                if unit[0] == "scale":
                    total += Decimal(unit[1]) / 2
                else:
                    current += Decimal(unit[1]) / 2  # "một trăm rưỡi (triệu)" may go on to a scale
                halved = unit[0] == "scale"
                unit = None
                prev = j
                j += 1
                best = (total + current, j, scaled)
                if halved:
                    break
                continue
            else:
                break
            prev = j
            j += 1
            complete = not after_zero and (last is None or max_scale == 0 and unit is None)
            if complete:
                best = (total + current + (last or 0), j, scaled)
        return best

    # -- expressions -------------------------------------------------------
    def comparator_at(self, i: int) -> tuple[str, int] | None:
        size = self.phrase_at(i, self.v.comparators)
        if not size:
            return None
        key = self.keys(i, i + size)
        return self.v.comparators[key], i + size

    def bad_left(self, i: int) -> bool:
        """Token i cannot open a count: glued to a code, after an ordinal word or a name."""
        tok = self.tokens[i]
        if tok.start > 0:
            before = self.text[tok.start - 1]
            if before.isalnum() or before in _GLUED_BEFORE:
                return True
        if self.phrase_before(i, self.v.not_after):
            return True
        if i > 0 and self.spaced(i - 1, i):
            prev = self.tokens[i - 1]
            if prev.is_word and any(c.isupper() for c in prev.text):
                if sum(c.isupper() for c in prev.text) >= 2:
                    return True  # an acronym: BCĐ 131, QL 1, SN 1994
                opener = i - 2 < 0 or self.tokens[i - 2].text in _SENTENCE_OPENERS or "\n" in self.text[self.tokens[i - 2].end : prev.start]
                if not opener:
                    return True  # a name: Urenco 2, Cảnh sát 113
        return False

    def bad_right_glue(self, j: int) -> bool:
        """Something glued after the digits of token j makes them a date, time or code."""
        end = self.tokens[j].end
        if end >= len(self.text):
            return False
        after = self.text[end]
        if after in "/:" and end + 1 < len(self.text) and self.text[end + 1].isdigit():
            return True
        return False

    def core(self, k: int, comparator: str | None) -> tuple[NumberValue, int, bool, bool] | None:
        """A number without its comparator from token k: ``(value, next index, strong, needs_unit)``."""
        v = self.v
        if k >= self.n:
            return None
        tok = self.tokens[k]
        if tok.key in v.vague and k + 1 < self.n and self.spaced(k, k + 1):
            nxt = self.tokens[k + 1].key
            if nxt in v.scales or nxt in v.hundred:
                read = self.words(k + 1, Decimal(1), hundred_as_scale=True)
                if read is not None and read[2]:
                    value, j, _ = read
                    return NumberValue(_number(value), ">=", True), j, True, False
            return None
        if tok.is_digits:
            dv = digits_value(tok.text)
            if dv is None or self.bad_right_glue(k):
                return None
            value, grouped, needs_unit = dv
            # A glued scale letter (500k).
            if k + 1 < self.n and self.glued(k, k + 1) and self.tokens[k + 1].key in v.glued_scales:
                after = self.tokens[k + 1]
                if after.end >= len(self.text) or not self.text[after.end].isalnum():
                    return NumberValue(_number(value * v.glued_scales[after.key]), comparator), k + 2, True, False
            read = self.words(k + 1, value)
            assert read is not None
            total, j, scaled = read
            if tok.text == "1" and j == k + 1 and comparator is None and self.article_digit(k, j):
                return None  # "bị 1 phụ nữ lao vào": "1" as "a"
            strong = grouped or scaled or comparator is not None
            return NumberValue(_number(total), comparator), j, strong, needs_unit and not scaled
        if tok.is_word:
            read = self.words(k, None)
            if read is None:
                return None
            total, j, scaled = read
            words = self.keys(k, j)
            if len(words) == 1 and words[0] in v.article_words:
                if not self.phrase_before(k, v.counting_cues) and not self.in_list(k, j):
                    return None  # "một" as "a"
            if self.phrase_before(k, v.vague_before):
                return None  # "vài chục", "mấy trăm": vague, not marked
            return NumberValue(_number(total), comparator), j, scaled or comparator is not None, False
        return None

    def sentence_gap(self, a: int, b: int) -> bool:
        """A sentence boundary lies between tokens a and b = a + 1."""
        return "\n" in self.text[self.tokens[a].end : self.tokens[b].start] or self.tokens[b].text in ".!?;:"

    def in_list(self, k: int, j: int) -> bool:
        """The number at tokens k..j-1 is an item of a list of counts.

        A comma or ``và`` stands right before it and the clause before holds another
        count (a number other than an article word, before a word that is not a time
        unit), or the next clause opens with a count: ``2 vụ tại huyện A, 1 vụ tại
        quận B``; ``2 đồn cảnh sát và 1 đơn vị``; ``một người chết, hai người bị thương``.
        """
        v = self.v

        noun = self.tokens[j].key if j < self.n and self.tokens[j].is_word else ""

        def is_count(d: int, same_noun: bool) -> bool:
            t = self.tokens[d]
            if t.is_digits:
                if digits_value(t.text) is None or self.bad_left_glue(d) or self.bad_right_glue(d):
                    return False
            elif t.key not in v.digits or t.key in v.article_words:
                return False
            if d + 1 >= self.n or not self.spaced(d, d + 1) or not self.tokens[d + 1].is_word:
                return False
            if same_noun and self.tokens[d + 1].key != noun:
                return False
            return not self.phrase_at(d + 1, v.time_units) and not self.phrase_before(d, v.not_after)

        def separator(d: int) -> bool:
            t = self.tokens[d]
            return t.text in ",;" or t.key == "và"

        if not noun:
            return False
        # "hai người chết, [một] người bị thương", "2 phụ nữ và [1] cháu nhỏ": a separator right
        # before, a count in the clause before it (of the same noun after a comma).
        if k >= 2 and separator(k - 1):
            same = self.tokens[k - 1].key != "và"
            d = k - 2
            while d >= 0 and k - d <= 12 and not separator(d) and not self.sentence_gap(d, d + 1):
                t = self.tokens[d]
                if not (t.is_word or t.is_digits):
                    break
                if is_count(d, same):
                    return True
                d -= 1
        # "[một] người chết, hai người bị thương": the next clause opens with a count of the same noun.
        d = j
        while d < self.n and d - j <= 10 and not self.sentence_gap(d - 1, d) and not separator(d):
            d += 1
        if d < self.n and d - j <= 10 and separator(d) and d + 1 < self.n and not self.sentence_gap(d, d + 1):
            comp = self.comparator_at(d + 1)
            nxt = comp[1] if comp else d + 1
            return nxt < self.n and is_count(nxt, True)
        return False

    def article_digit(self, k: int, j: int) -> bool:
        """A bare ``1`` at token k reads as the article "a" (number_words.yaml says when it counts)."""
        v = self.v
        if j >= self.n or not self.near(k, j):
            return False
        if self.tokens[j].key in v.range_joiners or unit_pattern().match(self.text, self.tokens[j].start):
            return False
        if self.phrase_before(k, v.counting_cues) or self.phrase_before(k, v.count_verbs):
            return False
        size = self.phrase_at(j, v.count_nouns, longest=2)
        if size and not self.phrase_at(j + size, v.not_counted_after_noun, longest=2):
            return False
        return not self.in_list(k, j)

    def time_after(self, j: int) -> int:
        """Tokens of a time unit after token j - 1 (3 năm, 48 giờ, 10h): the number is part of a DATE."""
        if j >= self.n or not self.near(j - 1, j):
            return 0
        if self.glued(j - 1, j):
            # only a glued letter sequence that is a time unit (10h, 16h40)
            return 1 if (self.tokens[j].key,) in self.v.time_units else 0
        return self.phrase_at(j, self.v.time_units)

    def expression(self, i: int) -> tuple[NumberMatch | None, int] | None:
        """The expression starting at token i, or None; ``(match or None when skipped, next index)``."""
        comp = self.comparator_at(i)
        comparator, k = (comp if comp else (None, i))
        if comp is not None and not self.spaced(k - 1, k):
            return None
        if comp is not None:
            # Stacked approximators ("khoảng hơn 200 tỷ"): the span takes both, the
            # comparator is the one next to the number, which bounds it.
            inner = self.comparator_at(k)
            if inner is not None:
                if inner[0] == comparator:
                    return None  # "ước tính khoảng 1 tỉ": the same sense twice, the span starts at the second
                comparator, k = inner
                if not self.spaced(k - 1, k):
                    return None
        ranged_from = False
        if comp is not None and k + 1 < self.n and self.tokens[k].key == "từ" and self.spaced(k, k + 1):
            k += 1  # "khoảng từ 30-35 tuổi": "từ" stays with the approximator of a range
            ranged_from = True
        if k >= self.n:
            return None
        pair = self.slash_pair(i, k, comparator)
        if pair is not None:
            return pair
        read = self.core(k, comparator)
        if read is None:
            return None
        value, j, strong, needs_unit = read
        if comparator is None and self.bad_left(k):
            return None
        if comparator is not None and self.tokens[k].is_digits and self.bad_left_glue(k):
            return None
        start = self.tokens[i].start
        end = self.tokens[j - 1].end
        skip = self.time_after(j)
        if skip:
            return None, j + skip
        first = NumberMatch(start, end, value, strong, needs_unit)
        # A range: 6-7, 15.000 đến 16.000, 300.000 - 400.000.
        if j < self.n and self.near(j - 1, j) and self.tokens[j].key in self.v.range_joiners:
            joiner = self.tokens[j]
            m = j + 1
            if m < self.n and self.near(j, m) and not value.vague:
                glued = self.glued(j - 1, j) and self.glued(j, m)
                second = self.core(m, None)
                if second is not None and (joiner.text.isalpha() or glued or self.spaced(j - 1, j)):
                    value2, m_end, strong2, needs2 = second
                    skip = self.time_after(m_end)
                    if skip:
                        return None, m_end + skip
                    end2 = self.tokens[m_end - 1].end
                    scale = self._trailing_scale(m, m_end)
                    v1 = value
                    if scale and self._trailing_scale(k, j) == 0 and isinstance(value.value, (int, float)):
                        scaled_value = Decimal(str(value.value)) * scale
                        if scaled_value < Decimal(str(value2.value)) or scale > 1:
                            v1 = NumberValue(_number(scaled_value), value.comparator, value.vague)
                    two = NumberMatch(self.tokens[m].start, end2, value2, strong2, needs2)
                    return NumberMatch(start, end, v1, strong or strong2, needs_unit, second=two), m_end
        if ranged_from:
            return None  # "khoảng từ 30 người" without a range: the bare number is read on its own
        return first, j

    def slash_pair(self, i: int, k: int, comparator: str | None) -> tuple[NumberMatch, int] | None:
        """Two figures of one measure joined by a slash: ``66/60 km/h``, ``4/11 bị can``.

        Only before a unit or a noun that statistics count, and never inside a longer
        code or date (``1/2/2020``, ``131/KH``).
        """
        v = self.v
        if k + 2 >= self.n or not (self.tokens[k].is_digits and self.tokens[k + 2].is_digits):
            return None
        if self.tokens[k + 1].text != "/" or not (self.glued(k, k + 1) and self.glued(k + 1, k + 2)):
            return None
        if self.bad_left_glue(k) or (k + 3 < self.n and self.glued(k + 2, k + 3)):
            return None
        if comparator is None and self.bad_left(k):
            return None
        after = k + 3
        if after >= self.n or not self.spaced(k + 2, after):
            return None
        if not (unit_pattern().match(self.text, self.tokens[after].start) or self.phrase_at(after, v.count_nouns, longest=2)):
            return None
        a, b = digits_value(self.tokens[k].text), digits_value(self.tokens[k + 2].text)
        if a is None or b is None:
            return None
        second = NumberMatch(self.tokens[k + 2].start, self.tokens[k + 2].end, NumberValue(_number(b[0])), True)
        first = NumberMatch(self.tokens[i].start, self.tokens[k].end, NumberValue(_number(a[0]), comparator), True, second=second)
        return first, k + 3

    def bad_left_glue(self, k: int) -> bool:
        tok = self.tokens[k]
        if tok.start == 0:
            return False
        before = self.text[tok.start - 1]
        return before.isalnum() or before in _GLUED_BEFORE

    def _trailing_scale(self, k: int, j: int) -> int:
        """The scale word that ends tokens k..j-1, or 0."""
        if j - 1 >= k and self.tokens[j - 1].key in self.v.scales:
            return self.v.scales[self.tokens[j - 1].key]
        return 0


def scan(text: str) -> Iterator[NumberMatch]:
    """Every number expression of normalised ``text``, in text order.

    Numbers that are parts of dates (``3 năm``, ``13/3``), codes, plates,
    documents and ordinals are skipped; whether a bare number counts something
    is left to the caller (it needs the MEASURE that follows).

    >>> [(m.start, m.end, m.value.value) for m in scan("bắt 14.450 đối tượng trong 3 năm")]
    [(4, 10, 14450)]
    """
    tokens = Tokens(text)
    vocab = vocabulary()
    reader = _Reader(text, tokens, vocab)
    resume = 0  # where the last expression read ends
    for i in _openings(tokens, _start_words(vocab)):
        if i < resume:
            continue
        found = reader.expression(i)
        if found is None:
            continue
        match, nxt = found
        if match is not None:
            yield match
        resume = max(nxt, i + 1)


def _openings(tokens: Tokens, start_words: frozenset[str]) -> list[int]:
    """Indices of the tokens an expression can start at: digits or a start word.

    Elsewhere :meth:`_Reader.expression` returns None.  A key starts with a
    digit exactly when its token does (folding leaves digits alone).
    """
    return [i for i, key in enumerate(tokens.token_keys) if key in start_words or key[0].isdigit()]


def parse_number(text: str) -> NumberValue | None:
    """The value of ``text`` when the whole of it is one number expression, else None.

    >>> parse_number("hơn 500 triệu")
    NumberValue(value=500000000, comparator='>', vague=False)
    >>> parse_number("2 triệu rưỡi").value
    2500000
    >>> parse_number("một") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    tokens = Tokens(stripped)
    reader = _Reader(stripped, tokens, vocabulary())
    comp = reader.comparator_at(0)
    comparator, k = comp if comp else (None, 0)
    read = reader.core(k, comparator)
    if read is None:
        return None
    value, j, _, _ = read
    if j != tokens.size:
        return None
    return value
