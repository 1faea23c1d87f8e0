"""Commands on the post vault: init, user, case, referral, audit, demo (services imported inside handlers)."""

from __future__ import annotations

import argparse
import base64
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import data_dir, new_password, password, print_json
from app.domain.errors import UsageError, ValidationFailed

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from app.services.session import Session


@contextlib.contextmanager
def session_for(args: argparse.Namespace) -> Iterator[Session]:
    """The acting user's session (password from NRM_DESK_PASSWORD or a prompt), closed on the way out."""
    from app.services import vault

    session = vault.unlock(data_dir(args), args.user, password())
    try:
        yield session
    finally:
        session.close()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new post (encrypted store and keystore)")
    p.add_argument("--post-code", required=True)
    p.add_argument("--post-name", required=True)
    p.add_argument("--admin", required=True, help="user name of the first admin")
    p.add_argument("--full-name", default="")
    p.add_argument("--recovery-key", help="file with the central office's recovery public key (base64, 32 bytes)")
    p.set_defaults(handler=cmd_init)

    _register_user(sub)
    _register_case(sub)
    _register_referral(sub)

    p = sub.add_parser("audit", help="audit log")
    asub = p.add_subparsers(dest="action", required=True)
    v = asub.add_parser("verify", help="recompute the hash chain")
    v.add_argument("--user", required=True)
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("demo", help="create a demo post with synthetic people")
    p.add_argument("--into", required=True, help="folder for the demo post (must not hold a post)")
    p.add_argument("--cases", type=int, default=50)
    p.add_argument("--seed", type=int, default=0, help="another seed gives other synthetic people")
    p.add_argument("--post-code", default=None, help="the demo post's code (default ISB)")
    p.add_argument("--post-name", default=None, help="the demo post's name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)


def _user_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")


def _register_user(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="manage the post's accounts")
    usub = p.add_subparsers(dest="action", required=True)
    a = usub.add_parser("add")
    _user_arg(a)
    a.add_argument("--username", required=True)
    a.add_argument("--role", required=True, choices=["officer", "supervisor", "admin"])
    a.add_argument("--full-name", default="")
    a.set_defaults(handler=cmd_user_add)
    pw = usub.add_parser("passwd", help="change your password, or (admin) reset another user's")
    _user_arg(pw)
    pw.add_argument("--username", help="whose password to reset (default: your own)")
    pw.set_defaults(handler=cmd_user_passwd)
    r = usub.add_parser("remove", help="remove an account and rekey the store")
    _user_arg(r)
    r.add_argument("--username", required=True)
    r.set_defaults(handler=cmd_user_remove)
    ro = usub.add_parser("role")
    _user_arg(ro)
    ro.add_argument("--username", required=True)
    ro.add_argument("--role", required=True, choices=["officer", "supervisor", "admin"])
    ro.set_defaults(handler=cmd_user_role)
    ls = usub.add_parser("list")
    _user_arg(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_user_list)


def _register_case(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case", help="cases")
    csub = p.add_subparsers(dest="action", required=True)
    i = csub.add_parser("import", help="import an interchange file (nrm-desk/cases@1), all or nothing")
    _user_arg(i)
    i.add_argument("file")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_case_import)
    ls = csub.add_parser("list")
    _user_arg(ls)
    ls.add_argument("--search", default="")
    ls.add_argument("--status")
    ls.add_argument("--limit", type=int, default=200)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_case_list)
    sh = csub.add_parser("show")
    _user_arg(sh)
    sh.add_argument("ref")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=cmd_case_show)
    from app.cli import case_edit_cmds  # edit, history, group, companion (issue 14)

    case_edit_cmds.register_case(csub)


def _register_referral(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("referral", help="referrals")
    rsub = p.add_subparsers(dest="action", required=True)
    ls = rsub.add_parser("list")
    _user_arg(ls)
    ls.add_argument("--status")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_referral_list)
    ap = rsub.add_parser("approve")
    _user_arg(ap)
    ap.add_argument("id")
    ap.add_argument("--override-reason", help="approve without the consent it needs (recorded as an override)")
    ap.set_defaults(handler=cmd_referral_approve)
    sm = rsub.add_parser("submit")
    _user_arg(sm)
    sm.add_argument("id")
    sm.set_defaults(handler=cmd_referral_submit)
    rt = rsub.add_parser("return")
    _user_arg(rt)
    rt.add_argument("id")
    rt.add_argument("--note", required=True)
    rt.set_defaults(handler=cmd_referral_return)


# ----- handlers -----
def _read_recovery_key(path: str | None) -> X25519PublicKey | None:
    if not path:
        return None
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        raw = base64.b64decode(Path(path).read_text().strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except (OSError, ValueError) as exc:
        raise ValidationFailed(f"The recovery key file {path} is not a base64 X25519 public key.") from exc


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import vault

    secret = os.environ.get("NRM_DESK_NEW_PASSWORD") or password(prompt="Admin password: ", confirm=True)
    vault.create_post(data_dir(args), post_code=args.post_code, post_name=args.post_name,
                      admin_username=args.admin, admin_password=secret, admin_full_name=args.full_name,
                      recovery_public_key=_read_recovery_key(args.recovery_key))
    print(f"Created post {args.post_code.upper()} in {data_dir(args)}; admin user: {args.admin}.", file=sys.stderr)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from app.services import users

    with session_for(args) as s:
        users.add_user(s, username=args.username, role=args.role, password=new_password(), full_name=args.full_name)
    print(f"Added {args.role} {args.username}.", file=sys.stderr)
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from app.services import users

    with session_for(args) as s:
        if args.username and args.username.casefold() != args.user.casefold():
            users.reset_password(s, username=args.username, new_password=new_password())
        else:
            users.change_own_password(s, new_password=new_password())
    print("Password changed.", file=sys.stderr)
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    from app.services import users

    with session_for(args) as s:
        users.remove_user(s, username=args.username)
    print(f"Removed {args.username}; the store was rekeyed.", file=sys.stderr)
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    from app.services import users

    with session_for(args) as s:
        users.set_role(s, username=args.username, role=args.role)
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from app.domain.model import to_jsonable
    from app.services import users

    with session_for(args) as s:
        found = users.list_users(s)
    if args.json:
        print_json([to_jsonable(u) for u in found])
    else:
        for u in found:
            print(f"{u.username:20} {u.role:11} {'active' if u.active else 'inactive'}")
    return 0


def cmd_case_import(args: argparse.Namespace) -> int:
    from app.services import cases

    doc = cases.read_interchange(Path(args.file))
    with session_for(args) as s:
        refs = cases.import_cases(s, doc)
    if args.json:
        print_json({"imported": refs})
    else:
        print(f"Imported {len(refs)} case(s).", file=sys.stderr)
        for ref in refs:
            print(ref)
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    from app.domain.model import to_jsonable
    from app.services import cases
    from app.services.cases import CaseFilter

    with session_for(args) as s:
        found = cases.list_cases(s, CaseFilter(search=args.search, status=args.status), limit=args.limit)
        cases.record_listing(s)
    if args.json:
        print_json([to_jsonable(c) for c in found])
    else:
        for c in found:
            child = " child" if c.is_child else ""
            print(f"{c.reference}  {c.encounter_date}  {c.status:9} {c.display_name}{child}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from app.services import cases

    with session_for(args) as s:
        case = cases.show_case(s, args.ref)
    if args.json:
        print_json(case)
        return 0
    person = case["person"]
    print(f"{case['reference']}  {case['status']}  {case['display_name']}  {case['name_native']}")
    print(f"  born {person.get('date_of_birth') or '?'}  nationality {person.get('nationality') or '?'}")
    for enc in case["encounters"]:
        print(f"  encounter {enc['date']} at {enc['place']} ({enc['circumstance']})")
    for ref in case["referrals"]:
        print(f"  referral {ref['id']} to {ref['provider_id']}: {ref['status']}")
    for line in _identity_lines(case):
        print(f"  {line}")
    return 0


def _identity_lines(case: dict) -> list[str]:
    """Identity, investigation, group and companions in the text output of `case show` (issue 14)."""
    from app.domain import identity as idn
    from app.services.case_edit import vocabulary

    vocab = vocabulary()
    names = {"origin_province": vocab.provinces, "origin_district": vocab.districts, "origin_country": vocab.countries,
             "exploitation_country": vocab.countries, "detention_law": vocab.detention_laws,
             "law_sections": vocab.sections, "exploitation_type": vocab.exploitation_types,
             "recruiter_relation": vocab.recruiter_relations}

    def shown(key: str, value: object) -> str:
        table = names.get(key)
        items = value if isinstance(value, list) else [value]
        return "; ".join(table[v].en if table is not None and v in table else str(v) for v in items)

    ident = idn.identity_from_json(case.get("identity") or {})
    inv = idn.investigation_from_json(case.get("investigation") or {})
    lines = [line for line in (idn.relation_line(ident, "en"),) if line]
    lines += [f"{k}: {shown(k, v)}" for k, v in idn.to_json(ident).items() if not k.startswith("relation")]
    lines += [f"{k}: {shown(k, v)}" for k, v in idn.to_json(inv).items()]
    if case.get("group"):
        lines.append("together with: " + ", ".join(m["reference"] for m in case["group"]["others"]))
    for c in case.get("companions", []):
        mark = " (possible exploiter)" if c["possible_exploiter"] else ""
        lines.append(f"companion: {c['name']}, {c['relation']}{mark}")
    if case.get("changes"):
        lines.append(f"{len(case['changes'])} correction(s); see `nrm-desk case history`")
    return lines


def cmd_referral_list(args: argparse.Namespace) -> int:
    from app.services import referrals

    with session_for(args) as s:
        found = referrals.list_referrals(s, status=args.status)
    if args.json:
        print_json(found)
    else:
        for r in found:
            print(f"{r['id']}  {r['case_reference']}  {r['status']:10} {r['urgency']:9} {r['provider_name']}")
    return 0


def cmd_referral_approve(args: argparse.Namespace) -> int:
    from app.services import referrals

    with session_for(args) as s:
        referrals.approve(s, args.id, override_reason=args.override_reason)
    print("Referral approved.", file=sys.stderr)
    return 0


def cmd_referral_submit(args: argparse.Namespace) -> int:
    from app.services import referrals

    with session_for(args) as s:
        referrals.submit(s, args.id)
    return 0


def cmd_referral_return(args: argparse.Namespace) -> int:
    from app.services import referrals

    with session_for(args) as s:
        referrals.return_referral(s, args.id, note=args.note)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from app.services import audit

    with session_for(args) as s:
        report = audit.verify(s)
    if args.json:
        print_json({"ok": report.ok, "size": report.size, "head": report.head, "anchored": report.anchored})
    elif report.anchored:
        print(f"Audit log intact: {report.size} entries, extending the {report.anchored} the office receipted.")
    else:
        print(f"Audit log intact: {report.size} entries.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    if args.cases < 0:
        raise UsageError("--cases must be 0 or more.")
    summary = demo.build_demo(Path(args.into), cases=args.cases, password=os.environ.get("NRM_DESK_PASSWORD"),
                              seed=args.seed, post_code=args.post_code or demo.DEMO_CODE,
                              post_name=args.post_name or demo.DEMO_NAME)
    if args.json:
        print_json(summary)
    else:
        print(demo.describe(summary))
    return 0
