"""The audit hash chain shared by posts and the office: entry shape, hashing, segment and extension checks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from protocol.canonical import canonical, hex32, parse_time
from protocol.errors import AuditChainBroken, MalformedData

GENESIS = "0" * 64
ENTRY_KEYS = frozenset({"seq", "at", "actor", "action", "object_id", "prev", "hash"})
MAX_FIELD = 200


def entry_hash(entry: dict[str, Any]) -> str:
    """h_i = SHA-256(b"audit/v1" ‖ h_{i-1} (32 raw bytes) ‖ canonical(entry without "hash"))."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    digest = hashlib.sha256(b"audit/v1" + hex32(entry["prev"]) + canonical(body)).hexdigest()
    return digest


def make_entry(*, seq: int, at: str, actor: str, action: str, object_id: str | None, prev: str) -> dict[str, Any]:
    """Build one chained entry (the post's side of the rule)."""
    entry: dict[str, Any] = {
        "seq": seq, "at": at, "actor": actor, "action": action, "object_id": object_id, "prev": prev,
    }
    entry["hash"] = entry_hash(entry)
    return entry


def check_entry_shape(entry: Any) -> None:
    """Accept exactly {seq, at, actor, action, object_id, prev, hash} with the documented types."""
    if not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
        raise MalformedData("audit entry must have exactly seq, at, actor, action, object_id, prev, hash")
    if not isinstance(entry["seq"], int) or isinstance(entry["seq"], bool) or entry["seq"] < 1:
        raise MalformedData("audit seq must be an integer >= 1")
    parse_time(entry["at"])
    for name in ("actor", "action"):
        if not isinstance(entry[name], str) or not 0 < len(entry[name]) <= MAX_FIELD:
            raise MalformedData(f"audit {name} must be a short non-empty string")
    oid = entry["object_id"]
    if oid is not None and (not isinstance(oid, str) or len(oid) > MAX_FIELD):
        raise MalformedData("audit object_id must be null or a short string")
    hex32(entry["prev"])
    hex32(entry["hash"])


@dataclass(frozen=True)
class Checkpoint:
    """The chain position a bundle claims: number of entries so far and the hash of the last one."""

    size: int
    head: str

    def as_dict(self) -> dict[str, Any]:
        """JSON form {"size", "head"}."""
        return {"size": self.size, "head": self.head}


def parse_checkpoint(value: Any) -> Checkpoint:
    """Parse {"size": int >= 0, "head": hex64}; size 0 has the genesis head."""
    if not isinstance(value, dict) or set(value) != {"size", "head"}:
        raise MalformedData("audit checkpoint must be {size, head}")
    size, head = value["size"], value["head"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise MalformedData("checkpoint size must be an integer >= 0")
    hex32(head)
    if size == 0 and head != GENESIS:
        raise MalformedData("an empty chain has the genesis head")
    return Checkpoint(size, head)


@dataclass(frozen=True)
class Segment:
    """A verified run of consecutive entries: it starts after (first_seq - 1, first_prev)."""

    first_seq: int
    first_prev: str
    checkpoint: Checkpoint
    entries: tuple[dict[str, Any], ...]


def verify_segment(entries: list[Any], *, checkpoint: Checkpoint) -> Segment:
    """Check shape, hashes and links of a bundle's entries, and that they end at its checkpoint."""
    for entry in entries:
        check_entry_shape(entry)
    if not entries:
        return Segment(checkpoint.size + 1, checkpoint.head, checkpoint, ())
    for prev, entry in zip([None, *entries[:-1]], entries, strict=True):
        if entry_hash(entry) != entry["hash"]:
            raise AuditChainBroken(f"audit entry {entry['seq']} does not hash to its hash")
        if prev is not None and (entry["seq"] != prev["seq"] + 1 or entry["prev"] != prev["hash"]):
            raise AuditChainBroken(f"audit entry {entry['seq']} does not follow its predecessor")
    first, last = entries[0], entries[-1]
    if first["seq"] == 1 and first["prev"] != GENESIS:
        raise AuditChainBroken("the first audit entry must follow the genesis head")
    if (last["seq"], last["hash"]) != (checkpoint.size, checkpoint.head):
        raise AuditChainBroken("audit entries do not end at the bundle's checkpoint")
    return Segment(first["seq"], first["prev"], checkpoint, tuple(entries))


def check_extends(segment: Segment, *, before: str | None, after_prev: str | None) -> None:
    """Check a segment against neighbours already held: the hash just before it, the prev just after it.

    `before` is the held hash of entry first_seq - 1 (GENESIS when first_seq is 1), or None if that
    entry is not held yet (a gap, to be closed when it arrives); `after_prev` is the held `prev` of entry
    checkpoint.size + 1, or None. Raises AuditChainBroken when either link disagrees.
    """
    if segment.first_seq == 1:
        before = GENESIS
    if before is not None and before != segment.first_prev:
        raise AuditChainBroken("audit entries do not extend the chain the office holds")
    if after_prev is not None and after_prev != segment.checkpoint.head:
        raise AuditChainBroken("audit entries conflict with later entries the office holds")
