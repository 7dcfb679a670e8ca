"""The per-text context of the ORG rules: every table's matches by start offset, places, CRIME spans.

One :class:`OrgContext` is built for each text :func:`~vn_crimeie.recognizers.orgs.find`
reads; the rules only look things up in it (the CRIME spans are found on first need).

>>> ctx = OrgContext.of("Đội CSGT Công an huyện Diễn Châu kiểm tra.")
>>> sorted(ctx.heads), sorted(ctx.abbr), ctx.admin_places[17]
([0], [4], (32, 'huyện'))
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from ...candidates import Candidate
from ..abbreviation_table import abbreviation_table
from ..crimes import find as find_crimes
from ..foreign_names import foreign_data, vietnamese_syllable
from ..locations import PlaceSpan, name_end, place_spans
from .tables import rule_words, tables

__all__ = ["OrgContext", "Spans", "space_after"]

ByStart = dict[int, list[tuple[int, Any]]]

_BREAK = regex.compile(r"[ \n]")
_CODE_STOP = regex.compile(r"[ \n),]")
_SLASH = regex.compile("/")
_CAPITAL_NEXT = regex.compile(r" \p{Lu}")
#: a capitalised word (or a number) right before a company suffix, one space between
_WORD_BEFORE_SUFFIX = regex.compile(r"(?r)(?<![\p{L}\p{M}\p{N}])[\p{Lu}\d][\p{L}\p{M}\p{N}&'-]* $")


def space_after(text: str, end: int) -> int | None:
    """Start of the next word when exactly one space follows ``end``.

    >>> space_after("Công an  tỉnh", 7), space_after("Công an tỉnh", 4)
    (None, 5)
    """
    if text[end : end + 1] == " " and end + 1 < len(text) and text[end + 1] != " ":
        return end + 1
    return None


def _by_start(matches: Iterable[tuple[int, int, Any]]) -> ByStart:
    """``(start, end, payload)`` matches by start, the longest first."""
    out: ByStart = {}
    for s, e, v in matches:
        out.setdefault(s, []).append((e, v))
    for v in out.values():
        v.sort(key=lambda x: -x[0])
    return out


class Spans:
    """Spans (they may nest or overlap), sorted by start with the furthest end so far.

    >>> Spans([(0, 5), (10, 12)]).overlaps(4, 8), Spans([(0, 5), (10, 12)]).overlaps(5, 10)
    (True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)``: one binary search."""
        k = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start


class _CodeRuns:
    """Where the runs of non-space characters of a text start and stop, and its slashes (for :meth:`OrgContext.in_code`).

    Found once per text, so each question is a binary search, not a scan of the text.
    """

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in _BREAK.finditer(text)]
        self.stops = [m.start() for m in _CODE_STOP.finditer(text)]
        self.slashes = [m.start() for m in _SLASH.finditer(text)]
        self.length = len(text)

    def slash_around(self, start: int, end: int) -> bool:
        """Whether a slash lies between the space before ``start`` and the space, ``)`` or ``,`` after ``end``."""
        i = bisect.bisect_left(self.breaks, start) - 1
        left = self.breaks[i] + 1 if i >= 0 else 0
        k = bisect.bisect_left(self.stops, end)
        right = self.stops[k] if k < len(self.stops) else self.length
        j = bisect.bisect_left(self.slashes, left)
        return j < len(self.slashes) and self.slashes[j] < right


def _websites(text: str) -> dict[int, int]:
    """Websites named by their domain (``zing.vn``, ``Dantri.com.vn``) by start, outside e-mail addresses and paths.

    >>> text = "Ảnh: zing.vn; thư gửi a@gmail.com"
    >>> [(text[s:e]) for s, e in _websites(text).items()]
    ['zing.vn']
    """
    out: dict[int, int] = {}
    for m in tables().web_domain.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-._"):
            start -= 1
        name = text[start : m.start()]
        if start > 0 and text[start - 1] in "@/:" or not any(c.isalpha() for c in name) or name[:1] in ".-_":
            continue
        out[start] = m.end()
    return out


#: a bank named in one word that ends in "bank" ("Oceanbank", "Vietcombank", "VPBank")
_GLUED_BANK = regex.compile(r"(?<![\p{L}\p{M}\p{N}.@/])\p{Lu}[A-Za-z]{1,}(?:bank|Bank)(?![\p{L}\p{M}\p{N}])")


def _glued_banks(text: str) -> dict[int, int]:
    """Banks named in one word glued to ``bank`` (``Oceanbank``, ``Sacombank``), by start.

    >>> text = "đại án Oceanbank; Vietcombank và VPBank; bank"
    >>> [text[s:e] for s, e in _glued_banks(text).items()]
    ['Oceanbank', 'Vietcombank', 'VPBank']
    """
    return {m.start(): m.end() for m in _GLUED_BANK.finditer(text)}


def _suffixed(text: str, suffixes: Iterable[tuple[int, int, Any]]) -> dict[int, int]:
    """Foreign companies and carriers named by their last word (``Qatar Airways``), by start.

    One to three capitalised words before a suffix of ``company_suffixes``, the
    first that opens a name (not a function word such as ``Theo``).

    >>> text = "Theo Qatar Airways, chuyến bay bị hủy"
    >>> [(text[s:e]) for s, e in _suffixed(text, [(11, 18, None)]).items()]
    ['Qatar Airways']
    """
    out: dict[int, int] = {}
    spellings = tables().company_suffix_spellings
    for s, e, _ in suffixes:
        if text[s:e] not in spellings or _CAPITAL_NEXT.match(text, e):
            continue  # "Honda Air Blade": the suffix ends the name
        starts = []
        pos = s
        while len(starts) < 3:
            m = _WORD_BEFORE_SUFFIX.search(text, max(0, pos - 40), pos)
            if m is None:
                break
            starts.append(m.start())
            pos = m.start()
        for start in reversed(starts):
            end = name_end(text, start, max_words=4)
            if end is not None and end >= e:
                out[start] = e
                break
    return out


def _credited_media(text: str) -> dict[int, int]:
    """Foreign media named after a press head or a credit, start → end (``tờ Le Parisien``, ``Ảnh: Daily Star``).

    The name stops before a word that opens the next sentence (``credit_stops``);
    a name with no word that cannot be Vietnamese (``Ảnh: Minh Anh``), one opened
    by a foreign given name (a photographer) or a listed non-medium
    (``Ảnh: Internet``) is none.  After the agent of a passive (``được``, ``bởi``)
    the name must hold a word of ``media_words`` (``được Sporting News bình chọn``).

    >>> text = "Theo tờ Le Parisien, (Ảnh: Minh Anh), Ảnh: Daily Star Trong; được Sporting News chọn"
    >>> [text[s:e] for s, e in _credited_media(text).items()]
    ['Le Parisien', 'Daily Star', 'Sporting News']
    """
    words = rule_words()
    out: dict[int, int] = {}
    agents = (m for m in words.agent.finditer(text) if not words.media_words.isdisjoint(m.group("name").split(" ")))
    for m in itertools.chain(words.credit.finditer(text), agents):
        name = m.group("name").split(" ")
        while len(name) > 1 and name[-1] in words.credit_stops:
            name.pop()
        foreign = any(not w.isupper() and not vietnamese_syllable(w) for w in name)
        if not foreign or name[0] in foreign_data().given_names:
            continue
        kept = " ".join(name)
        if kept not in words.credit_not_media:
            out[m.start("name")] = m.start("name") + len(kept)
    return out


def _lower_tail(written: str, spelling: str) -> bool:
    """A listed name of two words or more (``spelling``, matched without case) written with its first word as
    listed and the rest in lower case.

    >>> _lower_tail("Bộ ngoại giao", "Bộ Ngoại giao"), _lower_tail("bộ ngoại giao", "Bộ Ngoại giao")
    (True, False)
    """
    head, _, rest = written.partition(" ")
    if not rest or not head[:1].isupper() or rest != rest.lower():
        return False
    return len(spelling) == len(written) and spelling.startswith(head + " ") and spelling[len(head) + 1 :].lower() == rest


#: the source line that closes an article: "Theo VNE", "(Theo The Star)", "Theo Xinhuanet/QQ"
_SOURCE_LINE = regex.compile(
    r"(?:^|\n|[.!?…”\"] (?:\p{Lu}[\p{Ll}\p{M}]+[ ]){0,3})[ ]*\(?Theo[ ]+(?P<names>[^()\n]{2,60}?)\)?[ ]*\.?[ ]*$"
)  # after the byline too: "… nói. Tuấn Vĩ Theo Koreaboo"
_SOURCE_PART = regex.compile(r"[^/,;]+")
#: a byline closing the text with its outlet after a slash, a desk after a dash: "Thùy Dung/VOV-TP HCM"
_BYLINE_OUTLET = regex.compile(
    r"(?:^|\n|[.!?…)] )[ ]*(?:Theo[ ]+|CTV[ ]+|PV[ ]+)?\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+){1,3}/"
    r"(?P<outlet>\p{Lu}(?:(?!Theo[ ])[^\s/]){1,30}(?:[ ](?!Theo[ ])[^\s/]{1,12}){0,2}?)"
    # the source the article is taken from, after it, glued in archive layout: "Diệu Hương/VOV.VNTheo CNN"
    r"(?:[ ]*Theo[ ]+(?P<source>\p{Lu}[^\s/]{1,30}(?:[ ][^\s/]{1,12}){0,2}?))?[ ]*\.?[ ]*$"
)


def _source_line(text: str) -> dict[int, int]:
    """The outlets of the source line that closes the text, start → end: an acronym (``Theo VNE``) or a name
    that cannot be Vietnamese (``Theo The Star``, ``Theo Xinhuanet/QQ``); a Vietnamese name there is a byline.

    >>> text = "Công an đang điều tra. (Theo The Star)"
    >>> [text[s:e] for s, e in _source_line(text).items()]
    ['The Star']
    >>> _source_line("Công an đang điều tra. Theo Nam Phương")
    {}
    >>> text = "Tòa sẽ tuyên án. Thùy Dung/VOV-TP HCM"
    >>> [text[s:e] for s, e in _source_line(text).items()]
    ['VOV-TP HCM']
    >>> text = "Tòa sẽ tuyên án./. Diệu Hương/VOV.VNTheo CNN "
    >>> [text[s:e] for s, e in _source_line(text).items()]
    ['VOV.VN', 'CNN']
    """
    out: dict[int, int] = {}
    outlet = _BYLINE_OUTLET.search(text, max(0, len(text) - 120))
    if outlet is not None:  # "Lam Hiếu/VOV-ĐBSCL", "Theo Đình Thảo/Dân trí": the outlet after a byline
        out[outlet.start("outlet")] = outlet.end("outlet")
        if outlet.group("source"):
            out[outlet.start("source")] = outlet.end("source")
    m = _SOURCE_LINE.search(text, max(0, len(text) - 120))
    if m is None:
        return out
    for part in _SOURCE_PART.finditer(text, m.start("names"), m.end("names")):
        name = part.group().strip()
        start = part.start() + part.group().index(name) if name else part.start()
        words = name.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or words[0] in foreign_data().given_names:
            continue
        acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6
        if acronym or any(not vietnamese_syllable(w) for w in words):
            out[start] = start + len(name)
    return out


class OrgContext:
    """Matches of every table in one text, by start offset (longest first), and its places."""

    def __init__(self, text: str, places: Sequence[PlaceSpan], crimes: Sequence[Candidate] | None) -> None:
        t = tables()
        self.text = text
        self._runs: _CodeRuns | None = None
        found = self._phrases(text)
        # a head written in lower case opens an organisation only if it is marked ``lower``
        self.heads = _by_start((s, e, h) for s, e, h in found["heads"] if h.lower or not text[s].islower())
        self.units = _by_start(found["units"])
        # a fixed name as listed, or with its head as listed and the rest in lower case ("Bộ ngoại giao", "Cục thuế")
        self.fixed = _by_start((s, e, v) for s, e, v in found["fixed"] if text[s:e] in t.fixed_spellings or _lower_tail(text[s:e], v))
        # a fixed name with its head in lower case: a parent only ("cục Điều tra hình sự bộ Quốc phòng")
        self.fixed_lower_head = _by_start((s, e, v) for s, e, v in found["fixed"]
                                          if text[s].islower() and text[s].upper() + text[s + 1 : e] in t.fixed_spellings)
        self.forces = _by_start(found["forces"])
        self.media = _by_start((s, e, text[s:e]) for s, e, _ in found["media"] if text[s:e] in t.media_spellings)
        # after a press head a newspaper's name in any case ("báo Thanh niên")
        self.media_any = _by_start((s, e, text[s:e]) for s, e, _ in found["media"])
        table = abbreviation_table()
        self.abbr = _by_start(
            (s, e, table[text[s:e]]) for s, e, _ in found["abbr"] if text[s:e] in table and not self.in_code(s, e)
        )
        self.levels = _by_start(found["levels"])
        self.scopes = _by_start(found["scopes"])
        self.codes = {m.start(): m.end() for m in t.code.finditer(text) if not self.in_code(m.start(), m.end())}
        self.fields = _by_start(found["fields"])
        self.foreign = _by_start((s, e, v) for s, e, v in found["foreign"] if text[s:e] in t.foreign_spellings)
        self.foreign_force = _by_start(
            (s, e, v) for s, e, v in found["foreign_force"] if text[s:e] in t.foreign_force_spellings
        )
        self.subjects = _by_start(found["subjects"])
        self.leads = _by_start((s, e, v) for s, e, v in found["leads"] if " " in text[s:e] or text[s].isupper())
        # the last word of a lead ("về" of "tội phạm về") by its start: a unit ending in
        # "tội phạm" goes on there ("Cảnh sát phòng, chống tội phạm" + "về môi trường")
        self.lead_tails = {text.rfind(" ", s, e) + 1: e for s, e, _ in found["leads"] if " " in text[s:e]}
        self.closers = _by_start((s, e, v) for s, e, v in found["closers"] if text[s].isupper())
        self.closer_ends = {e for v in self.closers.values() for e, _ in v}
        self.lower_closers = _by_start((s, e, v) for s, e, v in found["closers"] if text[s].islower())
        self.media_suffixes = _by_start(found["media_suffixes"])
        self.run_stops = {s for s, _, _ in found["run_stops"]}
        self.institutions = _by_start((s, e, v) for s, e, v in found["institutions"]
                                      if text[s:e] in t.institution_spellings)
        self.businesses = _by_start(found["businesses"])
        self.websites = _websites(text)
        self.suffixed = _suffixed(text, found["company_suffixes"]) | _glued_banks(text)
        self.credited = _credited_media(text)
        self.sources = _source_line(text)
        # CRIME spans by start (given, or computed when a remit needs them)
        self._crime_list = None if crimes is None else [(c.start, c.end) for c in crimes]
        self._crimes: dict[int, int] | None = None
        self._crime_reach: Spans | None = None
        self._read_places(places)

    @classmethod
    def of(cls, text: str) -> OrgContext:
        """The context of ``text`` with its places found here (for examples and tests)."""
        return cls(text, place_spans(text), None)

    def _read_places(self, places: Sequence[PlaceSpan]) -> None:
        """Places by start (the longest), all their spans, administrative places with their level, word starts inside names."""
        text = self.text
        self.places: dict[int, int] = {}
        self.admin_places: dict[int, tuple[int, str]] = {}
        self._local: dict[int, int] | None = None
        self._portfolios: dict[int, int] | None = None
        #: starts of bare names that the map knows as a district ("công an Lâm Hà")
        self.district_names: set[int] = set()
        names: list[tuple[int, int]] = []
        for p in places:
            if p.kind == "street":
                continue
            if p.kind == "address" and any(u.level == "district" for u in p.units):
                self.district_names.add(p.start)
            if p.kind == "gazetteer":
                names.append((p.start, p.end))
            self.places[p.start] = max(self.places.get(p.start, 0), p.end)
            if p.kind == "admin" and p.end > self.admin_places.get(p.start, (0, ""))[0]:
                self.admin_places[p.start] = (p.end, p.canonical)
        self.place_spans = Spans(self.places.items())
        # inside the name of an administrative unit written with its level word in lower case ("xã [Đội Bình]")
        self.inside_admin = Spans((s + 1, e) for s, (e, _) in self.admin_places.items() if text[s].islower())
        # Word starts inside a gazetteer name: "Ban" in "Tây Ban Nha" (each character read once).
        self.inside_names: set[int] = set()
        reach = 0
        for start, end in sorted(names):
            i = text.find(" ", max(start, reach), end)
            while i != -1:
                self.inside_names.add(i + 1)
                i = text.find(" ", i + 1, end)
            reach = max(reach, end)

    @staticmethod
    def _phrases(text: str) -> dict[str, list[tuple[int, int, Any]]]:
        """Matches ``(start, end, payload)`` of each phrase table in ``text``, from one reading."""
        found: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
        for start, end, entries in tables().phrases.find_all(text):
            for name, payload in entries:
                found[name].append((start, end, payload))
        return found

    def starts(self) -> list[int]:
        """Where an organisation may start: a match of a table, a code or ``Công an``, in text order."""
        police = {m.start() for m in rule_words().police.finditer(self.text)}
        return sorted(set(self.heads) | set(self.fixed) | set(self.media) | set(self.abbr) | set(self.codes)
                      | set(self.units) | set(self.foreign) | set(self.foreign_force) | police
                      | set(self.websites) | set(self.suffixed) | set(self.credited) | set(self.sources) | set(self.institutions)
                      | set(self.businesses) | set(self.local_bodies()) | set(self.portfolios()))

    def portfolios(self) -> dict[int, int]:
        """The portfolios named after a minister's title (``Bộ trưởng Tư pháp``): start → end."""
        if self._portfolios is None:
            from .standalone import portfolios

            self._portfolios = portfolios(self)
        return self._portfolios

    def local_bodies(self) -> dict[int, int]:
        """Unknown short forms right before a province or city (``LĐLĐ TP.HCM``): start → the place's end."""
        if self._local is None:
            from .standalone import local_short_forms

            self._local = local_short_forms(self)
        return self._local

    def level_place(self, pos: int) -> int | None:
        """The end of the administrative place of a police level at ``pos`` (``huyện Cẩm Mỹ``), or None.

        >>> ctx = OrgContext.of("Công an huyện Cẩm Mỹ")
        >>> ctx.text[8 : ctx.level_place(8)], ctx.level_place(0)
        ('huyện Cẩm Mỹ', None)
        """
        place = self.admin_places.get(pos)
        return place[0] if place is not None and place[1] in rule_words().police_levels else None

    def _crime_spans(self) -> list[tuple[int, int]]:
        """The CRIME candidates' spans (given, or found on first need)."""
        if self._crime_list is None:
            self._crime_list = [(c.start, c.end) for c in find_crimes(self.text)]
        return self._crime_list

    def crime_end(self, start: int) -> int | None:
        """The end of the CRIME candidate that starts at ``start`` (CRIMEs are found on first need)."""
        if self._crimes is None:
            self._crimes = dict(self._crime_spans())
        return self._crimes.get(start)

    def in_crime(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a CRIME candidate: one binary search.

        >>> ctx = OrgContext.of("Bị cáo phạm tội cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng.")
        >>> ctx.in_crime(ctx.text.index("Nhà nước")), ctx.in_crime(0)
        (True, False)
        """
        if self._crime_reach is None:
            self._crime_reach = Spans(self._crime_spans())
        return self._crime_reach.overlaps(pos, pos + 1)

    def in_code(self, start: int, end: int) -> bool:
        """A short form inside a document code (``131/KH-BCA-CSHS``, ``25-CT/TW``): not an organisation.

        The run of non-space characters around it holds a slash and the form touches a dash or slash.

        >>> ctx = OrgContext("Công văn 88/CAT-PC06 đã gửi", [], [])
        >>> ctx.in_code(12, 15), ctx.in_code(0, 4)
        (True, False)
        """
        text = self.text
        if text[start - 1 : start] not in ("-", "/") and text[end : end + 1] not in ("-", "/"):
            return False
        if self._runs is None:
            self._runs = _CodeRuns(text)
        return self._runs.slash_around(start, end)
