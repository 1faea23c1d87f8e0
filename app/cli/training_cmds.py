"""`nrm-desk training init|scenarios|check|attempt|report`: the practice post, its scenarios and the trainer's report.

Exit codes (DESIGN.md §9): 0 done · 1 refused (a scenario that does not validate, a real post, a role) · 2 usage ·
3 authentication failed · 4 integrity failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from app.cli.common import password, print_json
from app.cli.vault_cmds import session_for
from app.domain.errors import UsageError, ValidationFailed


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("training", help="training mode: practice post, scenarios, trainer's report")
    commands = group.add_subparsers(dest="training_command", metavar="SUBCOMMAND", required=True)
    p = commands.add_parser("init", help="create a practice post (marked TRAINING; never enrols or exports)")
    p.add_argument("--into", required=True, help="folder for the practice post (must not hold a post)")
    p.add_argument("--trainee", action="append", default=[], help="a trainee's user name (repeat for each)")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=cmd_init)
    p = commands.add_parser("scenarios", help="list the bundled practice scenarios")
    p.add_argument("--lang", choices=("en", "ur"), default="en")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=cmd_scenarios)
    p = commands.add_parser("check", help="validate scenario files (schema, ids, engine agreement)")
    p.add_argument("files", nargs="*", metavar="FILE", help="scenario files (default: the bundled library)")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=cmd_check)
    p = commands.add_parser("attempt", help="score a trainee's answers to one scenario (JSON file) and keep them")
    p.add_argument("--user", required=True, help="the trainee (password from NRM_DESK_PASSWORD or prompt)")
    p.add_argument("--scenario", required=True, help="the scenario id")
    p.add_argument("--lang", choices=("en", "ur"), default="en", help="the language the trainee practised in")
    p.add_argument("file", metavar="FILE", help='{"indicators", "classification", "child_procedures", "consent", '
                                                '"services"}')
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=cmd_attempt)
    p = commands.add_parser("report", help="the trainer's workshop report (PDF, English and Urdu)")
    p.add_argument("--user", required=True, help="the trainer (the practice post's admin)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", choices=("en", "ur", "en+ur"), default="en+ur")
    p.add_argument("--also", action="append", default=[], metavar="DIR",
                   help="another practice post of the same workshop (same trainer and password); repeatable")
    p.add_argument("--json", action="store_true", help="print the results as JSON too")
    p.set_defaults(handler=cmd_report)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import training

    summary = training.create_practice_post(Path(args.into), password=os.environ.get("NRM_DESK_PASSWORD"),
                                            trainees=args.trainee)
    if args.json:
        print_json(summary)
        return 0
    print(f"Practice post (TRAINING) created in {summary['data_dir']}")
    print(f"  users: {', '.join(summary['users'])} (trainer: admin; coach: supervisor; trainees: officers)")
    print(f"  password (all): {summary['password'] or 'the value of NRM_DESK_PASSWORD'}")
    print("  it never enrols with an office, exports bundles or transfers by USB")
    return 0


def cmd_scenarios(args: argparse.Namespace) -> int:
    from app.services import training

    rows = [{"id": s.id, "title": s.doc["title"][args.lang], "expected": s.expected_classification,
             "child": s.is_child, "certainty": s.expert["classification"]["certainty"]["level"]}
            for s in training.library().values()]
    if args.json:
        print_json({"scenarios": rows})
        return 0
    for row in rows:
        print(f"{row['id']:45} {row['expected']:30} {row['title']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import training

    report = training.check_files([Path(f) for f in args.files])
    bad = [r for r in report if not r["ok"]]
    if args.json:
        print_json({"checked": len(report), "refused": len(bad), "files": report})
    else:
        for r in report:
            print(f"{'ok ' if r['ok'] else 'BAD'} {r['file']}" + "".join(f"\n    {p}" for p in r["problems"]))
    if bad:
        raise ValidationFailed(f"{len(bad)} of {len(report)} scenario file(s) do not validate.")
    return 0


def cmd_attempt(args: argparse.Namespace) -> int:
    from app.domain import safejson
    from app.services import training

    try:
        raw = safejson.read_file(Path(args.file), safejson.Limits(max_bytes=64 * 1024, max_depth=6))
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
    except safejson.JsonRefused as exc:
        raise ValidationFailed(f"{args.file} is refused: {exc.reason}.") from None
    if not isinstance(raw, dict):
        raise ValidationFailed(f"{args.file} must hold a JSON object.")
    with session_for(args) as session:
        feedback = training.record_attempt(session, args.scenario, training.attempt_of(raw), lang=args.lang)
    if args.json:
        print_json(feedback.to_dict())
        return 0
    print(f"{args.scenario}: score {feedback.score}%")
    print(f"  indicators found {len(feedback.found)}, missed {len(feedback.missed)}, wrongly coded {len(feedback.wrong)}")
    print(f"  classification {'right' if feedback.right('classification') else 'not right'}: expected "
          f"{feedback.classification[1]}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.atomic import atomic_write
    from app.services import training, vault

    with contextlib.ExitStack() as stack:
        session = stack.enter_context(session_for(args))
        others = []
        for folder in args.also:
            other = vault.unlock(Path(folder), args.user, password())
            stack.callback(other.close)
            others.append((other, Path(folder).name))
        pdf, results = training.workshop_report(session, lang=args.lang, prepared_on=dt.date.today(), others=others)
    try:
        atomic_write(Path(args.out), pdf, mode=0o600)
    except OSError as exc:
        raise UsageError(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    if args.json:
        print_json({"out": str(args.out), "results": results})
    else:
        print(f"Report written to {args.out} ({len(results['trainees'])} trainee(s), "
              f"{results['group']['attempts']} practice run(s)).")
    return 0
