"""vn_crimeie: structured facts from Vietnamese police and crime news.

>>> import vn_crimeie
>>> doc = vn_crimeie.extract("Chiều 13/3, Đại tướng Tô Lâm dự hội nghị.", dateline="2024-03-13T18:02")
>>> [e.text for e in doc.entities if e.label == "RANK"]
['Đại tướng']
>>> vn_crimeie.parse_date("Chiều 13/3", dateline="2024-03-13T18:02").value
'2024-03-13TAF'
>>> vn_crimeie.parse_number("trên 2,2 nghìn").to_dict()
{'value': 2200, 'comparator': '>'}
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .candidates import LABELS, RELATION_TYPES
from .dates import DateValue, detect_dateline, parse_date
from .display import COLORS, render
from .document import Document, Entity, Relation
from .normalize import normalize
from .numbers import NumberValue, parse_number
from .quantities import Quantity, parse_quantity

if TYPE_CHECKING:  # pragma: no cover
    from .evaluation import Report, evaluate
    from .batch import extract_many
    from .pipeline import document_from_doc, extract, load, make_doc

__version__ = "0.1.0"

# Names whose modules import spaCy: loaded on first use, so that ``import vn_crimeie``,
# ``parse_date`` and ``parse_number`` do not pay for spaCy (about 1.6 s).
_LAZY = {
    "extract": "pipeline",
    "extract_many": "batch",
    "load": "pipeline",
    "make_doc": "pipeline",
    "document_from_doc": "pipeline",
    "Report": "evaluation",
    "evaluate": "evaluation",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "COLORS",
    "LABELS",
    "RELATION_TYPES",
    "DateValue",
    "Document",
    "Entity",
    "NumberValue",
    "Report",
    "detect_dateline",
    "evaluate",
    "parse_date",
    "parse_number",
    "Quantity", "parse_quantity",
    "Relation",
    "extract",
    "extract_many",
    "load",
    "make_doc",
    "document_from_doc",
    "normalize",
    "render",
    "__version__",
]
