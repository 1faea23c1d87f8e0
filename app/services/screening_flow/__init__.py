"""The screening interview use cases: start, advance, go back, resume, discard and finish (saved on every change).

    flow = start(session)                       # a new draft in the vault; flow.step.kind == "encounter"
    page = advance(session, flow, {...})        # validate the step, save, return the next Page
    page = go_back(session, flow)               # keep what was entered, save, return the previous Page
    drafts = open_drafts(session)               # the signed-in officer's unfinished interviews
    flow = resume(session, drafts[0].id)        # exactly where it was left (step and answers)
    pause(session, flow, reason="distress")     # recorded, saved; a psychologist is suggested among the needs
    record_waiver(session, flow, reason=..., username=SUPERVISOR, password=...)  # a child without a CP referral
    case_id, reference = finish(session, flow)  # one transaction, audited; the draft is removed

The state is plain JSON in the `drafts` table of the encrypted store; the dialog only renders `page_of(flow)`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import NotFound, ValidationFailed
from app.domain.matching import find_candidates, search_words
from app.domain.model import Person, to_jsonable
from app.domain.screening import Instrument, load_instruments
from app.resources import instruments_dir
from app.services.screening_flow.child_rule import record_waiver
from app.services.screening_flow.finish import case_input, check_complete, finish
from app.services.screening_flow.flow import Page, Question, ScreeningFlow, Step
from app.services.screening_flow.pages import page_of
from app.services.screening_flow.pause import pause
from app.services.session import Session
from app.storage import directory, drafts, matching
from app.storage.ids import new_id

KIND = "screening"

__all__ = ["KIND", "DraftSummary", "Page", "Question", "ScreeningFlow", "Step", "advance", "case_input",
           "check_complete", "discard", "finish", "go_back", "instruments", "keep", "open_drafts", "page_of",
           "pause", "possible_matches", "record_waiver", "resume", "save", "start"]


@functools.cache
def instruments() -> Mapping[str, Instrument]:
    """The bundled screening instruments (read once per process)."""
    return load_instruments(instruments_dir())


@dataclass(frozen=True)
class DraftSummary:
    id: str
    person: str
    step: str
    index: int
    total: int
    is_child: bool
    updated_at: str


def _flow(session: Session, state: dict[str, Any], today: dt.date | None) -> ScreeningFlow:
    return ScreeningFlow(state, instruments=instruments(), organisations=directory.all_organisations(session.db),
                         today=today or dt.date.today())


def start(session: Session, *, today: dt.date | None = None) -> ScreeningFlow:
    """A new interview, saved at once so even the first keystrokes survive a crash."""
    from app.services.screening_flow.flow import new_state

    session.require("screening.run")
    draft_id = new_id()
    flow = _flow(session, new_state(draft_id, owner_id=session.user.id, today=today or dt.date.today()), today)
    with session.transaction() as conn:
        drafts.save(conn, draft_id, kind=KIND, owner_id=session.user.id, state=flow.state)
        session.audit(conn, "draft.create", draft_id)
    return flow


def save(session: Session, flow: ScreeningFlow) -> None:
    """Write the whole state to the vault (one statement; durable before this returns)."""
    session.require("screening.run")
    drafts.save(session.db, flow.draft_id, kind=KIND, owner_id=session.user.id, state=flow.state)


def possible_matches(session: Session, person: Person, *, on: dt.date) -> list[dict[str, Any]]:
    """Existing cases that may be this person, as plain dicts (score and the fields that matched)."""
    session.require("case.view")
    found = find_candidates(person, matching.candidates(session.db, search_words(person)), on=on)
    return [to_jsonable(c) for c in found]


def advance(session: Session, flow: ScreeningFlow, data: Mapping[str, Any]) -> Page:
    """Validate and keep the current step's input, move on, save; the next page to show."""
    session.require("screening.run")
    candidates = None
    if flow.step.kind == "person":
        clean = flow.validate(flow.step, data)
        from app.services.screening_flow.steps import person_of

        candidates = possible_matches(session, person_of(clean), on=flow.encounter_date())
    flow.submit(data, candidates=candidates)
    save(session, flow)
    return page_of(flow)


def go_back(session: Session, flow: ScreeningFlow) -> Page:
    flow.back()
    save(session, flow)
    return page_of(flow)


def keep(session: Session, flow: ScreeningFlow, data: Mapping[str, Any]) -> None:
    """Save what is typed on the current page without validating it (the page is not left)."""
    flow.state.setdefault("typing", {})[flow.step.key] = to_jsonable(dict(data))
    save(session, flow)


def open_drafts(session: Session) -> list[DraftSummary]:
    """The signed-in user's unfinished interviews, most recent first."""
    session.require("screening.run")
    out = []
    for row in drafts.list_for(session.db, session.user.id, kind=KIND):
        flow = _flow(session, row["state"], None)
        person = flow.person()
        index, total = flow.position()
        out.append(DraftSummary(row["id"], person.display_name() if person else "", flow.step.kind, index, total,
                                flow.is_child(), row["updated_at"]))
    return out


def resume(session: Session, draft_id: str, *, today: dt.date | None = None) -> ScreeningFlow:
    session.require("screening.run")
    row = drafts.load(session.db, draft_id)
    if row is None or row["owner_id"] != session.user.id or row["kind"] != KIND:
        raise NotFound("There is no unfinished interview of yours with this id.")
    if row["state"].get("version") != 1:
        raise ValidationFailed("This unfinished interview was saved by another version of NRM Desk.")
    session.record("draft.resume", draft_id)
    return _flow(session, row["state"], today)


def discard(session: Session, draft_id: str) -> None:
    resume(session, draft_id)
    with session.transaction() as conn:
        drafts.delete(conn, draft_id)
        session.audit(conn, "draft.discard", draft_id)
