"""The one bounded JSON reader of the post: size, nesting depth, duplicate keys and unsafe text refused."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a reader
# sees ("Trojan Source"), so a name or identifier carrying one could display as another. NUL ends C strings.
UNSAFE_CHARACTERS = frozenset(["\x00", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))])


class JsonRefused(ValueError):
    """The input is not JSON we accept; `reason` is one sentence fragment without the input's content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """How much a reader accepts: bytes, nesting depth, members of one object or list, and string length."""

    max_bytes: int
    max_depth: int = 32
    max_items: int = 1_000_000
    max_string: int = 1_000_000


def unsafe_text(value: str) -> bool:
    """True when `value` holds NUL or a bidirectional control character."""
    return not UNSAFE_CHARACTERS.isdisjoint(value)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise JsonRefused("an object names the same member twice")
    return result


def _no_constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a JSON number")


def loads(data: bytes | str, limits: Limits) -> Any:
    """Parse `data` under `limits`; JsonRefused names the first rule broken (never echoes the input)."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > limits.max_bytes:
        raise JsonRefused(f"it is larger than {limits.max_bytes:,} bytes")
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise JsonRefused("it is not UTF-8 text") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise JsonRefused(f"it is nested deeper than {limits.max_depth} levels") from None
    except json.JSONDecodeError as exc:
        raise JsonRefused(f"it is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        if isinstance(exc, JsonRefused):
            raise
        raise JsonRefused("it holds a value JSON readers do not accept") from None
    _check_shape(value, limits)
    return value


def _check_shape(value: Any, limits: Limits) -> None:
    """Walk without recursion: depth, container sizes, string lengths."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > limits.max_depth:
                raise JsonRefused(f"it is nested deeper than {limits.max_depth} levels")
            if len(item) > limits.max_items:
                raise JsonRefused(f"an object or list has more than {limits.max_items:,} members")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list, str)))
            if isinstance(item, dict):
                stack.extend((key, depth) for key in item)
        elif isinstance(item, str) and len(item) > limits.max_string:
            raise JsonRefused(f"a string is longer than {limits.max_string:,} characters")


def read_file(path: Path | str, limits: Limits) -> Any:
    """A regular file (no device, FIFO or directory) read up to the limit, then parsed under `limits`."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise JsonRefused("it is not a regular file")
        data = fh.read(limits.max_bytes + 1)
    return loads(data, limits)


# Screening instruments, mapping files and evaluation requests: a few hundred kB at most.
SCREENING_LIMITS = Limits(max_bytes=8 * 1024 * 1024, max_depth=16, max_items=10_000, max_string=100_000)
