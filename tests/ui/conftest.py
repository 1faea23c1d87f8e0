"""UI test fixtures: one prepared demo post copied per test, isolated QSettings, a window factory and helpers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Person,
    ReferralDraft,
    ScreeningRecord,
)
from app.services import cases, demo, referrals, vault

PASSWORD = "Quiet-River-2026!"
ORG = "demo-roshan-raah-centre"


def _result() -> dict:
    # as the engine writes it: pattern "2S" (two strong), item ids like "A01"
    dims = {d: {"positive": d in "AD", "pattern": "2S" if d in "AD" else None, "counts": {},
                "indicators": [{"id": f"{d}0{n}", "grade": "strong", "concept": f"x{d}{n}",
                                "label": {"en": f"Indicator {n}", "ur": f"اشاریہ نمبر {n}"}}
                               for n in (1, 2)] if d in "AD" else []}
            for d in "ABCDEF"}
    return {"format": "nrm-desk/screening-result@1", "rule": "child", "requirement": "(A or B or C) and D",
            "presumed_victim": True, "positive_dimensions": ["A", "D"], "dimensions": dims, "warnings": []}


def _seed(data_dir: Path) -> dict:
    """A demo post plus two known cases: Zarmina (consent to ORG) and Gulalai (no consent)."""
    demo.build_demo(data_dir, cases=30, password=PASSWORD)
    today = dt.date(2026, 11, 20)
    known = {}
    with vault.unlock(data_dir, "officer", PASSWORD) as officer:
        for key, given, native, consent in (("consented", "Zarmina", "زرمینہ", True), ("no_consent", "Gulalai", "گلالئی", False)):
            person = Person(given_name=given, family_name="Testcase", name_native=native, aliases=(f"{given[:3]}o",),
                            sex="female", estimated_age=16, nationality="AF",
                            documents=(IdentityDocument("passport", f"QZ{len(given)}77001"),))
            consents = (Consent(purpose="referral", recipient_id=ORG, method="written", given_on=today,
                                guardian="Aunt (guardian)", interpreter="Pashto interpreter"),) if consent else ()
            screening = ScreeningRecord("ilo2009-child-labour", "1.0", {}, _result(), "presumed_victim_trafficking",
                                        "Recruited with false promises; debt bondage at a brick kiln.")
            case_id, ref = cases.create_case(officer, CaseInput(
                person=person, encounter=Encounter(date=today, place="Torkham border crossing", circumstance="interception"),
                screenings=(screening,), consents=consents))
            rid = referrals.draft_referral(officer, case_id, ReferralDraft(ORG, ("shelter",), "urgent", "Needs shelter"))
            referrals.submit(officer, rid)
            known[key] = {"case_id": case_id, "reference": ref, "referral_id": rid, "name": given}
    return known


@pytest.fixture(scope="session")
def prepared(tmp_path_factory) -> tuple[Path, dict]:
    base = tmp_path_factory.mktemp("prepared") / "post"
    return base, _seed(base)


@pytest.fixture
def post_dir(prepared, tmp_path) -> Path:
    target = tmp_path / "post"
    shutil.copytree(prepared[0], target)
    return target


@pytest.fixture
def known(prepared) -> dict:
    return prepared[1]


@pytest.fixture(autouse=True, scope="session")
def _isolated_qsettings(tmp_path_factory):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture
def make_window(qtbot, tmp_path):
    from app.ui.i18n import apply_language
    from app.ui.prefs import Prefs
    from app.ui.window import MainWindow

    made = []

    def make(data_dir: Path, *, language: str = "en", **options):
        prefs = Prefs(QSettings(str(tmp_path / f"prefs{len(made)}.ini"), QSettings.Format.IniFormat))
        prefs.language = language
        window = MainWindow(data_dir, prefs=prefs, **options)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need an active window
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()
    apply_language("en")


def sign_in(qtbot, window, user: str, password: str = PASSWORD) -> None:
    """Type the user name and password and press Enter, as a user would."""
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    page.user.clear()
    qtbot.keyClicks(page.user, user)
    qtbot.keyClicks(page.password, password)
    from PySide6.QtCore import Qt

    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None and window.stack.currentWidget() is window.workspace,
                    timeout=15_000)
    idle(qtbot, window)
    window.activateWindow()  # the offscreen platform drops activation when the focused page is swapped out
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0, timeout=15_000)


def open_dialog(qtbot, owner):
    """The dialog a page opened with .open() (non-modal to the test, modal to the user)."""
    qtbot.waitUntil(lambda: getattr(owner, "dialog", None) is not None and owner.dialog.isVisible())
    return owner.dialog


def type_text(widget, text: str) -> None:
    """Type non-ASCII text the way an Urdu keyboard delivers it: as input-method commits."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
