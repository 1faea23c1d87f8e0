"""Finishing an interview: every step checked again, then the case and all it holds written in one transaction."""

from __future__ import annotations

from typing import Any

from app.domain.errors import InvalidState, NotFound
from app.domain.model import CaseInput, ScreeningRecord
from app.services import decisions, events
from app.services.cases import store_case
from app.services.screening_flow import care, child_rule, steps
from app.services.screening_flow.flow import PRESCREEN_ID, VULNERABILITY_ID, ScreeningFlow, Step
from app.services.screening_flow.indicators import answer_keys
from app.services.session import Session
from app.storage import audit, cases, drafts, post, referrals

# Kept in the referral's history (a fixed sentence, so every screen can show it in its own language).
OVERRIDE_NOTE = "The screening decision differs from the engine's suggestion (override)."


def check_complete(flow: ScreeningFlow) -> None:
    """Run every step's validation again on what was saved (the directory or a draft may have changed)."""
    for step in flow.steps():
        if step.kind == "review":
            continue
        saved = _saved(flow, step)
        if saved is None:
            raise InvalidState(f"The interview is not complete: the step '{step.kind}' has not been done.")
        flow.validate(step, saved)
    child_rule.check(flow)


def _saved(flow: ScreeningFlow, step: Step) -> dict[str, Any] | None:
    if step.kind != "indicators":
        return flow.data.get(step.kind)  # type: ignore[no-any-return]
    answers = flow.data.get("indicators", {}).get(step.instrument_id)
    if answers is None or step.key not in flow.state["visited"]:
        return None
    keys = set(answer_keys(flow.page_items(step)))
    return {"answers": {k: v for k, v in answers.items() if k in keys}}


def case_input(flow: ScreeningFlow) -> CaseInput:
    """The case the interview produced, ready for store_case."""
    data = flow.data
    person = steps.person_of(data["person"])
    if flow.prescreen_said_child() and person.age_on(flow.encounter_date()) is None:
        person = type(person)(**{**person.__dict__, "possible_child": True})
    decision = data["classification"]
    return CaseInput(
        person=person, encounter=steps.encounter_of(data["encounter"]), screenings=tuple(records(flow)),
        consents=tuple(care.consent_of(c) for c in data["consent"]["consents"]),
        needs=tuple(care.need_of(n) for n in data["needs"]["needs"]),
        referrals=tuple(care.referral_of(r) for r in data["referrals"]["referrals"]),
        classification=decision["code"],
    )


def records(flow: ScreeningFlow) -> list[ScreeningRecord]:
    """One record per instrument used: pre-screen, each indicator list, vulnerability; each with the decision."""
    decision, suggestion = flow.data["classification"], flow.suggestion().to_dict()
    out = []
    prescreen, vulnerability, multi = flow.prescreen_result(), flow.vulnerability_result(), flow.indicator_result()
    assert prescreen is not None and vulnerability is not None
    used: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        (PRESCREEN_ID, flow.data["prescreen"]["answers"], prescreen.to_dict())]
    for result in multi.results if multi else ():
        inst = flow.instruments[result.instrument_id]
        # where each indicator came from (account, observation, document, third party) and how it was recorded
        how = {"indicator_sources": flow.list_sources(inst), "indicator_mode": flow.mode()}
        used.append((result.instrument_id, flow.list_answers(inst), {**result.to_dict(), **how}))
    used.append((VULNERABILITY_ID, flow.data["vulnerability"]["answers"], vulnerability.to_dict()))
    context = {"suggestion": suggestion, "decision": decision_of(flow), "interview": interview_of(flow)}
    for instrument_id, answers, result in used:
        out.append(ScreeningRecord(
            instrument_id=instrument_id, instrument_version=flow.instruments[instrument_id].version,
            answers=dict(answers), result={**result, **context},
            classification=decision["code"], reason=decision["reason"]))
    return out


def decision_of(flow: ScreeningFlow) -> dict[str, Any]:
    """The officer's decision beside the engine's suggestion: whether it overrode it, and the act answer."""
    chosen, engine = flow.data["classification"], flow.decision()
    suggested = engine.suggestion
    return {"code": chosen["code"], "reason": chosen["reason"], "suggested": suggested.code,
            "override": chosen["code"] != suggested.code, "engine_reasons": list(suggested.reasons),
            "act": flow.act(), "child": flow.is_child(),
            "protective_child": engine.protective_child.to_dict() if engine.protective_child else None}


def interview_of(flow: ScreeningFlow) -> dict[str, Any]:
    """How the interview was held: who asked, whom the person asked for, pauses, the guardian, any waiver."""
    encounter, consent = flow.data.get("encounter", {}), flow.data.get("consent", {})
    return {"interviewer_gender": encounter.get("interviewer_gender", ""),
            "officer_preference": encounter.get("officer_preference", ""), "pauses": flow.pauses(),
            "guardian_relationship": consent.get("guardian_relationship"),
            "guardian_involved": consent.get("guardian_involved"), "child_waiver": flow.state.get("child_waiver")}


def _permissions(session: Session, case: CaseInput, *, linked: bool) -> None:
    session.require("screening.run")
    session.require("case.edit" if linked else "case.create")
    if case.consents:
        session.require("consent.record")
    if case.referrals:
        session.require("referral.draft")


def finish(session: Session, flow: ScreeningFlow) -> tuple[str, str]:
    """Write the case (or add to the linked case), screenings, consents, needs and referral drafts; drop the draft."""
    check_complete(flow)
    case = case_input(flow)
    linked = flow.data["match"]["case_id"] if "match" in flow.data else None
    _permissions(session, case, linked=linked is not None)
    code = post.get(session.db)["code"]
    with session.transaction() as conn:
        before = {r["id"] for r in referrals.list_referrals(conn, case_id=linked)} if linked else set()
        if linked:
            case_id, reference = _add_to_case(session, conn, linked, case)
        else:
            case_id, reference = store_case(session, conn, case, code=code)
            session.audit(conn, "case.create", case_id)
        _audit_parts(session, conn, case_id, case)
        new = [r["id"] for r in referrals.list_referrals(conn, case_id=case_id) if r["id"] not in before]
        _decision_checks(session, conn, flow, case_id, referral_ids=new)
        drafts.delete(conn, flow.draft_id)
        session.audit(conn, "draft.finish", flow.draft_id)
    events.publish("case_did_change", case_id=case_id)
    return case_id, reference


def _audit_parts(session: Session, conn: Any, case_id: str, case: CaseInput) -> None:
    for _ in case.screenings:
        session.audit(conn, "screening.record", case_id)
    for _ in case.consents:
        session.audit(conn, "consent.record", case_id)


def _add_to_case(session: Session, conn: Any, case_id: str, case: CaseInput) -> tuple[str, str]:
    """A further interview with a person already on file: attach it to that case."""
    existing = cases.get_case(conn, case_id)
    if existing is None:
        raise NotFound("The linked case no longer exists; go back and choose again.")
    by = session.user.id
    cases.insert_encounter(conn, case_id, case.encounter, by=by)
    for screening in case.screenings:
        cases.insert_screening(conn, case_id, screening, by=by)
    for consent in case.consents:
        cases.insert_consent(conn, case_id, consent, by=by)
    for need in case.needs:
        cases.insert_need(conn, case_id, need)
    for draft in case.referrals:
        session.audit(conn, "referral.draft", referrals.insert(conn, case_id, draft, by=by))
    session.audit(conn, "case.edit", case_id)
    return case_id, str(existing["reference"])


def _decision_checks(session: Session, conn: Any, flow: ScreeningFlow, case_id: str, *, referral_ids: list[str]
                     ) -> None:
    """Inside finish's transaction: mark an override where everyone will see it, queue a negative decision
    for a supervisor's review, and record a waived child-protection referral on the case (break-the-glass)."""
    decision = decision_of(flow)
    if decision["override"]:
        note = OVERRIDE_NOTE
        session.audit(conn, "decision.override", case_id)
        for referral_id in referral_ids:  # the referral's history and audit trail, shown with its letter
            referrals.add_event(conn, referral_id, status="draft", by=session.user.id, note=note)
            session.audit(conn, "decision.override", referral_id)
    decisions.supersede(session, conn, case_id)  # a further interview's decision replaces one still pending
    if decisions.needs_review(decision["code"], referrals=len(referral_ids)):
        decisions.open_review(session, conn, case_id, decision=decision, is_child=flow.is_child())
    waiver = flow.state.get("child_waiver")
    if waiver and not child_rule.referred(flow):
        audit.append(conn, actor=waiver["by"], action=child_rule.WAIVER_ACTION, object_id=case_id)
