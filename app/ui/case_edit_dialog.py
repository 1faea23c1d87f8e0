"""Correct a case's details after intake: person, identity, encounter, detention and investigation, with a reason.

Pickers find countries, languages and districts by name in both scripts ("Afgh" or "افغ") and never show a code.
The dialog only collects what changed; app.services.case_edit checks, stores and audits it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import identity as idn
from app.domain.picklists import CIRCUMSTANCES, SEXES
from app.ui.case_identity_labels import code_label
from app.ui.labels import label, ui_language
from app.ui.widgets import MessageBar, named

NO_DATE = QDate(1900, 1, 1)


class NamePicker(QComboBox):
    """An editable list of named things (countries, districts): typing in either script narrows it; the data of
    the chosen entry is its code, the text its name in the interface language."""

    def __init__(self, items: list[idn.Named], *, empty: str, accessible: str, object_name: str) -> None:
        super().__init__()
        named(self, accessible, object_name)
        self.items = items
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")  # nothing chosen: an empty field showing the placeholder, so typing starts afresh
        self.lineEdit().setPlaceholderText(empty)
        self.empty = empty
        for item in sorted(items, key=lambda n: n.label(ui_language())):
            self.addItem(item.label(ui_language()), item.code)
        self.matches = QStringListModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self.on_completer_activated)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self.on_text_edited)

    def on_text_edited(self, text: str) -> None:
        found = idn.search_named(self.items, text)
        self.matches.setStringList([n.label(ui_language()) for n in found])
        if found:
            self.completer().complete()

    def on_completer_activated(self, text: str) -> None:
        self.setCurrentIndex(max(0, self.findText(text, Qt.MatchFlag.MatchExactly)))

    def code(self) -> str:
        """The chosen entry's code; typed text naming exactly one entry counts as choosing it; other text is
        returned as typed, so that saving refuses it ("not on the list") rather than clearing the field."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.itemData(index) or "")
        found = idn.search_named(self.items, text)
        return found[0].code if len(found) == 1 else text

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code or "")))


def _combo(codes: list[str] | tuple[str, ...], labeller: Any, *, accessible: str, object_name: str,
           empty: str) -> QComboBox:
    box = named(QComboBox(), accessible, object_name)
    box.addItem(empty, "")
    for code in codes:
        box.addItem(labeller(code), code)
    return box


def _date_edit(accessible: str, object_name: str) -> QDateEdit:
    edit = named(QDateEdit(), accessible, object_name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum shows empty: no date
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _date_value(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")


def _set_date(edit: QDateEdit, text: str | None) -> None:
    edit.setDate(QDate.fromString(text, "yyyy-MM-dd") if text else NO_DATE)


class CaseEditDialog(QDialog):
    """One form per part of the case; Save sends only the fields that differ from what is recorded."""

    def __init__(self, case: dict[str, Any], vocab: idn.Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_edit_dialog")
        self.setWindowTitle(self.tr("Correct the case details"))
        self.vocab = vocab
        self.case = case
        layout = QVBoxLayout(self)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.tabs = named(QTabWidget(), self.tr("Parts of the case"), "case_edit_tabs")
        self.tabs.addTab(self._scroll(self._person_form()), self.tr("&Person"))
        self.tabs.addTab(self._scroll(self._identity_form()), self.tr("&Identity"))
        self.tabs.addTab(self._scroll(self._encounter_form()), self.tr("&Encounter"))
        self.tabs.addTab(self._scroll(self._investigation_form()), self.tr("Detention and in&vestigation"))
        layout.addWidget(self.tabs, 1)
        reason_form = QFormLayout()
        self.reason = named(QLineEdit(), self.tr("Why the details are corrected (required)"), "case_edit_reason")
        self.reason.setPlaceholderText(self.tr("e.g. age assessment by the medical officer; tazkira seen"))
        reason_form.addRow(self.tr("Reason for the correction:"), self.reason)
        layout.addLayout(reason_form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Save the correction"), QDialogButtonBox.ButtonRole.AcceptRole),
                        self.tr("Save the correction"), "case_edit_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "case_edit_cancel")
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(case)
        self.resize(720, 620)

    @staticmethod
    def _scroll(inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    # --- forms ---
    def _person_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.given_name = named(QLineEdit(), self.tr("Given name"), "edit_given_name")
        self.family_name = named(QLineEdit(), self.tr("Family name"), "edit_family_name")
        self.name_native = named(QLineEdit(), self.tr("Name (Urdu script)"), "edit_name_native")
        self.sex = _combo(SEXES, label, accessible=self.tr("Sex"), object_name="edit_sex", empty="")
        self.sex.removeItem(0)
        self.dob = _date_edit(self.tr("Date of birth"), "edit_dob")
        self.age = named(QSpinBox(), self.tr("Estimated age"), "edit_age")
        self.age.setRange(-1, idn.MAX_AGE)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.nationality = NamePicker(list(self.vocab.countries.values()), empty=self.tr("unknown"),
                                      accessible=self.tr("Nationality"), object_name="edit_nationality")
        for caption, widget in ((self.tr("Given name"), self.given_name), (self.tr("Family name"), self.family_name),
                                (self.tr("Name (Urdu script)"), self.name_native), (self.tr("Sex"), self.sex),
                                (self.tr("Date of birth"), self.dob), (self.tr("Estimated age"), self.age),
                                (self.tr("Nationality"), self.nationality)):
            form.addRow(caption + ":", widget)
        return page

    def _identity_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.relation = _combo(idn.RELATIONS, code_label, accessible=self.tr("Relation (s/o, d/o, w/o)"),
                               object_name="edit_relation", empty=self.tr("not recorded"))
        self.relation_name = named(QLineEdit(), self.tr("Father's or husband's name"), "edit_relation_name")
        self.relation_name_native = named(QLineEdit(), self.tr("Father's or husband's name (Urdu script)"),
                                          "edit_relation_name_native")
        self.province = _combo(list(self.vocab.provinces), lambda c: self.vocab.provinces[c].label(ui_language()),
                               accessible=self.tr("Province of origin"), object_name="edit_province",
                               empty=self.tr("not in Pakistan / not recorded"))
        self.province.currentIndexChanged.connect(self.on_province_currentIndexChanged)
        self.district = NamePicker([], empty=self.tr("not recorded"), accessible=self.tr("District of origin"),
                                   object_name="edit_district")
        self.origin_country = NamePicker(list(self.vocab.countries.values()), empty=self.tr("not abroad"),
                                         accessible=self.tr("Country of origin abroad"),
                                         object_name="edit_origin_country")
        self.origin_place = named(QLineEdit(), self.tr("Town or village abroad"), "edit_origin_place")
        self.phone = named(QLineEdit(), self.tr("Contact telephone"), "edit_phone")
        self.marital = _combo(idn.MARITAL_STATUSES, code_label, accessible=self.tr("Marital status"),
                              object_name="edit_marital", empty=self.tr("not recorded"))
        for caption, widget in ((self.tr("Relation"), self.relation),
                                (self.tr("Father's or husband's name"), self.relation_name),
                                (self.tr("Same name in Urdu script"), self.relation_name_native),
                                (self.tr("Province of origin"), self.province),
                                (self.tr("District of origin"), self.district),
                                (self.tr("Or country of origin abroad"), self.origin_country),
                                (self.tr("Town or village abroad"), self.origin_place),
                                (self.tr("Contact telephone"), self.phone), (self.tr("Marital status"), self.marital)):
            form.addRow(caption + ":", widget)
        return page

    def _encounter_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.enc_date = _date_edit(self.tr("Date of the encounter"), "edit_encounter_date")
        self.enc_place = named(QLineEdit(), self.tr("Place of the encounter"), "edit_encounter_place")
        self.enc_circumstance = _combo(CIRCUMSTANCES, label, accessible=self.tr("Circumstance"),
                                       object_name="edit_circumstance", empty="")
        self.enc_circumstance.removeItem(0)
        self.enc_notes = named(QPlainTextEdit(), self.tr("Notes on the encounter"), "edit_encounter_notes")
        self.enc_notes.setTabChangesFocus(True)
        for caption, widget in ((self.tr("Date"), self.enc_date), (self.tr("Place"), self.enc_place),
                                (self.tr("Circumstance"), self.enc_circumstance), (self.tr("Notes"), self.enc_notes)):
            form.addRow(caption + ":", widget)
        return page

    def _investigation_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        lang = ui_language()
        self.detained = named(QCheckBox(self.tr("The person is detained")), self.tr("Detained"), "edit_detained")
        self.detained_since = _date_edit(self.tr("Detained since"), "edit_detained_since")
        self.detention_law = _combo(list(self.vocab.detention_laws),
                                    lambda c: self.vocab.detention_laws[c].label(lang),
                                    accessible=self.tr("Law under which the person is detained"),
                                    object_name="edit_detention_law", empty=self.tr("not recorded"))
        self.fir = named(QLineEdit(), self.tr("FIR or enquiry number"), "edit_fir")
        grid = QGridLayout()
        self.sections: dict[str, QCheckBox] = {}
        for n, (code, item) in enumerate(self.vocab.sections.items()):
            box = named(QCheckBox(item.label(lang)), item.label(lang), f"edit_section_{code}")
            self.sections[code] = box
            grid.addWidget(box, n, 0)
        boxes = QWidget()
        boxes.setLayout(grid)
        self.non_punishment = named(QCheckBox(self.tr("Recommend non-punishment (presumed victim in detention)")),
                                    self.tr("Non-punishment recommendation"), "edit_non_punishment")
        self.non_punishment_reason = named(QPlainTextEdit(), self.tr("Reason for the non-punishment recommendation"),
                                           "edit_non_punishment_reason")
        self.non_punishment_reason.setTabChangesFocus(True)
        self.non_punishment_reason.setMaximumHeight(80)
        self.exploitation = _combo(list(self.vocab.exploitation_types),
                                   lambda c: self.vocab.exploitation_types[c].label(lang),
                                   accessible=self.tr("Type of exploitation"), object_name="edit_exploitation",
                                   empty=self.tr("not recorded"))
        self.exploitation_country = NamePicker(list(self.vocab.countries.values()), empty=self.tr("not recorded"),
                                               accessible=self.tr("Country of exploitation"),
                                               object_name="edit_exploitation_country")
        self.exploitation_city = named(QLineEdit(), self.tr("City of exploitation"), "edit_exploitation_city")
        self.route = named(QLineEdit(), self.tr("Route travelled"), "edit_route")
        self.recruiter = _combo(list(self.vocab.recruiter_relations),
                                lambda c: self.vocab.recruiter_relations[c].label(lang),
                                accessible=self.tr("Recruiter's relation to the person"),
                                object_name="edit_recruiter", empty=self.tr("not recorded"))
        for caption, widget in ((self.tr("Detention"), self.detained), (self.tr("Detained since"), self.detained_since),
                                (self.tr("Under which law"), self.detention_law),
                                (self.tr("FIR or enquiry number"), self.fir), (self.tr("Sections that apply"), boxes),
                                (self.tr("Non-punishment"), self.non_punishment),
                                (self.tr("Reason"), self.non_punishment_reason),
                                (self.tr("Type of exploitation"), self.exploitation),
                                (self.tr("Country of exploitation"), self.exploitation_country),
                                (self.tr("City of exploitation"), self.exploitation_city),
                                (self.tr("Route"), self.route), (self.tr("Recruiter's relation"), self.recruiter)):
            form.addRow(caption + ":", widget)
        return page

    def on_province_currentIndexChanged(self, _index: int) -> None:
        province = str(self.province.currentData() or "")
        keep = self.district.code()
        self.district.clear()
        self.district.items = self.vocab.districts_of(province) if province else []
        self.district.addItem("", "")
        for item in sorted(self.district.items, key=lambda n: n.label(ui_language())):
            self.district.addItem(item.label(ui_language()), item.code)
        self.district.set_code(keep)

    # --- values ---
    def load(self, case: dict[str, Any]) -> None:
        p = case["person"]
        ident = idn.identity_from_json(case.get("identity") or {})
        inv = idn.investigation_from_json(case.get("investigation") or {})
        enc = min(case["encounters"], key=lambda e: (e["date"], e["created_at"]))
        self.given_name.setText(p.get("given_name", ""))
        self.family_name.setText(p.get("family_name", ""))
        self.name_native.setText(p.get("name_native", ""))
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.get("sex") or "unknown")))
        _set_date(self.dob, p.get("date_of_birth"))
        self.age.setValue(-1 if p.get("estimated_age") is None else int(p["estimated_age"]))
        self.nationality.set_code(p.get("nationality"))
        self.relation.setCurrentIndex(max(0, self.relation.findData(ident.relation)))
        self.relation_name.setText(ident.relation_name)
        self.relation_name_native.setText(ident.relation_name_native)
        self.province.setCurrentIndex(max(0, self.province.findData(ident.origin_province)))
        self.on_province_currentIndexChanged(0)
        self.district.set_code(ident.origin_district)
        self.origin_country.set_code(ident.origin_country)
        self.origin_place.setText(ident.origin_place)
        self.phone.setText(ident.phone)
        self.marital.setCurrentIndex(max(0, self.marital.findData(ident.marital_status)))
        _set_date(self.enc_date, enc["date"])
        self.enc_place.setText(enc["place"])
        self.enc_circumstance.setCurrentIndex(max(0, self.enc_circumstance.findData(enc["circumstance"])))
        self.enc_notes.setPlainText(enc.get("notes") or "")
        self.detained.setChecked(inv.detained)
        _set_date(self.detained_since, inv.detained_since.isoformat() if inv.detained_since else None)
        self.detention_law.setCurrentIndex(max(0, self.detention_law.findData(inv.detention_law)))
        self.fir.setText(inv.fir_number)
        for code, box in self.sections.items():
            box.setChecked(code in inv.law_sections)
        self.non_punishment.setChecked(inv.non_punishment)
        self.non_punishment_reason.setPlainText(inv.non_punishment_reason)
        self.exploitation.setCurrentIndex(max(0, self.exploitation.findData(inv.exploitation_type)))
        self.exploitation_country.set_code(inv.exploitation_country)
        self.exploitation_city.setText(inv.exploitation_city)
        self.route.setText(inv.route)
        self.recruiter.setCurrentIndex(max(0, self.recruiter.findData(inv.recruiter_relation)))
        self.initial = self.values()

    def values(self) -> dict[str, Any]:
        """Every field as the service takes it (codes, ISO dates, tuples)."""
        age = self.age.value()
        return {
            "person.given_name": self.given_name.text(), "person.family_name": self.family_name.text(),
            "person.name_native": self.name_native.text(), "person.sex": self.sex.currentData(),
            "person.date_of_birth": _date_value(self.dob), "person.estimated_age": None if age < 0 else age,
            "person.nationality": self.nationality.code() or None,
            "identity.relation": self.relation.currentData() or "", "identity.relation_name": self.relation_name.text(),
            "identity.relation_name_native": self.relation_name_native.text(),
            "identity.origin_province": self.province.currentData() or "",
            "identity.origin_district": self.district.code(), "identity.origin_country": self.origin_country.code(),
            "identity.origin_place": self.origin_place.text(), "identity.phone": self.phone.text(),
            "identity.marital_status": self.marital.currentData() or "",
            "encounter.date": _date_value(self.enc_date), "encounter.place": self.enc_place.text(),
            "encounter.circumstance": self.enc_circumstance.currentData(),
            "encounter.notes": self.enc_notes.toPlainText(),
            "investigation.detained": self.detained.isChecked(),
            "investigation.detained_since": _date_value(self.detained_since),
            "investigation.detention_law": self.detention_law.currentData() or "",
            "investigation.fir_number": self.fir.text(),
            "investigation.law_sections": tuple(c for c, box in self.sections.items() if box.isChecked()),
            "investigation.non_punishment": self.non_punishment.isChecked(),
            "investigation.non_punishment_reason": self.non_punishment_reason.toPlainText(),
            "investigation.exploitation_type": self.exploitation.currentData() or "",
            "investigation.exploitation_country": self.exploitation_country.code(),
            "investigation.exploitation_city": self.exploitation_city.text(), "investigation.route": self.route.text(),
            "investigation.recruiter_relation": self.recruiter.currentData() or "",
        }

    def changes(self) -> dict[str, Any]:
        now = self.values()
        return {k: v for k, v in now.items() if v != self.initial.get(k)}

    def on_save_clicked(self) -> None:
        if not self.changes():
            self.message.show_error(self.tr("Nothing has been changed."))
            return
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Write the reason for the correction."))
            self.reason.setFocus()
            return
        self.accept()

    def reason_text(self) -> str:
        return self.reason.text().strip()
