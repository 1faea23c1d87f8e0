"""Canonical JSON and domain-separated, length-prefixed hashing."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

from protocol.errors import MalformedData, NonCanonicalJson

_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _check(value: Any) -> None:
    """Refuse values canonical JSON does not carry (floats, non-string keys, other types)."""
    if value is None or isinstance(value, (bool, str)):
        return
    if isinstance(value, int):
        if abs(value) >= 2**53:
            raise MalformedData("integers must be within +-2^53")
        return
    if isinstance(value, list):
        for item in value:
            _check(item)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise MalformedData("object keys must be strings")
            _check(item)
        return
    raise MalformedData(f"type {type(value).__name__} is not allowed in canonical JSON")


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)  # built once


def canonical(value: Any) -> bytes:
    """Encode as canonical JSON: sorted keys, no whitespace, UTF-8, integers only."""
    _check(value)
    return _CANONICAL.encode(value).encode("utf-8")


def parse_canonical(data: bytes) -> Any:
    """Decode JSON and insist that it was canonical (so its hash is the hash of its meaning).

    What the parser returns is already within canonical JSON's types (strings as keys, no floats or constants,
    integers bounded while parsing), so it is re-encoded without walking it again (`canonical` checks values
    built in code)."""
    try:
        value = json.loads(data.decode("utf-8"), parse_float=_no_float, parse_constant=_no_float,
                           parse_int=_bounded_int)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedData(f"not JSON: {exc.__class__.__name__}") from None
    try:
        again = _CANONICAL.encode(value).encode("utf-8")
    except RecursionError:
        raise MalformedData("not JSON: RecursionError") from None
    if again != data:
        raise NonCanonicalJson("JSON is not canonical")
    return value


def parse_json(data: bytes) -> Any:
    """Decode JSON that need not be canonical (receipts and feeds carry their own canonical body)."""
    try:
        value = json.loads(data.decode("utf-8"), parse_float=_no_float, parse_constant=_no_float)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedData(f"not JSON: {exc.__class__.__name__}") from None
    _check(value)
    return value


def _no_float(text: str) -> Any:
    """Refuse floats and NaN/Infinity while parsing."""
    raise ValueError(f"non-integer number {text!r}")


def _bounded_int(text: str) -> int:
    """An integer within +-2^53, the range canonical JSON carries, while parsing."""
    value = int(text)
    if abs(value) >= 2**53:
        raise ValueError("integers must be within +-2^53")
    return value


def sha256(data: bytes) -> bytes:
    """SHA-256 digest."""
    return hashlib.sha256(data).digest()


def lp(part: bytes) -> bytes:
    """Length-prefix one part: 4-byte big-endian length, then the bytes."""
    return len(part).to_bytes(4, "big") + part


def tagged(domain: str, *parts: bytes) -> bytes:
    """Domain-separated, length-prefixed concatenation: lp(domain) ‖ lp(part1) ‖ lp(part2) ..."""
    return b"".join([lp(domain.encode("ascii")), *(lp(p) for p in parts)])


def tagged_hash(domain: str, *parts: bytes) -> bytes:
    """SHA-256 of `tagged(domain, *parts)`."""
    return sha256(tagged(domain, *parts))


def b64e(data: bytes) -> str:
    """Standard base64 with padding."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: Any, *, size: int | None = None) -> bytes:
    """Strict base64 decode (optionally of an exact size), raising MalformedData."""
    if not isinstance(text, str):
        raise MalformedData("expected a base64 string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise MalformedData("bad base64") from None
    if size is not None and len(raw) != size:
        raise MalformedData(f"expected {size} bytes")
    if b64e(raw) != text:
        raise MalformedData("non-canonical base64")
    return raw


def hex32(value: Any) -> bytes:
    """Decode a lowercase 64-hex-digit string to 32 bytes, raising MalformedData."""
    if not isinstance(value, str) or not _HEX64.match(value):
        raise MalformedData("expected 64 lowercase hex digits")
    return bytes.fromhex(value)


def format_time(moment: datetime) -> str:
    """UTC ISO-8601 with a Z, seconds precision (microseconds kept when present)."""
    text = moment.astimezone(UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def parse_time(text: Any) -> datetime:
    """Parse the only timestamp form the protocol accepts: YYYY-MM-DDTHH:MM:SS[.ffffff]Z."""
    if not isinstance(text, str) or not _TIME_RE.match(text):
        raise MalformedData("timestamps are UTC ISO-8601 ending in Z")
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError:
        raise MalformedData("invalid timestamp") from None


def utcnow() -> datetime:
    """The current UTC time (one place to read the clock)."""
    return datetime.now(UTC)
