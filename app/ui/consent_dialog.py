"""Record a consent from the case view: purpose, recipient, method, date, data it covers, interpreter, witness,
guardian (the service refuses a child's consent without one)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Consent, Organisation
from app.domain.picklists import CONSENT_METHODS, CONSENT_PURPOSES, DATA_CATEGORIES
from app.ui.labels import label
from app.ui.widgets import named


class ConsentDialog(QDialog):
    def __init__(self, organisations: list[Organisation], *, child: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(self.tr("Record consent"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.purpose = named(QComboBox(), self.tr("Purpose of the consent"), "consent_purpose")
        for code in CONSENT_PURPOSES:
            self.purpose.addItem(label(code), code)
        self.purpose.setCurrentIndex(self.purpose.findData("referral"))
        self.recipient = named(QComboBox(), self.tr("Recipient organisation"), "consent_recipient")
        self.recipient.addItem(self.tr("Central office"), None)
        for org in organisations:
            self.recipient.addItem(org.name, org.id)
        self.method = named(QComboBox(), self.tr("How the consent was given"), "consent_method")
        for code in CONSENT_METHODS:
            self.method.addItem(label(code), code)
        self.given_on = named(QDateEdit(QDate.currentDate()), self.tr("Date the consent was given"), "consent_date")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.given_on.setMaximumDate(QDate.currentDate())
        grid = QGridLayout()
        self.categories: dict[str, QCheckBox] = {}
        for n, code in enumerate(DATA_CATEGORIES):
            box = named(QCheckBox(label(code)), label(code), f"consent_category_{code}")
            box.setChecked(code in ("identity", "needs"))
            self.categories[code] = box
            grid.addWidget(box, n // 3, n % 3)
        boxes = QWidget()
        boxes.setLayout(grid)
        self.interpreter = named(QLineEdit(), self.tr("Interpreter"), "consent_interpreter")
        self.witness = named(QLineEdit(), self.tr("Witness"), "consent_witness")
        self.guardian = named(QLineEdit(), self.tr("Guardian"), "consent_guardian")
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("Re&cipient:"), self.recipient)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("&Given on:"), self.given_on)
        form.addRow(self.tr("Data it covers:"), boxes)
        form.addRow(self.tr("&Interpreter:"), self.interpreter)
        form.addRow(self.tr("&Witness:"), self.witness)
        form.addRow(self.tr("G&uardian:"), self.guardian)
        layout.addLayout(form)
        if child:
            note = QLabel(self.tr("This person is a child: the guardian's name is required."))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Record consent"), QDialogButtonBox.ButtonRole.AcceptRole),
                        self.tr("Record consent"), "consent_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "consent_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def consent(self) -> Consent:
        return Consent(purpose=self.purpose.currentData(), recipient_id=self.recipient.currentData(),
                       method=self.method.currentData(), given_on=self.given_on.date().toPython(),
                       data_categories=tuple(c for c, b in self.categories.items() if b.isChecked()),
                       interpreter=self.interpreter.text().strip(), witness=self.witness.text().strip(),
                       guardian=self.guardian.text().strip())
