"""A small validator for the JSON-schema subset the scenario schema uses, so the app needs no jsonschema at run time.

It understands: type, const, enum, required, properties, additionalProperties (false), items, minItems, uniqueItems,
pattern, minLength, maxLength, minimum, maximum and local `$ref`s (`#/$defs/...`). Anything else in a schema is
refused when the schema is read (`UnsupportedSchema`), so the schema file cannot quietly ask for a check this code
does not make. The tests compare its verdicts with the `jsonschema` package on good and broken scenarios.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

KNOWN = {"$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
         "additionalProperties", "items", "minItems", "uniqueItems", "pattern", "minLength", "maxLength", "minimum",
         "maximum"}
TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,), "integer": (int,),
                                      "number": (int, float), "boolean": (bool,), "null": (type(None),)}


class UnsupportedSchema(ValueError):
    """The schema uses a keyword this validator does not implement."""


def check_supported(schema: Any, where: str = "#") -> None:
    """Refuse a schema that asks for a keyword this validator would ignore."""
    if isinstance(schema, dict):
        unknown = set(schema) - KNOWN
        if unknown and where.split("/")[-1] not in ("properties", "$defs"):
            raise UnsupportedSchema(f"{where}: unsupported keyword(s) {sorted(unknown)}")
        for key, value in schema.items():
            if key not in ("enum", "const", "required"):
                check_supported(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for n, value in enumerate(schema):
            check_supported(value, f"{where}/{n}")


def errors(instance: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every problem, as "path: message", in document order; [] when the instance is valid."""
    return list(_walk(instance, schema, schema, "$"))


def _resolve(root: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        ref = str(schema["$ref"])
        if not ref.startswith("#/"):
            raise UnsupportedSchema(f"only local references are supported: {ref}")
        node: Any = root
        for part in ref[2:].split("/"):
            node = node[part]
        schema = node
    return schema


def _type_ok(value: Any, names: Any) -> bool:
    names = [names] if isinstance(names, str) else list(names)
    for name in names:
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if isinstance(value, TYPES[name]):
            return True
    return False


def _walk(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any], path: str) -> Iterator[str]:
    schema = _resolve(root, schema)
    if "type" in schema and not _type_ok(value, schema["type"]):
        yield f"{path}: must be of type {schema['type']}"
        return
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        yield f"{path}: must be {schema['const']!r}"
    if "enum" in schema and not any(value == e and type(value) is type(e) for e in schema["enum"]):
        yield f"{path}: must be one of {schema['enum']}"
    if isinstance(value, dict):
        yield from _object(value, schema, root, path)
    elif isinstance(value, list):
        yield from _array(value, schema, root, path)
    elif isinstance(value, str):
        yield from _string(value, schema, path)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            yield f"{path}: must be at least {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            yield f"{path}: must be at most {schema['maximum']}"


def _object(value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], path: str) -> Iterator[str]:
    for name in schema.get("required", []):
        if name not in value:
            yield f"{path}: {name} is required"
    props = schema.get("properties", {})
    for key, item in value.items():
        if key in props:
            yield from _walk(item, props[key], root, f"{path}.{key}")
        elif schema.get("additionalProperties") is False:
            yield f"{path}: {key} is not a known field"


def _array(value: list[Any], schema: Mapping[str, Any], root: Mapping[str, Any], path: str) -> Iterator[str]:
    if len(value) < schema.get("minItems", 0):
        yield f"{path}: needs at least {schema['minItems']} item(s)"
    if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
        yield f"{path}: items must not repeat"
    if "items" in schema:
        for n, item in enumerate(value):
            yield from _walk(item, schema["items"], root, f"{path}[{n}]")


def _string(value: str, schema: Mapping[str, Any], path: str) -> Iterator[str]:
    if len(value) < schema.get("minLength", 0):
        yield f"{path}: must not be empty"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield f"{path}: is longer than {schema['maxLength']} characters"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        yield f"{path}: does not match {schema['pattern']}"
