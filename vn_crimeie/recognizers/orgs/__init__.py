"""ORG: organisations, units, courts, forces, the press, as maximal spans.

The data is ``lang/vi/organizations.yaml`` (heads, named units, fixed names,
forces, media) and ``lang/vi/abbreviations.yaml`` (``CATP``, ``CSGT`` …).  An
organisation is parsed from its start:

* a fixed name (``Bộ Công an``, ``Công an cả nước``) or a newspaper;
* ``Công an``/``CA`` + level + place (``Công an tỉnh Nghệ An``, ``CA quận``);
* a head + complement (``Phòng`` + ``Cảnh sát hình sự``, ``Bệnh viện`` +
  ``Việt Đức``, ``Tổ giúp việc`` + ``BCĐ``, ``Ban Chỉ đạo`` + ``Kế hoạch 131``);
* an abbreviation or a unit code (``CATP``, ``CSGT``, ``PC02``);
* a named force (``lực lượng Cảnh sát hình sự``, ``Cảnh sát PCCC``);

then parent units are attached while they follow with a space
(``Cơ quan Cảnh sát điều tra CATP``, ``Đội CSGT Công an TP Thanh Hóa``).  A title
keeps its head noun: in ``Trưởng phòng Cảnh sát hình sự`` the ORG is
``Cảnh sát hình sự``.  Generic ``công an``, ``cơ quan công an`` and
``lực lượng chức năng`` are not organisations.

>>> t = "Thủ trưởng Cơ quan Cảnh sát điều tra CATP"
>>> [(t[c.start:c.end], c.value["expansion"]) for c in find(t)][0]
('Cơ quan Cảnh sát điều tra CATP', 'Cơ quan Cảnh sát điều tra Công an thành phố')

Nested candidates (``CATP`` inside it) are proposed too; the resolver keeps the longest.

The package: :mod:`.tables` (the language data, also ``lang/vi/org_rules.yaml``),
:mod:`.context` (what the rules read of one text), the named rules, each a
function with a Vietnamese example, and the small :mod:`.engine` that applies them:

* *head organisation*: :func:`.heads.head_org` (force, parent, place and named heads,
  the name after a title) with the name after a head, :func:`.heads.complement`;
* *continuations* of a name past its capitalised words (:mod:`.continuations`): a
  unit's remit (``Cục Cảnh sát điều tra tội phạm về tham nhũng``), the lower-case
  words of a sentence-case name closed by a place or ``Trung ương``
  (``Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam``), a court's level, also after its
  short form in brackets (``TAND cấp cao tại Hà Nội``, ``Tòa án nhân dân (TAND) tối
  cao``), a paper's suffix (``Tuổi Trẻ Online``);
* *standalone name*: :func:`.standalone.standalone` (fixed names, newspapers, foreign
  bodies, companies and carriers by their suffix (``Qatar Airways``), websites
  (``zing.vn``), institutions named by one word (``của Đảng, Nhà nước``), police,
  short forms, unit codes, police units, foreign media after a press head, a credit
  or as the agent of a passive (``tờ Le Parisien``, ``Ảnh: Daily Star``), and
  businesses named after their head and trade (:mod:`.businesses`: ``garage ôtô Hoàng Duy``));
* *police and parents*: :func:`.police.police`, :func:`.police.parents`, and
  *dash parent*: :func:`.police.dash_parent`;
* *remit* and *officers*: :func:`.mentions.remit`, :func:`.mentions.officers`;
* *aliases*: :func:`.engine.aliases`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ...candidates import Candidate
from ..locations import PlaceSpan, place_spans
from .context import OrgContext
from .engine import PRIORITY, organisations  # noqa: F401 (PRIORITY: read by callers)
# the names other modules and tests import from here
from .tables import WORD_BEFORE as _WORD_BEFORE  # noqa: F401
from .tables import phrase_matcher as _phrase_matcher  # noqa: F401

__all__ = ["find"]


def find(
    text: str,
    dateline: datetime | None = None,
    *,
    places: Sequence[PlaceSpan] | None = None,
    crimes: Sequence[Candidate] | None = None,
) -> list[Candidate]:
    """ORG candidates in normalised ``text``.

    ``places`` and ``crimes`` are the :func:`place_spans` and CRIME candidates of
    the same text (the analysis passes them; found here when not given).

    >>> t = "Đại tá A, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An"
    >>> [t[c.start:c.end] for c in find(t)]
    ['Cảnh sát hình sự Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']
    >>> t = "Công ty Điện lực Sơn La cho biết, Điện lực Sơn La đã lắp công tơ mới."
    >>> [t[c.start:c.end] for c in find(t)]
    ['Công ty Điện lực Sơn La', 'Điện lực Sơn La']
    """
    ctx = OrgContext(text, place_spans(text) if places is None else places, crimes)
    return organisations(ctx)
