"""Scoring of predicted documents against gold documents, exactly as docs/schema.md's Scoring section.

Works on plain dicts in the docs/schema.md document form, so it scores the output of
any tool converted to that form.

- Entities, strict: same ``start``, ``end`` and ``label``.
- Entities, partial: overlapping spans with the same label, matched one to one,
  the pair with the largest overlap first (ties: the tighter pair, then text order).
- Values: of the strictly matched DATE and NUMBER entities whose gold entity has
  a value, the share whose value is right (``type``+``value``; ``value``+``comparator``).
- Relations, strict: label matches and both arguments are the predictions
  strictly matched to the gold arguments; relaxed: partially matched.
- Documents are paired by ``id``; a gold document without a prediction counts
  all its gold items as missed.

>>> gold = [{"id": "d", "text": "Đại tá Lê Văn A", "entities": [
...     {"id": "e1", "start": 0, "end": 6, "label": "RANK"},
...     {"id": "e2", "start": 7, "end": 15, "label": "PERSON"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]}]
>>> pred = [{"id": "d", "text": "Đại tá Lê Văn A", "entities": [
...     {"id": "p1", "start": 0, "end": 6, "label": "RANK"},
...     {"id": "p2", "start": 7, "end": 13, "label": "PERSON"}],
...     "relations": [{"label": "HAS_RANK", "head": "p2", "tail": "p1"}]}]
>>> r = score(gold, pred)
>>> Report.micro(r.entities_strict), Report.micro(r.entities_partial)
(Counts(tp=1, fp=1, fn=1), Counts(tp=2, fp=0, fn=0))
>>> r.relations_strict["HAS_RANK"], r.relations_relaxed["HAS_RANK"]
(Counts(tp=0, fp=1, fn=1), Counts(tp=1, fp=0, fn=0))
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .report import Counts, ErrorItem, Report, ValueCounts
from .views import ViewScores, has_views

__all__ = ["score", "match_strict", "match_partial", "values_equal", "sentence_context"]

VALUE_LABELS = ("DATE", "NUMBER")

# A sentence ends at a line break or at . ! ? … followed by white space, but not at the
# dot of a short capitalised abbreviation ("TP. Đà Nẵng", "Q. 1", "TT. Huế").
_SENTENCE_END = regex.compile(r"\n|[!?…](?=\s)|(?<!(?:^|[\s(])\p{Lu}{1,3})\.(?=\s)")
_CONTEXT_WINDOW = 240


def sentence_context(text: str, start: int, end: int, mark: bool = True) -> str:
    """The sentence around ``text[start:end]``, the span marked ``[[…]]``, at most ~480 characters.

    >>> sentence_context("Trời mưa. Đại tá Lê Văn A dự họp. Hết.", 10, 16)
    '[[Đại tá]] Lê Văn A dự họp.'
    """
    lo = max(0, start - _CONTEXT_WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right = min(len(text), end + _CONTEXT_WINDOW)
    m = _SENTENCE_END.search(text, end, right)
    if m:
        right = m.end() if m.group() != "\n" else m.start()
    span = text[start:end]
    inner = f"[[{span}]]" if mark else span
    return (text[left:start] + inner + text[end:right]).strip()


def _span(ent: Mapping[str, Any]) -> tuple[int, int]:
    return int(ent["start"]), int(ent["end"])


def match_strict(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """One-to-one strict matching: pred index → gold index with the same start, end and label.

    >>> match_strict([{"start": 0, "end": 3, "label": "LOC"}],
    ...              [{"start": 0, "end": 3, "label": "LOC"}, {"start": 0, "end": 3, "label": "LOC"}])
    {0: 0}
    """
    free: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        free[(*_span(g), g["label"])].append(gi)
    out: dict[int, int] = {}
    for pi, p in enumerate(pred):
        bucket = free.get((*_span(p), p["label"]))
        if bucket:
            out[pi] = bucket.pop(0)
    return out


def match_partial(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """One-to-one partial matching: pred index → gold index, same label, largest overlap first.

    Ties go to the pair with the smaller union (so an exact match wins), then to
    text order.

    >>> gold = [{"start": 0, "end": 10, "label": "ORG"}, {"start": 12, "end": 20, "label": "ORG"}]
    >>> pred = [{"start": 0, "end": 20, "label": "ORG"}, {"start": 14, "end": 20, "label": "ORG"}]
    >>> match_partial(gold, pred)
    {0: 0, 1: 1}
    """
    by_label: dict[str, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        by_label[g["label"]].append(gi)
    pairs: list[tuple[int, int, int, int, int, int]] = []
    for pi, p in enumerate(pred):
        ps, pe = _span(p)
        for gi in by_label.get(p["label"], ()):
            gs, ge = _span(gold[gi])
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                union = max(pe, ge) - min(ps, gs)
                pairs.append((-overlap, union, gs, ps, gi, pi))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, pi in pairs:
        if gi in used or pi in out:
            continue
        out[pi] = gi
        used.add(gi)
    return out


def values_equal(label: str, gold: Any, pred: Any) -> bool:
    """Whether a predicted value is right: ``type``+``value`` for DATE, ``value``+``comparator`` for NUMBER.

    >>> values_equal("NUMBER", {"value": 2200, "comparator": ">"}, {"value": 2200.0, "comparator": ">"})
    True
    >>> values_equal("DATE", {"type": "DATE", "value": "2024-03-13"}, {"type": "TIME", "value": "2024-03-13"})
    False
    """
    if not isinstance(pred, Mapping) or not isinstance(gold, Mapping):
        return False
    if label == "DATE":
        return gold.get("type") == pred.get("type") and gold.get("value") == pred.get("value")
    if label == "NUMBER":
        g, p = gold.get("value"), pred.get("value")
        if (gold.get("comparator") or None) != (pred.get("comparator") or None):
            return False
        if isinstance(g, bool) or isinstance(p, bool):
            return False
        if isinstance(g, (int, float)) and isinstance(p, (int, float)):
            return math.isclose(g, p, rel_tol=1e-9, abs_tol=1e-12)
        return False
    return dict(gold) == dict(pred)


def _count(table: dict[str, Counts], label: str) -> Counts:
    if label not in table:
        table[label] = Counts()
    return table[label]


def _entity_errors(
    doc_id: str,
    text: str,
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    strict: dict[int, int],
    partial: dict[int, int],
) -> list[ErrorItem]:
    items: list[ErrorItem] = []
    matched_gold = set(strict.values())
    by_span_gold: dict[tuple[int, int], int] = {_span(g): gi for gi, g in enumerate(gold)}
    by_span_pred: dict[tuple[int, int], int] = {}
    for pi, p in enumerate(pred):
        if pi not in strict:
            by_span_pred.setdefault(_span(p), pi)
    partial_of_gold = {gi: pi for pi, gi in partial.items()}

    def item(side: str, ent: Mapping[str, Any], error: str, **kw: Any) -> ErrorItem:
        s, e = _span(ent)
        return ErrorItem(
            doc_id=doc_id, kind="entity", side=side, error=error, label=ent["label"], start=s, end=e,
            text=text[s:e], context=sentence_context(text, s, e), **kw,
        )

    for gi, g in enumerate(gold):
        if gi in matched_gold:
            continue
        pi = by_span_pred.get(_span(g))
        if pi is not None and pred[pi]["label"] != g["label"]:
            items.append(item("FN", g, "label", gold_label=g["label"], pred_label=pred[pi]["label"],
                              other=f"predicted {pred[pi]['label']}", gold_value=g.get("value"),
                              pred_value=pred[pi].get("value"), source=pred[pi].get("source")))
        elif gi in partial_of_gold:
            p = pred[partial_of_gold[gi]]
            ps, pe = _span(p)
            items.append(item("FN", g, "boundary", gold_label=g["label"], pred_label=p["label"],
                              other=f"predicted {text[ps:pe]!r}", source=p.get("source")))
        else:
            items.append(item("FN", g, "missed", gold_label=g["label"], gold_value=g.get("value")))
    for pi, p in enumerate(pred):
        if pi in strict:
            continue
        gi = by_span_gold.get(_span(p))
        if gi is not None and gold[gi]["label"] != p["label"]:
            items.append(item("FP", p, "label", gold_label=gold[gi]["label"], pred_label=p["label"],
                              other=f"gold {gold[gi]['label']}", pred_value=p.get("value"),
                              gold_value=gold[gi].get("value"), source=p.get("source")))
        elif pi in partial:
            g = gold[partial[pi]]
            gs, ge = _span(g)
            items.append(item("FP", p, "boundary", gold_label=g["label"], pred_label=p["label"],
                              other=f"gold {text[gs:ge]!r}", source=p.get("source")))
        else:
            items.append(item("FP", p, "spurious", pred_label=p["label"], pred_value=p.get("value"),
                              source=p.get("source")))
    return items


def _relation_keys(
    relations: Iterable[Mapping[str, Any]], pred_ids: Mapping[Any, int], mapping: Mapping[int, int]
) -> list[tuple[str, Any, Any, Mapping[str, Any]]]:
    """Each predicted relation as ``(label, gold head index, gold tail index, relation)``; None when unmatched."""
    out = []
    for rel in relations:
        head, tail = pred_ids.get(rel.get("head")), pred_ids.get(rel.get("tail"))
        gh = mapping.get(head) if head is not None else None
        gt = mapping.get(tail) if tail is not None else None
        out.append((str(rel.get("label")), gh, gt, rel))
    return out


def _score_relations(
    table: dict[str, Counts],
    gold_keys: list[tuple[str, int, int]],
    pred_keys: list[tuple[str, Any, Any, Mapping[str, Any]]],
) -> tuple[list[tuple[str, int, int]], list[Mapping[str, Any]]]:
    """Count one document's relations into ``table``; return the missed gold keys and wrong predictions."""
    remaining = Counter(gold_keys)
    wrong: list[Mapping[str, Any]] = []
    for label, gh, gt, rel in pred_keys:
        key = (label, gh, gt)
        if gh is not None and gt is not None and remaining[key] > 0:
            remaining[key] -= 1
            _count(table, label).tp += 1
        else:
            _count(table, label).fp += 1
            wrong.append(rel)
    missed = []
    for key in gold_keys:
        if remaining[key] > 0:
            remaining[key] -= 1
            _count(table, key[0]).fn += 1
            missed.append(key)
    return missed, wrong


def _relation_item(doc_id: str, text: str, side: str, label: str, head: Mapping[str, Any] | None,
                   tail: Mapping[str, Any] | None, error: str) -> ErrorItem:
    spans = [_span(x) for x in (head, tail) if x is not None]
    start = min((s for s, _ in spans), default=0)
    end = max((e for _, e in spans), default=0)
    names = [repr(text[slice(*_span(x))]) if x is not None else "?" for x in (head, tail)]
    return ErrorItem(
        doc_id=doc_id, kind="relation", side=side, error=error, label=label, start=start, end=end,
        text=f"{label}({names[0]}, {names[1]})",
        context=sentence_context(text, start, end, mark=False) if spans else "",
        gold_label=label if side == "FN" else None, pred_label=label if side == "FP" else None,
    )


def _usable_entities(report: Report, doc_id: str, entities: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The predicted entities whose offsets can be read; each other one is noted in ``report.problems``.

    >>> r = Report(system="x")
    >>> _usable_entities(r, "d", [{"start": 0, "end": 6, "label": "LOC"}, {"label": "LOC", "text": "Hà Nội"}])
    [{'start': 0, 'end': 6, 'label': 'LOC'}]
    >>> r.problems
    ["d: predicted entity without usable offsets: {'label': 'LOC', 'text': 'Hà Nội'}"]
    """
    usable = []
    for p in entities:
        try:
            _span(p)
        except (KeyError, TypeError, ValueError):
            report.problems.append(f"{doc_id}: predicted entity without usable offsets: {dict(p)!r}")
            continue
        usable.append(p)
    return usable


@dataclass(frozen=True)
class _DocumentMatch:
    """One document's gold and (usable) predicted entities, with their strict and partial matchings."""

    doc_id: str
    text: str
    gold: list[Mapping[str, Any]]
    pred: list[Mapping[str, Any]]
    strict: dict[int, int]
    partial: dict[int, int]


def _count_entities(table: dict[str, Counts], match: _DocumentMatch, mapping: Mapping[int, int]) -> None:
    """Count one document's entities into ``table``, ``mapping`` being pred index → matched gold index."""
    matched_gold = set(mapping.values())
    for gi, g in enumerate(match.gold):
        c = _count(table, g["label"])
        if gi in matched_gold:
            c.tp += 1
        else:
            c.fn += 1
    for pi, p in enumerate(match.pred):
        if pi not in mapping:
            _count(table, p["label"]).fp += 1


def _score_values(report: Report, match: _DocumentMatch) -> None:
    """Count the values of strictly matched DATE and NUMBER entities; add an error item for each wrong one."""
    text = match.text
    for pi, gi in match.strict.items():
        g, p = match.gold[gi], match.pred[pi]
        if g["label"] not in VALUE_LABELS or g.get("value") is None:
            continue
        vc = report.values.setdefault(g["label"], ValueCounts())
        vc.matched += 1
        if values_equal(g["label"], g["value"], p.get("value")):
            vc.correct += 1
        else:
            s, e = _span(g)
            report.items.append(ErrorItem(
                doc_id=match.doc_id, kind="value", side="FP", error="value", label=g["label"], start=s, end=e,
                text=text[s:e], context=sentence_context(text, s, e), gold_label=g["label"],
                pred_label=p["label"], gold_value=g.get("value"), pred_value=p.get("value"), source=p.get("source"),
            ))


def _score_document_relations(
    report: Report, match: _DocumentMatch, gold_relations: Iterable[Mapping[str, Any]],
    pred_relations: Iterable[Mapping[str, Any]],
) -> None:
    """Count one document's relations, strict and relaxed; add an error item for each strict miss and error."""
    doc_id, text, g_ents, p_ents = match.doc_id, match.text, match.gold, match.pred
    gold_ids = {g.get("id"): gi for gi, g in enumerate(g_ents)}
    pred_ids = {p.get("id"): pi for pi, p in enumerate(p_ents) if p.get("id") is not None}
    gold_keys = [
        (str(r["label"]), gold_ids[r["head"]], gold_ids[r["tail"]])
        for r in gold_relations
        if r.get("head") in gold_ids and r.get("tail") in gold_ids
    ]
    p_rels = list(pred_relations)
    missed, wrong = _score_relations(report.relations_strict, gold_keys, _relation_keys(p_rels, pred_ids, match.strict))
    for label, gh, gt in missed:
        report.items.append(_relation_item(doc_id, text, "FN", label, g_ents[gh], g_ents[gt], "missed"))
    for rel in wrong:
        head = p_ents[pred_ids[rel["head"]]] if rel.get("head") in pred_ids else None
        tail = p_ents[pred_ids[rel["tail"]]] if rel.get("tail") in pred_ids else None
        report.items.append(_relation_item(doc_id, text, "FP", str(rel.get("label")), head, tail, "spurious"))
    _score_relations(report.relations_relaxed, gold_keys, _relation_keys(p_rels, pred_ids, match.partial))


def score_document(report: Report, gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> None:
    """Add one gold document and its prediction (``None`` when missing) to ``report``.

    Predicted entities whose offsets cannot be read are left out of the counts
    and named in ``report.problems``.

    >>> r = Report(system="x")
    >>> gold = {"id": "d", "text": "Hà Nội", "entities": [{"id": "e1", "start": 0, "end": 6, "label": "LOC"}]}
    >>> score_document(r, gold, {"id": "d", "text": "Hà Nội", "entities": [{"start": 0, "end": 2, "label": "LOC"}]})
    >>> r.entities_strict["LOC"], r.entities_partial["LOC"]
    (Counts(tp=0, fp=1, fn=1), Counts(tp=1, fp=0, fn=0))
    """
    doc_id = str(gold["id"])
    text = gold["text"]
    g_ents: list[Mapping[str, Any]] = list(gold.get("entities") or [])
    if pred is not None and pred.get("text") not in (None, text):
        report.problems.append(f"{doc_id}: the prediction's text differs from the gold text; offsets compared as given")
    p_ents = _usable_entities(report, doc_id, (pred or {}).get("entities") or [])
    match = _DocumentMatch(doc_id, text, g_ents, p_ents, match_strict(g_ents, p_ents), match_partial(g_ents, p_ents))
    _count_entities(report.entities_strict, match, match.strict)
    _count_entities(report.entities_partial, match, match.partial)
    report.items.extend(_entity_errors(doc_id, text, g_ents, p_ents, match.strict, match.partial))
    _score_values(report, match)
    _score_document_relations(report, match, gold.get("relations") or [], (pred or {}).get("relations") or [])


def score(
    gold: Iterable[Mapping[str, Any]],
    predictions: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]],
    system: str = "vn_crimeie",
    problems: Iterable[str] = (),
) -> Report:
    """Score ``predictions`` (documents, or a mapping id → document) against ``gold`` documents.

    >>> r = score([{"id": "a", "text": "Hà Nội", "entities": [{"id": "e1", "start": 0, "end": 6, "label": "LOC"}]}], [])
    >>> r.entities_strict["LOC"], r.missing_predictions
    (Counts(tp=0, fp=0, fn=1), ['a'])
    """
    if isinstance(predictions, Mapping):
        by_id = {str(k): v for k, v in predictions.items()}
    else:
        by_id = {}
        for p in predictions:
            by_id.setdefault(str(p.get("id")), p)
    report = Report(system=system, problems=list(problems))
    seen: set[str] = set()
    for g in gold:
        doc_id = str(g["id"])
        seen.add(doc_id)
        pred = by_id.get(doc_id)
        if pred is None:
            report.missing_predictions.append(doc_id)
        score_document(report, g, pred)
        if has_views(g):
            report.views = report.views or ViewScores()
            report.views.add(g, pred)
        report.documents += 1
    report.unpaired_predictions = sorted(set(by_id) - seen)
    return report
