"""Case transfers between posts at the office (issue 14): record the metadata, relay the sealed copies, answer states.

The office never opens a transfer: a "send" bundle carries copies sealed end to end to the receiving post's devices
(protocol/transfer.py). The office keeps who sent what to which post and when, puts each copy in its addressee's
sealed device file next to the sender's signing key (which the signed feed thereby vouches for), and reports the
state to the sending device: at_office -> delivered (the receiving post stored it in its queue) -> accepted or
refused. Once answered, the copies are deleted. A bundle that names an unknown transfer, or an answer from a post
the transfer was not sent to, changes nothing (the bundle itself is still accepted: its audit chain counts).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from central.tables import devices
from central.transfertables import transfer_copies, transfers
from protocol.canonical import b64d, b64e
from protocol.envelope import OpenedEnvelope

FINAL = ("accepted", "refused")
OPEN = ("at_office", "delivered")
_NEXT = {"received": ("delivered", ("at_office",)), "accept": ("accepted", OPEN), "refuse": ("refused", OPEN)}


def keep(conn: Connection, opened: OpenedEnvelope, *, received_at: str) -> str | None:
    """In the ingest transaction: apply one transfer bundle (never raises for a well-formed payload); the new state."""
    if opened.payload.get("kind") != "transfer":
        return None
    t = opened.payload["transfer"]
    post = conn.execute(select(devices.c.post_code).where(devices.c.device_id == opened.device_id)).scalar_one()
    if t["action"] == "send":
        return _send(conn, opened, t, post=post, received_at=received_at)
    row = conn.execute(select(transfers).where(transfers.c.transfer_id == t["id"])).first()
    state, allowed = _NEXT[t["action"]]
    if row is None or row.to_post != post or row.state not in allowed:
        return None  # not this post's transfer, or already answered: a replay changes nothing
    note = str(t.get("reason", ""))[:2000]
    conn.execute(update(transfers).where(transfers.c.transfer_id == t["id"])
                 .values(state=state, note=note, state_at=received_at))
    if state in FINAL:
        conn.execute(delete(transfer_copies).where(transfer_copies.c.transfer_id == t["id"]))
    return state


def _send(conn: Connection, opened: OpenedEnvelope, t: dict[str, Any], *, post: str, received_at: str) -> str | None:
    if conn.execute(select(transfers.c.state).where(transfers.c.transfer_id == t["id"])).first() is not None:
        return None  # exactly once: the same transfer sent again (another bundle) is not a second transfer
    receivers = {r.device_id for r in conn.execute(select(devices.c.device_id).where(
        devices.c.post_code == t["to_post"], devices.c.revoked_at.is_(None)))}
    copies = [c for c in t["copies"] if c["device_id"] in receivers]
    state, note = "at_office", ""
    if t["to_post"] == post or not copies:
        state, note = "refused", "no_such_post"  # the office cannot deliver it: the sender sees why
    size = sum(len(c["sealed"]) for c in t["copies"])
    conn.execute(insert(transfers).values(transfer_id=t["id"], from_device=opened.device_id, from_post=post,
                                          to_post=t["to_post"], state=state, note=note, sent_at=opened.created_at,
                                          received_at=received_at, state_at=received_at, size=size))
    if state == "at_office":
        conn.execute(insert(transfer_copies), [{"transfer_id": t["id"], "device_id": c["device_id"],
                                                "sealed": b64d(c["sealed"])} for c in copies])
    return state


def for_device(conn: Connection, device_id: str) -> dict[str, Any]:
    """The device file's transfer members: other posts to send to, copies waiting for it, its transfers' states."""
    me = conn.execute(select(devices.c.post_code).where(devices.c.device_id == device_id)).scalar_one_or_none()
    if me is None:
        return {}
    posts: dict[str, dict[str, Any]] = {}
    keys: dict[str, bytes] = {}
    names: dict[str, str] = {}
    for d in conn.execute(select(devices).order_by(devices.c.enrolled_at)):
        names[d.post_code] = d.post_name
        keys[d.device_id] = bytes(d.signing_key) if d.revoked_at is None else b""
        if d.revoked_at is not None or d.post_code == me:
            continue
        entry = posts.setdefault(d.post_code, {"code": d.post_code, "name": d.post_name, "devices": []})
        entry["name"] = d.post_name
        entry["devices"].append({"device_id": d.device_id, "box_key": b64e(bytes(d.box_key))})
    incoming = []
    rows = conn.execute(select(transfers, transfer_copies.c.sealed).join(
        transfer_copies, transfer_copies.c.transfer_id == transfers.c.transfer_id).where(
        transfers.c.to_post == me, transfers.c.state.in_(OPEN), transfer_copies.c.device_id == device_id)
        .order_by(transfers.c.received_at))
    for r in rows:
        if not keys.get(r.from_device):
            continue  # the sender was revoked: the office no longer vouches for its key
        incoming.append({"id": r.transfer_id, "from_post": r.from_post, "from_post_name": names.get(r.from_post, ""),
                         "sender_key": b64e(keys[r.from_device]), "sealed": b64e(bytes(r.sealed)),
                         "sent_at": r.sent_at})
    mine = [{"id": r.transfer_id, "to_post": r.to_post, "state": r.state, "note": r.note, "at": r.state_at}
            for r in conn.execute(select(transfers).where(transfers.c.from_device == device_id)
                                  .order_by(transfers.c.received_at))]
    out: dict[str, Any] = {"posts": sorted(posts.values(), key=lambda p: p["code"])}
    if incoming:
        out["transfers_in"] = incoming
    if mine:
        out["transfers_out"] = mine
    return out


def listing(conn: Connection) -> list[dict[str, Any]]:
    """Every transfer's metadata, newest first (the office's `transfers` command; no content, no copies)."""
    cols = [c for c in transfers.c if c.name != "size"] + [transfers.c.size]
    return [dict(r._mapping) for r in conn.execute(select(*cols).order_by(transfers.c.received_at.desc()))]


def dumps(rows: list[dict[str, Any]]) -> str:
    """JSON for the command line."""
    return json.dumps(rows, indent=2, sort_keys=True)
