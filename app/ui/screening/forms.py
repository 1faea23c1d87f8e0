"""Form pages of the interview: encounter, person, possible existing record, choice of indicator lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.domain.picklists import (
    CIRCUMSTANCES,
    DOCUMENT_TYPES,
    INTERVIEWER_GENDERS,
    OFFICER_PREFERENCES,
    SEXES,
)
from app.services.screening_flow import Page
from app.services.screening_flow.flow import INTERVIEW_LANGUAGES
from app.ui.screening.base import StepPage, text_in
from app.ui.screening.texts import label


def combo(codes: tuple[str, ...] | list[str], current: Any, *, name: str) -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    box.setAccessibleName(name)
    return box


def _optional(codes: tuple[str, ...], current: Any, *, name: str, empty: str) -> QComboBox:
    """A choice that may be left unrecorded (its first item)."""
    box = combo(("", *codes), current or "", name=name)
    box.setItemText(0, empty)
    return box


def line(text: Any, *, name: str, rtl: bool = False) -> QLineEdit:
    edit = QLineEdit("" if text is None else str(text))
    edit.setAccessibleName(name)
    if rtl:
        edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return edit


class FormPage(StepPage):
    """A page laid out as labelled rows; every control reports edits."""

    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.box.addLayout(self.form)
        self.box.addStretch(1)

    def add(self, key: str, caption: str, widget: QWidget) -> QWidget:
        self.form.addRow(caption, widget)
        self.fields[key] = widget
        for signal in ("textChanged", "currentIndexChanged", "toggled", "dateChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self.edited.emit())
                break
        return widget


class EncounterPage(FormPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        v = page.values
        self.date = QDateEdit(QDate.fromString(v.get("date") or "", "yyyy-MM-dd"))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 2026-11-28 reads the same in Urdu
        self.date.setAccessibleName(self.tr("Date of the encounter"))
        self.add("date", self.tr("&Date"), self.date)
        self.place = self.add("place", self.tr("&Place"), line(v.get("place"), name=self.tr("Place")))
        self.place.setPlaceholderText(self.tr("e.g. Islamabad airport, departures"))
        self.circumstance = self.add("circumstance", self.tr("&How the person was met"),
                                     combo(CIRCUMSTANCES, v.get("circumstance"), name=self.tr("How the person was met")))
        self.language_box = self.add("interview_language", self.tr("Interview &language"),
                                     combo(INTERVIEW_LANGUAGES, v.get("interview_language", ""),
                                           name=self.tr("Interview language")))
        self.interpreter = self.add("interpreter", self.tr("&Interpreter (if any)"),
                                    line(v.get("interpreter"), name=self.tr("Interpreter")))
        self.gender = self.add("interviewer_gender", self.tr("Interviewing officer is a &woman or a man"),
                               _optional(INTERVIEWER_GENDERS, v.get("interviewer_gender"),
                                         name=self.tr("Interviewing officer's gender"), empty=self.tr("(not recorded)")))
        self.preference = self.add("officer_preference", self.tr("The person asked to be interviewed &by"),
                                   _optional(OFFICER_PREFERENCES, v.get("officer_preference"),
                                             name=self.tr("Whom the person asked to be interviewed by"),
                                             empty=self.tr("(not asked)")))
        self.notes = QPlainTextEdit(v.get("notes") or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes about the encounter"))
        self.notes.setMaximumHeight(90)
        self.add("notes", self.tr("N&otes"), self.notes)
        self.wish = self.note(self.tr("The person asked for an officer of the other gender: hand the interview to "
                                      "such an officer if at all possible, or write in the notes why not."),
                              kind="warning")
        self.wish.setObjectName("officer_wish_warning")
        for box in (self.gender, self.preference):
            box.currentIndexChanged.connect(self.on_interviewer_changed)
        self.on_interviewer_changed()

    def on_interviewer_changed(self, *_args: Any) -> None:
        asked = {"woman": "female", "man": "male"}.get(self.preference.currentData() or "")
        given = self.gender.currentData() or ""
        self.wish.setVisible(bool(asked and given and asked != given))

    def values(self) -> dict[str, Any]:
        return {"date": self.date.date().toString("yyyy-MM-dd"), "place": self.place.text(),
                "circumstance": self.circumstance.currentData(), "interview_language": self.language_box.currentData(),
                "interpreter": self.interpreter.text(), "notes": self.notes.toPlainText(),
                "interviewer_gender": self.gender.currentData() or "",
                "officer_preference": self.preference.currentData() or ""}


class PersonPage(FormPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        v = page.values
        self.given = self.add("given_name", self.tr("&Given name"), line(v.get("given_name"), name=self.tr("Given name")))
        self.family = self.add("family_name", self.tr("Famil&y name"),
                               line(v.get("family_name"), name=self.tr("Family name")))
        self.native = self.add("name_native", self.tr("Name in &Urdu script"),
                               line(v.get("name_native"), name=self.tr("Name in Urdu script"), rtl=True))
        self.aliases = self.add("aliases", self.tr("Other names (&comma between)"),
                                line(", ".join(v.get("aliases") or []), name=self.tr("Other names")))
        self.sex = self.add("sex", self.tr("&Sex"), combo(SEXES, v.get("sex") or "unknown", name=self.tr("Sex")))
        self.dob = self.add("date_of_birth", self.tr("Date of b&irth"),
                            line(v.get("date_of_birth"), name=self.tr("Date of birth")))
        self.dob.setPlaceholderText(self.tr("year-month-day, if known"))
        self.age = self.add("estimated_age", self.tr("Estimated &age"),
                            line(v.get("estimated_age"), name=self.tr("Estimated age in years")))
        self.age.setPlaceholderText(self.tr("years, when there is no date of birth"))
        self.child = QCheckBox(self.tr("May be under 18 (age uncertain): treat as a child"))
        self.child.setChecked(bool(v.get("possible_child")))
        self.add("possible_child", "", self.child)
        self.nationality = self.add("nationality", self.tr("Nationali&ty (country code)"),
                                    line(v.get("nationality"), name=self.tr("Nationality")))
        self.languages = self.add("languages", self.tr("Lan&guages spoken (codes)"),
                                  line(", ".join(v.get("languages") or []), name=self.tr("Languages spoken")))
        self._document(v.get("documents") or [])

    def _document(self, documents: list[dict[str, Any]]) -> None:
        first = documents[0] if documents else {}
        self.extra_documents = documents[1:]
        self.doc_type = self.add("documents[0].type", self.tr("&Document"),
                                 combo(DOCUMENT_TYPES, first.get("type") or "passport", name=self.tr("Document type")))
        self.doc_number = self.add("documents[0].number", self.tr("Document nu&mber"),
                                   line(first.get("number"), name=self.tr("Document number")))
        self.doc_country = self.add("documents[0].issuing_country", self.tr("Issued by (country code)"),
                                    line(first.get("issuing_country"), name=self.tr("Document issued by")))

        for edit in (self.dob, self.age, self.nationality, self.languages, self.doc_number, self.doc_country):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # codes, digits and dates keep their order

    def values(self) -> dict[str, Any]:
        docs = list(self.extra_documents)
        if self.doc_number.text().strip():
            docs.insert(0, {"type": self.doc_type.currentData(), "number": self.doc_number.text(),
                            "issuing_country": self.doc_country.text().strip() or None})
        return {"given_name": self.given.text(), "family_name": self.family.text(), "name_native": self.native.text(),
                "aliases": [a for a in self.aliases.text().split(",") if a.strip()], "sex": self.sex.currentData(),
                "date_of_birth": self.dob.text().strip() or None, "estimated_age": self.age.text().strip() or None,
                "possible_child": self.child.isChecked(), "nationality": self.nationality.text().strip() or None,
                "languages": self.languages.text(), "documents": docs}


FIELD_NAMES = {"document": QT_TRANSLATE_NOOP("MatchPage", "Document number"),
               "name": QT_TRANSLATE_NOOP("MatchPage", "Name"),
               "name_native": QT_TRANSLATE_NOOP("MatchPage", "Name in Urdu script"),
               "alias": QT_TRANSLATE_NOOP("MatchPage", "Other name"),
               "name_script": QT_TRANSLATE_NOOP("MatchPage", "Name in the other script"),
               "name_partial": QT_TRANSLATE_NOOP("MatchPage", "Name with a family or tribal name more or less"),
               "father_name": QT_TRANSLATE_NOOP("MatchPage", "Father's or husband's name"),
               "date_of_birth": QT_TRANSLATE_NOOP("MatchPage", "Date of birth"),
               "age": QT_TRANSLATE_NOOP("MatchPage", "Age"), "nationality": QT_TRANSLATE_NOOP("MatchPage", "Nationality"),
               "sex": QT_TRANSLATE_NOOP("MatchPage", "Sex")}


class MatchPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.note(self.tr("These records may be the same person. Compare them with the person in front of you; "
                          "link the interview to a record, or confirm that this is a new person."), kind="warning")
        self.group = QButtonGroup(self)
        self.choices: dict[QRadioButton, str | None] = {}
        chosen = page.values.get("case_id")
        for c in page.info["candidates"]:
            text = self.tr("Same person as %1 (%2) — matched: %3").replace("%1", c["reference"]).replace(
                "%2", c["display_name"]).replace("%3", ", ".join(self._field(f) for f in c["matched"]))
            if c.get("conflicts"):
                text += " — " + self.tr("differs: %1").replace("%1", ", ".join(self._field(f) for f in c["conflicts"]))
            self._choice(text, c["case_id"], checked=chosen == c["case_id"])
        self._choice(self.tr("A ne&w person: none of these records"), None,
                     checked=page.values.get("decision") == "new")
        self.fields["decision"] = next(iter(self.choices))
        self.box.addStretch(1)

    def _field(self, code: str) -> str:
        return QCoreApplication.translate("MatchPage", FIELD_NAMES[code]) if code in FIELD_NAMES else code

    def _choice(self, text: str, case_id: str | None, *, checked: bool) -> None:
        button = QRadioButton(text)
        button.setChecked(checked)
        button.setAccessibleName(text.replace("&", ""))
        button.toggled.connect(lambda *_: self.edited.emit())
        self.group.addButton(button)
        self.choices[button] = case_id
        self.box.addWidget(button)

    def values(self) -> dict[str, Any]:
        for button, case_id in self.choices.items():
            if button.isChecked():
                return {"decision": "new"} if case_id is None else {"decision": "link", "case_id": case_id}
        return {}


class ListsPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        info = page.info
        if info["recommended"]:
            self.note(self.tr("The pre-screen recommends a full screening interview:"), kind="warning")
            for reason in info["reasons"]:
                self.note("• " + text_in(reason, language))
        else:
            self.note(self.tr("The pre-screen found no reason for a full screening. You may still screen."))
        self.heading(self.tr("Screen for these kinds of exploitation (one or more):"))
        self.checks: dict[str, QCheckBox] = {}
        for item in info["lists"]:
            text = text_in(item["title"], language)
            if item["provisional"]:
                text += "  " + self.tr("[provisional]")
            check = QCheckBox(text)
            check.setAccessibleName(text)
            check.setChecked(item["id"] in page.values.get("instruments", []))
            check.toggled.connect(lambda *_: self.edited.emit())
            self.checks[item["id"]] = check
            self.box.addWidget(check)
        self.fields["instruments"] = next(iter(self.checks.values()))
        self.heading(self.tr("How the indicators are recorded:"))
        self.ask = QRadioButton(self.tr("Ask the questions one by one (each question once, whatever the lists)"))
        self.coding = QRadioButton(self.tr("Officer's coding: after a free narrative interview, tick the indicators "
                                           "found, each with its source"))
        self.mode_group = QButtonGroup(self)
        for button in (self.ask, self.coding):
            button.setAccessibleName(button.text())
            self.mode_group.addButton(button)
            button.toggled.connect(lambda *_: self.edited.emit())
            self.box.addWidget(button)
        (self.coding if page.values.get("mode") == "coding" else self.ask).setChecked(True)
        self.fields["mode"] = self.ask
        self.box.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {"instruments": [i for i, c in self.checks.items() if c.isChecked()],
                "mode": "coding" if self.coding.isChecked() else "questions"}
