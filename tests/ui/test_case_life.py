"""The case view's follow-up, closure, re-opening and re-referral, driven with the keyboard and buttons."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.services import referrals, vault
from tests.caselife.conftest import office_reports
from tests.ui.conftest import PASSWORD, sign_in


def _open(qtbot, window, case_id):
    window.workspace.open_case(case_id)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] == case_id and view.life.case is not None,
                    timeout=10_000)
    return view


def _ok(qtbot, bar):
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible())
    return bar.dialog


def test_follow_up_then_closure_asked_by_the_officer_approved_by_a_supervisor_then_reopened(
        qtbot, make_window, post_dir, known):
    case_id = known["consented"]["case_id"]
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, case_id)
    bar = view.life
    qtbot.waitUntil(lambda: bar.follow_up.isVisible(), timeout=10_000)  # once the closures are loaded
    assert bar.close_case.isVisible() and not bar.approve_closure.isVisible() and not bar.reopen.isVisible()
    bar.follow_up.click()
    dialog = _ok(qtbot, bar)
    dialog.day.setDate(QDate(2026, 12, 9))
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and view.case.get("follow_up_on") == "2026-12-09", timeout=10_000)
    qtbot.waitUntil(lambda: "Follow up on" in bar.state.text() and "2026-12-09" in bar.state.text())

    bar.close_case.click()
    dialog = _ok(qtbot, bar)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("returned_home"))
    qtbot.keyClicks(dialog.note, "Flew home to Kabul with IOM.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "Closure waiting for a supervisor: Returned home" in bar.state.text(), timeout=10_000)
    assert not bar.close_case.isVisible() and not bar.approve_closure.isVisible()  # an officer never approves

    window.lock()
    sign_in(qtbot, window, "supervisor")
    view = _open(qtbot, window, case_id)
    bar = view.life
    qtbot.waitUntil(lambda: bar.approve_closure.isVisible(), timeout=10_000)
    bar.approve_closure.click()
    qtbot.waitUntil(lambda: view.case is not None and view.case["status"] == "closed", timeout=10_000)
    qtbot.waitUntil(lambda: "Closed: Returned home" in bar.state.text() and bar.reopen.isVisible())
    assert not bar.follow_up.isVisible()

    bar.reopen.click()
    dialog = _ok(qtbot, bar)
    assert not dialog.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.edit, "She was sent back at the airport.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and view.case["status"] != "closed", timeout=10_000)
    qtbot.waitUntil(lambda: "Re-opened: " in bar.state.text())


def test_a_declined_referral_is_re_referred_from_the_case_view(qtbot, make_window, post_dir, known):
    rid = known["consented"]["referral_id"]
    with vault.unlock(post_dir, "supervisor", PASSWORD) as sup:
        referrals.approve(sup, rid)
        office_reports(sup, rid, [("received", ""), ("declined", "no place for a girl of 16")])
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, known["consented"]["case_id"])
    view.tabs.setCurrentIndex(5)
    tree = view.referrals
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == rid)
    tree.setCurrentItem(item)
    bar = view.life
    qtbot.waitUntil(lambda: bar.rerefer.isVisible())
    bar.rerefer.click()
    dialog = _ok(qtbot, bar)
    assert dialog.organisation.count() > 0 and dialog.organisation.findData("demo-roshan-raah-centre") == -1
    assert dialog.reason.toPlainText().startswith("Re-referral after ")  # prefilled, the decline's note carried
    assert "no place for a girl of 16" in dialog.reason.toPlainText()
    dialog.reason.moveCursor(dialog.reason.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.reason, "Dar ul Aman has a place for girls.")
    count = len(view.case["referrals"])
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.case is not None and len(view.case["referrals"]) == count + 1, timeout=10_000)
    new = view.case["referrals"][-1]
    assert new["status"] == "draft" and new["rereferral_of"] == rid
    assert new["reason"].startswith("Re-referral after ") and "no place for a girl of 16" in new["reason"]
    assert new["reason"].endswith("Dar ul Aman has a place for girls.")
    assert QApplication.activeModalWidget() is None
