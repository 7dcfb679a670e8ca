"""Evaluation of vn_crimeie (or any tool) against gold documents in the docs/schema.md form.

- :func:`evaluate`: gold file or documents in, :class:`Report` out; runs
  ``vn_crimeie.extract`` (or a loaded pipeline) unless predictions are given.
- :mod:`.scorer`: the scoring of docs/schema.md (strict/partial entities, values, relations).
- :mod:`.report`: tables, Markdown, JSON, DataFrame, error analysis.
- :mod:`.validate`: corpus file checks naming file and line.
- :mod:`.formats`: Label Studio, doccano, BRAT, CoNLL BIO and spaCy DocBin.

>>> gold = [{"id": "d1", "text": "Chiều 13/3, Bộ Công an họp.", "entities": [
...     {"id": "e1", "start": 0, "end": 10, "label": "DATE", "value": {"type": "TIME", "value": "2024-03-13TAF"}},
...     {"id": "e2", "start": 12, "end": 22, "label": "ORG"}]}]
>>> pred = [{"id": "d1", "text": "Chiều 13/3, Bộ Công an họp.", "entities": [
...     {"id": "p1", "start": 0, "end": 10, "label": "DATE", "value": {"type": "TIME", "value": "2024-03-13TAF"}}]}]
>>> report = evaluate(gold, predictions=pred)
>>> report.entities_strict["ORG"], report.values["DATE"].accuracy
(Counts(tp=0, fp=0, fn=1), 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .report import Counts, ErrorAnalysis, ErrorItem, Report, ValueCounts
from .scorer import score
from .validate import Fault, check_documents, read_documents, validate_file

__all__ = [
    "evaluate",
    "load_documents",
    "predict",
    "score",
    "Report",
    "Counts",
    "ValueCounts",
    "ErrorItem",
    "ErrorAnalysis",
    "Fault",
    "validate_file",
    "spacy_examples",
]

Source = str | Path | Iterable[Mapping[str, Any]]


def load_documents(source: Source, name: str = "<documents>") -> tuple[list[dict[str, Any]], list[Fault]]:
    """Documents of a JSONL file or an iterable, without those with fatal faults, and every fault.

    >>> docs, faults = load_documents([{"id": "a", "text": "Hà Nội"}, {"text": "thiếu id"}])
    >>> [d["id"] for d in docs], [str(f) for f in faults]
    (['a'], ["<documents>:2: document has no 'id' (string)"])
    """
    if isinstance(source, (str, Path)):
        pairs, faults = read_documents(source)
    else:
        pairs, faults = check_documents(enumerate(source, 1), name)
    return [dict(doc) for _, doc in pairs], faults


def predict(doc: Mapping[str, Any], nlp: Any = None) -> dict[str, Any]:
    """Run vn_crimeie on one gold document's text and return the prediction as a docs/schema.md dict.

    Besides entities and relations it carries the views to score: ``statistics``
    (every row, :meth:`Document.statistics` with ``all=True``) and ``people``
    (records with their mentions' offsets and role).

    Without ``nlp`` this calls ``vn_crimeie.extract(text, dateline=...)``; with a
    loaded pipeline (``vn_crimeie.load()``) it runs the text through it, anchored
    to the document's dateline.

    >>> pred = predict({"id": "d1", "text": "Đại tá Lê Văn A dự họp.", "dateline": "2024-03-13"})
    >>> pred["id"], [(e["label"], e["text"]) for e in pred["entities"]][:1]
    ('d1', [('RANK', 'Đại tá')])
    """
    from ..document import Document
    from ..pipeline import extract, make_doc
    from ..pipeline import document_from_doc

    text, dateline = doc["text"], doc.get("dateline")
    if nlp is None:
        result = extract(text, dateline=dateline)
    else:
        from spacy.language import Language

        if not isinstance(nlp, Language):
            raise TypeError(f"nlp must be a spaCy pipeline (vn_crimeie.load()), not {type(nlp).__name__}")
        result = document_from_doc(nlp(make_doc(nlp, text, dateline)))
    out = result.to_dict()
    out["id"] = doc["id"]
    out["statistics"] = result.statistics(all=True)
    out["people"] = [
        {"name": p["name"], "role": p["role"], "mentions": [{"start": s, "end": e} for s, e in p["mentions"]]}
        for p in result.people()
    ]
    return out


def evaluate(
    gold: Source,
    nlp: Any = None,
    predictions: Source | None = None,
    *,
    system: str = "vn_crimeie",
) -> Report:
    """Score vn_crimeie (or ``predictions``) against ``gold`` (a JSONL path or documents).

    Broken gold lines are reported in ``Report.problems`` with file and line and
    skipped; the rest is scored.  Predictions with fatal faults are skipped the
    same way, so their gold documents count as missed.

    >>> report = evaluate([{"id": "d", "text": "Thiếu tướng Vũ Thanh Chương dự hội nghị.", "dateline": "2024-03-13",
    ...     "entities": [{"id": "e1", "start": 0, "end": 11, "label": "RANK", "text": "Thiếu tướng"}]}])
    >>> report.entities_strict["RANK"]
    Counts(tp=1, fp=0, fn=0)
    """
    gold_name = str(gold) if isinstance(gold, (str, Path)) else "<gold>"
    gold_docs, gold_faults = load_documents(gold, gold_name)
    problems = [f"gold {f}" for f in gold_faults if f.fatal]
    if predictions is None:
        pred_docs = [predict(doc, nlp) for doc in gold_docs]
    else:
        pred_name = str(predictions) if isinstance(predictions, (str, Path)) else "<predictions>"
        pred_docs, pred_faults = load_documents(predictions, pred_name)
        problems += [f"prediction {f}" for f in pred_faults if f.fatal]
    return score(gold_docs, pred_docs, system=system, problems=problems)


def spacy_examples(gold: Source, nlp: Any) -> list[Any]:
    """spaCy ``Example`` objects for ``nlp.evaluate()``: our tokenisation against gold entities.

    >>> import vn_crimeie
    >>> nlp = vn_crimeie.load()
    >>> gold = [{"id": "d", "text": "Đại tá Lê Văn A dự họp.", "dateline": None,
    ...          "entities": [{"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"}]}]
    >>> nlp.evaluate(spacy_examples(gold, nlp))["ents_per_type"]["RANK"]["f"]
    1.0
    """
    from spacy.training import Example

    from ..pipeline import make_doc
    from .formats.spacy_docbin import to_spacy

    docs, _ = load_documents(gold)
    return [Example(make_doc(nlp, d["text"], d.get("dateline")), to_spacy(d, nlp.vocab)) for d in docs]
