"""One case file: person, encounters, screenings (with the engine's reasons), consent, needs, referrals, notes, audit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import names
from app.services import audit, cases, users
from app.ui import clock, labels
from app.ui.caselife_bar import CaseLifeBar
from app.ui.context import AppContext
from app.ui.labels import label, list_separator, ui_language
from app.ui.referral_actions import ReferralActions, can_review, can_submit
from app.ui.widgets import MessageBar, TextPromptDialog, named


def letters_available() -> bool:
    """The referral-letter dialog ships with the letters module (app/ui/letter_dialog.py)."""
    import importlib.util

    return importlib.util.find_spec("app.ui.letter_dialog") is not None


def load_case_file(session: Any, case_id: str) -> dict[str, Any]:
    """Runs on the database worker: the case, its audit trail, and names for user and organisation ids."""
    case = cases.show_case(session, case_id)
    case["audit"] = audit.trail(session, [case["id"], *(r["id"] for r in case["referrals"])])
    case["user_names"] = users.display_names(session)
    case["org_names"] = {o.id: o.name for o in cases.directory_list(session)}
    return case


def _tree(name: str, object_name: str, headers: list[str]) -> QTreeWidget:
    tree = named(QTreeWidget(), name, object_name)
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(False)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # never elide a date or a status
    header.setStretchLastSection(True)
    return tree


class CaseView(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_view")
        self.case: dict[str, Any] | None = None
        self.actions = ReferralActions(ctx, self)
        self.actions.changed.connect(self.on_actions_changed)
        self.actions.failed.connect(self.on_actions_failed)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back = named(QPushButton(self.tr("← Back to the list")), self.tr("Back to the case list"), "case_back")
        self.back.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.back.clicked.connect(self.on_back_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.on_back_clicked)
        self.title = named(QLabel(), self.tr("Case summary"), "case_title")
        self.title.setWordWrap(True)
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.life = CaseLifeBar(ctx, self)  # follow-up date, closure, re-opening, re-referral (issue 14)
        self.life.changed.connect(self.reload)
        self.life.failed.connect(self.on_actions_failed)
        layout.addWidget(self.life)
        from app.ui.transfer_dialog import TransferBar

        self.transfer = TransferBar(ctx, self)  # transfer to another post (issue 14): state, request, approval
        self.transfer.changed.connect(self.reload)
        self.transfer.failed.connect(self.on_actions_failed)
        layout.addWidget(self.transfer)
        self.tabs = named(QTabWidget(), self.tr("Sections of the case file"), "case_tabs")
        self.tabs.addTab(self._person_tab(), self.tr("&Person"))
        self.encounters = _tree(self.tr("Encounters"), "case_encounters",
                                [self.tr("Date"), self.tr("Place"), self.tr("Circumstance"), self.tr("Notes")])
        self.tabs.addTab(self.encounters, self.tr("&Encounters"))
        self.screenings = _tree(self.tr("Screenings"), "case_screenings",
                                [self.tr("Screening and reasons"), self.tr("Result")])
        self.tabs.addTab(self.screenings, self.tr("S&creenings"))
        self.tabs.addTab(self._consent_tab(), self.tr("C&onsent"))
        self.needs = _tree(self.tr("Needs"), "case_needs", [self.tr("Need"), self.tr("Note")])
        self.tabs.addTab(self.needs, self.tr("&Needs"))
        self.tabs.addTab(self._referrals_tab(), self.tr("&Referrals"))
        self.tabs.addTab(self._notes_tab(), self.tr("No&tes"))
        self.trail = _tree(self.tr("Audit trail"), "case_audit", [self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tabs.addTab(self.trail, self.tr("&Audit trail"))
        self._add_identity_tab()
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)

    def _add_identity_tab(self) -> None:
        """Identity, detention and investigation, people together, corrections (issue 14; app/ui/case_identity.py)."""
        from app.ui.case_identity import IdentityPanel

        self.identity = IdentityPanel(self.ctx, self)
        self.identity.changed.connect(self.reload)
        self.identity.failed.connect(self.on_actions_failed)
        self.identity.new_screening_wanted.connect(self.on_new_screening_wanted)
        self.tabs.addTab(self.identity, self.tr("&Identity and investigation"))

    def on_new_screening_wanted(self) -> None:
        start = getattr(self.window(), "on_new_screening_triggered", None)
        if start is not None:
            start()

    def _person_tab(self) -> QWidget:
        page = QWidget()
        self.person_form = QFormLayout(page)
        self.person_fields: dict[str, QLabel] = {}
        for key, caption in (("name", self.tr("Name")), ("name_native", self.tr("Name (Urdu script)")),
                             ("aliases", self.tr("Also known as")), ("sex", self.tr("Sex")),
                             ("age", self.tr("Date of birth or age")), ("nationality", self.tr("Nationality")),
                             ("languages", self.tr("Languages")), ("documents", self.tr("Documents")),
                             ("child", self.tr("Child procedures")),
                             ("same_person", self.tr("Same person at other posts"))):
            value = named(QLabel(), caption, f"person_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person_fields[key] = value
            self.person_form.addRow(caption + ":", value)
        return page

    def _consent_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consents = _tree(self.tr("Consent"), "case_consents",
                              [self.tr("Purpose"), self.tr("Recipient"), self.tr("Method"), self.tr("Given on"),
                               self.tr("Interpreter"), self.tr("Witness"), self.tr("Guardian"), self.tr("Withdrawn")])
        layout.addWidget(self.consents, 1)
        self.record_consent = named(QPushButton(self.tr("Record &consent…")), self.tr("Record a consent"),
                                    "record_consent")
        self.record_consent.clicked.connect(self.on_record_consent_clicked)
        self.withdraw_consent = named(QPushButton(self.tr("Record &withdrawal…")),
                                      self.tr("Record that the person withdrew the selected consent"), "withdraw_consent")
        self.withdraw_consent.clicked.connect(self.on_withdraw_consent_clicked)
        row = QHBoxLayout()
        row.addWidget(self.record_consent)
        row.addWidget(self.withdraw_consent)
        row.addStretch(1)
        for button in (self.record_consent, self.withdraw_consent):
            button.setVisible(self.ctx.allows("consent.record"))
        layout.addLayout(row)
        return page

    def on_withdraw_consent_clicked(self) -> None:
        item = self.consents.currentItem()
        consent_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if self.case is None or not consent_id:
            self.message.show_error(self.tr("Select a consent that is still in force."))
            return
        case_id = self.case["id"]
        dialog = TextPromptDialog(self.tr("Consent withdrawn"),
                                  self.tr("Record why, or in the person's own words, how the consent was withdrawn."),
                                  self.tr("Record withdrawal"), self)
        dialog.setObjectName("withdraw_dialog")
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: cases.withdraw_consent(s, case_id, consent_id, reason=dialog.text()),
            on_done=lambda _r: self.reload(), on_failed=self.on_actions_failed, label=self.tr("Recording the consent")))
        self.actions.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self.actions, "dialog", None))
        dialog.open()

    def on_record_consent_clicked(self) -> None:
        if self.case is None:
            return
        case_id, child = self.case["id"], bool(self.case.get("is_child"))
        self.ctx.ops.run(cases.directory_list, on_done=lambda orgs: self._open_consent_dialog(case_id, child, orgs),
                         on_failed=self.on_actions_failed)

    def _open_consent_dialog(self, case_id: str, child: bool, organisations: list[Any]) -> None:
        from app.ui.consent_dialog import ConsentDialog

        dialog = ConsentDialog(organisations, child=child, parent=self)
        dialog.accepted.connect(lambda: self.ctx.ops.run(
            lambda s: cases.record_consent(s, case_id, dialog.consent()), on_done=lambda _r: self.reload(),
            on_failed=self.on_actions_failed, label=self.tr("Recording the consent")))
        self.actions.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self.actions, "dialog", None))
        dialog.open()

    def _referrals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.referrals = _tree(self.tr("Referrals and their status history"), "case_referrals",
                               [self.tr("Organisation / status"), self.tr("Services"), self.tr("Urgency"),
                                self.tr("When"), self.tr("By"), self.tr("Note")])
        self.referrals.currentItemChanged.connect(self.on_referrals_currentItemChanged)
        layout.addWidget(self.referrals, 1)
        row = QHBoxLayout()
        self.new_referral = named(QPushButton(self.tr("New &referral…")), self.tr("Draft a new referral"), "new_referral")
        self.edit = named(QPushButton(self.tr("&Edit…")), self.tr("Edit the selected referral"), "edit_referral")
        self.edit.clicked.connect(self.on_edit_clicked)
        self.submit = named(QPushButton(self.tr("&Submit for approval")), self.tr("Submit the selected referral"),
                            "submit_referral")
        self.approve = named(QPushButton(self.tr("&Approve")), self.tr("Approve the selected referral"),
                             "approve_referral")
        self.return_ = named(QPushButton(self.tr("Re&turn to officer…")), self.tr("Return the selected referral"),
                             "return_referral")
        self.letter = named(QPushButton(self.tr("Issue &letter…")),
                            self.tr("Issue the referral letter for the selected referral"), "issue_letter")
        self.letter.clicked.connect(self.on_letter_clicked)
        self.letter_dialog: QWidget | None = None
        self.new_referral.clicked.connect(self.on_new_referral_clicked)
        self.submit.clicked.connect(self.on_submit_clicked)
        self.approve.clicked.connect(self.on_approve_clicked)
        self.return_.clicked.connect(self.on_return_clicked)
        for button in (self.new_referral, self.edit, self.submit, self.approve, self.return_, self.letter):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_referral.setVisible(self.ctx.allows("referral.draft"))
        self.submit.setVisible(self.ctx.allows("referral.submit"))
        self.edit.setVisible(self.ctx.allows("referral.draft"))
        self.approve.setVisible(False)  # shown per referral: never for one's own draft, never to officers
        self.return_.setVisible(False)
        self.letter.setVisible(False)
        return page

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes = _tree(self.tr("Notes"), "case_notes", [self.tr("When"), self.tr("By"), self.tr("Note")])
        layout.addWidget(self.notes, 1)
        self.note_edit = named(QPlainTextEdit(), self.tr("New note"), "note_edit")
        self.note_edit.setPlaceholderText(self.tr("Write a note about this case…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        layout.addWidget(self.note_edit)
        self.add_note = named(QPushButton(self.tr("Add &note")), self.tr("Add the note"), "add_note")
        self.add_note.clicked.connect(self.on_add_note_clicked)
        self.add_note.setVisible(self.ctx.allows("case.edit"))
        layout.addWidget(self.add_note, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # --- loading and clearing ---
    def open_case(self, case_id: str) -> None:
        self.clear()
        self.title.setText(self.tr("Opening the case…"))
        self.ctx.ops.run(lambda s: load_case_file(s, case_id), on_done=self.show_case,
                         on_failed=self.on_actions_failed, label=self.tr("Opening the case"))

    def reload(self) -> None:
        if self.case is not None:
            self.open_case(self.case["id"])

    def clear(self) -> None:
        """Forget everything shown (the post is locking, or another case opens)."""
        self.case = None
        self.title.clear()
        self.message.clear()
        for field in self.person_fields.values():
            field.clear()
        self.identity.clear()
        for tree in (self.encounters, self.screenings, self.consents, self.needs, self.referrals, self.notes,
                     self.trail):
            tree.clear()
        self.note_edit.clear()
        self.approve.setVisible(False)
        self.return_.setVisible(False)
        self.letter.setVisible(False)
        self.submit.setEnabled(False)
        self.edit.setEnabled(False)
        self.life.clear()
        self.transfer.clear()

    def show_case(self, case: dict[str, Any]) -> None:
        self.case = case
        bits = [case["reference"], label(case["status"])]
        if case.get("classification"):
            bits.append(label(case["classification"]))
        if case.get("is_child"):
            bits.append(self.tr("CHILD: child-specific procedures apply"))
        bits.extend(self._decision_bits(case))
        self.title.setText(" · ".join(bits))
        self._fill_person(case)
        from app.ui.case_sections import (
            fill_consents,
            fill_encounters,
            fill_needs,
            fill_screenings,
            fill_trail,
        )

        fill_encounters(self.encounters, case)
        fill_screenings(self.screenings, case)
        fill_consents(self.consents, case)
        fill_needs(self.needs, case)
        self._fill_referrals(case)
        self._fill_notes(case)
        fill_trail(self.trail, case)
        self.identity.show_case(case)
        self.life.show_case(case)
        self.transfer.show_case(case)

    def _decision_bits(self, case: dict[str, Any]) -> list[str]:
        """The override mark and the state of the decision's review, beside the classification."""
        bits = []
        decision = (case["screenings"][-1].get("result") or {}).get("decision") if case["screenings"] else None
        if decision and decision.get("override"):
            bits.append(self.tr("OVERRIDE: the engine suggested %1").replace("%1", label(decision.get("suggested"))))
        review = case.get("decision_review")
        if review and review["status"] == "pending":
            bits.append(self.tr("Decision awaiting review"))
        elif review and review["status"] == "returned":
            bits.append(self.tr("Decision returned: %1").replace("%1", "\u2068" + review["review_note"] + "\u2069"))
        return bits

    def _fill_person(self, case: dict[str, Any]) -> None:
        person = case["person"]
        name = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
        age = person.get("date_of_birth") or (self.tr("estimated age %n", "", person["estimated_age"])
                                              if person.get("estimated_age") is not None else self.tr("unknown"))
        docs = "؛ " if ui_language() == "ur" else "; "
        docs = docs.join(f"{label(d['type'])} {d['number']}" for d in person.get("documents") or [])
        values = {"name": name, "name_native": person.get("name_native", ""),
                  "aliases": ", ".join(person.get("aliases") or []), "sex": label(person.get("sex")),
                  "age": age, "nationality": names.nationality(person.get("nationality") or "", ui_language()),
                  "languages": list_separator().join(names.language(c, ui_language())
                                                     for c in person.get("languages") or []), "documents": docs,
                  "child": self.tr("Yes: a guardian is needed for consent") if case.get("is_child") else self.tr("No"),
                  "same_person": self._same_person(case)}
        for key, text in values.items():
            self.person_fields[key].setText(text)

    def _same_person(self, case: dict[str, Any]) -> str:
        """The office's confirmed links to cases at other posts (issue 13): references, never merged records."""
        links = case.get("same_person") or []
        if not links:
            return self.tr("None confirmed by the office")
        text = self.tr("%1, confirmed by the office on %2")
        # the line starts with an isolated Latin reference: a right-to-left mark keeps an Urdu line right-to-left
        mark = "\u200f" if ui_language() == "ur" else ""
        return mark + list_separator().join(text.replace("%1", "\u2066" + link["other_reference"] + "\u2069")
                                     .replace("%2", "\u2066" + link["decided_at"][:10] + "\u2069") for link in links)

    def _fill_referrals(self, case: dict[str, Any]) -> None:
        names, orgs = case["user_names"], case["org_names"]
        for ref in case["referrals"]:
            top = QTreeWidgetItem([f"{orgs.get(ref['provider_id'], ref['provider_id'])} — {label(ref['status'])}",
                                   ", ".join(label(s) for s in ref["services"]), label(ref["urgency"]),
                                   clock.when(ref["created_at"]), names.get(ref["drafted_by"], ""),
                                   ref.get("reason") or ""])
            top.setData(0, Qt.ItemDataRole.UserRole, ref["id"])
            for event in ref.get("history", []):
                by = names.get(event["by"]) or (
                    QCoreApplication.translate("CaseSections", "Central office") if event["by"] == "office"
                    else event["by"])  # the office's reports arrive through the feed, by "office"
                top.addChild(QTreeWidgetItem([label(event["status"]), "", "", clock.when(event["at"]), by,
                                              labels.event_note(event)]))
            self.referrals.addTopLevelItem(top)
            top.setExpanded(True)
        if self.referrals.topLevelItemCount():
            self.referrals.setCurrentItem(self.referrals.topLevelItem(0))
        self.on_referrals_currentItemChanged()

    def _fill_notes(self, case: dict[str, Any]) -> None:
        names = case["user_names"]
        for note in case["notes"]:
            self.notes.addTopLevelItem(QTreeWidgetItem([clock.when(note["created_at"]),
                                                        names.get(note["written_by"], ""), note["text"]]))

    # --- referrals ---
    def selected_referral(self) -> dict[str, Any] | None:
        item = self.referrals.currentItem()
        if item is None or self.case is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        rid = item.data(0, Qt.ItemDataRole.UserRole)
        referral = next((r for r in self.case["referrals"] if r["id"] == rid), None)
        return None if referral is None else {**referral, "case_id": self.case["id"]}

    def on_referrals_currentItemChanged(self, *_args: object) -> None:
        referral = self.selected_referral()
        self.life.on_referral_selected(referral)
        self.submit.setEnabled(bool(referral and can_submit(self.ctx, referral)))
        self.edit.setEnabled(bool(referral and can_submit(self.ctx, referral)))
        reviewable = bool(referral and can_review(self.ctx, referral))
        self.approve.setVisible(reviewable)
        self.return_.setVisible(reviewable)
        self.letter.setVisible(bool(referral and self.ctx.allows("letter.issue") and letters_available()
                                    and referral.get("status") not in ("draft", "submitted", "returned")))

    def on_tabs_currentChanged(self, index: int) -> None:
        # the buttons for one referral (re-refer, emergency) only beside the referrals they act on
        self.life.set_referrals_shown(self.tabs.widget(index) is self.referrals.parentWidget())

    def on_letter_clicked(self) -> None:
        referral = self.selected_referral()
        if referral is None or not letters_available():
            return
        from app.ui.letter_dialog import LetterDialog

        self.letter_dialog = LetterDialog(self.ctx, referral["id"], self)
        self.letter_dialog.open()

    def on_new_referral_clicked(self) -> None:
        if self.case is not None:
            self.actions.new_draft(self.case["id"])

    def on_edit_clicked(self) -> None:
        referral = self.selected_referral()
        if referral and can_submit(self.ctx, referral):
            self.actions.edit(referral)

    def on_submit_clicked(self) -> None:
        referral = self.selected_referral()
        if referral:
            self.actions.submit(referral["id"])

    def on_approve_clicked(self) -> None:
        referral = self.selected_referral()
        if referral and can_review(self.ctx, referral):
            self.actions.approve(referral)

    def on_return_clicked(self) -> None:
        referral = self.selected_referral()
        if referral and can_review(self.ctx, referral):
            self.actions.return_to_officer(referral["id"])

    def on_actions_changed(self, _referral_id: str) -> None:
        self.reload()

    def on_actions_failed(self, text: object) -> None:
        from app.ui.ops import message_of

        self.message.show_error(text if isinstance(text, str) else message_of(text))  # type: ignore[arg-type]

    # --- notes ---
    def on_add_note_clicked(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self.case is None:
            self.message.show_error(labels.message("A note cannot be empty."))
            return
        case_id = self.case["id"]
        self.ctx.ops.run(lambda s: cases.add_note(s, case_id, text), on_done=self.on_note_added,
                         on_failed=self.on_actions_failed, label=self.tr("Saving the note"))

    def on_note_added(self, _note_id: str) -> None:
        self.note_edit.clear()
        self.reload()
        self.tabs.setCurrentIndex(6)

    def on_back_clicked(self) -> None:
        self.clear()
        self.closed.emit()
