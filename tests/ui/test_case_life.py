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


def _select_referral(view, rid):
    view.tabs.setCurrentIndex(5)
    tree = view.referrals
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                             if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == rid))


def test_attachments_from_a_file_and_a_scanner_folder_viewed_then_removed_on_lock(
        qtbot, make_window, post_dir, known, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    scan = tmp_path / "consent.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"signed consent " * 50)
    folder = tmp_path / "scanner"
    folder.mkdir()
    (folder / "IMG_0001.JPG").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 200)
    opened = []
    # the operating system's file picker and viewer are outside NRM Desk
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, known["consented"]["case_id"])
    bar = view.life
    qtbot.waitUntil(lambda: bar.attachments.isVisible(), timeout=10_000)
    bar.attachments.click()
    dialog = _ok(qtbot, bar)
    dialog.kind.setCurrentIndex(dialog.kind.findData("consent_form"))
    dialog.add.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=10_000)
    assert dialog.list.topLevelItem(0).text(0) == "Signed consent form"
    dialog.kind.setCurrentIndex(dialog.kind.findData("document"))
    dialog.scanner.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2, timeout=10_000)
    assert list(folder.iterdir()) == []  # the scanner folder was emptied into the vault
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.view.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    copy = Path(opened[0])
    assert copy.read_bytes() == scan.read_bytes()
    window.lock()
    qtbot.waitUntil(lambda: not copy.exists(), timeout=10_000)  # the viewing copy goes with the lock


def test_an_officer_releases_an_emergency_and_a_supervisor_approves_it_afterwards(
        qtbot, make_window, post_dir, known):
    rid = known["consented"]["referral_id"]
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, known["consented"]["case_id"])
    _select_referral(view, rid)
    bar = view.life
    qtbot.waitUntil(lambda: bar.emergency.isVisible(), timeout=10_000)
    bar.emergency.click()
    dialog = _ok(qtbot, bar)
    qtbot.keyClicks(dialog.edit, "Night shift, bleeding, no supervisor reachable.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "EMERGENCY referral waiting" in bar.state.text(), timeout=10_000)
    assert next(r for r in view.case["referrals"] if r["id"] == rid)["urgency"] == "emergency"
    window.lock()
    sign_in(qtbot, window, "supervisor")
    page = window.workspace.referrals  # the supervisor's queue lists the release
    window.workspace.show_tab("referrals")
    page.mode.setCurrentIndex(page.mode.findData("emergency"))
    qtbot.waitUntil(lambda: [r["id"] for r in page.model.records] == [rid], timeout=10_000)
    view = _open(qtbot, window, known["consented"]["case_id"])
    _select_referral(view, rid)
    bar = view.life
    qtbot.waitUntil(lambda: bar.approve_emergency.isVisible(), timeout=10_000)
    bar.approve_emergency.click()
    qtbot.waitUntil(lambda: "EMERGENCY" not in bar.state.text() and not bar.approve_emergency.isVisible(),
                    timeout=10_000)
