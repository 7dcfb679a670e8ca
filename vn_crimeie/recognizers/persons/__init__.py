"""PERSON: people's names only, without rank, title or honorific.

Named rules (:mod:`.rules`, in the order they run; ``source`` names the rule):

* ``persons.cue`` - a RANK, a TITLE or a cue word (``ông``, ``chị``, ``đồng
  chí``, ``bị can``, ``GS.TS`` … from ``lang/vi/person_names.yaml``) right
  before a capitalised name or an anonymised one (``cháu A``, ``chị P.T.T``,
  ``anh Ngô Văn T.``);
* ``persons.nickname`` - ``(tức Tí)``, ``(SN 1990, tức Bin)``;
* ``persons.surname`` - 2-4 capitalised syllables that start with a known
  surname, unless a place word comes before (``phường Lý Thái Tổ``) or the run
  is a place (``Hà Nội``); ``persons.split`` takes the name off the end of an
  organisation or place (``Công an tỉnh Nghệ An Nguyễn Văn A``);
* ``persons.credit`` and ``persons.byline`` - ``Ảnh: Cao Sỹ``, the author's
  name that closes an article;
* ``persons.initials``, ``persons.context``, ``persons.foreign`` - anonymised
  initials alone, a name before an age or a verb of saying, a foreign given name;
* ``persons.initialled`` - a Latin name written with initials (``H. R. McMaster``,
  ``George W. Bush``), run first;
* ``persons.list`` - the other names of a list that holds a person;
* ``persons.echo`` - a later mention by the given name alone (``Kiên``,
  ``Minh Anh``) of a person named in full elsewhere in the text.

The package: :mod:`.names` (the language data, loaded once), :mod:`.words`
and :mod:`.context` (what the rules read about one text, built once),
:mod:`.cued`, :mod:`.shapes` and :mod:`.mentions` (the rules), :mod:`.rules`
(their order) and :mod:`.engine` (runs them).

Optionally (``use_ner=True``) underthesea's CRF NER adds its ``PER`` spans in
the sentences where the rules found nothing; it is slow (about 11K chars/s)
and off by default.

>>> text = "Đại tá Lê Nguyên Trường - Phó Giám đốc CATP. Ông Trường cho biết, bà H. đã khai."
>>> [text[c.start : c.end] for c in find(text)]
['Lê Nguyên Trường', 'Trường', 'H.']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ...candidates import Candidate
from ...language import check_language
from ..foreign_names import name_suffix_end
from .context import PRIORITY_CUE, PRIORITY_POSITIONAL, PRIORITY_SURNAME, PRIORITY_WEAK, PersonContext, build_context
from .engine import NER_RULE, run_rules
from .names import NameData, name_data
from .rules import RULES

__all__ = [
    "find",
    "name_data",
    "NameData",
    "PersonContext",
    "build_context",
    "RULES",
    "PRIORITY_CUE",
    "PRIORITY_SURNAME",
    "PRIORITY_POSITIONAL",
    "PRIORITY_WEAK",
]


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    ranks: Sequence[Candidate] | None = None,
    titles: Sequence[Candidate] | None = None,
    language: Sequence[str] | None = None,
    use_ner: bool = False,
) -> list[Candidate]:
    """PERSON candidates in normalised ``text``.

    ``ranks`` and ``titles`` are the RANK and TITLE candidates of the same text,
    ``language`` its language warnings (:func:`vn_crimeie.language.check_language`);
    the analysis passes them, and they are found here when not given. A text
    without diacritics or not in Vietnamese gives no PERSON: capitalised words
    are no evidence of a name there.

    >>> [c.source for c in find("Thiếu tướng Vũ Thanh Chương - Giám đốc CATP dự hội nghị.")]
    ['persons.cue']
    >>> find("Tại phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội")
    []
    >>> find("Thieu tuong Vu Thanh Chuong cho biet, cac doi tuong da bi bat va dua ve tru so Cong an tinh.")
    []
    """
    warnings = check_language(text) if language is None else language
    if warnings:
        return []
    ctx = build_context(text, ranks, titles)
    found = run_rules(ctx, RULES + (NER_RULE,) if use_ner else RULES).items()
    return [c if (end := name_suffix_end(text, c.end)) == c.end else replace(c, end=end) for c in found]
