"""Self-test step for issue 14: correct the open case's identity with a reason, see the history (both languages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def _commit(widget: QWidget, text: str) -> None:
    """Type as a keyboard's input method delivers text (Urdu letters cannot be sent as key presses)."""
    widget.setFocus()
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def correct_identity(driver: Any) -> None:
    """On the case the previous step left open: the identity tab, the correction dialog (a country found by typing
    its name), the saved correction in the history."""
    from app.ui.selftest import StepFailed, type_text, wait_until

    view = driver.window.workspace.case_view
    wait_until(lambda: view.case is not None, "the case view")
    panel = view.identity
    view.tabs.setCurrentWidget(panel)
    before = len(view.case.get("changes", []))
    panel.correct.click()
    dialog = driver.dialog_of(panel)
    dialog.tabs.setCurrentIndex(1)
    dialog.relation.setCurrentIndex(dialog.relation.findData("son_of"))
    type_text(dialog.relation_name, "Gul Muhammad")
    _commit(dialog.relation_name_native, "گل محمد")
    dialog.province.setCurrentIndex(dialog.province.findData("KP"))
    dialog.district.set_code("KP-khyber")
    dialog.origin_country.lineEdit().clear()
    type_text(dialog.phone, "0300 1234567")
    dialog.tabs.setCurrentIndex(3)
    _commit(dialog.exploitation_country.lineEdit(), "Afgh" if driver.language == "en" else "افغ")
    found = dialog.exploitation_country.matches.stringList()
    if not found:
        raise StepFailed("typing a country's name found nothing")
    dialog.exploitation_country.on_completer_activated(found[0])
    _commit(dialog.reason, "Self-test: details read from the tazkira" if driver.language == "en"
            else "خود جانچ: تفصیلات تذکرے سے لی گئیں")
    dialog.tabs.setCurrentIndex(1)
    driver.shoot("case-correct-dialog", dialog)
    dialog.on_save_clicked()
    wait_until(lambda: view.case is not None and len(view.case.get("changes", [])) > before, "the correction")
    if panel.history.topLevelItemCount() <= before:
        raise StepFailed("the correction is not in the history")
    for _ in range(3):
        QCoreApplication.processEvents()
    driver.shoot("case-identity")
