"""A scripted, realistic screening driven through the wizard's real widgets (for `nrm-desk self-test` and tests)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.services.screening_flow import sample
from app.ui.screening.act import ActPage
from app.ui.screening.care import ConsentPage, ReferralsPage
from app.ui.screening.decision import ClassificationPage
from app.ui.screening.forms import EncounterPage, MatchPage, PersonPage
from app.ui.screening.questions import QuestionsPage
from app.ui.screening.resume import DraftsPage

TIMEOUT_S = 60.0


def wait_until(condition: Callable[[], bool], *, timeout: float = TIMEOUT_S) -> None:
    """Process Qt events until `condition()` holds (results come back from the database worker)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screening wizard did not respond in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def type_into(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the widget's text by typing it, as a person would."""
    widget.setFocus()
    widget.selectAll() if isinstance(widget, QLineEdit) else widget.clear()
    if isinstance(widget, QLineEdit):
        widget.del_()
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    for char in text:  # QTest only knows Latin keys; an Urdu keyboard sends text with an unknown key code
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(box: QComboBox, code: Any) -> None:
    box.setCurrentIndex(box.findData(code))


def fill(wizard: Any, shots: Path | None = None) -> None:
    """Enter the sample person's answers on the current page."""
    page, widget = wizard.current_page, wizard.page_widget
    data = sample.answer_for(page)
    if isinstance(widget, EncounterPage):
        type_into(widget.place, data["place"])
        choose(widget.circumstance, data["circumstance"])
        choose(widget.language_box, data["interview_language"])
        choose(widget.gender, data["interviewer_gender"])
        choose(widget.preference, data["officer_preference"])
        type_into(widget.notes, data["notes"])
    elif isinstance(widget, PersonPage):
        _fill_person(widget, data)
    elif isinstance(widget, MatchPage):
        next(b for b, case in widget.choices.items() if case is None).click()
    elif isinstance(widget, QuestionsPage):
        for qid, answer in data["answers"].items():
            widget.answer_buttons(qid)[answer].click()
    elif isinstance(widget, ClassificationPage):
        choose(widget.code, data["code"])
        type_into(widget.reason, data["reason"])
    elif isinstance(widget, ActPage):
        widget.buttons[data["answer"]].click()
    elif isinstance(widget, ConsentPage):
        _fill_consent(widget, data)
    elif isinstance(widget, ReferralsPage):
        for box in widget.rows:
            type_into(box.reason, "Child alone without a safe place; needs protection now.")


def _fill_person(widget: PersonPage, data: dict[str, Any]) -> None:
    for edit, key in ((widget.given, "given_name"), (widget.family, "family_name"), (widget.native, "name_native"),
                      (widget.nationality, "nationality")):
        type_into(edit, data[key])
    type_into(widget.aliases, ", ".join(data["aliases"]))
    type_into(widget.age, str(data["estimated_age"]))
    type_into(widget.languages, ", ".join(data["languages"]))
    choose(widget.sex, data["sex"])
    doc = data["documents"][0]
    choose(widget.doc_type, doc["type"])
    type_into(widget.doc_number, doc["number"])
    type_into(widget.doc_country, doc["issuing_country"])


def _fill_consent(widget: ConsentPage, data: dict[str, Any]) -> None:
    choose(widget.method, "verbal")
    type_into(widget.witness, sample.WITNESS)
    type_into(widget.guardian, sample.GUARDIAN)
    choose(widget.relationship, data["guardian_relationship"])
    choose(widget.involved, data["guardian_involved"])
    for consent in data["consents"]:
        if consent["purpose"] == "assistance":
            widget.assistance.setChecked(True)
            continue
        box = widget.recipients[consent["recipient_id"] or ""]
        (box.referral if consent["purpose"] == "referral" else box.sharing).setChecked(True)
        for cat in consent.get("data_categories", []):
            box.categories[cat].setChecked(True)


def drive_for_selftest(wizard: Any, *, screenshots: Path | None = None, prefix: str = "screening",
                       on_page: Callable[[str], None] | None = None) -> None:
    """Run a full screening through the wizard's widgets, from a new interview to a saved case; `on_page(kind)` is
    called on every page once it is filled (tests read what the page shows)."""
    wait_until(lambda: not wizard.busy and (wizard.current_page is not None or isinstance(wizard.page_widget,
                                                                                             DraftsPage)))
    if isinstance(wizard.page_widget, DraftsPage):
        wizard.page_widget.new_button.click()
        wait_until(lambda: not wizard.busy and wizard.current_page is not None)
    seen: set[str] = set()
    while wizard.current_page.step.kind != "review":
        page = wizard.current_page
        fill(wizard)
        if on_page is not None:
            on_page(page.step.kind)
        _shoot(wizard, screenshots, prefix, page.step.kind, seen)
        wizard.next_button.click()
        wait_until(lambda: not wizard.busy)
        if wizard.error.isVisible():
            raise RuntimeError(f"the wizard refused step {page.step.kind}: {wizard.error.text()}")
    if on_page is not None:
        on_page("review")
    _shoot(wizard, screenshots, prefix, "review", seen)
    wizard.finish_button.click()
    wait_until(lambda: not wizard.busy and wizard.current_page is None)
    if wizard.error.isVisible():
        raise RuntimeError(f"the wizard could not save the case: {wizard.error.text()}")
    _shoot(wizard, screenshots, prefix, "saved", seen)


def _shoot(wizard: Any, folder: Path | None, prefix: str, kind: str, seen: set[str]) -> None:
    if folder is None or kind in seen:
        return
    seen.add(kind)
    Path(folder).mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(Path(folder) / f"{prefix}-{len(seen):02d}-{kind}.png"))
