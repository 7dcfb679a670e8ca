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

from .candidates import LABELS, RELATION_TYPES
from .dates import DateValue, detect_dateline, parse_date
from .document import Document, Entity, Relation
from .evaluation import Report, evaluate
from .normalize import normalize
from .numbers import NumberValue, parse_number
from .pipeline import extract, extract_many, load, make_doc

__version__ = "0.1.0"

__all__ = [
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
    "Relation",
    "extract",
    "extract_many",
    "load",
    "make_doc",
    "normalize",
    "__version__",
]
