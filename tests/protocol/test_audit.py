"""The audit hash chain rule and its extension checks (shared by post and office)."""

from __future__ import annotations

import hashlib

import pytest

from protocol.audit import GENESIS, Checkpoint, check_extends, entry_hash, make_entry, verify_segment
from protocol.canonical import canonical
from protocol.errors import AuditChainBroken, MalformedData


def chain(n: int, start: int = 1, prev: str = GENESIS) -> list[dict]:
    out: list[dict] = []
    for seq in range(start, start + n):
        out.append(make_entry(seq=seq, at="2026-11-28T09:00:00Z", actor="officer-1", action="case.view",
                              object_id=f"c-{seq}", prev=out[-1]["hash"] if out else prev))
    return out


def test_hash_rule_is_exactly_the_design_formula():
    entry = chain(1)[0]
    body = {k: v for k, v in entry.items() if k != "hash"}
    expected = hashlib.sha256(b"audit/v1" + bytes(32) + canonical(body)).hexdigest()
    assert entry["hash"] == entry_hash(entry) == expected


def test_segment_verifies_and_ends_at_checkpoint():
    entries = chain(3)
    seg = verify_segment(entries, checkpoint=Checkpoint(3, entries[-1]["hash"]))
    assert (seg.first_seq, seg.first_prev) == (1, GENESIS)
    with pytest.raises(AuditChainBroken):
        verify_segment(entries, checkpoint=Checkpoint(3, entries[0]["hash"]))


def test_edited_entry_breaks_the_chain():
    entries = chain(3)
    entries[1] = {**entries[1], "action": "case.edit"}
    with pytest.raises(AuditChainBroken):
        verify_segment(entries, checkpoint=Checkpoint(3, entries[-1]["hash"]))


def test_dropped_entry_breaks_the_chain():
    entries = chain(3)
    del entries[1]
    with pytest.raises(AuditChainBroken):
        verify_segment(entries, checkpoint=Checkpoint(3, entries[-1]["hash"]))


def test_extension_against_held_neighbours():
    first = chain(2)
    rest = chain(2, start=3, prev=first[-1]["hash"])
    seg = verify_segment(rest, checkpoint=Checkpoint(4, rest[-1]["hash"]))
    check_extends(seg, before=first[-1]["hash"], after_prev=None)
    check_extends(seg, before=None, after_prev=None)  # a gap: linked later from the other side
    with pytest.raises(AuditChainBroken):
        check_extends(seg, before=first[0]["hash"], after_prev=None)
    with pytest.raises(AuditChainBroken):
        check_extends(seg, before=None, after_prev="ab" * 32)


def test_fork_from_genesis_is_refused():
    forged = chain(1, start=1, prev="11" * 32)
    with pytest.raises(AuditChainBroken):
        verify_segment(forged, checkpoint=Checkpoint(1, forged[0]["hash"]))


@pytest.mark.parametrize("change", [{"seq": 0}, {"at": "today"}, {"actor": ""}, {"extra": 1}, {"object_id": 5}])
def test_entry_shape_is_strict(change):
    entry = {**chain(1)[0], **change}
    with pytest.raises(MalformedData):
        verify_segment([entry], checkpoint=Checkpoint(1, entry["hash"]))
