"""Vietnamese numbers: grammar and normaliser (``parse_number``), measures, QUANTIFIES.

>>> parse_number("trên 2,2 nghìn").to_dict()
{'value': 2200, 'comparator': '>'}
"""

from __future__ import annotations

from .grammar import NumberMatch, NumberValue, scan
from .linking import quantifies
from .measures import MeasureFinder
from .spoken import parse_number

__all__ = ["NumberValue", "NumberMatch", "parse_number", "scan", "quantifies", "MeasureFinder"]
