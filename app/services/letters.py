"""Referral letters as a use case: issue (supervisor, approved referral, consent-limited), audit, print, verify."""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.atomic import atomic_write
from app.domain import picklists
from app.domain.errors import AuthenticationFailed, NotFound, Refused, ValidationFailed
from app.letters import (
    LetterContent,
    LetterVerification,
    Need,
    PasswordRequired,
    content_fields,
    content_for_recipient,
    protect_pdf,
    render_letter,
    verify_letter,
)
from app.letters.content import LANGUAGES
from app.services import referrals as referral_service
from app.services.session import Session
from app.services.sync_payload import recipient_categories
from app.services.training_mark import is_training
from app.storage import audit, caselife, cases, directory, post, referrals, syncstate, users
from protocol import disclosure
from protocol.keys import key_id, parse_root, raw_public
from protocol.letter import KeyResolver, RevokedKey

ISSUABLE = ("approved", "sent", "received", "routed", "acknowledged", "accepted", "arrived", "services_started")
PUBLIC_KEYS_NAME = "letter-keys.json"
_PUBLIC_KEYS_TYPE = "nrm/letter-keys"

SEX = {"female": "female", "male": "male", "transgender_nonconforming": "other"}
# need code -> the service that meets it (the letter prints the need under its own name)
NEED_SERVICE = {
    "medical_emergency": "medical", "medical_care": "medical", "shelter": "shelter", "food_clothing": "shelter",
    "safety": "shelter", "psychosocial": "psychosocial", "legal_aid": "legal_aid", "interpretation": "interpretation",
    "family_tracing": "family_tracing", "child_protection": "child_protection",
    "return_reintegration": "return_reintegration",
}  # fmt: skip


@dataclass(frozen=True)
class IssuedLetter:
    """A rendered, signed letter held in memory (password-protected when a password was given)."""

    pdf_bytes: bytes
    letter_id: str
    referral_id: str
    case_reference: str
    lang: str
    key_id: str
    reissue: bool
    protected: bool
    content: LetterContent

    @property
    def file_name(self) -> str:
        """A suggested file name that carries no personal data."""
        return f"{self.case_reference}-{self.letter_id}.pdf"


def _post_today(session: Session) -> dt.date:
    """The letter's date is the day at the post, in its time zone (not the computer's, not UTC)."""
    from app.domain import localtime
    from app.services.settings import get_time_zone

    return localtime.today(get_time_zone(session))


def issue_letter(session: Session, referral_id: str, *, lang: str, password: str | None = None,
                 issued_on: dt.date | None = None) -> IssuedLetter:
    """Render and sign the letter of an approved referral, limited by consent; audited issue or reissue.

    A supervisor issues letters; an officer only the letter of an emergency referral they released themselves."""
    _require_issuer(session, referral_id)
    if lang not in LANGUAGES:
        raise ValidationFailed(f"Choose the letter's language: {', '.join(LANGUAGES)}.", path="lang")
    referral = _issuable(session, referral_id)
    signing = _signing_key(session)
    content = build_content(session, referral, issued_on=issued_on or _post_today(session))
    kid = key_id(signing)
    pdf_bytes = render_letter(content, lang=lang, signing_key=signing, key_id=kid, verify_url=_verify_url(session))
    if password:
        pdf_bytes = protect_pdf(pdf_bytes, password)
    publish_public_keys(session)
    with session.transaction() as conn:
        reissue = any(e["action"] == "letter.issue" for e in audit.entries_for_object(conn, [referral_id]))
        session.audit(conn, "letter.reissue" if reissue else "letter.issue", referral_id)
    return IssuedLetter(pdf_bytes, content.letter_id, referral_id, content.case_reference, lang, kid, reissue,
                        bool(password), content)


def _require_issuer(session: Session, referral_id: str) -> None:
    if session.allows("letter.issue"):
        return
    release = caselife.emergency(session.db, referral_id)
    if release is None or release["released_by"] != session.user.id:
        session.require("letter.issue")  # raises: the officer did not release this referral as an emergency


def _verify_url(session: Session) -> str | None:
    """The office's public /verify page, from the root.json pinned at enrolment (None before enrolment)."""
    raw = syncstate.get(session.db)["root_json"]
    if raw is None:
        return None
    url = parse_root(raw).public_url
    return f"{url.rstrip('/')}/verify" if url else None


def protect(pdf_bytes: bytes, password: str) -> bytes:
    """The same letter encrypted with AES-256 (PDF R6) under one password (for the dialog's Save)."""
    if not password:
        raise ValidationFailed("Type a password to protect the letter, or leave the field empty.")
    return protect_pdf(pdf_bytes, password)


def record_print(session: Session, referral_id: str) -> None:
    """Audit that a supervisor printed this referral's letter."""
    _require_issuer(session, referral_id)
    session.record("letter.print", referral_id)


def record_export(session: Session, referral_id: str) -> None:
    """Audit that this referral's letter is being written to a file the supervisor chose (call before writing)."""
    _require_issuer(session, referral_id)
    session.record("letter.export", referral_id)


def _issuable(session: Session, referral_id: str) -> dict[str, Any]:
    """The referral, if a letter may be issued for it."""
    referral = referrals.get(session.db, referral_id)
    if referral is None:
        raise NotFound(f"There is no referral {referral_id!r}.")
    if referral["status"] not in ISSUABLE:
        raise Refused(f"A letter is issued only for an approved referral; this one is {referral['status']}.")
    if syncstate.get(session.db)["revoked_at"]:
        raise Refused("The central office revoked this post's device key: letters signed with it would not verify.")
    return referral


def _signing_key(session: Session) -> Ed25519PrivateKey:
    """The post's device signing key (from the vault)."""
    return Ed25519PrivateKey.from_private_bytes(post.device_keys(session.db)[0])


def build_content(session: Session, referral: dict[str, Any], *, issued_on: dt.date) -> LetterContent:
    """The letter's content from the store, already limited to what this recipient may see."""
    case = cases.get_case(session.db, referral["case_id"])
    org = directory.get(session.db, referral["provider_id"])
    if case is None or org is None:
        raise NotFound("The referral's case or organisation is missing from the store.")
    here = post.get(session.db)
    full = LetterContent(
        letter_id=new_letter_id(here["code"]), referral_id=referral["id"], issued_on=issued_on,
        post_name=here["name"], post_code=here["code"], case_reference=case["reference"],
        recipient_name=org.name, recipient_types=_known(org.services), recipient_area=org.area,
        services=_known(referral["services"]), urgency=referral["urgency"],
        referring_officer=_name(session, referral["drafted_by"]),
        approving_supervisor=_name(session, referral["approved_by"]),
        needs=tuple(_needs(case)), reason=(referral["reason"] or "").strip() or None,
        override_reason=referral_service.override_reason(session, referral["id"]),
        training=is_training(session),
    )
    consented = active_categories(case, recipient_id=org.id, today=issued_on)
    return content_for_recipient(full, consented=consented, person=person_fields(case, issued_on=issued_on))


def new_letter_id(post_code: str) -> str:
    """A fresh random letter id, e.g. ISB-L-7QX4K2M9ABCD3EFG (no personal data, fits the QR payload)."""
    return f"{post_code}-L-{base64.b32encode(secrets.token_bytes(10)).decode('ascii')}"


def _known(services: Any) -> tuple[str, ...]:
    """Service codes the letter knows, in their stored order."""
    return tuple(s for s in services if s in disclosure.SERVICE_TYPES)


def _name(session: Session, user_id: str | None) -> str:
    """A user's full name, else the user name."""
    user = users.by_id(session.db, user_id) if user_id else None
    if user is None:
        return "-"
    return user.full_name.strip() or user.username


def active_categories(case: dict[str, Any], *, recipient_id: str, today: dt.date) -> frozenset[str]:
    """Data categories of the newest active referral consent for this recipient; empty without one."""
    return recipient_categories(case, recipient_id=recipient_id, today=today)


def person_fields(case: dict[str, Any], *, issued_on: dt.date) -> dict[str, Any]:
    """The letter's person fields from the stored case, as codes the letter prints in its own language."""
    person = case["person"]
    fields = {
        "full_name": " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p) or None,
        "name_native": (person.get("name_native") or "").strip() or None,
        "sex": SEX.get(person.get("sex") or ""),
        "age": _age(person, issued_on),
        "is_child": bool(case["is_child"]),
        "nationality": (person.get("nationality") or "").upper() or None,
        "languages": tuple(person.get("languages") or ()),
        "identity_document": _document(person.get("documents") or []),
        "screening_outcome": case.get("classification") or None,
        "circumstances": _circumstances(case.get("encounters") or []),
    }
    return {k: v for k, v in fields.items() if v not in (None, "", ())}


def _age(person: dict[str, Any], day: dt.date) -> int | None:
    """Age in whole years on the issue date, from the date of birth, else the estimate."""
    if person.get("date_of_birth"):
        dob = dt.date.fromisoformat(person["date_of_birth"])
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
    estimate = person.get("estimated_age")
    return int(estimate) if estimate is not None else None


def _document(documents: list[dict[str, Any]]) -> str | None:
    """The first identity document as 'type number' (e.g. 'passport P1234567'); the letter names the type."""
    if not documents:
        return None
    first = documents[0]
    kind = first.get("type") if first.get("type") in picklists.DOCUMENT_TYPES else "other"
    return f"{kind} {first.get('number', '')}".strip()


def _circumstances(encounters: list[dict[str, Any]]) -> str | None:
    """How the post met the person: 'circumstance|place|date' of the first encounter (no notes)."""
    if not encounters:
        return None
    first = encounters[0]
    code = first["circumstance"] if first["circumstance"] in picklists.CIRCUMSTANCES else "other"
    place = " ".join(str(first["place"]).replace("|", " ").split())
    return "|".join((code, place, str(first["date"])))


def _needs(case: dict[str, Any]) -> list[Need]:
    """Recorded needs, each with its code, the officer's note and the service that meets it."""
    return [Need(NEED_SERVICE[need["code"]], (need.get("note") or "").strip(), code=need["code"])
            for need in case["needs"] if need["code"] in NEED_SERVICE]


# --- verification ---------------------------------------------------------------------------------------

def verify(source: Session | Path, pdf_bytes: bytes, *, password: str = "") -> LetterVerification:
    """Verify a letter against this post's device key: from the vault (a Session) or its public key file."""
    resolve = _vault_resolver(source) if isinstance(source, Session) else file_resolver(Path(source))
    try:
        return verify_letter(pdf_bytes, resolve_key=resolve, password=password)
    except PasswordRequired:
        if password:
            raise AuthenticationFailed("This password does not open the letter.") from None
        raise Refused("This letter is password-protected: give its password.") from None


def _vault_resolver(session: Session) -> KeyResolver:
    """Resolve key ids against the device key in the vault (refused as revoked if the office revoked it)."""
    public = _signing_key(session).public_key()
    revoked = bool(syncstate.get(session.db)["revoked_at"])
    publish_public_keys(session)

    def resolve(kid: str) -> Ed25519PublicKey | None:
        if kid != key_id(public):
            return None
        if revoked:
            raise RevokedKey(kid)
        return public

    return resolve


def public_keys_path(data_dir: Path) -> Path:
    """The post's non-secret file of public letter keys, beside the keystore."""
    return Path(data_dir) / PUBLIC_KEYS_NAME


def publish_public_keys(session: Session) -> None:
    """Write (atomically) the public half of the device key beside the keystore, when missing or stale."""
    public = raw_public(_signing_key(session))
    here = post.get(session.db)
    doc = {"type": _PUBLIC_KEYS_TYPE, "v": 1, "post_code": here["code"], "post_name": here["name"],
           "keys": [{"key_id": key_id(public), "public_key": base64.b64encode(public).decode("ascii"),
                     "revoked": bool(syncstate.get(session.db)["revoked_at"])}]}
    data = (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    path = public_keys_path(session.paths.data_dir)
    if not path.exists() or path.read_bytes() != data:
        atomic_write(path, data, mode=0o644)


def file_resolver(data_dir: Path) -> KeyResolver:
    """Resolve key ids against the post's public key file (no password needed)."""
    keys = _read_public_keys(public_keys_path(data_dir))

    def resolve(kid: str) -> Ed25519PublicKey | None:
        entry = keys.get(kid)
        if entry is None:
            return None
        if entry.get("revoked"):
            raise RevokedKey(kid)
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(entry["public_key"]))

    return resolve


def _read_public_keys(path: Path) -> dict[str, dict[str, Any]]:
    """The key entries of a public key file by key id; refused with a hint when there is none."""
    try:
        doc = json.loads(path.read_text("utf-8"))
        entries = doc["keys"] if doc.get("type") == _PUBLIC_KEYS_TYPE else None
        keys = {e["key_id"]: e for e in entries or []}
    except FileNotFoundError:
        raise Refused(f"This post has no public letter key file yet ({path.name}): "
                      "run `nrm-desk letter verify --user U F.pdf` once as any user.") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise Refused(f"The post's public letter key file {path.name} cannot be read.") from None
    if entries is None:
        raise Refused(f"{path.name} is not a public letter key file.")
    return keys


def summary(result: LetterVerification) -> dict[str, Any]:
    """A verification result as plain JSON (the signed content included when valid)."""
    out: dict[str, Any] = {"valid": result.valid, "reason": str(result.reason) if result.reason else None,
                           "detail": result.detail, "letter_id": result.letter_id,
                           "referral_id": result.referral_id, "key_id": result.key_id, "lang": result.lang}
    if result.content is not None:
        out["content"] = content_fields(result.content)
    return out

