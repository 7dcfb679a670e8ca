"""The result of an evaluation: per-label tables, value accuracy and the errors behind them.

:class:`Report` is what :func:`vn_crimeie.evaluation.evaluate` and
:func:`vn_crimeie.evaluation.scorer.score` return.  It renders as Markdown
(:meth:`Report.to_markdown`), JSON-ready dicts (:meth:`Report.to_dict`) or a
pandas DataFrame (:meth:`Report.to_dataframe`, needs the ``notebooks`` extra),
and :meth:`Report.errors` lists every false positive and negative with its
sentence, grouped by label, plus a confusion table of label mix-ups.

>>> c = Counts(tp=3, fp=1, fn=2)
>>> (round(c.precision, 2), round(c.recall, 2), round(c.f1, 3))
(0.75, 0.6, 0.667)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ..candidates import LABELS, RELATION_TYPES

__all__ = ["Counts", "ValueCounts", "ErrorItem", "ErrorAnalysis", "Report", "markdown_table"]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one label (or of all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 0.0 when there is nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold items (``tp + fn``)."""
        return self.tp + self.fn

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_dict(self) -> dict[str, Any]:
        """Counts and the three scores (rounded to 4 places).

        >>> Counts(1, 1, 0).to_dict()
        {'tp': 1, 'fp': 1, 'fn': 0, 'precision': 0.5, 'recall': 1.0, 'f1': 0.6667, 'support': 1}
        """
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


@dataclass
class ValueCounts:
    """Of the strictly matched entities of a label with a gold value, how many got the value right."""

    matched: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        """``correct / matched``; 0.0 when nothing was matched."""
        return self.correct / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        """``matched``, ``correct`` and ``accuracy``.

        >>> ValueCounts(4, 3).to_dict()
        {'matched': 4, 'correct': 3, 'accuracy': 0.75}
        """
        return {"matched": self.matched, "correct": self.correct, "accuracy": round(self.accuracy, 4)}


@dataclass
class ErrorItem:
    """One error of a system on one document.

    ``kind`` is ``entity``, ``value`` or ``relation``.  ``error`` says what went
    wrong: ``missed`` (a gold item nothing overlaps), ``spurious`` (a prediction
    that overlaps no gold item of its label), ``boundary`` (the label is right but
    the span differs), ``label`` (same span, other label) or ``value`` (right span
    and label, wrong normalised value).  ``side`` is ``FN`` for a gold item that
    was not found and ``FP`` for a wrong prediction.
    """

    doc_id: str
    kind: str
    side: str
    error: str
    label: str
    start: int
    end: int
    text: str
    context: str = ""
    gold_label: str | None = None
    pred_label: str | None = None
    gold_value: Any = None
    pred_value: Any = None
    other: str | None = None
    source: str | None = None


def markdown_table(header: list[str], rows: Iterable[list[Any]]) -> str:
    """A GitHub-flavoured Markdown table; floats are shown with three decimals.

    >>> print(markdown_table(["label", "F1"], [["RANK", 1.0]]))
    | label | F1 |
    |---|---|
    | RANK | 1.000 |
    """

    def cell(x: Any) -> str:
        if isinstance(x, float):
            return f"{x:.3f}"
        return str(x).replace("|", "\\|").replace("\n", "⏎")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def _ordered(keys: Iterable[str], order: Iterable[str]) -> list[str]:
    keys = set(keys)
    first = [k for k in order if k in keys]
    return first + sorted(keys - set(first))


@dataclass
class ErrorAnalysis:
    """False positives and negatives grouped by label, and the label confusion table.

    ``confusion[gold_label][pred_label]`` counts entities whose span was found
    exactly but with another label.
    """

    by_label: dict[str, list[ErrorItem]]
    confusion: dict[str, dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "by_label": {k: [asdict(i) for i in v] for k, v in self.by_label.items()},
            "confusion": self.confusion,
        }

    def to_markdown(self, limit: int | None = 30) -> str:
        """One section per label (at most ``limit`` errors each), then the confusion table."""
        parts: list[str] = []
        for label, items in self.by_label.items():
            parts.append(f"### {label} ({len(items)} errors)\n")
            rows = []
            for item in items[:limit] if limit else items:
                value = ""
                if item.gold_value is not None or item.pred_value is not None:
                    value = f"gold {item.gold_value} / pred {item.pred_value}"
                rows.append([item.doc_id, item.side, item.error, item.text, item.other or "", value,
                             item.source or "", item.context])
            parts.append(markdown_table(["doc", "side", "error", "text", "other", "value", "source", "context"], rows))
            if limit and len(items) > limit:
                parts.append(f"\n… {len(items) - limit} more")
            parts.append("")
        if self.confusion:
            preds = sorted({p for row in self.confusion.values() for p in row})
            rows = [[g] + [self.confusion[g].get(p, 0) for p in preds] for g in self.confusion]
            parts.append("### Label confusion (gold ↓, predicted →)\n")
            parts.append(markdown_table(["gold \\ pred", *preds], rows))
        return "\n".join(parts).strip() + "\n"


@dataclass
class Report:
    """Scores of one system against one gold set (see docs/schema.md, Scoring).

    Tables map a label to its :class:`Counts`; :meth:`micro` sums a table.

    >>> from vn_crimeie.evaluation import evaluate
    >>> gold = [{"id": "d", "text": "Đại tá Lê Văn A dự họp.", "entities": [
    ...     {"id": "e1", "start": 0, "end": 6, "label": "RANK"}, {"id": "e2", "start": 7, "end": 15, "label": "PERSON"}]}]
    >>> pred = [{"id": "d", "text": "Đại tá Lê Văn A dự họp.", "entities": [{"id": "p1", "start": 0, "end": 6, "label": "RANK"}]}]
    >>> report = evaluate(gold, predictions=pred)
    >>> report.documents, report.entities_strict["PERSON"], Report.micro(report.entities_strict).recall
    (1, Counts(tp=0, fp=0, fn=1), 0.5)
    """

    system: str = "vn_crimeie"
    documents: int = 0
    entities_strict: dict[str, Counts] = field(default_factory=dict)
    entities_partial: dict[str, Counts] = field(default_factory=dict)
    values: dict[str, ValueCounts] = field(default_factory=dict)
    relations_strict: dict[str, Counts] = field(default_factory=dict)
    relations_relaxed: dict[str, Counts] = field(default_factory=dict)
    missing_predictions: list[str] = field(default_factory=list)
    unpaired_predictions: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    items: list[ErrorItem] = field(default_factory=list)
    views: Any = None  # a ViewScores when the gold documents carry statistics or people

    TABLES = ("entities_strict", "entities_partial", "relations_strict", "relations_relaxed")

    @staticmethod
    def micro(table: Mapping[str, Counts]) -> Counts:
        """The micro-average: counts summed over every label of ``table``.

        >>> Report.micro({"RANK": Counts(1, 0, 1), "ORG": Counts(2, 2, 0)})
        Counts(tp=3, fp=2, fn=1)
        """
        total = Counts()
        for counts in table.values():
            total += counts
        return total

    def table(self, name: str) -> dict[str, Counts]:
        """One of the four tables by name, labels in docs/schema.md order."""
        if name not in self.TABLES:
            raise KeyError(f"unknown table {name!r}; expected one of {self.TABLES}")
        data: dict[str, Counts] = getattr(self, name)
        order = LABELS if name.startswith("entities") else tuple(RELATION_TYPES)
        return {k: data[k] for k in _ordered(data, order)}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready scores: every table per label plus ``micro``, value accuracy, bookkeeping."""
        out: dict[str, Any] = {"system": self.system, "documents": self.documents}
        for name in self.TABLES:
            table = {k: v.to_dict() for k, v in self.table(name).items()}
            table["micro"] = self.micro(getattr(self, name)).to_dict()
            out[name] = table
        out["values"] = {k: v.to_dict() for k, v in self.values.items()}
        out["missing_predictions"] = list(self.missing_predictions)
        out["unpaired_predictions"] = list(self.unpaired_predictions)
        out["problems"] = list(self.problems)
        if self.views is not None:
            out["views"] = self.views.to_dict()
        return out

    def rows(self) -> list[dict[str, Any]]:
        """Long-format rows: one per (table, label) plus ``micro``, and one per value label."""
        rows: list[dict[str, Any]] = []
        for name in self.TABLES:
            kind, mode = name.split("_")
            for label, counts in [*self.table(name).items(), ("micro", self.micro(getattr(self, name)))]:
                rows.append({"system": self.system, "kind": kind, "mode": mode, "label": label, **counts.to_dict()})
        for label, vc in self.values.items():
            rows.append({"system": self.system, "kind": "values", "mode": "accuracy", "label": label, **vc.to_dict()})
        return rows

    def to_dataframe(self) -> Any:
        """The :meth:`rows` as a ``pandas.DataFrame`` (install the ``notebooks`` extra for pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Report.to_dataframe() needs pandas: pip install 'vn-crimeie[notebooks]'") from exc
        return pd.DataFrame(self.rows())

    def to_markdown(self) -> str:
        """Markdown tables: entities strict and partial, value accuracy, relations strict and relaxed."""
        header = ["label", "P", "R", "F1", "TP", "FP", "FN"]
        parts = [f"## {self.system}: {self.documents} documents\n"]
        titles = {
            "entities_strict": "Entities, strict",
            "entities_partial": "Entities, partial",
            "relations_strict": "Relations, strict",
            "relations_relaxed": "Relations, relaxed",
        }
        for name in self.TABLES:
            rows = []
            table = self.table(name)
            for label, c in [*table.items(), ("**micro**", self.micro(table))]:
                rows.append([label, c.precision, c.recall, c.f1, c.tp, c.fp, c.fn])
            parts.append(f"### {titles[name]}\n\n{markdown_table(header, rows)}\n")
            if name == "entities_partial" and self.values:
                vrows = [[k, v.accuracy, v.correct, v.matched] for k, v in self.values.items()]
                parts.append(
                    "### Value accuracy (strictly matched)\n\n"
                    + markdown_table(["label", "accuracy", "correct", "matched"], vrows)
                    + "\n"
                )
        if self.views is not None:
            parts.append(self.views.to_markdown())
        if self.missing_predictions:
            parts.append(f"No prediction for {len(self.missing_predictions)} gold documents: "
                         + ", ".join(self.missing_predictions) + "\n")
        if self.problems:
            parts.append("Problems:\n\n" + "\n".join(f"- {p}" for p in self.problems) + "\n")
        return "\n".join(parts)

    def errors(self, kind: str | None = None) -> ErrorAnalysis:
        """False positives and negatives (of ``kind`` ``entity``/``value``/``relation``, or all) by label.

        Entity items are grouped by the label of the side that is wrong (gold
        label for a miss, predicted label for a false positive); relation items
        are grouped as ``relation:<LABEL>``.
        """
        groups: dict[str, list[ErrorItem]] = defaultdict(list)
        confusion: dict[str, dict[str, int]] = defaultdict(dict)
        for item in self.items:
            if kind is not None and item.kind != kind:
                continue
            key = item.label if item.kind != "relation" else f"relation:{item.label}"
            groups[key].append(item)
            if item.kind == "entity" and item.error == "label" and item.side == "FN":
                assert item.gold_label is not None and item.pred_label is not None
                row = confusion[item.gold_label]
                row[item.pred_label] = row.get(item.pred_label, 0) + 1
        order = [*LABELS, *(f"relation:{r}" for r in RELATION_TYPES)]
        by_label = {k: groups[k] for k in _ordered(groups, order)}
        return ErrorAnalysis(by_label, {g: dict(confusion[g]) for g in _ordered(confusion, LABELS)})
