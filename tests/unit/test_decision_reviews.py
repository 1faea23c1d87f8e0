"""The officer decides actively and a negative decision gets a second pair of eyes (issue 11, findings 4 and 5);
the child rule at finish, the guardian, pauses and the interviewer — all on a real SQLCipher vault."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import AuthenticationFailed, PermissionDenied, Refused, ValidationFailed
from app.domain.model import Organisation
from app.services import cases, decisions, referrals, users, vault
from app.services import screening_flow as sf
from app.services.screening_flow import sample
from app.storage import audit, directory, drafts

PASSWORD = "correct-horse-battery-9"
TODAY = dt.date(2026, 11, 28)
ORGS = (Organisation("org-cpu", "Child Protection Unit", ("child_protection", "family_tracing", "shelter")),
        Organisation("org-psy", "Sukoon Counselling", ("psychosocial", "medical")))
ADULT = {**sample.PERSON, "given_name": "Rashid", "sex": "male", "estimated_age": 34}
NOT_CHILD = {"answers": {"P01": False, "P02": True}}
NO_REFERRAL = {"consent": {"declined": True}, "needs": {"needs": []}, "referrals": {"referrals": []}}


@pytest.fixture(scope="module")
def post(tmp_path_factory):
    root = tmp_path_factory.mktemp("post")
    vault.create_post(root, post_code="ISB", post_name="Test post", admin_username="admin", admin_password=PASSWORD)
    with vault.unlock(root, "admin", PASSWORD) as admin:
        for name, role in (("officer", "officer"), ("sup1", "supervisor"), ("sup2", "supervisor")):
            users.add_user(admin, username=name, role=role, password=PASSWORD)
        with admin.transaction() as conn:
            for org in ORGS:
                directory.upsert(conn, org)
    sessions = {name: vault.unlock(root, name, PASSWORD) for name in ("officer", "sup1", "sup2", "admin")}
    yield sessions
    for s in sessions.values():
        s.close()


def run(session, flow, *, until="review", override=None):
    override = override or {}
    page = sf.page_of(flow)
    while page.step.kind != until:
        page = sf.advance(session, flow, override.get(page.step.kind) or sample.answer_for(page))
    return page


def adult_interview(session, *, code, referrals_data=None):
    """An adult, screened with the sample answers; the officer chooses `code` (with or without a referral)."""
    flow = sf.start(session, today=TODAY)
    page = run(session, flow, until="classification",
               override={"person": ADULT, "prescreen": NOT_CHILD})
    suggested = page.info["suggestion"]["code"]
    rest = dict(NO_REFERRAL) if referrals_data is None else {}
    run(session, flow, override={"classification": {"code": code, "reason": "Decided after a full interview."},
                                 **rest})
    return flow, suggested


# ----- finding 4: nothing pre-selected; an override is marked where people look -----
def test_the_decision_is_not_made_for_the_officer_and_an_override_is_visible(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="classification", override={"person": ADULT, "prescreen": NOT_CHILD})
    assert page.values["code"] is None  # on main it was the suggestion: a screen-out took one sentence
    suggested = page.info["suggestion"]["code"]
    chosen = "inconclusive" if suggested != "inconclusive" else "presumed_victim_trafficking"
    page = sf.advance(officer, flow, {"code": chosen, "reason": "The account needs a second interview."})
    assert flow.data["classification"]["override"] is True and flow.data["classification"]["suggested"] == suggested
    run(officer, flow)
    case_id, _ = sf.finish(officer, flow)
    case = cases.show_case(post["sup1"], case_id)
    decision = case["screenings"][-1]["result"]["decision"]
    assert decision == {**decision, "code": chosen, "suggested": suggested, "override": True}
    # the referral's history (shown with its letter) and its audit trail carry the mark
    referral = case["referrals"][0]
    assert any("differs from the engine's suggestion" in h["note"] for h in referral["history"])
    assert "decision.override" in [e["action"] for e in audit.entries_for_object(officer.db, [referral["id"]])]
    assert "decision.override" in [e["action"] for e in audit.entries_for_object(officer.db, [case_id])]
    referrals.submit(officer, referral["id"])
    queued = next(r for r in referrals.approval_queue(post["sup1"]) if r["id"] == referral["id"])
    assert queued["decision_override"] is True


def test_agreeing_with_the_suggestion_is_not_an_override(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    run(officer, flow)
    case_id, _ = sf.finish(officer, flow)
    case = cases.show_case(officer, case_id)
    assert case["screenings"][0]["result"]["decision"]["override"] is False
    assert "decision.override" not in [e["action"] for e in audit.entries_for_object(officer.db, [case_id])]


# ----- finding 5: a negative decision without a referral reaches a supervisor -----
@pytest.mark.parametrize("code", decisions.NEGATIVE)
def test_a_negative_decision_without_a_referral_waits_for_review(post, code):
    officer = post["officer"]
    flow, suggested = adult_interview(officer, code=code)
    case_id, reference = sf.finish(officer, flow)
    review = cases.show_case(officer, case_id)["decision_review"]
    assert review["status"] == "pending" and review["classification"] == code  # "decision awaiting review"
    assert review["override"] is (code != suggested) and review["suggested"] == suggested
    assert review["engine_reasons"] and review["is_child"] is False and review["case_reference"] == reference
    assert review["id"] in [r["id"] for r in decisions.queue(post["sup1"])]
    assert "decision.review.open" in [e["action"] for e in audit.entries_for_object(officer.db, [review["id"]])]


def test_a_negative_decision_with_a_referral_needs_no_review(post):
    officer = post["officer"]
    flow, _ = adult_interview(officer, code="vulnerable_migrant", referrals_data=True)
    case_id, _ = sf.finish(officer, flow)
    case = cases.show_case(officer, case_id)
    assert case["referrals"] and case["decision_review"] is None


# ----- role rules -----
def test_only_another_supervisor_reviews_and_only_once(post):
    flow, _ = adult_interview(post["sup1"], code="no_protection_concern")
    case_id, _ = sf.finish(post["sup1"], flow)
    review_id = decisions.for_case(post["sup1"], case_id)["id"]
    assert review_id not in [r["id"] for r in decisions.queue(post["sup1"])]  # never one's own in the queue
    with pytest.raises(PermissionDenied, match="your own decision"):
        decisions.approve(post["sup1"], review_id)
    with pytest.raises(PermissionDenied):
        decisions.approve(post["officer"], review_id)  # officers cannot review
    with pytest.raises(PermissionDenied):
        decisions.approve(post["admin"], review_id)  # the post admin does not read case files
    with pytest.raises(PermissionDenied):
        decisions.queue(post["officer"])
    before = audit.head(post["sup2"].db)[0]
    decisions.approve(post["sup2"], review_id, note="Agreed: seen the answers.")
    done = decisions.for_case(post["sup2"], case_id)
    assert done["status"] == "approved" and done["reviewed_by"] == post["sup2"].user.id
    assert [e["action"] for e in audit.entries_after(post["sup2"].db, before)] == ["decision.review.approve"]
    with pytest.raises(ValidationFailed, match="already reviewed"):
        decisions.return_decision(post["sup2"], review_id, note="Too late.")


def test_returning_needs_a_note_and_goes_back_to_the_officer(post):
    flow, _ = adult_interview(post["officer"], code="smuggled_migrant_vulnerable")
    case_id, _ = sf.finish(post["officer"], flow)
    review_id = decisions.for_case(post["officer"], case_id)["id"]
    with pytest.raises(ValidationFailed, match="reconsider"):
        decisions.return_decision(post["sup1"], review_id, note="  ")
    decisions.return_decision(post["sup1"], review_id, note="He paid a recruiter: ask about the debt.")
    review = cases.show_case(post["officer"], case_id)["decision_review"]
    assert review["status"] == "returned" and review["review_note"] == "He paid a recruiter: ask about the debt."


# ----- children: a referral to child protection, or a supervisor's recorded reason -----
def child_without_protection(session):
    flow = sf.start(session, today=TODAY)
    run(session, flow, override={"referrals": {"referrals": [
        {"provider_id": "org-psy", "services": ["psychosocial"], "urgency": "urgent", "reason": "Distress."}]}})
    return flow


def test_a_child_case_needs_a_child_protection_referral_or_a_supervisors_reason(post):
    officer = post["officer"]
    flow = child_without_protection(officer)
    with pytest.raises(Refused, match="child protection"):
        sf.finish(officer, flow)
    with pytest.raises(PermissionDenied):
        sf.record_waiver(officer, flow, reason="The family is already known to the child-protection unit.")
    with pytest.raises(AuthenticationFailed):
        sf.record_waiver(officer, flow, reason="The family is known to the unit.", username="sup1",
                         password="wrong-password-1")
    with pytest.raises(PermissionDenied):
        sf.record_waiver(officer, flow, reason="The family is known to the unit.", username="officer",
                         password=PASSWORD)
    waiver = sf.record_waiver(officer, flow, reason="The unit already has her file and met her today.",
                              username="sup1", password=PASSWORD)
    assert waiver["by"] == post["sup1"].user.id
    assert drafts.load(officer.db, flow.draft_id)["state"]["child_waiver"] == waiver
    case_id, _ = sf.finish(officer, flow)
    trail = audit.entries_for_object(officer.db, [case_id])
    assert [e["actor"] for e in trail if e["action"] == "child_protection.waive"] == [post["sup1"].user.id]
    interview = cases.show_case(officer, case_id)["screenings"][0]["result"]["interview"]
    assert interview["child_waiver"]["reason"] == "The unit already has her file and met her today."


def test_a_guardian_who_could_be_involved_cannot_speak_for_the_child(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="consent")
    data = sample.answer_for(page)
    for involved in ("yes", "unknown"):
        with pytest.raises(ValidationFailed, match="child-protection officer") as err:
            sf.advance(officer, flow, {**data, "guardian_relationship": "other_relative",
                                       "guardian_involved": involved})
        assert err.value.path == "guardian_involved"
    assert sf.advance(officer, flow, data).step.kind == "needs"


# ----- a humane interview -----
def test_a_pause_is_saved_recorded_and_brings_a_psychologist(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    run(officer, flow, until="vulnerability", override={"vulnerability": {"answers": {}}})
    with pytest.raises(ValidationFailed):
        sf.pause(officer, flow, reason="bored")
    before = audit.head(officer.db)[0]
    sf.pause(officer, flow, reason="distress", note="Crying when asked about the kiln.")
    assert [e["action"] for e in audit.entries_after(officer.db, before)] == ["interview.pause"]
    resumed = sf.resume(officer, flow.draft_id, today=TODAY)
    assert resumed.pauses()[0]["reason"] == "distress" and resumed.step.kind == "vulnerability"
    page = run(officer, resumed, until="needs", override={"vulnerability": {"answers": {}}})
    assert "psychosocial" in [n["code"] for n in page.values["needs"]]


def test_the_interviewer_and_the_persons_wish_are_recorded(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    with pytest.raises(ValidationFailed) as err:
        sf.advance(officer, flow, {**sample.ENCOUNTER, "date": "2026-11-28", "officer_preference": "anyone"})
    assert err.value.path == "officer_preference"
    run(officer, flow)
    case_id, _ = sf.finish(officer, flow)
    interview = cases.show_case(officer, case_id)["screenings"][0]["result"]["interview"]
    assert interview["interviewer_gender"] == "female" and interview["officer_preference"] == "woman"


def test_a_child_decision_shows_and_keeps_the_protective_rule_beside_the_ilo_rule(post):
    officer = post["officer"]
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="classification")  # the sample: a 16-year-old, act "yes"
    rule = page.info["protective_child"]
    assert rule["act"] == "yes" and rule["exploitation_positive"] is True and rule["presumed_victim"] is True
    adult = sf.start(officer, today=TODAY)
    assert run(officer, adult, until="classification", override={"person": ADULT, "prescreen": NOT_CHILD}
               ).info["protective_child"] is None
    run(officer, flow)
    case_id, _ = sf.finish(officer, flow)
    kept = cases.show_case(officer, case_id)["screenings"][0]["result"]["decision"]["protective_child"]
    assert kept["presumed_victim"] is True and kept["act"] == "yes"


def test_a_further_interview_replaces_a_decision_still_awaiting_review(post):
    officer = post["officer"]
    flow, _ = adult_interview(officer, code="no_protection_concern")
    case_id, _ = sf.finish(officer, flow)
    first = decisions.for_case(officer, case_id)
    again = sf.start(officer, today=TODAY)
    run(officer, again, override={"person": ADULT, "prescreen": NOT_CHILD,
                                  "match": {"decision": "link", "case_id": case_id}})
    assert again.data["match"]["case_id"] == case_id
    sf.finish(officer, again)  # presumed victim this time, with referrals
    assert decisions.get(officer, first["id"])["status"] == "superseded"
    assert first["id"] not in [r["id"] for r in decisions.queue(post["sup1"])]
    assert cases.show_case(officer, case_id)["decision_review"] is None
    assert "decision.review.supersede" in [e["action"] for e in audit.entries_for_object(officer.db, [first["id"]])]
