"""A realistic scripted interview with a synthetic person, for the self-test, demos and tests."""

from __future__ import annotations

from typing import Any

from app.services.screening_flow.flow import Page

PERSON = {"given_name": "Ayesha", "family_name": "Bibi", "name_native": "عائشہ بی بی", "aliases": ["Ashi"],
          "sex": "female", "estimated_age": 16, "nationality": "PK", "languages": ["ur", "pa"],
          "documents": [{"type": "birth_certificate", "number": "B-4410-2210", "issuing_country": "PK"}]}
ENCOUNTER = {"place": "Islamabad International Airport, departures", "circumstance": "interception",
             "notes": "Travelling with a man who said he was her uncle; he held her passport.",
             "interview_language": "ur", "interpreter": "", "interviewer_gender": "female",
             "officer_preference": "woman"}
PRESCREEN_YES = {"P01", "P02", "P03"}
INDICATORS_YES = {"A01", "A02", "B02", "D01", "D03", "E01", "E02", "F01"}
VULNERABILITY_YES = {"IND_LITERACY", "HH_DEBT", "HH_DEPENDANTS", "HH_FAMILY_ARRANGED", "COM_RECRUITERS",
                     "STR_NO_INCOME", "IMM_UNACCOMPANIED_CHILD", "IMM_NO_SAFE_PLACE", "IMM_SEVERE_DISTRESS"}
REASON = "Deceived about the job, documents held by the escort, and she is 16: child procedures apply."
GUARDIAN = "Child Protection Officer Nasreen Akhtar"
GUARDIAN_DETAILS = {"guardian_relationship": "child_protection_officer", "guardian_involved": "no"}
WITNESS = "Sub-Inspector Rukhsana Parveen"
ACT = "yes"  # she was transported to the airport by the "uncle"


def _answers(page: Page, yes: set[str]) -> dict[str, Any]:
    """Yes to the chosen ids; a compound indicator answered part by part (the first part carries the yes)."""
    answers: dict[str, Any] = {}
    for q in page.questions:
        if q.parts:
            answers.update({pid: q.id in yes and n == 0 for n, (pid, _text, _a) in enumerate(q.parts)})
        else:
            answers[q.id] = q.id in yes
    return {"answers": answers}


def answer_for(page: Page) -> dict[str, Any]:
    """What a careful officer would enter on this page for the sample person."""
    kind = page.step.kind
    if kind == "encounter":
        return {**page.values, **ENCOUNTER}
    fixed: dict[str, Any] = {
        "person": PERSON, "match": {"decision": "new"}, "prescreen": _answers(page, PRESCREEN_YES),
        "indicators": _answers(page, INDICATORS_YES), "vulnerability": _answers(page, VULNERABILITY_YES),
        "lists": page.values, "needs": page.values, "review": {}, "act": {"answer": ACT},
    }
    if kind in fixed:
        return dict(fixed[kind])
    if kind == "classification":
        return {"code": page.info["suggestion"]["code"], "reason": REASON}  # she agrees with the suggestion
    if kind == "consent":
        return {"declined": False, "consents": consents(page), **GUARDIAN_DETAILS}
    return {"referrals": [{**r, "reason": "Child alone without a safe place; needs protection now."}
                          for r in page.values["referrals"]]}


def consents(page: Page) -> list[dict[str, Any]]:
    """Assistance (central office), and referral plus data sharing for each likely recipient."""
    base = {"method": "verbal", "witness": WITNESS, "guardian": GUARDIAN,
            "interpreter": page.info.get("interpreter", "")}
    out = [{**base, "purpose": "assistance", "recipient_id": None}]
    for org in page.info.get("likely_recipients", []):
        out.append({**base, "purpose": "referral", "recipient_id": org})
        out.append({**base, "purpose": "data_sharing", "recipient_id": org,
                    "data_categories": ["identity", "screening"]})
    return out


ADULT = {**PERSON, "given_name": "Rashid", "family_name": "Khan", "name_native": "راشد خان", "aliases": [],
         "sex": "male", "estimated_age": 34, "documents": []}
SCREEN_OUT = {"person": ADULT, "prescreen": {"answers": {"P01": False, "P02": True}},
              "classification": {"code": "no_protection_concern",
                                 "reason": "Travelling for seasonal work with his own passport; no concern found."},
              "consent": {"declined": True}, "needs": {"needs": []}, "referrals": {"referrals": []}}


def screen_out(session: Any) -> tuple[str, str]:
    """An adult the officer decides to screen out without a referral (a decision that waits for review)."""
    from app.services import screening_flow as sf

    flow = sf.start(session)
    page = sf.page_of(flow)
    while page.step.kind != "review":
        page = sf.advance(session, flow, SCREEN_OUT.get(page.step.kind) or answer_for(page))
    return sf.finish(session, flow)
