"""`nrm-desk consent record|withdraw|list`: a person's consents, per purpose and recipient (officers, supervisors)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import print_json
from app.domain.errors import UsageError

PURPOSES = ("assistance", "referral", "data_sharing")  # app.domain.picklists.CONSENT_PURPOSES (checked in the service)
METHODS = ("written", "verbal")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("consent", help="a person's consents: record, withdraw, list")
    csub = p.add_subparsers(dest="action", required=True)
    rec = csub.add_parser("record", help="record a consent given after the interview")
    rec.add_argument("--user", required=True, help="an officer or supervisor")
    rec.add_argument("case", metavar="CASE", help="case reference or id")
    rec.add_argument("--purpose", required=True, choices=PURPOSES)
    rec.add_argument("--recipient", help="organisation id (omit for the central office)")
    rec.add_argument("--method", required=True, choices=METHODS)
    rec.add_argument("--category", action="append", default=[], dest="categories",
                     help="a data category the person agreed to share (repeat for several)")
    rec.add_argument("--interpreter", default="")
    rec.add_argument("--witness", default="")
    rec.add_argument("--guardian", default="", help="required for a child")
    rec.add_argument("--given-on", help="YYYY-MM-DD (default: today)")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=cmd_record)
    wd = csub.add_parser("withdraw", help="the person withdrew a consent: record it with the reason")
    wd.add_argument("--user", required=True)
    wd.add_argument("case", metavar="CASE")
    wd.add_argument("consent", metavar="CONSENT_ID")
    wd.add_argument("--reason", required=True, help="why, or in the person's words how, it was withdrawn")
    wd.add_argument("--json", action="store_true")
    wd.set_defaults(handler=cmd_withdraw)
    ls = csub.add_parser("list", help="the consents of a case")
    ls.add_argument("--user", required=True)
    ls.add_argument("case", metavar="CASE")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)


def _case(session: Any, ref: str) -> dict[str, Any]:
    """The case file (its view audited), by reference or id."""
    from app.services import cases

    return dict(cases.show_case(session, ref))


def cmd_record(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.cli.vault_cmds import session_for
    from app.domain.model import Consent
    from app.services import cases

    try:
        given = dt.date.fromisoformat(args.given_on) if args.given_on else dt.date.today()
    except ValueError:
        raise UsageError("Give --given-on as YYYY-MM-DD.") from None
    consent = Consent(purpose=args.purpose, recipient_id=args.recipient or None, method=args.method, given_on=given,
                      data_categories=tuple(args.categories), interpreter=args.interpreter, witness=args.witness,
                      guardian=args.guardian)
    with session_for(args) as s:
        case_id = _case(s, args.case)["id"]
        consent_id = cases.record_consent(s, case_id, consent)
    if args.json:
        print_json({"case_id": case_id, "consent_id": consent_id})
    else:
        print(f"Consent recorded: {consent_id}.", file=sys.stderr)
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for
    from app.services import cases

    with session_for(args) as s:
        case_id = _case(s, args.case)["id"]
        cases.withdraw_consent(s, case_id, args.consent, reason=args.reason)
        withdrawn = next(c for c in _case(s, case_id)["consents"] if c["id"] == args.consent)
    if args.json:
        print_json({"case_id": case_id, "consent_id": args.consent, "withdrawn_on": withdrawn["withdrawn_on"]})
    else:
        print(f"Consent {args.consent} withdrawn on {withdrawn['withdrawn_on']}.", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.cli.vault_cmds import session_for

    with session_for(args) as s:
        case = _case(s, args.case)
    travels = case["withdrawals"]
    keep = ("id", "purpose", "recipient_id", "method", "data_categories", "given_on", "withdrawn_on")
    rows = [{**{k: c[k] for k in keep},
             "withdrawal": next((w for w in travels if w["consent_id"] == c["id"]), None)} for c in case["consents"]]
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        state = f"withdrawn {c['withdrawn_on']}" if c["withdrawn_on"] else "active"
        if c["withdrawal"] is not None:
            state += f" ({REACHED[c['withdrawal']['reached']]})"
        print(f"{c['id']}  {c['purpose']:12} {c['recipient_id'] or 'central office':20} {c['method']:8} "
              f"given {c['given_on']}  {state}")
    return 0


# Where a withdrawal has reached (app.services.withdrawal_sync.reached), as the list prints it.
REACHED = {"waiting": "waiting to be sent to the office", "received": "received by the office",
           "notified": "organisations told to stop and delete",
           "confirmed": "every organisation confirmed it stopped and deleted"}
