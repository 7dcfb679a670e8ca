"""PERSON rules that read the persons already found: the other names of a list, later mentions.

Each rule is ``rule(ctx, found)``: it reads the :class:`~.context.PersonContext`
and the spans found by the rules before it, and adds what it finds to ``found``.
"""

from __future__ import annotations

from ...candidates import Candidate
from ...lexicon import fold
from ..foreign_names import is_latin_run, looks_foreign, vietnamese_syllable
from .context import PRIORITY_WEAK, Found, PersonContext, accept
from .context import found_by  # noqa: F401 - the examples run it
from .cued import after_cue  # noqa: F401 - the examples run it
from .names import NameData, is_surname, looks_vietnamese, rule_words
from .patterns import ANY_INITIALS, INITIAL_DOT, INITIALS, NAME_SYLLABLE, NAME_WORD, WORD, at_sentence_start

__all__ = ["lists", "echoes", "initial_echoes"]

# The rules whose names are said again later by the given name alone.
_ECHO_SOURCES = frozenset(
    {"persons.cue", "persons.surname", "persons.split", "persons.nickname", "persons.context", "persons.foreign", "persons.list"}
)
# How many names a text's lists may hold, all lists together.
_MOST_LISTED = 1000


def _same_shape(anchor: list[str], parts: list[str], data: NameData, before: bool = False) -> bool:
    """A list item that looks like the person ``anchor`` next to it (``before`` it: a surname opens it)."""
    if not parts or len(parts) > 4:
        return False
    if len(parts) == 1 and parts[0] in data.countries:
        return False
    if is_latin_run(anchor) and any(not vietnamese_syllable(w) for w in anchor):
        return looks_foreign(parts) if before else is_latin_run(parts)
    if not looks_vietnamese(" ".join(parts)) or " ".join(parts) in data.place_names:
        return False
    if before and not is_surname(parts[0], data):
        return False
    if len(anchor) == 1 and (len(anchor[0]) == 1 or len(parts[0]) == 1):
        return False  # "ông A, T đã chép": single letters are no list of names
    if len(anchor) >= 2:
        return len(parts) >= 2 and any(is_surname(w, data) or w in data.middle_names or len(w) == 1 for w in parts)
    return len(parts) <= 2


def lists(ctx: PersonContext, found: Found) -> None:
    """``persons.list``: the other names of a list that holds a person: ``A, B và C``, ``B và A (30 tuổi)``.

    >>> found_by("Bị can Lê Văn Tám, Trần Văn Hùng và Ngô Thị Hoa bị bắt.", after_cue, lists)
    ['Lê Văn Tám', 'Trần Văn Hùng', 'Ngô Thị Hoa']
    >>> found_by("Bị can Lê Văn Tám, Hà Nội và Hải Phòng.", after_cue, lists)
    ['Lê Văn Tám']
    """
    queue = [c for _s, _e, c in found]
    seen = 0
    while queue and seen < _MOST_LISTED:
        c = queue.pop()
        seen += 1
        anchor = WORD.findall(ctx.text[c.start : c.end])
        if not anchor or not all(NAME_SYLLABLE.fullmatch(w) for w in anchor):
            continue
        for listed in (_next_in_list(ctx, found, c, anchor), _previous_in_list(ctx, found, c, anchor)):
            if listed is not None:
                queue.append(listed)


def _next_in_list(ctx: PersonContext, found: Found, c: Candidate, anchor: list[str]) -> Candidate | None:
    """The name after ``c`` in a list: "A, B" / "A và B"."""
    words = ctx.words
    sep = rule_words().name_list_separator.match(ctx.text, c.end)
    i = words.index_at.get(sep.end()) if sep else None
    if i is None or not words.nameish[i]:
        return None
    j = ctx.run_from(i)
    end = ctx.name_end(j - 1)
    if not _same_shape(anchor, words.texts[i:j], ctx.data):
        return None
    return accept(found, words.starts[i], end, "persons.list", PRIORITY_WEAK)


def _previous_in_list(ctx: PersonContext, found: Found, c: Candidate, anchor: list[str]) -> Candidate | None:
    """The name before ``c`` in a list: "B, A" / "B và A"."""
    text, words, data = ctx.text, ctx.words, ctx.data
    for m in rule_words().name_list_separator.finditer(text, max(0, c.start - 8), c.start):
        if m.end() != c.start:
            continue
        j = words.index_ending_at.get(m.start())
        if j is None or not words.nameish[j]:
            return None
        i = j
        while i > 0 and j - i < 3 and words.nameish[i - 1] and words.spaced(i):
            i -= 1
        if at_sentence_start(text, words.starts[i]) and words.texts[i] in data.not_names:
            i += 1
        i = ctx.lead_places(i, j + 1)
        if i <= j and _same_shape(anchor, words.texts[i : j + 1], data, before=True) and not ctx.place_before(words.starts[i]):
            return accept(found, words.starts[i], words.ends[j], "persons.list", PRIORITY_WEAK)
        return None
    return None


def _short_forms(ctx: PersonContext, found: Found) -> set[str]:
    """Given names (last one or two syllables) of the persons found, for later mentions."""
    out: set[str] = set()
    countries, markers = ctx.data.countries, rule_words().marker_middle_names
    named = [(ctx.text[c.start : c.end].split(" "), c.source) for _s, _e, c in found if c.source in _ECHO_SOURCES]
    named = [(parts, source) for parts, source in named if all(NAME_WORD.fullmatch(p) for p in parts)]
    # "Hoàng Béo", "Thái Mèo": a nickname of a name and an epithet is also said by the name alone
    out.update(parts[0] for parts, source in named if source == "persons.nickname" and len(parts) == 2 and len(parts[0]) > 1)
    names = [parts for parts, _source in named]
    # A given name two people share ("Lê Văn Tuấn", "Lê Minh Tuấn") is told apart by the middle name, Văn too.
    middles_of: dict[str, set[str]] = {}
    for parts in names:
        if len(parts) >= 3:
            middles_of.setdefault(parts[-1], set()).add(parts[-2])
    for parts in names:
        if len(parts) == 1 and parts[0] in countries:
            continue  # "hacker Nga": a country after a cue says nothing about later mentions
        if len(parts[-1]) > 1:
            out.add(parts[-1])
        if len(parts) >= 3 and (parts[-2] not in markers or len(middles_of[parts[-1]]) >= 2):
            out.add(" ".join(parts[-2:]))
        if len(parts) <= 2:
            out.add(" ".join(parts))
        if looks_foreign(parts):
            # "Kathryn Mayorga" → "Mayorga"; "Peter Irving" → "Peter"; "Moon Hyung Wook" as a whole.
            out.add(" ".join(parts))
            out.update(p for p in (parts[0], parts[-1]) if len(p) >= 3 and looks_foreign([p]))
    return {s for s in out if s not in ctx.data.not_names}


def echoes(ctx: PersonContext, found: Found) -> None:
    """``persons.echo``: later mentions by a given name alone (``Kiên``, ``Minh Anh``) of the persons found.

    >>> found_by("Bị can Lê Trung Kiên khai. Sau đó Kiên bị bắt.", after_cue, echoes)
    ['Lê Trung Kiên', 'Kiên']
    >>> found_by("Bị can Lê Trung Kiên khai ở phường Kiên.", after_cue, echoes)
    ['Lê Trung Kiên']
    >>> found_by("Anh Lê Văn Nam kể, sau đó hắn vào Nam làm ăn.", after_cue, echoes)
    ['Lê Văn Nam']
    >>> found_by("Bị can Lê Văn Tuấn khai. Việc Tuấn bỏ trốn là có thật.", after_cue, echoes)
    ['Lê Văn Tuấn', 'Tuấn']
    >>> found_by("Bị can Vũ Hoàng Anh Ngọc khai. Trong đó, có Anh Ngọc. Anh Ngọc khai.", after_cue, echoes)
    ['Vũ Hoàng Anh Ngọc', 'Anh Ngọc', 'Ngọc']
    """
    short = _short_forms(ctx, found)
    if not short:
        return
    words = ctx.words
    last_words = {s.rsplit(" ", 1)[-1] for s in short}
    cue_words = {fold(ctx.text[s:e]) for s, e, _always in ctx.cue_matches}
    lower_pairs: set[str] = set()
    for i, j in ctx.runs:
        if words.texts[j - 1] not in last_words:
            continue  # no short form ends the run
        # A leading capitalised cue word ("Ông Quân" in a caption) is not part of the name, unless it is
        # written so inside a sentence and a name ends with it ("Vũ Hoàng Anh Ngọc" … "có Anh Ngọc hay").
        whole = " ".join(words.texts[i:j]) in short and not at_sentence_start(ctx.text, words.starts[i])
        if j - i >= 2 and not whole and (fold(words.texts[i]) in cue_words or _opens_sentence_before_name(ctx, i, j, short)):
            i += 1
        name = " ".join(words.texts[i:j])
        if name not in short:
            continue
        start = words.starts[i]
        if ctx.place_before(start) or start in ctx.not_name_starts or ctx.region_after_cue(i, j):
            continue
        if j - i == 1 and _opens_written_word(ctx, i, lower_pairs):
            continue  # "Triển khai", "Hải quan": the given name opens a word
        accept(found, start, words.ends[j - 1], "persons.echo", PRIORITY_WEAK)


def _opens_sentence_before_name(ctx: PersonContext, i: int, j: int, short: set[str]) -> bool:
    """The run ``[i, j)`` is a capitalised word that opens the sentence and a given name: ``Việc Tuấn rạch …``.

    Not when the first word may belong to the name (a surname, a middle name), is written without a
    diacritic (``Toyota Camry``, ``Gayathiri Bose``), or the run is a place (``P. Tân Hưng``) or a known name.
    """
    words, data = ctx.words, ctx.data
    first = words.texts[i]
    if j - i != 2 or first.isascii() or not at_sentence_start(ctx.text, words.starts[i]) or " ".join(words.texts[i:j]) in short:
        return False
    return not (is_surname(first, data) or first in data.middle_names or ctx.place_prefix(i, j) or ctx.place_before(words.starts[i]))


def _opens_written_word(ctx: PersonContext, i: int, lower_pairs: set[str]) -> bool:
    """Word ``i`` opens a word of the dictionary that the text writes in lower case elsewhere (``Thi thể``, ``Cử tri``),
    that opens a sentence (``Tiến hành khám xét``) or that a capitalised name goes on after (``Học viện Điện ảnh``).

    ``lower_pairs`` holds the text's pairs of lower-case words, listed on the first call that needs them.
    """
    word = ctx.opens_word(i)
    if word is None:
        return False
    words = ctx.words
    if at_sentence_start(ctx.text, words.starts[i]):
        return True  # "Tiến hành khám xét": a sentence opens with the word, capitalised
    k = i + 2
    if k < len(words.texts) and words.nameish[k] and words.spaced(k):
        return True
    if not lower_pairs:
        texts = words.texts
        lower_pairs.update(f"{a} {b}" for a, b in zip(texts, texts[1:]) if a.islower() and b.islower())
        lower_pairs.add("")  # listed, even when empty
    return word in lower_pairs


def initial_echoes(ctx: PersonContext, found: Found) -> None:
    """``persons.echo``: later mentions of an anonymised name with dots (``Q.``, ``P.T.T``) without a cue.

    >>> found_by("Chị P.T.T kể lại. P.T.T cho biết, Q. không đến.", after_cue, initial_echoes)
    ['P.T.T', 'P.T.T']
    """
    text = ctx.text
    spans = {text[s:e] for s, e, _c in found}
    forms = {f for f in spans if INITIAL_DOT.fullmatch(f) or (INITIALS.fullmatch(f) and f[1:2] == ".")}
    # "Moong Thị S." is later "S.".
    forms.update(f.rsplit(" ", 1)[1] for f in spans if " " in f and INITIAL_DOT.fullmatch(f.rsplit(" ", 1)[1]))
    if not forms:
        return
    for m in ANY_INITIALS.finditer(text):
        if m.group() in forms:
            accept(found, m.start(), m.end(), "persons.echo", PRIORITY_WEAK)
