"""`nrm-desk case close|reopen|follow-up|due`, `referral draft|follow-up|rerefer|emergency…`, `attachment …`.

The after-the-referral commands (issue 14). They join the `case` and `referral` groups that `vault_cmds` creates
(this module is listed after it in `_GROUPS`) and add the `attachment` group.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import print_json, say
from app.domain.errors import UsageError

OUTCOMES = ("assisted", "returned_home", "transferred", "lost_contact", "declined_assistance", "other")
KINDS = ("consent_form", "document", "medical", "other")
URGENCIES = ("routine", "urgent", "emergency")


def _actions_of(sub: argparse._SubParsersAction[argparse.ArgumentParser], group: str,
                help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The sub-command list of an existing group (`case`, `referral`), or of a new group when none exists yet."""
    parser = sub.choices.get(group)
    if parser is None:
        parser = sub.add_parser(group, help=help_text)
        return parser.add_subparsers(dest="action", required=True)
    for action in parser._actions:  # noqa: SLF001 — argparse offers no public way to extend a group's sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"the {group} group has no sub-commands")


def _common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_case(_actions_of(sub, "case", "cases"))
    _register_referral(_actions_of(sub, "referral", "referrals"))
    _register_attachment(sub)


def _register_case(csub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = _common(csub.add_parser("close", help="ask to close a case with an outcome, or (supervisor) approve or "
                                              "send back the closure waiting for approval"))
    c.add_argument("ref", metavar="REF")
    how = c.add_mutually_exclusive_group(required=True)
    how.add_argument("--outcome", choices=OUTCOMES, help="ask to close with this outcome")
    how.add_argument("--approve", action="store_true", help="approve the closure another person asked for")
    how.add_argument("--send-back", metavar="NOTE", help="keep the case open: send the closure back, saying why")
    c.add_argument("--note", default="", help="what happened (required with --outcome other)")
    c.set_defaults(handler=cmd_case_close)
    r = _common(csub.add_parser("reopen", help="re-open a closed case, with a reason"))
    r.add_argument("ref", metavar="REF")
    r.add_argument("--reason", required=True)
    r.set_defaults(handler=cmd_case_reopen)
    f = _common(csub.add_parser("follow-up", help="set (or clear with 'none') the case's follow-up date"))
    f.add_argument("ref", metavar="REF")
    f.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day to follow up, or 'none'")
    f.set_defaults(handler=cmd_case_follow_up)
    d = _common(csub.add_parser("due", help="follow-ups due today or overdue (cases and referrals)"))
    d.add_argument("--today", metavar="YYYY-MM-DD", help="judge against this day (default: today)")
    d.set_defaults(handler=cmd_case_due)


def _register_referral(rsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = _common(rsub.add_parser("draft", help="draft a referral of a case to an organisation"))
    d.add_argument("--case", required=True, metavar="REF")
    d.add_argument("--organisation", required=True, metavar="ORG_ID")
    d.add_argument("--service", action="append", required=True, metavar="S", help="a service (repeat for more)")
    d.add_argument("--reason", required=True)
    d.add_argument("--urgency", choices=URGENCIES, default="routine")
    d.set_defaults(handler=cmd_referral_draft)
    f = _common(rsub.add_parser("follow-up", help="set (or clear with 'none') a referral's follow-up date"))
    f.add_argument("id", metavar="ID")
    f.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    f.set_defaults(handler=cmd_referral_follow_up)
    r = _common(rsub.add_parser("rerefer", help="after a decline: a new draft to another organisation, prefilled"))
    r.add_argument("id", metavar="ID", help="the declined referral")
    r.add_argument("--organisation", required=True, metavar="ORG_ID")
    r.add_argument("--reason", required=True)
    r.add_argument("--service", action="append", default=[], metavar="S", help="default: the declined referral's")
    r.add_argument("--urgency", choices=URGENCIES, help="default: the declined referral's")
    r.set_defaults(handler=cmd_referral_rerefer)
    e = _common(rsub.add_parser("emergency", help="(officer, no supervisor present) release a referral now; a "
                                                  "supervisor approves it afterwards"))
    e.add_argument("id", metavar="ID")
    e.add_argument("--reason", required=True, help="why it cannot wait for a supervisor")
    e.set_defaults(handler=cmd_referral_emergency)
    a = _common(rsub.add_parser("emergency-approve", help="(supervisor) approve an emergency release afterwards"))
    a.add_argument("id", metavar="ID")
    a.add_argument("--note", default="")
    a.set_defaults(handler=cmd_referral_emergency_approve)
    q = _common(rsub.add_parser("emergencies", help="emergency releases waiting for a supervisor's approval"))
    q.set_defaults(handler=cmd_referral_emergencies)


def _register_attachment(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("attachment", help="scans and photos kept inside the encrypted store")
    asub = p.add_subparsers(dest="action", required=True)
    a = _common(asub.add_parser("add", help="attach files (JPEG, PNG, TIFF, PDF; at most 20 MB each), or take "
                                            "everything waiting in a scanner/camera folder (the originals are "
                                            "removed once inside the vault)"))
    a.add_argument("--case", required=True, metavar="REF")
    a.add_argument("--kind", choices=KINDS, default="document")
    a.add_argument("files", nargs="*", metavar="FILE")
    a.add_argument("--from-folder", metavar="DIR", help="a scanner or camera folder to take files from")
    a.set_defaults(handler=cmd_attachment_add)
    ls = _common(asub.add_parser("list", help="a case's attachments (no content)"))
    ls.add_argument("--case", required=True, metavar="REF")
    ls.set_defaults(handler=cmd_attachment_list)
    ex = _common(asub.add_parser("export", help="(supervisor) write an attachment out of the vault to a new file"))
    ex.add_argument("id", metavar="ID")
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.set_defaults(handler=cmd_attachment_export)


# ----- case -----
def cmd_case_close(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import closure

    with session_for(args) as s:
        if args.approve:
            closure.approve_closure(s, args.ref)
            text = f"{args.ref} is closed."
        elif args.send_back is not None:
            closure.return_closure(s, args.ref, note=args.send_back)
            text = f"The closure of {args.ref} was sent back; the case stays open."
        else:
            closure.request_closure(s, args.ref, outcome=args.outcome, note=args.note)
            text = f"The closure of {args.ref} waits for a supervisor's approval."
        found = closure.closures(s, args.ref)
    return say(args, {"case": args.ref, "closures": found}, text)


def cmd_case_reopen(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import closure

    with session_for(args) as s:
        status = closure.reopen(s, args.ref, reason=args.reason)
    return say(args, {"case": args.ref, "status": status}, f"{args.ref} is re-opened ({status}).")


def cmd_case_follow_up(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import followup

    with session_for(args) as s:
        day = followup.set_case_follow_up(s, args.ref, args.on)
    return say(args, {"case": args.ref, "follow_up_on": day},
                f"Follow up {args.ref} on {day}." if day else f"{args.ref} has no follow-up date.")


def cmd_case_due(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.cli.vault_cmds import session_for
    from app.services import followup

    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise UsageError(f"--today {args.today!r} is not a date; write it as YYYY-MM-DD.") from None
    with session_for(args) as s:
        found = followup.due(s, today=today)
    if args.json:
        print_json(found)
        return 0
    for row in found:
        what = f"referral {row['referral_id']} to {row['provider_name']}" if row["kind"] == "referral" else "case"
        print(f"{row['follow_up_on']}  {row['due']:8} {row['reference']}  {what}")
    return 0


# ----- referral -----
def cmd_referral_draft(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.domain.model import ReferralDraft
    from app.services import followup, referrals

    draft = ReferralDraft(provider_id=args.organisation, services=tuple(args.service), urgency=args.urgency,
                          reason=args.reason.strip())
    with session_for(args) as s:
        case_id = followup.resolve_case(s, args.case)
        referral_id = referrals.draft_referral(s, case_id, draft)
    return say(args, {"id": referral_id, "case": args.case, "status": "draft"}, referral_id)


def cmd_referral_follow_up(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import followup

    with session_for(args) as s:
        day = followup.set_referral_follow_up(s, args.id, args.on)
    return say(args, {"id": args.id, "follow_up_on": day},
                f"Follow up the referral on {day}." if day else "The referral has no follow-up date.")


def cmd_referral_rerefer(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import followup

    with session_for(args) as s:
        new_id = followup.rerefer(s, args.id, provider_id=args.organisation, reason=args.reason,
                                  services=tuple(args.service), urgency=args.urgency)
    return say(args, {"id": new_id, "rereferral_of": args.id, "status": "draft"}, new_id)


def cmd_referral_emergency(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import emergency

    with session_for(args) as s:
        seq = emergency.release(s, args.id, reason=args.reason)
    print("Released as an emergency; it waits for a supervisor's approval.", file=sys.stderr)
    if args.json:
        print_json({"id": args.id, "status": "approved", "emergency": "waiting_for_approval", "bundle_seq": seq})
    return 0


def cmd_referral_emergency_approve(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import emergency

    with session_for(args) as s:
        emergency.approve(s, args.id, note=args.note)
        found = emergency.marking(s, args.id)
    return say(args, found, "The emergency referral is approved.")


def cmd_referral_emergencies(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import emergency

    with session_for(args) as s:
        found = emergency.pending(s)
    if args.json:
        print_json(found)
        return 0
    for row in found:
        print(f"{row['referral_id']}  {row['reference']}  released {row['released_at']}")
    return 0


# ----- attachment -----
def cmd_attachment_add(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import attachments

    if bool(args.files) == bool(args.from_folder):
        raise UsageError("Give the files to attach, or --from-folder DIR, not both.")
    with session_for(args) as s:
        if args.from_folder:
            ids = attachments.import_folder(s, args.case, Path(args.from_folder), kind=args.kind)
        else:
            ids = attachments.add_files(s, args.case, [Path(f) for f in args.files], kind=args.kind)
    if args.json:
        print_json({"case": args.case, "added": ids})
    else:
        print(f"Attached {len(ids)} file(s) to {args.case}.", file=sys.stderr)
        for attachment_id in ids:
            print(attachment_id)
    return 0


def cmd_attachment_list(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import attachments

    with session_for(args) as s:
        found = attachments.list_attachments(s, args.case)
    if args.json:
        print_json(found)
        return 0
    for a in found:
        print(f"{a['id']}  {a['kind']:12} {a['media_type']:15} {a['size']:>9}  {a['created_at']}")
    return 0


def cmd_attachment_export(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import attachments

    with session_for(args) as s:
        meta = attachments.export(s, args.id, Path(args.out))
    return say(args, {**meta, "out": args.out}, f"Wrote {args.out}.")
