"""Numbers written in words: named rules that add one word at a time to a running count.

Each rule of :data:`WORD_RULES` is ``(name, word class, step)``: a
word of the class (``number_words.yaml``) is offered to the step, which reads
it into the :class:`Count` or refuses it; the first rule that reads a word
wins, and a word no rule reads ends the number.  After each word the count is
kept when it is complete (``hai mươi`` yes, ``hai trăm linh`` not yet).

>>> from vn_crimeie.numbers.tokens import Tokens
>>> from vn_crimeie.numbers.vocabulary import vocabulary
>>> read_words(Tokens("hai mươi lăm người"), 0, None, vocabulary())
(Decimal('25'), 3, False)
>>> read_words(Tokens("1 tỷ 200 triệu đồng"), 1, Decimal(1), vocabulary())
(Decimal('1200000000'), 4, True)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .tokens import Token, Tokens
from .values import digits_value
from .vocabulary import Vocabulary

__all__ = ["Count", "WORD_RULES", "read_words"]

#: The longest run of tokens one number in words may take.
MAX_WORDS = 24

#: What a step did with a word: refused it (the next rule may read it), read it,
#: read it and ended the number, or ended the number without it.
REFUSED, READ, READ_LAST, END = None, 1, 2, 3


@dataclass(slots=True)
class Count:
    """The count read so far: ``total`` of the scales done, ``current`` group, ``last`` digit pending."""

    total: Decimal
    current: Decimal
    last: Decimal | None
    hundred_as_scale: bool
    max_scale: int = 0
    unit: tuple[str, int] | None = None  # ("scale" | "hundred", size): what "rưỡi" halves
    after_tens: bool = False
    after_zero: bool = False
    scaled: bool = False
    alone: bool = True  # nothing read yet, no digit run before either
    spoken: bool = False  # a whole expression asked for (parse_number): colloquial forms too
    zero_hundred: bool = False  # after "không trăm": tens or a unit must follow
    zero_unit: bool = False  # the digit right after "lẻ": it may still take "trăm" (ba triệu lẻ năm trăm)
    last_places: int = 1  # how many digits the pending ``last`` was written with ("5 triệu 250": 3)
    tail_form: bool = False  # the pending ``last`` is a unit form said after a hundred ("ba trăm tư"): its tenth

    def complete(self) -> bool:
        """No word is awaited: not after ``linh``/``không trăm``, no digit waiting for its scale."""
        return not (self.after_zero or self.zero_hundred) and (self.last is None or self.max_scale == 0 and self.unit is None)

    def tail_value(self) -> Decimal | None:
        """A last digit said after a scale or hundred stands for its tenth (spoken only).

        ``một trăm hai`` = 120, ``triệu hai`` = 1.200.000, ``hai nghìn ba`` = 2.300; digits
        written after a scale count in it as its decimals: ``5 triệu 250`` = 5.250.000.
        """
        if not self.spoken or self.last is None or self.unit is None or self.after_tens or self.after_zero:
            return None
        if self.last_places > 3 or 10**self.last_places > self.unit[1]:
            return None  # "15 nghìn 5000", "trăm 25": not the smaller unit of the scale
        return self.total + self.current + self.last * self.unit[1] / 10**self.last_places

    def value(self) -> Decimal:
        return self.total + self.current + (self.last or 0)


Step = Callable[[Count, str, Vocabulary], int | None]


def _digit(c: Count, w: str, v: Vocabulary) -> int | None:
    """A digit word: the unit after tens or ``linh`` (``hai mươi mốt``), else the digit pending."""
    if w in v.unit_digits:
        return REFUSED
    if c.after_tens or c.after_zero or c.zero_hundred:
        if c.zero_hundred:  # "không trăm hai mươi": the tens follow
            c.last = Decimal(v.digits[w])
            c.zero_hundred = False
            return READ
        c.zero_unit = c.after_zero and c.current == 0
        c.current += v.digits[w]
        c.after_tens = c.after_zero = False
        c.last = None
        c.unit = None
    elif c.last is not None:
        return END
    else:
        c.last = Decimal(v.digits[w])
    return READ


def _unit_digit(c: Count, w: str, v: Vocabulary) -> int | None:
    """A unit form said only after the tens (``ba mươi lăm``, ``hai mươi tư``).

    Spoken, the tens may go unsaid (``hai mốt`` = 21), and after a scale the
    unit form is its tenth (``triệu tư``: see :meth:`Count.tail_value`).
    """
    if c.after_tens:
        c.current += v.unit_digits[w]
        c.after_tens = False
        return READ
    if c.after_zero and w in v.zero_tens_units:  # "một trăm linh tư" = 104
        c.current += v.unit_digits[w]
        c.after_zero = False
        c.unit = None
        return READ
    if not c.spoken:
        return REFUSED
    if c.last is not None and 2 <= c.last <= 9 and (c.unit is None or c.unit[0] == "hundred") and c.current % 100 == 0:
        c.current += c.last * 10 + v.unit_digits[w]  # "hai mốt", "ba lăm"
        c.last = None
        return READ
    if c.last is None and c.unit is not None and not c.after_zero:
        c.last = Decimal(v.unit_digits[w])  # "triệu tư": the tenth of the scale
        c.tail_form = c.unit[0] == "hundred"
        return READ
    return REFUSED


def _ten(c: Count, w: str, v: Vocabulary) -> int | None:
    """Ten opening the tens (``mười hai``)."""
    if c.last is not None or c.after_tens or c.current % 100 != 0:
        return REFUSED
    c.current += 10
    c.after_tens = True
    c.after_zero = c.zero_hundred = False  # "một nghìn lẻ mười bảy", "không trăm mười một"
    c.unit = None
    return READ


def _tens(c: Count, w: str, v: Vocabulary) -> int | None:
    """The tens of the digit pending (``bốn mươi``)."""
    if c.last is None or c.after_tens or c.last >= 10:
        return REFUSED
    c.current += c.last * 10
    c.last = None
    c.after_tens = True
    c.unit = None
    return READ


def _hundred(c: Count, w: str, v: Vocabulary) -> int | None:
    """The hundreds of the digit pending (``năm trăm``), or of the digit after ``lẻ`` (``ba triệu lẻ năm trăm``)."""
    if c.last is None:
        if c.zero_unit and c.current < 10:
            c.last, c.current = c.current, Decimal(0)
            c.zero_unit = False
        elif c.spoken and c.alone:
            c.last = Decimal(1)  # spoken "trăm rưỡi"
        else:
            return REFUSED
    if c.hundred_as_scale:
        c.scaled = True  # "hàng trăm": a scale of its own
    elif c.last >= 10 or c.current != 0:
        return REFUSED
    c.zero_hundred = c.last == 0 and not c.alone  # "hai mươi mốt nghìn không trăm mười một"
    c.current += c.last * 100
    c.last = None
    c.unit = ("hundred", 100)
    return READ


def _zero_tens(c: Count, w: str, v: Vocabulary) -> int | None:
    """No tens after the hundreds or a scale: a unit must follow (``một trăm linh năm``, ``một nghìn lẻ một``)."""
    if c.unit is None or c.last is not None:
        return REFUSED
    c.after_zero = True
    c.zero_hundred = False
    c.unit = None
    return READ


def _zero(c: Count, w: str, v: Vocabulary) -> int | None:
    """Zero hundreds after a scale (``hai nghìn không trăm mười``); alone only when spoken (``không``)."""
    if c.last is not None or c.current or c.after_tens or c.after_zero:
        return REFUSED
    if not (c.unit is not None and c.unit[0] == "scale") and not (c.spoken and c.alone):
        return REFUSED
    c.last = Decimal(0)
    return READ


def _scale(c: Count, w: str, v: Vocabulary) -> int | None:
    """A scale multiplying the group before it (``ba nghìn``, ``1 tỷ 200 triệu``, ``chục nghìn``)."""
    if c.after_zero:
        return REFUSED
    size = v.scales[w]
    group = c.current + (c.last or 0)
    if c.tail_form and c.last is not None:
        group = c.current + c.last * 10  # "ba trăm tư nghìn" = 340.000: "tư" after a hundred is its tens
        c.tail_form = False
    if c.alone and (size == 10 or c.spoken):
        group = Decimal(1)  # "chục" alone counts ten: "hơn chục đối tượng"; spoken "triệu hai"
    if group == 0:
        # "chục nghìn", "trăm triệu", "nghìn tỷ": a larger scale multiplies the whole
        if c.unit is None or c.unit[0] != "scale" or size <= c.max_scale:
            return END
        c.total *= size
        c.max_scale = size
    elif size > c.max_scale:
        c.total = (c.total + group) * size
        c.max_scale = size
    else:
        c.total += group * size
    c.current = Decimal(0)
    c.last, c.last_places = None, 1
    c.after_tens = c.zero_unit = False
    c.unit = ("scale", size)
    c.scaled = True
    return READ


def _half(c: Count, w: str, v: Vocabulary) -> int | None:
    """Half of the scale or hundred before it (``hai triệu rưỡi``, ``một trăm rưỡi``)."""
    if c.unit is None or c.last is not None or c.after_tens:
        return REFUSED
    kind, size = c.unit
    c.unit = None
    if kind == "scale":
        c.total += Decimal(size) / 2
        return READ_LAST
    c.current += Decimal(size) / 2  # "một trăm rưỡi (triệu)" may go on to a scale
    return READ


#: The rules, in the order they are offered a word: name, word class of
#: :class:`~vn_crimeie.numbers.vocabulary.Vocabulary`, step (its docstring
#: gives an example).
WORD_RULES: tuple[tuple[str, str, Step], ...] = (
    ("digit", "digits", _digit),
    ("unit_digit", "unit_digits", _unit_digit),
    ("ten", "ten", _ten),
    ("tens", "tens", _tens),
    ("hundred", "hundred", _hundred),
    ("zero_tens", "zero_tens", _zero_tens),
    ("scale", "scales", _scale),
    ("half", "half", _half),
    ("zero", "zero", _zero),
)


def _digit_run(c: Count, tok: Token) -> int | None:
    """``1 tỷ 200 triệu``: digits only after a scale, waiting for a smaller one."""
    dv = digits_value(tok.text)
    if dv is None or c.last is not None or not c.scaled or c.current or c.after_tens or c.after_zero:
        return END
    c.last = dv[0]
    c.last_places = len(tok.text) if tok.text.isdigit() else 4  # "1.5" after a scale: no tail
    return READ


def _step(c: Count, tok: Token, v: Vocabulary) -> int | None:
    """Offer token ``tok`` to the rules; what the first rule that reads it did (END: none did)."""
    if tok.is_digits:
        return _digit_run(c, tok)
    if tok.key in v.number_words:  # else no rule reads it: the common case, one set lookup
        for _name, words, step in WORD_RULES:
            if tok.key in getattr(v, words):
                done = step(c, tok.key, v)
                if done is not REFUSED:
                    return done
    return END


def read_words(
    tokens: Tokens, k: int, first: Decimal | None, v: Vocabulary, hundred_as_scale: bool = False, spoken: bool = False
) -> tuple[Decimal, int, bool] | None:
    """Number words from token k (after a digit run of value ``first`` when given).

    Returns ``(value, index after the last token read, scaled)`` of the longest
    complete count, or None when there is none.  ``hundred_as_scale``: ``trăm``
    is a scale (``hàng trăm triệu``); ``spoken``: the colloquial forms of a
    whole expression are read too (``hai mốt``, ``triệu hai``, ``không``).

    >>> from vn_crimeie.numbers.vocabulary import vocabulary
    >>> read_words(Tokens("hai triệu rưỡi"), 0, None, vocabulary())
    (Decimal('2500000'), 3, True)
    """
    best = (first, k, False) if first is not None else None
    if k >= tokens.size or tokens.token_keys[k] not in (v.number_words if spoken else v.running_openers):
        return best  # no rule reads the first token (digits need a scale before them, zero a scale too)
    count = Count(Decimal(0), Decimal(0), first, hundred_as_scale, alone=first is None, spoken=spoken)
    j, prev = k, k - 1
    while j < tokens.size and j - k < MAX_WORDS:
        if (j > k or first is not None) and not tokens.spaced(prev, j):
            break
        done = _step(count, tokens[j], v)
        count.alone = False
        if done == END:
            break
        prev = j
        j += 1
        if count.complete():
            best = (count.value(), j, count.scaled)
        if done == READ_LAST:
            break
    if spoken:
        tail = count.tail_value()
        if tail is not None:
            return tail, j, True
    return best
