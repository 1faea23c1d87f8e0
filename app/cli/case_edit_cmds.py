"""`nrm-desk case edit|history|group|companion`: corrections with a reason, people together (services inside)."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import print_json
from app.cli.vault_cmds import session_for
from app.domain.errors import UsageError

EDIT_EPILOG = """\
fields (FIELD=VALUE; an empty VALUE clears; yes/no for flags; comma-separated lists; dates YYYY-MM-DD):
  person.given_name family_name name_native sex date_of_birth estimated_age possible_child nationality languages
  identity.relation (son_of|daughter_of|wife_of) relation_name relation_name_native origin_province (PB SD KP BA
           IS GB JK) origin_district (e.g. PB-lahore) origin_country origin_place phone marital_status
  encounter.date place circumstance notes
  investigation.detained detained_since detention_law fir_number law_sections (ptpa-3 ptpa-4 psma-3 psma-4)
           non_punishment non_punishment_reason exploitation_type exploitation_country exploitation_city route
           recruiter_relation
An officer corrects the cases they recorded; a supervisor any case. Exit codes: 0 corrected, 1 refused (bad value,
role, nothing changed), 2 usage, 3 wrong password. When the child flag changes, a warning says so (stderr, and
"child_flag_changed" in --json): child procedures apply and a new screening is due.
"""


def register_case(csub: argparse._SubParsersAction) -> None:
    """Sub-commands of `case` (called by vault_cmds when it builds the `case` group)."""
    e = csub.add_parser("edit", help="correct details after intake, with a reason (audited, kept as history)",
                        epilog=EDIT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _user(e)
    e.add_argument("ref")
    e.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="values")
    e.add_argument("--reason", required=True, help="why the details are corrected (required)")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=cmd_case_edit)
    h = csub.add_parser("history", help="every correction of a case: field, old and new value, reason, who, when")
    _user(h)
    h.add_argument("ref")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=cmd_case_history)
    g = csub.add_parser("group", help="link cases met in one encounter (a family, one vehicle)")
    _user(g)
    g.add_argument("refs", nargs="+", metavar="REF")
    g.add_argument("--note", default="")
    g.add_argument("--json", action="store_true")
    g.set_defaults(handler=cmd_case_group)
    np = csub.add_parser("letter", help="the non-punishment recommendation to the investigating officer (supervisor)",
                         epilog="Exit codes: 0 written, 1 refused (role, no recommendation recorded, file exists), "
                                "2 usage, 3 wrong password.")
    _user(np)
    np.add_argument("ref")
    np.add_argument("--to", required=True, dest="addressee", help="the investigating officer: name and office")
    np.add_argument("--out", required=True, help="the PDF file to write (mode 0600)")
    np.add_argument("--lang", choices=("en", "ur", "en+ur"), default="en+ur")
    np.add_argument("--force", action="store_true", help="replace an existing file")
    np.add_argument("--json", action="store_true")
    np.set_defaults(handler=cmd_case_letter)
    c = csub.add_parser("companion", help="record someone travelling with the person who is not a case")
    _user(c)
    c.add_argument("ref")
    c.add_argument("--name", required=True)
    c.add_argument("--relation", required=True,
                   help="spouse, parent, child, relative, travel_companion, agent, driver or other")
    c.add_argument("--held-documents", action="store_true", help="this companion held the person's passport")
    c.add_argument("--possible-exploiter", action="store_true")
    c.add_argument("--note", default="")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_case_companion)


def _user(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD)")


def parse_values(values: list[str]) -> dict[str, object]:
    from app.domain import identity

    out: dict[str, object] = {}
    for item in values:
        name, sep, text = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set takes FIELD=VALUE, not {item!r}.")
        if name.strip() in out:
            raise UsageError(f"{name.strip()} is given twice.")
        out[name.strip()] = identity.parse_text(name.strip(), text)
    return out


def cmd_case_edit(args: argparse.Namespace) -> int:
    from app.services import case_edit

    if not args.values:
        raise UsageError("Give at least one --set FIELD=VALUE.")
    changes = parse_values(args.values)
    with session_for(args) as s:
        result = case_edit.edit_case(s, args.ref, changes, reason=args.reason)
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if args.json:
        print_json({"case": result.reference, "changes": [vars(c) for c in result.changes],
                    "is_child": result.is_child, "child_flag_changed": result.child_flag_changed})
        return 0
    for c in result.changes:
        print(f"{c.field}: {c.old!r} -> {c.new!r}")
    return 0


def cmd_case_history(args: argparse.Namespace) -> int:
    from app.services import case_edit

    with session_for(args) as s:
        found = case_edit.history(s, args.ref)
    if args.json:
        print_json(found)
        return 0
    for c in found:
        print(f"{c['at']}  {c['changed_by_name']}  {c['field']}: {c['old']!r} -> {c['new']!r}  ({c['reason']})")
    return 0


def cmd_case_group(args: argparse.Namespace) -> int:
    from app.services import case_edit

    with session_for(args) as s:
        group_id = case_edit.link_group(s, args.refs, note=args.note)
    if args.json:
        print_json({"group": group_id, "cases": args.refs})
    else:
        print(f"Linked {len(set(args.refs))} cases in group {group_id}.")
    return 0


def cmd_case_companion(args: argparse.Namespace) -> int:
    from app.services import case_edit

    with session_for(args) as s:
        companion_id = case_edit.add_companion(s, args.ref, name=args.name, relation=args.relation,
                                               held_documents=args.held_documents,
                                               possible_exploiter=args.possible_exploiter, note=args.note)
    if args.json:
        print_json({"companion": companion_id})
    else:
        print(f"Recorded companion {companion_id}.")
    return 0


def cmd_case_letter(args: argparse.Namespace) -> int:
    from app.atomic import atomic_write
    from app.cli.letter_cmds import _target
    from app.services import case_edit

    path = _target(args.out, force=args.force)
    with session_for(args) as s:
        letter = case_edit.non_punishment_letter(s, args.ref, addressee=args.addressee, lang=args.lang)
    atomic_write(path, letter.pdf_bytes, mode=0o600)
    result = {"letter_id": letter.letter_id, "case": letter.case_reference, "lang": letter.lang, "out": str(path)}
    if args.json:
        print_json(result)
    else:
        print(f"Wrote the non-punishment letter {letter.letter_id} to {path}.")
    return 0
