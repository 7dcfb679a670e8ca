"""The spaCy pipeline: registered factories, ``load()`` and ``extract()``.

>>> import vn_crimeie
>>> nlp = vn_crimeie.load()
>>> doc = nlp("Đại tướng Tô Lâm dự hội nghị.")
>>> [(e.text, e.label_) for e in doc.ents if e.label_ == "RANK"]
[('Đại tướng', 'RANK')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from spacy.util import registry

from .analysis import Analysis, analyse, reanchor
from .dates.spec import check_prefer
from .candidates import Candidate
from .chunks import chunk_spans, join_documents
from .datelines import format_dateline, parse_dateline
from .document import Document, Entity, Relation
from .extensions import install_extensions
from .msgpack_registries import cache_msgpack_registries
from .recognizers import RECOGNIZERS
from .relations import relations_in
from .resolve import resolve
from .tokenizer import VnTokenizer, attached_analysis, create_tokenizer, doc_text, drop_analysis  # noqa: F401

__all__ = ["load", "extract", "make_doc", "document_from_doc", "SPAN_KEY", "PIPE_NAMES"]


def __getattr__(name: str) -> Any:
    if name == "extract_many":  # the batch engine (vn_crimeie.batch) is the one place it lives
        from .batch import extract_many

        return extract_many
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: The span group that holds every candidate.
SPAN_KEY = "vn_crimeie"
#: The components of the default pipeline, in order.
PIPE_NAMES = ("vn_crimeie_entities", "vn_crimeie_resolver", "vn_crimeie_relations")

DEFAULT_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "vn_crimeie.Tokenizer.v1"}}}


def _requested_dateline(doc: Doc) -> datetime | None:
    """The dateline the caller gave for ``doc``: ``doc._.dateline`` (unless detected) or an
    ``as_tuples`` context ``{"dateline": …}`` of ``nlp.pipe``."""
    if doc._.dateline and not doc._.dateline_detected:
        return parse_dateline(doc._.dateline)[0]
    context = getattr(doc, "_context", None)
    if isinstance(context, dict) and context.get("dateline") is not None:
        return parse_dateline(context["dateline"])[0]
    return None


def doc_analysis(doc: Doc, recognizers: Sequence[str] | None = None) -> Analysis:
    """The Analysis of ``doc``: the one its tokenizer attached, anchored to the dateline asked for,
    or (a Doc from another tokenizer or rebuilt from bytes) a new one."""
    requested = _requested_dateline(doc)
    analysis = attached_analysis(doc)
    if analysis is None or (recognizers and not set(recognizers) <= set(analysis.results)):
        prefer = analysis.settings.get("prefer") if analysis is not None else None
        return analyse(doc_text(doc), requested, recognizers, prefer=prefer)
    if requested is not None and (analysis.detected_dateline or analysis.dateline != requested):
        return reanchor(analysis, requested)
    return analysis


def _char_span(doc: Doc, analysis: Analysis, cand: Candidate) -> Span | None:
    start, end = analysis.norm.to_original(cand.start, cand.end)
    span = doc.char_span(start, end, label=cand.label, alignment_mode="strict")
    if span is None:  # a tokenizer other than ours: take the tokens the span touches
        span = doc.char_span(start, end, label=cand.label, alignment_mode="expand")
    return span


class EntityRecognizer:
    """Puts every recogniser's candidates in ``doc.spans["vn_crimeie"]``."""

    def __init__(self, nlp: Language, name: str, recognizers: Sequence[str] | None = None) -> None:
        install_extensions()
        self.name = name
        if recognizers:
            unknown = [r for r in recognizers if r not in RECOGNIZERS]
            if unknown:
                raise ValueError(f"unknown recognisers {unknown}; known: {sorted(RECOGNIZERS)}")
        self.recognizers = tuple(recognizers) if recognizers else None

    def __call__(self, doc: Doc) -> Doc:
        analysis = doc_analysis(doc, self.recognizers)
        doc._.warnings = list(analysis.warnings) or None
        if doc._.dateline is None and analysis.dateline is not None:
            doc._.dateline = format_dateline(analysis.dateline)
            doc._.dateline_detected = True
        spans: list[Span] = []
        meta: list[dict[str, Any]] = []
        found = analysis.candidates_of(self.recognizers) if self.recognizers else analysis.candidates
        for cand in sorted(found, key=lambda c: (c.start, c.end, c.label)):
            span = _char_span(doc, analysis, cand)
            if span is None:
                continue
            spans.append(span)
            meta.append({"value": cand.value, "source": cand.source, "priority": cand.priority})
        group = SpanGroup(doc, name=SPAN_KEY, spans=spans, attrs={"meta": meta})
        doc.spans[SPAN_KEY] = group
        return doc


#: A resolution policy: overlapping candidates in, flat candidates (in text order) out.
Policy = Callable[[Iterable[Candidate]], list[Candidate]]


@registry.misc("vn_crimeie.priority_policy.v1")
def priority_policy() -> Policy:
    """The default policy, :func:`vn_crimeie.resolve.resolve` (priority, then length, then maximal spans)."""
    return resolve


class Resolver:
    """Chooses flat ``doc.ents`` among the candidates and sets ``Span._.value``.

    ``policy`` decides among overlapping candidates (as ``span_ruler`` takes an
    ``ents_filter``): any registered function returning a :data:`Policy`.
    """

    def __init__(self, nlp: Language, name: str, policy: Policy = resolve) -> None:
        install_extensions()
        self.name = name
        self.policy = policy

    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
        """spaCy's entity scores (``ents_p``, ``ents_r``, ``ents_f``, ``ents_per_type``) for ``nlp.evaluate``."""
        from spacy.scorer import get_ner_prf

        return get_ner_prf(examples, **kwargs)

    def __call__(self, doc: Doc) -> Doc:
        group = doc.spans.get(SPAN_KEY)
        if group is None:
            return doc
        meta = [m or {} for m in group.attrs.get("meta") or []]
        meta += [{}] * (len(group) - len(meta))
        cands = [
            Candidate(span.start, span.end, span.label_, None, m.get("source") or "", m.get("priority") or 0)
            for span, m in zip(group, meta)
        ]
        index = {c: i for i, c in enumerate(cands)}
        ents = []
        for cand in self.policy(cands):
            m = meta[index[cand]]
            span = Span(doc, cand.start, cand.end, label=cand.label)
            ext = span._
            ext.value = m.get("value")
            ext.source = m.get("source")
            ents.append(span)
        doc.set_ents(ents, default="outside")  # what ``doc.ents = ents`` does, without making each Span again
        return doc


class RelationExtractor:
    """Fills ``Doc._.relations`` from the resolved entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        install_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        analysis = attached_analysis(doc)
        if analysis is None:  # relations need the text, sentences and definitions, not the candidates
            analysis = analyse(doc.text, None, ())
        drop_analysis(doc)  # the last component that reads it: the Doc goes on without it
        ents = list(doc.ents)
        spans = [(e.start_char, e.end_char, e.label_) for e in ents]
        found = relations_in(analysis.norm, spans, analysis.segmentation.sentences, analysis.definitions())
        doc._.relations = [
            {
                "label": rel.label,
                "head": {"start": ents[rel.head].start_char, "end": ents[rel.head].end_char, "label": ents[rel.head].label_},
                "tail": {"start": ents[rel.tail].start_char, "end": ents[rel.tail].end_char, "label": ents[rel.tail].label_},
                "evidence": {"start": rel.evidence[0], "end": rel.evidence[1]},
            }
            for rel in found
        ]
        return doc


@Language.factory("vn_crimeie_entities", default_config={"recognizers": None}, assigns=["doc.spans"])
def make_entity_recognizer(nlp: Language, name: str, recognizers: list[str] | None) -> EntityRecognizer:
    """Factory of the candidate component (``nlp.add_pipe("vn_crimeie_entities")``)."""
    return EntityRecognizer(nlp, name, recognizers)


@Language.factory(
    "vn_crimeie_resolver",
    default_config={"policy": {"@misc": "vn_crimeie.priority_policy.v1"}},
    assigns=["doc.ents", "span._.value", "span._.source"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_resolver(nlp: Language, name: str, policy: Policy) -> Resolver:
    """Factory of the resolver (``nlp.add_pipe("vn_crimeie_resolver", config={"policy": …})``)."""
    return Resolver(nlp, name, policy)


@Language.factory("vn_crimeie_relations", assigns=["doc._.relations"])
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    """Factory of the relation component (``nlp.add_pipe("vn_crimeie_relations")``)."""
    return RelationExtractor(nlp, name)


def load(prefer: str | None = None) -> Language:
    """A new vn_crimeie pipeline (``spacy.Language``, ``lang="vi"``).

    ``prefer`` (``"past"``, ``"future"``, ``"nearest"``) is which way ambiguous
    dates resolve; it is the tokenizer's setting in the pipeline's config
    (``[nlp.tokenizer] prefer``). News leans to the past by default.

    >>> load().pipe_names
    ['vn_crimeie_entities', 'vn_crimeie_resolver', 'vn_crimeie_relations']
    """
    install_extensions()
    cache_msgpack_registries()  # Docs shipped between processes (nlp.pipe(n_process=N)) cost 3× less
    config = DEFAULT_CONFIG if prefer is None else {"nlp": {"tokenizer": {**DEFAULT_CONFIG["nlp"]["tokenizer"], "prefer": prefer}}}
    nlp = spacy.blank("vi", config=config)
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


def make_doc(
    nlp: Language, text: str, dateline: datetime | date | str | None = None, prefer: str | None = None
) -> Doc:
    """A tokenised ``Doc`` anchored to ``dateline`` (ready for ``nlp(doc)``).

    >>> nlp = load()
    >>> doc = nlp(make_doc(nlp, "Chiều 13/3, Đại tá Lê Văn A dự họp.", dateline="2024-03-13T18:02"))
    >>> doc._.dateline, [(e.text, e._.value["value"]) for e in doc.ents if e.label_ == "DATE"]
    ('2024-03-13T18:02', [('Chiều 13/3', '2024-03-13TAF')])
    """
    _check_text(text)
    _, iso = parse_dateline(dateline)
    if len(text) > nlp.max_length:
        raise ValueError(
            f"text of {len(text):,} characters is longer than nlp.max_length ({nlp.max_length:,}); "
            "split it or raise nlp.max_length"
        )
    if isinstance(nlp.tokenizer, VnTokenizer):
        doc = nlp.tokenizer.tokenize(text, parse_dateline(iso)[0] if iso is not None else None, prefer)
    else:
        doc = nlp.make_doc(text)
    if iso is not None:
        doc._.dateline = iso
    return doc


def extract(
    text: str,
    dateline: datetime | date | str | None = None,
    *,
    id: str | None = None,
    nlp: Language | None = None,
    chunk_size: int | None = None,
    prefer: str | None = None,
) -> Document:
    """Extract entities and relations from one Vietnamese news text, of any length.

    ``dateline`` (datetime, date or date string, see :func:`vn_crimeie.datelines.parse_dateline`)
    anchors relative and year-less dates; without it a publication stamp at the
    top of the article is used.  A text longer than ``chunk_size`` (default:
    ``nlp.max_length``) is read in paragraph-aligned chunks (:mod:`vn_crimeie.chunks`):
    offsets still point into the whole text; relations stay within a chunk.
    ``prefer`` (``"past"``, ``"future"``, ``"nearest"``) is which way an ambiguous
    date resolves (default: the pipeline's setting, past-leaning for news).

    >>> doc = extract("Thiếu tướng Vũ Thanh Chương dự hội nghị.", dateline="2024-03-13")
    >>> [(e.label, e.text) for e in doc.entities][:1]
    [('RANK', 'Thiếu tướng')]
    >>> long = extract("Đại tá Lê Văn A dự họp.\\nThượng tá Hà Văn B dự họp.", chunk_size=30)
    >>> [(e.text, e.start) for e in long.by_label("RANK")]
    [('Đại tá', 0), ('Thượng tá', 24)]
    """
    _check_text(text)
    _, iso = parse_dateline(dateline)
    if prefer is not None:
        check_prefer(prefer)
    if not text.strip():
        return Document(text, [], [], iso, id)
    nlp = nlp or _default_nlp()
    size = chunk_size if chunk_size is not None else nlp.max_length
    if len(text) > size:
        return _extract_in_chunks(nlp, text, iso, id, size, prefer)
    doc = nlp(make_doc(nlp, text, dateline, prefer))
    return document_from_doc(doc, id=id, text=text)


def _extract_in_chunks(
    nlp: Language, text: str, iso: str | None, id: str | None, size: int, prefer: str | None = None
) -> Document:
    """:func:`extract` of a long text, chunk by chunk (the first chunk's stamp anchors the rest)."""
    parts = []
    for start, end in chunk_spans(text, size):
        piece = text[start:end]
        part = document_from_doc(nlp(make_doc(nlp, piece, iso, prefer)), text=piece) if piece.strip() else None
        if part is not None:
            iso = iso or part.dateline
            parts.append((start, part))
    return join_documents(text, parts, iso, id)


def document_from_doc(doc: Doc, id: str | None = None, text: str | None = None) -> Document:
    """The Document of a spaCy ``Doc`` processed by the vn_crimeie pipeline.

    ``text``, when the caller has it, spares rebuilding ``doc.text`` token by token.

    >>> nlp = load()
    >>> document_from_doc(nlp("Đại tá Lê Văn A dự họp.")).entities[0].text
    'Đại tá'
    """
    install_extensions()
    text = doc_text(doc) if text is None else text
    entities: list[Entity] = []
    by_span: dict[tuple[int, int], str] = {}
    for i, span in enumerate(doc.ents, 1):
        start, end = span.start_char, span.end_char
        ent = Entity(f"e{i}", start, end, span.label_, text[start:end], span._.value, span._.source)
        entities.append(ent)
        by_span[(ent.start, ent.end)] = ent.id
    relations: list[Relation] = []
    for rel in doc._.relations or []:
        head = by_span.get((rel["head"]["start"], rel["head"]["end"]))
        tail = by_span.get((rel["tail"]["start"], rel["tail"]["end"]))
        if head is not None and tail is not None:
            ev = rel.get("evidence")
            relations.append(Relation(rel["label"], head, tail, (ev["start"], ev["end"]) if ev else None))
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    return Document(text, entities, relations, doc._.dateline, id, sentences, warnings=list(doc._.warnings or []))
