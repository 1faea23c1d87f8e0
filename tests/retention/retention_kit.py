"""Helpers for the retention tests: a case with a canary in every field, and scans of the store's raw bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# Distinct words (no shared prefix with anything else in the store) so an FTS term or a page fragment is findable.
CANARIES = {
    "given_name": "Qzgivencanary", "family_name": "Qzfamilycanary", "name_native": "قزکینری",
    "alias": "Qzaliascanary", "document": "QZDOC7788123", "place": "Qzplacecanary", "encounter_notes": "Qzencnotecanary",
    "case_notes": "Qzcasenotecanary", "screening_reason": "Qzscreenreasoncanary", "answers": "Qzanswercanary",
    "interpreter": "Qzinterpretercanary", "witness": "Qzwitnesscanary", "withdrawal": "Qzwithdrawcanary",
    "need_note": "Qzneedcanary", "referral_reason": "Qzreferralcanary", "note": "Qznotetablecanary",
    "review_reason": "Qzreviewcanary", "draft": "Qzdraftcanary",
    # issue 14: corrections (old and new value, reason), companions, attachments, closures
    "correction": "Qzcorrectedcanary", "correction_reason": "Qzcorrreasoncanary", "companion": "Qzcompanioncanary",
    "attachment": "Qzattachmentcanary", "closure_note": "Qzclosurecanary",
}


def canary_case(index: int = 0):
    """A CaseInput carrying a canary in every free-text field of the case file."""
    from app.domain.model import (
        CaseInput,
        Consent,
        Encounter,
        IdentityDocument,
        Need,
        Person,
        ReferralDraft,
        ScreeningRecord,
    )

    c = CANARIES
    day = dt.date.today() - dt.timedelta(days=3)
    person = Person(given_name=c["given_name"], family_name=c["family_name"], name_native=c["name_native"],
                    aliases=(c["alias"],), sex="female", estimated_age=30, nationality="AF", languages=("ps",),
                    documents=(IdentityDocument("passport", c["document"]),))
    screening = ScreeningRecord("ilo-adult-labour", "1", {"note": c["answers"]}, {"suggested": "inconclusive"},
                                "inconclusive", c["screening_reason"])
    consent = Consent(purpose="referral", recipient_id="org-shelter", method="verbal", given_on=day,
                      data_categories=("identity",), interpreter=c["interpreter"], witness=c["witness"],
                      withdrawn_on=day, withdrawal_reason=c["withdrawal"])
    return CaseInput(person=person, encounter=Encounter(day, c["place"], "interception", c["encounter_notes"]),
                     notes=c["case_notes"], screenings=(screening,), consents=(consent,),
                     needs=(Need("shelter", c["need_note"]),),
                     referrals=(ReferralDraft("org-shelter", ("shelter",), "urgent", c["referral_reason"]),))


def plant(session, workdir: Path | None = None) -> str:
    """Create the canary case as the session's user, with a note, a decision review and an unfinished interview;
    with `workdir` (outside the post folder), also a correction, a companion, an attachment and a closure request."""
    from app.services import attachments, case_edit, cases, closure
    from app.storage import decisions, drafts
    from app.storage.ids import new_id

    case_id, _ = cases.create_case(session, canary_case())
    cases.add_note(session, case_id, CANARIES["note"])
    with session.transaction() as conn:
        decisions.insert(conn, case_id, classification="no_protection_concern", suggested=None, override=False,
                         is_child=False, reason=CANARIES["review_reason"], engine_reasons=[], by=session.user.id)
        drafts.save(conn, new_id(), kind="screening", owner_id=session.user.id,
                    state={"person": {"given_name": CANARIES["draft"]}})
    if workdir is not None:
        c = CANARIES
        case_edit.edit_case(session, case_id, {"person.given_name": c["correction"]}, reason=c["correction_reason"])
        case_edit.add_companion(session, case_id, name=c["companion"], relation="other", held_documents=True)
        scan = workdir / "scan.png"
        scan.write_bytes(b"\x89PNG\r\n\x1a\n" + c["attachment"].encode() * 4)
        attachments.add_files(session, case_id, [scan], kind="consent_form")
        closure.request_closure(session, case_id, outcome="other", note=c["closure_note"])
    return case_id


def needles(words) -> list[bytes]:
    found = []
    for word in words:
        found += [word.encode("utf-8"), word.lower().encode("utf-8"), word.encode("utf-16-le")]
    return found


PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def _decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    """One SQLCipher 4 page decrypted with the raw key (AES-256-CBC, IV in the reserved tail)."""
    start = 16 if first else 0  # page 1 begins with the 16-byte salt
    iv = page[PAGE - RESERVE: PAGE - RESERVE + 16]
    body = page[start: PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the file, free pages included, decrypted (what someone who learnt the key could read)."""
    data = path.read_bytes()
    return [_decrypt_page(data[i: i + PAGE], key, first=i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]


def decrypted_wal_frames(path: Path, key: bytes) -> list[bytes]:
    """Every frame of a WAL file decrypted (32-byte header; each frame a 24-byte header and one page)."""
    if not path.exists():
        return []
    data, out = path.read_bytes(), []
    for offset in range(32, len(data) - 24 - PAGE + 1, 24 + PAGE):
        number = int.from_bytes(data[offset: offset + 4], "big")
        out.append(_decrypt_page(data[offset + 24: offset + 24 + PAGE], key, first=number == 1))
    return out
