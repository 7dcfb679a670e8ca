"""Vietnamese temporal expressions, normalised to TIMEX3 values against a dateline.

* :func:`parse_date` reads one expression (``Chiều 13/3``, ``3 năm qua``,
  ``quý I/2024``) and returns a :class:`DateValue` (``type``, ``value``,
  ``start``/``end``, ``quant``).
* :func:`detect_dateline` finds the publication stamp of an article.
* :func:`scan` (grammar) finds every expression of a text; the DATE
  recogniser (:mod:`vn_crimeie.recognizers.dates`) anchors them.  The named
  rules are in :mod:`~vn_crimeie.dates.rules` (patterns built from
  ``lang/vi/time_words.yaml`` and ``date_rules.yaml``), their productions in
  :mod:`~vn_crimeie.dates.productions`, the scanner in
  :mod:`~vn_crimeie.dates.scanner`.

Without a dateline unknown parts stay unknown (TIMEX3 placeholders):
``XXXX-03-13``, ``XXXX-XX-XXTMO``, ``XXXX-WXX-1``, and ``3 năm qua`` stays
``P3Y``.

>>> parse_date("2 tháng đầu năm 2024").to_dict()
{'type': 'INTERVAL', 'value': '2024-01/2024-02'}

``prefer`` (:data:`PREFERENCES`) resolves what the text leaves open, like
dateparser's ``PREFER_DATES_FROM``; news keeps ``nearest``:

>>> parse_date("thứ sáu", "2024-03-13", prefer="past").value
'2024-03-08'
"""

from .timex import PREFERENCES, DateValue, anchor
from .stamp import coerce_dateline, detect_dateline
from .grammar import DateMatch, scan
from .parse import parse_date

__all__ = ["PREFERENCES", "DateValue", "DateMatch", "parse_date", "detect_dateline", "coerce_dateline", "scan", "anchor"]
