"""vn_crimeie: structured facts from Vietnamese police and crime news.

>>> import vn_crimeie
>>> doc = vn_crimeie.extract("Chiều 13/3, Đại tướng Tô Lâm dự hội nghị.", dateline="2024-03-13T18:02")
>>> [e.text for e in doc.entities if e.label == "RANK"]
['Đại tướng']
"""

from __future__ import annotations

from .candidates import LABELS, RELATION_TYPES
from .document import Document, Entity, Relation
from .normalize import normalize
from .pipeline import extract, extract_many, load, make_doc

__version__ = "0.1.0"

__all__ = [
    "LABELS",
    "RELATION_TYPES",
    "Document",
    "Entity",
    "Relation",
    "extract",
    "extract_many",
    "load",
    "make_doc",
    "normalize",
    "__version__",
]
