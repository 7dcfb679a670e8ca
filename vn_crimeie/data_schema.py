"""Validate a language data file against its JSON Schema (``<stem>.schema.json``).

Every ``lang/vi/*.yaml`` has a JSON Schema (draft 2020-12) beside it, and
:func:`vn_crimeie.lexicon.load_data` checks the file against it the first time
it loads it.  This module is a small validator for the part of JSON Schema
those files use, not the ``jsonschema`` package, because:

* the schemas of the data files need only a handful of keywords (types,
  ``enum``, ``pattern``, lengths, bounds, ``properties``, ``items``,
  ``uniqueItems``, local ``$ref``), and a schema that uses any other keyword is
  refused here (:func:`check_schema`), so a keyword is never silently ignored;
* it adds no run-time dependency and almost nothing to the cost of loading:
  it imports in about 0.4 ms and checks the 18 files in 10-18 ms of CPU, where
  parsing their YAML takes about 220 ms; ``jsonschema`` (with its
  ``referencing``/``rpds``/``attrs`` stack) takes about 40 ms to import and
  about 110 ms to check the same files (measured on the development machine);
* the error names the file and the JSON path of the entry at fault in the
  form the project wants (``ranks.yaml: ranks[3].grade: ...``).

The test suite validates every data file and a broken copy of each with both
this validator and ``jsonschema`` (a development dependency), so the two stay
in agreement.

>>> schema = {"type": "object", "properties": {"ranks": {"type": "array", "items": {"enum": ["Đại tá", "Thượng tá"]}}}}
>>> validate({"ranks": ["Đại tá", "Trung tá"]}, schema, "ranks.yaml")
Traceback (most recent call last):
...
vn_crimeie.data_schema.SchemaError: ranks.yaml: ranks[1]: 'Trung tá' is not one of ['Đại tá', 'Thượng tá']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["SchemaError", "validate", "check_schema", "json_path"]

#: Keywords that only describe (no effect on validation).
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples", "default", "$defs"})
#: Keywords this validator checks.
_ASSERTIONS = frozenset(
    {
        "$ref", "type", "enum", "const", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
        "properties", "required", "additionalProperties", "propertyNames", "minProperties",
    }
)
_SCHEMA_MAPS = ("properties", "$defs")
_SUBSCHEMAS = ("items", "additionalProperties", "propertyNames")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class SchemaError(ValueError):
    """A data file does not match its schema, or a schema uses a keyword this validator lacks."""


class _Fault(Exception):
    def __init__(self, path: list[str | int], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def json_path(path: Sequence[str | int]) -> str:
    """``ranks[3].grade`` for the path ``["ranks", 3, "grade"]``; keys that are no identifier go in brackets.

    >>> json_path(["parts_of_day", "buổi sáng", "code"])
    "parts_of_day['buổi sáng'].code"
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{part!r}]"
    return out


def check_schema(schema: Any, file: str) -> None:
    """Refuse a schema holding a keyword this validator does not check.

    >>> check_schema({"type": "object", "patternProperties": {}}, "ranks.schema.json")
    Traceback (most recent call last):
    ...
    vn_crimeie.data_schema.SchemaError: ranks.schema.json: keyword 'patternProperties' (at /) is not supported
    """

    def walk(node: Any, where: str) -> None:
        if isinstance(node, bool):
            return
        if not isinstance(node, Mapping):
            raise SchemaError(f"{file}: the schema at {where} is not an object")
        for key, value in node.items():
            if key not in _ANNOTATIONS and key not in _ASSERTIONS:
                raise SchemaError(f"{file}: keyword {key!r} (at {where}) is not supported")
            if key in _SCHEMA_MAPS:
                for name, sub in value.items():
                    walk(sub, f"{where}{key}/{name}/")
            elif key in _SUBSCHEMAS:
                walk(value, f"{where}{key}/")
            elif key == "prefixItems":
                for i, sub in enumerate(value):
                    walk(sub, f"{where}{key}/{i}/")

    walk(schema, "/")


def validate(data: Any, schema: Mapping[str, Any], file: str) -> None:
    """Raise :class:`SchemaError` naming ``file`` and the path of the first entry of ``data`` that fails ``schema``.

    >>> validate({"cues": ["ông", "bà"]}, {"properties": {"cues": {"items": {"minLength": 1}}}}, "person_names.yaml")
    """
    try:
        _check(data, schema, [], schema)
    except _Fault as fault:
        where = json_path(fault.path)
        raise SchemaError(f"{file}: {where + ': ' if where else ''}{fault.message}") from None


_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}
#: Keywords of a schema that :func:`_plain_string` can check on its own.
_STRING_KEYWORDS = frozenset({"type", "pattern"}) | _ANNOTATIONS


def _resolve(ref: str, root: Mapping[str, Any]) -> Any:
    if not ref.startswith("#/"):
        raise SchemaError(f"$ref {ref!r}: only references inside the same schema ('#/...') are supported")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _target(schema: Any, root: Mapping[str, Any]) -> Any:
    """``schema``, or what it refers to when it is only a ``$ref`` and annotations."""
    while isinstance(schema, dict) and "$ref" in schema and set(schema) <= _ANNOTATIONS | {"$ref"}:
        schema = _resolve(schema["$ref"], root)
    return schema


def _plain_string(schema: Any) -> re.Pattern[str] | None:
    """The pattern of a schema that asks only for a string matching it, else None (the fast path of long word lists)."""
    if not isinstance(schema, dict) or schema.get("type") != "string" or "pattern" not in schema:
        return None
    if not set(schema) <= _STRING_KEYWORDS:
        return None
    return re.compile(schema["pattern"])


def _check(value: Any, schema: Any, path: list[str | int], root: Mapping[str, Any]) -> None:
    if schema is True:
        return
    if schema is False:
        raise _Fault(path, f"{value!r} is not allowed here")
    if "$ref" in schema:
        _check(value, _resolve(schema["$ref"], root), path, root)
    kind = schema.get("type")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else kind
        if not any(_TYPES[k](value) for k in kinds):
            raise _Fault(path, f"{value!r} is not of type {', '.join(map(repr, kinds))}")
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        raise _Fault(path, f"{value!r} is not one of {schema['enum']!r}")
    if "const" in schema and not _same(value, schema["const"]):
        raise _Fault(path, f"{schema['const']!r} was expected, got {value!r}")
    if isinstance(value, str):
        _check_string(value, schema, path)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise _Fault(path, f"{value!r} is less than the minimum of {schema['minimum']!r}")
        if "maximum" in schema and value > schema["maximum"]:
            raise _Fault(path, f"{value!r} is greater than the maximum of {schema['maximum']!r}")
    elif isinstance(value, list):
        _check_array(value, schema, path, root)
    elif isinstance(value, dict):
        _check_object(value, schema, path, root)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``True`` is not ``1``."""
    return a == b and isinstance(a, bool) == isinstance(b, bool)


def _hashable(value: Any) -> Any:
    """A key equal for equal JSON values (``True`` and ``1`` apart)."""
    if isinstance(value, list):
        return ("list", tuple(_hashable(v) for v in value))
    if isinstance(value, dict):
        return ("object", frozenset((k, _hashable(v)) for k, v in value.items()))
    return (isinstance(value, bool), value)


def _check_string(value: str, schema: Mapping[str, Any], path: list[str | int]) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise _Fault(path, f"{value!r} is shorter than {schema['minLength']} characters")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _Fault(path, f"{value!r} is longer than {schema['maxLength']} characters")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        what = f" ({schema['description']})" if "description" in schema else ""
        raise _Fault(path, f"{value!r} does not match {schema['pattern']!r}{what}")


def _check_array(value: list[Any], schema: Mapping[str, Any], path: list[str | int], root: Mapping[str, Any]) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise _Fault(path, f"{value!r} has fewer than {schema['minItems']} items")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise _Fault(path, f"{value!r} has more than {schema['maxItems']} items")
    prefix = schema.get("prefixItems") or []
    for i, (item, sub) in enumerate(zip(value, prefix)):
        _check(item, sub, [*path, i], root)
    items = _target(schema.get("items"), root)
    if items is not None:
        pattern = _plain_string(items)
        for i in range(len(prefix), len(value)):
            item = value[i]
            if pattern is None or type(item) is not str or not pattern.search(item):
                _check(item, items, [*path, i], root)
    if schema.get("uniqueItems") and not (all(type(v) is str for v in value) and len(set(value)) == len(value)):
        seen: set[Any] = set()
        for i, item in enumerate(value):
            key = _hashable(item)
            if key in seen:
                raise _Fault([*path, i], f"{item!r} is listed twice")
            seen.add(key)


def _check_object(value: dict[Any, Any], schema: Mapping[str, Any], path: list[str | int], root: Mapping[str, Any]) -> None:
    if "minProperties" in schema and len(value) < schema["minProperties"]:
        raise _Fault(path, f"{dict(value)!r} has fewer than {schema['minProperties']} properties")
    for key in schema.get("required") or ():
        if key not in value:
            raise _Fault(path, f"{key!r} is a required property")
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties", True)
    names = schema.get("propertyNames")
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Fault([*path, str(key)], f"the key {key!r} is not a string")
        if names is not None:
            _check(key, names, [*path, key], root)
        if key in properties:
            _check(item, properties[key], [*path, key], root)
        elif extra is False:
            raise _Fault([*path, key], f"{key!r} is not an allowed key here (allowed: {', '.join(properties)})")
        else:
            _check(item, extra, [*path, key], root)
