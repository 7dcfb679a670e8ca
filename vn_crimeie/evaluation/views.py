"""Scoring of the views: statistics rows and people with roles (docs/schema.md, Views and Scoring).

A gold document may carry ``statistics`` (rows as :func:`vn_crimeie.statistics.statistics`
gives them: at least ``number``, ``statistic``, ``agent`` and ``period``, the
parts as ``{"start", "end"}`` or null) and ``people`` (records with ``mentions``,
a list of ``{"start", "end"}``, and ``role``). A prediction carries the same keys.

- Statistics: rows are matched by the offsets of their number; precision and
  recall over the rows with ``statistic`` true; agent and period accuracy over
  the matched rows (same span, or both null; a period is also right when the
  predicted phrase begins with the gold DATE, e.g. gold ``3 năm`` and predicted
  ``Trong 3 năm (2021-2023)``).
- People: a predicted record matches the gold record with which it shares the
  most mentions (same offsets), one to one; precision and recall of records,
  role accuracy over the matched ones, and precision and recall of the
  officials (records with role ``official``).

>>> gold = {"id": "d", "statistics": [
...     {"number": {"start": 10, "end": 12}, "statistic": True, "agent": {"start": 0, "end": 7}, "period": None}],
...     "people": [{"mentions": [{"start": 20, "end": 26}], "role": "official"}]}
>>> pred = {"id": "d", "statistics": [
...     {"number": {"start": 10, "end": 12}, "statistic": True, "agent": None, "period": None}],
...     "people": [{"mentions": [{"start": 20, "end": 26}], "role": "official"}]}
>>> scores = ViewScores()
>>> scores.add(gold, pred)
>>> scores.statistics, scores.agent.accuracy, scores.roles.accuracy, scores.officials
(Counts(tp=1, fp=0, fn=0), 0.0, 1.0, Counts(tp=1, fp=0, fn=0))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .report import Counts, ValueCounts, markdown_table

__all__ = ["ViewScores", "has_views"]


def has_views(doc: Mapping[str, Any]) -> bool:
    """Whether a gold document carries statistics rows or people records to score.

    >>> has_views({"id": "a", "statistics": []}), has_views({"id": "a"})
    (True, False)
    """
    return doc.get("statistics") is not None or doc.get("people") is not None


def _span(part: Any) -> tuple[int, int] | None:
    if not isinstance(part, Mapping) or "start" not in part or "end" not in part:
        return None
    return int(part["start"]), int(part["end"])


def _period_right(gold: Any, pred: Any) -> bool:
    g, p = _span(gold), _span(pred)
    if g is None or p is None:
        return g is None and p is None
    return g == p or (p[0] <= g[0] and g[1] <= p[1] and _starts_with_date(pred, g))


def _starts_with_date(pred: Mapping[str, Any], gold_span: tuple[int, int]) -> bool:
    """The predicted period phrase ends at or after the gold DATE and only an opener word precedes it."""
    text = str(pred.get("text") or "")
    lead = gold_span[0] - int(pred["start"])
    return lead == 0 or (0 < lead <= len(text) and len(text[:lead].split()) <= 2)


@dataclass
class ViewScores:
    """Counts of the views over the documents added with :meth:`add`."""

    documents: int = 0
    statistics: Counts = field(default_factory=Counts)
    agent: ValueCounts = field(default_factory=ValueCounts)
    period: ValueCounts = field(default_factory=ValueCounts)
    people: Counts = field(default_factory=Counts)
    roles: ValueCounts = field(default_factory=ValueCounts)
    officials: Counts = field(default_factory=Counts)

    def add(self, gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> None:
        """Score one gold document's views against its prediction (``None``: everything missed)."""
        pred = pred or {}
        if gold.get("statistics") is not None:
            self._add_statistics(gold["statistics"], pred.get("statistics") or [])
        if gold.get("people") is not None:
            self._add_people(gold["people"], pred.get("people") or [])
        self.documents += 1

    def _add_statistics(self, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> None:
        gold_rows = {_span(r["number"]): r for r in gold if r.get("statistic")}
        pred_rows = {_span(r["number"]): r for r in pred if r.get("statistic")}
        for key, g in gold_rows.items():
            p = pred_rows.get(key)
            if p is None:
                self.statistics.fn += 1
                continue
            self.statistics.tp += 1
            self.agent.matched += 1
            self.agent.correct += _span(g.get("agent")) == _span(p.get("agent"))
            self.period.matched += 1
            self.period.correct += _period_right(g.get("period"), p.get("period"))
        self.statistics.fp += sum(1 for key in pred_rows if key not in gold_rows)

    def _add_people(self, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> None:
        pairs = _match_records(gold, pred)
        self.people.tp += len(pairs)
        self.people.fp += len(pred) - len(pairs)
        self.people.fn += len(gold) - len(pairs)
        for gi, pi in pairs.items():
            self.roles.matched += 1
            self.roles.correct += gold[gi].get("role") == pred[pi].get("role")
        official_pairs = sum(1 for gi, pi in pairs.items() if gold[gi].get("role") == pred[pi].get("role") == "official")
        self.officials.tp += official_pairs
        self.officials.fp += sum(1 for r in pred if r.get("role") == "official") - official_pairs
        self.officials.fn += sum(1 for r in gold if r.get("role") == "official") - official_pairs

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready scores."""
        return {
            "documents": self.documents,
            "statistics": self.statistics.to_dict(),
            "agent": self.agent.to_dict(),
            "period": self.period.to_dict(),
            "people": self.people.to_dict(),
            "roles": self.roles.to_dict(),
            "officials": self.officials.to_dict(),
        }

    def to_markdown(self) -> str:
        """Two small tables: rows and records (P, R, F1) and accuracies."""
        counts = [[name, c.precision, c.recall, c.f1, c.tp, c.fp, c.fn]
                  for name, c in (("statistics rows", self.statistics), ("people records", self.people),
                                  ("officials", self.officials))]
        accuracies = [[name, v.accuracy, v.correct, v.matched]
                      for name, v in (("agent", self.agent), ("period", self.period), ("role", self.roles))]
        return (f"### Views ({self.documents} documents with gold views)\n\n"
                + markdown_table(["view", "P", "R", "F1", "TP", "FP", "FN"], counts) + "\n\n"
                + markdown_table(["accuracy of", "accuracy", "correct", "matched"], accuracies) + "\n")


def _match_records(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """gold index → pred index: the pairs sharing the most mentions first, one to one."""
    gold_sets = [{_span(m) for m in r.get("mentions") or []} - {None} for r in gold]
    pred_sets = [{_span(m) for m in r.get("mentions") or []} - {None} for r in pred]
    candidates = sorted(
        ((-len(g & p), gi, pi) for gi, g in enumerate(gold_sets) for pi, p in enumerate(pred_sets) if g & p)
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out
