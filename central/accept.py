"""The acceptance steps inside the writer's transaction: sequence, referral owner, audit mirror, bundle row.

A group-commit transaction accepts many bundles. What it needs to know about one bundle — the device row
(locked), whether the bundle id or its sequence number is held, whether the previous number is, the
referral's owner, and the audit entries around its segment — comes back from ONE statement; the rows of
every accepted bundle are written together at the end of the transaction (`Batch.flush`, one multi-row
insert per table). `Batch` overlays what earlier bundles of the same transaction accepted, so a later
bundle of the same device sees them exactly as if they had been written already.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, exists, func, insert, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite

from central import pgdriver
from central.hubstore import Held, Intake, index_fields
from central.tables import (
    audit_entries,
    bundles,
    devices,
    flags,
    hub_events,
    hub_organisations,
    hub_referrals,
    referral_owners,
    statuses,
)
from protocol.audit import Segment, check_extends
from protocol.canonical import canonical
from protocol.envelope import OpenedEnvelope
from protocol.errors import AuditChainBroken, ReferralIdTaken, ReplayedSequence, RevokedDevice

_B, _D = bundles.c, audit_entries.c


def _state(p: Any) -> Any:
    """Everything the checks (and the hub's intake) need about one bundle's neighbourhood, for parameters `p`."""
    return select(
        devices.c.revoked_at,
        devices.c.post_code,
        exists().where(hub_referrals.c.referral_id == p["hr"]).label("indexed"),
        exists().where(hub_organisations.c.organisation_id == p["o"]).label("organisation_seen"),
        select(_B.receipt).where(_B.bundle_id == p["b"]).scalar_subquery().label("receipt"),
        select(_B.blob_sha256).where(_B.bundle_id == p["b"]).scalar_subquery().label("blob_sha256"),
        exists().where(_B.device_id == p["d"], _B.seq == p["s"]).label("has_seq"),
        exists().where(_B.device_id == p["d"], _B.seq == p["s"] - 1).label("has_prev"),
        select(referral_owners.c.device_id).where(referral_owners.c.referral_id == p["r"])
        .scalar_subquery().label("owner"),
        select(_D.hash).where(_D.device_id == p["d"], _D.seq == p["lo"]).scalar_subquery().label("before"),
        select(_D.prev).where(_D.device_id == p["d"], _D.seq == p["hi"]).scalar_subquery().label("after_prev"),
        select(func.count()).select_from(audit_entries).where(
            _D.device_id == p["d"], _D.seq > p["lo"], _D.seq < p["hi"]).scalar_subquery().label("inside"),
    )


_PARAMS = ("d", "b", "s", "r", "lo", "hi", "hr", "o")
# Built once: SQLAlchemy then reuses the compiled form (this runs for every bundle).
# The row lock is its own statement: in PostgreSQL a statement's snapshot is taken before it waits for a
# lock, so the state read must start after the lock is held to see what the previous holder committed.
_LOCK = select(devices.c.revoked_at).where(devices.c.device_id == bindparam("d")).with_for_update()
_STATE = _state({k: bindparam(k) for k in _PARAMS}).where(devices.c.device_id == bindparam("d"))
_EXISTING = select(_B.receipt, _B.blob_sha256).where(_B.bundle_id == bindparam("b"))
_INSIDE = select(_D.seq, _D.hash).where(_D.device_id == bindparam("d"), _D.seq > bindparam("lo"),
                                        _D.seq < bindparam("hi"))
_CLAIM = {"postgresql": postgresql.insert(referral_owners).on_conflict_do_nothing(),
          "sqlite": sqlite.insert(referral_owners).on_conflict_do_nothing()}


@dataclass(frozen=True)
class Stored:
    """A stored bundle's receipt and the hash of its bytes."""

    receipt: bytes
    blob_sha256: str


@dataclass
class Batch:
    """What this transaction accepted so far (read back by later bundles), written at flush."""

    stored: dict[str, Stored] = field(default_factory=dict)
    seqs: set[tuple[str, int]] = field(default_factory=set)
    audit: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)  # (device, seq) -> (prev, hash)
    owners: dict[str, str] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"owners": [], "bundles": [],
                                                                           "audit": [], "flags": []})
    hub: Intake = field(default_factory=Intake)  # the hub's index rows, events and statuses

    def flush(self, conn: Connection) -> None:
        """Write every row of the transaction: one multi-row insert per table (claims first, the hub's last);
        on PostgreSQL all of them in ONE statement, so the writes cost one round trip before the commit."""
        if conn.dialect.name == "postgresql":
            self._flush_in_one_statement(conn)
            return
        if self.rows["owners"]:
            claimed = conn.execute(_CLAIM[conn.dialect.name], self.rows["owners"]).rowcount
            if claimed not in (-1, len(self.rows["owners"])):  # another process claimed one of these meanwhile
                raise ReferralRace("a referral id was claimed concurrently; the batch is retried")
        for table, key in ((bundles, "bundles"), (audit_entries, "audit"), (flags, "flags")):
            if self.rows[key]:
                conn.execute(insert(table), self.rows[key])
        self.hub.flush(conn)

    def _flush_in_one_statement(self, conn: Connection) -> None:
        """The same inserts as data-modifying WITH parts of one statement, which counts the claims it made.

        PostgreSQL runs every part to completion whether or not the main query reads it, and checks foreign keys
        at the end of the statement, so an index row and its events may be inserted side by side."""
        hub = self.hub
        parts = (("seen", list(hub.organisations.values())), ("bundles", self.rows["bundles"]),
                 ("audit", self.rows["audit"]), ("flags", self.rows["flags"]),
                 ("hub_referrals", list(hub.referrals.values())), ("hub_events", hub.events),
                 ("statuses", hub.statuses), ("claimed", self.rows["owners"]))
        shape = tuple((name, len(rows), tuple(rows[0]) if rows else ()) for name, rows in parts)
        if not any(count for _, count, _ in shape):
            return
        params = {f"{name}_{i}_{key}": value for name, rows in parts for i, row in enumerate(rows)
                  for key, value in row.items()}
        row = pgdriver.first_row(conn, _one_statement(shape, conn), params)  # prepared, per shape
        claimed = row[0] if row is not None else -1
        hub.referrals, hub.events, hub.statuses, hub.organisations = {}, [], [], {}
        if claimed != len(self.rows["owners"]):  # another process claimed one of these meanwhile
            raise ReferralRace("a referral id was claimed concurrently; the batch is retried")


# The tables of the one statement's parts, by part name (rows of one table all have the same keys).
_TABLES = {"seen": hub_organisations, "bundles": bundles, "audit": audit_entries, "flags": flags,
           "hub_referrals": hub_referrals, "hub_events": hub_events, "statuses": statuses, "claimed": referral_owners}
# By shape: built and compiled once, then only parameters change (SQLAlchemy does not cache multi-row VALUES).
_STATEMENTS: dict[tuple[Any, ...], pgdriver.Statement] = {}


def _one_statement(shape: tuple[tuple[str, int, tuple[str, ...]], ...], conn: Connection) -> pgdriver.Statement:
    """The flush statement's SQL for so many rows with these columns per table (parameters table_row_column)."""
    found = _STATEMENTS.get(shape)
    if found is not None:
        return found
    ctes: list[Any] = []
    claims = None
    for name, count, keys in shape:
        if not count:
            continue
        table = _TABLES[name]
        rows = [{k: bindparam(f"{name}_{i}_{k}", type_=table.c[k].type) for k in keys} for i in range(count)]
        if name == "claimed":
            claims = (postgresql.insert(table).values(rows).on_conflict_do_nothing()
                      .returning(table.c.referral_id).cte(name))
        elif name == "seen":  # another post's referral may name the same organisation at the same moment
            ctes.append(postgresql.insert(table).values(rows).on_conflict_do_nothing().cte(name))
        else:
            ctes.append(insert(table).values(rows).cte(name))
    query = select(func.count()).select_from(claims) if claims is not None else select(literal_column("0"))
    compiled = query.add_cte(*ctes).compile(dialect=conn.dialect)
    if set(compiled.binds) != {f"{name}_{i}_{k}" for name, count, keys in shape for i in range(count) for k in keys}:
        raise RuntimeError("the flush statement's parameters are not the ones it is given")  # never half-bound
    statement = pgdriver.from_sql(compiled.string)
    if len(_STATEMENTS) < 256:  # shapes repeat (one bundle per transaction on PostgreSQL); never grow unbounded
        _STATEMENTS[shape] = statement
    return statement


class ReferralRace(RuntimeError):
    """Two processes claimed one new referral id at once: the whole batch fails and every upload retries."""


@dataclass(frozen=True)
class Known:
    """What the office holds about one bundle's neighbourhood (database and this transaction together)."""

    revoked: bool
    stored: Stored | None
    has_seq: bool
    has_prev: bool
    owner: str | None
    before: str | None
    after_prev: str | None
    inside: dict[int, str]
    hub: Held = Held("", indexed=False, organisation_seen=False)  # an unknown device is refused before the hub


def referral_id(opened: OpenedEnvelope) -> str | None:
    """The referral id a bundle names, as the index stores it; None for a stats bundle."""
    referral = opened.payload.get("referral")
    return None if referral is None else str(referral["id"])[:64]


def existing(conn: Connection, bundle_id: str) -> Stored | None:
    """The stored receipt for a bundle id, if any (outside a writer's transaction)."""
    row = conn.execute(_EXISTING, {"b": bundle_id}).first()
    return None if row is None else Stored(bytes(row.receipt), row.blob_sha256)


def params(opened: OpenedEnvelope, segment: Segment) -> dict[str, Any]:
    """The parameters of the state query for one bundle."""
    return {"d": opened.device_id, "b": opened.bundle_id, "s": opened.seq, "r": referral_id(opened),
            "lo": segment.first_seq - 1, "hi": segment.checkpoint.size + 1,
            "hr": str((opened.payload.get("referral") or {}).get("id", "")),  # "" for a stats bundle: matches nothing
            "o": index_fields(opened)["requested_org"]}


def known(conn: Connection, opened: OpenedEnvelope, segment: Segment, batch: Batch) -> Known:
    """Lock the device row and read the bundle's neighbourhood (revocation is checked after the repeat check)."""
    p = params(opened, segment)
    d, lo, hi = opened.device_id, p["lo"], p["hi"]
    if conn.dialect.name == "postgresql":  # the lock and the read in one round trip, as prepared statements
        row = pgdriver.then_first_row(conn, (pgdriver.compiled(_LOCK, conn, given=("d",)), {"d": d}),
                                      pgdriver.compiled(_STATE, conn, given=_PARAMS), p)
    else:
        conn.execute(_LOCK, {"d": d}).first()
        row = conn.execute(_STATE, p).first()
    if row is None:
        return Known(True, batch.stored.get(opened.bundle_id), False, False, None, None, None, {})
    (revoked_at, post_code, indexed, organisation_seen, receipt, blob_sha256, has_seq, has_prev, owner, before,
     after_prev, held_inside) = row  # the columns of _state, in order
    inside = {k[1]: v[1] for k, v in batch.audit.items() if k[0] == d and lo < k[1] < hi}
    if held_inside:
        inside |= {r.seq: r.hash for r in conn.execute(_INSIDE, {"d": d, "lo": lo, "hi": hi})}
    stored = batch.stored.get(opened.bundle_id) or (
        Stored(bytes(receipt), blob_sha256) if receipt is not None else None)
    return Known(
        revoked=revoked_at is not None, stored=stored,
        has_seq=bool(has_seq) or (d, opened.seq) in batch.seqs,
        has_prev=bool(has_prev) or (d, opened.seq - 1) in batch.seqs,
        owner=batch.owners.get(referral_id(opened) or "", owner),
        before=batch.audit[(d, lo)][1] if (d, lo) in batch.audit else before,
        after_prev=batch.audit[(d, hi)][0] if (d, hi) in batch.audit else after_prev, inside=inside,
        hub=Held(post_code, bool(indexed), bool(organisation_seen)))


def flag(batch: Batch, device_id: str, *, kind: str, detail: str, at: str) -> None:
    """Record something a coordinator must look at (gap, broken chain); written with the transaction."""
    batch.rows["flags"].append({"device_id": device_id, "kind": kind, "detail": detail, "at": at})


def check_sequence(opened: OpenedEnvelope, held: Known) -> None:
    """Revocation again, under the device's row lock; then check 8: no other bundle holds this number."""
    if held.revoked:
        raise RevokedDevice("device is revoked")
    if held.has_seq:
        raise ReplayedSequence(f"sequence number {opened.seq} was already delivered")


def check_owner(opened: OpenedEnvelope, held: Known) -> None:
    """A referral id belongs to the device that first sent it; another device naming it is refused."""
    if held.owner is not None and held.owner != opened.device_id:
        raise ReferralIdTaken("another post already sent a referral with this id")


def check_audit(segment: Segment, held: Known) -> list[dict[str, object]]:
    """Check 9: the segment agrees with held entries around and inside it; returns the entries to add."""
    check_extends(segment, before=held.before, after_prev=held.after_prev)
    fresh = []
    for entry in segment.entries:
        have = held.inside.get(entry["seq"])
        if have is not None and have != entry["hash"]:
            raise AuditChainBroken(f"audit entry {entry['seq']} differs from the one the office holds")
        if have is None:
            fresh.append(entry)
    return fresh


def accept(batch: Batch, opened: OpenedEnvelope, *, data: bytes, receipt: bytes, received_at: str,
           fresh: list[dict[str, object]], claim: bool) -> None:
    """Queue the bundle row, its new audit entries and (for a new referral id) the claim of it."""
    d = opened.device_id
    rid = referral_id(opened)
    if claim and rid is not None:
        batch.rows["owners"].append({"referral_id": rid, "device_id": d, "bundle_id": opened.bundle_id})
        batch.owners[rid] = d
    batch.rows["bundles"].append({
        "bundle_id": opened.bundle_id, "device_id": d, "seq": opened.seq, "blob_sha256": opened.blob_sha256,
        "blob": data, "size": len(data), "referral_id": rid,
        "kind": "referral" if rid is not None else str(opened.payload.get("kind", "stats")),
        "created_at": opened.created_at,
        "received_at": received_at, "audit_size": opened.checkpoint.size, "audit_head": opened.checkpoint.head,
        "receipt": receipt,
    })
    batch.stored[opened.bundle_id] = Stored(receipt, opened.blob_sha256)
    batch.seqs.add((d, opened.seq))
    for e in fresh:
        batch.rows["audit"].append({"device_id": d, "seq": e["seq"], "prev": e["prev"], "hash": e["hash"],
                                    "entry": canonical(e), "bundle_id": opened.bundle_id})
        batch.audit[(d, int(str(e["seq"])))] = (str(e["prev"]), str(e["hash"]))

