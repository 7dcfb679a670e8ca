"""Validate corpus files (docs/schema.md documents, one per line) and name every fault by file and line.

A fault is *fatal* when the document cannot be scored at all (not JSON, no
``text``, offsets outside the text or not matching ``entity.text``, dangling
relation arguments); the evaluator skips such documents and reports them.  The
other faults (overlapping entities, a wrong label pair, a malformed value) make
the file invalid as a corpus but still let it be scored.  A gold file
(``gold=True``, the default of :func:`validate_file`) must also give every
DATE and NUMBER its value (docs/annotation-guide.md §4).

>>> doc = {"id": "d1", "text": "Đại tá Lê Văn A", "entities": [
...     {"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
...     {"id": "e2", "start": 7, "end": 15, "label": "PERSON", "text": "Lê Văn A"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}]}
>>> check_document(doc)
[]
>>> doc["relations"][0]["label"] = "RANK_OF"
>>> [f.message for f in check_document(doc)]
["relation 1: unknown label 'RANK_OF'"]
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..candidates import LABELS, RELATION_TYPES
from .jsonl import iter_jsonl, source_name

__all__ = ["Fault", "check_document", "check_documents", "validate_file", "validate_documents", "read_documents"]

DATE_TYPES = frozenset({"TIME", "DATE", "INTERVAL", "DURATION", "SET"})
COMPARATORS = frozenset({">", ">=", "<", "<=", "~"})
RANK_GRADES = frozenset({"general", "field", "company", "nco", "enlisted"})
EXPANSION_LABELS = frozenset({"ORG", "CRIME", "TERM"})
VALUELESS_LABELS = frozenset({"PERSON", "TITLE", "LOC", "VENUE"})
GOLD_VALUE_LABELS = frozenset({"DATE", "NUMBER"})
_DATELINE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?")


@dataclass(frozen=True)
class Fault:
    """One problem of one line of a corpus file.

    >>> str(Fault("corpus/dev.jsonl", 3, "entity e2: offsets outside the text", fatal=True))
    'corpus/dev.jsonl:3: entity e2: offsets outside the text'
    """

    file: str
    line: int
    message: str
    fatal: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _value_faults(label: str, value: Any) -> list[str]:
    """Messages for a malformed ``value`` of an entity with ``label`` (absent values are fine)."""
    if value is None:
        return []
    if not isinstance(value, dict):
        return [f"value must be an object, not {type(value).__name__}"]
    out: list[str] = []
    if label == "DATE":
        if value.get("type") not in DATE_TYPES:
            out.append(f"DATE value type {value.get('type')!r} is not one of {sorted(DATE_TYPES)}")
        if not isinstance(value.get("value"), str) or not value.get("value"):
            out.append("DATE value needs a non-empty string 'value'")
    elif label == "NUMBER":
        if not _is_number(value.get("value")):
            out.append(f"NUMBER value {value.get('value')!r} is not a number")
        if "comparator" in value and value["comparator"] is not None and value["comparator"] not in COMPARATORS:
            out.append(f"NUMBER comparator {value['comparator']!r} is not one of {sorted(COMPARATORS)}")
    elif label == "RANK":
        if not isinstance(value.get("rank"), str):
            out.append("RANK value needs a string 'rank'")
        if value.get("grade") not in RANK_GRADES:
            out.append(f"RANK grade {value.get('grade')!r} is not one of {sorted(RANK_GRADES)}")
        order = value.get("order")
        if not isinstance(order, int) or isinstance(order, bool) or order < 1:
            out.append(f"RANK order {order!r} is not a positive integer")
    elif label == "DOCUMENT":
        if not isinstance(value.get("kind"), str) or not value.get("kind"):
            out.append("DOCUMENT value needs a string 'kind'")
        for key in ("number", "code", "article"):
            if key in value and not isinstance(value[key], str):
                out.append(f"DOCUMENT {key!r} must be a string")
    elif label in EXPANSION_LABELS:
        if not isinstance(value.get("expansion"), str) or not value.get("expansion"):
            out.append(f"{label} value needs a non-empty string 'expansion'")
    elif label == "MEASURE" and value and not _measure_value_ok(value):
        out.append("MEASURE value holds a string 'unit', and for a physical unit a string 'base' and a number 'factor'")
    elif label in VALUELESS_LABELS and value:
        out.append(f"{label} entities carry no value")
    return out


def _measure_value_ok(value: dict[str, Any]) -> bool:
    """A MEASURE value: ``{"unit"}`` (money) or ``{"unit", "base", "factor"}`` (SCHEMA v1.2).

    >>> _measure_value_ok({"unit": "g", "base": "kg", "factor": 0.001}), _measure_value_ok({"unit": "g", "base": "kg"})
    (True, False)
    """
    if set(value) not in ({"unit"}, {"unit", "base", "factor"}) or not isinstance(value["unit"], str):
        return False
    if "base" not in value:
        return True
    factor = value["factor"]
    return isinstance(value["base"], str) and isinstance(factor, (int, float)) and not isinstance(factor, bool) and factor > 0


def _rank_faults(surface: str, value: Any) -> list[str]:
    """Messages when a RANK ``value`` disagrees with the library's rank table for ``surface``.

    >>> _rank_faults("thiếu úy", {"rank": "Thiếu úy", "grade": "company", "order": 1})
    []
    >>> _rank_faults("Đại tá", {"rank": "Đại tá", "grade": "field", "order": 3})
    ["RANK value {'rank': 'Đại tá', 'grade': 'field', 'order': 3} disagrees with the rank table: {'rank': 'Đại tá', 'grade': 'field', 'order': 4}"]
    """
    if not isinstance(value, dict):
        return []
    from ..recognizers.ranks import rank_table

    table = {unicodedata.normalize("NFC", k).casefold(): v for k, v in rank_table().items()}
    expected = table.get(unicodedata.normalize("NFC", surface).casefold())
    if expected is None:
        return [f"RANK {surface!r} is not in the rank table, so its value cannot be checked"]
    if any(value.get(k) != expected[k] for k in ("rank", "grade", "order")):
        return [f"RANK value {value!r} disagrees with the rank table: {dict(expected)!r}"]
    return []


# Reports one fault of the document being checked: ``add_fault(message, fatal=False)``.
_AddFault = Callable[..., None]


def _is_document_id(value: Any) -> bool:
    """Whether ``value`` can be a document id: a non-empty string or an integer (not a bool).

    >>> _is_document_id("vnexpress-001"), _is_document_id(7), _is_document_id(""), _is_document_id(True)
    (True, True, False, False)
    """
    return isinstance(value, (str, int)) and not isinstance(value, bool) and value != ""


def _check_header(doc: Any, add_fault: _AddFault) -> str | None:
    """Check a document's own fields (object, ``id``, ``text``, ``dateline``); its text, None when unusable."""
    if not isinstance(doc, dict):
        add_fault(f"a document must be a JSON object, not {type(doc).__name__}", fatal=True)
        return None
    if not _is_document_id(doc.get("id")):
        add_fault("document has no 'id' (string)", fatal=True)
    text = doc.get("text")
    if not isinstance(text, str):
        add_fault("document has no 'text' (string)", fatal=True)
        return None
    dateline = doc.get("dateline")
    if dateline is not None and (not isinstance(dateline, str) or not _DATELINE.fullmatch(dateline)):
        add_fault(f"dateline {dateline!r} is not ISO 8601 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'")
    return text


def _list_field(doc: dict[str, Any], key: str, add_fault: _AddFault) -> list[Any]:
    """The list ``doc[key]`` (empty when absent); a fatal fault, and an empty list, when it is not a list."""
    items = doc.get(key, [])
    if not isinstance(items, list):
        add_fault(f"{key!r} must be a list", fatal=True)
        return []
    return items


def _usable_offsets(start: Any, end: Any, text: str) -> bool:
    """Whether ``start`` and ``end`` are integers giving a non-empty span inside ``text``.

    >>> _usable_offsets(0, 6, "Hà Nội"), _usable_offsets(0, 7, "Hà Nội"), _usable_offsets(2, 2, "Hà Nội")
    (True, False, False)
    """
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and not isinstance(start, bool)
        and not isinstance(end, bool)
        and 0 <= start < end <= len(text)
    )


def _check_entity_span(ent: dict[str, Any], name: str, text: str, add_fault: _AddFault) -> tuple[int, int] | None:
    """Check an entity's offsets against ``text`` and its ``text``; its ``(start, end)``, None when unusable."""
    start, end = ent.get("start"), ent.get("end")
    if not _usable_offsets(start, end, text):
        add_fault(f"{name}: offsets [{start!r}, {end!r}) outside the text of length {len(text)}", fatal=True)
        return None
    surface = text[start:end]
    if "text" in ent and surface != ent["text"]:
        add_fault(f"{name}: text[{start}:{end}] is {surface!r} but entity text is {ent['text']!r}", fatal=True)
    elif surface != surface.strip():
        add_fault(f"{name}: span {surface!r} starts or ends with whitespace")
    return start, end


def _entity_value_messages(label: Any, value: Any, surface: str | None, gold: bool) -> list[str]:
    """Messages for an entity's ``value``: its form, a RANK's agreement with the rank table, a gold value's absence.

    >>> _entity_value_messages("NUMBER", {"value": "hai mươi"}, "hai mươi", gold=False)
    ["NUMBER value 'hai mươi' is not a number"]
    >>> _entity_value_messages("DATE", None, "hôm qua", gold=True)
    ['a gold DATE needs a value']
    """
    messages = _value_faults(str(label), value)
    if label == "RANK" and value is not None and surface is not None:
        messages += _rank_faults(surface, value)
    if gold and label in GOLD_VALUE_LABELS and value is None:
        messages.append(f"a gold {label} needs a value")
    return messages


def _check_entities(
    entities: list[Any], text: str, add_fault: _AddFault, gold: bool
) -> tuple[dict[str, str], list[tuple[int, int, str]]]:
    """Check each entity; the label of each entity id and the ``(start, end, id)`` of each usable span."""
    labels: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for i, ent in enumerate(entities, 1):
        if not isinstance(ent, dict):
            add_fault(f"entity {i}: must be an object", fatal=True)
            continue
        eid, label = ent.get("id"), ent.get("label")
        name = f"entity {eid}" if eid is not None else f"entity {i}"
        if not isinstance(eid, str) or not eid:
            add_fault(f"{name}: needs a string 'id'")
        elif eid in labels:
            add_fault(f"{name}: duplicate entity id", fatal=True)
        if label not in LABELS:
            add_fault(f"{name}: unknown label {label!r}")
        span = _check_entity_span(ent, name, text, add_fault)
        if span is not None:
            spans.append((*span, str(eid)))
        surface = text[span[0]:span[1]] if span is not None else None
        for message in _entity_value_messages(label, ent.get("value"), surface, gold):
            add_fault(f"{name}: {message}")
        if isinstance(eid, str) and eid not in labels:
            labels[eid] = str(label)
    return labels, spans


def _check_overlaps(spans: list[tuple[int, int, str]], add_fault: _AddFault) -> None:
    """A fault for each pair of neighbouring ``(start, end, id)`` spans that overlap (in text order)."""
    spans = sorted(spans)
    for (s1, e1, id1), (s2, e2, id2) in zip(spans, spans[1:]):
        if s2 < e1:
            add_fault(f"entities {id1} [{s1}, {e1}) and {id2} [{s2}, {e2}) overlap")


def _check_relations(relations: list[Any], labels: dict[str, str], add_fault: _AddFault) -> None:
    """Check each relation: its arguments are entity ids, its label is known and fits their labels, no repeats."""
    seen: set[tuple[Any, Any, Any]] = set()
    for i, rel in enumerate(relations, 1):
        name = f"relation {i}"
        if not isinstance(rel, dict):
            add_fault(f"{name}: must be an object", fatal=True)
            continue
        label, head, tail = rel.get("label"), rel.get("head"), rel.get("tail")
        if head not in labels or tail not in labels:
            missing = [x for x in (head, tail) if x not in labels]
            add_fault(f"{name}: argument {missing[0]!r} is not an entity id of this document", fatal=True)
            continue
        if label not in RELATION_TYPES:
            add_fault(f"{name}: unknown label {label!r}")
            continue
        heads, tails = RELATION_TYPES[label]
        if labels[head] not in heads or labels[tail] not in tails:
            add_fault(
                f"{name}: {label} cannot link {labels[head]} {head} → {labels[tail]} {tail} "
                f"(allowed {sorted(heads)} → {sorted(tails)})"
            )
        if head == tail:
            add_fault(f"{name}: {label} links {head} to itself")
        if (label, head, tail) in seen:
            add_fault(f"{name}: duplicate of an earlier {label}({head}, {tail})")
        seen.add((label, head, tail))


def check_document(doc: Any, file: str = "<document>", line: int = 0, *, gold: bool = False) -> list[Fault]:
    """Every fault of one document (a parsed line of a corpus file).

    With ``gold=True`` the document is held to the corpus rules too: every DATE
    and NUMBER carries a value.

    >>> [str(f) for f in check_document({"id": "x", "text": "Hà Nội",
    ...     "entities": [{"id": "e1", "start": 0, "end": 3, "label": "LOC", "text": "Hà Nội"}]}, "f.jsonl", 2)]
    ["f.jsonl:2: entity e1: text[0:3] is 'Hà ' but entity text is 'Hà Nội'"]
    >>> doc = {"id": "y", "text": "hơn 20 đối tượng",
    ...     "entities": [{"id": "e1", "start": 0, "end": 6, "label": "NUMBER", "text": "hơn 20"}]}
    >>> check_document(doc), [f.message for f in check_document(doc, gold=True)]
    ([], ['entity e1: a gold NUMBER needs a value'])
    """
    faults: list[Fault] = []

    def add_fault(message: str, fatal: bool = False) -> None:
        faults.append(Fault(file, line, message, fatal))

    text = _check_header(doc, add_fault)
    if text is None:
        return faults
    entities = _list_field(doc, "entities", add_fault)
    relations = _list_field(doc, "relations", add_fault)
    labels, spans = _check_entities(entities, text, add_fault, gold)
    _check_overlaps(spans, add_fault)
    _check_relations(relations, labels, add_fault)
    return faults


def check_documents(
    items: Iterable[tuple[int, Any]], name: str = "<documents>", *, gold: bool = False
) -> tuple[list[tuple[int, dict[str, Any]]], list[Fault]]:
    """Check ``(line, parsed object)`` pairs: the scorable ``(line, document)`` pairs and every fault.

    An object may be the :class:`json.JSONDecodeError` of a line that is not
    JSON.  Documents with a fatal fault, or with an id already used, are left
    out of the first list.  ``gold=True`` adds the corpus rules of :func:`check_document`.

    >>> docs, faults = check_documents(enumerate([{"id": "a", "text": "Hà Nội"}, {"id": "a", "text": "Huế"}], 1))
    >>> [n for n, _ in docs], [str(f) for f in faults]
    ([1], ["<documents>:2: id 'a' already used on line 1"])
    """
    docs: list[tuple[int, dict[str, Any]]] = []
    faults: list[Fault] = []
    ids: dict[Any, int] = {}
    for lineno, obj in items:
        if isinstance(obj, json.JSONDecodeError):
            faults.append(Fault(name, lineno, f"not valid JSON: {obj.msg} (column {obj.colno})", fatal=True))
            continue
        found = check_document(obj, name, lineno, gold=gold)
        faults.extend(found)
        if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int)):
            if obj["id"] in ids:
                faults.append(Fault(name, lineno, f"id {obj['id']!r} already used on line {ids[obj['id']]}", fatal=True))
                continue
            ids[obj["id"]] = lineno
        if not any(f.fatal for f in found):
            docs.append((lineno, obj))
    return docs, faults


def read_documents(
    source: str | Path | IO[str], *, gold: bool = False
) -> tuple[list[tuple[int, dict[str, Any]]], list[Fault]]:
    """Parse and check a corpus file: the scorable ``(line, document)`` pairs and every fault.

    Documents with a fatal fault (or a repeated id) are left out of the first list.
    ``gold=True`` adds the corpus rules of :func:`check_document`.

    >>> import io
    >>> docs, faults = read_documents(io.StringIO('{"id": "a", "text": "Hà Nội"}\\n{"id": "a"'))
    >>> [n for n, _ in docs]
    [1]
    >>> print(faults[0])
    <stream>:2: not valid JSON: Expecting ',' delimiter (column 11)
    """
    return check_documents(iter_jsonl(source), source_name(source), gold=gold)


def validate_file(path: str | Path | IO[str], *, gold: bool = True) -> list[Fault]:
    """Every fault of a corpus JSONL file, each naming the file and line.

    A corpus file is gold, so the corpus rules apply unless ``gold=False``
    (for a file of predictions).

    >>> import io
    >>> validate_file(io.StringIO('{"id": "a", "text": "Hà Nội", "entities": []}'))
    []
    """
    return read_documents(path, gold=gold)[1]


def validate_documents(docs: Iterable[dict[str, Any]], name: str = "<documents>", *, gold: bool = False) -> list[Fault]:
    """Faults of in-memory documents; ``line`` is the 1-based position in ``docs``.

    >>> [str(f) for f in validate_documents([{"id": "a", "text": ""}, {"id": "a", "text": ""}])]
    ["<documents>:2: id 'a' already used on line 1"]
    """
    return check_documents(enumerate(docs, 1), name, gold=gold)[1]
