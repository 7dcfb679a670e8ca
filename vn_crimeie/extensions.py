"""Custom spaCy attributes of vn_crimeie, declared as data and installed once.

- ``Span._.value``: the normalised value of an entity (RANK, DATE, NUMBER, …)
- ``Span._.source``: the recogniser that proposed it
- ``Doc._.relations``: relations as dicts ``{"label", "head", "tail", "evidence"}``,
  each argument ``{"start", "end", "label"}`` in character offsets of ``doc.text``
- ``Doc._.dateline``: the ISO date/time the document is anchored to, or ``None``
- ``Doc._.dateline_detected``: whether that dateline was found in the text
- ``Doc._.warnings``: what the reader should know (``no-diacritics``, ``not-vietnamese``)

>>> install_extensions()
>>> from spacy.tokens import Doc
>>> Doc.has_extension("relations")
True
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

__all__ = ["install_extensions", "EXTENSIONS"]

#: (class, name, default) for every extension attribute.
EXTENSIONS: tuple[tuple[type, str, Any], ...] = (
    (Span, "value", None),
    (Span, "source", None),
    (Doc, "relations", None),
    (Doc, "dateline", None),
    (Doc, "dateline_detected", False),
    (Doc, "warnings", None),
)


def install_extensions() -> None:
    """Declare the attributes above (idempotent)."""
    for cls, name, default in EXTENSIONS:
        if not cls.has_extension(name):
            cls.set_extension(name, default=default)
