"""Translatable labels for the codes of app.domain.picklists, referral statuses, audit actions and messages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication

_LABELS = {
    # case statuses
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    # referral statuses
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "services_started": QT_TRANSLATE_NOOP("Labels", "Services started"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # the office's lifecycle steps (the hub), reported through the feed
    "routed": QT_TRANSLATE_NOOP("Labels", "Routed to an organisation"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Receipt acknowledged"),
    "arrived": QT_TRANSLATE_NOOP("Labels", "Person arrived"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Services completed"),
    "person_left": QT_TRANSLATE_NOOP("Labels", "Person left"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "awaiting_acknowledge": QT_TRANSLATE_NOOP("Labels", "Acknowledgement of receipt is late"),
    "awaiting_accept": QT_TRANSLATE_NOOP("Labels", "Decision to accept is late"),
    # how a case ended (closure outcomes)
    "assisted": QT_TRANSLATE_NOOP("Labels", "Assisted"),
    "returned_home": QT_TRANSLATE_NOOP("Labels", "Returned home"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
    "lost_contact": QT_TRANSLATE_NOOP("Labels", "Lost contact"),
    "declined_assistance": QT_TRANSLATE_NOOP("Labels", "Declined assistance"),
    # classifications
    "presumed_victim_trafficking": QT_TRANSLATE_NOOP("Labels", "Presumed victim of trafficking"),
    "smuggled_migrant_vulnerable": QT_TRANSLATE_NOOP("Labels", "Smuggled migrant in a vulnerable situation"),
    "vulnerable_migrant": QT_TRANSLATE_NOOP("Labels", "Vulnerable migrant"),
    "no_protection_concern": QT_TRANSLATE_NOOP("Labels", "No protection concern identified"),
    "inconclusive": QT_TRANSLATE_NOOP("Labels", "Inconclusive: further interview needed"),
    # answers
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    # decision reviews
    "pending": QT_TRANSLATE_NOOP("Labels", "Awaiting review"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Replaced by a later decision"),
    # services
    "shelter": QT_TRANSLATE_NOOP("Labels", "Shelter"),
    "medical": QT_TRANSLATE_NOOP("Labels", "Medical care"),
    "psychosocial": QT_TRANSLATE_NOOP("Labels", "Psychosocial support"),
    "legal_aid": QT_TRANSLATE_NOOP("Labels", "Legal aid"),
    "interpretation": QT_TRANSLATE_NOOP("Labels", "Interpretation"),
    "family_tracing": QT_TRANSLATE_NOOP("Labels", "Family tracing"),
    "return_reintegration": QT_TRANSLATE_NOOP("Labels", "Return and reintegration"),
    "child_protection": QT_TRANSLATE_NOOP("Labels", "Child protection"),
    # needs (those not already services)
    "medical_emergency": QT_TRANSLATE_NOOP("Labels", "Medical emergency"),
    "medical_care": QT_TRANSLATE_NOOP("Labels", "Medical care"),
    "food_clothing": QT_TRANSLATE_NOOP("Labels", "Food and clothing"),
    "safety": QT_TRANSLATE_NOOP("Labels", "Safety"),
    # urgencies
    "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
    # circumstances
    "interception": QT_TRANSLATE_NOOP("Labels", "Interception"),
    "detention": QT_TRANSLATE_NOOP("Labels", "Detention"),
    "raid": QT_TRANSLATE_NOOP("Labels", "Raid"),
    "self_referral": QT_TRANSLATE_NOOP("Labels", "Self-referral"),
    "ngo_referral": QT_TRANSLATE_NOOP("Labels", "Referral by an NGO"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # data categories a consent covers (app.domain.picklists.DATA_CATEGORIES)
    "identity": QT_TRANSLATE_NOOP("Labels", "Identity"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact details"),
    "needs": QT_TRANSLATE_NOOP("Labels", "Needs"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "documents": QT_TRANSLATE_NOOP("Labels", "Documents"),
    "screening": QT_TRANSLATE_NOOP("Labels", "Screening"),
    "circumstances": QT_TRANSLATE_NOOP("Labels", "Circumstances"),
    # identity documents
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "national_id": QT_TRANSLATE_NOOP("Labels", "National identity card"),
    "cnic": QT_TRANSLATE_NOOP("Labels", "CNIC"),
    "por_card": QT_TRANSLATE_NOOP("Labels", "Proof of Registration card"),
    "birth_certificate": QT_TRANSLATE_NOOP("Labels", "Birth certificate"),
    "visa": QT_TRANSLATE_NOOP("Labels", "Visa"),
    # sexes
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "transgender_nonconforming": QT_TRANSLATE_NOOP("Labels", "Transgender or gender non-conforming"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # roles
    "officer": QT_TRANSLATE_NOOP("Labels", "Officer"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Post admin"),
    # consent
    "assistance": QT_TRANSLATE_NOOP("Labels", "Assistance"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "data_sharing": QT_TRANSLATE_NOOP("Labels", "Data sharing"),
    "written": QT_TRANSLATE_NOOP("Labels", "Written"),
    "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
    # organisation kinds
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "government": QT_TRANSLATE_NOOP("Labels", "Government"),
    "international": QT_TRANSLATE_NOOP("Labels", "International organisation"),
    "hospital": QT_TRANSLATE_NOOP("Labels", "Hospital"),
    # screening
    "strong": QT_TRANSLATE_NOOP("Labels", "strong"),
    "medium": QT_TRANSLATE_NOOP("Labels", "medium"),
    "weak": QT_TRANSLATE_NOOP("Labels", "weak"),
    "adult": QT_TRANSLATE_NOOP("Labels", "Adult rule"),
    "child": QT_TRANSLATE_NOOP("Labels", "Child rule"),
    "child_by_possible_child_flag": QT_TRANSLATE_NOOP("Labels", "Child rule (possibly a child)"),
}

DIMENSIONS = {
    "A": QT_TRANSLATE_NOOP("Labels", "A. Deceptive recruitment"),
    "B": QT_TRANSLATE_NOOP("Labels", "B. Coercive recruitment"),
    "C": QT_TRANSLATE_NOOP("Labels", "C. Recruitment by abuse of vulnerability"),
    "D": QT_TRANSLATE_NOOP("Labels", "D. Exploitation"),
    "E": QT_TRANSLATE_NOOP("Labels", "E. Coercion at destination"),
    "F": QT_TRANSLATE_NOOP("Labels", "F. Abuse of vulnerability at destination"),
}

AUDIT_ACTIONS = {
    "case.create": QT_TRANSLATE_NOOP("Audit", "Case recorded"),
    "case.view": QT_TRANSLATE_NOOP("Audit", "Case file viewed"),
    "case.note": QT_TRANSLATE_NOOP("Audit", "Note added"),
    "referral.draft": QT_TRANSLATE_NOOP("Audit", "Referral drafted"),
    "referral.edit": QT_TRANSLATE_NOOP("Audit", "Referral edited"),
    "referral.submit": QT_TRANSLATE_NOOP("Audit", "Referral submitted for approval"),
    "referral.approve": QT_TRANSLATE_NOOP("Audit", "Referral approved"),
    "referral.return": QT_TRANSLATE_NOOP("Audit", "Referral returned to the officer"),
    "consent.override": QT_TRANSLATE_NOOP("Audit", "Consent overridden by a supervisor"),
    "consent.record": QT_TRANSLATE_NOOP("Audit", "Consent recorded"),
    "consent.withdraw": QT_TRANSLATE_NOOP("Audit", "Consent withdrawn"),
    "screening.record": QT_TRANSLATE_NOOP("Audit", "Screening recorded"),
    "case.edit": QT_TRANSLATE_NOOP("Audit", "Case edited"),
    "case.group": QT_TRANSLATE_NOOP("Audit", "Linked with people met together"),
    "case.ungroup": QT_TRANSLATE_NOOP("Audit", "Taken out of its group"),
    "companion.add": QT_TRANSLATE_NOOP("Audit", "Companion recorded"),
    "letter.non_punishment": QT_TRANSLATE_NOOP("Audit", "Non-punishment letter issued"),
    "letter.issue": QT_TRANSLATE_NOOP("Audit", "Referral letter issued"),
    "letter.reissue": QT_TRANSLATE_NOOP("Audit", "Referral letter issued again"),
    "letter.export": QT_TRANSLATE_NOOP("Audit", "Referral letter saved"),
    "letter.print": QT_TRANSLATE_NOOP("Audit", "Referral letter printed"),
    "draft.finish": QT_TRANSLATE_NOOP("Audit", "Screening interview completed"),
    "sync.release": QT_TRANSLATE_NOOP("Audit", "Referral released for sending"),
    "decision.override": QT_TRANSLATE_NOOP("Audit", "Decision differs from the suggestion (override)"),
    "decision.review.open": QT_TRANSLATE_NOOP("Audit", "Decision sent for a supervisor's review"),
    "decision.review.approve": QT_TRANSLATE_NOOP("Audit", "Decision confirmed by a supervisor"),
    "decision.review.return": QT_TRANSLATE_NOOP("Audit", "Decision returned to the officer"),
    "decision.review.supersede": QT_TRANSLATE_NOOP("Audit", "Decision review replaced by a later decision"),
    "child_protection.waive": QT_TRANSLATE_NOOP("Audit", "No child-protection referral: a supervisor recorded why"),
    "interview.pause": QT_TRANSLATE_NOOP("Audit", "Interview paused for the person's wellbeing"),
    # issue 14: transfer of a case to another post
    "transfer.request": QT_TRANSLATE_NOOP("Audit", "Transfer to another post requested"),
    "transfer.approve": QT_TRANSLATE_NOOP("Audit", "Transfer to another post approved and sealed"),
    "transfer.decline": QT_TRANSLATE_NOOP("Audit", "Transfer to another post not approved"),
    "transfer.accept": QT_TRANSLATE_NOOP("Audit", "Case accepted from another post"),
    "transfer.refuse": QT_TRANSLATE_NOOP("Audit", "Case from another post refused"),
}

# Service messages users meet often; anything not listed is shown as the service wrote it.
_MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "Wrong user name or password."),
    QT_TRANSLATE_NOOP("Messages", "This account is not active; ask the post admin."),
    QT_TRANSLATE_NOOP("Messages", "The post is locked."),
    QT_TRANSLATE_NOOP("Messages", "A note cannot be empty."),
    QT_TRANSLATE_NOOP("Messages", "Say what the officer should change when returning a referral."),
    QT_TRANSLATE_NOOP("Messages", "You cannot approve a referral you drafted; another supervisor must approve it."),
    QT_TRANSLATE_NOOP("Messages", "You cannot review a referral you drafted."),
    QT_TRANSLATE_NOOP("Messages", "The post code must be 2 to 6 letters, e.g. ISB."),
    QT_TRANSLATE_NOOP("Messages", "The post name and the admin's user name are required."),
    QT_TRANSLATE_NOOP("Messages", "A user name is 1 to 64 characters without spaces."),
    QT_TRANSLATE_NOOP("Messages", "You cannot remove your own admin rights; ask another admin."),
    QT_TRANSLATE_NOOP("Messages", "The post must keep at least one active admin."),
    QT_TRANSLATE_NOOP("Messages", "services: Choose one or more services from the list."),
    QT_TRANSLATE_NOOP("Messages", "The idle-lock period must be 1 to 60 minutes."),
    QT_TRANSLATE_NOOP("Messages", "guardian: A child's consent needs the guardian's name."),
    QT_TRANSLATE_NOOP("Messages", "The screening decision differs from the engine's suggestion (override)."),
    QT_TRANSLATE_NOOP("Messages", "You cannot review your own decision; another supervisor must review it."),
    QT_TRANSLATE_NOOP("Messages", "Say what the officer should reconsider when returning a decision."),
    QT_TRANSLATE_NOOP("Messages", "a child's consent needs a guardian"),
    QT_TRANSLATE_NOOP("Messages", "no active consent to refer this person to this organisation"),
    QT_TRANSLATE_NOOP("Messages", "This case was transferred to another post; it is read-only here."),
    QT_TRANSLATE_NOOP("Messages", "This post is not enrolled with the office (or was revoked)."),
    QT_TRANSLATE_NOOP("Messages", "A transfer of this case is already under way."),
)

POLICY_PROBLEMS = {
    "use at least 10 characters": QT_TRANSLATE_NOOP("Policy", "use at least 10 characters"),
    "do not include the user name": QT_TRANSLATE_NOOP("Policy", "do not include the user name"),
    "use more different characters": QT_TRANSLATE_NOOP("Policy", "use more different characters"),
}


OVERRIDDEN = QT_TRANSLATE_NOOP("Labels", "Consent overridden: %1")


def event_note(event: dict[str, object]) -> str:
    """The note of a referral history entry; an office overdue notice names the late step by a code, and an approval
    under a consent override is noted as "consent overridden: <the supervisor's reason>"."""
    from app.services.referrals import OVERRIDE_NOTE

    note = str(event.get("note") or "")
    if event.get("status") == "overdue" and note:
        return label("awaiting_" + note)
    if note.startswith(OVERRIDE_NOTE):  # the reason is the supervisor's own words: kept in its own direction
        reason = note[len(OVERRIDE_NOTE):].strip()
        return QCoreApplication.translate("Labels", OVERRIDDEN).replace("%1", "\u2068" + reason + "\u2069")
    return message(note)


def label(code: str | None) -> str:
    """The translated label of a code; unknown codes are shown as they are."""
    if code is None:
        return ""
    text = _LABELS.get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def dimension(code: str) -> str:
    text = DIMENSIONS.get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def audit_action(action: str) -> str:
    text = AUDIT_ACTIONS.get(action)
    return QCoreApplication.translate("Audit", text) if text else action


def message(text: str) -> str:
    """A service's sentence in the interface language when a translation exists."""
    return QCoreApplication.translate("Messages", text)


def policy_problem(text: str) -> str:
    return QCoreApplication.translate("Policy", text)


def org_choice(name: str, area: str, services: Iterable[str]) -> str:
    """An organisation as a picker lists it: name, area and the services it offers."""
    where = f"{name} — {area}" if area else name
    offered = list_separator().join(label(s) for s in services)
    return f"{where} ({offered})" if offered else where


def ui_language() -> str:
    """The interface language as "ur" or "en" (Urdu is the one right-to-left language)."""
    return "ur" if QGuiApplication.isRightToLeft() else "en"


def list_separator() -> str:
    """The comma between items of a list in the interface language."""
    return "، " if ui_language() == "ur" else ", "

