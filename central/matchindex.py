"""Possible same-person pairs across posts, found at intake from what the office may compare (issue 13).

At intake (inside the ingest transaction) a bundle's `match` field (protocol.doctag) replaces its case's tags:
document tags as the post computed them (keyed, so the numbers stay unknown), and the consented name keys tagged
again under the office's name-index key. Any case at *another* post sharing a tag becomes a possible pair, scored
like the post's matcher (app/domain/matching.py) but with only names and documents: the office never merges, a
coordinator confirms or dismisses (central/hub/duplicates.py)."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from central.matchtables import hub_duplicates, hub_match_cases, hub_match_tags
from central.officekeys import OfficeKeys
from central.tables import devices
from central.withdrawaltables import withdrawal_referrals
from protocol.canonical import format_time, tagged_hash
from protocol.doctag import DOCUMENT_INFO, NAME_INFO, derive_key, key_id, name_tag, parse_match
from protocol.envelope import OpenedEnvelope
from protocol.errors import MalformedData
from protocol.keys import raw_private

WEIGHTS = {"document": 60, "name": 45, "name_partial": 40, "father_name": 15, "age": 10}
PENALTIES = {"father_name": 20, "age": 15}
MIN_SCORE = 40  # as the post's matcher: a name or a document alone is enough to ask a coordinator
STATUSES = ("open", "confirmed", "dismissed")
log = logging.getLogger("central.matching")
Row = dict[str, Any]


def document_key(keys: OfficeKeys) -> tuple[str, bytes]:
    """The document matching key the feed gives every post, and its id."""
    key = derive_key(raw_private(keys.bundle), info=DOCUMENT_INFO)
    return key_id(key), key


def name_index_key(keys: OfficeKeys) -> bytes:
    """The key that tags name keys in the office's index (it never leaves the office)."""
    return derive_key(raw_private(keys.bundle), info=NAME_INFO)


def tags_of(match: dict[str, Any], *, name_key: bytes) -> set[tuple[str, str]]:
    """(kind, tag) rows for one case. A name and a shorter name share one tag domain, so a key with a dropped word
    at one post meets the same key as a whole name at another."""
    found = {("document", t) for t in (match.get("documents") or {}).get("tags", [])}
    found |= {("name", name_tag(name_key, "name", k)) for k in match.get("names", [])}
    found |= {("name_part", name_tag(name_key, "name", k)) for k in match.get("name_parts", [])}
    found |= {("father", name_tag(name_key, "father", k)) for k in match.get("fathers", [])}
    for kind in ("born", "born_2", "born_5"):  # one domain: a year of birth meets the other's windows
        found |= {(kind, name_tag(name_key, "born", k)) for k in match.get(kind, [])}
    return found


_POST_CODE = select(devices.c.post_code).where(devices.c.device_id == bindparam("d"))


def index_case(conn: Connection, opened: OpenedEnvelope, *, name_key: bytes, at: datetime) -> int:
    """In the ingest transaction: this bundle's case tags, then new possible pairs; how many pairs were new."""
    referral = opened.payload.get("referral") or {}
    case_id, reference = referral.get("case_id"), referral.get("case_reference")
    try:
        match = parse_match(referral.get("match"))
    except MalformedData:  # matching data must never keep a referral (a person's assistance) out: index nothing
        log.warning("match field ignored", extra={"event": "match.malformed", "device_id": opened.device_id})
        return 0
    if not match or not isinstance(case_id, str) or not isinstance(reference, str):
        return 0
    post_code = conn.execute(_POST_CODE, {"d": opened.device_id}).scalar_one()
    device, case_id, reference = opened.device_id, case_id[:64], reference[:64]
    mine = tags_of(match, name_key=name_key)
    key = {"device_id": device, "case_id": case_id}
    conn.execute(delete(hub_match_cases).where(hub_match_cases.c.device_id == device,
                                               hub_match_cases.c.case_id == case_id))
    conn.execute(insert(hub_match_cases).values(**key, post_code=post_code, case_reference=reference,
                                                referral_id=str(referral.get("id"))[:64], updated_at=format_time(at)))
    conn.execute(delete(hub_match_tags).where(hub_match_tags.c.device_id == device,
                                              hub_match_tags.c.case_id == case_id))
    if mine:
        conn.execute(insert(hub_match_tags), [{**key, "kind": k, "tag": t} for k, t in sorted(mine)])
    return sum(_pair(conn, key, other, at=at) for other in _others(conn, key, post_code, mine))


def _others(conn: Connection, key: Row, post_code: str, mine: set[tuple[str, str]]) -> list[Row]:
    """Cases at other posts sharing any tag, with all their tags."""
    tags = sorted({t for _, t in mine})
    if not tags:
        return []
    hits = select(hub_match_tags.c.device_id, hub_match_tags.c.case_id).where(hub_match_tags.c.tag.in_(tags))
    found = {(r.device_id, r.case_id) for r in conn.execute(hits)} - {(key["device_id"], key["case_id"])}
    out = []
    for device_id, case_id in sorted(found):
        case = conn.execute(select(hub_match_cases).where(hub_match_cases.c.device_id == device_id,
                                                          hub_match_cases.c.case_id == case_id)).first()
        if case is None or case.post_code == post_code:
            continue  # one post's own cases are its officers' to link (the interview's match step)
        rows = conn.execute(select(hub_match_tags.c.kind, hub_match_tags.c.tag).where(
            hub_match_tags.c.device_id == device_id, hub_match_tags.c.case_id == case_id))
        out.append({**dict(case._mapping), "tags": {(r.kind, r.tag) for r in rows}})
    return out


def compare(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> tuple[int, list[str], list[str]]:
    """(score in percent, matched fields, conflicting fields) of two cases' tags."""
    by_a: defaultdict[str, set[str]] = defaultdict(set)
    by_b: defaultdict[str, set[str]] = defaultdict(set)
    for kind, tag in a:
        by_a[kind].add(tag)
    for kind, tag in b:
        by_b[kind].add(tag)
    matched: list[str] = []
    conflicts: list[str] = []
    if by_a["document"] & by_b["document"]:
        matched.append("document")
    if by_a["name"] & by_b["name"]:
        matched.append("name")
    elif by_a["name"] & by_b["name_part"] or by_a["name_part"] & by_b["name"]:
        matched.append("name_partial")
    if by_a["father"] and by_b["father"]:
        (matched if by_a["father"] & by_b["father"] else conflicts).append("father_name")
    if by_a["born"] and by_b["born"]:  # as the post: within 2 years agrees, more than 5 apart differs
        if by_a["born"] & by_b["born_2"]:
            matched.append("age")
        elif not by_a["born"] & by_b["born_5"]:
            conflicts.append("age")
    names = [WEIGHTS[m] for m in matched if m in ("name", "name_partial")]
    others = [WEIGHTS[m] for m in matched if m not in ("name", "name_partial")]
    score = max(names, default=0) + sum(others) - sum(PENALTIES[c] for c in conflicts)
    return max(0, min(100, score)), matched, conflicts


def pair_id(a: Row, b: Row) -> str:
    """The same id whichever side arrived first."""
    sides = sorted([(a["device_id"], a["case_id"]), (b["device_id"], b["case_id"])])
    return tagged_hash("nrm/duplicate-pair/v1", *(f"{d}\x00{c}".encode() for d, c in sides))[:16].hex()


def _pair(conn: Connection, key: Row, other: Row, *, at: datetime) -> int:
    mine = conn.execute(select(hub_match_cases).where(hub_match_cases.c.device_id == key["device_id"],
                                                      hub_match_cases.c.case_id == key["case_id"])).one()
    tags = {(r.kind, r.tag) for r in conn.execute(select(hub_match_tags.c.kind, hub_match_tags.c.tag).where(
        hub_match_tags.c.device_id == key["device_id"], hub_match_tags.c.case_id == key["case_id"]))}
    score, matched, conflicts = compare(tags, other["tags"])
    identifying = {"document", "name", "name_partial"} & set(matched)
    pid = pair_id(key, other)
    held = conn.execute(select(hub_duplicates.c.status).where(hub_duplicates.c.pair_id == pid)).first()
    values = {"score": score, "matched": json.dumps(matched), "conflicts": json.dumps(conflicts)}
    if held is not None:
        if held.status == "open":  # newer data rescore an undecided pair; a decision stays as it was made
            conn.execute(update(hub_duplicates).where(hub_duplicates.c.pair_id == pid).values(**values))
        return 0
    if score < MIN_SCORE or not identifying:
        return 0
    a, b = sorted([dict(mine._mapping), other], key=lambda r: (r["device_id"], r["case_id"]))
    sides = {f"{s}_{n}": r[c] for s, r in (("a", a), ("b", b)) for n, c in (
        ("device", "device_id"), ("case", "case_id"), ("post", "post_code"), ("reference", "case_reference"),
        ("referral", "referral_id"))}
    conn.execute(insert(hub_duplicates).values(pair_id=pid, **sides, **values, status="open",
                                               found_at=format_time(at)))
    return 1


def pairs(conn: Connection, *, status: str | None = None) -> list[Row]:
    """Possible pairs, newest first, with matched and conflicts decoded."""
    query = (select(hub_duplicates).where(_not_withdrawn())
             .order_by(hub_duplicates.c.found_at.desc(), hub_duplicates.c.pair_id))
    if status is not None:
        query = query.where(hub_duplicates.c.status == status)
    return [_decoded(r) for r in conn.execute(query)]


def pair(conn: Connection, pid: str) -> Row | None:
    row = conn.execute(select(hub_duplicates).where(hub_duplicates.c.pair_id == pid, _not_withdrawn())).first()
    return None if row is None else _decoded(row)


def _decoded(row: Any) -> Row:
    data = dict(row._mapping)
    return {**data, "matched": json.loads(data["matched"]), "conflicts": json.loads(data["conflicts"])}


def decide(conn: Connection, pid: str, *, status: str, by: str, at: str) -> bool:
    """Set an open pair's decision (False when it was not open any more)."""
    result = conn.execute(update(hub_duplicates).where(hub_duplicates.c.pair_id == pid,
                                                       hub_duplicates.c.status == "open")
                          .values(status=status, decided_by=by, decided_at=at))
    return bool(result.rowcount)


def links_for_device(conn: Connection, device_id: str) -> list[Row]:
    """What a post's feed file says about its cases: each confirmed pair, from this device's side."""
    query = select(hub_duplicates).where(hub_duplicates.c.status == "confirmed", _not_withdrawn(),
                                         or_(hub_duplicates.c.a_device == device_id,
                                             hub_duplicates.c.b_device == device_id))
    out = []
    for row in conn.execute(query.order_by(hub_duplicates.c.pair_id)):
        mine, other = ("a", "b") if row.a_device == device_id else ("b", "a")
        out.append({"case_id": getattr(row, f"{mine}_case"), "other_post": getattr(row, f"{other}_post"),
                    "other_reference": getattr(row, f"{other}_reference"), "status": "confirmed",
                    "at": row.decided_at})
    return out


def _not_withdrawn() -> Any:
    """Neither side's referral is covered by a consent withdrawal (issue 16): such a pair is never shown again."""
    covered = select(withdrawal_referrals.c.referral_id)
    return ~or_(hub_duplicates.c.a_referral.in_(covered), hub_duplicates.c.b_referral.in_(covered))
