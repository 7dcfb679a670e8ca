"""Crime statistics: one row per counted figure of a document.

Each NUMBER linked to a MEASURE (QUANTIFIES) becomes a row::

    {agent, action, value, comparator, measure, period, sentence, kind, statistic}

``agent`` is the organisation doing it (the nearest ORG earlier in the
sentence that is not the object of a preposition such as ``của``/``theo``,
else the agent of the previous sentence of the paragraph, a line as
:func:`vn_crimeie.segment.paragraphs` cuts them), ``action`` the
verb before the figure (``lang/vi/actions.yaml``, canonical form), ``period``
the DATE expression in force for the sentence (carried over from earlier
sentences until a new one is written) and ``sentence`` the sentence text.
``kind`` says what the figure is: ``count``, ``money`` (the MEASURE's unit is a
currency), ``quantity`` (another unit), ``percent``, ``age`` (``35 tuổi``) or
``duration`` (``12 năm tù``); ``statistic`` is True for the figures a table of
crime, enforcement, accident or disaster figures wants: an action names what
was done (``bắt``, ``thu giữ``, ``khởi tố`` …) and the figure is no age or
percentage.  ``statistics(doc)`` gives every row; ``statistic_rows(doc)`` only those.

>>> doc = {"text": "Năm 2023, Công an tỉnh bắt 12 đối tượng.", "entities": [
...     {"id": "e1", "start": 0, "end": 8, "label": "DATE", "text": "Năm 2023", "value": {"type": "DATE", "value": "2023"}},
...     {"id": "e2", "start": 10, "end": 22, "label": "ORG", "text": "Công an tỉnh"},
...     {"id": "e3", "start": 27, "end": 29, "label": "NUMBER", "text": "12", "value": {"value": 12}},
...     {"id": "e4", "start": 30, "end": 39, "label": "MEASURE", "text": "đối tượng"}], "relations": []}
>>> row = statistics(doc)[0]
>>> row["agent"], row["action"], row["value"], row["measure"], row["period"]
('Công an tỉnh', 'bắt', 12, 'đối tượng', 'Năm 2023')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import regex

from .lexicon import LexiconError, PhraseMatcher, fold, load_data, string_list
from .numbers.linking import quantifies
from .segment import paragraphs, span_at

__all__ = ["statistics", "action_table", "split_sentences"]

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
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((start + lead, start + len(piece.rstrip())))
        start = m.end()
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))
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


def _kind(measure: Any) -> str:
    """What a figure counts, from its MEASURE: count, money, quantity, percent, age or duration.

    >>> _kind({"text": "tỷ đồng", "value": {"unit": "VND"}}), _kind({"text": "tuổi"}), _kind({"text": "năm tù"})
    ('money', 'age', 'duration')
    """
    unit = (_get(measure, "value") or {}).get("unit")
    words = fold(" ".join(str(_get(measure, "text") or "").split()))
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
    return PhraseMatcher(action_table())


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _ends_with(text: str, words: frozenset[str]) -> bool:
    """``text`` ends with one of ``words`` (whole words)."""
    tail = fold(text.rstrip(" ,"))
    return any(tail == w or tail.endswith(" " + w) for w in words)


def _may_scope(text: str, date: Any, start: int, openers: frozenset[str]) -> bool:
    """Whether a DATE can be the period of a sentence: not a birth year (``sinh năm 1991``), and a
    duration only after a period opener (``trong 2 giờ``, not ``mất 2 giờ``).

    >>> t = "Đối tượng sinh năm 1991 bị bắt."
    >>> _may_scope(t, {"start": 15, "end": 23, "value": {"type": "DATE"}}, 0, frozenset({"trong"}))
    False
    """
    words = fold(text[max(start, _get(date, "start") - 20) : _get(date, "start")]).split()
    births = _birth_words()
    if any(" ".join(words[-n:]) in births for n in (1, 2) if len(words) >= n):
        return False
    if ((_get(date, "value") or {}).get("type")) == "DURATION":
        return bool(words) and (words[-1] in openers or " ".join(words[-2:]) in openers)
    return True


@cache
def _birth_words() -> frozenset[str]:
    return frozenset(fold(w) for w in string_list(load_data("statistics_cues.yaml"), "birth_words", "statistics_cues.yaml"))


def _period(text: str, dates: list[Any], start: int, end: int) -> str | None:
    """The first run of DATEs in [start, end), joined as one period with its opener."""
    openers, joiners, _ = _cues()
    inside = [d for d in dates if start <= _get(d, "start") and _get(d, "end") <= end]
    first_scoping = next((k for k, d in enumerate(inside) if _may_scope(text, d, start, openers)), len(inside))
    inside = inside[first_scoping:]
    if not inside:
        return None
    first = inside[0]
    s, e = _get(first, "start"), _get(first, "end")
    for d in inside[1:]:
        gap = text[e : _get(d, "start")]
        pieces = regex.findall(r"\w+|[^\w\s]", gap)
        if all(fold(p) in joiners for p in pieces):
            e = _get(d, "end")
            continue
        break
    if e < end and text[e] == ")" and "(" in text[s:e]:
        e += 1
    before = text[start:s]
    words = before.split()
    if words:
        last = fold(words[-1])
        two = fold(" ".join(words[-2:])) if len(words) >= 2 else ""
        for opener in (two, last):
            if opener and opener in openers:
                s = text.rindex(words[-1], start, s) if opener == last else text.rindex(words[-2], start, s)
                break
    return text[s:e]


@cache
def _media() -> tuple[frozenset[str], frozenset[str]]:
    """Names of news media (``Dân Việt``, ``VnExpress``) and the heads that open one (``Báo``, ``Đài``)."""
    from .recognizers.orgs.tables import tables

    t = tables()
    return frozenset(fold(n) for n in t.media_spellings - t.media_head_only), frozenset(fold(h) for h in t.media_heads)


def _is_source(text: str, org: Any) -> bool:
    """A newspaper, a broadcaster or a credited source (``Ảnh: Dân Việt``): it reports, it does not act.

    >>> _is_source("Theo báo Dân Việt", {"start": 5, "end": 17, "text": "báo Dân Việt"})
    True
    >>> _is_source("Công an tỉnh Nghệ An bắt", {"start": 0, "end": 20, "text": "Công an tỉnh Nghệ An"})
    False
    """
    from .people import credit_before

    names, heads = _media()
    words = fold(" ".join(str(_get(org, "text")).split()))
    if words in names or any(words == h or words.startswith(h + " ") for h in heads):
        return True
    return credit_before(text, _get(org, "start"))


def _agent(text: str, orgs: list[Any], start: int, limit: int) -> Any | None:
    """The nearest ORG in [start, limit) that is not the object of a preposition nor a news source."""
    _, _, prepositions = _cues()
    for org in reversed([o for o in orgs if start <= _get(o, "start") and _get(o, "end") <= limit]):
        if _ends_with(text[start : _get(org, "start")], prepositions) or _is_source(text, org):
            continue
        return org
    return None


def _action(text: str, entities: list[Any], start: int, limit: int) -> str | None:
    """The last action verb in [start, limit) outside other entities."""
    found = None
    for s, e, canonical in _action_matcher().find(text[start:limit]):
        s, e = s + start, e + start
        if any(_get(x, "start") < e and s < _get(x, "end") for x in entities):
            continue
        found = canonical
    return found


def _quantified(document: Any, text: str, entities: Sequence[Any]) -> list[tuple[Any, Any]]:
    """(NUMBER, MEASURE) pairs of the document's QUANTIFIES relations (found anew when it has none), in text order."""
    by_id = {_get(e, "id"): e for e in entities}
    links = [
        (by_id[_get(r, "head")], by_id[_get(r, "tail")])
        for r in _get(document, "relations") or []
        if _get(r, "label") == "QUANTIFIES" and _get(r, "head") in by_id and _get(r, "tail") in by_id
    ]
    if not links:
        links = [(entities[n], entities[m]) for n, m in quantifies(text, entities)]
    return sorted(links, key=lambda pair: _get(pair[0], "start"))


def _sentence_context(
    text: str, sentences: Sequence[tuple[int, int]], orgs: Sequence[Any], dates: Sequence[Any]
) -> tuple[dict[tuple[int, int], Any], dict[tuple[int, int], str | None]]:
    """The agent carried into each sentence (from earlier sentences of its paragraph) and the period in force."""
    period: str | None = None
    agent_of: dict[tuple[int, int], Any] = {}
    period_of: dict[tuple[int, int], str | None] = {}
    last_agent = None
    last_paragraph: int | None = -1
    paras = paragraphs(text)
    for s, e in sentences:
        found = _period(text, dates, s, e)
        if found is not None:
            period = found
        period_of[(s, e)] = period
        paragraph = span_at(paras, s)
        if paragraph != last_paragraph:
            last_agent, last_paragraph = None, paragraph
        agent_of[(s, e)] = last_agent
        sentence_agent = _agent(text, orgs, s, e)
        if sentence_agent is not None:
            last_agent = sentence_agent
    return agent_of, period_of


def statistics(document: Any) -> list[dict[str, Any]]:
    """One row per counted figure of ``document`` (a :class:`vn_crimeie.document.Document` or its dict).

    >>> text = "Riêng lực lượng Cảnh sát hình sự đã bắt 14.450 đối tượng."
    >>> doc = {"text": text, "entities": [
    ...     {"id": "a", "start": 6, "end": 32, "label": "ORG", "text": "lực lượng Cảnh sát hình sự"},
    ...     {"id": "b", "start": 40, "end": 46, "label": "NUMBER", "text": "14.450", "value": {"value": 14450}},
    ...     {"id": "c", "start": 47, "end": 56, "label": "MEASURE", "text": "đối tượng"}],
    ...     "relations": [{"label": "QUANTIFIES", "head": "b", "tail": "c"}]}
    >>> [(r["agent"], r["action"], r["value"], r["comparator"], r["measure"]) for r in statistics(doc)]
    [('lực lượng Cảnh sát hình sự', 'bắt', 14450, None, 'đối tượng')]
    """
    text: str = _get(document, "text")
    entities: Sequence[Any] = sorted(_get(document, "entities") or [], key=lambda e: (_get(e, "start"), _get(e, "end")))
    sentences = sorted(tuple(span) for span in _get(document, "sentences") or []) or split_sentences(text)
    links = _quantified(document, text, entities)
    orgs = [e for e in entities if _get(e, "label") == "ORG"]
    dates = [e for e in entities if _get(e, "label") == "DATE"]
    agent_of, period_of = _sentence_context(text, sentences, orgs, dates)
    rows: list[dict[str, Any]] = []
    for number, measure in links:
        n_start = _get(number, "start")
        i = span_at(sentences, n_start)
        span = sentences[i] if i is not None else (0, len(text))
        s, e = span
        agent = _agent(text, orgs, s, n_start) or agent_of.get(span)
        value = _get(number, "value") or {}
        action = _action(text, entities, s, n_start)
        kind = _kind(measure)
        rows.append(
            {
                "agent": _get(agent, "text") if agent is not None else None,
                "action": action,
                "value": value.get("value"),
                "comparator": value.get("comparator"),
                "measure": _get(measure, "text"),
                "period": period_of.get(span),
                "sentence": text[s:e],
                "kind": kind,
                "statistic": action is not None and kind not in ("age", "percent"),
            }
        )
    return rows


def statistic_rows(document: Any) -> list[dict[str, Any]]:
    """The rows of :func:`statistics` that are statistics (``statistic`` True): no ages, no background figures.

    >>> import vn_crimeie
    >>> doc = vn_crimeie.extract("Công an bắt 2 đối tượng (35 tuổi và 40 tuổi) cùng 3 kg ma túy.")
    >>> [(r["value"], r["measure"], r["kind"]) for r in statistic_rows(doc)]
    [(2, 'đối tượng', 'count'), (3, 'kg', 'quantity')]
    """
    return [row for row in statistics(document) if row["statistic"]]
