"""Record identifiers (time-ordered UUIDv7) and UTC timestamps for rows."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime


def new_id() -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, 12 random bits, variant 0b10, 62 random bits.

    Formatted directly from the bytes (a case import makes several per case; uuid.UUID costs twice as much)."""
    ms = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    rand = bytearray(os.urandom(10))
    rand[0] = 0x70 | (rand[0] & 0x0F)  # version 7 above 12 random bits
    rand[2] = 0x80 | (rand[2] & 0x3F)  # the RFC variant above 6 random bits
    h = (ms.to_bytes(6, "big") + rand).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_SECOND: tuple[int, str] = (-1, "")  # the last whole second formatted, and its text


def now() -> str:
    """UTC now as ISO 8601 with a Z, microseconds kept so rows written in one second still sort.

    The same text as `datetime.now(UTC)…isoformat(timespec="microseconds") + "Z"`, the date and time formatted
    once per second (an import stamps every row it writes)."""
    global _SECOND
    second, micro = divmod(time.time_ns() // 1000, 1_000_000)
    cached = _SECOND
    if cached[0] != second:
        cached = (second, datetime.fromtimestamp(second, UTC).replace(tzinfo=None).isoformat(timespec="seconds"))
        _SECOND = cached
    return f"{cached[1]}.{micro:06d}Z"
