"""Translatable labels the interview needs beyond app.ui.labels, and its validation messages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui import labels

_LABELS = {
    "identity": QT_TRANSLATE_NOOP("ScreeningLabels", "Identity"),
    "contact": QT_TRANSLATE_NOOP("ScreeningLabels", "Contact details"),
    "health": QT_TRANSLATE_NOOP("ScreeningLabels", "Health"),
    "screening": QT_TRANSLATE_NOOP("ScreeningLabels", "Screening"),
    "family": QT_TRANSLATE_NOOP("ScreeningLabels", "Family"),
    "circumstances": QT_TRANSLATE_NOOP("ScreeningLabels", "Circumstances"),
    "documents": QT_TRANSLATE_NOOP("ScreeningLabels", "Documents"),
    "passport": QT_TRANSLATE_NOOP("ScreeningLabels", "Passport"),
    "national_id": QT_TRANSLATE_NOOP("ScreeningLabels", "National identity card"),
    "cnic": QT_TRANSLATE_NOOP("ScreeningLabels", "CNIC"),
    "por_card": QT_TRANSLATE_NOOP("ScreeningLabels", "PoR card"),
    "birth_certificate": QT_TRANSLATE_NOOP("ScreeningLabels", "Birth certificate"),
    "visa": QT_TRANSLATE_NOOP("ScreeningLabels", "Visa"),
    "psychosocial": QT_TRANSLATE_NOOP("ScreeningLabels", "Psychosocial support"),
    "legal_aid": QT_TRANSLATE_NOOP("ScreeningLabels", "Legal aid"),
    "interpretation": QT_TRANSLATE_NOOP("ScreeningLabels", "Interpretation"),
    "family_tracing": QT_TRANSLATE_NOOP("ScreeningLabels", "Family tracing"),
    "return_reintegration": QT_TRANSLATE_NOOP("ScreeningLabels", "Return and reintegration"),
    "child_protection": QT_TRANSLATE_NOOP("ScreeningLabels", "Child protection"),
    "shelter": QT_TRANSLATE_NOOP("ScreeningLabels", "Shelter"),
    "medical_care": QT_TRANSLATE_NOOP("ScreeningLabels", "Medical care"),
    "medical_emergency": QT_TRANSLATE_NOOP("ScreeningLabels", "Medical emergency"),
    "food_clothing": QT_TRANSLATE_NOOP("ScreeningLabels", "Food and clothing"),
    "safety": QT_TRANSLATE_NOOP("ScreeningLabels", "Safety"),
    "central_office": QT_TRANSLATE_NOOP("ScreeningLabels", "Central office"),
    "": QT_TRANSLATE_NOOP("ScreeningLabels", "Same as the interface"),
    "en": QT_TRANSLATE_NOOP("ScreeningLabels", "English"),
    "ur": QT_TRANSLATE_NOOP("ScreeningLabels", "Urdu"),
    "ps": QT_TRANSLATE_NOOP("ScreeningLabels", "Pashto"),
    "fa": QT_TRANSLATE_NOOP("ScreeningLabels", "Dari"),
    "individual": QT_TRANSLATE_NOOP("ScreeningLabels", "Individual factors"),
    "household": QT_TRANSLATE_NOOP("ScreeningLabels", "Household and family"),
    "community": QT_TRANSLATE_NOOP("ScreeningLabels", "Community"),
    "structural": QT_TRANSLATE_NOOP("ScreeningLabels", "Structural factors"),
    "smuggling": QT_TRANSLATE_NOOP("ScreeningLabels", "The journey"),
    "immediate": QT_TRANSLATE_NOOP("ScreeningLabels", "Immediate needs and risks"),
    "presumed_victim_trafficking": QT_TRANSLATE_NOOP("ScreeningLabels", "Presumed victim of trafficking"),
    "smuggled_migrant_vulnerable": QT_TRANSLATE_NOOP("ScreeningLabels", "Smuggled migrant in a vulnerable situation"),
    "vulnerable_migrant": QT_TRANSLATE_NOOP("ScreeningLabels", "Vulnerable migrant"),
    "no_protection_concern": QT_TRANSLATE_NOOP("ScreeningLabels", "No protection concern identified"),
    "inconclusive": QT_TRANSLATE_NOOP("ScreeningLabels", "Inconclusive: further interview needed"),
    "assistance": QT_TRANSLATE_NOOP("ScreeningLabels", "Assistance"),
    "referral": QT_TRANSLATE_NOOP("ScreeningLabels", "Referral"),
    "data_sharing": QT_TRANSLATE_NOOP("ScreeningLabels", "Data sharing"),
    "written": QT_TRANSLATE_NOOP("ScreeningLabels", "Written"),
    "verbal": QT_TRANSLATE_NOOP("ScreeningLabels", "Verbal"),
    "strong": QT_TRANSLATE_NOOP("ScreeningLabels", "strong"),
    "medium": QT_TRANSLATE_NOOP("ScreeningLabels", "medium"),
    "weak": QT_TRANSLATE_NOOP("ScreeningLabels", "weak"),
    "adult": QT_TRANSLATE_NOOP("ScreeningLabels", "Adult rule"),
    "child": QT_TRANSLATE_NOOP("ScreeningLabels", "Child rule"),
    "child_by_possible_child_flag": QT_TRANSLATE_NOOP("ScreeningLabels", "Child rule (possibly a child)"),
    "interception": QT_TRANSLATE_NOOP("ScreeningLabels", "Interception"),
    "detention": QT_TRANSLATE_NOOP("ScreeningLabels", "Detention"),
    "raid": QT_TRANSLATE_NOOP("ScreeningLabels", "Raid"),
    "self_referral": QT_TRANSLATE_NOOP("ScreeningLabels", "Self-referral"),
    "ngo_referral": QT_TRANSLATE_NOOP("ScreeningLabels", "Referral by an NGO"),
    "other": QT_TRANSLATE_NOOP("ScreeningLabels", "Other"),
    "female": QT_TRANSLATE_NOOP("ScreeningLabels", "Female"),
    "male": QT_TRANSLATE_NOOP("ScreeningLabels", "Male"),
    "transgender_nonconforming": QT_TRANSLATE_NOOP("ScreeningLabels", "Transgender or gender non-conforming"),
    "unknown": QT_TRANSLATE_NOOP("ScreeningLabels", "Unknown"),
    "routine": QT_TRANSLATE_NOOP("ScreeningLabels", "Routine"),
    "urgent": QT_TRANSLATE_NOOP("ScreeningLabels", "Urgent"),
    "emergency": QT_TRANSLATE_NOOP("ScreeningLabels", "Emergency"),
    "urgency_standard": QT_TRANSLATE_NOOP("ScreeningLabels", "standard"),
    "urgency_high": QT_TRANSLATE_NOOP("ScreeningLabels", "high"),
    "urgency_immediate": QT_TRANSLATE_NOOP("ScreeningLabels", "immediate"),
    "medical": QT_TRANSLATE_NOOP("ScreeningLabels", "Medical care"),
    "unaccompanied_child": QT_TRANSLATE_NOOP("ScreeningLabels", "Unaccompanied or separated child"),
    "pregnancy": QT_TRANSLATE_NOOP("ScreeningLabels", "Pregnancy or recent birth"),
    "disability": QT_TRANSLATE_NOOP("ScreeningLabels", "Disability or serious condition"),
    "safety_threat": QT_TRANSLATE_NOOP("ScreeningLabels", "In danger now"),
    "no_safe_accommodation": QT_TRANSLATE_NOOP("ScreeningLabels", "No safe place to stay tonight"),
    "severe_distress": QT_TRANSLATE_NOOP("ScreeningLabels", "Severe distress"),
    "interpreter_needed": QT_TRANSLATE_NOOP("ScreeningLabels", "Needs an interpreter"),
    "return_requested": QT_TRANSLATE_NOOP("ScreeningLabels", "Wishes to return home"),
    "yes": QT_TRANSLATE_NOOP("ScreeningLabels", "Yes"),
    "no": QT_TRANSLATE_NOOP("ScreeningLabels", "No"),
    "none": QT_TRANSLATE_NOOP("ScreeningLabels", "No preference"),
    "woman": QT_TRANSLATE_NOOP("ScreeningLabels", "A woman officer"),
    "man": QT_TRANSLATE_NOOP("ScreeningLabels", "A man officer"),
    "parent": QT_TRANSLATE_NOOP("ScreeningLabels", "Parent"),
    "other_relative": QT_TRANSLATE_NOOP("ScreeningLabels", "Other relative"),
    "legal_guardian": QT_TRANSLATE_NOOP("ScreeningLabels", "Legal guardian"),
    "child_protection_officer": QT_TRANSLATE_NOOP("ScreeningLabels", "Child-protection officer"),
    "distress": QT_TRANSLATE_NOOP("ScreeningLabels", "The person is distressed"),
    "person_asked": QT_TRANSLATE_NOOP("ScreeningLabels", "The person asked to stop"),
    "needs_psychologist": QT_TRANSLATE_NOOP("ScreeningLabels", "The person needs a psychologist first"),
}

DIMENSIONS = {
    "A": QT_TRANSLATE_NOOP("ScreeningLabels", "A. Deceptive recruitment"),
    "B": QT_TRANSLATE_NOOP("ScreeningLabels", "B. Coercive recruitment"),
    "C": QT_TRANSLATE_NOOP("ScreeningLabels", "C. Recruitment by abuse of vulnerability"),
    "D": QT_TRANSLATE_NOOP("ScreeningLabels", "D. Exploitation"),
    "E": QT_TRANSLATE_NOOP("ScreeningLabels", "E. Coercion at destination"),
    "F": QT_TRANSLATE_NOOP("ScreeningLabels", "F. Abuse of vulnerability at destination"),
}

# The dimensions' letters as the interface writes them (Urdu counts in the abjad order: الف، ب، ج، د، ہ، و).
LETTERS = {
    "A": QT_TRANSLATE_NOOP("DimensionLetters", "A"),
    "B": QT_TRANSLATE_NOOP("DimensionLetters", "B"),
    "C": QT_TRANSLATE_NOOP("DimensionLetters", "C"),
    "D": QT_TRANSLATE_NOOP("DimensionLetters", "D"),
    "E": QT_TRANSLATE_NOOP("DimensionLetters", "E"),
    "F": QT_TRANSLATE_NOOP("DimensionLetters", "F"),
}

STEP_TITLES = {
    "encounter": QT_TRANSLATE_NOOP("ScreeningLabels", "Encounter"),
    "person": QT_TRANSLATE_NOOP("ScreeningLabels", "The person"),
    "match": QT_TRANSLATE_NOOP("ScreeningLabels", "Possible existing record"),
    "prescreen": QT_TRANSLATE_NOOP("ScreeningLabels", "Quick pre-screen"),
    "lists": QT_TRANSLATE_NOOP("ScreeningLabels", "Indicator lists"),
    "indicators": QT_TRANSLATE_NOOP("ScreeningLabels", "Trafficking indicators"),
    "coding": QT_TRANSLATE_NOOP("ScreeningLabels", "Trafficking indicators: officer's coding"),
    "vulnerability": QT_TRANSLATE_NOOP("ScreeningLabels", "Vulnerability and immediate needs"),
    "act": QT_TRANSLATE_NOOP("ScreeningLabels", "What was done to the person"),
    "classification": QT_TRANSLATE_NOOP("ScreeningLabels", "Suggestion and your decision"),
    "consent": QT_TRANSLATE_NOOP("ScreeningLabels", "Consent"),
    "needs": QT_TRANSLATE_NOOP("ScreeningLabels", "Needs"),
    "referrals": QT_TRANSLATE_NOOP("ScreeningLabels", "Referrals"),
    "review": QT_TRANSLATE_NOOP("ScreeningLabels", "Review and finish"),
}

# The interview's validation sentences (app.services.screening_flow); others are shown as written.
_MESSAGES = (
    QT_TRANSLATE_NOOP("ScreeningMessages", "Enter the date."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Enter the date as year-month-day, e.g. 2026-11-28."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "The date cannot be in the future."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Enter where the person was met (e.g. Islamabad airport, departures)."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose how the person came into contact with the post."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the interview language from the list."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "Enter the person's given name in Latin letters, as they say it or as in a document."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Enter the estimated age as a whole number of years from 0 to 120."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the nationality from the list of countries (e.g. PK, AF)."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Enter the document number, or remove the empty document."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "Link the interview to one of the records shown, or confirm this is a new person."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Answer yes, no, or leave the question as not answered."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "The pre-screen recommends a full screening: choose at least one indicator list."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose a classification."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Write the reason for this classification; it is required."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "Record the person's consent for each purpose and organisation, or record that they declined."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Consent is recorded as both given and declined; remove one."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "The same purpose and recipient are recorded twice."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Verbal consent needs a witness: enter the witness's name."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "The person is a child: enter the guardian who took part in the consent."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "An interpreter is needed: enter who interpreted the consent."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Consent cannot be dated in the future."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Consent to share data must say which data may be shared."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the recipient from the service directory, or the central office."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the need from the list."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "This need is recorded twice."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the organisation from the service directory."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose one or more services to request."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Refer to each organisation once; add the services to one referral."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose the urgency: routine, urgent or emergency."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Say why the person is referred to this organisation."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Answer whether the person was recruited, transported, transferred, "
                      "harboured or received: yes, no or unknown."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Say how the guardian is related to the child."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "Answer whether the guardian could be involved in the exploitation: yes, no or unknown."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "This guardian could be involved in the exploitation: ask a "
                      "child-protection officer to take the guardian's part in the consent instead."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "This is a child: add a referral to child protection, or ask a "
                      "supervisor to record why there is none."),
    QT_TRANSLATE_NOOP("ScreeningMessages",
                      "Write why the child is not referred to child protection (at least a sentence)."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "The supervisor's user name or password is wrong."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Only an active supervisor can record why a child is not referred."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose where this indicator came from."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Tick indicators from the chosen lists only."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "This indicator is ticked twice."),
    QT_TRANSLATE_NOOP("ScreeningMessages", "Choose how the indicators are recorded: questions or officer's coding."),
)


def label(code: str | None) -> str:
    """The translated label of a code, from this module or the application's labels."""
    if code in _LABELS:
        return QCoreApplication.translate("ScreeningLabels", _LABELS[str(code)])
    return labels.label(code)


def dimension(code: str) -> str:
    return QCoreApplication.translate("ScreeningLabels", DIMENSIONS[code]) if code in DIMENSIONS else code


def dimension_letter(code: str) -> str:
    return QCoreApplication.translate("DimensionLetters", LETTERS[code]) if code in LETTERS else code


def step_title(kind: str) -> str:
    return QCoreApplication.translate("ScreeningLabels", STEP_TITLES.get(kind, kind))


def message(text: str) -> str:
    """A validation sentence in the interface language when it has a translation."""
    return QCoreApplication.translate("ScreeningMessages", text)
