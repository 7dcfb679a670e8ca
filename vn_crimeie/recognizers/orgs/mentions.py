"""Rules on what surrounds an organisation found: where it may start, its remit, officers named by a force.

* :func:`opens_here`: an organisation starts at a word, not in a street's or a place's name;
* rule *remit*: ``phòng, chống`` + an offence belongs to the unit's name;
* rule *actor body*: ``Trung ương`` after ``của`` is an organisation;
* rule *term*: a term of office belongs to the body's name (``Quốc hội khóa XV``);
* rule *officers*: a bare force that names officers (``2 CSGT bị thương``) is dropped;
* rule *bracket name*: a short name in brackets after an organisation is an ORG of its own.
"""

from __future__ import annotations

import regex

from ...lexicon import fold
from ..locations import gazetteer
from ..abbreviation_table import abbreviation_table
from .context import OrgContext
from .continuations import remit_subject
from .police import parents
from .proper_names import person_like
from .tables import WORD_AFTER, WORD_BEFORE, rule_words, tables

__all__ = ["actor_bodies", "after_street", "bracket_name", "officers", "opens_here", "remit", "term"]

#: a short capitalised name in brackets, perhaps numbered: " (Urenco 2)", " (Vinaconex)"
_BRACKET_NAME = regex.compile(r" \((\p{Lu}[\p{L}\p{M}\p{N}]*(?:\.\p{Lu}[\p{L}\p{M}\p{N}]*)?(?: [\p{Lu}\d][\p{L}\p{M}\p{N}]*){0,2})\)")


def opens_here(ctx: OrgContext, pos: int) -> bool:
    """Whether an organisation may start at ``pos``: a word start outside a street's or a place's name.

    >>> ctx = OrgContext.of("Xe chạy trên đường Trường Chinh tới Tây Ban Nha")
    >>> opens_here(ctx, 19), opens_here(ctx, 40)
    (False, False)
    """
    text = ctx.text
    if pos > 0 and text[pos - 1].isalnum():
        return False
    if ctx.credited and any(start > pos and not text[pos:start].strip().count(" ") for start in ctx.credited if start - pos < 14):
        return False  # "Tờ New Straits Times": the press head of a credited medium stays outside, as in lower case
    return not after_street(text, pos) and pos not in ctx.inside_names


def after_street(text: str, pos: int) -> bool:
    """A name right after ``đường``/``phố`` is a street ("đường Trường Chinh"), not an organisation.

    >>> after_street("Nhà ở đường Trường Chinh", 12), after_street("Ở Trường Chinh", 2)
    (True, False)
    """
    m = WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1) in tables().street_words


def actor_bodies(text: str) -> list[tuple[int, int]]:
    """Rule *actor body*: the spans of a name of ``actor_bodies`` after an actor cue (``của Trung ương``).

    >>> t = "Thực hiện chỉ đạo của Trung ương, từ Trung ương đến địa phương"
    >>> [t[s:e] for s, e in actor_bodies(t)]
    ['Trung ương']
    """
    return [m.span() for m in rule_words().actor_body.finditer(text)]


def term(ctx: OrgContext, end: int) -> int:
    """Rule *term*: ``khóa`` and the number of a term of office after a body belong to its name.

    >>> ctx = OrgContext.of("Quốc hội khóa XV đã thông qua luật")
    >>> ctx.text[: term(ctx, 8)], term(ctx, 5)
    ('Quốc hội khóa XV', 5)
    """
    m = rule_words().term.match(ctx.text, end)
    return m.end() if m is not None else end


def remit(ctx: OrgContext, end: int) -> int:
    """Rule *remit*: ``phòng, chống`` + an offence or a subject after a unit belongs to its name.

    ``Lực lượng an ninh mạng, phòng, chống tội phạm sử dụng công nghệ cao``; the
    offence is a CRIME candidate of the same text or a subject of ``remit_subjects``
    (:func:`~.continuations.remit_subject`).

    >>> ctx = OrgContext.of("Đội CSGT, phòng, chống buôn lậu đã ra quân")
    >>> ctx.text[: remit(ctx, 8)]
    'Đội CSGT, phòng, chống buôn lậu'
    """
    m = rule_words().remit.match(ctx.text, end)
    if m is None:
        return end
    stop = remit_subject(ctx, m.end())
    return parents(ctx, stop) if stop is not None else end


def officers(ctx: OrgContext, start: int, end: int) -> bool:
    """Rule *officers*: a bare force that names officers, not the force (``2 CSGT bị thương``, ``vụ CSGT bị xe chèn``).

    A number or a person word before it (``người CSGT``), or a passive ``bị`` after it.
    The annotation guide keeps a force named without a unit an ORG (``CSGT``,
    ``lực lượng CSGT``) where it stands for the force, also after a rank.

    >>> ctx = OrgContext.of("Vụ tai nạn khiến 2 CSGT bị thương; Thượng úy CSGT bị thương")
    >>> officers(ctx, 19, 23), officers(ctx, 45, 49)
    (True, False)
    """
    text = ctx.text
    if not _bare_force(ctx, start, end):
        return False
    t = tables()
    m = WORD_BEFORE.search(text, max(0, start - 30), start)
    prev = m.group(1) if m else ""
    if prev[:1].isdigit() or fold(prev) in t.officer_before:
        return True
    if fold(prev) in t.member_before:
        return False  # "Thượng úy CSGT bị …", "chiến sĩ CSGT bị …": the officer's force
    after = WORD_AFTER.match(text, end)
    return after is not None and fold(after.group(1)) in t.officer_after


def _bare_force(ctx: OrgContext, start: int, end: int) -> bool:
    """``text[start:end]`` is a force alone: its short form (``CSGT``) or its unit name (``Cảnh sát giao thông``)."""
    span = ctx.text[start:end]
    forces = rule_words().officer_forces
    row = abbreviation_table().get(span)
    if row is not None and row.label == "ORG" and fold(row.expansion).startswith(forces):
        return True
    return start in ctx.units and fold(span).startswith(forces) and ctx.units[start][0][0] == end


def bracket_name(ctx: OrgContext, end: int) -> tuple[int, int] | None:
    """Rule *bracket name*: a short name in brackets right after an organisation, not a place or a person.

    The annotation guide makes a code or name in brackets after a name an ORG of its own.

    >>> ctx = OrgContext.of("nhân viên Công ty Môi trường đô thị (Urenco 2) cho biết; Bệnh viện Bạch Mai (Hà Nội)")
    >>> bracket_name(OrgContext.of("Cty Xây lắp Kinh Bắc (PVC.KBC) và"), 20)
    (22, 29)
    >>> start, stop = bracket_name(ctx, 35)
    >>> ctx.text[start:stop], bracket_name(ctx, ctx.text.index(" (Hà"))
    ('Urenco 2', None)
    """
    m = _BRACKET_NAME.match(ctx.text, end)
    if m is None or m.group(1) in gazetteer() or m.start(1) in ctx.places or person_like(ctx.text, m.start(1)):
        return None
    if any(m.start(1) in found for found in (ctx.codes, ctx.abbr, ctx.fixed, ctx.media, ctx.foreign)):
        return None  # "(PC47)", "(C02)": found as an organisation of its own
    row = abbreviation_table().get(m.group(1))
    if row is not None and row.label != "ORG" or _vietnamese_name(m.group(1)):
        return None  # "(ATGT)": a term; "(Uông Bí)", "(Lê Văn Tám)": a place or a person
    return m.start(1), m.end(1)


def _vietnamese_name(name: str) -> bool:
    """Two or more capitalised syllables with a Vietnamese letter: a place's or a person's name, not a company's.

    >>> _vietnamese_name("Uông Bí"), _vietnamese_name("Saigon Tourist"), _vietnamese_name("Urenco 2")
    (True, False, False)
    """
    words = name.split(" ")
    return len(words) > 1 and not name.isascii() and all(w[:1].isupper() and w[1:].islower() for w in words)
