"""`nrm-desk self-test`: drive the real windows through a post's whole day, in English and Urdu, saving screenshots."""

from __future__ import annotations

import importlib
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.services import cases, decisions, referrals, vault
from app.ui.caselife_selftest import steps as caselife_steps
from app.ui.prefs import Prefs
from app.ui.selftest_identity import correct_identity
from app.ui.widgets import select_row
from app.ui.window import MainWindow, screening_available

PASSWORDS = {"admin": "Harbour-Lamp-2026", "officer": "Cedar-Window-2026", "supervisor": "Maple-Bridge-2026"}
TIMEOUT_S = 30.0


class StepFailed(Exception):
    pass


def wait_until(condition: Callable[[], Any], what: str, timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise StepFailed(f"timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


class Driver:
    """One run on a fresh temporary post in one language."""

    def __init__(self, language: str, shots: Path | None, log: Callable[[str], None]) -> None:
        self.language, self.shots, self.log = language, shots, log
        self.tmp = tempfile.TemporaryDirectory(prefix="nrm-selftest-")
        self.data_dir = Path(self.tmp.name) / "post"
        prefs = Prefs(QSettings(str(Path(self.tmp.name) / "prefs.ini"), QSettings.Format.IniFormat))
        prefs.language = language
        self.window = MainWindow(self.data_dir, prefs=prefs)
        self.window.resize(1200, 780)
        self.window.show()
        self.shot_number = 0

    def close(self) -> None:
        self.window.shutdown()
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.processEvents()
        self.tmp.cleanup()

    # --- helpers ---
    def settle(self) -> None:
        wait_until(lambda: self.window.ctx.ops.pending == 0, "the database worker")
        for _ in range(5):
            QCoreApplication.processEvents()

    def shoot(self, name: str, widget: QWidget | None = None) -> None:
        if self.shots is None:
            return
        self.settle()
        self.shot_number += 1
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{self.language}-{self.shot_number:02d}-{name}.png"
        if not (widget or self.window).grab().save(str(path)):
            raise StepFailed(f"could not save {path.name}")

    def dialog_of(self, owner: Any) -> Any:
        wait_until(lambda: getattr(owner, "dialog", None) is not None and owner.dialog.isVisible(), "a dialog")
        return owner.dialog

    def sign_in(self, user: str) -> None:
        page = self.window.unlock_page
        wait_until(lambda: self.window.stack.currentWidget() is page, "the unlock screen")
        page.user.clear()
        type_text(page.user, user)
        type_text(page.password, PASSWORDS[user])
        QTest.keyClick(page.password, Qt.Key.Key_Return)
        wait_until(lambda: self.window.stack.currentWidget() is self.window.workspace, f"{user} to sign in")
        self.settle()

    def lock(self) -> None:
        self.window.lock_action.trigger()
        wait_until(lambda: self.window.stack.currentWidget() is self.window.unlock_page, "the lock")
        self.settle()
        if self.window.ctx.ops._worker._session is not None:
            raise StepFailed("the store stayed open after locking")

    # --- the steps ---
    def first_run(self) -> None:
        page = self.window.first_run
        if page is None:
            raise StepFailed("the first-run screen was not shown for an empty folder")
        type_text(page.code, "ISB")
        type_text(page.name, "AHT Circle Islamabad (self-test)")
        type_text(page.admin, "admin")
        type_text(page.full_name, "Self-test Admin")
        type_text(page.password, PASSWORDS["admin"])
        type_text(page.repeat, PASSWORDS["admin"])
        self.shoot("first-run")
        if not page.create.isEnabled():
            raise StepFailed(f"the first-run form refused the input: {page.rules.text()}")
        page.create.click()
        wait_until(lambda: self.window.stack.currentWidget() is self.window.workspace, "the post to be created", 60)

    def users(self) -> None:
        page = self.window.workspace.users
        self.window.workspace.show_tab("users")
        for user, role in (("officer", "officer"), ("supervisor", "supervisor")):
            page.add.click()
            dialog = self.dialog_of(page)
            type_text(dialog.username, user)
            type_text(dialog.full_name, f"Self-test {user}")
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            type_text(dialog.password, PASSWORDS[user])
            type_text(dialog.repeat, PASSWORDS[user])
            if user == "supervisor":
                self.shoot("user-dialog", dialog)
            dialog.ok.click()
            wait_until(lambda u=user: any(r.username == u for r in page.model.records), f"user {user}")
        self.shoot("users")

    def directory(self) -> None:
        from app.domain.synthetic import generate_directory

        orgs = generate_directory(random.Random(0))  # noqa: S311 — synthetic data
        self.window.ctx.ops.run(lambda s: [cases.directory_save(s, o) for o in orgs])
        page = self.window.workspace.directory
        self.window.workspace.show_tab("directory")
        wait_until(lambda: page.model.rowCount() == len(orgs), "the directory")
        page.add.click()
        dialog = self.dialog_of(page)
        type_text(dialog.name, "Dar ul Aman Rawalpindi")
        type_text(dialog.area, "Rawalpindi")
        type_text(dialog.contact, "+92 000 5550100")
        dialog.services["shelter"].setChecked(True)
        dialog.services["legal_aid"].setChecked(True)
        self.shoot("directory-dialog", dialog)
        dialog.ok.click()
        wait_until(lambda: page.model.rowCount() == len(orgs) + 1, "the new organisation")
        self.orgs = orgs
        self.shoot("directory")

    def settings(self) -> None:
        page = self.window.workspace.settings
        self.window.workspace.show_tab("settings")
        page.idle.setValue(5)
        page.save_idle.click()
        wait_until(lambda: page.message.isVisible(), "the idle-lock setting to save")
        self.shoot("settings")

    def seed_cases(self) -> None:
        """Cases as an import would bring them (the screening step adds one through the wizard)."""
        from app.domain.synthetic import generate_cases
        from app.services.screening_flow import sample

        generated = list(generate_cases(60, seed=7, directory=self.orgs))
        self.window.ctx.ops.run(lambda s: [cases.create_case(s, c) for c in generated])
        found: list[tuple[str, str]] = []
        self.window.ctx.ops.run(sample.screen_out, on_done=found.append)  # a screen-out: waits for review
        wait_until(lambda: bool(found), "the screened-out decision")
        self.screened_out = found[0][0]
        self.settle()

    def screening(self) -> None:
        if not screening_available():
            self.log("  (skipped: the guided screening module app.ui.screening.wizard is not installed)")
            return
        driver = _screening_driver()
        if driver is None:
            self.log("  (skipped: the screening wizard offers no drive_for_selftest)")
            return
        before = self.count_cases()
        self.window.new_screening.trigger()
        wait_until(lambda: self.window.screening_window is not None, "the screening wizard")
        driver(self.window.screening_window, screenshots=self.shots, prefix=f"{self.language}-screening")
        self.window.screening_window.close()
        self.window.screening_window = None
        self.settle()
        if self.count_cases() != before + 1:
            raise StepFailed("the screening did not record a case")

    def count_cases(self) -> int:
        found: list[int] = []
        self.window.ctx.ops.run(lambda s: cases.count_cases(s), on_done=found.append)
        wait_until(lambda: bool(found), "the case count")
        return found[0]

    def case_list_and_view(self) -> None:
        workspace = self.window.workspace
        workspace.show_tab("cases")
        page, model = workspace.case_list, workspace.case_list.model
        stored = self.count_cases()
        wait_until(lambda: model.total == stored and model.rowCount() == min(stored, model.PAGE), "the case list")
        self.shoot("cases")
        first = max(model.rows, key=lambda r: r.reference)  # the newest: the screening just recorded, if any
        type_text(page.search, first.display_name.split()[0])
        wait_until(lambda: model.filter.search and model.rowCount() > 0, "search results")
        self.shoot("case-search")
        target = next(r for r in model.rows if r.display_name == first.display_name)
        workspace.open_case(target.id)
        view = workspace.case_view
        wait_until(lambda: view.case is not None, "the case view")
        self.shoot("case-person")
        view.tabs.setCurrentIndex(2)
        self.shoot("case-engine-reasons")
        view.tabs.setCurrentIndex(5)
        view.new_referral.click()
        dialog = self.dialog_of(view.actions)
        dialog.organisation.setCurrentIndex(0)
        box = next(b for b in dialog.services.values() if b.isEnabled())
        box.setChecked(True)
        dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
        type_text(dialog.reason, "Self-test referral")
        self.shoot("referral-dialog", dialog)
        count = view.referrals.topLevelItemCount()
        dialog.ok.click()
        wait_until(lambda: view.case is not None and view.referrals.topLevelItemCount() == count + 1, "the draft")
        item = next(view.referrals.topLevelItem(i) for i in range(count + 1)
                    if view.case["referrals"][i]["reason"] == "Self-test referral")
        self.referral_id = item.data(0, Qt.ItemDataRole.UserRole)
        view.referrals.setCurrentItem(item)
        view.submit.click()
        wait_until(lambda: view.case is not None and any(r["id"] == self.referral_id and r["status"] == "submitted"
                                                         for r in view.case["referrals"]), "the submission")
        self.shoot("case-referrals")
        view.tabs.setCurrentIndex(7)
        self.shoot("case-audit")

    def approve(self) -> None:
        workspace = self.window.workspace
        workspace.show_tab("referrals")
        page = workspace.referrals
        wait_until(lambda: any(r["id"] == self.referral_id for r in page.model.records), "the approval queue")
        self.settle()
        select_row(page.table, next(i for i, r in enumerate(page.model.records) if r["id"] == self.referral_id))
        self.settle()
        if not page.approve.isEnabled():
            raise StepFailed("the approve button is not offered for the officer's referral")
        self.shoot("approval-queue")
        page.approve.click()
        wait_until(lambda: page.actions.dialog is not None, "the approval confirmation")
        self.settle()
        dialog = page.actions.dialog
        if dialog.objectName() == "override_dialog":  # consent missing: the override needs a reason
            type_text(dialog.edit, "Self-test: immediate safety risk.")
            self.shoot("override-dialog", dialog)
        else:
            self.shoot("approval-dialog", dialog)
        dialog.ok.click()
        wait_until(lambda: page.message.isVisible(), "the approval")
        self.settle()
        select_row(page.table, 0)
        page.mode.setCurrentIndex(page.mode.findData("approved"))
        wait_until(lambda: any(r["id"] == self.referral_id for r in page.model.records), "the approved list")
        select_row(page.table, next(i for i, r in enumerate(page.model.records) if r["id"] == self.referral_id))
        page.open_case.click()
        view = workspace.case_view
        wait_until(lambda: view.case is not None and any(r["id"] == self.referral_id and r["status"] == "approved"
                                                         for r in view.case["referrals"]), "the approved case")
        view.tabs.setCurrentIndex(5)
        self.shoot("case-approved")

    def decision_review(self) -> None:
        """The supervisor's queue of negative decisions: read the reasons, return one with a note."""
        workspace = self.window.workspace
        workspace.show_tab("decisions")
        page = workspace.decisions
        wait_until(lambda: any(r["case_id"] == self.screened_out for r in page.model.records), "the decision queue")
        self.settle()
        select_row(page.table, next(i for i, r in enumerate(page.model.records) if r["case_id"] == self.screened_out))
        self.settle()
        if not page.return_.isEnabled():
            raise StepFailed("the return button is not offered for the officer's decision")
        self.shoot("decision-queue")
        page.return_.click()
        dialog = self.dialog_of(page)
        type_text(dialog.edit, "Ask whether he paid a recruiter and who holds his passport.")
        self.shoot("decision-return-dialog", dialog)
        dialog.ok.click()
        wait_until(lambda: all(r["case_id"] != self.screened_out for r in page.model.records), "the return")
        page.mode.setCurrentIndex(page.mode.findData("returned"))
        wait_until(lambda: any(r["case_id"] == self.screened_out for r in page.model.records), "the returned list")
        select_row(page.table, next(i for i, r in enumerate(page.model.records) if r["case_id"] == self.screened_out))
        page.open_case.click()
        view = workspace.case_view
        wait_until(lambda: view.case is not None and view.case["id"] == self.screened_out, "the returned case")
        view.tabs.setCurrentIndex(2)
        self.shoot("case-decision-returned")

    def verify_store(self) -> None:
        with vault.unlock(self.data_dir, "supervisor", PASSWORDS["supervisor"]) as session:
            statuses = [h["status"] for h in referrals.history(session, self.referral_id)]
            review = decisions.for_case(session, self.screened_out)
        if review is None or review["status"] != "returned":
            raise StepFailed("the screened-out decision was not returned to the officer")
        if statuses[-1] != "approved":
            raise StepFailed(f"the referral ended as {statuses[-1]}, not approved")


def _screening_driver() -> Callable[..., None] | None:
    for name in ("app.ui.screening.wizard", "app.ui.screening.selftest"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        driver = getattr(module, "drive_for_selftest", None)
        if driver is not None:
            return driver  # type: ignore[no-any-return]
    return None


def run_selftest(shots: Path | None, *, languages: tuple[str, ...] = ("en", "ur"),
                 log: Callable[[str], None] = print) -> int:
    """Every step in every language; returns 0 only if all of them worked."""
    from app.ui.main import create_application

    create_application()
    failures = 0
    for language in languages:
        driver = Driver(language, shots, log)
        steps = _steps(driver)
        try:
            for name, step in steps:
                step()
                log(f"[{language}] ok   {name}")
        except Exception as exc:  # noqa: BLE001 — report the step, keep the exit code honest
            failures += 1
            log(f"[{language}] FAIL {name}: {type(exc).__name__}: {exc}")
        finally:
            driver.close()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return 0 if failures == 0 else 1


def _steps(driver: Driver) -> list[tuple[str, Callable[[], None]]]:
    return [("first run", driver.first_run), ("users", driver.users), ("directory", driver.directory),
                 ("settings", driver.settings), ("lock", driver.lock), ("unlock as officer", lambda: driver.sign_in("officer")),
                 ("cases", driver.seed_cases), ("screening", driver.screening),
                 ("case list, search and case view; referral submitted", driver.case_list_and_view),
                 ("identity corrected with a reason", lambda: correct_identity(driver)),
                 ("lock", driver.lock), ("unlock as supervisor", lambda: driver.sign_in("supervisor")),
                 ("supervisor approval", driver.approve), ("decision review", driver.decision_review),
                 ("lock", driver.lock),
                 ("unlock screen", lambda: driver.shoot("unlock")), ("store checked", driver.verify_store),
                 *caselife_steps(driver),
                 ("unlock as supervisor", lambda: driver.sign_in("supervisor")),
                 ("dashboard", lambda: _dashboard(driver)), ("lock", driver.lock),
                 *_transfer_steps(driver),
                 *_training_steps(driver)]


def _transfer_steps(driver: Driver) -> list[tuple[str, Callable[[], None]]]:
    from app.ui.transfer_selftest import steps

    return steps(driver)


def _dashboard(driver: Driver) -> None:
    from app.ui.dashboard_page import selftest_dashboard

    selftest_dashboard(driver)


def _training_steps(driver: Driver) -> list[tuple[str, Callable[[], None]]]:
    from app.ui.training_selftest import steps

    return steps(driver)
