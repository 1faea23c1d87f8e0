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


def test_referrals_approved_before_the_post_is_connected_are_counted_as_waiting(qapp, tmp_path):
    """Issue 15: the status bar counted only parcels already in the outbox, so a post not yet connected to an office
    showed "0 waiting" while approved referrals waited; and the Sync screen spoke of enrolment and quarantine."""
    from app.services import sync
    from app.ui.sync_screen import plain_summary
    from app.ui.sync_status import SyncStatusWidget, waiting_text
    from tests.e2e.postkit import fresh_post

    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(3)
    with kit.unlock("admin") as admin:
        status = sync.status(admin.db)
    assert not status["enrolled"] and status["pending"] == 0  # nothing parcelled yet: the old count said 0
    assert waiting_text(status) == "3 referral(s) waiting to be sent"
    assert SyncStatusWidget.state_text(status) == "Not connected to an office"
    summary = plain_summary(status)
    assert summary.startswith("Not connected to an office. Approved referrals wait here. What to do next:")
    for jargon in ("enrol", "bundle", "quarantin", "outbox", "feed"):
        assert jargon not in summary.lower()


def test_the_sync_screen_says_connected_or_not_and_what_to_do(qapp):
    from app.ui.sync_screen import plain_summary

    connected = plain_summary({"enrolled": True, "online": True, "pending": 2, "acknowledged": 5})
    assert connected.startswith("Connected to the office.") and "2 referral(s) waiting to be sent · 5 delivered" in connected
    away = plain_summary({"enrolled": True, "online": False, "pending": 1, "quarantined": 1})
    assert away.startswith("Not connected: the office is not reachable just now.") and "What to do next" in away
    assert "1 refused by the office" in away
    assert "switched off" in plain_summary({"enrolled": True, "revoked": True})


def test_the_counted_sync_sentences_are_translated_into_urdu(qapp):
    """A count used to hide the Urdu: "3 referral(s) sent" stayed English on an Urdu screen."""
    import re
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import CatalogueTranslator
    from app.ui.sync_screen import plain_summary
    from app.ui.sync_status import waiting_text

    translator = CatalogueTranslator()  # as the application loads it (it also answers from the empty context)
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources/translations/nrm_desk_ur.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        shown = [pass_summary(PassReport(reachable=True, sent=3, statuses_applied=2, pending=4)),
                 waiting_text({"pending": 2, "waiting_for_enrolment": 1}),
                 plain_summary({"enrolled": True, "online": True, "pending": 1, "acknowledged": 2, "quarantined": 1}),
                 plain_summary({"enrolled": False})]
        assert [s for s in shown if re.search("[A-Za-z]", s)] == []
        assert "3" in shown[0] and "4" in shown[0] and shown[1].startswith("3 ")
    finally:
        QCoreApplication.removeTranslator(translator)
