"""Record ids are RFC 9562 UUIDv7: version 7, the RFC variant, the creation millisecond, random bits, time-ordered."""

from __future__ import annotations

import time
import uuid

from app.storage.ids import new_id


def test_new_id_is_a_uuid7_of_now():
    before = time.time_ns() // 1_000_000
    ids = [new_id() for _ in range(2000)]
    after = time.time_ns() // 1_000_000
    for text in ids:
        value = uuid.UUID(text)
        assert str(value) == text and value.version == 7 and value.variant == uuid.RFC_4122
        assert before <= value.int >> 80 <= after
    assert len(set(ids)) == len(ids)
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)  # the millisecond prefix never goes back
    randoms = {uuid.UUID(i).int & ((1 << 62) - 1) for i in ids}
    assert len(randoms) == len(ids)


def test_now_is_the_utc_clock_as_iso_text_with_microseconds():
    import re
    from datetime import UTC, datetime

    from app.storage.ids import now

    before = datetime.now(UTC).replace(tzinfo=None)
    stamps = [now() for _ in range(5000)]
    after = datetime.now(UTC).replace(tzinfo=None)
    for text in stamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", text), text
        assert before <= datetime.fromisoformat(text[:-1]) <= after
    assert stamps == sorted(stamps)  # rows written one after another sort in that order
