"""A scripted trainee: one practice run through the real screening flow with chosen answers (self-test, tests, demos).

    fb = practise(session, "man-deported-from-iran", plan, lang="ur")   # plan: an Attempt (what the trainee does)

The interview is the normal state machine (app/services/screening_flow) in "coding" mode: the trainee reads the
narrative and ticks the indicators found, with their source. Everything else is answered the way the plan says.
"""

from __future__ import annotations

from typing import Any

from app.services import screening_flow as sf
from app.services import training
from app.services.screening_flow import care, sample
from app.services.screening_flow.flow import Page, ScreeningFlow
from app.services.session import Session
from app.training.feedback import Attempt, Feedback

REASON = "Practice run: decided on the narrative and the indicators found."


def practise(session: Session, scenario_id: str, plan: Attempt, *, lang: str) -> Feedback:
    """Start, answer every page as `plan` says, finish; the feedback is the one the trainee would see."""
    flow = training.start_practice(session, scenario_id)
    page = sf.page_of(flow)
    while page.step.kind != "review":
        page = sf.advance(session, flow, answer(page, flow, scenario_id, plan))
    return training.finish_practice(session, flow, scenario_id, lang=lang)


def answer(page: Page, flow: ScreeningFlow, scenario_id: str, plan: Attempt) -> dict[str, Any]:
    s = training.scenario(scenario_id)
    kind = page.step.kind
    if kind == "person":
        return _person(s.person, plan)
    if kind == "prescreen":
        return {"answers": {q.id: (q.id == "P01" and plan.child_procedures) for q in page.questions}}
    if kind == "lists":
        return {"instruments": list(plan.indicators) or s.lists, "mode": "coding"}
    if kind == "coding":
        items = [i for inst in flow.chosen_lists() for i in inst.items if i.id in plan.indicators.get(inst.id, ())]
        concepts = list(dict.fromkeys(str(i.concept) for i in items))
        return {"found": [{"concept": c, "source": "account", "note": ""} for c in concepts]}
    if kind == "vulnerability":
        yes = set(s.expert["vulnerability"]["yes"])
        return {"answers": {q.id: q.id in yes for q in page.questions}}
    if kind == "act":
        return {"answer": s.expert["act"] or "unknown"}
    if kind == "classification":
        return {"code": plan.classification, "reason": REASON}
    if kind == "consent":
        return _consent(page, plan)
    if kind == "needs":
        return {"needs": [{"code": c, "note": ""} for c in s.expert["needs"]]}
    if kind == "referrals":
        return _referrals(flow, plan)
    return sample.answer_for(page)


def _person(person: Any, plan: Attempt) -> dict[str, Any]:
    age = person["age"] if person["age"] is not None else 17
    if not plan.child_procedures and age < 18:
        age = 18  # the trainee took the person for an adult
    return {"given_name": "Practice", "family_name": "Person", "name_native": "", "aliases": [],
            "sex": person["sex"], "estimated_age": age, "nationality": person["nationality"],
            "languages": [], "documents": [], "possible_child": plan.child_procedures and person["possible_child"]}


def _consent(page: Page, plan: Attempt) -> dict[str, Any]:
    if plan.consent == "declines":
        return {"declined": True}
    consents = [{**c, "interpreter": c["interpreter"] or "Practice interpreter"} if page.info.get("interpreter_needed")
                else c for c in sample.consents(page)]
    if plan.consent == "child_with_guardian":
        return {"declined": False, "consents": consents, **sample.GUARDIAN_DETAILS}
    return {"declined": False, "consents": [{k: v for k, v in c.items() if k != "guardian"} for c in consents]}


def _referrals(flow: ScreeningFlow, plan: Attempt) -> dict[str, Any]:
    if plan.consent == "declines" or not plan.services:
        return {"referrals": []}
    consented = [c["recipient_id"] for c in flow.data.get("consent", {}).get("consents", [])
                 if c.get("purpose") == "referral" and c.get("recipient_id")]
    drafts = care.suggested_referrals(list(plan.services), flow.organisations.values(), urgency="urgent",
                                      consented=consented)
    drafts = [d for d in drafts if d["provider_id"] in consented]  # a referral needs the person's consent
    return {"referrals": [{**d, "reason": REASON} for d in drafts]}
