"""The role matrix: every service operation, for every role, allowed or refused — including self-approval."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import roles
from app.domain.errors import PermissionDenied
from app.domain.model import CaseInput, Consent, Encounter, Organisation, Person, ReferralDraft
from app.services import audit, cases, referrals, users

# Written out independently of app.domain.roles: what each role may do, as the brief states it.
EXPECTED = {
    "officer": {"case.view", "case.create", "case.edit", "case.import", "screening.run", "consent.record",
                "referral.view", "referral.draft", "referral.submit", "directory.view",
                "case.close", "attachment.add", "referral.emergency",
                "transfer.request"},  # issue 14: ask to transfer a case to another post
    "supervisor": {"case.view", "case.create", "case.edit", "case.import", "screening.run", "consent.record",
                   "referral.view", "referral.draft", "referral.submit", "directory.view", "referral.approve",
                   "referral.return", "letter.issue", "audit.verify", "consent.override",
                   "decision.review", "child_protection.waive",
                   "case.close", "attachment.add", "referral.emergency",
                   "case.close_approve", "attachment.export",
                   # issue 16: run the retention purge, put a case under legal hold, export a person's own copy
                   "retention.run", "retention.hold", "subject.export",
                   # issue 13: the post dashboard's counts (they name nobody)
                   "stats.view",
                   # issue 14: transfers between posts (request, approve, accept or refuse an incoming case)
                   "transfer.request", "transfer.approve", "transfer.receive"},
    "admin": {"user.manage", "directory.view", "directory.edit", "sync.enroll", "sync.run", "sync.transfer",
              "audit.verify", "retention.run", "stats.view"},
}


def test_matrix_matches_the_brief():
    for role, allowed in EXPECTED.items():
        assert {p for p in roles.ALL_PERMISSIONS if roles.allows(role, p)} == allowed, role
    assert not roles.allows("officer", "referral.approve")
    assert not roles.allows("officer", "user.manage")
    assert not roles.allows("officer", "letter.issue")


def _case() -> CaseInput:
    return CaseInput(
        person=Person(given_name="Test", family_name="Person", sex="female", estimated_age=30),
        encounter=Encounter(date=dt.date(2026, 11, 1), place="Test post", circumstance="interception"),
        consents=(Consent(purpose="referral", recipient_id="org-shelter", method="written",
                          given_on=dt.date(2026, 11, 1), data_categories=("identity",)),),
        referrals=(ReferralDraft(provider_id="org-shelter", services=("shelter",), urgency="urgent"),),
    )


def _seed(post) -> dict:
    """One case with one submitted referral drafted by the officer; ids for the operations below."""
    with post.unlock("officer") as officer:
        case_id, _ = cases.create_case(officer, _case())
        referral_id = referrals.list_referrals(officer)[0]["id"]
        referrals.submit(officer, referral_id)
    return {"case": case_id, "referral": referral_id}


OPERATIONS = {
    "case.view": lambda s, ids: cases.show_case(s, ids["case"]),
    "case.list": lambda s, ids: cases.list_cases(s),
    "case.create": lambda s, ids: cases.create_case(s, _case()),
    "case.edit": lambda s, ids: cases.add_note(s, ids["case"], "Follow-up call made."),
    "case.import": lambda s, ids: cases.import_cases(s, {"format": "nrm-desk/cases@1", "cases": []}),
    "referral.view": lambda s, ids: referrals.list_referrals(s),
    "referral.draft": lambda s, ids: referrals.draft_referral(
        s, ids["case"], ReferralDraft(provider_id="org-clinic", services=("medical",))),
    "referral.approve": lambda s, ids: referrals.approve(s, ids["referral"]),
    "referral.return": lambda s, ids: referrals.return_referral(s, ids["referral"], note="Add the interpreter."),
    "directory.view": lambda s, ids: cases.directory_list(s),
    "directory.edit": lambda s, ids: cases.directory_save(
        s, Organisation(id="org-new", name="New Org (test)", services=("legal_aid",))),
    "user.manage": lambda s, ids: users.list_users(s),
    "audit.verify": lambda s, ids: audit.verify(s),
}
PERMISSION_OF = {"case.list": "case.view"}


@pytest.mark.parametrize("role_user", ["officer", "supervisor2", "admin"])
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_operation_for_every_role(post, role_user, operation):
    ids = _seed(post)
    role = {"officer": "officer", "supervisor2": "supervisor", "admin": "admin"}[role_user]
    permission = PERMISSION_OF.get(operation, operation)
    with post.unlock(role_user) as session:
        if permission in EXPECTED[role]:
            OPERATIONS[operation](session, ids)
        else:
            with pytest.raises(PermissionDenied):
                OPERATIONS[operation](session, ids)


def test_supervisor_cannot_approve_own_draft(post):
    with post.unlock("supervisor") as sup:
        case_id, _ = cases.create_case(sup, _case())
        referral_id = referrals.list_referrals(sup)[0]["id"]
        referrals.submit(sup, referral_id)
        assert referral_id not in [r["id"] for r in referrals.approval_queue(sup)]
        with pytest.raises(PermissionDenied, match="drafted"):
            referrals.approve(sup, referral_id)
    with post.unlock("supervisor2") as other:
        referrals.approve(other, referral_id)
        assert referrals.list_referrals(other, status="approved")[0]["approved_by"] == other.user.id


def test_referral_without_consent_needs_a_recorded_override(post):
    ids = _seed(post)
    with post.unlock("officer") as officer:
        rid = referrals.draft_referral(officer, ids["case"], ReferralDraft(provider_id="org-clinic",
                                                                           services=("medical",)))
        referrals.submit(officer, rid)
    with post.unlock("supervisor") as sup:
        with pytest.raises(Exception, match="no active consent"):
            referrals.approve(sup, rid)
        referrals.approve(sup, rid, override_reason="Medical emergency; person unconscious.")
        actions = [r[0] for r in sup.db.execute("SELECT action FROM audit_log WHERE object_id = ?", (rid,))]
        assert "consent.override" in actions and "referral.approve" in actions
        history = referrals.history(sup, rid)
        assert history[-1]["status"] == "approved" and "Medical emergency" in history[-1]["note"]
