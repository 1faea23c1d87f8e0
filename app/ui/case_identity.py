"""The case view's "Identity and investigation" tab: parentage, origin, detention, the FIR, the people met together,
companions, and the history of corrections; with the actions to correct, link and record a companion."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import identity as idn
from app.services import case_edit
from app.ui import clock
from app.ui.case_identity_labels import code_label, field_label, value_text
from app.ui.context import AppContext
from app.ui.labels import ui_language
from app.ui.widgets import TextPromptDialog, named

SHOWN = ("identity.relation_name", "identity.origin_province", "identity.origin_district", "identity.origin_country",
         "identity.origin_place", "identity.phone", "identity.marital_status", "investigation.detained",
         "investigation.detained_since", "investigation.detention_law", "investigation.fir_number",
         "investigation.law_sections", "investigation.non_punishment", "investigation.non_punishment_reason",
         "investigation.exploitation_type", "investigation.exploitation_country", "investigation.exploitation_city",
         "investigation.route", "investigation.recruiter_relation")


def _tree(name: str, object_name: str, headers: list[str]) -> QTreeWidget:
    tree = named(QTreeWidget(), name, object_name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setMaximumHeight(110)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # never elide a date or a name
    header.setStretchLastSection(True)
    return tree


class IdentityPanel(QWidget):
    changed = Signal()
    failed = Signal(object)
    new_screening_wanted = Signal()
    letter_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_identity")
        self.case: dict[str, Any] | None = None
        self.dialog: QDialog | None = None
        self.vocab = case_edit.vocabulary()
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()  # identity beside detention and investigation: room below for the lists
        forms = {"identity": QFormLayout(), "investigation": QFormLayout()}
        self.fields: dict[str, QLabel] = {}
        for name in SHOWN:
            value = named(QLabel(), field_label(name), "identity_" + name.split(".", 1)[1])
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = value
            forms[name.split(".", 1)[0]].addRow(field_label(name) + ":", value)
        columns.addLayout(forms["identity"], 1)
        columns.addLayout(forms["investigation"], 1)
        layout.addLayout(columns)
        self.together = _tree(self.tr("Met together with"), "case_together",
                              [self.tr("Case"), self.tr("Name"), self.tr("Child")])
        layout.addWidget(QLabel(self.tr("Met together with (cases of the same encounter):")))
        layout.addWidget(self.together)
        self.companions = _tree(self.tr("Companions who are not cases"), "case_companions",
                                [self.tr("Name"), self.tr("Relation"), self.tr("Held the documents"),
                                 self.tr("Possible exploiter")])
        layout.addWidget(QLabel(self.tr("Companions who are not cases:")))
        layout.addWidget(self.companions)
        self.history = _tree(self.tr("Corrections"), "case_corrections",
                             [self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Was"), self.tr("Now"),
                              self.tr("Reason")])
        self.history.setMaximumHeight(16777215)
        self.history.setMinimumHeight(140)
        layout.addWidget(QLabel(self.tr("Corrections after intake:")))
        layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        self.correct = named(QPushButton(self.tr("&Correct details…")),
                             self.tr("Correct the person's or the encounter's details, with a reason"), "correct_details")
        self.link = named(QPushButton(self.tr("&Link with cases met together…")),
                          self.tr("Link this case with others of the same encounter"), "link_cases")
        self.add_companion = named(QPushButton(self.tr("Add co&mpanion…")),
                                   self.tr("Record someone travelling with the person who is not a case"),
                                   "add_companion")
        self.correct.clicked.connect(self.on_correct_clicked)
        self.link.clicked.connect(self.on_link_clicked)
        self.add_companion.clicked.connect(self.on_add_companion_clicked)
        for button in (self.correct, self.link, self.add_companion):
            row.addWidget(button)
            button.setVisible(self.ctx.allows("case.edit"))
        self.letter = named(QPushButton(self.tr("Non-punishment le&tter…")),
                            self.tr("Write the non-punishment recommendation to the investigating officer"),
                            "non_punishment_letter")
        self.letter.clicked.connect(self.on_letter_clicked)
        self.letter.setVisible(self.ctx.allows("letter.issue"))
        self.letter.setEnabled(False)
        row.addWidget(self.letter)
        row.addStretch(1)
        layout.addLayout(row)

    def clear(self) -> None:
        self.case = None
        for value in self.fields.values():
            value.clear()
        for tree in (self.together, self.companions, self.history):
            tree.clear()

    def show_case(self, case: dict[str, Any]) -> None:
        self.clear()
        self.case = case
        ident = idn.to_json(idn.identity_from_json(case.get("identity") or {}))
        inv = idn.to_json(idn.investigation_from_json(case.get("investigation") or {}))
        values = {**{f"identity.{k}": v for k, v in ident.items()}, **{f"investigation.{k}": v for k, v in inv.items()}}
        for name, widget in self.fields.items():
            widget.setText(value_text(name, values.get(name), self.vocab))
        relation = idn.identity_from_json(case.get("identity") or {})
        if relation.relation:
            names = " / ".join(n for n in (relation.relation_name, relation.relation_name_native) if n)
            self.fields["identity.relation_name"].setText(f"{code_label(relation.relation)} {names}")
        for other in (case.get("group") or {}).get("others", []):
            self.together.addTopLevelItem(QTreeWidgetItem([
                other["reference"], other["name_native"] if ui_language() == "ur" and other["name_native"]
                else other["display_name"], self.tr("Yes") if other["is_child"] else self.tr("No")]))
        for c in case.get("companions", []):
            self.companions.addTopLevelItem(QTreeWidgetItem([
                c["name"], code_label(c["relation"]), self.tr("Yes") if c["held_documents"] else self.tr("No"),
                self.tr("Yes") if c["possible_exploiter"] else self.tr("No")]))
        self.letter.setEnabled(bool(inv.get("non_punishment")) and inv.get("detained") is True)
        for h in case.get("changes", []):
            self.history.addTopLevelItem(QTreeWidgetItem([
                clock.when(h["at"]), h["changed_by_name"], field_label(h["field"]),
                value_text(h["field"], h["old"], self.vocab), value_text(h["field"], h["new"], self.vocab),
                h["reason"]]))

    # --- correcting ---
    def on_correct_clicked(self) -> None:
        if self.case is None:
            return
        from app.ui.case_edit_dialog import CaseEditDialog

        dialog = CaseEditDialog(self.case, self.vocab, self)
        case_id = self.case["id"]
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: case_edit.edit_case(s, case_id, dialog.changes(), reason=dialog.reason_text()),
            on_done=self.on_edited, on_failed=self.failed.emit, label=self.tr("Saving the correction")))
        self._open(dialog)

    def on_edited(self, result: case_edit.EditResult) -> None:
        self.changed.emit()
        if not result.child_flag_changed:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Child procedures"),
                          self.tr("The person is now recorded as a child: child-specific procedures apply (a "
                                  "guardian for consent, referral to child protection). A new screening with the "
                                  "child's indicators is due.") if result.is_child else
                          self.tr("The person is no longer recorded as a child. A new screening with the adult's "
                                  "indicators is due."), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("child_flag_changed")
        start = box.addButton(self.tr("Start a new screening"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self.new_screening_wanted.emit() if box.clickedButton() is start else None)
        self._open(box)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # --- the non-punishment letter ---
    def on_letter_clicked(self) -> None:
        if self.case is None:
            return
        dialog = TextPromptDialog(self.tr("Non-punishment letter"),
                                  self.tr("To whom: the investigating officer's name and office."),
                                  self.tr("Write the letter"), self)
        dialog.setObjectName("non_punishment_dialog")
        case_id = self.case["id"]
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: case_edit.non_punishment_letter(s, case_id, addressee=dialog.text()),
            on_done=self.on_letter_written, on_failed=self.failed.emit, label=self.tr("Writing the letter")))
        self._open(dialog)

    def choose_path(self, suggested: str) -> str:
        """Where to save the letter (a separate method so tests can answer without a native dialog)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the non-punishment letter"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        return path

    def on_letter_written(self, letter: case_edit.NonPunishmentLetter) -> None:
        from pathlib import Path

        from app.atomic import atomic_write

        path = self.choose_path(f"{letter.case_reference}-{letter.letter_id}.pdf")  # no personal data in the name
        if path:
            atomic_write(Path(path), letter.pdf_bytes, mode=0o600)
            self.letter_saved.emit(path)

    # --- people together ---
    def on_link_clicked(self) -> None:
        if self.case is None:
            return
        dialog = TextPromptDialog(self.tr("Link cases met together"),
                                  self.tr("References of the other cases of this encounter, separated by spaces "
                                          "(e.g. ISB-2026-000012 ISB-2026-000013)."), self.tr("Link"), self)
        dialog.setObjectName("link_dialog")
        reference = self.case["reference"]
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: case_edit.link_group(s, [reference, *dialog.text().split()]),
            on_done=lambda _g: self.changed.emit(), on_failed=self.failed.emit, label=self.tr("Linking the cases")))
        self._open(dialog)

    def on_add_companion_clicked(self) -> None:
        if self.case is None:
            return
        dialog = CompanionDialog(self)
        case_id = self.case["id"]
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: case_edit.add_companion(s, case_id, **dialog.values()),
            on_done=lambda _c: self.changed.emit(), on_failed=self.failed.emit,
            label=self.tr("Recording the companion")))
        self._open(dialog)


class CompanionDialog(QDialog):
    """Someone travelling with the person who does not become a case (the one who held the passport, say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companion_dialog")
        self.setWindowTitle(self.tr("Companion"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = named(QLineEdit(), self.tr("Name or description of the companion"), "companion_name")
        self.relation = named(QComboBox(), self.tr("Relation to the person"), "companion_relation")
        for code in idn.COMPANION_RELATIONS:
            self.relation.addItem(code_label(code), code)
        self.held = named(QCheckBox(self.tr("Held the person's passport or documents")), self.tr("Held the documents"),
                          "companion_held")
        self.exploiter = named(QCheckBox(self.tr("May be involved in the exploitation")), self.tr("Possible exploiter"),
                               "companion_exploiter")
        self.note = named(QLineEdit(), self.tr("Note"), "companion_note")
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow("", self.held)
        form.addRow("", self.exploiter)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Record the companion"), QDialogButtonBox.ButtonRole.AcceptRole),
                        self.tr("Record the companion"), "companion_ok")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "companion_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "relation": self.relation.currentData(), "held_documents":
                self.held.isChecked(), "possible_exploiter": self.exploiter.isChecked(), "note": self.note.text()}

