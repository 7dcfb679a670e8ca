"""Shapes of names in writing: letters, syllables, initials, bylines.

These regexes hold no Vietnamese word (the words are in ``lang/vi/*.yaml``);
they describe how names are written.

>>> [m.group() for m in INITIALS.finditer("chị P.T.T và anh Ngô.V.T., chị B.T.Th")]
['P.T.T', 'Ngô.V.T.', 'B.T.Th']
"""

from __future__ import annotations

import regex

# A run of letters (a syllable or a word).
WORD = regex.compile(r"[\p{L}\p{M}]+")
WORD_SPLIT = regex.compile(r"([\p{L}\p{M}]+)")
# A hyphen between two letters ("Ayliffe-Chung", "Kim Jong-un").
HYPHEN_IN_WORD = regex.compile(r"(?<=[\p{L}\p{M}])-(?=[\p{L}\p{M}])")
NAME_SYLLABLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")
# A name word: a syllable, or two Latin ones joined by a hyphen ("Ayliffe-Chung", "Jean-Pierre"); an Arabic
# article may open it ("al-Assad": see words._join_hyphenated).
# A Scottish/Irish "Mc"/"Mac" prefix keeps its second capital inside the word (McConnell, MacArthur);
# a capital and an apostrophe open a name of the Central Highlands ("H'Trà", "Y'Moan") or an Irish one ("O'Neil").
NAME_WORD = regex.compile(r"(?:[ae]l-(?=\p{Lu}))?(?:\p{Lu}['’](?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}]*(?:(?<=\bMa?c)\p{Lu}[\p{Ll}\p{M}]*)?(?:-\p{Lu}[\p{Ll}\p{M}]*)?")
# The apostrophe of a name word after a single capital ("H'Trà Niê", "Ksor H'Yim"): both letters around it are capitals.
APOSTROPHE_IN_NAME = regex.compile(r"(?<=(?<![\p{L}\p{M}])\p{Lu})['’](?=\p{Lu}[\p{Ll}\p{M}])")
LATIN_PART = regex.compile(r"[A-Z][a-z]+")
# Between the streets of a list: "Trường Chinh - Trần Đại Cang".
STREET_DASH = regex.compile(r"[ ]{0,2}[-–][ ]{0,2}")
# One initial: a capital, or a Vietnamese initial consonant of two or three letters ("Th", "Tr", "Ngh"),
# as anonymised names write them ("B.T.Th", "chị Th.").
INITIAL = r"(?:Ngh|Ch|Gh|Gi|Kh|Ng|Nh|Ph|Qu|Th|Tr|\p{Lu})"
#: the initials of two or three letters, which are no Vietnamese syllable written alone
DIGRAPH_INITIALS = frozenset({"Ngh", "Ch", "Gh", "Kh", "Ng", "Nh", "Ph", "Th", "Tr"})
# Anonymised names: P.T.T, N.T. S, V.H., T.V, B.T.Th; Đoàn.V.T (a syllable and initials).
INITIALS = regex.compile(
    rf"\p{{Lu}}(?:\.[ ]?{INITIAL}(?![\p{{L}}\p{{M}}])){{1,5}}\.?"
    rf"|\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:\.{INITIAL}(?![\p{{L}}\p{{M}}])){{1,5}}\.?"
)
# A single initial with its dot ("Q.", "Th."), the shortest anonymised name.
INITIAL_DOT = regex.compile(rf"{INITIAL}\.(?![\p{{L}}\p{{M}}])")
SPACES = regex.compile(r"[ ]{1,3}")
# The hyphenated tail of a romanised name ("Kim Jong-un", "Park Geun-hye").
HYPHEN_TAIL = regex.compile(r"-[a-z]{1,12}(?![\p{L}\p{M}])")
# Initials that close a name: "Đặng V.L.", "Đặng V. L." after the single letter "V".
MORE_INITIALS = regex.compile(rf"(?:\.[ ]?{INITIAL}(?![\p{{L}}\p{{M}}])){{1,4}}\.?")
# Anonymised names standing alone: three or more dotted initials, or two before a bracket.
LONE_INITIALS = regex.compile(
    r"(?<![\p{L}\p{M}.])(?:\p{Lu}(?:\.\p{Lu}){2,5}\.?|\p{Lu}\.\p{Lu}\.?(?=[ ]?\())(?![\p{L}\p{M}.])"
)
# Any dotted initials standing alone, for later mentions of an anonymised name.
ANY_INITIALS = regex.compile(
    r"(?<![\p{L}\p{M}.])\p{Lu}(?:\.[ ]?\p{Lu}(?![\p{L}\p{M}])){0,5}\.(?![\p{L}\p{M}])"
    r"|(?<![\p{L}\p{M}.])\p{Lu}(?:\.\p{Lu}){1,5}(?![\p{L}\p{M}.])"
)
# A number right before a position (searched from the end, where it is anchored).
NUMBER_BEFORE = regex.compile(r"\d[ ]{0,2}$", regex.REVERSE)
# The last word before a position.
LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)[ ]{1,2}$")
# The last two words before a position (the first may be missing).
LAST_TWO_WORDS = regex.compile(r"(?:([\p{L}\p{M}]+)[ ]{1,2})?([\p{L}\p{M}]+)[ ]{1,2}$")
# The one or two lower-case words right after a position ("khai", "cầm đầu").
NEXT_TWO_LOWER = regex.compile(r"[ ]([\p{Ll}][\p{Ll}\p{M}]*)(?:[ ]([\p{Ll}][\p{Ll}\p{M}]*))?")
# What closes the sentence before a word that opens the next one.
SENTENCE_START = "\n.!?:;\"“”'(…-–—•"
# A byline: initials ("L.N"), initials and a syllable ("H.Thành"), or two to four syllables.
_BYLINE_NAME = (
    r"\p{Lu}(?:\.\p{Lu}){1,3}\.?(?![\p{L}\p{M}])"  # initials only: "L.N", "P.B"
    r"|\p{Lu}\.[ ]?\p{Lu}[\p{Ll}\p{M}]+"
    r"|\p{Lu}[\p{Ll}\p{M}]+(?:[ ](?!Theo[ ])\p{Lu}[\p{Ll}\p{M}]+){1,3}"  # "Tuấn Vĩ Theo Koreaboo": the source ends it
    r"|\p{Lu}[\p{Lu}\p{M}]+(?:[ ]\p{Lu}[\p{Lu}\p{M}]+){1,3}"  # in capitals: "DUY THÀNH"
)
# "Theo Nam Phương/Vnexpress", "Theo Hương Vũ (ANTG)": the source word before a byline with its outlet stays out of it.
_BYLINE_LEAD = (
    r"(?:Theo[ ]+(?=(?:" + _BYLINE_NAME + r")[ ]*[(/]))?"  # "Theo X" alone names an outlet
    r"(?:(?:CTV|PV)[ ]+(?=(?:" + _BYLINE_NAME + r")[ ]*/))?"  # "CTV Tiến Công/VOV-miền Trung": a contributor
)
# The outlet after a byline's slash, a desk of it after a dash: "/VOV", "/Dân trí", "/VOV-TP HCM".
_OUTLET = r"/[^\s/]{1,30}(?:[ ][^\s/]{1,12}){0,2}"
# The byline that closes the text, after the last sentence; "(Theo …)" or "/VOV" may follow.
BYLINE = regex.compile(
    r"(?:^|[.!?…”\"\)\]])[ \n]+" + _BYLINE_LEAD + r"(" + _BYLINE_NAME + r")(?:(?:[ ]+[-–]|,)[ ]+(" + _BYLINE_NAME + r"))?"
    r"[ ]*(?:\([^()\n]{0,80}\)|" + _OUTLET + r"|[ ]*Theo[ ]+[^\n()]{2,40})?[ \n]*$"  # "Tuấn Vĩ Theo Koreaboo"
)
# How far from the end of the text a byline is looked for.
BYLINE_TAIL = 160
# A byline alone on one of the last lines.
BYLINE_LINE = regex.compile(_BYLINE_LEAD + r"(" + _BYLINE_NAME + r")[ ]*(?:\([^()\n]{0,80}\)|" + _OUTLET + r")?[ ]*\.?")
# A nickname in brackets opened by a capitalised honorific: "(Anh Ba Sài Gòn)", "(Chị Hai Lúa)".
BRACKET_NICKNAME = regex.compile(
    r"(?<=\p{L}[ ]?)\((?P<cue>\p{Lu}[\p{Ll}\p{M}]*)[ ](?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,3})\)"
)
# Two authors alone on one of the last lines, joined by a dash: "Lan Hương - Trường Thịnh".
BYLINE_PAIR = regex.compile(r"(" + _BYLINE_NAME + r")[ ]+[-–][ ]+(" + _BYLINE_NAME + r")[ ]*\.?")


def at_sentence_start(text: str, pos: int) -> bool:
    """Nothing but spaces stands between ``pos`` and the start of the text or a mark that closes a sentence.

    >>> text = "Xong. Bắt Lò Văn Pằng"
    >>> at_sentence_start(text, 6), at_sentence_start(text, 10)
    (True, False)
    """
    k = pos - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in SENTENCE_START
