"""Crime statistics: one row per counted figure of a document (SCHEMA, "Views").

Every NUMBER becomes a row, and so does a prison term (a DATE duration before
``tù``: ``12 năm tù``) or a probation or supplementary penalty (``thời gian thử
thách 5 năm``, ``cấm hành nghề 3 năm``). A row holds the offsets (and entity ids) of its parts::

    {"number": {id, start, end, text}, "value", "comparator", "kind", "statistic",
     "measure": {id, start, end, text} | None, "unit", "action": {start, end, text, canonical} | None,
     "agent": {id, start, end, text} | None, "period": {id, start, end, text} | None,
     "sentence": {start, end}}

``measure`` is the MEASURE the number QUANTIFIES; ``action`` the verb before the
figure (``lang/vi/actions.yaml``), or a passive or an outcome right after it
(``5 đối tượng bị bắt``, ``2 người tử vong``); ``agent`` the organisation doing
it (the nearest ORG earlier in the sentence that is not the object of a
preposition such as ``của``/``theo`` nor a newspaper, else the agent of the
previous sentence of the paragraph), empty for a passive or an outcome;
``period`` the DATE phrase in force (carried over from earlier sentences until a
new one is written; never a birth year; a duration only after ``trong``/``qua``…).
``kind`` is ``count``, ``money`` (the unit is a currency), ``quantity`` (another
unit), ``percent``, ``age`` (``35 tuổi``), ``duration`` (``12 năm tù``) or
``other`` (a number that counts nothing); ``statistic`` is True for the figures
a table of crime, enforcement, accident or disaster figures wants: an action
names what was done and the figure is no age, percentage or bare number, or it
is a prison term.  ``statistics(doc)`` gives every row; ``statistic_rows(doc)``
only those; :func:`flatten` turns a row into flat columns for a data frame.

>>> doc = {"text": "Năm 2023, Công an tỉnh bắt 12 đối tượng.", "entities": [
...     {"id": "e1", "start": 0, "end": 8, "label": "DATE", "text": "Năm 2023", "value": {"type": "DATE", "value": "2023"}},
...     {"id": "e2", "start": 10, "end": 22, "label": "ORG", "text": "Công an tỉnh"},
...     {"id": "e3", "start": 27, "end": 29, "label": "NUMBER", "text": "12", "value": {"value": 12}},
...     {"id": "e4", "start": 30, "end": 39, "label": "MEASURE", "text": "đối tượng"}], "relations": []}
>>> row = flatten(statistics(doc)[0])
>>> row["agent"], row["action"], row["value"], row["measure"], row["period"]
('Công an tỉnh', 'bắt', 12, 'đối tượng', 'Năm 2023')
>>> statistics(doc)[0]["agent"]
{'id': 'e2', 'start': 10, 'end': 22, 'text': 'Công an tỉnh'}
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from .lexicon import PhraseMatcher, fold, load_data, string_list
from .numbers.linking import quantifies
from .segment import span_at
from .statistics_context import (
    Period,
    action,
    action_at,
    action_table,
    agent,
    clause_period,
    cue_words,
    folded_words,
    get,
    holds_cue,
    kind_of,
    own_subject,
    sentence_context,
    split_sentences,
    words_after,
)
from .statistics_totals import share_totals
from .statistics_words import after_word_of, is_price, outside_names

__all__ = ["statistics", "statistic_rows", "flatten", "action_table", "split_sentences"]

_get = get


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


def _figures(document: Any, text: str, entities: Sequence[Any]) -> list[tuple[Any, Any]]:
    """(figure, MEASURE or None) of every NUMBER and every prison term, in text order."""
    measure_of = {id(number): measure for number, measure in _quantified(document, text, entities)}
    figures = [(e, measure_of.get(id(e))) for e in entities if _get(e, "label") == "NUMBER"]
    figures += [(e, None) for e in entities if _is_prison_term(text, e)]
    return sorted(figures, key=lambda pair: _get(pair[0], "start"))


@cache
def _statistics_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("statistics_cues.yaml")
    return tuple(  # type: ignore[return-value]
        frozenset(fold(w) for w in string_list(data, key, "statistics_cues.yaml"))
        for key in ("prison_words", "passive_markers", "outcome_actions")
    )


def _is_prison_term(text: str, entity: Any) -> bool:
    """A DATE duration that is a prison term (before ``tù``: ``12 năm tù``, ``18 tháng tù treo``) or
    probation or a supplementary penalty (after ``thử thách``, ``cấm hành nghề``, ``giám sát điện tử``).

    >>> _is_prison_term("lĩnh 12 năm tù", {"label": "DATE", "start": 5, "end": 11, "value": {"type": "DURATION"}})
    True
    >>> t = "thời gian thử thách là 5 năm; nghỉ 5 năm"
    >>> [_is_prison_term(t, {"label": "DATE", "start": s, "end": s + 5, "value": {"type": "DURATION"}}) for s in (23, 35)]
    [True, False]
    """
    if _get(entity, "label") != "DATE" or (_get(entity, "value") or {}).get("type") != "DURATION":
        return False
    words = words_after(text, _get(entity, "end"), 4)
    prison, _, _ = _statistics_words()
    if any(" ".join(words[:n]) in prison for n in range(1, len(words) + 1)):
        return True
    return _after_penalty(text, _get(entity, "start"))


_PENALTY_JOINERS = ("là", "trong vòng", "trong", "thời hạn", "với thời hạn", "thời gian")


def _after_penalty(text: str, start: int) -> bool:
    """Whether a penalty phrase (``penalty_before``) ends right before ``start``, joiners aside, or
    anywhere in the clause's last words when ``trong``/``thời hạn`` opens the duration
    (``cấm hành nghề y trong 3 năm``)."""
    before = regex.split(r"[.;!?\n]", text[max(0, start - 60) : start])[-1]
    tail = " " + fold(" ".join(regex.findall(r"\w+", before)[-8:]))
    scoped = False
    while joiner := next((j for j in _PENALTY_JOINERS if tail.endswith(" " + j)), None):
        tail, scoped = tail[: -len(joiner) - 1], scoped or joiner != "là"
    phrases = cue_words("penalty_before")
    if scoped:
        return any(f" {w} " in tail + " " for w in phrases)
    return any(tail.endswith(" " + w) for w in phrases)


def _passive_before(text: str, start: int) -> bool:
    """Whether the action starting at ``start`` is passive (``bị bắt``, ``được giải cứu``)."""
    _, passive, _ = _statistics_words()
    words = regex.findall(r"\w+", text[max(0, start - 12) : start])
    return bool(words) and fold(words[-1]) in passive


def _action_after(text: str, end: int, limit: int) -> tuple[int, int, str] | None:
    """A passive or an outcome right after the figure (``5 đối tượng đã bị bắt``, ``2 người tử vong``).

    >>> t = "2 người tử vong"
    >>> _action_after(t, 7, len(t))
    (8, 15, 'tử vong')
    """
    _, passive, outcomes = _statistics_words()
    matches = list(regex.finditer(r"\w+", text[end : min(limit, end + 60)]))
    words = [(m.start() + end, m.end() + end, fold(m.group())) for m in matches]
    skips = cue_words("aspect_words")
    k = _past_origin(matches)
    k = next((k for k, w in enumerate(words[k:], k) if w[2] not in skips), len(words))
    if k == len(words):
        return None
    if words[k][2] in passive and k + 1 < len(words):
        found = action_at(text, words[k + 1][0], limit)
        if found is not None:
            return found
    for n in (3, 2, 1):
        if k + n <= len(words) and " ".join(w[2] for w in words[k : k + n]) in outcomes:
            return words[k][0], words[k + n - 1][1], " ".join(w[2] for w in words[k : k + n])
    return None


def _past_origin(words: Sequence[regex.Match[str]]) -> int:
    """How many of ``words`` (those after a figure's measure) name where the counted come from:
    capitalised, after an optional ``người`` (``18 người Hòa Bình bị tai biến``, ``9 đối tượng người
    Trung Quốc bị bắt``); 0 when there is no such name."""
    k = 1 if words and fold(words[0].group()) in cue_words("origin_nouns") and len(words) > 1 and words[1].group()[:1].isupper() else 0
    n = k
    while n < len(words) and words[n].group()[:1].isupper() and (n == k or words[n].start() - words[n - 1].end() == 1):
        n += 1
    return n if n > k else 0


def _frequency(text: str, measure: Any) -> bool:
    """Whether a MEASURE counts times (``4 lần``, ``2 lượt``): the deed follows it."""
    return fold(" ".join(str(_get(measure, "text")).split())) in cue_words("frequency_measures")


def _action_after_measure(text: str, measure: Any, limit: int) -> tuple[int, int, str] | None:
    """The action right after a frequency MEASURE (``4 lần đột nhập vào kho``).

    >>> t = "Ái đã 4 lần đột nhập vào kho vũ khí."
    >>> _action_after_measure(t, {"start": 8, "end": 11, "text": "lần"}, len(t))[2]
    'đột nhập'
    """
    m = regex.match(r"\s+", text[_get(measure, "end") :])
    return action_at(text, _get(measure, "end") + (m.end() if m else 0), limit)


def _purpose_openers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the purpose openers (``để``, ``nhằm``) in [start, end), not those that make one verb with
    the next word (``để lại``: ``purpose_compounds``)."""
    words = [(m.start() + start, m.end() + start, fold(m.group())) for m in regex.finditer(r"\w+", text[start:end])]
    compounds = cue_words("purpose_compounds")
    return [
        (s, e) for k, (s, e, word) in enumerate(words)
        if word in cue_words("purpose_openers") and (k + 1 == len(words) or f"{word} {words[k + 1][2]}" not in compounds)
    ]


def _clause_start(text: str, sentence_start: int, start: int) -> int:
    """Where the clause of a figure at ``start`` begins: after the last ``;`` or purpose opener
    (``để``, ``nhằm``: ``huy động 50 người để tiêm cho 200 cán bộ``) before it in its sentence.

    >>> t = "Sở Y tế huy động 50 người để tiêm vắc xin cho 200 cán bộ."
    >>> t[_clause_start(t, 0, t.index("200")):]
    ' tiêm vắc xin cho 200 cán bộ.'
    >>> _clause_start("Các đối tượng bỏ chạy, để lại 3 xe máy.", 0, 30)
    0
    >>> _clause_start("Đã thu giữ 1 kg thuốc phiện; 146 gam heroin.", 0, 29)  # an item of a list after its verb
    0
    """
    clause = text.rfind(";", sentence_start, start) + 1 or sentence_start
    while clause > sentence_start and _list_item(text, clause):  # "thu giữ 1 kg X; 3 gam Y; …": the list goes on
        clause = text.rfind(";", sentence_start, clause - 1) + 1 or sentence_start
    openers = _purpose_openers(text, clause, start)
    return openers[-1][1] if openers else clause


def _list_item(text: str, clause: int) -> bool:
    """Whether the ``;``-clause at ``clause`` is one more item of a list: a figure and its goods, no verb of its own.

    >>> _list_item("thu giữ 1 kg X; 3 gam cần sa; 146 gam heroin.", 15), _list_item("làm 1 người chết; 2 người bị thương.", 17)
    (True, False)
    """
    stop = text.find(";", clause)
    stop = len(text) if stop < 0 else stop
    if not regex.match(r"\s*\d", text[clause:stop]) or action(text, (), clause, stop) is not None:
        return False
    found = folded_words(text[clause:stop])
    return len(found) <= 8 and not holds_cue(found, "outcome_actions", "passive_markers")


def _clause_end(text: str, end: int, sentence_end: int) -> int:
    """Where the clause of a figure ending at ``end`` stops: at the next ``;`` or purpose opener.

    >>> t = "Tỉnh duy trì 200 tổ chốt nhằm ngăn chặn nhập cảnh trái phép."
    >>> t[:_clause_end(t, 16, len(t))]
    'Tỉnh duy trì 200 tổ chốt '
    """
    stop = text.find(";", end, sentence_end)
    stop = sentence_end if stop < 0 else stop
    openers = _purpose_openers(text, end, stop)
    return openers[0][0] if openers else stop


def _speaks_of_now(text: str, start: int, end: int) -> bool:
    """Whether the clause before a figure speaks of now (``hiện``, ``Đến nay``) or of a time of its own
    (``gần đây``, ``sau đó``): no carried period then.

    >>> _speaks_of_now("Dịch hiện đã lây nhiễm cho hơn 120 triệu người", 0, 30)
    True
    """
    return holds_cue(folded_words(text[start:end]), "present_markers", "other_time_markers")


@cache
def _topic_words() -> tuple[PhraseMatcher[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("statistics_cues.yaml")

    def words(key: str) -> list[str]:
        return string_list(data, key, "statistics_cues.yaml")

    # a phrase of not_domain ("các đối tượng ưu tiên") is matched as itself, so the domain word inside it is not
    domain = PhraseMatcher({**{fold(w): w for w in words("domain_words")}, **{fold(w): "" for w in words("not_domain")}})
    return (
        domain,
        frozenset(fold(w) for w in words("statistic_measures")),
        frozenset(fold(w) for w in words("background_measures")),
        frozenset(fold(w) for w in words("weak_measures")),
    )


def _is_statistic(text: str, spans: tuple[tuple[int, int], tuple[int, int]], entities: Sequence[Any], measure: Any, kind: str, acted: bool) -> bool:
    """Whether a figure belongs in a table of crime, enforcement, accident or disaster figures.

    ``spans`` are the figure's clause and sentence.  A count, an amount of money or
    a quantity is one when an action names what was done to it, when it counts
    offenders, victims, cases or seized goods (``statistic_measures``), or when its
    clause speaks of a crime or an accident (``domain_words``, a CRIME entity); never
    when it counts followers, views or storeys (``background_measures``).  A count
    of ``weak_measures`` (``đối tượng``: a suspect, or anyone a measure targets) is
    one only when its sentence speaks of a crime in other words.

    >>> t = "Ngôi nhà có 3 tầng. Vụ cháy làm 2 căn nhà bị thiêu rụi. Hai đối tượng thuê một phòng trọ."
    >>> _is_statistic(t, ((0, 19), (0, 19)), [], {"text": "tầng"}, "count", False)
    False
    >>> _is_statistic(t, ((20, 55), (20, 55)), [], {"text": "căn nhà"}, "count", False)
    True
    >>> _is_statistic(t, ((56, 88), (56, 88)), [], {"text": "đối tượng"}, "count", False)
    False
    """
    (s, e), sentence = spans
    if kind == "percent":  # "tỉ lệ thương tật 92%": the rate of an injury
        return holds_cue(folded_words(text[s : _get(measure, "start") if measure is not None else e]), "injury_rates")
    if kind not in ("count", "money", "quantity"):
        return False
    domain, counted, background, weak = _topic_words()
    words = fold(" ".join(str(_get(measure, "text") or "").split()))
    if words in background:
        return False
    if acted:
        return True
    if words in weak:
        return any(word and fold(word) not in weak for _, _, word in domain.find(text[sentence[0] : sentence[1]]))
    if any(words == w or words.startswith(w + " ") for w in counted):
        return True
    if any(_get(x, "label") == "CRIME" and s <= _get(x, "start") < e for x in entities):
        return True
    return any(word for _, _, word in domain.find(text[s:e]))


def _ref(entity: Any) -> dict[str, Any] | None:
    if entity is None:
        return None
    return {"id": _get(entity, "id"), "start": _get(entity, "start"), "end": _get(entity, "end"), "text": _get(entity, "text")}


def _duration_amount(entity: Any) -> tuple[float | int | None, str | None]:
    """(12, "year") of a DURATION ``P12Y``."""
    m = regex.fullmatch(r"P(?:T)?(\d+(?:\.\d+)?)([YMWDH])", str((_get(entity, "value") or {}).get("value") or ""))
    if not m:
        return None, None
    number = float(m.group(1))
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}[m.group(2)]
    return (int(number) if number.is_integer() else number), unit


def statistics(document: Any) -> list[dict[str, Any]]:
    """One row per counted figure of ``document`` (a :class:`vn_crimeie.document.Document` or its dict).

    >>> text = "Riêng lực lượng Cảnh sát hình sự đã bắt 14.450 đối tượng."
    >>> doc = {"text": text, "entities": [
    ...     {"id": "a", "start": 6, "end": 32, "label": "ORG", "text": "lực lượng Cảnh sát hình sự"},
    ...     {"id": "b", "start": 40, "end": 46, "label": "NUMBER", "text": "14.450", "value": {"value": 14450}},
    ...     {"id": "c", "start": 47, "end": 56, "label": "MEASURE", "text": "đối tượng"}],
    ...     "relations": [{"label": "QUANTIFIES", "head": "b", "tail": "c"}]}
    >>> row = statistics(doc)[0]
    >>> row["agent"]["text"], row["action"]["canonical"], row["value"], row["measure"]["text"], row["number"]["start"]
    ('lực lượng Cảnh sát hình sự', 'bắt', 14450, 'đối tượng', 40)
    """
    text: str = _get(document, "text")
    entities: Sequence[Any] = sorted(_get(document, "entities") or [], key=lambda e: (_get(e, "start"), _get(e, "end")))
    sentences = sorted(tuple(span) for span in _get(document, "sentences") or []) or split_sentences(text)
    orgs = [e for e in entities if _get(e, "label") == "ORG"]
    # a set ("hàng tháng", "mỗi ngày") says how often, it scopes no figure: no period
    dates = [e for e in entities if _get(e, "label") == "DATE" and (_get(e, "value") or {}).get("type") != "SET"]
    agent_of, period_of = sentence_context(text, sentences, orgs, dates)
    actors = [e for e in entities if _get(e, "label") in ("ORG", "PERSON")]
    rows: list[dict[str, Any]] = []
    for figure, measure in _figures(document, text, entities):
        i = span_at(sentences, _get(figure, "start"))
        span = sentences[i] if i is not None else (0, len(text))
        period = clause_period(text, dates, span[0], _get(figure, "start")) or _carried(text, sentences, figure, period_of.get(span))
        rows.append(_row(text, entities, actors, figure, measure, span, agent_of.get(span), period))
    share_totals(text, rows)
    return rows


def _carried(text: str, sentences: Sequence[tuple[int, int]], figure: Any, period: Period | None) -> Period | None:
    """The period carried into a figure's sentence; a prison term takes it only from a sentence about the trial.

    >>> t = "Sáng 3/5, Sơn đâm chết anh A. HĐXX tuyên phạt Sơn 18 năm tù."
    >>> p = Period("d1", 0, 8)
    >>> _carried(t, [(0, 29), (30, 62)], {"label": "DATE", "start": 50}, p) is None
    True
    """
    if period is None or _get(figure, "label") != "DATE":
        return period
    i = span_at(sentences, period.start)
    s, e = sentences[i] if i is not None else (period.start, period.end)
    return period if holds_cue(folded_words(text[s:e]), "trial_words") else None


#: how far before a prison term a word may make it only possible ("phải đối mặt với mức án 3 năm tù")
_TERM_REACH = 30


def _row(
    text: str, entities: Sequence[Any], actors: list[Any], figure: Any, measure: Any,
    span: tuple[int, int], carried_agent: Any, period: Period | None,
) -> dict[str, Any]:
    """The row of one figure in its sentence ``span``; ``period`` is the one in force there (its own clause's first)."""
    start, end = _get(figure, "start"), _get(figure, "end")
    prison = _get(figure, "label") == "DATE"
    if prison:
        value, unit, comparator, kind = *_duration_amount(figure), None, "duration"
    else:
        number = _get(figure, "value") or {}
        value, comparator, kind = number.get("value"), number.get("comparator"), kind_of(measure)
        unit = (_get(measure, "value") or {}).get("unit") if measure is not None else None
        if after_word_of(text, start, "background_openers"):
            kind = "other"
    clause = _clause_start(text, span[0], start)
    deed = action(text, entities, clause, start)  # a verb that someone does to the figure
    possible = deed is not None and after_word_of(text, deed[0], "irrealis_markers")
    possible = possible or is_price(text, start, _get(measure, "end") if measure is not None else end)
    # "Thông thường …", "giữa 2 người xảy ra mâu thuẫn", "hỗ trợ 50 triệu đồng": no figure of a crime table
    possible = possible or holds_cue(folded_words(text[span[0] : start]), "habitual_markers") or after_word_of(text, start, "between_words")
    possible = possible or holds_cue(folded_words(outside_names(text, entities, clause, start)), "support_actions")
    if possible:
        deed = None
    after = _action_after(text, _get(measure, "end") if measure is not None and _get(measure, "start") >= end else end, span[1])
    if deed is not None and after is not None and after[2] in _statistics_words()[2]:
        deed = None  # "… bị giết và một người khác bị thương": what befell the figure, not the deed before it
    found = deed or after
    if found is None and measure is not None and _frequency(text, measure):
        deed = found = _action_after_measure(text, measure, span[1])  # đã 4 lần đột nhập: the deed after its count
    doer = None
    if deed is not None and not _passive_before(text, deed[0]):
        doers = actors if not prison else [a for a in actors if _get(a, "label") != "PERSON"]
        doer = agent(text, doers, span[0], start) or (None if own_subject(text, clause, deed[0]) else carried_agent)
    deployed = found is not None and fold(found[2]) in cue_words("deployment_actions")  # officers sent: means, no figure
    if prison:  # a term only possible ("đối mặt với mức án 3 năm tù") is no sentence passed
        statistic = not holds_cue(folded_words(text[max(clause, start - _TERM_REACH) : start]), "irrealis_markers")
    else:
        statistic = not possible and not deployed and _is_statistic(
            text, ((clause, _clause_end(text, end, span[1])), span), entities, measure, kind, found is not None
        )
    if period is not None and not span[0] <= period.start < span[1] and _speaks_of_now(text, span[0], start):
        period = None
    return {
        "number": _ref(figure),
        "value": value,
        "comparator": comparator,
        "kind": kind,
        "statistic": statistic,
        "measure": _ref(measure),
        "unit": unit,
        "action": None if found is None else {"start": found[0], "end": found[1], "text": text[found[0] : found[1]], "canonical": found[2]},
        "agent": _ref(doer),
        "period": None if period is None else {"id": period.id, "start": period.start, "end": period.end, "text": text[period.start : period.end]},
        "sentence": {"start": span[0], "end": span[1]},
    }


def statistic_rows(document: Any) -> list[dict[str, Any]]:
    """The rows of :func:`statistics` that are statistics (``statistic`` True): no ages, no background figures.

    >>> import vn_crimeie
    >>> doc = vn_crimeie.extract("Công an bắt 2 đối tượng (35 tuổi và 40 tuổi) cùng 3 kg ma túy.")
    >>> [(r["value"], r["measure"]["text"], r["kind"]) for r in statistic_rows(doc)]
    [(2, 'đối tượng', 'count'), (3, 'kg', 'quantity')]
    """
    return [row for row in statistics(document) if row["statistic"]]


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """A row as flat columns (texts instead of spans) for a data frame or a table.

    >>> import vn_crimeie
    >>> doc = vn_crimeie.extract("Năm 2023, Công an tỉnh Nghệ An bắt 12 đối tượng.", dateline="2024-01-05")
    >>> flat = flatten(doc.statistics()[0])
    >>> flat["agent"], flat["action"], flat["value"], flat["measure"], flat["period"], flat["start"]
    ('Công an tỉnh Nghệ An', 'bắt', 12, 'đối tượng', 'Năm 2023', 35)
    """
    part = {k: (row[k] or {}).get("text") for k in ("measure", "agent", "period")}
    return {
        "number": row["number"]["text"], "start": row["number"]["start"], "end": row["number"]["end"],
        "value": row["value"], "comparator": row["comparator"], "kind": row["kind"], "statistic": row["statistic"],
        "measure": part["measure"], "unit": row["unit"],
        "action": (row["action"] or {}).get("canonical"), "agent": part["agent"], "period": part["period"],
        "sentence_start": row["sentence"]["start"], "sentence_end": row["sentence"]["end"],
    }
