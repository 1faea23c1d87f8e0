"""`nrm-desk sync …`: enrol with the central office, run a pass, status, USB export and import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import print_json
from app.cli.vault_cmds import session_for
from app.domain.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send approved referrals to the central office and fetch its updates")
    ssub = p.add_subparsers(dest="action", required=True)
    e = _cmd(ssub, "enroll", cmd_enroll, "enrol this post with the central office (online, or by USB with --root)")
    e.add_argument("--server", help="office address, e.g. https://nrm.fia.gov.pk")
    e.add_argument("--code", required=True, help="the one-time enrolment code from the office")
    e.add_argument("--root", help="root.json from the office (USB enrolment, no network needed)")
    e.add_argument("--to", help="USB enrolment: folder for the request file (default: beside --root)")
    r = _cmd(ssub, "run", cmd_run, "one sync pass now; exit 0 when nothing is left to send")
    r.add_argument("--server", help="set or change the office address first")
    r.add_argument("--timeout", type=float, help=argparse.SUPPRESS)  # default: sync.DEFAULT_TIMEOUT
    r.add_argument("--stats-now", action="store_true",
                   help="send changed statistical records now instead of after the stats delay (6 hours)")
    _cmd(ssub, "status", cmd_status, "what waits, what was delivered, the last sync and the feed")
    x = _cmd(ssub, "export", cmd_export, "write waiting bundles and a signed manifest to a folder (USB)")
    x.add_argument("--to", required=True, help="folder on the USB stick")
    x.add_argument("--stats-now", action="store_true",
                   help="include changed statistical records now instead of after the stats delay (6 hours)")
    i = _cmd(ssub, "import", cmd_import, "apply receipts and the feed the office wrote back to the folder")
    i.add_argument("--from", dest="source", required=True, help="the folder the office wrote into")
    rel = _cmd(ssub, "release", cmd_release, "put a quarantined bundle back in the queue")
    rel.add_argument("seq", type=int)


def _cmd(ssub: argparse._SubParsersAction, name: str, handler: object, text: str) -> argparse.ArgumentParser:
    p = ssub.add_parser(name, help=text)
    p.add_argument("--user", required=True, help="the acting user (password from NRM_DESK_PASSWORD or prompt)")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=handler)
    return p


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.services import sync_transfer

    if bool(args.server) == bool(args.root):
        raise UsageError("Give either --server URL (online) or --root FILE (USB enrolment).")
    with session_for(args) as s:
        if args.server:
            result = sync_transfer.enroll_online(s, server=args.server, code=args.code)
            text = (f"Enrolled with {result['office']} as device {result['device_id']}; "
                    f"{result['sealed']} approved referral(s) sealed for sending.")
        else:
            result = sync_transfer.enroll_usb(s, code=args.code, root_file=Path(args.root),
                                              to=Path(args.to) if args.to else None)
            text = (f"Wrote {result['request']}: take it to {result['office']}; then run `nrm-desk sync import` "
                    "on the folder the office writes its answer into.")
    _out(args, result, text)
    return 0


def _stats_delay(args: argparse.Namespace) -> dict[str, Any]:
    """--stats-now: no waiting for the statistical records (issue 13)."""
    from datetime import timedelta

    return {"stats_delay": timedelta(0)} if args.stats_now else {}


def cmd_run(args: argparse.Namespace) -> int:
    from app.services import sync

    with session_for(args) as s:
        if args.server:
            sync.set_server(s, args.server)
        try:
            report = sync.run(s, timeout=sync.DEFAULT_TIMEOUT if args.timeout is None else args.timeout,
                              **_stats_delay(args))
        except Exception:
            if args.json:
                print_json(sync.status(s.db))
            raise
    _out(args, sync.report_dict(report), f"Sync done: {report.acknowledged} delivered, nothing left to send.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.services import sync

    with session_for(args) as s:
        state = sync.session_status(s)
    text = (f"waiting {state['pending']}, quarantined {state['quarantined']}, delivered {state['acknowledged']}; "
            f"last success {state['last_success'] or 'never'}; feed v{state['feed_version'] or '-'}"
            + (" — DEVICE REVOKED" if state["revoked"] else ""))
    _out(args, state, text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services import sync_transfer

    with session_for(args) as s:
        result = sync_transfer.export_usb(s, Path(args.to), **_stats_delay(args))
    text = f"Wrote {result['bundles']} bundle(s) and a signed manifest to {result['folder']}."
    if result["enrolment_request"]:
        text += " The enrolment request is in the folder too."
    _out(args, result, text)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import sync_transfer

    with session_for(args) as s:
        result = sync_transfer.import_usb(s, Path(args.source))
    text = f"Imported {result['acknowledged']} new receipt(s); feed v{result['feed_version'] or '-'}."
    if result.get("feed_skipped"):
        text += f" The folder's feed was not applied ({result['feed_skipped']})."
    _out(args, result, text)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from app.services import sync

    with session_for(args) as s:
        sync.release(s, args.seq)
    _out(args, {"released": args.seq}, f"Bundle #{args.seq} is back in the queue.")
    return 0


def _out(args: argparse.Namespace, value: object, text: str) -> None:
    if args.json:
        print_json(value)
    else:
        print(text)
