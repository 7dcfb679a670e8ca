"""Where a figure stands: sentences, the action before it, the agent doing it and the period in force.

The pieces :mod:`vn_crimeie.statistics` builds its rows from. Each works on the
text and the document's entities only (no other module's results):

>>> text = "Năm 2023, Công an tỉnh Bình Dương bắt 40 đối tượng."
>>> orgs = [{"id": "e2", "start": 10, "end": 33, "text": "Công an tỉnh Bình Dương"}]
>>> agent(text, orgs, 0, 38)["text"], action(text, [], 0, 38)
('Công an tỉnh Bình Dương', (34, 37, 'bắt'))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .lexicon import LexiconError, PhraseMatcher, fold, load_data, string_list
from .segment import paragraphs, span_at
from .statistics_words import after_nominal_head, after_source_word, cue_words, get

__all__ = ["Period", "action", "action_at", "action_table", "agent", "get", "is_source", "kind_of", "own_subject", "sentence_context", "split_sentences"]

# A sentence ends at . ! ? … followed by spaces and a capital, digit or quote, or at a line end.
_SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]+(?=[ \t]+[\p{Lu}\d“\"])|\n")  # starts a run only: linear on "....."


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (used when the document carries none).

    >>> text = "Công an bắt 5 đối tượng. Thu giữ 3 khẩu súng.\\nHết"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Công an bắt 5 đối tượng.', 'Thu giữ 3 khẩu súng.', 'Hết']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    ends = [(m.end() if m.group() != "\n" else m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    for end, after in [*ends, (len(text), len(text))]:  # the text after the last end is a sentence too
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = after
    return spans


@cache
def action_table() -> dict[str, str]:
    """Every spelling of a statistics action → its canonical form (``actions.yaml``).

    >>> action_table()["đấu tranh triệt phá"]
    'triệt phá'
    """
    data = load_data("actions.yaml")
    table: dict[str, str] = {}
    for i, entry in enumerate((data or {}).get("actions") or []):
        where = f"actions.yaml: actions[{i}] {entry!r}"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise LexiconError(f"{where}: needs a 'canonical' string")
        variants = entry.get("variants") or []
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise LexiconError(f"{where}: 'variants' must be a list of strings")
        for spelling in [entry["canonical"], *variants]:
            key = fold(spelling)
            if key in table:
                raise LexiconError(f"{where}: {spelling!r} is listed twice")
            table[key] = entry["canonical"]
    if not table:
        raise LexiconError("actions.yaml: no actions")
    return table


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("statistics_cues.yaml")
    out = []
    for name in ("period_openers", "period_joiners", "object_prepositions"):
        out.append(frozenset(fold(w) for w in string_list(data, name, "statistics_cues.yaml")))
    return out[0], out[1], out[2]


@cache
def _kind_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("statistics_cues.yaml")
    return tuple(frozenset(fold(w) for w in string_list(data, k, "statistics_cues.yaml")) for k in ("age_words", "duration_words"))  # type: ignore[return-value]


def kind_of(measure: Any) -> str:
    """What a figure counts, from its MEASURE: count, money, quantity, percent, age or duration.

    >>> kind_of({"text": "tỷ đồng", "value": {"unit": "VND"}}), kind_of({"text": "tuổi"}), kind_of({"text": "năm tù"})
    ('money', 'age', 'duration')
    >>> kind_of(None)
    'other'
    """
    if measure is None:
        return "other"
    unit = (get(measure, "value") or {}).get("unit")
    words = fold(" ".join(str(get(measure, "text") or "").split()))
    ages, durations = _kind_words()
    if words in ages:
        return "age"
    if words in durations:
        return "duration"
    if unit == "%":
        return "percent"
    if isinstance(unit, str):
        return "money" if len(unit) == 3 and unit.isupper() else "quantity"
    return "count"


@cache
def _action_matcher() -> PhraseMatcher[str]:
    """The actions, and the phrases that begin like one and are none (``not_actions``: payload ``""``)."""
    blockers = {fold(w): "" for w in string_list(load_data("actions.yaml"), "not_actions", "actions.yaml")}
    return PhraseMatcher({**blockers, **action_table()})


def _ends_with(text: str, words: frozenset[str]) -> bool:
    """``text`` ends with one of ``words`` (whole words)."""
    tail = fold(text.rstrip(" ,"))
    return any(tail == w or tail.endswith(" " + w) for w in words)


def _bracketed_year(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a year alone in brackets ("(1990)"; "(2021-2023)" scopes)."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")" and len(text[start:end]) == 4 and text[start:end].isdigit()


def _may_scope(text: str, date: Any, start: int, openers: frozenset[str]) -> bool:
    """Whether a DATE can be the period of a sentence: not a birth year (``sinh năm 1991``), and a
    duration only after a period opener (``trong 2 giờ``, not ``mất 2 giờ``).

    >>> t = "Đối tượng sinh năm 1991 bị bắt."
    >>> _may_scope(t, {"start": 15, "end": 23, "value": {"type": "DATE"}}, 0, frozenset({"trong"}))
    False
    >>> _may_scope("Hải (SN 1993) bị bắt.", {"start": 5, "end": 12, "value": {"type": "DATE"}}, 0, frozenset())
    False
    >>> _may_scope("Hồng (sinh năm 1966) bị bắt.", {"start": 11, "end": 19, "value": {"type": "DATE"}}, 0, frozenset())
    False
    >>> _may_scope("Hồng (1966) bị bắt.", {"start": 6, "end": 10, "value": {"type": "DATE"}}, 0, frozenset())
    False
    """
    words = regex.findall(r"\w+", fold(text[max(start, get(date, "start") - 20) : get(date, "start")]))  # "(sinh năm"
    own = fold(text[get(date, "start") : get(date, "end")]).split()
    births = cue_words("birth_words")
    after_birth_word = any(" ".join(words[-n:]) in births for n in (1, 2) if len(words) >= n)
    if after_birth_word or any(" ".join(own[:n]) in births for n in (1, 2) if len(own) > n):
        return False  # sinh năm 1991, (SN 1993)
    if _bracketed_year(text, get(date, "start"), get(date, "end")):
        return False  # "Nguyễn Văn A (1990)", "Remember the Titans (2000)": a gloss on a name, no period
    if ((get(date, "value") or {}).get("type")) == "DURATION":
        return bool(words) and (words[-1] in openers or " ".join(words[-2:]) in openers)
    return True


def clause_period(text: str, dates: Sequence[Any], start: int, limit: int) -> Period | None:
    """The period written in a figure's own clause, before it: the last run of scoping DATEs in
    [start, limit) (``… hồi cuối tháng 5 khiến 18 người …`` after a reporting ``sáng 4/7``).

    >>> t = "Trao đổi sáng 4/7, ông Bình cho biết hồi cuối tháng 5 có 18 người bị tai biến."
    >>> ds = [{"id": "d1", "start": 9, "end": 17, "value": {"type": "TIME"}}, {"id": "d2", "start": 41, "end": 53, "value": {"type": "DATE"}}]
    >>> p = clause_period(t, ds, 0, 58); p.id, t[p.start:p.end]
    ('d2', 'cuối tháng 5')
    """
    openers, joiners, _ = _cues()
    inside = [d for d in dates if start <= get(d, "start") and get(d, "end") <= limit and _may_scope(text, d, start, openers)]
    if not inside:
        return None
    k = len(inside) - 1
    while k > 0 and all(fold(p) in joiners for p in regex.findall(r"\w+|[^\w\s]", text[get(inside[k - 1], "end") : get(inside[k], "start")])):
        k -= 1
    return _period(text, inside[k:], max(start, get(inside[k], "start") - 12), limit)


@dataclass(frozen=True)
class Period:
    """The period in force: its first DATE's id and the span of the whole phrase (with its opener)."""

    id: str | None
    start: int
    end: int


def _period(text: str, dates: list[Any], start: int, end: int) -> Period | None:
    """The first run of DATEs in [start, end), joined as one period with its opener.

    >>> t = "Trong 3 năm (2021-2023), Công an bắt 5 người."
    >>> ds = [{"id": "d1", "start": 6, "end": 11, "value": {"type": "DURATION"}}, {"id": "d2", "start": 13, "end": 22}]
    >>> p = _period(t, ds, 0, len(t)); p.id, t[p.start:p.end]
    ('d1', 'Trong 3 năm (2021-2023)')
    """
    openers, joiners, _ = _cues()
    inside = [d for d in dates if start <= get(d, "start") and get(d, "end") <= end]
    first_scoping = next((k for k, d in enumerate(inside) if _may_scope(text, d, start, openers)), len(inside))
    inside = inside[first_scoping:]
    if not inside:
        return None
    first = inside[0]
    s, e = get(first, "start"), get(first, "end")
    for d in inside[1:]:
        pieces = regex.findall(r"\w+|[^\w\s]", text[e : get(d, "start")])
        if not all(fold(p) in joiners for p in pieces):
            break
        e = get(d, "end")
    if e < end and text[e] == ")" and "(" in text[s:e]:
        e += 1
    words = text[start:s].split()
    for n in (2, 1):
        if len(words) >= n and fold(" ".join(words[-n:])) in openers:
            s = text.rindex(words[-n], start, s)
            break
    return Period(get(first, "id"), s, e)


@cache
def _media() -> tuple[frozenset[str], frozenset[str]]:
    """Names of news media (``Dân Việt``, ``VnExpress``) and the heads that open one (``Báo``, ``Đài``)."""
    from .recognizers.orgs.tables import tables

    t = tables()
    return frozenset(fold(n) for n in t.media_spellings - t.media_head_only), frozenset(fold(h) for h in t.media_heads)


def is_source(text: str, org: Any) -> bool:
    """A newspaper, a broadcaster or a credited source (``Ảnh: Dân Việt``): it reports, it does not act.

    >>> is_source("Theo báo Dân Việt", {"start": 5, "end": 17, "text": "báo Dân Việt"})
    True
    >>> is_source("Theo báo Dân Trí", {"start": 9, "end": 16, "text": "Dân Trí"})
    True
    >>> is_source("Công an tỉnh Nghệ An bắt", {"start": 0, "end": 20, "text": "Công an tỉnh Nghệ An"})
    False
    """
    from .people import credit_before

    names, heads = _media()
    words = fold(" ".join(str(get(org, "text")).split()))
    if words in names or any(words == h or words.startswith(h + " ") for h in heads):
        return True
    before = fold(" ".join(text[max(0, get(org, "start") - 20) : get(org, "start")].split()))
    if any(before.endswith(" " + h) or before == h for h in heads):
        return True  # "theo báo Dân Trí": the press head outside the name
    return credit_before(text, get(org, "start"))


_COORDINATION = regex.compile(r"\s*(?:,|và|cùng|cùng với|phối hợp với|phối hợp cùng)?\s*")
#: between a unit and the parent or code written right after it: " thuộc ", " (", ") ", " - "
_UNIT_CHAIN = regex.compile(r"\s*(?:thuộc|[-–(])\s*|\)\s*")


def agent(text: str, orgs: list[Any], start: int, limit: int) -> Any | None:
    """The nearest actor (an ORG, or a PERSON) in [start, limit) that is not the object of a
    preposition, nor inside brackets, nor a news source, a byline or a person who only speaks
    (``cho biết``); of ORGs coordinated as one subject (``Công an xã A, Ban Chỉ huy Quân sự xã cùng …``)
    or chained to their parents (``Đội X thuộc Phòng Y (PC45) Công an TP``), the first.

    >>> t = "Công an xã An Phú, Ban Chỉ huy Quân sự xã bắt 9 đối tượng."
    >>> orgs = [{"start": 0, "end": 17, "text": "Công an xã An Phú"}, {"start": 19, "end": 41, "text": "Ban Chỉ huy Quân sự xã"}]
    >>> agent(t, orgs, 0, 46)["text"]
    'Công an xã An Phú'
    >>> t = "Trần Văn Bình (nhân viên Công ty X) đã 4 lần đột nhập kho."
    >>> actors = [{"start": 0, "end": 13, "label": "PERSON", "text": "Trần Văn Bình"}, {"start": 25, "end": 34, "label": "ORG", "text": "Công ty X"}]
    >>> agent(t, actors, 0, 39)["text"]
    'Trần Văn Bình'
    """
    inside = [o for o in orgs if start <= get(o, "start") and get(o, "end") <= limit]
    for k in range(len(inside) - 1, -1, -1):
        if _first_word_after(text, inside[k]) in ("bị", "được"):
            return None  # the subject undergoes the deed (Phạm Băng Băng bị nộp phạt …): no agent
        if _passed_over(text, start, inside[k]):
            continue
        while k > 0:
            gap = (get(inside[k - 1], "end"), get(inside[k], "start"))
            if _UNIT_CHAIN.fullmatch(text, *gap):
                k -= 1  # "Đội X thuộc Phòng Y (PC45) Công an TP.HCM": the unit that opens the chain acts
            elif not _COORDINATION.fullmatch(text, *gap) or _passed_over(text, start, inside[k - 1]):
                break
            else:
                k -= 1
        return inside[k]
    return None


def _passed_over(text: str, start: int, actor: Any) -> bool:
    """Whether an ORG or PERSON is no actor of its clause: after a preposition, inside brackets, a news
    source, a byline or credit, or a person followed by a verb of speaking."""
    from .document import CREDIT_SOURCES

    _, _, prepositions = _cues()
    before = text[start : get(actor, "start")]
    if get(actor, "label") == "PERSON":  # "của ông Robert": past the word of address
        words = before.rstrip(" ").rsplit(" ", 1)
        before = words[0] if len(words) == 2 and fold(words[1]) in cue_words("person_honorifics") else before
    if _ends_with(before, prepositions) or before.count("(") > before.count(")"):
        return True
    if get(actor, "label") != "PERSON":
        return is_source(text, actor)
    if get(actor, "source") in CREDIT_SOURCES:
        return True  # a byline
    verb = action(text, (), start, get(actor, "start"))
    if verb is not None and fold(verb[2]) not in cue_words("clause_verbs"):
        return True  # the object of a verb before it (tuyên phạt Lê Văn A), not the subject of a clause found (xác định Điệp …)
    return holds_cue(words_after(text, get(actor, "end"), 4), "speech_verbs")


def _first_word_after(text: str, entity: Any) -> str | None:
    """The first word after an entity, folded, when only blanks or a comma come between."""
    m = regex.match(r"[\s,]*(\w+)", text[get(entity, "end") : get(entity, "end") + 30])
    return fold(m.group(1)) if m else None


def folded_words(text: str) -> list[str]:
    """The words of ``text``, folded (punctuation left out)."""
    return [fold(w) for w in regex.findall(r"\w+", text)]


def holds_cue(words: Sequence[str], *keys: str) -> bool:
    """Whether the folded ``words`` hold, as whole words, a phrase of one of the lists ``keys``.

    >>> holds_cue(folded_words("Các vụ tấn công gần đây"), "present_markers", "other_time_markers")
    True
    """
    joined = " " + " ".join(words) + " "
    return any(f" {w} " in joined for key in keys for w in cue_words(key))


def words_after(text: str, end: int, n: int = 5) -> list[str]:
    """The first ``n`` words after ``end`` (within 40 characters), folded."""
    return [fold(w) for w in regex.findall(r"\w+", text[end : end + 40])[:n]]


def action(text: str, entities: Sequence[Any], start: int, limit: int) -> tuple[int, int, str] | None:
    """(start, end, canonical form) of the last action verb in [start, limit) outside other entities.

    >>> t = "Theo điều tra, trong 12 triệu người mắc bệnh"
    >>> action(t, [], 0, 22) is None, action("Công an điều tra 12 vụ", [], 0, 17)[2]
    (True, 'điều tra')
    """
    found = None
    for s, e, canonical in _action_matcher().find(text[start:limit]):
        s, e = s + start, e + start
        if not canonical:
            continue  # "tuyên bố": no action
        if any(get(x, "start") < e and s < get(x, "end") and not _offence_as_verb(text, x, limit) for x in entities):
            continue
        if after_source_word(text, s) or after_nominal_head(text, s):
            continue  # "Theo điều tra, …", "Theo cơ quan điều tra, …": a source or a body, no deed
        found = (s, e, canonical)
    return found


def _offence_as_verb(text: str, entity: Any, limit: int) -> bool:
    """A CRIME said as the verb of the figure at ``limit``: right before it, or before ``của`` and it
    (``Loan đã lừa đảo, chiếm đoạt tài sản của 33 người``, ``đã lừa đảo 12 người``).

    >>> t = "Loan đã lừa đảo, chiếm đoạt tài sản của 33 người"
    >>> _offence_as_verb(t, {"label": "CRIME", "start": 8, "end": 35}, 40)
    True
    >>> t = "bắt 5 đối tượng lừa đảo chiếm đoạt tài sản, 2 đối tượng khác"
    >>> _offence_as_verb(t, {"label": "CRIME", "start": 16, "end": 42}, 44)
    False
    """
    if get(entity, "label") != "CRIME":
        return False
    between = text[get(entity, "end") : limit]
    if not between.strip(" "):
        return True
    return not regex.search(r"[,;.]", between) and " ".join(folded_words(between)) in cue_words("victim_links")




#: the headline of a digest's item and its text, joined by a spaced colon: "… tóm gọn đối tượng : Công an quận …"
_DIGEST_ITEM = regex.compile(r"\S[ ]:[ ]+\p{Lu}")


def sentence_context(
    text: str, sentences: Sequence[tuple[int, int]], orgs: Sequence[Any], dates: Sequence[Any]
) -> tuple[dict[tuple[int, int], Any], dict[tuple[int, int], Period | None]]:
    """The agent carried into each sentence (from earlier sentences of its paragraph) and the period in force.

    A period, once written, governs the following sentences of its paragraph
    until another one, and a following paragraph that continues the report
    (``Riêng …``, ``Tổng cộng, …``: ``continuation_openers``); an agent is
    carried within its paragraph only.  A digest's item (a headline, a spaced
    colon, its text) starts afresh.
    """
    period: Period | None = None
    opening: tuple[str, ...] = ()
    agent_of: dict[tuple[int, int], Any] = {}
    period_of: dict[tuple[int, int], Period | None] = {}
    last_agent = None
    last_paragraph: int | None = -1
    paras = paragraphs(text)
    orgs = list(orgs)
    for s, e in sentences:
        paragraph = span_at(paras, s)
        if paragraph != last_paragraph:
            last_agent, last_paragraph = None, paragraph
            continues, new_opening = _continues(text, s, opening)
            if not continues:
                period = None
            opening = new_opening
        if _DIGEST_ITEM.search(text, s, e):  # "Bắt 24 đối tượng đánh bạc : Công an tỉnh …": a digest's next item
            period = last_agent = None
        found = _period(text, list(dates), s, e)
        if found is not None:
            period = found
        period_of[(s, e)] = period
        agent_of[(s, e)] = last_agent
        sentence_agent = agent(text, orgs, s, e)
        if sentence_agent is not None:
            last_agent = sentence_agent
    return agent_of, period_of


def action_at(text: str, start: int, limit: int) -> tuple[int, int, str] | None:
    """(start, end, canonical form) of the action that begins at ``start`` (``bắt`` of ``bắt giữ 3 người``).

    >>> action_at("đã bị bắt giữ tại chỗ", 6, 21)
    (6, 13, 'bắt')
    """
    matches = [(s, e, c) for s, e, c in _action_matcher().find(text[start:limit]) if s == 0 and c]
    if not matches:
        return None
    s, e, canonical = max(matches, key=lambda m: m[1])
    return start + s, start + e, canonical


def _continues(text: str, start: int, previous: tuple[str, ...] = ()) -> tuple[bool, tuple[str, ...]]:
    """Whether the paragraph starting at ``start`` continues the one before, and its opening words.

    It continues when it opens with a continuation word (``Riêng``, ``Tổng cộng``)
    or repeats the opening words of the previous paragraph, as the next item of
    one enumeration does (``Riêng lực lượng CSHS …`` then ``Lực lượng an ninh mạng …``).

    >>> _continues("Riêng lực lượng CSHS bắt 5 đối tượng.", 0)
    (True, ('lực', 'lượng'))
    >>> _continues("Lực lượng CSGT xử phạt 9 trường hợp.", 0, ("lực", "lượng"))[0], _continues("Công an bắt 5 đối tượng.", 0)[0]
    (True, False)
    """
    words = fold(text[start : start + 60]).replace(",", " ").split()
    openers = cue_words("continuation_openers")
    lead = next((n for n in (3, 2, 1) if " ".join(words[:n]) in openers), 0)
    opening = tuple(words[lead : lead + 2])
    return lead > 0 or (len(opening) == 2 and opening == previous), opening


def own_subject(text: str, clause: int, deed: int) -> bool:
    """Whether the clause opens with a subject of its own that is no entity (``own_subjects``), after a fronted phrase.

    >>> t = "Phi vụ hôm đó, đạo chích lấy được số trang sức trị giá 1 tỷ đồng."
    >>> own_subject(t, 0, t.index("lấy")), own_subject("Tại đây, thu giữ 3 kg ma túy.", 0, 9)
    (True, False)
    """
    before = text[clause:deed]
    # the subject before the deed, or the clause's own when the deed is a verb coordinated after a comma
    # ("Lực lượng công an đã phát hiện 163 vụ, bắt xử phạt 1.261 đối tượng")
    heads = (before.rsplit(",", 1)[-1], before.split(",", 1)[0]) if "," in before else (before,)
    subjects = cue_words("own_subjects")
    for head in heads:
        words = " ".join(folded_words(head))
        if any(words == w or words.startswith(w + " ") for w in subjects):
            return True
    return False
