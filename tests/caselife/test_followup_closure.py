"""Follow-up dates and the due list, re-referral after a decline, closure approved by a second person, re-opening."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import InvalidState, PermissionDenied, ValidationFailed
from app.services import closure, followup, referrals
from app.storage import audit
from tests.caselife.conftest import make_case

TODAY = dt.date(2026, 12, 5)


def test_due_list_shows_today_and_overdue_and_leaves_out_the_future_and_closed(post):
    with post.unlock("officer") as officer:
        _, ref_a, rid_a = make_case(officer)
        _, ref_b, _ = make_case(officer)
        _, ref_c, _ = make_case(officer)
        followup.set_case_follow_up(officer, ref_a, "2026-12-05")
        followup.set_referral_follow_up(officer, rid_a, "2026-12-01")
        followup.set_case_follow_up(officer, ref_b, "2026-12-06")  # tomorrow: not due yet
        followup.set_case_follow_up(officer, ref_c, "2026-11-30")
        closure.request_closure(officer, ref_c, outcome="assisted")
        due = followup.due(officer, today=TODAY)
        assert [(d["reference"], d["kind"], d["due"]) for d in due] == [
            (ref_c, "case", "overdue"), (ref_a, "referral", "overdue"), (ref_a, "case", "today")]
    with post.unlock("supervisor") as sup:
        closure.approve_closure(sup, ref_c)
        assert [d["reference"] for d in followup.due(sup, today=TODAY)] == [ref_a, ref_a]  # a closed case drops out
    with post.unlock("officer") as officer:
        assert followup.set_case_follow_up(officer, ref_a, "none") is None
        with pytest.raises(ValidationFailed, match="not a date"):
            followup.set_case_follow_up(officer, ref_a, "5/12/2026")
        with pytest.raises(InvalidState, match="closed case"):
            followup.set_case_follow_up(officer, ref_c, "2026-12-10")


def test_rereferral_after_decline_is_prefilled_and_carries_the_reason(post, declined):
    reference, rid = declined
    with post.unlock("officer") as officer:
        prefill = followup.rereferral_prefill(officer, rid)
        assert (prefill["services"], prefill["urgency"], prefill["decline_note"]) == (("shelter",), "urgent",
                                                                                      "no beds tonight")
        with pytest.raises(ValidationFailed, match="another organisation"):
            followup.rerefer(officer, rid, provider_id="org-shelter", reason="try again")
        new = followup.rerefer(officer, rid, provider_id="org-clinic", reason="Clinic has a women's ward.",
                               services=("medical",))
        again = referrals.list_referrals(officer)
        fresh = next(r for r in again if r["id"] == new)
        assert (fresh["status"], fresh["provider_id"], fresh["services"], fresh["urgency"]) == (
            "draft", "org-clinic", ["medical"], "urgent")
        assert fresh["reason"] == ("Re-referral after Roshni Shelter (test) declined (no beds tonight). "
                                   "Clinic has a women's ward.")
        assert officer.db.execute("SELECT rereferral_of FROM referrals WHERE id = ?", (new,)).fetchone() == (rid,)
        actions = [e["action"] for e in audit.entries_for_object(officer.db, [new])]
        assert actions == ["referral.draft", "referral.rerefer"]
        # the new draft goes through the supervisor like any other
        referrals.submit(officer, new)
    with post.unlock("supervisor") as sup:
        referrals.approve(sup, new)


def test_only_a_declined_referral_is_rereferred(post):
    with post.unlock("officer") as officer:
        _, _, rid = make_case(officer)
        with pytest.raises(InvalidState, match="Only a declined referral"):
            followup.rerefer(officer, rid, provider_id="org-clinic", reason="x")


def test_closure_needs_a_supervisor_other_than_the_asker_and_reopening_needs_a_reason(post, declined):
    reference, _ = declined
    with post.unlock("supervisor") as sup:
        closure.request_closure(sup, reference, outcome="other", note="moved to a relative in Kabul")
        with pytest.raises(PermissionDenied, match="closure you asked for"):
            closure.approve_closure(sup, reference)
        with pytest.raises(InvalidState, match="already waiting"):
            closure.request_closure(sup, reference, outcome="assisted")
    with post.unlock("officer") as officer:
        with pytest.raises(PermissionDenied):
            closure.approve_closure(officer, reference)
        with pytest.raises(ValidationFailed, match="Say what the outcome was"):
            closure.request_closure(officer, reference, outcome="other")
    with post.unlock("supervisor2") as sup2:
        assert [c["reference"] for c in closure.closure_queue(sup2)] == [reference]
        closure.approve_closure(sup2, reference)
        assert sup2.db.execute("SELECT status FROM cases WHERE reference = ?", (reference,)).fetchone() == ("closed",)
    with post.unlock("officer") as officer:
        with pytest.raises(ValidationFailed, match="Say why"):
            closure.reopen(officer, reference, reason="  ")
        assert closure.reopen(officer, reference, reason="She came back to the post.") == "referred"
        (record,) = closure.closures(officer, reference)
        assert (record["outcome"], record["status"], record["reopen_reason"]) == (
            "other", "reopened", "She came back to the post.")
        with pytest.raises(InvalidState, match="Only a closed case"):
            closure.reopen(officer, reference, reason="again")


def test_a_closure_sent_back_keeps_the_case_open(post):
    with post.unlock("officer") as officer:
        _, ref, _ = make_case(officer)
        closure.request_closure(officer, ref, outcome="lost_contact")
    with post.unlock("supervisor") as sup:
        with pytest.raises(ValidationFailed):
            closure.return_closure(sup, ref, note="")
        closure.return_closure(sup, ref, note="Call her brother first.")
        assert sup.db.execute("SELECT status FROM cases WHERE reference = ?", (ref,)).fetchone() == ("open",)
        (record,) = closure.closures(sup, ref)
        assert (record["status"], record["note"]) == ("returned", "Call her brother first.")
    with post.unlock("officer") as officer:  # a new request may follow
        closure.request_closure(officer, ref, outcome="lost_contact", note="brother unreachable too")
