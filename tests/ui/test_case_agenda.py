"""The cases screen lists follow-ups due today or overdue and the officer's unfinished interviews; sign-in says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import followup, vault
from app.services import screening_flow as sf
from tests.ui.conftest import PASSWORD, sign_in


def _prepare(post_dir, known) -> None:
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    with vault.unlock(post_dir, "officer", PASSWORD) as officer:
        followup.set_case_follow_up(officer, known["consented"]["reference"], dt.date.today().isoformat())
        followup.set_referral_follow_up(officer, known["no_consent"]["referral_id"], yesterday)
        followup.set_case_follow_up(officer, known["no_consent"]["reference"],
                                    (dt.date.today() + dt.timedelta(days=3)).isoformat())  # not due yet
        sf.start(officer)  # an interview left unfinished


def test_due_follow_ups_and_unfinished_interviews_on_the_cases_screen(qtbot, make_window, post_dir, known):
    _prepare(post_dir, known)
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    agenda = window.workspace.case_list.agenda
    qtbot.waitUntil(lambda: agenda.due_list.count() == 2, timeout=10_000)
    lines = [agenda.due_list.item(i).text() for i in range(agenda.due_list.count())]
    assert "Overdue since" in lines[0] and known["no_consent"]["reference"] in lines[0] and "referral to" in lines[0]
    assert lines[1].startswith("Due today") and known["consented"]["reference"] in lines[1]
    assert agenda.unfinished.isVisible() and agenda.unfinished.text() == "You have 1 unfinished interview."
    assert window.message.isVisible() and "You have 1 unfinished interview" in window.message.text.text()

    agenda.due_list.setCurrentRow(1)
    qtbot.keyClick(agenda.due_list, Qt.Key.Key_Return)  # Enter opens the case, keyboard only
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: window.workspace.case_stack.currentWidget() is view, timeout=10_000)

    window.workspace.on_case_view_closed()
    qtbot.mouseClick(agenda.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screening_window is not None and window.screening_window.isVisible(),
                    timeout=15_000)


def test_nothing_due_and_no_interview_shows_a_quiet_agenda(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    agenda = window.workspace.case_list.agenda
    qtbot.waitUntil(lambda: agenda.nothing_due.isVisible(), timeout=10_000)
    assert not agenda.due_list.isVisible() and not agenda.continue_button.isVisible()
    window.lock()
    assert agenda.due_list.count() == 0
