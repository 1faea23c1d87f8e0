"""Fixed letter content and a fixed signing key for the letter tests and the benchmark."""

from __future__ import annotations

from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.letters import LetterContent, Need, Person, content_for_recipient

KEY_ID = "ISB-dev-01"
SIGNING_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))

PERSON = {
    "full_name": "Ayesha Bibi",
    "name_native": "عائشہ بی بی",
    "sex": "female",
    "age": 24,
    "is_child": False,
    "nationality": "PK",
    "languages": ("ur", "pa"),
    "contact_phone": "+92 300 1234567",
    "identity_document": "cnic 35202-1234567-8",
    "family_details": "Mother in Sialkot, in contact",
    "screening_outcome": "presumed_victim_trafficking",
    "circumstances": "interception|Islamabad Airport|2026-11-20",
}

NEEDS = (
    Need("shelter", "for at least two weeks, women-only", code="shelter"),
    Need("shelter", "", code="safety"),
    Need("medical", "Check-up for an untreated wrist injury", code="medical_care"),
    Need("legal_aid", "Advice on recovering her passport", code="legal_aid"),
)


def full_content(**changes: object) -> LetterContent:
    """A letter carrying every field, before disclosure rules apply."""
    values: dict[str, object] = {
        "letter_id": "ISB-2026-L000042",
        "referral_id": "0193b0c4-7d2e-7a51-9c3f-5e2a8d41b7e0",
        "issued_on": date(2026, 11, 28),
        "post_name": "Islamabad Airport",
        "post_code": "ISB",
        "case_reference": "ISB-2026-000042",
        "recipient_name": "Dar-ul-Aman Islamabad",
        "recipient_types": ("shelter",),
        "recipient_area": "Islamabad Capital Territory",
        "services": ("shelter",),
        "urgency": "urgent",
        "referring_officer": "Inspector Sana Malik",
        "approving_supervisor": "Deputy Director Imran Qureshi",
        "person": Person(**PERSON),
        "needs": NEEDS,
        "reason": "Needs a safe place to stay while her case is followed up.",
    }
    values.update(changes)
    return LetterContent(**values)  # type: ignore[arg-type]


def shelter_letter() -> LetterContent:
    """The letter a shelter receives when the person consented to identity, contact and needs."""
    return content_for_recipient(full_content(), consented={"identity", "contact", "needs", "health"})


def medical_letter() -> LetterContent:
    """The letter a hospital receives: identity basics and health needs, never screening details."""
    content = full_content(
        recipient_name="PIMS Hospital Islamabad",
        recipient_types=("medical",),
        services=("medical",),
        reason="Wrist injury untreated for three weeks.",
    )
    return content_for_recipient(content, consented={"identity", "health", "needs", "screening", "contact"})
