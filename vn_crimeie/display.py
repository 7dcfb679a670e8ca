"""displaCy views with one colour per vn_crimeie label.

>>> import vn_crimeie
>>> html = render(vn_crimeie.extract("Đại tá Lê Văn A dự họp."), jupyter=False)
>>> "Đại tá" in html and "RANK" in html
True
"""

from __future__ import annotations

from typing import Any

from .document import Document

__all__ = ["COLORS", "render"]

#: A colour per entity label (displaCy ``options={"colors": COLORS}``).
COLORS: dict[str, str] = {
    "RANK": "#f6c28b",
    "TITLE": "#f9e07f",
    "PERSON": "#a6d8f0",
    "ORG": "#b7e4a5",
    "LOC": "#d7c4f2",
    "VENUE": "#f2b8d2",
    "DATE": "#9fe2d3",
    "NUMBER": "#e3e3e3",
    "MEASURE": "#cfd8dc",
    "DOCUMENT": "#ffd6a5",
    "CRIME": "#ff9b9b",
    "TERM": "#e6ee9c",
}


def _displacy_data(document: Document) -> dict[str, Any]:
    """What displaCy's ``parse_ents`` gives for the spaCy Doc of ``document`` (same markup)."""
    return {
        "text": document.text,
        "ents": [{"start": e.start, "end": e.end, "label": e.label} for e in document.entities],
        "title": document.id,
        "settings": {"lang": "vi", "direction": "ltr"},
    }


def render(doc: Any, *, jupyter: bool | None = None, page: bool = False, **options: Any) -> str:
    """displaCy entity markup for a spaCy ``Doc`` or a :class:`~vn_crimeie.Document`, or a list of either.

    In a notebook (``jupyter=None`` detects it) the view is displayed inline.
    """
    from spacy import displacy

    opts = {"colors": COLORS, **options}
    docs = doc if isinstance(doc, (list, tuple)) else [doc]
    if docs and all(isinstance(d, Document) for d in docs):
        data = [_displacy_data(d) for d in docs]
        return displacy.render(data, style="ent", manual=True, jupyter=jupyter, page=page, options=opts)
    return displacy.render(doc, style="ent", jupyter=jupyter, page=page, options=opts)
