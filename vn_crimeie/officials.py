"""The officials view: one record per person named in a document.

The mentions of one person are merged across the document
(:func:`vn_crimeie.relations.mentions.merge_names`: the full name, a later
given-name-only mention, the same official introduced twice) and the relations
of every mention are gathered into one record::

    {"name": "Vũ Thanh Chương", "ranks": ["Thiếu tướng"],
     "titles": [{"title": "Giám đốc", "org": "CATP"}], "orgs": ["CATP"],
     "venues": ["điểm cầu Hải Phòng"], "crimes": [], "mentions": [(start, end), …]}

``orgs`` holds the organisations of the person's posts and those they are a
member of; ``mentions`` the ``(start, end)`` spans of the names in the
document's text.  :func:`officials_rows` flattens the records for pandas.

>>> from vn_crimeie.document import Document
>>> doc = Document.from_dict({"id": "d", "text": "Đại tá Lê Văn An chủ trì. Đại tá An phát biểu.",
...     "entities": [{"id": "e1", "start": 0, "end": 6, "label": "RANK", "text": "Đại tá"},
...                  {"id": "e2", "start": 7, "end": 16, "label": "PERSON", "text": "Lê Văn An"},
...                  {"id": "e3", "start": 26, "end": 32, "label": "RANK", "text": "Đại tá"},
...                  {"id": "e4", "start": 33, "end": 35, "label": "PERSON", "text": "An"}],
...     "relations": [{"label": "HAS_RANK", "head": "e2", "tail": "e1"}, {"label": "HAS_RANK", "head": "e4", "tail": "e3"}]})
>>> [(o["name"], o["ranks"], o["mentions"]) for o in officials(doc)]
[('Lê Văn An', ['Đại tá'], [(7, 16), (33, 35)])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

from .relations.mentions import merge_names, name_key

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document, Entity

__all__ = ["officials", "officials_rows", "person_records"]


def _display(text: str) -> str:
    """``text`` with single spaces and a capital first letter (``thượng úy`` → ``Thượng úy``)."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _rank(ent: Entity) -> str:
    value = ent.value if isinstance(ent.value, dict) else {}
    rank = value.get("rank")
    return rank if isinstance(rank, str) and rank else _display(ent.text)


def _add(items: list[str], item: str | None) -> None:
    if item and item.casefold() not in {x.casefold() for x in items}:
        items.append(item)


#: a company's board written right after a post ("Chủ tịch HĐQT Oceanbank"): the post is the board's
_BOARD = regex.compile(r" (HĐQT|[Hh]ội đồng quản trị)(?![\p{L}\p{M}])")


def _board_after(text: str, end: int) -> str:
    """`` HĐQT`` when a company's board follows a post ending at ``end``, else ``""``.

    >>> _board_after("Chủ tịch HĐQT Oceanbank", 8), _board_after("Chủ tịch UBND", 8)
    (' HĐQT', '')
    """
    m = _BOARD.match(text, end)
    return f" {m.group(1)}" if m else ""


def _posts(posts: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    """Each post once; a post written without its unit is dropped when it is also written with one."""
    with_org = {t.casefold() for t, o in posts if o}
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for title, org in posts:
        key = (title.casefold(), (org or "").casefold())
        if key in seen or (org is None and title.casefold() in with_org):
            continue
        seen.add(key)
        out.append({"title": title, "org": org})
    return out


def officials(document: Document) -> list[dict[str, Any]]:
    """One record per official of ``document`` (role ``official``, :mod:`vn_crimeie.people`), in order of first mention.

    Keys: ``name`` (the fullest form), ``ranks``, ``titles`` (``{"title", "org"}``,
    ``org`` None when the text names none), ``orgs``, ``venues``, ``crimes``,
    ``mentions`` (``(start, end)`` of each name).

    >>> import vn_crimeie
    >>> doc = vn_crimeie.extract("Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự hội nghị. Ông Chương phát biểu.")
    >>> rec = officials(doc)[0]
    >>> rec["name"], rec["ranks"], rec["titles"], len(rec["mentions"])
    ('Vũ Thanh Chương', ['Thiếu tướng'], [{'title': 'Giám đốc', 'org': 'CATP'}], 2)
    """
    from .people import people

    return [{k: v for k, v in rec.items() if k != "role"} for rec in people(document) if rec["role"] == "official"]


#: The PERSON rule that finds a nickname given after a name ("Trần Cao Thái (biệt danh Thái Mèo)").
NICKNAME_SOURCE = "persons.nickname"


def _joined(text: str, people: list[Entity], groups: list[list[int]]) -> list[list[int]]:
    """``groups`` (indices of ``people``, text order) with each nickname's group joined to the person named before
    it, and a surname said alone after ``họ`` ("thiếu gia họ Trương") joined to the one person of that surname.

    >>> from vn_crimeie.document import Entity
    >>> people = [Entity("e1", 0, 13, "PERSON", "Trần Cao Thái"), Entity("e2", 26, 34, "PERSON", "Thái Mèo", source="persons.nickname"),
    ...           Entity("e3", 40, 48, "PERSON", "Thái Mèo")]
    >>> _joined("", people, [[0], [1, 2]])
    [[0, 1, 2]]
    >>> t = "Trương Hằng kiện. Thiếu gia họ Trương phải bồi thường."
    >>> _joined(t, [Entity("e1", 0, 11, "PERSON", "Trương Hằng"), Entity("e2", 31, 37, "PERSON", "Trương")], [[0], [1]])
    [[0, 1]]
    """
    owner = {i: g for g, group in enumerate(groups) for i in group}
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            g = parent[g]
        return g

    for i, person in enumerate(people):
        if person.source == NICKNAME_SOURCE and i > 0:
            parent[root(owner[i])] = root(owner[i - 1])
    # "Hoàng" after the nickname "Hoàng Béo": the name of a nickname of two words, said alone
    firsts = {p.text.split()[0]: i for i, p in enumerate(people) if p.source == NICKNAME_SOURCE and len(p.text.split()) == 2}
    for i, person in enumerate(people):
        k = firsts.get(person.text)
        if k is not None and k < i:
            parent[root(owner[i])] = root(owner[k])
    for i, person in enumerate(people):
        if " " in person.text or text[max(0, person.start - 3) : person.start] != "họ ":
            continue
        holders = {root(owner[k]) for k, p in enumerate(people) if " " in p.text and p.text.split()[0] == person.text}
        if len(holders) == 1 and (g := holders.pop()) != root(owner[i]):
            parent[root(owner[i])] = g
    merged: dict[int, list[int]] = {}
    for g, group in enumerate(groups):
        merged.setdefault(root(g), []).extend(group)
    return sorted((sorted(group) for group in merged.values()), key=lambda group: group[0])


def person_records(document: Document) -> list[dict[str, Any]]:
    """One record per person of ``document`` (any role), with ``members_of``: the units they belong to."""
    people = sorted(document.by_label("PERSON"), key=lambda e: (e.start, e.end))
    if not people:
        return []
    index = {e.id: e for e in document.entities}
    out_of: dict[tuple[str, str], list[str]] = {}
    for rel in document.relations:
        out_of.setdefault((rel.label, rel.head), []).append(rel.tail)
    records = []
    for group in _joined(document.text, people, merge_names([p.text for p in people])):
        mentions = [people[i] for i in group]
        name = max(mentions, key=lambda e: (len(name_key(e.text)), -e.start)).text
        rec: dict[str, Any] = {
            "name": " ".join(name.split()),
            "ranks": [],
            "titles": [],
            "orgs": [],
            "venues": [],
            "crimes": [],
            "mentions": [(e.start, e.end) for e in mentions],
        }
        posts: list[tuple[str, str | None]] = []
        member_of: list[str] = []
        for m in mentions:
            for tail in out_of.get(("HAS_RANK", m.id), []):
                _add(rec["ranks"], _rank(index[tail]))
            for tail in out_of.get(("HAS_TITLE", m.id), []):
                title = _display(index[tail].text) + _board_after(document.text, index[tail].end)
                orgs = [" ".join(index[o].text.split()) for o in out_of.get(("TITLE_OF", tail), [])]
                posts += [(title, org) for org in orgs or [None]]
            for tail in out_of.get(("MEMBER_OF", m.id), []):
                _add(member_of, " ".join(index[tail].text.split()))
            for tail in out_of.get(("PRESENT_AT", m.id), []):
                _add(rec["venues"], " ".join(index[tail].text.split()))
            for tail in out_of.get(("CHARGED_WITH", m.id), []):
                _add(rec["crimes"], " ".join(index[tail].text.split()))
        rec["titles"] = _posts(posts)
        for org in [p["org"] for p in rec["titles"]] + member_of:
            _add(rec["orgs"], org)
        rec["members_of"] = member_of
        records.append(rec)
    records.sort(key=lambda r: r["mentions"][0])
    return records


def officials_rows(document: Document) -> list[dict[str, Any]]:
    """:func:`officials` as flat rows (strings and numbers only), ready for ``pandas.DataFrame``.

    Lists are joined with ``"; "``; a post with its unit reads ``"Giám đốc (CATP)"``.

    >>> import vn_crimeie
    >>> officials_rows(vn_crimeie.extract("Đại tá Lê Văn An, Trưởng Công an huyện Kỳ Sơn dự hội nghị."))[0]["titles"]
    'Trưởng (Công an huyện Kỳ Sơn)'
    """
    rows = []
    for rec in officials(document):
        rows.append(
            {
                "document": document.id,
                "name": rec["name"],
                "ranks": "; ".join(rec["ranks"]),
                "titles": "; ".join(f"{t['title']} ({t['org']})" if t["org"] else t["title"] for t in rec["titles"]),
                "orgs": "; ".join(rec["orgs"]),
                "venues": "; ".join(rec["venues"]),
                "crimes": "; ".join(rec["crimes"]),
                "first_mention": rec["mentions"][0][0],
                "mentions": len(rec["mentions"]),
            }
        )
    return rows
