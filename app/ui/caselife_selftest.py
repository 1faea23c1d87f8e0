"""Self-test steps for the case after the referral: the office declines, the officer re-refers, the supervisor
approves, the office accepts, the officer sets a follow-up and asks to close, the supervisor approves the closure.

The office's reports arrive through the same code a verified updates feed goes through (there is no office in a
self-test); everything else is done on the real screens, and each step leaves screenshots in both languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt


def _office_reports(session: Any, referral_id: str, steps: list[tuple[str, str]], version: int) -> None:
    from app.services.office_replay import apply_reports

    apply_reports(session, referral_id, steps, version=version)


class CaseLifeSteps:
    def __init__(self, driver: Any) -> None:
        self.d = driver
        self.rereferral_id = ""

    def _wait(self, condition: Callable[[], Any], what: str) -> None:
        from app.ui.selftest import wait_until

        wait_until(condition, what)

    def _run(self, fn: Callable[[Any], Any]) -> None:
        done: list[Any] = []
        self.d.window.ctx.ops.run(fn, on_done=done.append, on_failed=lambda exc: done.append(exc))
        self._wait(lambda: bool(done), "the database worker")
        if isinstance(done[0], BaseException):
            raise done[0]

    def _case_view(self) -> Any:
        workspace = self.d.window.workspace
        case_id = self.case_id
        workspace.open_case(case_id)
        view = workspace.case_view
        self._wait(lambda: view.case is not None and view.case["id"] == case_id, "the case view")
        self.d.settle()
        return view

    def _select(self, view: Any, referral_id: str) -> None:
        view.tabs.setCurrentIndex(5)
        tree = view.referrals
        item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                    if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == referral_id)
        tree.setCurrentItem(item)
        self.d.settle()

    def office_declines(self) -> None:
        """Signed in as the supervisor: the approved referral is received, then declined by the organisation."""
        from app.services import referrals

        rid = self.d.referral_id
        found: list[Any] = []
        self.d.window.ctx.ops.run(lambda s: next(r for r in referrals.list_referrals(s) if r["id"] == rid),
                                  on_done=found.append)
        self._wait(lambda: bool(found), "the referral")
        self.case_id = found[0]["case_id"]
        self._run(lambda s: _office_reports(s, rid, [("received", ""), ("declined", "No place tonight")], 1))
        view = self._case_view()
        self._select(view, rid)
        self.d.shoot("case-declined")

    def rerefer(self) -> None:
        """Signed in as the officer: re-refer to another organisation, submit, and set a follow-up for today."""
        view = self._case_view()
        self._select(view, self.d.referral_id)
        bar = view.life
        self._wait(lambda: bar.rerefer.isVisible(), "the re-refer button")
        bar.rerefer.click()
        self._wait(lambda: bar.dialog is not None and bar.dialog.isVisible(), "the re-referral dialog")
        dialog = bar.dialog

        dialog.reason.moveCursor(dialog.reason.textCursor().MoveOperation.End)  # after the carried reason
        dialog.reason.setFocus()  # Urdu is inserted as an input method would (key clicks are ASCII only)
        dialog.reason.insertPlainText("خواتین کا شیلٹر، آج رات جگہ موجود ہے۔" if self.d.language == "ur"
                                      else "A shelter for women with a place tonight.")
        self.d.shoot("rerefer-dialog", dialog)
        count = len(view.case["referrals"])
        dialog.ok.click()
        self._wait(lambda: view.case is not None and len(view.case["referrals"]) == count + 1, "the new draft")
        new = next(r for r in view.case["referrals"] if r.get("rereferral_of") == self.d.referral_id)
        self.rereferral_id = new["id"]
        self._consent(view.case, new["provider_id"])
        self._select(view, self.rereferral_id)
        view.submit.click()
        self._wait(lambda: view.case is not None and any(
            r["id"] == self.rereferral_id and r["status"] == "submitted" for r in view.case["referrals"]), "submit")
        bar.follow_up.click()
        self._wait(lambda: bar.dialog is not None and bar.dialog.isVisible(), "the follow-up dialog")
        bar.dialog.day.setDate(QDate.currentDate())
        self.d.shoot("follow-up-dialog", bar.dialog)
        bar.dialog.ok.click()
        today = dt.date.today().isoformat()
        self._wait(lambda: view.case is not None and view.case.get("follow_up_on") == today, "the follow-up date")
        self.d.shoot("case-rereferred")
        view.on_back_clicked()
        agenda = self.d.window.workspace.case_list.agenda
        agenda.load()
        self._wait(lambda: agenda.due_list.count() >= 1, "the follow-up on the cases screen")
        self.d.shoot("cases-follow-up-due")

    def _consent(self, case: dict[str, Any], org_id: str) -> None:
        """The person agrees to be referred to the new organisation (verbal, through the interpreter)."""
        from app.domain.model import Consent
        from app.services import cases

        consent = Consent(purpose="referral", recipient_id=org_id, method="verbal", given_on=dt.date.today(),
                          data_categories=("identity", "needs"), interpreter="Self-test interpreter",
                          guardian="Self-test guardian" if case.get("is_child") else "")
        case_id = case["id"]
        self._run(lambda s: cases.record_consent(s, case_id, consent))

    def accept(self) -> None:
        """Signed in as the supervisor: approve the re-referral; the new organisation accepts it."""
        from app.services import referrals

        rid = self.rereferral_id
        self._run(lambda s: referrals.approve(s, rid))
        self._run(lambda s: _office_reports(s, rid, [("received", ""), ("accepted", "")], 2))
        view = self._case_view()
        self._select(view, rid)
        self.d.shoot("case-accepted")

    def ask_closure(self) -> None:
        """Signed in as the officer: ask to close the case, the person assisted."""
        view = self._case_view()
        bar = view.life
        self._wait(lambda: bar.close_case.isVisible(), "the close button")
        bar.close_case.click()
        self._wait(lambda: bar.dialog is not None and bar.dialog.isVisible(), "the closure dialog")
        dialog = bar.dialog
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("assisted"))
        dialog.note.setFocus()
        dialog.note.insertPlainText("شیلٹر میں جگہ اور قانونی مدد کا انتظام ہو گیا۔" if self.d.language == "ur"
                                    else "Shelter place and legal aid arranged.")
        self.d.shoot("close-dialog", dialog)
        dialog.ok.click()
        self._wait(lambda: bar.pending() is not None, "the closure request")
        self.d.shoot("case-closure-waiting")

    def approve_closure(self) -> None:
        """Signed in as the supervisor: approve the closure; the case is closed and leaves the follow-up list."""
        view = self._case_view()
        bar = view.life
        self._wait(lambda: bar.approve_closure.isVisible(), "the approve-closure button")
        bar.approve_closure.click()
        self._wait(lambda: view.case is not None and view.case["status"] == "closed", "the closure")
        self._wait(lambda: bar.reopen.isVisible(), "the re-open button")
        self.d.shoot("case-closed")


def steps(driver: Any) -> list[tuple[str, Callable[[], None]]]:
    """The case's life after the referral, appended to the self-test (starts and ends locked)."""
    life = CaseLifeSteps(driver)
    return [("unlock as supervisor", lambda: driver.sign_in("supervisor")),
            ("the office declines the referral", life.office_declines), ("lock", driver.lock),
            ("unlock as officer", lambda: driver.sign_in("officer")),
            ("re-referral and follow-up", life.rerefer), ("lock", driver.lock),
            ("unlock as supervisor", lambda: driver.sign_in("supervisor")),
            ("re-referral approved and accepted", life.accept), ("lock", driver.lock),
            ("unlock as officer", lambda: driver.sign_in("officer")),
            ("closure asked", life.ask_closure), ("lock", driver.lock),
            ("unlock as supervisor", lambda: driver.sign_in("supervisor")),
            ("closure approved", life.approve_closure), ("lock", driver.lock)]
