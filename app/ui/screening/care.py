"""Consent, needs and referral pages: per purpose and recipient, guardian for a child, suggested services."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import (
    CONSENT_METHODS,
    DATA_CATEGORIES,
    GUARDIAN_RELATIONSHIPS,
    INVOLVEMENT_ANSWERS,
    NEEDS,
    SERVICES,
    URGENCIES,
)
from app.services.screening_flow import Page
from app.services.screening_flow.care import guardian_warning
from app.ui.labels import org_choice
from app.ui.screening.base import StepPage
from app.ui.screening.forms import combo, line
from app.ui.screening.texts import label

CENTRAL = ""  # the central office as a recipient (recipient_id None)


def _org_name(org: dict[str, Any], language: str) -> str:
    return (org.get("name_ur") if language == "ur" else "") or org["name"]


class RecipientBox(QGroupBox):
    """Referral and data-sharing consent for one recipient, with the categories of data it may receive."""

    def __init__(self, title: str, recipient: str, *, referral: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.recipient = recipient
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        self.referral = QCheckBox(self.tr("Consents to be &referred here"))
        self.referral.setAccessibleName(self.tr("Referral consent: %1").replace("%1", title))
        self.referral.setVisible(referral)
        self.sharing = QCheckBox(self.tr("Consents to &share data"))
        self.sharing.setAccessibleName(self.tr("Data sharing consent: %1").replace("%1", title))
        row.addWidget(self.referral)
        row.addWidget(self.sharing)
        row.addStretch(1)
        box.addLayout(row)
        cats = QGridLayout()
        self.categories = {c: QCheckBox(label(c)) for c in DATA_CATEGORIES}
        for n, check in enumerate(self.categories.values()):
            cats.addWidget(check, n // 3, n % 3)
        box.addLayout(cats)


class ConsentPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        info, consents = page.info, page.values.get("consents", [])
        first = consents[0] if consents else {}
        if info["child"]:
            self.note(self.tr("The person is a child: a guardian or child-protection officer must take part "
                              "in every consent."), kind="child")
        self.note(self.tr("Explain each purpose in the person's language. Record only what the person agrees to; "
                          "they may refuse any part."))
        form = QFormLayout()
        self.method = combo(CONSENT_METHODS, first.get("method", "verbal"), name=self.tr("How consent was given"))
        self.interpreter = line(first.get("interpreter") or info.get("interpreter"), name=self.tr("Interpreter"))
        self.witness = line(first.get("witness"), name=self.tr("Witness"))
        self.guardian = line(first.get("guardian"), name=self.tr("Guardian"))
        for key, caption, widget in (("method", self.tr("&Method"), self.method),
                                     ("interpreter", self.tr("&Interpreter"), self.interpreter),
                                     ("witness", self.tr("&Witness (needed for verbal consent)"), self.witness),
                                     ("guardian", self.tr("&Guardian (needed for a child)"), self.guardian)):
            form.addRow(caption, widget)
            self.fields[key] = widget
        self.box.addLayout(form)
        self.guardian_form(page.values, child=info["child"])
        self.assistance = QCheckBox(self.tr("Consents to &assistance from the post and the central office"))
        self.box.addWidget(self.assistance)
        self.fields["consents"] = self.assistance
        self.recipients: dict[str, RecipientBox] = {}
        orgs = {o["id"]: o for o in info["organisations"]}
        self._recipient(CENTRAL, self.tr("Central office"), referral=False)
        shown = list(info.get("likely_recipients", [])) + [c["recipient_id"] for c in consents if c["recipient_id"]]
        for org_id in dict.fromkeys(shown):
            if org_id in orgs:
                self._recipient(org_id, _org_name(orgs[org_id], language), referral=True)
        self._adder(orgs)
        self.declined = QCheckBox(self.tr("The person &declined consent"))
        self.box.addWidget(self.declined)
        self.fields["declined"] = self.declined
        self._load(page.values)
        self.box.addStretch(1)

    def guardian_form(self, values: dict[str, Any], *, child: bool) -> None:
        """A child's guardian: how related, and could they be involved in the exploitation (warns at once)."""
        form = QFormLayout()
        self.relationship = combo(("", *GUARDIAN_RELATIONSHIPS), values.get("guardian_relationship") or "",
                                  name=self.tr("How the guardian is related to the child"))
        self.relationship.setItemText(0, self.tr("(choose)"))
        self.involved = combo(("", *INVOLVEMENT_ANSWERS), values.get("guardian_involved") or "",
                              name=self.tr("Could the guardian be involved in the exploitation?"))
        self.involved.setItemText(0, self.tr("(choose)"))
        form.addRow(self.tr("Guardian's &relationship"), self.relationship)
        form.addRow(self.tr("Could this person be in&volved in the exploitation?"), self.involved)
        self.fields.update({"guardian_relationship": self.relationship, "guardian_involved": self.involved})
        self.guardian_box = QWidget()
        self.guardian_box.setLayout(form)
        self.guardian_box.setVisible(child)
        self.box.addWidget(self.guardian_box)
        self.involved_warning = self.note(self.tr(
            "This guardian could be involved in the exploitation. Do not let them speak for the child: ask a "
            "child-protection officer to take the guardian's part, and record that officer instead."),
            kind="warning")
        self.involved_warning.setObjectName("guardian_warning")
        for box in (self.relationship, self.involved):
            box.currentIndexChanged.connect(self.on_guardian_changed)
        self.on_guardian_changed()

    def on_guardian_changed(self, *_args: Any) -> None:
        self.involved_warning.setVisible(self.guardian_box.isVisibleTo(self)
                                         and guardian_warning(self.involved.currentData()))
        self.edited.emit()

    def _recipient(self, recipient: str, title: str, *, referral: bool) -> None:
        box = RecipientBox(title, recipient, referral=referral, parent=self)
        for check in (box.referral, box.sharing, *box.categories.values()):
            check.toggled.connect(lambda *_: self.edited.emit())
        self.recipients[recipient] = box
        self.box.addWidget(box)

    def _adder(self, orgs: dict[str, dict[str, Any]]) -> None:
        row = QHBoxLayout()
        self.other = QComboBox()
        self.other.setAccessibleName(self.tr("Another organisation"))
        for org_id, org in orgs.items():
            self.other.addItem(_org_name(org, self.language), org_id)
        add = QPushButton(self.tr("Add &organisation"))
        add.clicked.connect(self.on_add_clicked)
        row.addWidget(self.other, 1)
        row.addWidget(add)
        self.box.addLayout(row)
        self._orgs = orgs

    def on_add_clicked(self) -> None:
        org_id = self.other.currentData()
        if org_id and org_id not in self.recipients:
            self._recipient(org_id, _org_name(self._orgs[org_id], self.language), referral=True)
            self.box.removeWidget(self.recipients[org_id])
            box = self.recipients[org_id]
            self.box.insertWidget(self.box.indexOf(self.declined), box)
            QWidget.setTabOrder(self.other, box.referral)  # Tab from the organisation list into the new box
            box.referral.setFocus()

    def _load(self, values: dict[str, Any]) -> None:
        self.declined.setChecked(bool(values.get("declined")))
        for c in values.get("consents", []):
            box = self.recipients.get(c["recipient_id"] or CENTRAL)
            if c["purpose"] == "assistance":
                self.assistance.setChecked(True)
            elif box is not None:
                (box.referral if c["purpose"] == "referral" else box.sharing).setChecked(True)
                for cat in c.get("data_categories", []):
                    box.categories[cat].setChecked(True)

    def focus_path(self, path: str) -> None:
        field = path.rpartition(".")[2]
        if field in self.fields:
            self.fields[field].setFocus()
            return
        super().focus_path(path)

    def values(self) -> dict[str, Any]:
        common = {"method": self.method.currentData(), "interpreter": self.interpreter.text(),
                  "witness": self.witness.text(), "guardian": self.guardian.text()}
        out = [{**common, "purpose": "assistance", "recipient_id": None}] if self.assistance.isChecked() else []
        for recipient, box in self.recipients.items():
            cats = [c for c, check in box.categories.items() if check.isChecked()]
            who = recipient or None
            if box.referral.isChecked():
                out.append({**common, "purpose": "referral", "recipient_id": who, "data_categories": cats})
            if box.sharing.isChecked():
                out.append({**common, "purpose": "data_sharing", "recipient_id": who, "data_categories": cats})
        return {"declined": self.declined.isChecked(), "consents": out,
                "guardian_relationship": self.relationship.currentData() or None,
                "guardian_involved": self.involved.currentData() or None}


class NeedsPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        self.note(self.tr("Needs marked 'suggested' come from the vulnerability answers; untick any that do not apply."))
        saved = {n["code"]: n.get("note", "") for n in page.values.get("needs", [])}
        suggested = set(page.info.get("suggested", []))
        form = QFormLayout()
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for code in NEEDS:
            text = label(code) + ("  " + self.tr("(suggested)") if code in suggested else "")
            check = QCheckBox(text)
            check.setChecked(code in saved)
            note = line(saved.get(code, ""), name=self.tr("Note on %1").replace("%1", label(code)))
            note.setPlaceholderText(self.tr("note (optional)"))
            for signal in (check.toggled, note.textChanged):
                signal.connect(lambda *_: self.edited.emit())
            form.addRow(check, note)
            self.rows[code] = (check, note)
            self.fields[f"needs.{code}"] = check
        self.fields["needs"] = self.rows[NEEDS[0]][0]
        self.box.addLayout(form)
        self.box.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {"needs": [{"code": c, "note": n.text()} for c, (check, n) in self.rows.items() if check.isChecked()]}


class ReferralBox(QGroupBox):
    def __init__(self, orgs: dict[str, dict[str, Any]], draft: dict[str, Any], *, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orgs = orgs
        form = QFormLayout(self)
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        self.org.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.org.setMinimumContentsLength(40)  # area and services must not widen the page
        for org_id, org in orgs.items():
            self.org.addItem(org_choice(_org_name(org, language), org.get("area", ""), org.get("services", ())), org_id)
        self.org.setCurrentIndex(max(self.org.findData(draft.get("provider_id")), 0))
        form.addRow(self.tr("Organisation"), self.org)
        services = QGridLayout()
        self.services = {s: QCheckBox(label(s)) for s in SERVICES}
        for n, (code, check) in enumerate(self.services.items()):
            check.setChecked(code in draft.get("services", []))
            services.addWidget(check, n // 3, n % 3)
        form.addRow(self.tr("Services"), services)
        self.urgency = combo(URGENCIES, draft.get("urgency", "routine"), name=self.tr("Urgency"))
        form.addRow(self.tr("Urgency"), self.urgency)
        self.reason = line(draft.get("reason"), name=self.tr("Reason for the referral"))
        form.addRow(self.tr("Reason"), self.reason)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #a4262c; }")
        form.addRow(self.warning)
        self.remove = QPushButton(self.tr("Remove this referral"))
        form.addRow(self.remove)
        self.org.currentIndexChanged.connect(self.on_org_changed)
        self.on_org_changed()

    def on_org_changed(self, *_: Any) -> None:
        offered = set(self.orgs.get(self.org.currentData(), {}).get("services", []))
        for code, check in self.services.items():
            check.setEnabled(code in offered)
            if code not in offered:
                check.setChecked(False)

    def value(self) -> dict[str, Any]:
        return {"provider_id": self.org.currentData(), "urgency": self.urgency.currentData(),
                "services": [s for s, c in self.services.items() if c.isChecked()], "reason": self.reason.text()}


class ReferralsPage(StepPage):
    def __init__(self, page: Page, language: str, parent: QWidget | None = None) -> None:
        super().__init__(page, language, parent)
        info = page.info
        self.orgs = {o["id"]: o for o in info["organisations"]}
        self.consented = set(info.get("consented_recipients", []))
        wanted = ", ".join(label(s) for s in info.get("suggested_services", []))
        self.note(self.tr("Services suggested from the needs and the vulnerability answers: %1").replace(
            "%1", wanted or self.tr("none")))
        self.rows: list[ReferralBox] = []
        self.holder = QVBoxLayout()
        self.box.addLayout(self.holder)
        add = QPushButton(self.tr("&Add a referral"))
        add.clicked.connect(lambda: self._add({}).org.setFocus())
        self.box.addWidget(add)
        self.fields["referrals"] = add
        for draft in page.values.get("referrals", []):
            self._add(draft)
        self.box.addStretch(1)

    def _add(self, draft: dict[str, Any]) -> ReferralBox:
        box = ReferralBox(self.orgs, draft, language=self.language, parent=self)
        box.remove.clicked.connect(lambda: self._remove(box))
        for signal in (box.org.currentIndexChanged, box.urgency.currentIndexChanged, box.reason.textChanged,
                       *(c.toggled for c in box.services.values())):
            signal.connect(lambda *_: self._changed())
        self.rows.append(box)
        self.holder.addWidget(box)
        self._renumber()
        return box

    def _remove(self, box: ReferralBox) -> None:
        self.rows.remove(box)
        box.setParent(None)
        box.deleteLater()
        self._changed()

    def _changed(self) -> None:
        self._renumber()
        self.edited.emit()

    def _renumber(self) -> None:
        for n, box in enumerate(self.rows):
            box.setTitle(self.tr("Referral %1").replace("%1", str(n + 1)))
            missing = box.org.currentData() not in self.consented
            box.warning.setText(self.tr("No referral consent is recorded for this organisation: a supervisor "
                                        "cannot approve it without an override.") if missing else "")
            box.warning.setVisible(missing)
            for key, widget in (("provider_id", box.org), ("services", next(iter(box.services.values()))),
                                ("urgency", box.urgency), ("reason", box.reason)):
                self.fields[f"referrals[{n}].{key}"] = widget

    def values(self) -> dict[str, Any]:
        return {"referrals": [box.value() for box in self.rows]}
