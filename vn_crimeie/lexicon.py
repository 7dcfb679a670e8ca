"""Package language data: loading, validation and fast phrase matching.

All language data (ranks, titles, organisation heads, abbreviations, time and
number words …) lives in ``vn_crimeie/lang/vi/*.yaml``, each file with a JSON
Schema beside it (``<stem>.schema.json``).  :func:`load_data` reads a file once
per process, checks it against its schema (:mod:`vn_crimeie.data_schema`) and
raises :class:`LexiconError` naming the file and the entry when it is malformed.  :class:`PhraseMatcher` finds lexicon phrases in
normalised text through one Aho-Corasick automaton, case-insensitively and only
at word boundaries.

>>> m = PhraseMatcher({"đại tá": "Đại tá", "đại tướng": "Đại tướng"})
>>> [(s, e, v) for s, e, v in m.find("Đại tướng Tô Lâm và đại tá A")]
[(0, 9, 'Đại tướng'), (20, 26, 'Đại tá')]
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

import ahocorasick
import yaml

from .data_schema import SchemaError, check_schema, validate
from .normalize import normalize_form

__all__ = ["LexiconError", "load_data", "load_schema", "check_data", "schema_name", "string_list", "PhraseMatcher", "fold", "strip_diacritics"]

T = TypeVar("T")

DATA_PACKAGE = "vn_crimeie.lang.vi"


class LexiconError(ValueError):
    """A language data file is missing or malformed; the message names file and entry."""


def _read(name: str) -> str:
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"language data file {name!r} is missing from the package") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"language data file {name!r} is not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def schema_name(name: str) -> str:
    """The schema file of data file ``name``.

    >>> schema_name("ranks.yaml")
    'ranks.schema.json'
    """
    return name.rsplit(".", 1)[0] + ".schema.json"


def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of data file ``name`` (raises :class:`LexiconError` when it is missing or uses a keyword the validator lacks).

    >>> load_schema("ranks.yaml")["properties"]["ranks"]["type"]
    'array'
    """
    file = schema_name(name)
    try:
        schema = json.loads(_read(file))
        check_schema(schema, file)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{file} is not valid JSON: {exc}") from exc
    except SchemaError as exc:
        raise LexiconError(str(exc)) from None
    return schema


def check_data(data: Any, name: str) -> None:
    """Raise :class:`LexiconError` naming ``name`` and the entry at fault when ``data`` does not match the file's schema.

    >>> broken = {**load_data("ranks.yaml"), "ranks": [{"canonical": "Đại tá", "grade": "colonel", "order": 3}]}
    >>> check_data(broken, "ranks.yaml")
    Traceback (most recent call last):
    ...
    vn_crimeie.lexicon.LexiconError: ranks.yaml: ranks[0].grade: 'colonel' is not one of ['general', 'field', 'company', 'nco', 'enlisted']
    """
    try:
        validate(data, load_schema(name), name)
    except SchemaError as exc:
        raise LexiconError(str(exc)) from None


@cache
def load_data(name: str) -> Any:
    """Load ``vn_crimeie/lang/vi/<name>`` (YAML or TSV) once per process; a YAML file is checked against its schema.

    >>> isinstance(load_data("ranks.yaml"), dict)
    True
    """
    raw = _read(name)
    if name.endswith(".tsv"):
        rows = []
        for line in raw.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(tuple(line.split("\t")))
        return rows
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise LexiconError(f"language data file {name!r} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):  # every data file is a mapping of named sections
        raise LexiconError(f"language data file {name!r}: the top level must be a mapping of sections, got {type(data).__name__}")
    check_data(data, name)
    return data


def string_list(data: Any, key: str, file: str) -> list[str]:
    """The non-empty list of strings ``data[key]`` of data file ``file``.

    Raises :class:`LexiconError` naming the file, the key and the bad entry.

    >>> string_list({"cues": ["ông", "bà"]}, "cues", "person_names.yaml")
    ['ông', 'bà']
    >>> string_list({"cues": ["ông", 3]}, "cues", "person_names.yaml")
    Traceback (most recent call last):
    ...
    vn_crimeie.lexicon.LexiconError: person_names.yaml: cues[1] must be a non-empty string without outer spaces, got 3
    """
    items = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(items, list) or not items:
        raise LexiconError(f"{file}: {key!r} must be a non-empty list of strings")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or item != item.strip():
            raise LexiconError(f"{file}: {key}[{i}] must be a non-empty string without outer spaces, got {item!r}")
    return items


def fold(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its length.

    >>> fold("ĐẠI TÁ")
    'đại tá'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _StripTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table: code point → its base letter, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        self[code] = base
        return base


_STRIP_TABLE = _StripTable({ord("đ"): "d", ord("Đ"): "D"})


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics, keeping the length of NFC text.

    >>> strip_diacritics("Đại tướng")
    'Dai tuong'
    """
    return text.translate(_STRIP_TABLE)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseMatcher(Generic[T]):
    """Find lexicon phrases in normalised text through one Aho-Corasick automaton.

    Keys are matched case-insensitively (and, with ``strip=True``, also without
    diacritics) and only where they start and end at a word boundary.  ``find``
    yields leftmost-longest, non-overlapping matches ``(start, end, payload)``.
    """

    def __init__(self, phrases: Mapping[str, T], *, strip: bool = False) -> None:
        self._strip = strip
        self._automaton = ahocorasick.Automaton()
        self._size = 0
        for phrase, payload in phrases.items():
            if not isinstance(phrase, str):
                raise LexiconError(f"lexicon phrase {phrase!r} is not a string (payload {payload!r})")
            key = self._key(normalize_form(phrase))
            if not key.strip():
                raise LexiconError(f"empty phrase in lexicon (payload {payload!r})")
            self._automaton.add_word(key, (len(key), payload))
            self._size += 1
        if self._size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def _key(self, text: str) -> str:
        key = fold(text)
        return strip_diacritics(key) if self._strip else key

    def find_all(self, text: str) -> Iterator[tuple[int, int, T]]:
        """Every match at word boundaries, overlapping ones included."""
        if not self._size:
            return
        haystack = self._key(text)
        n = len(haystack)
        for end_index, (length, payload) in self._automaton.iter(haystack):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and _is_word_char(haystack[start - 1]) and _is_word_char(haystack[start]):
                continue
            if end < n and _is_word_char(haystack[end]) and _is_word_char(haystack[end - 1]):
                continue
            yield start, end, payload

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Leftmost-longest non-overlapping matches, in text order."""
        matches = sorted(self.find_all(text), key=lambda m: (m[0], -(m[1] - m[0])))
        out: list[tuple[int, int, T]] = []
        last_end = -1
        for start, end, payload in matches:
            if start >= last_end:
                out.append((start, end, payload))
                last_end = end
        return out

