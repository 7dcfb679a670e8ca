"""PERSON rules that read a cue before the name: a RANK, a TITLE, a cue word, a nickname or credit cue, the end of the text.

Each rule is ``rule(ctx, found)``: it reads the :class:`~.context.PersonContext`
and adds what it finds to ``found`` (first rule wins on overlap).
"""

from __future__ import annotations

import regex

from functools import cache

from ...lexicon import fold, load_data
from ..foreign_names import foreign_data, looks_foreign
from .context import PRIORITY_CUE, PRIORITY_POSITIONAL, PRIORITY_WEAK, Found, PersonContext, accept
from .context import found_by  # noqa: F401 - the examples run it
from .names import NameData, is_surname, looks_vietnamese
from .patterns import at_sentence_start
from .patterns import BRACKET_NICKNAME, BYLINE, BYLINE_LINE, BYLINE_PAIR, BYLINE_TAIL, DIGRAPH_INITIALS, INITIALS, LONE_INITIALS, SPACES, WORD

__all__ = ["after_cue", "nicknames", "credits", "byline", "lone_initials"]


def after_cue(ctx: PersonContext, found: Found) -> None:
    """``persons.cue``: the name right after a RANK, a TITLE or a cue word, or anonymised initials there.

    >>> found_by("Bị can Nguyễn Văn Hùng khai với Thượng tá Lê Hải, cháu A và chị P.T.T.", after_cue)
    ['Nguyễn Văn Hùng', 'Lê Hải', 'A', 'P.T.T.']
    >>> found_by("Đội trưởng Công an xã và ông chủ Facebook đã đến.", after_cue)
    []
    >>> found_by("Ông Moon Jae In tiếp đoàn.", after_cue)
    ['Moon Jae In']
    >>> found_by("Luật sư của nghi phạm người Indonesia Siti Aisyah lên tiếng.", after_cue)
    ['Siti Aisyah']
    """
    text, words = ctx.text, ctx.words
    for pos, kind in sorted(ctx.cues.items()):
        m = SPACES.match(text, pos)
        if not m:
            continue
        at = m.end()
        nationality = text.startswith("người ", at) and text[at + 6 : at + 7].isupper()
        at += 6 * nationality  # "nghi phạm người Indonesia Siti Aisyah": a nationality, then the name
        i = _initials_or_name_word(ctx, found, at, "persons.cue", PRIORITY_CUE)
        if i is None or at in ctx.not_name_starts:
            # "Hoa hậu Hoàn vũ", "chuyên gia Liên hợp quốc", "sinh viên Đại học"; but a foreign name may
            # follow the body of a post: "người phát ngôn Nhà Trắng Sean Spicer"
            if kind == "title":
                _foreign_name_after_body(ctx, found, at)
            continue
        j = ctx.run_from(i, limit=6)  # a place of two words, then a name of four ("Hà Nội Nguyễn Văn Tấn Dũng")
        first, i = i, _name_start_after_cue(ctx, kind, i, j)
        if i is None or j - i > 4 or (nationality and i == first):
            continue  # "người Nga", "người H'Mông": a people, no name after it
        if ctx.place_prefix(i, j) == j - i:
            continue
        if words.texts[i] in foreign_data().place_openers or any(
            w in foreign_data().not_names for k, w in enumerate(words.texts[i:j]) if w.isascii() and (k == 0 or len(w) > 2)
        ):
            continue  # "ông chủ Facebook"; a short word closes a Korean name ("ông Moon Jae In")
        accept(found, words.starts[i], ctx.name_end(j - 1), "persons.cue", PRIORITY_CUE)


def _initials_or_name_word(ctx: PersonContext, found: Found, at: int, source: str, priority: int) -> int | None:
    """Take the anonymised initials at ``at`` (``P.T.T``) and give None; else the index of the name word there, if one is."""
    initials = INITIALS.match(ctx.text, at)
    if initials:
        accept(found, at, initials.end(), source, priority)
        return None
    i = ctx.words.index_at.get(at)
    return i if i is not None and ctx.words.nameish[i] else None


def _name_start_after_cue(ctx: PersonContext, kind: str, i: int, j: int) -> int | None:
    """Where the name starts in the run ``[i, j)`` after a cue of ``kind``; None when the run is no name.

    A nationality or a country may stand between the cue and the name.
    """
    texts = ctx.words.texts
    if kind == "occupation":
        # "giáo sư Mỹ", "hacker Nga": a nationality after an occupation describes it;
        # "tỷ phú Mỹ Musk": a foreign name may follow it.  ("bà Nga" is a name.)
        nationality = _nationality_prefix(texts, i, j, ctx.data)
        if nationality and i + nationality == j:
            return None
        if nationality and looks_foreign(texts[i + nationality : j]):
            i += nationality
    if kind == "title":
        if j - i >= 3 and ctx.body_before_surname(i):
            i += 1  # "Chủ tịch Oceanbank Nguyễn Văn Thắm": the body's Latin name, then the person
        # "Tổng thống Mỹ Joe Biden": a country between the title and the name;
        # a single capitalised word after a title is rather a body ("Bộ trưởng Tư pháp").
        place = ctx.place_prefix(i, j) or int(texts[i] in ctx.data.countries)
        if not place and looks_foreign(texts[ctx.lead_places(i, j) : j]):
            place = ctx.lead_places(i, j) - i  # "Tổng thống Philippines Rodrigo Duterte"
        # "Tổng thống Putin", "Tổng thống Nga Putin": one foreign word is a name too.
        lone_foreign = looks_foreign(texts[j - 1 : j])
        if place and (j - i - place >= 2 or (j - i - place == 1 and lone_foreign)):
            i += place
        if j - i < 2 and not (j - i == 1 and lone_foreign):
            return None
    elif j - i >= 3:
        # "tỷ phú Trung Quốc Liu Zhongtian": a country between the cue and a foreign name.
        k = ctx.lead_places(i, j)
        if k < j and k > i and looks_foreign(texts[k:j]):
            i = k
    return i


def _foreign_name_after_body(ctx: PersonContext, found: Found, at: int) -> None:
    """Take the foreign name after the body of a post at ``at`` (``Nhà Trắng Sean Spicer``), if one is there.

    >>> found_by("Người phát ngôn Nhà Trắng Sean Spicer cho biết.", after_cue)
    ['Sean Spicer']
    """
    words = ctx.words
    i = words.index_at.get(at)
    if i is None:
        return
    j = i
    while j < len(words.texts) and j - i < 6 and words.texts[j][:1].isupper() and (j == i or words.spaced(j)):
        j += 1
    body = _body_before_foreign_name(words.texts, i, j)
    if not body:
        return
    end = ctx.run_from(i + body, limit=4)  # the name's own words ("Donald Trump", not a glued headline word after it)
    if end - (i + body) < 2 or not looks_foreign(words.texts[i + body : end]):
        return
    accept(found, words.starts[i + body], ctx.name_end(end - 1), "persons.cue", PRIORITY_CUE)


def _body_before_foreign_name(texts: list[str], i: int, j: int) -> int:
    """Length of the Vietnamese-written body that opens ``[i, j)`` before a foreign name of two words or more, else 0.

    ``người phát ngôn Nhà Trắng Sean Spicer``: "Nhà Trắng" (written with Vietnamese
    letters) is the body of the post, "Sean Spicer" the name.
    """
    for k in range(i + 1, min(j - 1, i + 5)):
        if texts[k].isascii() and j - k >= 2 and looks_foreign(texts[k:j]):
            return k - i if all(not w.isascii() for w in texts[i:k]) else 0
    return 0


def _nationality_prefix(texts: list[str], i: int, j: int, data: NameData) -> int:
    """Length in words of the nationality that opens the run ``[i, j)`` (``Mỹ``, ``Hàn Quốc``)."""
    for length in (2, 1):
        if i + length <= j and " ".join(texts[i : i + length]) in data.nationalities:
            return length
    return 0


def nicknames(ctx: PersonContext, found: Found) -> None:
    """``persons.nickname``: a nickname in brackets or after a comma: ``(tức Tí)``, ``(SN 1990, tức Bin)``, ``(Anh Ba Sài Gòn)``.

    >>> found_by("Lê Văn Tám (SN 1990, tức Tám Lùn) bị bắt.", nicknames)
    ['Tám Lùn']
    >>> found_by("Anh ta tức Giận bỏ đi.", nicknames)
    []
    >>> found_by("Nguyễn Văn Tèo (Anh Ba Sài Gòn) bị bắt.", nicknames)
    ['Ba Sài Gòn']
    """
    text, words = ctx.text, ctx.words
    for start, end, _cue in ctx.data.nickname_cues.find(text):
        before = text[max(0, start - 60) : start]
        opened = before.rfind("(") > before.rfind(")")
        if not opened and not before.rstrip().endswith(","):
            continue
        if opened:
            _named_before(ctx, found, start - len(before) + before.rfind("("))
        m = SPACES.match(text, end)
        if not m:
            continue
        i = words.index_at.get(m.end())
        if i is None or not words.nameish[i]:
            continue
        j = ctx.run_from(i, limit=3)
        accept(found, words.starts[i], words.ends[j - 1], "persons.nickname", PRIORITY_CUE)
    for m in BRACKET_NICKNAME.finditer(text):  # "Nguyễn Văn Tèo (Anh Ba Sài Gòn)": the name after the honorific
        if m.group("cue").lower() in ctx.data.cue_words and m.group(0)[1:-1] not in ctx.data.place_names:
            accept(found, m.start("name"), m.end("name"), "persons.nickname", PRIORITY_CUE)


def _named_before(ctx: PersonContext, found: Found, bracket: int) -> None:
    """``persons.cue``: the name right before the bracket of a nickname (``Văn Kính Dương (tức Hiếu)``).

    Only a run that no surname opens: the surname rule reads the others.
    """
    words, data = ctx.words, ctx.data
    end = bracket
    while end > 0 and ctx.text[end - 1] == " ":
        end -= 1
    j = words.index_ending_at.get(end)
    if j is None or not words.nameish[j]:
        return
    i = j
    while i > 0 and j - i < 3 and words.nameish[i - 1] and words.spaced(i):
        i -= 1
    name = " ".join(words.texts[i : j + 1])
    if j == i or is_surname(words.texts[i], data) or ctx.place_prefix(i, j + 1) or not looks_vietnamese(name):
        return
    if at_sentence_start(ctx.text, words.starts[i]) and words.texts[i] in data.not_names:
        return
    accept(found, words.starts[i], words.ends[j], "persons.cue", PRIORITY_CUE)


#: a news agency in capitals and a slash before a photographer's name ("VGP/", "TTXVN/")
_AGENCY = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,9}/ ?(?=\p{Lu})")


#: an initial glued by its dot to a given name, as credits write a name short: "K.Minh", "T.Hà"
#: an initial glued to the given name, the initial maybe a digraph ("K.Minh", "Tr.Thường", "Th.Hà")
_INITIAL_AND_NAME = regex.compile(
    r"(?:" + "|".join(sorted(DIGRAPH_INITIALS, key=len, reverse=True)) + r"|\p{Lu})\.\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}.])"
)


def credits(ctx: PersonContext, found: Found) -> None:
    """``persons.credit``: ``Ảnh: Cao Sỹ``, two to four name syllables (or initials) that end a caption.

    >>> found_by("Hiện trường vụ cháy. Ảnh: Hoàng Hà. Nguồn: T.H.", credits)
    ['Hoàng Hà', 'T.H.']
    >>> found_by("Ảnh: Cắt từ clip.", credits)
    []
    >>> found_by("Ảnh: Ngọc Nga Số người mắc bệnh tăng.", credits)
    ['Ngọc Nga']
    >>> found_by("Hiện trường. Ảnh: TTXVN/Nguyễn Văn Hải", credits)
    ['Nguyễn Văn Hải']
    >>> found_by("Nơi xảy ra sự việc. Ảnh: K.Minh Theo người nhà nạn nhân", credits)
    ['K.Minh']
    >>> found_by("Đồn Biên phòng cửa khẩu. Tin-ảnh: Tr.Thường", credits)
    ['Tr.Thường']
    """
    text, words = ctx.text, ctx.words
    for m in ctx.data.credit.finditer(text):
        agency = _AGENCY.match(text, m.end())  # "Ảnh: TTXVN/Nguyễn Văn Hải": the agency, then its photographer
        at = agency.end() if agency else m.end()
        short = _INITIAL_AND_NAME.match(text, at)
        if short:  # "Ảnh: K.Minh": an initial glued to the given name
            accept(found, at, short.end(), "persons.credit", PRIORITY_POSITIONAL)
            continue
        i = _initials_or_name_word(ctx, found, at, "persons.credit", PRIORITY_POSITIONAL)
        if i is None:
            continue
        j = ctx.run_from(i)
        if j < len(words.texts) and words.texts[j][:1].islower() and words.spaced(j):
            if j - i < 3 or words.texts[j - 1] not in ctx.data.not_names:
                continue  # "Ảnh: Cắt từ clip" is a caption, not a credit
            j -= 1  # "Ảnh: Ngọc Nga Số người mắc …": the next sentence glued to the credit
        # "Ảnh: Hải Vân Vũng Tàu": the author, then where the photo was taken.
        for k in range(i + 2, j):
            if ctx.place_prefix(k, j) == j - k:
                j = k
                break
        name = " ".join(words.texts[i:j])
        if not 2 <= j - i <= 4 or ctx.place_prefix(i, j) or not looks_vietnamese(name):
            continue
        accept(found, words.starts[i], words.ends[j - 1], "persons.credit", PRIORITY_POSITIONAL)


@cache
def _media_names() -> frozenset[str]:
    """The news outlets of ``organizations.yaml``, folded."""
    return frozenset(fold(m) for m in load_data("organizations.yaml")["media"])


def _byline_name_ok(name: str, data: NameData) -> bool:
    """A byline reads as a Vietnamese name, not as a place or an organisation (a given name may open it: "Trường Thịnh")."""
    if name.isupper():
        name = name.title()  # "DUY THÀNH"; not an outlet in capitals ("DOANH NHÂN")
        if fold(name) in _media_names():
            return False
    first = WORD.match(name)
    return bool(first) and not (
        name in data.place_names or name in data.not_names or (first.group() in data.not_names and first.group() not in data.can_end_name)
    ) and looks_vietnamese(name)


def byline(ctx: PersonContext, found: Found) -> None:
    """``persons.byline``: the author's name at the very end of the text, or alone on one of its last lines.

    >>> found_by("Vụ việc đang được điều tra làm rõ.\\nĐức Hoàng\\nTheo AFP", byline)
    ['Đức Hoàng']
    >>> found_by("Vụ việc xảy ra tại Hà Nội.\\nHà Nội", byline)
    []
    >>> found_by("Trường học đã mở cửa trở lại.\\nLan Hương - Trường Thịnh", byline)
    ['Lan Hương', 'Trường Thịnh']
    >>> found_by("Hai cán bộ cũng bị kỷ luật. DUY THÀNH", byline), found_by("Vụ án đang được điều tra. Theo Nam Phương/Vnexpress", byline)
    (['DUY THÀNH'], ['Nam Phương'])
    >>> found_by("Cơ quan chức năng đang điều tra.\\nHÀ NỘI", byline)
    []
    >>> found_by("Cơ quan công an đang làm rõ vụ việc. Quế Hà - Nguyễn Chung", byline)
    ['Quế Hà', 'Nguyễn Chung']
    """
    text, data = ctx.text, ctx.data
    m = BYLINE.search(text, max(0, len(text) - BYLINE_TAIL))
    if m and all(_byline_name_ok(name, data) for name in m.groups() if name):
        for k in (1, 2):  # one author, or two joined by a dash ("Quế Hà - Nguyễn Chung")
            if m.group(k):
                accept(found, m.start(k), m.end(k), "persons.byline", PRIORITY_POSITIONAL)
    # "Đức Hoàng" alone on a line, maybe followed by a "Theo AFP" source line.
    end = len(text.rstrip())
    for _ in range(3):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        m = None
        if line.strip():  # one author, or two joined by a dash
            m = BYLINE_LINE.fullmatch(text, start + lead, end) or BYLINE_PAIR.fullmatch(text, start + lead, end)
        if m and all(_byline_name_ok(name, data) for name in m.groups()):
            for k in range(1, len(m.groups()) + 1):
                accept(found, m.start(k), m.end(k), "persons.byline", PRIORITY_POSITIONAL)
        if start == 0:
            break
        end = start - 1


def lone_initials(ctx: PersonContext, found: Found) -> None:
    """``persons.initials``: anonymised names without a cue, ``gồm: T.C.Đ. (sinh năm 2005), Đ.Q.H.A.``.

    >>> found_by("Các đối tượng gồm: T.C.Đ. (sinh năm 2005), Đ.Q.H.A. và N.V (17 tuổi).", lone_initials)
    ['T.C.Đ.', 'Đ.Q.H.A.', 'N.V']
    >>> found_by("Xe mang biển số 29A. Theo TP.HCM", lone_initials)
    []
    """
    for m in LONE_INITIALS.finditer(ctx.text):
        accept(found, m.start(), m.end(), "persons.initials", PRIORITY_WEAK)
