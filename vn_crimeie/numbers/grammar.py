"""The grammar of Vietnamese numbers: digits, number words, scales, comparators, ranges.

:func:`scan` walks a normalised text once and yields every number expression
it reads (with the context checks that keep dates, codes, ordinals and the
article ``một`` out); :func:`~vn_crimeie.numbers.spoken.parse_number` reads
one whole expression with the same reader.  The
reader takes its tokens from :mod:`~vn_crimeie.numbers.tokens`, reads digit
runs with :mod:`~vn_crimeie.numbers.values` and number words with the rule
table of :mod:`~vn_crimeie.numbers.words`; its words are those of
``number_words.yaml`` and ``number_rules.yaml``.

>>> [m.value.to_dict() for m in scan("trên 2,2 nghìn đối tượng, hai mươi lăm xe")]
[{'value': 2200, 'comparator': '>'}, {'value': 25}]
>>> [m.value.to_dict() for m in scan("hàng chục nghìn người")]
[{'value': 10000, 'comparator': '>=', 'vague': True}]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

import regex

from .measures import unit_pattern
from .rule_words import RuleWords, rule_words
from .tokens import Token, Tokens, tokenize
from .values import NumberMatch, NumberValue, decimal_number, digits_value
from .vocabulary import PhraseMap, Phrases, Vocabulary, vocabulary
from .words import read_words

__all__ = ["NumberValue", "NumberMatch", "Token", "Tokens", "tokenize", "scan", "digits_value"]

# Characters that, written right before the digits, make them part of a code,
# a date, a plate or an address (QL1A, 30A-771.66, 13/3, 488+700).
_GLUED_BEFORE = frozenset("/-.:,+#_&@–")
#: Two dashes between three figures after a number: a date (``13-3-2024``), not a range.
_DATE_CHAIN = regex.compile(r"[\-–]\d{1,2}[\-–]\d")
_SENTENCE_OPENERS = frozenset(".!?:;…\"“”'‘’([")


class _Reader:
    """Reads number expressions over the tokens of one text."""

    #: Tokens i and j = i + 1 are separated by spaces only (:meth:`Tokens.spaced`) / glued.
    spaced: Callable[[int, int], bool]
    glued: Callable[[int, int], bool]
    #: A whole expression asked for (:func:`~vn_crimeie.numbers.spoken.parse_number`):
    #: colloquial forms are read and "một" alone is one, not the article "a".
    spoken: bool = False

    def __init__(self, text: str, tokens: Tokens, vocab: Vocabulary, rules: RuleWords) -> None:
        self.text = text
        self.tokens = tokens
        self.v = vocab
        self.r = rules
        self.n = tokens.size
        self.spaced = tokens.spaced
        self.glued = tokens.glued

    def keys(self, i: int, j: int) -> tuple[str, ...]:
        """The keys of tokens i..j-1."""
        return tuple(self.tokens.token_keys[i:j])

    # -- adjacency ---------------------------------------------------------
    def spaced_run(self, i: int, j: int) -> bool:
        """Each of tokens i..j-1 is spaced from the next one (true when j <= i)."""
        return all(self.spaced(k, k + 1) for k in range(i, j))

    def near(self, i: int, j: int) -> bool:
        return self.glued(i, j) or self.spaced(i, j)

    def phrase_at(self, i: int, phrases: Phrases | PhraseMap, longest: int = 3) -> int:
        """Length (in tokens) of the longest phrase starting at token i, 0 if none."""
        if i < self.n and self.tokens.token_keys[i] not in phrases.firsts:
            return 0  # no phrase starts with this word (the common case: one set lookup)
        for size in range(longest, 0, -1):
            if i + size > self.n:
                continue
            if self.keys(i, i + size) in phrases and self.spaced_run(i, i + size - 1):
                return size
        return 0

    def phrase_before(self, i: int, phrases: Phrases, longest: int = 3) -> bool:
        """A phrase of ``phrases`` ends right before token i (spaced)."""
        if i == 0 or self.tokens.token_keys[i - 1] not in phrases.lasts:
            return False  # no phrase ends with the word before (the common case: one set lookup)
        for size in range(longest, 0, -1):
            first = i - size
            if first < 0:
                continue
            if self.keys(first, i) in phrases and self.spaced_run(first, i):
                return True
        return False

    # -- expressions -------------------------------------------------------
    def comparator_at(self, i: int) -> tuple[str, int] | None:
        size = self.phrase_at(i, self.v.comparators)
        if not size:
            return None
        key = self.keys(i, i + size)
        return self.v.comparators[key], i + size

    def after_not_count(self, i: int) -> bool:
        """Token i follows an ordinal, code or address word (``số 7``) but no count opener (``trong số 80``)."""
        return self.phrase_before(i, self.v.not_after) and not self.phrase_before(i, self.v.counted_after)

    def scaled(self, i: int) -> bool:
        """Token i is followed by a scale word (``60 triệu``): an amount, never a code, an ordinal or a month."""
        return i + 1 < self.n and self.spaced(i, i + 1) and self.tokens[i + 1].key in self.v.scales

    def measured(self, i: int) -> bool:
        """Token i has a unit in lower case glued to it (``36,2mm``, ``500mg``): a measurement, even after a name."""
        end = self.tokens[i].end
        glued = end < len(self.text) and (self.text[end].islower() or self.text[end] == "%")
        return glued and unit_pattern().match(self.text, end) is not None

    def bad_left(self, i: int) -> bool:
        """Token i cannot open a count: glued to a code, after an ordinal word or a name (unless a scale word
        follows: ``mỗi tháng 300 nghìn đồng``, ``ông Hiển 60 triệu đồng``)."""
        tok = self.tokens[i]
        if tok.start > 0:
            before = self.text[tok.start - 1]
            if before.isalnum() or before in _GLUED_BEFORE:
                return True
        if self.scaled(i) or self.measured(i):
            return False
        if self.after_not_count(i):
            return True
        if i > 0 and self.spaced(i - 1, i):
            prev = self.tokens[i - 1]
            if prev.is_word and any(c.isupper() for c in prev.text) and not _THOUSANDS.fullmatch(self.tokens[i].text):
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
        return after in "-–" and _DATE_CHAIN.match(self.text, end) is not None

    def core(self, k: int, comparator: str | None) -> tuple[NumberValue, int, bool, bool] | None:
        """A number without its comparator from token k: ``(value, next index, strong, needs_unit)``."""
        v = self.v
        if k >= self.n:
            return None
        tok = self.tokens[k]
        if tok.key in v.vague and k + 1 < self.n and self.spaced(k, k + 1):
            nxt = self.tokens[k + 1].key
            if nxt in v.scales or nxt in v.hundred:
                read = read_words(self.tokens, k + 1, Decimal(1), v, hundred_as_scale=True)
                if read is not None and read[2]:
                    value, j, _ = read
                    return NumberValue(decimal_number(value), ">=", True), j, True, False
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
                    return NumberValue(decimal_number(value * v.glued_scales[after.key]), comparator), k + 2, True, False
            read = read_words(self.tokens, k + 1, value, v, spoken=self.spoken)
            assert read is not None
            total, j, scaled = read
            if tok.text == "1" and j == k + 1 and comparator is None and self.article_digit(k, j):
                return None  # "bị 1 phụ nữ lao vào": "1" as "a"
            strong = grouped or scaled or comparator is not None
            return NumberValue(decimal_number(total), comparator), j, strong, needs_unit and not scaled
        if tok.is_word:
            if self.phrase_at(k, v.word_compounds):
                return None  # "ba lô", "hai vợ chồng": another word, an idiom
            if tok.key in v.article_words and k + 1 < self.n and self.spaced(k, k + 1) and self.tokens[k + 1].key in self.r.half_words:
                return NumberValue(0.5, comparator, fraction=(1, 2)), k + 2, True, False  # "hơn một nửa dân số"
            read = read_words(self.tokens, k, None, v, spoken=self.spoken)
            if read is None:
                return None
            total, j, scaled = read
            words = self.keys(k, j)
            if len(words) == 1 and words[0] in v.article_words and not self.spoken:
                if not (self.unit_at(j) or self.phrase_before(k, v.counting_cues) or self.in_list(k, j) or self.befell(j) or self.enumerated(k)):
                    return None  # "một" as "a"; before a unit it counts ("khoảng một tạ thịt")
            if self.phrase_before(k, v.vague_before):
                return None  # "vài chục", "mấy trăm": vague, not marked
            return NumberValue(decimal_number(total), comparator), j, scaled or comparator is not None, False
        return None

    def befell(self, j: int, window: int = 4) -> bool:
        """What befell the one counted stands within ``window`` words after token j, in its clause (``one_outcomes``),
        and the noun at j is one that statistics count in (``count_nouns``: not "thành viên một gia đình khác bị thương")."""
        if not self.phrase_at(j, self.v.count_nouns):
            return False
        for i in range(j, min(j + window, self.n)):
            if not self.tokens[i].is_word:
                return False  # a comma or a stop ends the clause
            if self.phrase_at(i, self.v.one_outcomes):
                return True
        return False

    def sentence_gap(self, a: int, b: int) -> bool:
        """A sentence boundary lies between tokens a and b = a + 1."""
        return "\n" in self.text[self.tokens[a].end : self.tokens[b].start] or self.tokens[b].text in ".!?;:"

    def unit_at(self, j: int) -> bool:
        """A unit (not one of ``article_units_not``) is token j, after a space: "một" before it counts ("một tạ")."""
        if j >= self.n or not self.spaced(j - 1, j) or self.tokens[j].key in self.v.article_units_not:
            return False
        return unit_pattern().match(self.text, self.tokens[j].start) is not None

    def enumerated(self, k: int, reach: int = 24) -> bool:
        """Token k is an item of an enumeration (``enumeration_cues``) that holds a count in digits before a word.

        "trong đó có [một] nữ sinh và 2 sinh viên", "gồm 2 sinh viên, [một] trợ lý riêng".
        """
        d = k
        while d > 0 and k - d < reach and not self.sentence_gap(d - 1, d) and not self.phrase_before(d, self.v.enumeration_cues):
            d -= 1
        if d == 0 or k - d >= reach or not self.phrase_before(d, self.v.enumeration_cues):
            return False
        e = d
        while e + 1 < self.n and e - d < reach and not self.sentence_gap(e, e + 1):
            t = self.tokens[e]
            if e != k and t.is_digits and digits_value(t.text) is not None and self.tokens[e + 1].is_word and self.spaced(e, e + 1):
                return True
            e += 1
        return False

    def in_list(self, k: int, j: int) -> bool:
        """The number at tokens k..j-1 is an item of a list of counts.

        A comma or ``và`` stands right before it and the clause before holds another
        count (a number other than an article word, before a word that is not a time
        unit), or the next clause opens with a count: ``2 vụ tại huyện A, 1 vụ tại
        quận B``; ``2 đồn cảnh sát và 1 đơn vị``; ``một người chết, hai người bị thương``.
        After a comma the other count is of the same noun, unless both are in digits.
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
            if same_noun and self.tokens[d + 1].key != noun and not (t.is_digits and self.tokens[k].is_digits):
                return False  # items in digits may count different things ("1 xe máy, 1 điện thoại, 1 túi xách")
            return not self.phrase_at(d + 1, v.time_units) and not self.after_not_count(d)

        def separator(d: int) -> bool:
            t = self.tokens[d]
            return t.text in self.r.list_signs or t.key in self.r.list_words

        if not noun:
            return False
        # "hai người chết, [một] người bị thương", "2 phụ nữ và [1] cháu nhỏ": a separator right
        # before, a count in the clause before it (of the same noun after a comma).
        if k >= 2 and separator(k - 1):
            same = self.tokens[k - 1].key not in self.r.list_words
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

    def opening(self, i: int) -> tuple[str | None, int, bool] | None:
        """What opens the expression at token i: ``(comparator, index of the number, a range opened)``.

        None when a comparator is not spaced from what follows or says the same
        thing twice (the span then starts at the second one).
        """
        comp = self.comparator_at(i)
        if comp is None:
            return None, i, False
        comparator, k = comp
        if not self.spaced(k - 1, k):
            return None
        # Stacked approximators ("khoảng hơn 200 tỷ"): the span takes both, the
        # comparator is the one next to the number, which bounds it.
        inner = self.comparator_at(k)
        if inner is not None:
            if inner[0] == comparator:
                return None  # "khoảng chừng 1 tỉ", "gần khoảng 5": the same sense twice, the span starts at the second
            comparator, k = inner
            if not self.spaced(k - 1, k):
                return None
        if k + 1 < self.n and self.tokens[k].key in self.r.range_openers and self.spaced(k, k + 1):
            return comparator, k + 1, True  # "khoảng từ 30-35 tuổi": "từ" stays with the approximator of a range
        return comparator, k, False

    def expression(self, i: int) -> tuple[NumberMatch | None, int] | None:
        """The expression starting at token i, or None; ``(match or None when skipped, next index)``."""
        opened = self.opening(i)
        if opened is None:
            return None
        comparator, k, ranged_from = opened
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
        skip = self.time_after(j)
        if skip:
            return None, j + skip
        first = NumberMatch(self.tokens[i].start, self.tokens[j - 1].end, value, strong, needs_unit)
        ranged = self.range_after(first, k, j)
        if ranged is not None:
            return ranged
        if ranged_from:
            return None  # "khoảng từ 30 người" without a range: the bare number is read on its own
        return first, j

    def range_after(self, first: NumberMatch, k: int, j: int) -> tuple[NumberMatch | None, int] | None:
        """``first`` (tokens k..j-1) as the first end of a range: 6-7, 15.000 đến 16.000, 300.000 - 400.000."""
        if not (j < self.n and self.near(j - 1, j) and self.tokens[j].key in self.v.range_joiners):
            return None
        joiner = self.tokens[j]
        m = j + 1
        if not (m < self.n and self.near(j, m)) or first.value.vague:
            return None
        glued = self.glued(j - 1, j) and self.glued(j, m)
        second = self.core(m, None)
        if second is None or not (joiner.text.isalpha() or glued or self.spaced(j - 1, j)):
            return None
        value2, m_end, strong2, needs2 = second
        skip = self.time_after(m_end)
        if skip:
            return None, m_end + skip
        scale = self._trailing_scale(m, m_end)
        value = first.value
        if scale and self._trailing_scale(k, j) == 0 and isinstance(value.value, (int, float)):
            scaled_value = Decimal(str(value.value)) * scale
            if scaled_value < Decimal(str(value2.value)) or scale > 1:
                value = NumberValue(decimal_number(scaled_value), value.comparator, value.vague)
        two = NumberMatch(self.tokens[m].start, self.tokens[m_end - 1].end, value2, strong2, needs2)
        return replace(first, value=value, strong=first.strong or strong2, second=two), m_end

    def slash_pair(self, i: int, k: int, comparator: str | None) -> tuple[NumberMatch, int] | None:
        """Two figures of one measure joined by a slash: ``66/60 km/h``, ``4/11 bị can``.

        Only before a unit or a noun that statistics count, and never inside a longer
        code or date (``1/2/2020``, ``131/KH``).
        """
        v = self.v
        if k + 2 >= self.n or self.tokens.token_keys[k + 1] != "/":
            return None  # the common case, read from the keys alone
        if not (self.tokens[k].is_digits and self.tokens[k + 2].is_digits):
            return None
        if not (self.glued(k, k + 1) and self.glued(k + 1, k + 2)):
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
        second = NumberMatch(self.tokens[k + 2].start, self.tokens[k + 2].end, NumberValue(decimal_number(b[0])), True)
        first = NumberMatch(self.tokens[i].start, self.tokens[k].end, NumberValue(decimal_number(a[0]), comparator), True, second=second)
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


#: Digits grouped by thousands (``100.000``, ``1,200,000``): a sum, never the number of a name (``Urenco 2``).
_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3}){2,}")


def scan(text: str, counted_only: bool = False) -> Iterator[NumberMatch]:
    """Every number expression of normalised ``text``, in text order.

    Numbers that are parts of dates (``3 năm``, ``13/3``), codes, plates,
    documents and ordinals are skipped; whether a bare number counts something
    is left to the caller (it needs the MEASURE that follows).  ``counted_only``:
    a bare figure followed by another figure (``0912 345 678``, a run of years)
    is skipped unread, as no MEASURE can follow it and its form shows no count.

    >>> [(m.start, m.end, m.value.value) for m in scan("bắt 14.450 đối tượng trong 3 năm")]
    [(4, 10, 14450)]
    >>> [m.value.value for m in scan("số 0912 345 678")], [m.value.value for m in scan("số 0912 345 678", counted_only=True)]
    ([345, 678], [678])
    """
    tokens = Tokens(text)
    vocab = vocabulary()
    reader = _Reader(text, tokens, vocab, rule_words())
    resume = 0  # where the last expression read ends
    for i in _openings(tokens, vocab.start_words):
        if i < resume or (counted_only and _before_figure(tokens, i)):
            continue
        found = reader.expression(i)
        if found is None:
            continue
        match, nxt = found
        if match is not None:
            yield match
        resume = max(nxt, i + 1)


def _before_figure(tokens: Tokens, i: int) -> bool:
    """Token i is a bare figure (digits only) and the next token is another one, not glued to it."""
    keys = tokens.token_keys
    return i + 1 < tokens.size and keys[i].isdigit() and keys[i + 1][0].isdigit() and not tokens.glued(i, i + 1)


def _openings(tokens: Tokens, start_words: frozenset[str]) -> list[int]:
    """Indices of the tokens an expression can start at: digits or a start word.

    Elsewhere :meth:`_Reader.expression` returns None.  A key starts with a
    digit exactly when its token does (folding leaves digits alone).
    """
    return [i for i, key in enumerate(tokens.token_keys) if key in start_words or key[0].isdigit()]

