"""Correcting a case after intake with a reason and a history; people together; companions; the lists behind them."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from app.domain import identity as idn
from app.domain.errors import NotFound, PermissionDenied, Refused, ValidationFailed
from app.domain.picklists import CLASSIFICATION_PRESUMED_VICTIM
from app.resources import require_resource
from app.services import events, transfer
from app.services.session import Session
from app.storage import audit, case_edits, cases

MAX_REASON = 2000


@functools.cache
def vocabulary() -> idn.Vocabulary:
    """Countries, Pakistan's provinces and districts, the law sections and exploitation types (both scripts)."""
    return idn.Vocabulary.from_files(
        countries=require_resource("places", "countries.json"),
        pakistan=require_resource("places", "pakistan.json"),
        law=require_resource("standards", "pakistan-law.json"),
        mappings=require_resource("standards", "screening-mappings.json"),
    )


@dataclass(frozen=True)
class EditResult:
    case_id: str
    reference: str
    changes: list[idn.Change]
    was_child: bool
    is_child: bool
    warnings: list[str] = field(default_factory=list)

    @property
    def child_flag_changed(self) -> bool:
        return self.was_child != self.is_child


def _case(session: Session, ref_or_id: str) -> dict[str, Any]:
    case_id = cases.find_id(session.db, ref_or_id)
    case = cases.get_case(session.db, case_id) if case_id else None
    if case is None:
        raise NotFound(f"There is no case {ref_or_id!r}.")
    return case


def _may_correct(session: Session, case: dict[str, Any]) -> None:
    """An officer corrects the cases they recorded or interviewed; a supervisor any case of the post."""
    session.require("case.edit")
    if session.allows("referral.approve"):
        return
    officers = {case["created_by"], *(e["officer_id"] for e in case["encounters"])}
    if session.user.id not in officers:
        raise PermissionDenied("Only the officer who recorded this case or a supervisor can correct it.")


def current_details(case: dict[str, Any]) -> idn.CaseDetails:
    encounter = min(case["encounters"], key=lambda e: (e["date"], e["created_at"]))
    enc = {k: encounter[k] for k in ("id", "date", "place", "circumstance", "notes")}
    return idn.details_from_stored(case["person"], case.get("identity") or {}, enc, case.get("investigation") or {})


def edit_case(session: Session, ref_or_id: str, changes: dict[str, Any], *, reason: str,
              today: dt.date | None = None) -> EditResult:
    """Correct person, identity, encounter or investigation fields with a reason; all or nothing, audited.

    A change of date of birth, age or encounter date re-evaluates the child flag; when it changes, the result
    carries a warning that child procedures apply (the screens then offer a new screening)."""
    case = _case(session, ref_or_id)
    _may_correct(session, case)
    transfer.writable(session.db, case["id"])  # issue 14: transferred away, read-only here
    reason = reason.strip()
    if not reason:
        raise ValidationFailed("Say why the details are corrected.", path="reason")
    if len(reason) > MAX_REASON:
        raise ValidationFailed(f"The reason is longer than {MAX_REASON} characters.", path="reason")
    if not changes:
        raise ValidationFailed("Nothing to correct: give at least one field and its new value.")
    before = current_details(case)
    after, done = idn.apply_changes(before, changes, vocab=vocabulary(), today=today or _post_today(session))
    if not done:
        raise ValidationFailed("The values given are the ones already recorded; nothing was changed.")
    inv = after.investigation
    if inv.non_punishment and case["classification"] != CLASSIFICATION_PRESUMED_VICTIM:
        raise Refused("A non-punishment recommendation is made for a presumed victim of trafficking; record that "
                      "classification from a screening first.")
    was_child = bool(case["is_child"])
    now_child = idn.is_child(after.person, after.encounter["date"])
    terms = _search_terms(after)
    with session.transaction() as conn:
        case_edits.save_details(conn, case["id"], person=dict(after.person), identity=idn.to_json(after.identity),
                                investigation=idn.to_json(inv), encounter=dict(after.encounter),
                                is_child=now_child, search_terms=terms)
        session.audit(conn, "case.edit", case["id"])
        seq = audit.head(conn)[0]
        for change in done:
            case_edits.insert_change(conn, case["id"], field=change.field, old=change.old, new=change.new,
                                     reason=reason, by=session.user.id, audit_seq=seq)
    events.publish("case_did_change", case_id=case["id"])
    warnings = []
    if now_child and not was_child:
        warnings.append("The person is now recorded as a child: child procedures apply; run a new screening "
                        "with the child's indicators.")
    elif was_child and not now_child:
        warnings.append("The person is no longer recorded as a child; run a new screening with the adult's "
                        "indicators.")
    return EditResult(case["id"], case["reference"], done, was_child, now_child, warnings)


def _search_terms(d: idn.CaseDetails) -> list[str]:
    p = d.person
    terms = [p.get("given_name", ""), p.get("family_name", ""), p.get("name_native", ""), *p.get("aliases", [])]
    terms += [doc.get("number", "") for doc in p.get("documents", [])]
    terms += [d.identity.relation_name, d.identity.relation_name_native]
    return [t for t in terms if t]


def history(session: Session, ref_or_id: str) -> list[dict[str, Any]]:
    """Every correction of a case: field, old and new value, reason, who and when (UTC)."""
    session.require("case.view")
    case = _case(session, ref_or_id)
    return case_edits.changes(session.db, case["id"])


def extras(session: Session, case: dict[str, Any]) -> dict[str, Any]:
    """What the case view shows beyond the case file: the group's other cases, companions, corrections."""
    conn = session.db
    group_id = case.get("group_id")
    others = [m for m in case_edits.group_members(conn, group_id) if m["id"] != case["id"]] if group_id else []
    return {"group": {"id": group_id, "note": case_edits.group_note(conn, group_id), "others": others}
            if group_id else None,
            "companions": case_edits.companions(conn, case["id"]),
            "changes": case_edits.changes(conn, case["id"])}


def link_group(session: Session, refs: list[str], *, note: str = "") -> str:
    """Link cases met in one encounter (a family, a vehicle): they join one group; an existing group grows."""
    session.require("case.edit")
    found = [_case(session, r) for r in refs]
    ids = list(dict.fromkeys(c["id"] for c in found))
    if len(ids) < 2:
        raise ValidationFailed("A group links at least two different cases.")
    groups = list(dict.fromkeys(c["group_id"] for c in found if c.get("group_id")))
    if len(groups) > 1:
        raise Refused("These cases are already in different groups; take one out of its group first.")
    with session.transaction() as conn:
        group_id = groups[0] if groups else case_edits.create_group(conn, note=note.strip(), by=session.user.id)
        for case_id in ids:
            case_edits.set_group(conn, case_id, group_id)
            session.audit(conn, "case.group", case_id)
    for case_id in ids:
        events.publish("case_did_change", case_id=case_id)
    return group_id


def leave_group(session: Session, ref_or_id: str) -> None:
    case = _case(session, ref_or_id)
    session.require("case.edit")
    if not case.get("group_id"):
        raise Refused("This case is not in a group.")
    with session.write("case.ungroup", case["id"]) as conn:
        case_edits.set_group(conn, case["id"], None)
    events.publish("case_did_change", case_id=case["id"])


def add_companion(session: Session, ref_or_id: str, *, name: str, relation: str, held_documents: bool = False,
                  possible_exploiter: bool = False, note: str = "") -> str:
    """Someone travelling with the person who is not a case; may be marked a possible exploiter (never a case)."""
    session.require("case.edit")
    case = _case(session, ref_or_id)
    if not name.strip():
        raise ValidationFailed("The companion needs a name or a description.", path="name")
    if relation not in idn.COMPANION_RELATIONS:
        raise ValidationFailed(f"Choose the relation from the list: {', '.join(idn.COMPANION_RELATIONS)}.",
                               path="relation")
    with session.write("companion.add", case["id"]) as conn:
        companion_id = case_edits.insert_companion(
            conn, case["id"], name=name.strip()[:200], relation=relation, held_documents=held_documents,
            possible_exploiter=possible_exploiter, note=note.strip()[:2000], by=session.user.id)
    events.publish("case_did_change", case_id=case["id"])
    return companion_id


def store_imported(session: Session, conn: Any, stored: list[tuple[str, Any]]) -> None:
    """The @2 members of imported cases, inside the import's transaction: identity and investigation, companions,
    and one group per group label of the document."""
    groups: dict[str, list[str]] = {}
    for case_id, case in stored:
        if case.identity is not None or case.investigation is not None:
            ident = case.identity or idn.Identity()
            case_edits.save_identity(conn, case_id, identity=idn.to_json(ident),
                                     investigation=idn.to_json(case.investigation or idn.Investigation()),
                                     extra_terms=[t for t in (ident.relation_name, ident.relation_name_native) if t])
        for c in case.companions:
            case_edits.insert_companion(conn, case_id, name=c.name, relation=c.relation,
                                        held_documents=c.held_documents, possible_exploiter=c.possible_exploiter,
                                        note=c.note, by=session.user.id)
        if case.group:
            groups.setdefault(case.group, []).append(case_id)
    for label, members in groups.items():
        group_id = case_edits.create_group(conn, note=label, by=session.user.id)
        for case_id in members:
            case_edits.set_group(conn, case_id, group_id)
            session.audit(conn, "case.group", case_id)


def _post_today(session: Session) -> dt.date:
    from app.domain import localtime
    from app.services.settings import get_time_zone

    return localtime.today(get_time_zone(session))


@dataclass(frozen=True)
class NonPunishmentLetter:
    letter_id: str
    case_reference: str
    lang: str
    pdf_bytes: bytes


def non_punishment_letter(session: Session, ref_or_id: str, *, addressee: str, lang: str = "en+ur",
                          issued_on: dt.date | None = None) -> NonPunishmentLetter:
    """The letter to the investigating officer recommending non-punishment, for a presumed victim in detention
    whose case records that recommendation with its reason; a supervisor issues it; audited (PDF bytes only)."""
    import os

    from app.letters.non_punishment import NonPunishmentContent, render_non_punishment
    from app.storage import post

    session.require("letter.issue")
    if lang not in ("en", "ur", "en+ur"):
        raise ValidationFailed("Choose the letter's language: en, ur or en+ur.", path="lang")
    if not addressee.strip():
        raise ValidationFailed("Name the investigating officer the letter is addressed to.", path="addressee")
    case = _case(session, ref_or_id)
    inv = idn.investigation_from_json(case.get("investigation") or {})
    if case["classification"] != CLASSIFICATION_PRESUMED_VICTIM or not (inv.detained and inv.non_punishment):
        raise Refused("This case records no non-punishment recommendation for a presumed victim in detention; "
                      "record it with `case edit` first.")
    here = post.get(session.db)
    day = issued_on or _post_today(session)
    letter_id = f"{here['code']}-NP-{day:%Y%m%d}-{os.urandom(2).hex().upper()}"
    content = NonPunishmentContent(
        letter_id=letter_id, case_reference=case["reference"], post_code=here["code"], post_name=here["name"],
        issued_on=day, addressee=addressee.strip()[:300], person_name=case["display_name"],
        name_native=case["name_native"], relation={lang_: idn.relation_line(
            idn.identity_from_json(case.get("identity") or {}), lang_) for lang_ in ("en", "ur")},
        nationality=_nationality(case["person"].get("nationality")), detained_since=inv.detained_since,
        detention_law=_named(vocabulary().detention_laws, inv.detention_law), fir_number=inv.fir_number,
        sections={lang_: [vocabulary().sections[s].label(lang_) for s in inv.law_sections] for lang_ in ("en", "ur")},
        reason=inv.non_punishment_reason, supervisor=session.user.full_name or session.user.username)
    pdf = render_non_punishment(content, lang=lang)
    session.record("letter.non_punishment", case["id"])
    return NonPunishmentLetter(letter_id, case["reference"], lang, pdf)


def _named(table: dict[str, idn.Named], code: str) -> dict[str, str]:
    item = table.get(code)
    return {"en": item.en, "ur": item.ur} if item else {}


def _nationality(code: str | None) -> dict[str, str]:
    from app.domain.names import NATIONALITIES

    if not code:
        return {}
    return dict(NATIONALITIES.get(code) or _named(vocabulary().countries, code))
