"""The service directory: organisations a post refers people to."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.domain.model import Organisation
from app.storage.ids import now


def upsert(conn: sqlcipher3.Connection, org: Organisation, *, source: str = "post") -> None:
    stamp = now()
    conn.execute(
        "INSERT INTO organisations (id, name, name_ur, services, area, contact, kind, source, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
        " name_ur = excluded.name_ur, services = excluded.services, area = excluded.area,"
        " contact = excluded.contact, kind = excluded.kind, source = excluded.source, updated_at = excluded.updated_at",
        (org.id, org.name, org.name_ur, json.dumps(list(org.services)), org.area, org.contact, org.kind, source,
         stamp, stamp),
    )


def _org(row: tuple[Any, ...]) -> Organisation:
    return Organisation(id=row[0], name=row[1], name_ur=row[2], services=tuple(json.loads(row[3])), area=row[4],
                        contact=row[5], kind=row[6])


def all_organisations(conn: sqlcipher3.Connection) -> list[Organisation]:
    cursor = conn.execute("SELECT id, name, name_ur, services, area, contact, kind FROM organisations ORDER BY name")
    return [_org(r) for r in cursor]


def get(conn: sqlcipher3.Connection, org_id: str) -> Organisation | None:
    row = conn.execute(
        "SELECT id, name, name_ur, services, area, contact, kind FROM organisations WHERE id = ?", (org_id,)
    ).fetchone()
    return _org(row) if row else None


def known_ids(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM organisations")}
