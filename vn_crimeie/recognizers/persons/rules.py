"""The PERSON rules, named, in the order the engine runs them.

Each rule is a function ``rule(ctx, found)`` that reads the text's
:class:`~.context.PersonContext` and adds PERSON candidates to ``found``; a
span that overlaps one found before is refused, so the order is the
precedence.  ``RULES`` names each step (a rule may run twice: the lists run
again once the later mentions are found).  The order:

1. ``persons.initialled`` (:func:`~.shapes.initialled_names`): ``H. R. McMaster``, ``George W. Bush``
   (first: a cue before it would take ``George W.`` only).
2. ``persons.cue`` (:func:`~.cued.after_cue`): ``Thượng tá Lê Hải``, ``cháu A``, ``chị P.T.T``.
3. ``persons.nickname`` (:func:`~.cued.nicknames`): ``(SN 1990, tức Tám Lùn)``.
4. ``persons.bracket_nickname`` (:func:`~.epithets.bracket_nicknames`): ``Nguyễn Văn Cường (Cường sấm)``
   (its candidates are ``persons.nickname``).
5. ``persons.epithet`` (:func:`~.epithets.quoted_epithets`): ``Cường "sấm"`` after that nickname (its
   candidates are ``persons.echo``).
6. ``persons.named_epithet`` (:func:`~.epithets.named_epithets`): ``vụ Minh Béo``, a given name and an
   epithet wherever they stand.
7. ``persons.surname`` (:func:`~.shapes.surname_runs`): ``Trần Thị Mai``; ``persons.split``:
   ``Công an tỉnh Nghệ An Nguyễn Văn Hùng``.
8. ``persons.credit`` (:func:`~.cued.credits`): ``Ảnh: Hoàng Hà``.
9. ``persons.byline`` (:func:`~.cued.byline`): ``Đức Hoàng`` on the last line.
10. ``persons.initials`` (:func:`~.cued.lone_initials`): ``gồm: T.C.Đ. (sinh năm 2005)``.
11. ``persons.context`` (:func:`~.shapes.in_context`): ``Vàng A Dự (16 tuổi)``, ``Williams cho biết``.
12. ``persons.foreign`` (:func:`~.shapes.foreign_given`): ``Henry Hill``.
13. ``persons.list`` (:func:`~.mentions.lists`): ``Lê Văn Tám, Trần Văn Hùng và Ngô Thị Hoa``.
14. ``persons.echo`` (:func:`~.mentions.echoes`): ``Kiên`` after ``Lê Trung Kiên``.
15. ``persons.initial_echo`` (:func:`~.mentions.initial_echoes`): ``P.T.T`` after ``chị P.T.T``
    (its candidates are ``persons.echo``).
16. ``persons.alias`` (:func:`~.aliases.aliases`): ``Hồng dùng tên giả là Dũng, Phúc``, once ``Hồng`` is found
    (its candidates are ``persons.nickname``).
17. ``persons.list_of_echoes`` (:func:`~.mentions.lists` again): ``Kiên và Hùng`` once ``Kiên`` is an echo
    (its candidates are ``persons.list``).

>>> [name for name, _rule in RULES][:3]
['persons.initialled', 'persons.cue', 'persons.nickname']
"""

from __future__ import annotations

from collections.abc import Callable

from .aliases import aliases
from .context import Found, PersonContext
from .cued import after_cue, byline, credits, lone_initials, nicknames
from .epithets import bracket_nicknames, named_epithets, quoted_epithets
from .mentions import echoes, initial_echoes, lists
from .shapes import foreign_given, in_context, initialled_names, surname_runs

__all__ = ["Rule", "RULES"]

#: A rule reads the context and adds what it finds to the spans found.
Rule = Callable[[PersonContext, Found], None]

RULES: tuple[tuple[str, Rule], ...] = (
    ("persons.initialled", initialled_names),
    ("persons.cue", after_cue),
    ("persons.nickname", nicknames),
    ("persons.bracket_nickname", bracket_nicknames),
    ("persons.epithet", quoted_epithets),
    ("persons.named_epithet", named_epithets),
    ("persons.surname", surname_runs),
    ("persons.credit", credits),
    ("persons.byline", byline),
    ("persons.initials", lone_initials),
    ("persons.context", in_context),
    ("persons.foreign", foreign_given),
    ("persons.list", lists),
    ("persons.echo", echoes),
    ("persons.initial_echo", initial_echoes),
    ("persons.alias", aliases),
    ("persons.list_of_echoes", lists),
)
