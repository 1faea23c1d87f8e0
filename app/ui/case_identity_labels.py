"""Translatable names of the identity and investigation codes and fields (issue 14); values shown by name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import identity as idn
from app.ui import clock
from app.ui.labels import label, list_separator, ui_language

CONTEXT = "CaseIdentity"
_CODES = {
    "son_of": QT_TRANSLATE_NOOP("CaseIdentity", "son of (s/o)"),
    "daughter_of": QT_TRANSLATE_NOOP("CaseIdentity", "daughter of (d/o)"),
    "wife_of": QT_TRANSLATE_NOOP("CaseIdentity", "wife of (w/o)"),
    "single": QT_TRANSLATE_NOOP("CaseIdentity", "Single"),
    "married": QT_TRANSLATE_NOOP("CaseIdentity", "Married"),
    "widowed": QT_TRANSLATE_NOOP("CaseIdentity", "Widowed"),
    "divorced": QT_TRANSLATE_NOOP("CaseIdentity", "Divorced"),
    "separated": QT_TRANSLATE_NOOP("CaseIdentity", "Separated"),
    "unknown": QT_TRANSLATE_NOOP("CaseIdentity", "Not known"),
    "other": QT_TRANSLATE_NOOP("CaseIdentity", "Other"),
    "spouse": QT_TRANSLATE_NOOP("CaseIdentity", "Spouse"),
    "parent": QT_TRANSLATE_NOOP("CaseIdentity", "Parent"),
    "child": QT_TRANSLATE_NOOP("CaseIdentity", "Child"),
    "relative": QT_TRANSLATE_NOOP("CaseIdentity", "Relative"),
    "travel_companion": QT_TRANSLATE_NOOP("CaseIdentity", "Travel companion"),
    "agent": QT_TRANSLATE_NOOP("CaseIdentity", "Agent"),
    "driver": QT_TRANSLATE_NOOP("CaseIdentity", "Driver"),
}
FIELD_NAMES = {
    "person.given_name": QT_TRANSLATE_NOOP("CaseIdentity", "Given name"),
    "person.family_name": QT_TRANSLATE_NOOP("CaseIdentity", "Family name"),
    "person.name_native": QT_TRANSLATE_NOOP("CaseIdentity", "Name (Urdu script)"),
    "person.sex": QT_TRANSLATE_NOOP("CaseIdentity", "Sex"),
    "person.date_of_birth": QT_TRANSLATE_NOOP("CaseIdentity", "Date of birth"),
    "person.estimated_age": QT_TRANSLATE_NOOP("CaseIdentity", "Estimated age"),
    "person.possible_child": QT_TRANSLATE_NOOP("CaseIdentity", "Possibly a child"),
    "person.nationality": QT_TRANSLATE_NOOP("CaseIdentity", "Nationality"),
    "person.languages": QT_TRANSLATE_NOOP("CaseIdentity", "Languages"),
    "identity.relation": QT_TRANSLATE_NOOP("CaseIdentity", "Relation"),
    "identity.relation_name": QT_TRANSLATE_NOOP("CaseIdentity", "Father's or husband's name"),
    "identity.relation_name_native": QT_TRANSLATE_NOOP("CaseIdentity", "Father's or husband's name (Urdu script)"),
    "identity.origin_province": QT_TRANSLATE_NOOP("CaseIdentity", "Province of origin"),
    "identity.origin_district": QT_TRANSLATE_NOOP("CaseIdentity", "District of origin"),
    "identity.origin_country": QT_TRANSLATE_NOOP("CaseIdentity", "Country of origin abroad"),
    "identity.origin_place": QT_TRANSLATE_NOOP("CaseIdentity", "Town or village abroad"),
    "identity.phone": QT_TRANSLATE_NOOP("CaseIdentity", "Contact telephone"),
    "identity.marital_status": QT_TRANSLATE_NOOP("CaseIdentity", "Marital status"),
    "encounter.date": QT_TRANSLATE_NOOP("CaseIdentity", "Date of the encounter"),
    "encounter.place": QT_TRANSLATE_NOOP("CaseIdentity", "Place of the encounter"),
    "encounter.circumstance": QT_TRANSLATE_NOOP("CaseIdentity", "Circumstance"),
    "encounter.notes": QT_TRANSLATE_NOOP("CaseIdentity", "Notes on the encounter"),
    "investigation.detained": QT_TRANSLATE_NOOP("CaseIdentity", "Detained"),
    "investigation.detained_since": QT_TRANSLATE_NOOP("CaseIdentity", "Detained since"),
    "investigation.detention_law": QT_TRANSLATE_NOOP("CaseIdentity", "Law of detention"),
    "investigation.fir_number": QT_TRANSLATE_NOOP("CaseIdentity", "FIR or enquiry number"),
    "investigation.law_sections": QT_TRANSLATE_NOOP("CaseIdentity", "Sections that apply"),
    "investigation.non_punishment": QT_TRANSLATE_NOOP("CaseIdentity", "Non-punishment recommended"),
    "investigation.non_punishment_reason": QT_TRANSLATE_NOOP("CaseIdentity", "Reason for non-punishment"),
    "investigation.exploitation_type": QT_TRANSLATE_NOOP("CaseIdentity", "Type of exploitation"),
    "investigation.exploitation_country": QT_TRANSLATE_NOOP("CaseIdentity", "Country of exploitation"),
    "investigation.exploitation_city": QT_TRANSLATE_NOOP("CaseIdentity", "City of exploitation"),
    "investigation.route": QT_TRANSLATE_NOOP("CaseIdentity", "Route"),
    "investigation.recruiter_relation": QT_TRANSLATE_NOOP("CaseIdentity", "Recruiter's relation"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def code_label(code: str | None) -> str:
    text = _CODES.get(code or "")
    return _t(text) if text else label(code)


def field_label(name: str) -> str:
    text = FIELD_NAMES.get(name)
    return _t(text) if text else name


def value_text(name: str, value: Any, vocab: idn.Vocabulary) -> str:
    """A recorded value as a reader sees it: names for codes, yes/no, local dates; never a bare code."""
    lang = ui_language()
    if value in (None, "", [], ()):
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("CaseIdentity", "Yes") if value
                else QCoreApplication.translate("CaseIdentity", "No"))
    lists: dict[str, dict[str, idn.Named]] = {
        "person.nationality": vocab.countries, "identity.origin_country": vocab.countries,
        "investigation.exploitation_country": vocab.countries, "identity.origin_province": vocab.provinces,
        "identity.origin_district": vocab.districts, "investigation.detention_law": vocab.detention_laws,
        "investigation.law_sections": vocab.sections, "investigation.exploitation_type": vocab.exploitation_types,
    }
    if name in lists:
        table = lists[name]
        items = value if isinstance(value, list) else [value]
        return list_separator().join(table[v].label(lang) if v in table else str(v) for v in items)
    if name == "person.languages":
        return list_separator().join(next((n.label(lang) for n in idn.languages() if n.code == v), v) for v in value)
    if name == "investigation.recruiter_relation":
        item = vocab.recruiter_relations.get(str(value))
        return item.label(lang) if item else str(value)
    if name in ("identity.relation", "identity.marital_status"):
        return code_label(str(value))
    if name in ("person.sex", "encounter.circumstance"):
        return label(str(value))
    return clock.when(str(value)) if name.endswith("date") or name.endswith("since") else str(value)
