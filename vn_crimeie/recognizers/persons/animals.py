"""Names given to animals are no PERSON: ``chú chó tên là Vàng``, ``"bé Trề"`` of a dog.

The text names an animal by its name in four ways:

* an animal, maybe a word or two, a naming phrase and the name: ``chú chó nhỏ tên là Vàng``;
* a naming verb, the animal and the name: ``Anh đặt tên chú chó là "bé Trề"``;
* the name, then the animal after a comma: ``"bé Rằm", chú chó từng bị …``;
* a quoted pet name with an animal in its sentence or the one before: ``… con chó cái … "Bé Trề" được …``.

Every later mention of such a name in the text is the animal's too: :func:`block_animal_names`
unmarks its words before the rules run.  The words are in ``person_rules.yaml``.

>>> sorted(animal_names('Anh đặt tên chú chó là "bé Trề". Con mèo tên là Mi Lu. Bé Na chơi với chó.'))
['Mi Lu', 'Trề']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ...lexicon import load_data, string_list
from .words import Words

__all__ = ["animal_names", "block_animal_names"]

_FILE = "person_rules.yaml"
_NAME = r"(?P<name>\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,2})(?![\p{L}\p{M}])"
_OPEN_QUOTE = "[\"“]"
_CLOSE_QUOTE = "[\"”]"
#: where a sentence ends, for the window of a quoted pet name
_SENTENCE_END = regex.compile(r"[.!?\n]")


@dataclass(frozen=True)
class _Patterns:
    #: the naming of an animal, the name in group "name"
    named: tuple[regex.Pattern[str], ...]
    #: a quoted pet name
    quoted_pet: regex.Pattern[str]
    animal: regex.Pattern[str]


def _words(data: dict, key: str) -> str:
    """A case-insensitive alternation of the words of ``key``, the longest first."""
    words = sorted(string_list(data, key, _FILE), key=len, reverse=True)
    return "(?i:" + "|".join(regex.escape(w, literal_spaces=True) for w in words) + ")"


@cache
def _patterns() -> _Patterns:
    data = load_data(_FILE)
    animal, naming, verbs, pet = (_words(data, k) for k in ("animal_nouns", "animal_naming", "naming_verbs", "pet_cues"))
    edge = r"(?<![\p{L}\p{M}])"
    name = rf"{_OPEN_QUOTE}?(?:{pet} )?{_NAME}"
    return _Patterns(
        named=(
            regex.compile(rf"{edge}{animal}(?: \p{{Ll}}+){{0,2}}? {naming} {name}"),
            regex.compile(rf"{edge}{verbs} {animal}(?: \p{{Ll}}+){{0,2}}? là {name}"),
            regex.compile(rf"{edge}{name}{_CLOSE_QUOTE}?, {animal}(?![\p{{L}}\p{{M}}])"),
        ),
        quoted_pet=regex.compile(rf"{_OPEN_QUOTE}{pet} {_NAME}{_CLOSE_QUOTE}"),
        animal=regex.compile(rf"{edge}{animal}(?![\p{{L}}\p{{M}}])"),
    )


def animal_names(text: str) -> set[str]:
    """The names ``text`` gives to animals.

    >>> sorted(animal_names('Anh Dương ôm "bé Rằm", chú chó bị bỏ rơi. Bé Na (5 tuổi) chơi với chó.'))
    ['Rằm']
    """
    patterns = _patterns()
    names = {m.group("name") for pattern in patterns.named for m in pattern.finditer(text)}
    for m in patterns.quoted_pet.finditer(text):
        if m.group("name") not in names and patterns.animal.search(text, _sentence_before(text, m.start()), m.start()):
            names.add(m.group("name"))
    return names


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one that holds ``pos`` starts."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)]
    return ends[-2] + 1 if len(ends) >= 2 else max(0, pos - 400)


def block_animal_names(words: Words) -> None:
    """Unmark, in place, every mention of a name the text gives to an animal: it is no person's.

    >>> from .names import name_data
    >>> from .words import build_words
    >>> words = build_words('Con chó tên là Vàng. Vàng sủa, anh Dương cười.', [], name_data())
    >>> block_animal_names(words)
    >>> [w for w, ok in zip(words.texts, words.nameish) if ok]
    ['Con', 'Dương']
    """
    names = animal_names(words.text)
    if not names:
        return
    texts = words.texts
    for name in names:
        parts = name.split(" ")
        for i in range(len(texts) - len(parts) + 1):
            if texts[i : i + len(parts)] == parts:
                for k in range(i, i + len(parts)):
                    words.nameish[k] = False
