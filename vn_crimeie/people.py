"""The people view: one record per person, each with the role the document gives them.

Roles (``role``): ``official`` (a rank, an official post or a unit the person
belongs to), ``lawyer``, ``suspect`` (charged with an offence, or named after
``đối tượng``, ``bị can`` …), ``defendant`` (named after ``bị cáo``, or
sentenced in the sentence that names them: ``bị tuyên phạt 45 năm tù``),
``victim`` (after ``nạn nhân``, or the object of ``sát hại``, ``lừa`` …),
``witness``, ``reporter`` (a byline, a name alone on one of the last lines,
or a photo credit: never a person of the story) and ``other``.  The cue words
are in ``lang/vi/person_roles.yaml``.  :func:`vn_crimeie.officials.officials`
keeps the officials only.

>>> import vn_crimeie
>>> doc = vn_crimeie.extract("Đại tá Lê Văn An chỉ đạo bắt đối tượng Trần Văn Bình. Nạn nhân là chị Hà Thị Cúc.")
>>> [(p["name"], p["role"]) for p in people(doc)]
[('Lê Văn An', 'official'), ('Trần Văn Bình', 'suspect'), ('Hà Thị Cúc', 'victim')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from .lexicon import fold, load_data, string_list

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

__all__ = ["people", "credit_before", "ROLES"]

ROLES = ("official", "lawyer", "suspect", "defendant", "victim", "witness", "reporter", "other")
_FILE = "person_roles.yaml"
_WORDS_BEFORE = regex.compile(r"([\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,6})[ ,:]*$")


@dataclass(frozen=True)
class _RoleWords:
    cues: tuple[tuple[str, frozenset[str]], ...]  # (role, cue phrases), in the order they are tried
    skip: frozenset[str]
    credit: regex.Pattern[str]  # a credit line's opening right before a name ("Ảnh: ")
    non_official_titles: frozenset[str]
    reporter_sources: frozenset[str]
    sentencing: frozenset[str]
    after: tuple[tuple[str, frozenset[str]], ...]  # (role, words right after a name)
    list_openers: frozenset[str]
    civil_org_heads: frozenset[str]
    company_heads: frozenset[str]
    expert_honorifics: frozenset[str]
    department_posts: frozenset[str]
    links: frozenset[str]  # phrases between a cue and the name ("được xác định là")
    forcing: frozenset[str]  # cues that mean "force to" before forcing_after ("bắt")
    list_opener_not_after: frozenset[str]  # "nhất là": no list
    noun_makers: frozenset[str]  # words that make the verb after them a noun ("vụ tấn công"): no role cue


@cache
def _role_words() -> _RoleWords:
    data = load_data(_FILE)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in string_list(data, key, _FILE))

    cues = tuple((role, words(f"{role}_cues")) for role in ("lawyer", "defendant", "suspect", "victim", "witness", "official"))
    openers = sorted(string_list(data, "reporter_cues", _FILE), key=len, reverse=True)
    # the opening, then maybe a news agency in capitals and a slash ("Ảnh: TTXVN/"), right before the name
    credit = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{'|'.join(regex.escape(w) for w in openers)}) ?: ?(?:\p{{Lu}}[\p{{Lu}}\d]{{1,9}}/ ?)?$")
    sources = frozenset(string_list(data, "reporter_sources", _FILE))
    after = (
        ("suspect", words("suspect_after")), ("victim", words("victim_after")), ("official", words("official_after")),
        ("witness", words("witness_after")),
    )
    return _RoleWords(
        cues, words("skip_words"), credit, words("non_official_titles"), sources, words("sentencing_words"),
        after, words("list_openers"), words("civil_org_heads"), words("company_heads"), words("expert_honorifics"),
        words("department_posts"),
        words("cue_links"), words("forcing_cues"), words("list_opener_not_after"), words("noun_makers"),
    )


def _words_before(text: str, start: int, reach: int) -> list[str]:
    """The folded words (at most seven) right before ``start``, within ``reach`` characters."""
    m = _WORDS_BEFORE.search(text, max(0, start - reach), start)
    return fold(m.group(1)).split() if m else []


_COUNTRY_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{M}])người )?(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}) $")


def _before_country(text: str, start: int) -> int:
    """Where the words before a name end once a nationality is left out (``nữ nghi phạm Việt Nam Đoàn Thị Hương``).

    >>> t = "Luật sư của nữ nghi phạm người Indonesia Siti Aisyah"
    >>> t[:_before_country(t, t.index("Siti"))]
    'Luật sư của nữ nghi phạm '
    """
    from .recognizers.locations import gazetteer

    m = _COUNTRY_BEFORE.search(text, max(0, start - 40), start)
    if m is None or gazetteer().get(m.group(1), ("", ""))[1] != "foreign":
        return start
    return m.start()


def _strip_links(words: list[str], table: _RoleWords) -> list[str]:
    """The words before a name without the skip words and linking phrases that end them (``được xác định là anh``).

    >>> _strip_links("nạn nhân được xác định là anh".split(), _role_words())
    ['nạn', 'nhân']
    """
    while words:
        if words[-1] in table.skip:
            words.pop()
            continue
        link = next((n for n in (3, 2) if " ".join(words[-n:]) in table.links), 0)
        if not link:
            break
        del words[-link:]
    return words


@cache
def _appositive() -> tuple[regex.Pattern[str], dict[str, str]]:
    roles = {fold(k): v for k, v in load_data(_FILE)["appositive_cues"].items()}
    words = "|".join(regex.escape(w) for w in sorted(roles, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])({words}) của [^.;!?\n,]{{1,90}}, (?:ông|bà|anh|chị) $"), roles  # the honorific marks the apposition


def _appositive_role(text: str, mentions: list[tuple[int, int]]) -> str | None:
    """The role named before ``của`` + whom it serves, the person after a comma (``luật sư của nghi phạm A, ông B``).

    >>> _appositive_role("Luật sư của nghi phạm Siti, ông Gooi Soon Seng, lên tiếng.", [(32, 46)])
    'lawyer'
    """
    pattern, roles = _appositive()
    for start, _end in mentions:
        m = pattern.search(text, max(0, start - 120), start)
        if m:
            return roles[fold(m.group(1))]
    return None


@cache
def _taken_from() -> regex.Pattern[str]:
    data = load_data(_FILE)
    verbs, honorifics = ("|".join(regex.escape(w) for w in sorted(string_list(data, key, _FILE), key=len, reverse=True))
                         for key in ("taking_verbs", "owner_honorifics"))
    # the verb, what was taken (no clause break; a decimal comma is none), "của", an optional honorific or a few
    # lower-case words that describe the owner ("của vợ chồng tài xế"), then the name
    return regex.compile(
        rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{verbs}) (?:[^.;!?\n,()]|(?<=\d)[.,](?=\d)){{1,60}} của "
        rf"(?:(?:{honorifics}) |(?-i:[\p{{Ll}}\p{{M}}]+) ){{0,4}}$"
    )


def _owner_of_taken(text: str, mentions: list[tuple[int, int]]) -> str | None:
    """``victim`` when a mention owns what a verb of taking took (``lừa 16,5 tỷ đồng của ông Cao Toàn Mỹ``).

    >>> _owner_of_taken("Nga bị cáo buộc lừa 16,5 tỷ đồng của ông Cao Toàn Mỹ.", [(41, 52)])
    'victim'
    >>> _owner_of_taken("Nga là vợ của ông Cao Toàn Mỹ.", [(18, 29)]) is None
    True
    >>> _owner_of_taken("Hai kẻ trộm tiền của vợ chồng tài xế Nguyễn Đình Tài.", [(37, 52)])
    'victim'
    """
    pattern = _taken_from()
    return "victim" if any(pattern.search(text, max(0, start - 90), start) for start, _ in mentions) else None


def _cue_tails(words: list[str]) -> set[str]:
    """The phrases ending ``words`` that may be a role cue: none right after a noun maker (``vụ tấn công``)."""
    makers = _role_words().noun_makers
    return {" ".join(words[i:]) for i in range(len(words)) if not (i and words[i - 1] in makers)}


def _cued_role(text: str, mentions: list[tuple[int, int]]) -> str | None:
    """The role a cue word right before one of the mentions gives (``đối tượng Trần Văn Bình``).

    >>> _cued_role("Công an bắt Lê Văn Tám.", [(12, 22)]), _cued_role("Chúng bắt anh Lê Văn Tám phải mở cửa.", [(14, 24)])
    ('suspect', None)
    """
    table = _role_words()
    for start, end in mentions:
        words = _strip_links(_words_before(text, _before_country(text, start), 60), table)  # a cue ends right before the name
        tails = _cue_tails(words)  # "vụ tấn công là Salman Abedi": the attack, no victim
        if words and words[-1] in table.forcing and _forced(text, end):
            tails.discard(words[-1])  # "bắt anh Bé phải mở cửa xe": forced to, not arrested
        for role, cues in table.cues:
            if tails & cues:
                return role
    return None


@cache
def _forcing_after() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in string_list(load_data(_FILE), "forcing_after", _FILE))
    return regex.compile(rf"\s+(?:{words})\s")


def _forced(text: str, end: int) -> bool:
    """After a forcing cue + a person, a word of ``forcing_after`` makes the cue "force to" (``bắt anh Bé phải …``)."""
    return _forcing_after().match(text, end) is not None


# Only ever matched at a name's end (never scanned): possessive, so a run of blanks is read once.
_AFTER_NAME = regex.compile(r"\s*+(?:\([^()]{0,80}\)\s*+)?,?\s*+((?:[\p{L}\p{M}]++\s*+){1,8})")
_ASPECT = ("đã", "cũng", "vừa", "đều", "sau đó", "liền")
_CLAUSE_BREAK = regex.compile(r"[!?;\n]|\.\s+(?=\p{Lu}[\p{Ll}\p{M}])")
_LIST_BREAK = regex.compile(r"[!?\n]|\.\s+(?=\p{Lu}[\p{Ll}\p{M}])")  # a list's items may be joined by ";"


def _role_after(words: str) -> str | None:
    """The role the words right after a name give (``bị bắt``: suspect, ``tử vong``: victim)."""
    for aspect in _ASPECT:
        if words.startswith(aspect + " "):
            words = words[len(aspect) + 1 :]
    for role, phrases in _role_words().after:
        if any(words == p or words.startswith(p + " ") for p in phrases):
            return role
    return None


def _cued_after(text: str, mentions: list[tuple[int, int]]) -> str | None:
    """The role words right after a mention give (``Lê Văn A (30 tuổi) đã bị bắt``), else a list's opener.

    >>> _cued_after("Nguyễn Văn Hải (SN 1990) đã bị bắt.", [(0, 14)]), _cued_after("Anh Lò Văn Tú tử vong.", [(4, 13)])
    ('suspect', 'victim')
    >>> _cued_after("4 học sinh bị bắt quả tang gồm: T.C.Đ. (sinh năm 2005), Đ.P.Đ.", [(32, 38), (56, 62)])
    'suspect'
    """
    for start, end in mentions:
        m = _AFTER_NAME.match(text, end, min(len(text), end + 120))
        role = _role_after(fold(" ".join(m.group(1).split()))) if m else None
        if role is None:
            role = _list_role(text, start)
        if role is not None:
            return role
    return None


def _list_role(text: str, start: int) -> str | None:
    """The role of a name in a list after ``gồm``/``là`` (items joined by commas or ``;``): what the clause
    before the opener says of the list, by a cue noun ending it (``4 bị cáo khác là: A; B``) or a deed.

    >>> _list_role("Ngoài ra 4 bị cáo khác là: Phạm Văn Ẩn; Phạm Đức Tú và Lê Ngọc Tuân.", 41)
    'defendant'
    """
    table = _role_words()
    lo = max(0, start - 200)
    breaks = [m.end() for m in _LIST_BREAK.finditer(text, lo, start)]
    clause = fold(text[breaks[-1] if breaks else lo : start])
    for opener in table.list_openers:
        at = clause.rfind(" " + opener + " ")
        at = at if at >= 0 else clause.rfind(" " + opener + ":")
        if at < 0 or clause[:at].rsplit(" ", 1)[-1] in table.list_opener_not_after:
            continue  # "nhất là sau khi GS Nguyễn Gia Bình …": "especially", no list
        words = _strip_links([w for w in regex.findall(r"\w+", clause[:at])], table)  # "bị cáo khác là", "nạn nhân được xác định gồm"
        tails = {t for t in _cue_tails(words) if len(t.split()) <= 4}
        for role, cues in table.cues:
            if tails & cues:
                return role
        before = " " + " ".join(words) + " "
        for role, phrases in table.after:
            if any(f" {p} " in before for p in phrases):
                return role
    return None


def credit_before(text: str, start: int) -> bool:
    """Whether ``text[start:]`` stands right after a credit line's opening (``Ảnh: Hoàng Minh Đức``).

    >>> credit_before("Hiện trường. Ảnh: Dân Việt", 18), credit_before("Công an bắt Dân", 12)
    (True, False)
    >>> credit_before("Hiện trường. Ảnh: TTXVN/Nguyễn Văn Hải", 24)
    True
    """
    return _role_words().credit.search(text, max(0, start - 30), start) is not None


def _credited(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether every mention stands right after a credit line's opening (``Ảnh: Hoàng Minh Đức``)."""
    return all(credit_before(text, start) for start, _end in mentions)


def _alone_on_a_last_line(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a mention fills a whole line among the last three lines, alone or among other names
    (a byline: ``…điều tra.\\nHoàng Lam``, ``Phan Lâm - Phạm Ngọc Triển - Đức Văn``).

    >>> t = "Vụ việc đang được điều tra.\\nHoàng Lam"
    >>> _alone_on_a_last_line(t, [(28, 37)]), _alone_on_a_last_line("Hoàng Lam nói.\\nHết", [(0, 9)])
    (True, False)
    >>> _alone_on_a_last_line("Hết.\\nPhan Lâm - Đức Văn", [(16, 23)])
    True
    """
    lines = [m for m in regex.finditer(r"[^\n]+", text) if m.group().strip()][-3:]
    for line in lines:
        parts = [p.strip(" \t.") for p in _BYLINE_SEPARATORS.split(line.group())]
        if len(parts) > 4 or not all(_NAME_LIKE.fullmatch(p) for p in parts if p):
            continue
        if any(line.start() <= s and e <= line.end() and text[s:e] in parts for s, e in mentions):
            return True
    return False


# A source credit closing the text: "Theo Nam Phương/Vnexpress", "Theo Minh Anh (VOV)", "CTV Lê Huy/VOV.VN"
# (a collaborator, cộng tác viên), "PV Hà An/TTXVN".
_SOURCE_CREDIT = regex.compile(r"(?:^|\s)(?:[Tt]heo|CTV|PV|NTV|BTV)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){1,3})\s*(?:/\s*\S{1,30}|\([^()\n]{1,40}\))\s*$")


def _closes_the_text(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a mention is the author's name that closes the text, in archive layout without line
    breaks too (``… báo giới. (còn nữa) Trịnh Ninh (tổng hợp)``, ``Theo Nam Phương/Vnexpress``).

    >>> t = "Vụ việc đang được điều tra. (còn nữa) Trịnh Ninh (tổng hợp)"
    >>> _closes_the_text(t, [(38, 48)]), _closes_the_text("Xem thêm. Theo Nam Phương/Vnexpress", [(15, 25)])
    (True, True)
    >>> _closes_the_text("Xử lý theo thẩm quyền./. CTV Lê Huy/VOV.VN", [(29, 35)])
    True
    >>> _closes_the_text("Ông Lê Văn Ba nói với Trịnh Ninh.", [(22, 32)])
    False
    >>> _closes_the_text("Nhóm côn đồ bỏ chạy. L.N - Phạm Đông", [(27, 36)])
    True
    """
    from .recognizers.persons.patterns import BYLINE, BYLINE_TAIL

    tail = max(0, len(text) - BYLINE_TAIL)
    found = [m for m in (BYLINE.search(text, tail), _SOURCE_CREDIT.search(text, tail)) if m]
    return any(m.start(g) <= s and e <= m.end(g) for m in found for g in _named_groups(m) for s, e in mentions)


def _glued_last_name(text: str, mentions: list[tuple[int, int]]) -> bool:
    """A name said once, that ends the text glued to its last sentence without a stop: the byline in archive
    layout (``… tòa tuyên bố được tại ngoại Nguyễn Tuấn``), unless a cue or honorific stands before it.

    >>> _glued_last_name("Phương Nga được tại ngoại Nguyễn Tuấn ", [(26, 37)])
    True
    >>> _glued_last_name("Công an đã bắt giữ anh Nguyễn Tuấn", [(23, 34)]), _glued_last_name("Ông Tuấn nói. Nguyễn Tuấn", [(14, 25)])
    (False, False)
    """
    if len(mentions) != 1 or text[mentions[0][1] :].strip():
        return False
    before = text[max(0, mentions[0][0] - 30) : mentions[0][0]]
    words = _words_before(text, mentions[0][0], 30)
    table = _role_words()
    cued = any(tails in cues for _, cues in table.cues for tails in (" ".join(words[i:]) for i in range(len(words))))
    return bool(regex.search(r"\p{Ll} $", before)) and not cued and (not words or words[-1] not in table.skip)


def _named_groups(m: regex.Match[str]) -> list[int]:
    """The groups of a byline match that hold a name: the first author, and the second after a dash (``L.N - Phạm Đông``)."""
    return [g for g in range(1, min(m.re.groups, 2) + 1) if m.start(g) >= 0]


_BYLINE_SEPARATORS = regex.compile(r"\s+[-–]\s+|,\s*|\s+và\s+")
_NAME_LIKE = regex.compile(r"\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,4}")


def _sentenced(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a sentencing word follows a mention in its sentence (``Cho Joo Bin bị tuyên phạt 45 năm tù``)."""
    words = _role_words().sentencing
    for _start, end in mentions:
        clause = regex.split(r"[.!?\n;]", text[end : end + 120], maxsplit=1)[0]
        folded = " " + " ".join(fold(clause).split()) + " "
        if any(f" {w} " in folded for w in words):
            return True
    return False


def _introduced_as_expert(text: str, mentions: list[tuple[int, int]], honorifics: frozenset[str]) -> bool:
    """Whether an academic or professional honorific stands right before a mention (``tiến sĩ Nguyễn Gia Bình``).

    >>> _introduced_as_expert("Theo tiến sĩ Nguyễn Gia Bình, …", [(13, 28)], frozenset({"tiến sĩ"}))
    True
    """
    for start, _end in mentions:
        words = _words_before(text, start, 30)
        if any(" ".join(words[-n:]) in honorifics for n in (1, 2, 3) if len(words) >= n):
            return True
    return False


def _is_civil(org: str, heads: frozenset[str]) -> bool:
    """Whether an organisation is a company, hospital, school or paper (``civil_org_heads``).

    >>> heads = frozenset({"công ty", "trung tâm y tế"})
    >>> _is_civil("Trung tâm Y tế Đông Hà", heads), _is_civil("Công an huyện Kỳ Sơn", heads)
    (True, False)
    """
    folded = fold(" ".join(org.split()))
    return any(folded == h or folded.startswith(h + " ") for h in heads)


def _is_company(org: str, heads: frozenset[str]) -> bool:
    """Whether an organisation is a company (``company_heads``, or a name glued to ``bank``).

    >>> heads = frozenset({"tập đoàn", "hđqt"})
    >>> _is_company("HĐQT Oceanbank", heads), _is_company("Oceanbank", heads), _is_company("Bệnh viện Bạch Mai", heads)
    (True, True, False)
    """
    return _is_civil(org, heads) or fold(org).endswith("bank")


def _role(document: Document, record: dict[str, Any], sources: set[str]) -> str:
    table = _role_words()
    text, mentions = document.text, record["mentions"]
    if (sources and sources <= table.reporter_sources) or _credited(text, mentions) or _alone_on_a_last_line(text, mentions) or _closes_the_text(text, mentions):
        return "reporter"
    if _glued_last_name(text, mentions):
        return "reporter"
    cued = _cued_role(text, mentions) or _appositive_role(text, mentions) or _owner_of_taken(text, mentions) or _cued_after(text, mentions)
    official_posts = [
        t for t in record["titles"]
        if fold(t["title"]) not in table.non_official_titles and not _is_company(t.get("org") or "", table.company_heads)
    ]
    if _introduced_as_expert(text, mentions, table.expert_honorifics):
        official_posts = [t for t in official_posts if fold(t["title"]) not in table.department_posts]
    public_units = [o for o in record["members_of"] if not _is_civil(o, table.civil_org_heads)]
    if cued == "official" or cued not in ("suspect", "defendant") and (record["ranks"] or official_posts or public_units):
        return "official"
    if cued == "defendant" or (cued in (None, "suspect") and _sentenced(text, mentions)):
        return "defendant"
    if record["crimes"] and cued in (None, "suspect"):
        return "suspect"  # a victim named with the charge ("nghi phạm sát hại bé Nhật Linh bị khởi tố") stays the victim
    lawyer_words = dict(table.cues)["lawyer"]
    if cued is None and any(fold(t["title"]) in lawyer_words for t in record["titles"]):
        return "lawyer"
    return cued or "other"


def people(document: Document) -> list[dict[str, Any]]:
    """One record per person of ``document`` with its ``role`` (see :data:`ROLES`), in order of first mention.

    The keys are those of :func:`vn_crimeie.officials.officials` and ``role``.
    """
    from .officials import person_records

    by_span = {(e.start, e.end): e for e in document.by_label("PERSON")}
    out = []
    for record in person_records(document):
        sources = {by_span[m].source or "" for m in record["mentions"] if m in by_span}
        record["role"] = _role(document, record, sources)
        del record["members_of"]
        out.append(record)
    _share_joined_roles(document.text, out)
    return out


# Between two people joined as one group: a description in brackets, a comma, then "và" or "cùng".
_JOINED = regex.compile(r"\s*+(?:\([^()]{0,80}\)\s*+)?,?\s*+(?:và|cùng)\s++$")
_SHARED = ("suspect", "defendant", "victim")


def _share_joined_roles(text: str, records: list[dict[str, Any]]) -> None:
    """A person with no role joined by ``và`` to one who has it shares it: ``bắt Hồ Anh Tùng (20 tuổi) và Lê Công Luận``.

    >>> recs = [{"mentions": [(4, 15)], "role": "suspect"}, {"mentions": [(29, 41)], "role": "other"}]
    >>> _share_joined_roles("Bắt Hồ Anh Tùng (20 tuổi) và Lê Công Luận.", recs); recs[1]["role"]
    'suspect'
    """
    owner = sorted((m[0], m[1], k) for k, r in enumerate(records) for m in r["mentions"])
    for (_, end, a), (start, _, b) in zip(owner, owner[1:]):
        first, second = records[a], records[b]
        if second["role"] == "other" and first["role"] in _SHARED and a != b and _JOINED.fullmatch(text, end, start):
            second["role"] = first["role"]
