"""Amounts with their units: ``parse_quantity`` and the unit vocabulary of ``lang/vi/units.yaml``.

>>> parse_quantity("10.000 USD").to_dict()
{'value': 10000, 'unit': 'USD'}
>>> unit_of("tấn")
't'
"""

from __future__ import annotations

from .grammar import Quantity, parse_quantity
from .units import to_base_units, unit_of

__all__ = ["Quantity", "parse_quantity", "to_base_units", "unit_of"]
