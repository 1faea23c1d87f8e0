"""Approving a referral: one confirmation that shows what is approved; the selection stays; the message names it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import referrals, vault

from .conftest import PASSWORD, idle, open_dialog, sign_in

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_a_asks_once_showing_case_person_organisation_urgency_and_child(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.show_tab("referrals")
    queue = window.workspace.referrals
    qtbot.waitUntil(lambda: len(queue.model.records) >= 2)
    target = known["consented"]
    row = next(i for i, r in enumerate(queue.model.records) if r["id"] == target["referral_id"])
    queue.table.setCurrentIndex(queue.proxy.mapFromSource(queue.model.index(row, 0)))
    qtbot.waitUntil(queue.approve.isEnabled)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_A, ALT)
    dialog = open_dialog(qtbot, queue.actions)
    shown = {name: dialog.findChild(QLabel, name).text() for name in (
        "approval_case", "approval_person", "approval_child", "approval_organisation", "approval_urgency")}
    assert shown["approval_case"] == target["reference"]
    assert shown["approval_person"] == "Zarmina Testcase"
    assert shown["approval_child"].startswith("Yes")
    assert "Roshan Raah" in shown["approval_organisation"] and shown["approval_urgency"] == "Urgent"
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:  # nothing approved before the answer
        assert referrals.history(supervisor, target["referral_id"])[-1]["status"] == "submitted"
        before = {r["id"]: r["status"] for r in referrals.list_referrals(supervisor)}
    dialog.ok.click()
    qtbot.waitUntil(lambda: f"Approved: case {target['reference']}, referral to" in queue.message.text.text())
    idle(qtbot, window)
    # the approved referral left the queue: nothing is selected, so a second Alt+A approves nothing unread
    assert all(r["id"] != target["referral_id"] for r in queue.model.records)
    assert queue.selected() is None and not queue.approve.isEnabled()
    qtbot.keyClick(queue.table, Qt.Key.Key_A, ALT)
    idle(qtbot, window)
    assert queue.actions.dialog is None
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        after = {r["id"]: r["status"] for r in referrals.list_referrals(supervisor)}
    assert after.pop(target["referral_id"]) == "approved"
    del before[target["referral_id"]]
    assert after == before, "another referral changed"


def test_cancel_approves_nothing(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.show_tab("referrals")
    queue = window.workspace.referrals
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    qtbot.waitUntil(queue.approve.isEnabled)
    before = queue.selected()["id"]
    queue.approve.click()
    dialog = open_dialog(qtbot, queue.actions)
    dialog.reject()
    idle(qtbot, window)
    assert queue.selected()["id"] == before
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        assert referrals.history(supervisor, before)[-1]["status"] == "submitted"


def test_the_organisation_picker_shows_area_and_services(qtbot):
    from app.domain.model import Organisation
    from app.ui.referral_actions import ReferralDraftDialog

    dialog = ReferralDraftDialog([Organisation("pew", "Lady Reading Hospital", ("medical", "psychosocial"),
                                               area="Peshawar")])
    qtbot.addWidget(dialog)
    assert dialog.organisation.itemText(0) == "Lady Reading Hospital — Peshawar (Medical care, Psychosocial support)"
