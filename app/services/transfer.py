"""Transfer of a case to another post (issue 14): request, approval, the sealed send, the receiving post's queue.

The sending post's supervisor approves (a supervisor's own request is approved at once); in the approval's
transaction the case is written as an `nrm-desk/cases@2` document with the rest of its record, signed with this
device's key and sealed to every device of the receiving post (protocol/transfer.py), and the copies go into the
outbox as a "transfer" bundle to the office. From then on the case is read-only here, and the document kept in the
transfer row is the record of what was sent. The office relays the copies in the receiving devices' sealed feed
files with the sender's key; the receiving post verifies and keeps the document in its import queue, and tells the
office it was delivered (a "received" bundle); a supervisor there accepts it into the store or refuses it with a
reason (an "accept" or "refuse" bundle). The sending post sees every state in its own feed file.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from typing import Any

from app.domain.errors import InvalidState, NotFound, ValidationFailed
from app.services import events
from app.services.session import Session
from app.services.training_mark import refuse_in_training
from app.storage import attachments, case_edits, caselife, cases, directory, post, referrals, syncstate
from app.storage import retention as retention_store
from app.storage import transfers as store
from app.storage.ids import now
from app.sync.port import Identity

log = logging.getLogger(__name__)

ATTACHMENT_CAP = 2 * 1024 * 1024  # attachments travel while their total stays within this; the rest are named only
MAX_REASON = 2000
STATES = ("requested", "declined", "approved", "at_office", "delivered", "accepted", "refused")
_ORDER = {s: i for i, s in enumerate(("approved", "at_office", "delivered", "accepted"))}


# ----- who can be sent to -----
def posts(session: Session) -> list[dict[str, str]]:
    """The other posts the office lists (code and name), by name."""
    session.require("case.view")
    return [{"code": p["code"], "name": p["name"]} for p in store.posts(session.db)]


def writable(conn: Any, case_id: str) -> None:
    """Raise InvalidState when the case was transferred away (read-only at the sending post)."""
    if store.read_only(conn, case_id) is not None:  # one fixed sentence: the screens translate it
        raise InvalidState("This case was transferred to another post; it is read-only here.")


def for_case(session: Session, case_id: str) -> dict[str, Any] | None:
    """The outgoing transfer shown on the case screen (newest), or None."""
    session.require("case.view")
    found = store.for_case(session.db, case_id)
    if not found:
        return None
    t = found[0]
    return {**t, "read_only": t["state"] in store.READ_ONLY}


def listing(session: Session, *, direction: str | None = None, states: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    session.require("case.view")
    return store.listing(session.db, direction=direction, states=states)


def get(session: Session, transfer_id: str) -> dict[str, Any]:
    """One transfer (its document left out), by full id or an unambiguous prefix of 8 characters or more."""
    session.require("case.view")
    found = _get(session, transfer_id)
    return {k: v for k, v in found.items() if k != "document"}


def _get(session: Session, transfer_id: str) -> dict[str, Any]:
    ident = transfer_id.strip().lower()
    matches = store.find(session.db, ident) if len(ident) >= 8 else []
    if len(matches) != 1:
        raise NotFound(f"There is no transfer {transfer_id!r}." if not matches else
                       f"More than one transfer starts with {transfer_id!r}; give more of its id.")
    found = store.get(session.db, matches[0]["id"])
    assert found is not None
    return found


# ----- the sending post -----
def request(session: Session, case_ref: str, *, to_post: str, reason: str) -> dict[str, Any]:
    """Ask to transfer a case; a supervisor's request is approved (and sealed) at once, an officer's waits."""
    session.require("transfer.request")
    refuse_in_training(session, "transfers cases to another post")
    case_id = cases.find_id(session.db, case_ref)
    case = cases.get_case(session.db, case_id) if case_id else None
    if case is None:
        raise NotFound(f"There is no case {case_ref!r}.")
    reason = reason.strip()
    if not reason:
        raise ValidationFailed("Say why the case is transferred.", path="reason")
    if len(reason) > MAX_REASON:
        raise ValidationFailed(f"The reason is longer than {MAX_REASON} characters.", path="reason")
    target = store.post(session.db, to_post.strip().upper()) or store.post(session.db, to_post.strip())
    own = post.get(session.db)
    if target is None:
        raise ValidationFailed(f"The office lists no post {to_post!r}. Sync first, then choose a post from the list.",
                               path="to")
    if target["code"] == own["code"]:
        raise ValidationFailed("A case cannot be transferred to its own post.", path="to")
    _check_case(session, case)
    transfer_id = os.urandom(16).hex()
    approve_now = session.allows("transfer.approve")
    with session.transaction() as conn:
        store.insert(conn, id=transfer_id, direction="out", case_id=case["id"], case_reference=case["reference"],
                     other_post=target["code"], other_post_name=target["name"], reason=reason, state="requested",
                     requested_by=session.user.id, requested_at=now())
        session.audit(conn, "transfer.request", case["id"])
        if approve_now:
            _approve(session, conn, transfer_id)
    events.publish("case_did_change", case_id=case["id"])
    return get(session, transfer_id)


def _check_case(session: Session, case: dict[str, Any]) -> None:
    """What stops a transfer: one already under way, a closed case, an emergency release not yet approved."""
    if store.open_out(session.db, case["id"]) is not None:
        raise InvalidState("A transfer of this case is already under way.")
    if case["status"] == "closed":
        raise InvalidState("This case is closed; re-open it before transferring it.")
    for ref in case["referrals"]:
        release = caselife.emergency(session.db, ref["id"])
        if release is not None and release["approved_by"] is None:
            raise InvalidState("An emergency referral of this case waits for a supervisor's approval; it is approved "
                               "here before the case moves.")


def approve(session: Session, transfer_id: str) -> dict[str, Any]:
    """A supervisor approves an officer's request: the case is sealed to the receiving post and becomes read-only."""
    session.require("transfer.approve")
    refuse_in_training(session, "transfers cases to another post")
    found = _get(session, transfer_id)
    if found["direction"] != "out" or found["state"] != "requested":
        raise InvalidState("Only a requested transfer waiting for a supervisor can be approved.")
    case = cases.get_case(session.db, found["case_id"])
    assert case is not None
    _check_case_after_request(session, case, found["id"])
    with session.transaction() as conn:
        _approve(session, conn, found["id"])
    events.publish("case_did_change", case_id=found["case_id"])
    return get(session, found["id"])


def _check_case_after_request(session: Session, case: dict[str, Any], transfer_id: str) -> None:
    if case["status"] == "closed":
        raise InvalidState("This case was closed after the request; re-open it before transferring it.")
    for ref in case["referrals"]:
        release = caselife.emergency(session.db, ref["id"])
        if release is not None and release["approved_by"] is None:
            raise InvalidState("An emergency referral of this case waits for a supervisor's approval; approve it "
                               "first.")


def decline(session: Session, transfer_id: str, *, note: str) -> dict[str, Any]:
    """A supervisor does not approve an officer's request (the case stays here, writable)."""
    session.require("transfer.approve")
    if not note.strip():
        raise ValidationFailed("Say why the transfer is not approved.", path="note")
    found = _get(session, transfer_id)
    if found["direction"] != "out" or found["state"] != "requested":
        raise InvalidState("Only a requested transfer waiting for a supervisor can be declined.")
    with session.transaction() as conn:
        store.update(conn, found["id"], state="declined", note=note.strip()[:MAX_REASON], answered_by=session.user.id,
                     answered_at=now(), state_at=now())
        session.audit(conn, "transfer.decline", found["case_id"])
    events.publish("case_did_change", case_id=found["case_id"])
    return get(session, found["id"])


def _approve(session: Session, conn: Any, transfer_id: str) -> None:
    """Inside the approval's transaction: build, sign and seal the document; the outbox gets the bundle."""
    from app.services import sealing
    from protocol.keys import x25519_public
    from protocol.transfer import copy_entry, seal_copy, sign_transfer

    device = sealing.identity(conn)
    if device is None or device.revoked:
        raise InvalidState("This post is not enrolled with the office (or was revoked).")
    row = store.get(conn, transfer_id)
    assert row is not None
    target = store.post(conn, row["other_post"])
    if target is None or not target["devices"]:
        raise InvalidState("The office no longer lists the receiving post; sync and choose again.")
    stamp = now()
    body, sent, left = _document(session, conn, row, approved_at=stamp)
    for attempt in (True, False):  # with attachments, then (too large for one bundle) without them
        if not attempt:
            body, sent, left = _document(session, conn, row, approved_at=stamp, with_attachments=False)
        signed = sign_transfer(body, signing_key=device.signing_key)
        copies = [copy_entry(d["device_id"], seal_copy(signed, transfer_id=transfer_id, device_id=d["device_id"],
                                                       device_public_key=x25519_public(base64.b64decode(d["box_key"]))))
                  for d in target["devices"][:16]]
        if sum(len(c["sealed"]) for c in copies) < 7 * 1024 * 1024 or not sent:
            break
    payload = {"kind": "transfer", "transfer": {"action": "send", "id": transfer_id, "to_post": target["code"],
                                                "copies": copies}, "audit": []}
    store.update(conn, transfer_id, state="approved", approved_by=session.user.id, approved_at=stamp, state_at=stamp,
                 document=json.dumps(body, sort_keys=True, ensure_ascii=False), attachments_sent=sent,
                 attachments_left=left)
    session.audit(conn, "transfer.approve", row["case_id"])
    _seal(conn, device, payload)


def _seal(conn: Any, device: Identity, payload: dict[str, Any]) -> int:
    """One transfer bundle into the outbox (carrying the audit entries not yet sealed, as every bundle does)."""
    from app.services import sealing
    from app.storage import outbox
    from protocol.canonical import sha256, utcnow
    from protocol.envelope import parse_header, seal_envelope
    from protocol.keys import x25519_public

    payload["audit"], checkpoint = sealing.audit_segment(conn)
    seq = syncstate.take_seq(conn)
    blob = seal_envelope(payload, device_id=device.device_id, seq=seq, signing_key=device.signing_key,
                         recipient_public_key=x25519_public(device.root.key_for("bundle").public),
                         audit_checkpoint=checkpoint, created_at=utcnow())
    outbox.add(conn, seq=seq, bundle_id=parse_header(blob).bundle_id.hex(), referral_id=None, envelope=blob,
               blob_sha256=sha256(blob).hex(), audit_size=checkpoint.size, audit_head=checkpoint.head, kind="transfer")
    syncstate.update(conn, sealed_size=max(checkpoint.size, syncstate.get(conn)["sealed_size"]))
    return seq


def _document(session: Session, conn: Any, row: dict[str, Any], *, approved_at: str,
              with_attachments: bool = True) -> tuple[dict[str, Any], int, int]:
    """The signed body: the case as nrm-desk/cases@2, the rest of its record, attachments within the cap."""
    from app.domain.interchange import dump_cases
    from protocol.transfer import FORMAT

    case = cases.get_case(conn, row["case_id"])
    assert case is not None
    orgs = {o.id: o for o in directory.all_organisations(conn)}
    case_input = _case_input(conn, case)
    used = {c.recipient_id for c in case_input.consents if c.recipient_id}
    doc = dump_cases([case_input], [orgs[i] for i in sorted(used) if i in orgs])
    hold = next((h for h in retention_store.holds(conn) if h["case_id"] == case["id"]), None)
    record = {
        "reference": case["reference"], "status": case["status"],
        "encounters": [{k: e[k] for k in ("date", "place", "circumstance", "notes")} for e in case["encounters"]],
        "notes": [{"text": n.get("text", ""), "at": n.get("created_at", "")} for n in case["notes"]],
        "referrals": [{"provider_id": r["provider_id"], "provider_name": orgs[r["provider_id"]].name
                       if r["provider_id"] in orgs else "", "services": r["services"], "status": r["status"],
                       "reason": r.get("reason", ""), "history": referrals.history(conn, r["id"])}
                      for r in case["referrals"]],
        "history": case_edits.changes(conn, case["id"]),
        "closures": caselife.closures(conn, case["id"]),
        "companions": case_edits.companions(conn, case["id"]),
        "legal_hold": {"reason": hold["reason"], "since": hold["set_at"]} if hold else None,
    }
    sent: list[dict[str, Any]] = []
    left: list[dict[str, Any]] = []
    total = 0
    for meta in attachments.list_for_case(conn, case["id"]):
        size = int(meta["size"])
        if with_attachments and total + size <= ATTACHMENT_CAP:
            content = attachments.content(conn, meta["id"]) or b""
            total += size
            sent.append({"kind": meta["kind"], "media_type": meta["media_type"], "file_name": meta["file_name"],
                         "sha256": meta["sha256"], "content": base64.b64encode(content).decode("ascii")})
        else:
            left.append({"kind": meta["kind"], "file_name": meta["file_name"], "size": size})
    own = post.get(conn)
    body = {"format": FORMAT, "transfer_id": row["id"], "from_post": own["code"], "from_post_name": own["name"],
            "to_post": row["other_post"], "reason": row["reason"], "approved_at": approved_at,
            "case": doc, "record": json.loads(json.dumps(record, default=str)), "attachments": sent,
            "attachments_not_sent": left}
    return body, len(sent), len(left)


def _case_input(conn: Any, case: dict[str, Any]) -> Any:
    """The stored case as the interchange model (intake encounter; referrals travel as history, not as drafts)."""
    import dataclasses
    import datetime as dt

    from app.domain import identity as idn
    from app.domain.model import CaseInput, Consent, Encounter, Need, Person, ScreeningRecord
    from app.storage.matching import person_from_json

    recorded = person_from_json(case["person"])
    person = Person(**{f.name: getattr(recorded, f.name) for f in dataclasses.fields(Person)})
    first = min(case["encounters"], key=lambda e: (e["date"], e["created_at"]))
    day = dt.date.fromisoformat
    consents = tuple(Consent(
        purpose=c["purpose"], recipient_id=c["recipient_id"], method=c["method"], given_on=day(c["given_on"]),
        data_categories=tuple(c["data_categories"] or ()), interpreter=c["interpreter"], witness=c["witness"],
        guardian=c["guardian"], withdrawn_on=day(c["withdrawn_on"]) if c["withdrawn_on"] else None,
        withdrawal_reason=c["withdrawal_reason"]) for c in case["consents"])
    screenings = tuple(ScreeningRecord(s["instrument_id"], s["instrument_version"], s["answers"], s["result"],
                                       s["classification"], s["reason"]) for s in case["screenings"])
    ident = case.get("identity") or {}
    inv = case.get("investigation") or {}
    companions = tuple(idn.Companion(c["name"], c["relation"], bool(c["held_documents"]),
                                     bool(c["possible_exploiter"]), c.get("note") or "")
                       for c in case_edits.companions(conn, case["id"]))
    return CaseInput(person=person, encounter=Encounter(day(first["date"]), first["place"], first["circumstance"],
                                                        first["notes"] or ""),
                     notes=cases.case_notes(conn, case["id"]), screenings=screenings, consents=consents,
                     needs=tuple(Need(n["code"], n["note"] or "") for n in case["needs"]),
                     classification=case["classification"],
                     identity=idn.identity_from_json(ident) if ident else None,
                     investigation=idn.investigation_from_json(inv) if inv else None, companions=companions)


# ----- what the feed says (inside apply_update's transaction) -----
def apply_feed(conn: Any, members: dict[str, Any], *, device: Identity | None) -> int:
    """Other posts, this post's transfers' states, and copies addressed to this device; how many copies queued."""
    own = post.get(conn)["code"]
    found = members.get("posts")
    if isinstance(found, list):
        listed = {p["code"]: p for p in (_post(x) for x in found) if p is not None and p["code"] != own}
        store.save_posts(conn, list(listed.values()))
    for report in members.get("transfers_out") or []:
        _state_report(conn, report)
    queued = 0
    for entry in members.get("transfers_in") or [] if device is not None and not device.revoked else []:
        queued += _incoming(conn, entry, device=device, own=own)
    return queued


def _post(entry: Any) -> dict[str, Any] | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("code"), str) or not isinstance(entry.get("name"), str):
        return None
    devices = [{"device_id": str(d["device_id"]), "box_key": str(d["box_key"])} for d in entry.get("devices") or []
               if isinstance(d, dict) and isinstance(d.get("device_id"), str) and isinstance(d.get("box_key"), str)]
    return {"code": entry["code"][:32], "name": entry["name"][:200], "devices": devices}


def _state_report(conn: Any, report: Any) -> None:
    """The office's state of one of this post's transfers: it only moves forward."""
    if not isinstance(report, dict) or not isinstance(report.get("id"), str):
        return
    row = store.get(conn, report["id"])
    state = report.get("state")
    if row is None or row["direction"] != "out" or state not in ("at_office", "delivered", "accepted", "refused"):
        return
    if row["state"] in ("accepted", "refused", "requested", "declined"):
        return
    if state != "refused" and _ORDER.get(state, -1) <= _ORDER.get(row["state"], -1):
        return
    note = str(report.get("note") or "")[:MAX_REASON]
    store.update(conn, row["id"], state=state, note=note, state_at=str(report.get("at") or now())[:40],
                 **({"answered_at": str(report.get("at") or now())[:40]} if state in ("accepted", "refused") else {}))
    if state == "refused" and row["case_id"]:  # the case stays here: writable again
        log.info("transfer %s refused", row["id"])


def _incoming(conn: Any, entry: Any, *, device: Identity, own: str) -> int:
    """Verify one copy addressed to this device and keep it in the queue; a "received" bundle tells the office."""
    from protocol.canonical import b64d
    from protocol.errors import MalformedData, ProtocolError
    from protocol.transfer import open_copy

    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        return 0
    if store.get(conn, entry["id"]) is not None:
        return 0  # exactly once: already in the queue (or answered)
    try:
        opened = open_copy(b64d(entry.get("sealed")), transfer_id=entry["id"], from_post=str(entry.get("from_post")),
                           to_post=own, device_id=device.device_id, device_private_key=device.box_key,
                           sender_public=b64d(entry.get("sender_key"), size=32))
    except (ProtocolError, MalformedData, binascii.Error, ValueError) as exc:
        code = getattr(exc, "code", "malformed")
        syncstate.add_refusal(conn, kind="transfer", ref=entry["id"][:32], code=code, message="transfer copy refused")
        return 0
    body = opened.body
    store.insert(conn, id=opened.transfer_id, direction="in",
                 case_reference=str((body.get("record") or {}).get("reference", ""))[:64], other_post=opened.from_post, other_post_name=str(entry.get("from_post_name") or
                                                                  body.get("from_post_name") or "")[:200],
                 reason=str(body["reason"])[:MAX_REASON], state="delivered", requested_at=str(body["approved_at"]),
                 document=json.dumps(body, sort_keys=True, ensure_ascii=False),
                 attachments_sent=len(body.get("attachments") or []),
                 attachments_left=len(body.get("attachments_not_sent") or []))
    _seal(conn, device, {"kind": "transfer", "transfer": {"action": "received", "id": opened.transfer_id},
                         "audit": []})
    return 1


# ----- the receiving post -----
def _incoming_row(session: Session, transfer_id: str) -> dict[str, Any]:
    found = _get(session, transfer_id)
    if found["direction"] != "in":
        raise InvalidState("This transfer was sent by this post; only the receiving post accepts or refuses it.")
    if found["state"] != "delivered":
        raise InvalidState(f"This transfer was already {found['state']}.")
    return found


def accept(session: Session, transfer_id: str) -> dict[str, Any]:
    """A supervisor takes the case into this post's store (one transaction); the office and the sender learn it."""
    from app.domain.interchange import parse_cases
    from app.services import case_edit, sealing
    from app.services import cases as case_service

    session.require("transfer.receive")
    refuse_in_training(session, "receives cases from another post")
    found = _incoming_row(session, transfer_id)
    device = sealing.identity(session.db)
    if device is None or device.revoked:
        raise InvalidState("This post is not enrolled with the office (or was revoked).")
    body = json.loads(found["document"])
    doc = body["case"]
    ids = directory.known_ids(session.db) | {o.get("id") for o in doc.get("directory") or [] if isinstance(o, dict)}
    parsed = parse_cases(doc, known_providers=ids, vocab=case_edit.vocabulary())
    if len(parsed.cases) != 1:
        raise ValidationFailed("A transfer carries exactly one case.")
    code = post.get(session.db)["code"]
    with session.transaction() as conn:
        for org in parsed.directory:
            if directory.get(conn, org.id) is None:
                directory.upsert(conn, org)
        ((case_id, reference),) = case_service.store_cases(session, conn, parsed.cases, code=code)
        case_edit.store_imported(session, conn, [(case_id, parsed.cases[0])])
        for item in body.get("attachments") or []:
            content = base64.b64decode(item["content"])
            attachments.insert(conn, case_id, kind=item["kind"], media_type=item["media_type"],
                               file_name=item["file_name"], content=content, sha256=item["sha256"],
                               by=session.user.id)
        hold = (body.get("record") or {}).get("legal_hold")
        if hold:  # a legal hold travels with the case
            retention_store.set_hold(conn, case_id, reason=str(hold.get("reason") or "")[:MAX_REASON],
                                     by=session.user.id)
        store.update(conn, found["id"], state="accepted", case_id=case_id, answered_by=session.user.id,
                     answered_at=now(), state_at=now())
        session.audit(conn, "case.create", case_id)
        session.audit(conn, "transfer.accept", case_id)
        _seal(conn, device, {"kind": "transfer", "transfer": {"action": "accept", "id": found["id"]}, "audit": []})
    events.publish("case_did_change", case_id=case_id)
    return {**get(session, found["id"]), "reference": reference}


def refuse(session: Session, transfer_id: str, *, reason: str) -> dict[str, Any]:
    """A supervisor refuses the case, with a reason the office and the sending post see (no personal data)."""
    from app.services import sealing

    session.require("transfer.receive")
    refuse_in_training(session, "receives cases from another post")
    reason = reason.strip()
    if not reason:
        raise ValidationFailed("Say why the transfer is refused.", path="reason")
    if len(reason) > MAX_REASON:
        raise ValidationFailed(f"The reason is longer than {MAX_REASON} characters.", path="reason")
    found = _incoming_row(session, transfer_id)
    device = sealing.identity(session.db)
    if device is None or device.revoked:
        raise InvalidState("This post is not enrolled with the office (or was revoked).")
    with session.transaction() as conn:
        store.update(conn, found["id"], state="refused", note=reason, answered_by=session.user.id, answered_at=now(),
                     state_at=now(), document=None)  # a refused case is not kept here
        session.audit(conn, "transfer.refuse", found["id"])
        _seal(conn, device, {"kind": "transfer", "transfer": {"action": "refuse", "id": found["id"],
                                                              "reason": reason}, "audit": []})
    return get(session, found["id"])


def sent_document(session: Session, transfer_id: str) -> dict[str, Any]:
    """The read-only record of what was sent (sending post) or what waits in the queue (receiving post)."""
    session.require("case.view")
    found = _get(session, transfer_id)
    if found["document"] is None:
        raise NotFound("Nothing of this transfer is kept here.")
    body: dict[str, Any] = json.loads(found["document"])
    for item in body.get("attachments") or []:
        item.pop("content", None)  # shown as a list; the attachments themselves stay in the vault
    return body

