"""From an empty folder to an approved referral, driven through the widgets as people would, then the store checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.model import CaseInput, Consent, Encounter, Person
from app.services import audit, cases, referrals, vault

from .conftest import idle, open_dialog, sign_in

ADMIN_PW = "Bright-Morning-81"
OFFICER_PW = "Green-Valley-2026"
SUPER_PW = "Silver-Harbour-55"


def _add_user(qtbot, page, username, role, password):
    page.add.click()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.full_name, username.title())
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.repeat, password)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter accepts the dialog


def test_first_run_to_approved_referral(qtbot, make_window, tmp_path):
    data_dir = tmp_path / "post"
    window = make_window(data_dir)
    page = window.first_run
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.code, "lhr")
    qtbot.keyClicks(page.name, "AHT Circle Lahore")
    qtbot.keyClicks(page.admin, "admin")
    qtbot.keyClicks(page.full_name, "Post Admin")
    qtbot.keyClicks(page.password, "short")
    assert not page.create.isEnabled() and "at least 10 characters" in page.rules.text()
    page.password.clear()
    qtbot.keyClicks(page.password, ADMIN_PW)
    qtbot.keyClicks(page.repeat, ADMIN_PW)
    assert page.create.isEnabled() and page.meter.value() >= 2
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None and window.stack.currentWidget() is window.workspace,
                    timeout=15_000)
    assert window.ctx.role == "admin" and "cases" not in window.workspace.pages  # the admin reads no case files

    window.workspace.show_tab("users")
    users_page = window.workspace.users
    qtbot.waitUntil(lambda: users_page.model.rowCount() == 1)
    _add_user(qtbot, users_page, "officer", "officer", OFFICER_PW)
    qtbot.waitUntil(lambda: users_page.model.rowCount() == 2)
    _add_user(qtbot, users_page, "supervisor", "supervisor", SUPER_PW)
    qtbot.waitUntil(lambda: users_page.model.rowCount() == 3)

    window.workspace.show_tab("directory")
    directory = window.workspace.directory
    directory.add.click()
    dialog = open_dialog(qtbot, directory)
    qtbot.keyClicks(dialog.name, "Dar ul Aman Lahore")
    qtbot.keyClicks(dialog.area, "Lahore")
    dialog.services["shelter"].setChecked(True)
    dialog.services["legal_aid"].setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1)
    org_id = directory.model.records[0].id
    idle(qtbot, window)
    qtbot.keyClick(window.workspace.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L locks
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)

    # The case itself arrives from the screening flow or an import; here it is recorded through the service.
    with vault.unlock(data_dir, "officer", OFFICER_PW) as officer:
        case_id, reference = cases.create_case(officer, CaseInput(
            person=Person(given_name="Shabana", family_name="Ilyas", name_native="شبانہ", estimated_age=24),
            encounter=Encounter(date=dt.date(2026, 11, 27), place="Lahore airport", circumstance="interception"),
            consents=(Consent(purpose="referral", recipient_id=org_id, method="verbal",
                              given_on=dt.date(2026, 11, 27), interpreter="Punjabi interpreter"),)))

    sign_in(qtbot, window, "officer", OFFICER_PW)
    case_list = window.workspace.case_list
    qtbot.keyClicks(case_list.search, "Shab")
    qtbot.waitUntil(lambda: case_list.model.filter.search == "Shab" and len(case_list.model.rows) == 1)
    qtbot.keyClick(case_list.search, Qt.Key.Key_Return)  # Enter runs the search and moves to the first result
    qtbot.waitUntil(lambda: case_list.table.currentIndex().isValid())
    qtbot.keyClick(case_list.table, Qt.Key.Key_Return)  # a second Enter opens the case
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["reference"] == reference)
    view.tabs.setCurrentIndex(5)
    assert not view.approve.isVisible()  # officers never see approve
    qtbot.mouseClick(view.new_referral, Qt.MouseButton.LeftButton)
    draft = open_dialog(qtbot, view.actions)
    draft.services["shelter"].setChecked(True)
    draft.urgency.setCurrentIndex(draft.urgency.findData("urgent"))
    qtbot.keyClicks(draft.reason, "Needs a safe place tonight.")
    qtbot.mouseClick(draft.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case is not None and view.referrals.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: view.submit.isEnabled())
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case is not None and "Submitted" in view.referrals.topLevelItem(0).text(0))
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)

    sign_in(qtbot, window, "supervisor", SUPER_PW)
    window.workspace.show_tab("referrals")
    queue = window.workspace.referrals
    assert queue.mode.currentData() == "queue"
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)
    assert queue.model.records[0]["case_reference"] == reference
    qtbot.waitUntil(lambda: queue.history.topLevelItemCount() == 2)  # draft, submitted
    qtbot.mouseClick(queue.open_case, Qt.MouseButton.LeftButton)  # the supervisor reads the case first
    qtbot.waitUntil(lambda: view.case is not None if (view := window.workspace.case_view) else False)
    view = window.workspace.case_view
    view.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: view.approve.isVisible())
    qtbot.mouseClick(view.approve, Qt.MouseButton.LeftButton)
    confirm = open_dialog(qtbot, view.actions)  # the one confirmation: what is approved, for whom, to whom
    assert confirm.objectName() == "approval_dialog"
    qtbot.mouseClick(confirm.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case is not None and "Approved" in view.referrals.topLevelItem(0).text(0))
    idle(qtbot, window)
    window.shutdown()

    with vault.unlock(data_dir, "supervisor", SUPER_PW) as supervisor:
        approved = referrals.list_referrals(supervisor, status="approved")
        assert [(r["case_reference"], r["services"], r["urgency"]) for r in approved] == [(reference, ["shelter"], "urgent")]
        history = [h["status"] for h in referrals.history(supervisor, approved[0]["id"])]
        assert history == ["draft", "submitted", "approved"]
        assert cases.show_case(supervisor, case_id)["status"] == "referred"
        actions = [e["action"] for e in audit.trail(supervisor, [case_id, approved[0]["id"]])]
        assert {"referral.draft", "referral.submit", "referral.approve", "case.view"} <= set(actions)
        assert "consent.override" not in actions
        audit.verify(supervisor)
