"""The person's own copy (issue 16): everything the post holds about one person, for a person who asks, as JSON or
as a PDF in English and Urdu. Supervisors only; audited. The file is written 0600 where the supervisor says."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.atomic import atomic_write
from app.domain.errors import NotFound
from app.services import case_edit
from app.services.session import Session
from app.storage import attachments, audit, caselife, cases, decisions, directory, post, referrals
from app.storage import retention as retention_store

FORMAT = "nrm-desk/subject@1"


def gather(session: Session, ref_or_id: str) -> dict[str, Any]:
    """The whole file about the person of one case, as plain data (no audit entry: `export` records one)."""
    session.require("subject.export")
    case_id = cases.find_id(session.db, ref_or_id)
    case = cases.get_case(session.db, case_id) if case_id else None
    if case is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    case["notes_list"] = case.pop("notes")
    case["case_notes"] = cases.case_notes(session.db, case["id"])
    for ref in case["referrals"]:
        ref["history"] = referrals.history(session.db, ref["id"])
    case["decision_reviews"] = decisions.list_reviews(session.db, case_id=case["id"])
    # issue 14: corrections (old and new values), closures, and the attachments whole. Not the group's other cases
    # or the companions: those are other people's data (a companion may be marked as a possible exploiter).
    case["changes"] = case_edit.extras(session, case)["changes"]
    case["closures"] = caselife.closures(session.db, case["id"])
    case["attachments"] = [{**meta, "content_base64": base64.b64encode(
        attachments.content(session.db, meta["id"]) or b"").decode("ascii")}
        for meta in attachments.list_for_case(session.db, case["id"])]
    hold = next((h for h in retention_store.holds(session.db) if h["case_id"] == case["id"]), None)
    case["legal_hold"] = {"since": hold["set_at"], "reason": hold["reason"]} if hold else None
    # who did what with the record, and when (user ids and actions; the audit log holds no personal data)
    ids = [case["id"], *(r["id"] for r in case["referrals"])]
    case["audit_trail"] = [{k: e[k] for k in ("at", "actor", "action", "object_id")}
                           for e in audit.entries_for_object(session.db, ids)]
    return case


def export(session: Session, ref_or_id: str, *, out: Path, today: dt.date | None = None) -> dict[str, Any]:
    """Write the copy (PDF or JSON by the file's suffix); the export is audited against the case."""
    case = gather(session, ref_or_id)
    info = post.get(session.db)
    on = today or dt.date.today()
    if out.suffix.lower() == ".json":
        doc = {"format": FORMAT, "generated_on": on.isoformat(), "post": {"code": info["code"], "name": info["name"]},
               "case": case}
        data = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode("utf-8")
    else:
        from app.letters import subject

        names = {o.id: o.name for o in directory.all_organisations(session.db)}
        data = subject.render(case, post_name=info["name"], organisations=names, on=on)
    atomic_write(out, data)
    try:
        session.record("subject.export", case["id"])
    except BaseException:
        out.unlink(missing_ok=True)  # an export that is not in the audit log does not stay on disk
        raise
    return {"case_id": case["id"], "reference": case["reference"], "out": str(out), "bytes": len(data)}
