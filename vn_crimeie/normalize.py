"""Text normalisation that keeps a map back to the caller's text.

Scraped Vietnamese news arrives in many shapes: NFD or NFC, ``\\r\\n`` line
ends, non-breaking and zero-width spaces, soft hyphens, HTML entities and the
old tone placement (``hoà`` for ``hòa``, ``thuý`` for ``thúy``).  Every
recogniser works on one normal form; :class:`NormalizedText` keeps, for each
character of that form, the range of the original text it came from, so every
offset the library returns points into the text exactly as it was given.

>>> n = normalize("Ma tu\\u00fd ho\\u00e0 b\\u00ecnh\\r\\n")
>>> n.text
'Ma túy hòa bình\\n'
>>> n.to_original(0, 6)
(0, 6)
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["NormalizedText", "normalize", "normalize_form"]

# Characters that become a plain space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
# Characters that are dropped: zero-width spaces and joiners, BOM, soft hyphen.
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# One pass finds every spot that needs work; the rest is copied as it is.
_SPECIAL = regex.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<space>[" + _SPACES + r"])"
    r"|(?P<drop>[" + _DROPPED + r"])"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<cluster>\P{M}?\p{M}+)"
    r"|(?P<compat>[\u0340\u0341\u0343\u0344\u0374\u037e\u0387\u1f71-\u1ffd\u2126\u212a\u212b])"
    r"|(?P<surrogate>[\ud800-\udfff])"
)

# Old tone placement on open syllables: oà → òa, oé → óe, uý → úy (not after q).
_TONES = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
}
_TONE_OF = {}  # marked vowel -> (tone index, base)
for _base, _marked in _TONES.items():
    for _i, _ch in enumerate(_marked):
        _TONE_OF[_ch] = (_i, _base)
_TONED_O = "òóỏõọ"
_TONED_U = "ùúủũụ"
_OLD_TONE = regex.compile(
    r"([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!\p{L})"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)


def _retone(match: regex.Match[str]) -> str:
    if match.group(1):
        first, second = match.group(1), match.group(2)
        toned = _TONED_O
    else:
        first, second = match.group(3), match.group(4)
        toned = _TONED_U
    index, base = _TONE_OF[second.lower()]
    new_first = toned[index] if first.islower() else toned[index].upper()
    new_second = base if second.islower() else base.upper()
    return new_first + new_second


@dataclass(frozen=True)
class NormalizedText:
    """The normalised form of a text and the map back to the original.

    ``starts[i]``/``ends[i]`` give the range of ``original`` that produced
    character ``i`` of ``text``; both are ``None`` when the text needed no change
    (the identity map).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def is_identity(self) -> bool:
        """True when ``text`` is ``original`` unchanged."""
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of the original text.

        >>> normalize("Đại\\u00a0tá").to_original(0, 6)
        (0, 6)
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text of length {len(self.text)}")
        if self.starts is None or self.ends is None:
            return start, end
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the smallest normalised span covering it."""
        if not 0 <= start <= end <= len(self.original):
            raise ValueError(f"span [{start}, {end}) is outside the text of length {len(self.original)}")
        if self.starts is None or self.ends is None:
            return start, end
        import bisect

        s = bisect.bisect_right(self.ends, start)
        e = bisect.bisect_left(self.starts, end)
        return s, max(s, e)


def _first_pass(original: str) -> tuple[str, list[int], list[int]] | None:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    changed = False
    for m in _SPECIAL.finditer(original):
        s, e = m.span()
        if s > pos:
            out.append(original[pos:s])
            starts.extend(range(pos, s))
            ends.extend(range(pos + 1, s + 1))
        kind = m.lastgroup
        piece = m.group()
        if kind == "surrogate":
            raise ValueError(
                f"text holds a lone surrogate {piece!r} at offset {s}: it is not valid Unicode "
                "(decode the bytes with errors='replace' or 'ignore')"
            )
        if kind == "crlf":
            repl = "\n"
        elif kind == "space":
            repl = " "
        elif kind == "drop":
            # a zero-width space standing alone between two words separates them
            alone = piece == "\u200b" and 0 < s and e < len(original)
            repl = " " if alone and not original[s - 1].isspace() and not original[e].isspace() else ""
        elif kind == "entity":
            repl = html.unescape(piece)
            # An entity that decodes to a space or a dropped character is folded too.
            repl = "".join(" " if c in _SPACES else ("" if c in _DROPPED else c) for c in repl)
            repl = unicodedata.normalize("NFC", repl)
        else:  # cluster or compatibility character
            repl = unicodedata.normalize("NFC", piece)
        if repl != piece:
            changed = True
        out.append(repl)
        starts.extend([s] * len(repl))
        ends.extend([e] * len(repl))
        pos = e
    if not changed:
        return None
    if pos < len(original):
        out.append(original[pos:])
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
    return "".join(out), starts, ends


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` to NFC, ``\\n`` line ends, plain spaces and new tone placement.

    The result keeps a character map back to ``text``.

    >>> normalize("Thiếu tá Nguyễn Văn Thuý").text
    'Thiếu tá Nguyễn Văn Thúy'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    first = _first_pass(text)
    if first is None:
        norm, starts, ends = text, None, None
    else:
        norm, starts, ends = first
    if _OLD_TONE.search(norm):
        retoned = []
        last = 0
        if starts is None:
            starts = list(range(len(text)))
            ends = list(range(1, len(text) + 1))
        assert ends is not None
        for m in _OLD_TONE.finditer(norm):
            s, e = m.span()
            retoned.append(norm[last:s])
            retoned.append(_retone(m))
            # The two letters swap their marks: both map to their joint range.
            lo, hi = starts[s], ends[e - 1]
            for i in range(s, e):
                starts[i], ends[i] = lo, hi
            last = e
        retoned.append(norm[last:])
        norm = "".join(retoned)
    if starts is None:
        return NormalizedText(text, text)
    return NormalizedText(text, norm, tuple(starts), tuple(ends))


def normalize_form(text: str) -> str:
    """The normalised spelling of a lexicon entry (used to key the lexicons when they are built).

    >>> normalize_form("Ma tuý")
    'Ma túy'
    """
    return normalize(text).text
