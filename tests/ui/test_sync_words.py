""""Sync now" says what happened, in words: referrals sent, office not reachable, nothing waiting."""

from __future__ import annotations

from app.sync.port import PassReport
from app.ui.sync_status import pass_summary


def test_each_outcome_of_a_sync_pass_is_a_plain_sentence(qapp):
    assert pass_summary(PassReport(reachable=True, sent=3, acknowledged=3)) == "3 referral(s) sent"
    assert pass_summary(PassReport(reachable=False)) == "Office not reachable — will retry."
    assert pass_summary(PassReport(reachable=True)) == "Up to date: nothing was waiting."
    both = pass_summary(PassReport(reachable=True, sent=1, statuses_applied=2, pending=4))
    assert both == "1 referral(s) sent; 2 update(s) received; 4 still waiting"
    assert "revoked" in pass_summary(PassReport(reachable=True, revoked=True))
    assert "not connected" in pass_summary(None)
