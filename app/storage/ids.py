"""Record identifiers (time-ordered UUIDv7) and UTC timestamps for rows."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime


def new_id() -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, 12 random bits, variant 0b10, 62 random bits.

    Formatted directly from the bytes (a case import makes several per case; uuid.UUID costs twice as much)."""
    ms = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    rand = os.urandom(10)
    h = f"{ms:012x}7{int.from_bytes(rand[:2], 'big') & 0xFFF:03x}{0x80 | (rand[2] & 0x3F):02x}{rand[3:].hex()}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def now() -> str:
    """UTC now as ISO 8601 with a Z, microseconds kept so rows written in one second still sort."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
