"""Organisations: the published service directory, plus those a referral named that the directory lacks."""

from __future__ import annotations

import json
import re
from typing import Any

from central import hubstore
from central.hub import audit
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import ADMIN, Principal
from central.store import Store
from protocol.canonical import canonical
from protocol.disclosure import SERVICE_TYPES

EMPTY = {"type": "nrm/directory", "v": 1, "organisations": []}
KINDS = ("ngo", "government", "international", "hospital")
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def directory(store: Store) -> dict[str, Any]:
    """The directory document the feed publishes."""
    raw = store.setting("directory")
    doc = json.loads(raw) if raw else dict(EMPTY)
    return doc if isinstance(doc, dict) else dict(EMPTY)


def _entry(org: dict[str, Any], *, in_directory: bool, first_seen_at: str | None = None) -> dict[str, Any]:
    services = org.get("services")
    if isinstance(services, str):
        services = json.loads(services)
    return {"organisation_id": str(org.get("id") or org.get("organisation_id")), "name": str(org.get("name") or ""),
            "name_ur": str(org.get("name_ur") or ""), "kind": str(org.get("kind") or "ngo"),
            "area": str(org.get("area") or ""), "services": [s for s in services or [] if s in SERVICE_TYPES],
            "in_directory": in_directory, "first_seen_at": first_seen_at}


def all_organisations(store: Store) -> list[dict[str, Any]]:
    """Directory organisations, then those only referrals named (marked not in the directory)."""
    listed = [_entry(o, in_directory=True) for o in directory(store).get("organisations", [])
              if isinstance(o, dict) and isinstance(o.get("id"), str)]
    ids = {o["organisation_id"] for o in listed}
    with store.read() as conn:
        seen = hubstore.organisations_seen(conn)
    extra = [_entry(o, in_directory=False, first_seen_at=o["first_seen_at"]) for o in seen
             if o["organisation_id"] not in ids]
    return listed + extra


def find(store: Store, organisation_id: str) -> dict[str, Any] | None:
    """One organisation by id, directory or seen."""
    return next((o for o in all_organisations(store) if o["organisation_id"] == organisation_id), None)


def listing(store: Store, principal: Principal) -> list[dict[str, Any]]:
    """Every organisation (they are public: the directory goes to every post); a provider sees its own."""
    found = all_organisations(store)
    if principal.organisation_id and principal.role != ADMIN:
        found = [o for o in found if o["organisation_id"] == principal.organisation_id]
    return found


def get(store: Store, principal: Principal, organisation_id: str) -> dict[str, Any]:
    """One organisation, or NotFound."""
    found = next((o for o in listing(store, principal) if o["organisation_id"] == organisation_id), None)
    if found is None:
        raise NotFound("no such organisation")
    return found


def _check(org: dict[str, Any]) -> dict[str, Any]:
    """A directory entry the posts can use, or Refused (422) naming the bad field."""
    oid, name = org.get("organisation_id") or org.get("id"), str(org.get("name") or "").strip()
    if not isinstance(oid, str) or not _ID.match(oid):
        raise Refused("an organisation id is 1-64 letters, digits or _ . : -", code="bad_organisation_id", status=422)
    if not name or len(name) > 200:
        raise Refused("an organisation needs a name of at most 200 characters", code="bad_name", status=422)
    services = list(org.get("services") or [])
    if not set(services) <= set(SERVICE_TYPES):
        raise Refused("unknown service in the organisation", code="bad_services", status=422)
    kind = org.get("kind") or "ngo"
    if kind not in KINDS:
        raise Refused("unknown kind of organisation", code="bad_kind", status=422)
    return {"id": oid, "name": name, "name_ur": str(org.get("name_ur") or "").strip(), "kind": kind,
            "area": str(org.get("area") or "").strip(), "services": services}


def save(store: Store, principal: Principal, org: dict[str, Any]) -> dict[str, Any]:
    """Add or update an organisation in the published directory (admin); the next feed carries it."""
    if principal.role != ADMIN:
        raise Forbidden("only an office admin edits the service directory")
    entry = _check(org)
    doc = directory(store)
    kept = [o for o in doc.get("organisations", []) if isinstance(o, dict) and o.get("id") != entry["id"]]
    doc["organisations"] = sorted([*kept, entry], key=lambda o: str(o.get("id")))
    store.put_setting("directory", canonical(doc))
    audit.record(store, actor=principal, action="organisation.save", object_id=entry["id"])
    return _entry(entry, in_directory=True)
