"""Pausing an interview for the person's sake: saved, recorded with its reason, and a psychologist asked for."""

from __future__ import annotations

from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.picklists import PAUSE_REASONS
from app.services.screening_flow.flow import ScreeningFlow
from app.services.session import Session
from app.storage import drafts
from app.storage.ids import now

# Pages where the person is asked about what happened to them: a pause is offered there.
SENSITIVE = ("prescreen", "indicators", "coding", "vulnerability", "act")


def offered(flow: ScreeningFlow) -> bool:
    return flow.step.kind in SENSITIVE


def pause(session: Session, flow: ScreeningFlow, *, reason: str, note: str = "", refer: bool = True
          ) -> dict[str, Any]:
    """Record the pause on the draft and in the audit log, in one transaction; the interview stays unfinished.

    With `refer`, psychosocial support is added to the needs the interview suggests, so a referral to a
    psychologist is drafted with the others.
    """
    session.require("screening.run")
    if reason not in PAUSE_REASONS:
        raise ValidationFailed("Choose why the interview is paused.", path="reason")
    entry = {"at": now(), "step": flow.step.key, "reason": reason, "note": " ".join(note.split()),
             "refer": bool(refer)}
    flow.state.setdefault("pauses", []).append(entry)
    with session.transaction() as conn:
        drafts.save(conn, flow.draft_id, kind="screening", owner_id=session.user.id, state=flow.state)
        session.audit(conn, "interview.pause", flow.draft_id)
    return entry
