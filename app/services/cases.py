"""Case use cases: import, create, list and search, show, notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.domain import safejson
from app.domain.errors import NotFound, Refused, ValidationFailed
from app.domain.model import CaseInput, CaseSummary, Consent, Organisation
from app.services import events, transfer, withdrawal_sync
from app.services.session import Session
from app.services.training_mark import refuse_in_training
from app.storage import cases, decisions, directory, matching, post, referrals
from app.storage.cases import CaseFilter

# An interchange file of 100,000 cases is about 60 MB; nothing in the format nests deeper than 8 levels.
INTERCHANGE_LIMITS = safejson.Limits(max_bytes=512 * 1024 * 1024, max_depth=16, max_string=100_000)


# Cases whose rows are built and written together by `store_cases` (bounded memory for a 100,000-case import).
STORE_CHUNK = 2000


def _reference(conn: Any, code: str, year: int) -> str:
    return f"{code}-{year}-{post.next_case_number(conn, year):06d}"


def store_case(session: Session, conn: Any, case: CaseInput, *, code: str) -> tuple[str, str]:
    """Insert one case and its referral drafts inside the caller's transaction; returns (id, reference)."""
    reference = _reference(conn, code, dt.date.today().year)
    is_child = case.person.is_child_on(case.encounter.date)
    case_id = cases.insert_case(conn, case, reference=reference, is_child=is_child, by=session.user.id)
    for draft in case.referrals:
        session.audit(conn, "referral.draft", referrals.insert(conn, case_id, draft, by=session.user.id))
    return case_id, reference


def store_cases(session: Session, conn: Any, batch: list[CaseInput], *, code: str) -> list[tuple[str, str]]:
    """Insert many cases inside the caller's transaction, audited as `store_case` + "case.create" one by one would
    (the same rows, entries and order), with one statement per table; returns (id, reference) per case."""
    year = dt.date.today().year
    first = post.next_case_number(conn, year, count=len(batch)) if batch else 0
    rows = cases.CaseRows.after_last(conn)
    entries: list[tuple[str, str | None]] = []
    created = []
    for number, case in enumerate(batch, start=first):
        reference = f"{code}-{year}-{number:06d}"
        case_id, referral_ids = rows.add(case, reference=reference, is_child=case.person.is_child_on(
            case.encounter.date), by=session.user.id)
        entries += [("referral.draft", rid) for rid in referral_ids]
        entries.append(("case.create", case_id))
        created.append((case_id, reference))
    rows.write(conn)
    session.audit_many(conn, entries)
    return created


def create_case(session: Session, case: CaseInput) -> tuple[str, str]:
    session.require("case.create")
    code = post.get(session.db)["code"]
    with session.transaction() as conn:
        case_id, reference = store_case(session, conn, case, code=code)
        session.audit(conn, "case.create", case_id)
    events.publish("case_did_change", case_id=case_id)
    return case_id, reference


def read_interchange(path: Path) -> Any:
    """The JSON document of an import file; unreadable or non-JSON input is one clear error."""
    try:
        return safejson.read_file(path, INTERCHANGE_LIMITS)
    except FileNotFoundError:
        raise ValidationFailed(f"The file {path} does not exist.") from None
    except safejson.JsonRefused as exc:
        raise ValidationFailed(f"The file {Path(path).name} is refused: {exc.reason}.") from None
    except OSError as exc:
        raise ValidationFailed(f"The file {Path(path).name} cannot be read ({exc.strerror or exc}).") from None


def import_cases(session: Session, doc: Any) -> list[str]:
    """Validate the whole document, then store every case in one transaction (all or nothing)."""
    from app.domain.interchange import parse_cases
    from app.services import case_edit

    session.require("case.import")
    refuse_in_training(session, "imports case files: it holds synthetic practice cases only")
    known = directory.known_ids(session.db)
    parsed = parse_cases(doc, known_providers=known, vocab=case_edit.vocabulary())
    code = post.get(session.db)["code"]
    with session.transaction() as conn:
        for org in parsed.directory:
            directory.upsert(conn, org)
            session.audit(conn, "directory.update", org.id)
        created: list[tuple[str, str]] = []
        for start in range(0, len(parsed.cases), STORE_CHUNK):  # rows are built a chunk at a time, not all at once
            created += store_cases(session, conn, list(parsed.cases[start:start + STORE_CHUNK]), code=code)
        case_edit.store_imported(session, conn, [(cid, c) for (cid, _), c in zip(created, parsed.cases, strict=True)])
    events.publish("cases_did_import", count=len(created))
    return [ref for _, ref in created]


def list_cases(
    session: Session, flt: CaseFilter | None = None, *, sort: str = "date", descending: bool = True,
    limit: int = 200, offset: int = 0,
) -> list[CaseSummary]:
    session.require("case.view")
    return cases.list_cases(session.db, flt or CaseFilter(), sort=sort, descending=descending, limit=limit,
                            offset=offset)


def record_listing(session: Session) -> None:
    """Audit that a list of cases was shown (once per listing, not per page or keystroke)."""
    session.require("case.view")
    session.record("case.list")


def count_cases(session: Session, flt: CaseFilter | None = None) -> int:
    session.require("case.view")
    return cases.count_cases(session.db, flt or CaseFilter())


def show_case(session: Session, ref_or_id: str) -> dict[str, Any]:
    """The whole case file, with referral histories; the view is audited."""
    session.require("case.view")
    case_id = cases.find_id(session.db, ref_or_id)
    if case_id is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    case = cases.get_case(session.db, case_id)
    assert case is not None
    for ref in case["referrals"]:
        ref["history"] = referrals.history(session.db, ref["id"])
    case["decision_review"] = _current_review(session, case)
    from app.services import case_edit  # group, companions, corrections (issue 14)

    case.update(case_edit.extras(session, case))
    case["same_person"] = matching.links_of(session.db, case_id)  # confirmed by the office (issue 13)
    case["withdrawals"] = withdrawal_sync.for_case(session.db, case_id)  # where each withdrawal reached (issue 16)
    session.record("case.view", case_id)
    return case


def _current_review(session: Session, case: dict[str, Any]) -> dict[str, Any] | None:
    """The review of the case's current decision: none once a later interview recorded a newer decision."""
    review = decisions.latest_for_case(session.db, case["id"])
    latest = max((s["created_at"] for s in case["screenings"]), default="")
    return review if review is not None and review["created_at"] >= latest else None


def add_note(session: Session, case_id: str, text: str) -> str:
    session.require("case.edit")
    if not text.strip():
        raise ValidationFailed("A note cannot be empty.")
    transfer.writable(session.db, case_id)  # issue 14: transferred away, read-only here
    with session.write("case.note", case_id) as conn:
        note_id = cases.add_note(conn, case_id, text.strip(), by=session.user.id)
    events.publish("case_did_change", case_id=case_id)
    return note_id


def directory_list(session: Session) -> list[Organisation]:
    session.require("directory.view")
    return directory.all_organisations(session.db)


def directory_save(session: Session, org: Organisation) -> None:
    session.require("directory.edit")
    with session.write("directory.update", org.id) as conn:
        directory.upsert(conn, org)


def record_consent(session: Session, case_id: str, consent: Consent) -> str:
    """Consent recorded after the interview (say, before a referral): per purpose and recipient; a child's
    consent needs a guardian. Audited against the case."""
    from app.domain.picklists import CONSENT_METHODS, CONSENT_PURPOSES

    session.require("consent.record")
    case = cases.get_case(session.db, case_id)
    if case is None:
        raise NotFound(f"There is no case {case_id!r}.")
    if consent.purpose not in CONSENT_PURPOSES or consent.method not in CONSENT_METHODS:
        raise ValidationFailed("Choose the purpose and the method of the consent from the lists.")
    if consent.recipient_id and directory.get(session.db, consent.recipient_id) is None:
        raise ValidationFailed(f"Unknown organisation {consent.recipient_id!r}.", path="recipient")
    if case["is_child"] and not consent.guardian.strip():
        raise ValidationFailed("A child's consent needs the guardian's name.", path="guardian")
    transfer.writable(session.db, case_id)  # issue 14: transferred away, read-only here
    with session.write("consent.record", case_id) as conn:
        consent_id = cases.insert_consent(conn, case_id, consent, by=session.user.id)
    events.publish("case_did_change", case_id=case_id)
    return consent_id


def withdraw_consent(session: Session, case_id: str, consent_id: str, *, reason: str) -> None:
    """The person withdrew a consent: recorded with today's date and the reason (the consent stays on file); the
    office and the organisations that received a covered referral are told (app.services.withdrawal_sync)."""
    session.require("consent.record")
    if not reason.strip():
        raise ValidationFailed("Say why, or in the person's words, how the consent was withdrawn.")
    case = cases.get_case(session.db, case_id)
    consent = next((c for c in (case or {}).get("consents", []) if c["id"] == consent_id), None)
    if consent is None:
        raise NotFound(f"There is no consent {consent_id!r} in this case.")
    if consent["withdrawn_on"]:
        raise Refused("This consent has already been withdrawn.")
    on = dt.date.today().isoformat()
    with session.write("consent.withdraw", case_id) as conn:
        cases.withdraw_consent(conn, consent_id, on=on, reason=reason.strip())
        # issue 16: a signed withdrawal (ids only) for the office, in this same transaction
        withdrawal_sync.seal_withdrawal(conn, case_id, consent, withdrawn_on=on)
    events.publish("case_did_change", case_id=case_id)
