"""Helpers for the case-life tests: a case with consent and a referral, and the office's reports applied."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.model import CaseInput, Consent, Encounter, Person, ReferralDraft
from app.services import cases, referrals
from app.services.office_replay import apply_reports

_FEED_VERSION = iter(range(1, 1_000_000))


def make_case(session, *, org: str = "org-shelter") -> tuple[str, str, str]:
    """A case (adult) with referral consent to `org` and to `org-clinic`, and a referral draft to `org`:
    (case id, reference, referral id)."""
    day = dt.date(2026, 11, 20)
    consents = tuple(Consent(purpose="referral", recipient_id=o, method="written", given_on=day,
                             data_categories=("identity",)) for o in ("org-shelter", "org-clinic"))
    case = CaseInput(person=Person(given_name="Zarmina", family_name="Test", sex="female", estimated_age=30,
                                   nationality="AF"),
                     encounter=Encounter(day, "Torkham border crossing", "interception"), consents=consents,
                     referrals=(ReferralDraft(org, ("shelter",), "urgent", "Needs a safe place tonight."),))
    case_id, reference = cases.create_case(session, case)
    (referral,) = [r for r in referrals.list_referrals(session) if r["case_id"] == case_id]
    return case_id, reference, referral["id"]


def office_reports(session, referral_id: str, steps: list[tuple[str, str]]) -> None:
    """Apply the office's lifecycle reports through the same code a verified feed goes through."""
    apply_reports(session, referral_id, steps, version=next(_FEED_VERSION))


@pytest.fixture
def declined(post):
    """A post whose one referral (to org-shelter) was approved, sent, then declined by the office: (ref, rid)."""
    with post.unlock("officer") as officer:
        _, reference, rid = make_case(officer)
        referrals.submit(officer, rid)
    with post.unlock("supervisor") as sup:
        referrals.approve(sup, rid)
        office_reports(sup, rid, [("received", ""), ("routed", "Roshni"), ("declined", "no beds tonight")])
        assert referrals.list_referrals(sup)[0]["status"] == "declined"
    return reference, rid
