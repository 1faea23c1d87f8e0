"""Auto-lock empties every view, the clipboard and closes the store; role rules hold in the interface."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.services import audit, referrals, vault

from .conftest import PASSWORD, idle, open_dialog, sign_in


def confirm(qtbot, actions, *, expect: str) -> None:
    """Read and accept the one approval confirmation."""
    dialog = open_dialog(qtbot, actions)
    assert dialog.objectName() == expect
    dialog.ok.click()


def test_idle_period_locks_and_clears_everything(qtbot, make_window, post_dir, known):
    window = make_window(post_dir, idle_ms=1500)
    sign_in(qtbot, window, "officer")
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() > 0)
    workspace.open_case(known["consented"]["case_id"])
    qtbot.waitUntil(lambda: workspace.case_view.case is not None)
    QApplication.clipboard().setText(known["consented"]["name"])  # an officer copied a name
    workspace.case_view.tabs.setCurrentIndex(5)
    workspace.case_view.new_referral.click()
    dialog = open_dialog(qtbot, workspace.case_view.actions)  # and left a dialog open
    worker = window.ctx.ops._worker
    assert worker._session is not None
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=10_000)
    idle(qtbot, window)
    assert worker._session is None and not window.ctx.ops.session_open  # the store is closed
    assert workspace.case_list.model.rowCount() == 0
    assert workspace.case_view.case is None and workspace.case_view.title.text() == ""
    assert workspace.case_view.person_fields["name"].text() == ""
    assert workspace.case_view.referrals.topLevelItemCount() == 0
    assert QApplication.clipboard().text() == ""
    assert window.ctx.user_id is None and window.user_label.text() == ""
    assert not window.toolbar.isVisible()
    assert window.windowTitle() == "NRM Desk"
    assert not dialog.isVisible()


def test_activity_resets_the_idle_timer(qtbot, make_window, post_dir):
    window = make_window(post_dir, idle_ms=20_000)
    sign_in(qtbot, window, "officer")
    qtbot.waitUntil(lambda: window.idle.remaining_ms() < 19_000, timeout=5_000)
    qtbot.keyClick(window.workspace.case_list.search, Qt.Key.Key_A)
    assert window.idle.remaining_ms() > 19_500
    assert window.stack.currentWidget() is window.workspace


def test_lock_on_demand_with_ctrl_l_then_unlock_again(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    qtbot.keyClick(window.workspace.case_list.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    idle(qtbot, window)
    assert window.ctx.ops._worker._session is None
    sign_in(qtbot, window, "officer")
    assert window.ctx.role == "officer"


def test_officer_sees_no_approve_button_and_no_user_management(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    assert "users" not in window.workspace.pages
    assert not window.workspace.settings.idle.isEnabled()
    window.workspace.show_tab("referrals")
    page = window.workspace.referrals
    assert "queue" not in [page.mode.itemData(i) for i in range(page.mode.count())]
    assert not page.approve.isVisibleTo(page) and not page.return_.isVisibleTo(page)
    window.workspace.open_case(known["no_consent"]["case_id"])  # a submitted referral
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(5)
    assert "Submitted" in view.referrals.topLevelItem(0).text(0)
    assert not view.approve.isVisible() and not view.return_.isVisible()


def test_supervisor_cannot_approve_own_draft(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(5)
    view.new_referral.click()
    draft = open_dialog(qtbot, view.actions)
    draft.services["shelter"].setChecked(True)
    draft.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and view.referrals.topLevelItemCount() == 2)
    own = next(i for i in range(2) if "Draft" in view.referrals.topLevelItem(i).text(0))
    view.referrals.setCurrentItem(view.referrals.topLevelItem(own))
    qtbot.waitUntil(lambda: view.submit.isEnabled())
    view.submit.click()
    qtbot.waitUntil(lambda: view.case is not None and all(
        "Submitted" in view.referrals.topLevelItem(i).text(0) for i in range(2)))
    for i in range(2):
        item = view.referrals.topLevelItem(i)
        view.referrals.setCurrentItem(item)
        mine = view.selected_referral()["drafted_by"] == window.ctx.user_id
        assert view.approve.isVisible() is (not mine)
    window.workspace.show_tab("referrals")
    queue = window.workspace.referrals
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    idle(qtbot, window)
    assert all(r["drafted_by"] != window.ctx.user_id for r in queue.model.records)


def test_supervisor_overrides_missing_consent_with_a_reason(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.show_tab("referrals")
    queue = window.workspace.referrals
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    row = next(i for i, r in enumerate(queue.model.records) if r["id"] == known["no_consent"]["referral_id"])
    queue.table.selectRow(row)
    qtbot.waitUntil(lambda: queue.approve.isEnabled())
    queue.approve.click()
    dialog = open_dialog(qtbot, queue.actions)
    assert dialog.objectName() == "override_dialog" and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.edit, "Child at risk tonight; guardian unreachable.")
    assert dialog.findChild(QLabel, "approval_case").text() == known["no_consent"]["reference"]
    assert "Gulalai" in dialog.findChild(QLabel, "approval_person").text()
    dialog.ok.click()
    qtbot.waitUntil(lambda: f"Approved: case {known['no_consent']['reference']}" in queue.message.text.text())
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        rid = known["no_consent"]["referral_id"]
        assert referrals.history(supervisor, rid)[-1]["note"].startswith("consent overridden: Child at risk")
        assert "consent.override" in [e["action"] for e in audit.trail(supervisor, [rid])]


def test_supervisor_returns_with_a_note(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: view.return_.isVisible())
    view.return_.click()
    dialog = open_dialog(qtbot, view.actions)
    qtbot.keyClicks(dialog.edit, "Add the interpreter's name.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and "Returned" in view.referrals.topLevelItem(0).text(0))
    item = view.referrals.topLevelItem(0)
    assert item.child(item.childCount() - 1).text(5) == "Add the interpreter's name."


def test_supervisor_issues_a_letter_for_an_approved_referral(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(5)
    assert not view.letter.isVisible()  # not before approval
    qtbot.waitUntil(lambda: view.approve.isVisible())
    view.approve.click()
    confirm(qtbot, view.actions, expect="approval_dialog")
    qtbot.waitUntil(lambda: view.case is not None and "Approved" in view.referrals.topLevelItem(0).text(0))
    qtbot.waitUntil(lambda: view.letter.isVisible())
    view.letter.click()
    qtbot.waitUntil(lambda: view.letter_dialog is not None and view.letter_dialog.isVisible())
    view.letter_dialog.close()


def test_officer_corrects_a_returned_referral_and_submits_again(qtbot, make_window, post_dir, known):
    rid = known["consented"]["referral_id"]
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        referrals.return_referral(supervisor, rid, note="Say why shelter is urgent.")
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: view.edit.isEnabled())
    view.edit.click()
    dialog = open_dialog(qtbot, view.actions)
    assert dialog.services["shelter"].isChecked() and dialog.reason.toPlainText() == "Needs shelter"
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("emergency"))
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Threatened by the recruiter; no safe place tonight.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and view.case["referrals"][0]["urgency"] == "emergency")
    qtbot.waitUntil(lambda: view.submit.isEnabled())
    view.submit.click()
    qtbot.waitUntil(lambda: view.case is not None and view.case["referrals"][0]["status"] == "submitted")
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        statuses = [h["status"] for h in referrals.history(supervisor, rid)]
        queued = {r["id"]: r for r in referrals.approval_queue(supervisor)}
    assert statuses == ["draft", "submitted", "returned", "submitted"]
    assert queued[rid]["urgency"] == "emergency" and queued[rid]["reason"].startswith("Threatened")


def test_consent_recorded_in_the_case_view_lets_the_supervisor_approve_without_override(
        qtbot, make_window, post_dir, known):
    from .conftest import ORG

    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    window.workspace.open_case(known["no_consent"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(3)
    view.record_consent.click()
    dialog = open_dialog(qtbot, view.actions)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(ORG))
    dialog.ok.click()  # a child, and no guardian yet: refused with a clear sentence
    qtbot.waitUntil(lambda: view.message.isVisible())
    assert "guardian" in view.message.text.text()
    view.record_consent.click()
    dialog = open_dialog(qtbot, view.actions)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(ORG))
    qtbot.keyClicks(dialog.guardian, "Mother (present)")
    qtbot.keyClicks(dialog.interpreter, "Dari interpreter")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and len(view.case["consents"]) == 1)
    assert view.consents.topLevelItem(0).text(6) == "Mother (present)"
    view.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: view.approve.isVisible())
    view.approve.click()
    confirm(qtbot, view.actions, expect="approval_dialog")  # no override was needed
    qtbot.waitUntil(lambda: view.case is not None and view.case["referrals"][0]["status"] == "approved")
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        actions = [e["action"] for e in audit.trail(supervisor, [known["no_consent"]["case_id"],
                                                                  known["no_consent"]["referral_id"]])]
    assert "consent.record" in actions and "consent.override" not in actions


def test_withdrawn_consent_no_longer_covers_the_referral(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(3)
    view.consents.setCurrentItem(view.consents.topLevelItem(0))
    view.withdraw_consent.click()
    dialog = open_dialog(qtbot, view.actions)
    qtbot.keyClicks(dialog.edit, "She no longer wants the shelter to know her name.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and bool(view.case["consents"][0]["withdrawn_on"]))
    assert "no longer wants" in view.consents.topLevelItem(0).text(7)
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        referral = next(r for r in referrals.approval_queue(supervisor) if r["id"] == known["consented"]["referral_id"])
        assert referrals.missing_consent(supervisor, referral)
        actions = [e["action"] for e in audit.trail(supervisor, [known["consented"]["case_id"]])]
    assert "consent.withdraw" in actions


def test_a_warning_comes_before_the_auto_lock_and_activity_keeps_the_session(qtbot, make_window, post_dir):
    window = make_window(post_dir, idle_ms=6000)  # the warning comes halfway when the period is under a minute
    sign_in(qtbot, window, "officer")
    qtbot.waitUntil(lambda: "locks in" in window.message.text.text() and window.message.isVisible(), timeout=8_000)
    assert window.stack.currentWidget() is window.workspace
    qtbot.keyClick(window.workspace.case_list.search, Qt.Key.Key_A)
    assert not window.message.isVisible()
    assert window.idle.remaining_ms() > 5_000 and window.stack.currentWidget() is window.workspace
