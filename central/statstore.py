"""The office's statistical records: kept from the bundles that carry them (newest revision wins), read in bulk."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from central.tables import devices, stats_records
from protocol.envelope import OpenedEnvelope
from protocol.errors import MalformedData, PayloadMalformed
from protocol.stats import check_record

Row = dict[str, Any]
_LISTS = ("exploitation_types", "services_needed", "services_referred", "referrals")


def check_payload(payload: dict[str, Any]) -> list[Row]:
    """The bundle's statistical records, each well-formed; PayloadMalformed refuses the whole bundle."""
    try:
        return [check_record(r) for r in payload.get("stats", [])]
    except MalformedData as exc:  # carried as the payload error every client already understands
        raise PayloadMalformed(f"payload is malformed ({exc})") from None


def keep(conn: Connection, opened: OpenedEnvelope, *, received_at: str) -> int:
    """In the ingest transaction: store each record unless a newer revision (higher seq) is held; how many stored.

    A record's id belongs to the device that first sent it; another device naming it is ignored.
    """
    records = check_payload(opened.payload)
    if not records:
        return 0
    post = conn.execute(select(devices.c.post_code).where(devices.c.device_id == opened.device_id)).scalar_one()
    ids = [r["id"] for r in records]
    held = {r.stats_id: (r.device_id, r.seq) for r in conn.execute(
        select(stats_records.c.stats_id, stats_records.c.device_id, stats_records.c.seq)
        .where(stats_records.c.stats_id.in_(ids)))}
    stored = 0
    for record in records:
        row = _row(record, device_id=opened.device_id, post=post, seq=opened.seq, received_at=received_at)
        old = held.get(record["id"])
        if old is None:
            conn.execute(insert(stats_records).values(**row))
        elif old[0] == opened.device_id and old[1] < opened.seq:
            conn.execute(update(stats_records).where(stats_records.c.stats_id == record["id"]).values(**row))
        else:
            continue
        stored += 1
    return stored


def _row(record: Row, *, device_id: str, post: str, seq: int, received_at: str) -> Row:
    row = {k: record[k] for k in ("revision", "month", "sex", "age_band", "nationality", "classification", "status",
                                  "screenings")}
    row.update({k: json.dumps(record[k], sort_keys=True) for k in _LISTS})
    return {**row, "stats_id": record["id"], "device_id": device_id, "post_code": post, "seq": seq,
            "received_at": received_at}


def all_records(conn: Connection) -> list[Row]:
    """Every record held, lists decoded, in a stable order."""
    query = select(stats_records).order_by(stats_records.c.post_code, stats_records.c.stats_id)
    return [{**dict(r._mapping), **{k: json.loads(getattr(r, k)) for k in _LISTS}} for r in conn.execute(query)]
