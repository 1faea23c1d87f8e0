"""The nrm-central command line (DESIGN.md §9): one clear sentence on error, --json for machines."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import select
import signal
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from central import enrol, matchindex, referrals, retention_cmds, stats_cmds, usb, user_cmds
from central.errors import CentralError, KeyFileError, NotFound, NotInitialised, StoreTooNew, StoreUnavailable
from central.officekeys import KEY_FILE, OfficeKeys, save_keys
from central.service import CONFIG_FILE, db_url, open_service
from central.store import Store
from protocol.canonical import canonical, format_time, utcnow
from protocol.errors import ProtocolError
from protocol.keys import PUBLIC_URL

OK, REFUSED, USAGE, AUTH, INTEGRITY, UNREACHABLE = 0, 1, 2, 3, 4, 5
MAX_HEADER_BYTES = 16 * 1024  # request line and headers; a bundle's headers are a few hundred bytes
BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `cat big | head`


class Refused(CentralError):
    """A command the operator asked for that cannot be done as asked."""

    code = "refused"


def passphrase(*, confirm: bool = False) -> str:
    """NRM_CENTRAL_PASSPHRASE, else a no-echo prompt (twice when creating keys)."""
    value = os.environ.get("NRM_CENTRAL_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise KeyFileError("set NRM_CENTRAL_PASSPHRASE or run from a terminal to type the passphrase")
    first = getpass.getpass("Office key passphrase: ")
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise Refused("the passphrases differ")
    if len(first) < 12 and confirm:
        raise Refused("use a passphrase of at least 12 characters")
    return first


def emit(args: argparse.Namespace, value: Any, text: str) -> None:
    """--json prints machine output on stdout; otherwise a human line."""
    print(json.dumps(value, ensure_ascii=False, indent=None, default=str) if args.json else text)


def cmd_init(args: argparse.Namespace) -> int:
    """Create office keys (encrypted), root.json, config.json and the store."""
    data_dir: Path = args.data_dir
    if (data_dir / KEY_FILE).exists():
        raise Refused(f"{data_dir} already holds office keys")
    url = (args.public_url or "").rstrip("/") or None
    if url is not None and not PUBLIC_URL.match(url):
        raise Refused("--public-url must be an http(s) address such as https://nrm.example.gov.pk")
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    save_keys(OfficeKeys.generate(), data_dir, passphrase=passphrase(confirm=True), office_name=args.office_name,
              public_url=url)
    config = {"office_name": args.office_name, **({"db": args.db} if args.db else {}),
              **({"public_url": url} if url else {})}
    (data_dir / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", "utf-8")
    Store(db_url(data_dir, args.db)).close()
    for name in ("central.db", "central.db-wal", "central.db-shm"):
        if (data_dir / name).exists():
            os.chmod(data_dir / name, 0o600)
    emit(args, {"data_dir": str(data_dir), "root": str(data_dir / "root.json")}, f"office initialised in {data_dir}")
    return OK


def cmd_demo(args: argparse.Namespace) -> int:
    """A demo office fed by two synthetic posts (built by nrm-desk) with referrals in many lifecycle steps."""
    import secrets

    from central.hub import demo

    data_dir: Path = args.data_dir
    if (data_dir / KEY_FILE).exists():
        raise Refused(f"{data_dir} already holds an office; give the demo a new folder")
    secret = os.environ.get("NRM_CENTRAL_PASSPHRASE") or "demo-" + secrets.token_urlsafe(12)
    password = os.environ.get("NRM_CENTRAL_USER_PASSWORD") or "demo-" + secrets.token_urlsafe(9)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    save_keys(OfficeKeys.generate(), data_dir, passphrase=secret, office_name="NRM office (demo)")
    (data_dir / CONFIG_FILE).write_text(json.dumps({"office_name": "NRM office (demo)"}, indent=2) + "\n", "utf-8")
    service = open_service(data_dir, passphrase=secret, db=args.db)
    try:
        summary = demo.build(service, data_dir / "demo-posts", password=password, root=data_dir / "root.json")
        summary["hub_users"] = _demo_users(service, summary["organisations"], password=password)
    finally:
        service.close()
    summary.update(data_dir=str(data_dir), passphrase=None if "NRM_CENTRAL_PASSPHRASE" in os.environ else secret,
                   post_password=None if "NRM_CENTRAL_USER_PASSWORD" in os.environ else password)
    lines = [f"demo office in {data_dir}: posts {', '.join(summary['posts'])}",
             f"  referrals by step: {summary['referrals_by_step']}",
             f"  post folders (users admin, supervisor, officer): {', '.join(summary['post_folders'])}",
             f"  office passphrase: {summary['passphrase'] or 'the value of NRM_CENTRAL_PASSPHRASE'}",
             f"  post password: {summary['post_password'] or 'the value of NRM_CENTRAL_USER_PASSWORD'}",
             "  hub users (same password; load each otpauth URI into an authenticator app):",
             *(f"    {name}: {uri}" for name, uri in summary["hub_users"].items())]
    emit(args, summary, "\n".join(lines))
    return OK


def _demo_users(service: Any, organisations: list[str], *, password: str) -> dict[str, str]:
    """One hub account per role (a provider per organisation): username -> otpauth provisioning URI."""
    import re

    from central.hub import accounts

    wanted: list[tuple[str, str, str | None]] = [("coordinator", "coordinator", None), ("admin", "admin", None),
                                                 ("analyst", "analyst", None)]
    wanted += [(re.sub(r"[^a-z0-9._-]", "-", f"provider-{org}".lower())[:64], "provider", org) for org in organisations]
    made = {}
    for username, role, org in wanted:
        user = accounts.add_user(service.store, service.keys, username=username, role=role, password=password,
                                 organisation_id=org, now=utcnow())
        made[username] = user.provisioning_uri
    return made


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the HTTP service until SIGINT/SIGTERM, finishing in-flight requests."""
    import uvicorn

    from central.app import create_app
    from central.guard import guarded_protocol
    from central.logs import setup_logging
    from central.service import read_config
    from central.web.security import WebSettings

    setup_logging(args.log_level.upper())
    service = open_service(args.data_dir, passphrase=passphrase(), db=args.db)
    if os.environ.get("NRM_CENTRAL_TEST_CLOCK"):  # browser tests move the server's clock (overdue, expiry)
        from central.clock import shifted_clock

        service.clock = shifted_clock(Path(os.environ["NRM_CENTRAL_TEST_CLOCK"]))
    web = WebSettings.from_config(read_config(args.data_dir))
    # idle, half-open and slow connections are closed; past --max-connections new requests get 503
    protocol = guarded_protocol(header_timeout=args.header_timeout, body_timeout=args.body_timeout)
    config = uvicorn.Config(create_app(service, web), host=args.host, port=args.port, log_config=None,
                            access_log=False, timeout_graceful_shutdown=args.grace, lifespan="on",
                            http=protocol, timeout_keep_alive=args.keep_alive_timeout,
                            limit_concurrency=args.max_connections, backlog=args.max_connections,
                            h11_max_incomplete_event_size=MAX_HEADER_BYTES)
    # uvicorn re-raises the signal after its graceful shutdown; by then the shutdown is done, so exit 0
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)
    from central.retention_schedule import Schedule

    schedule = Schedule(service, every=args.retention_every).start()  # issue 16: the office's purge, daily
    uvicorn.Server(config).run()
    schedule.stop()
    return OK


def cmd_enroll_code(args: argparse.Namespace) -> int:
    """Issue a one-time code: the code alone on stdout, details on stderr."""
    with _store(args) as store:
        code, expires = enrol.issue_code(store, post_code=args.post_code, post_name=args.post_name, now=utcnow(),
                                         ttl=timedelta(hours=args.ttl_hours))
    print(code)
    print(f"enrolment code for {args.post_code} expires at {expires}; it works once", file=sys.stderr)
    return OK


def cmd_transfers_list(args: argparse.Namespace) -> int:
    """Case transfers between posts (issue 14): metadata only; the office cannot open what it relays."""
    from central import transfers

    with _store(args) as store, store.read() as conn:
        rows = transfers.listing(conn)
    lines = [f"{r['transfer_id']} {r['from_post']} -> {r['to_post']} {r['state']} {r['state_at']}" for r in rows]
    emit(args, rows, "\n".join(lines) or "no transfers")
    return OK


def cmd_bundles_list(args: argparse.Namespace) -> int:
    """The bundle index (no personal data)."""
    with _store(args) as store:
        rows = referrals.bundle_index(store)
    lines = [f"{r['device_id']} #{r['seq']} {r['bundle_id']} {r['received_at']} {r['size']} bytes" for r in rows]
    emit(args, rows, "\n".join(lines) or "no bundles")
    return OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    """Possible same-person pairs across posts (issue 13): post codes, case references, what agrees; no names."""
    with _store(args) as store, store.read() as conn:
        rows = matchindex.pairs(conn, status=None if args.status == "all" else args.status)
    lines = [f"{r['pair_id']} {r['a_post']} {r['a_reference']} ~ {r['b_post']} {r['b_reference']} {r['score']}% "
             f"{','.join(r['matched'])} {r['status']}" for r in rows]
    emit(args, rows, "\n".join(lines) or "no possible same-person pairs")
    return OK


def cmd_referrals(args: argparse.Namespace) -> int:
    """List referrals or show one, decrypting with the office key on demand."""
    service = open_service(args.data_dir, passphrase=passphrase(), db=args.db)
    try:
        if args.action == "list":
            rows = referrals.referral_summaries(service.store, service.keys)
            text = "\n".join(f"{r['referral_id']} {r['post_code']} {r['created_at']} {r['status'] or '-'}" for r in rows)
            emit(args, rows, text or "no referrals")
        else:
            detail = referrals.referral_detail(service.store, service.keys, args.id)
            emit(args, detail, json.dumps(detail, ensure_ascii=False, indent=2))
    finally:
        service.close()
    return OK


def cmd_referral_status(args: argparse.Namespace) -> int:
    """Record a status change; the next feed carries it to the post."""
    with _store(args) as store:
        row = referrals.set_status(store, args.id, status=args.status, note=args.note)
    emit(args, row, f"referral {args.id} is now {args.status}")
    return OK


def cmd_device(args: argparse.Namespace) -> int:
    """Revoke a device, or list devices."""
    with _store(args) as store:
        if args.action == "list":
            rows = [{k: v for k, v in d.items() if k not in ("signing_key", "box_key")} for d in store.devices()]
            emit(args, rows, "\n".join(f"{d['device_id']} {d['post_code']} revoked={d['revoked_at']}" for d in rows))
            return OK
        if not args.device:
            raise Refused("name the device to revoke")
        if not store.revoke_device(args.device, at=format_time(utcnow())):
            raise NotFound(f"no device {args.device}")
    emit(args, {"device_id": args.device, "revoked": True}, f"device {args.device} revoked")
    return OK


def cmd_flags(args: argparse.Namespace) -> int:
    """Things a coordinator must look at: sequence gaps and broken audit chains."""
    with _store(args) as store:
        rows = store.flags(args.device)
    emit(args, rows, "\n".join(f"{r['at']} {r['device_id']} {r['kind']}: {r['detail']}" for r in rows) or "no flags")
    return OK


def cmd_directory(args: argparse.Namespace) -> int:
    """Publish a service directory JSON file into the feed."""
    doc = json.loads(Path(args.file).read_text("utf-8"))
    if not isinstance(doc, dict) or doc.get("type") != "nrm/directory":
        raise Refused('the directory file must be a JSON object with "type": "nrm/directory"')
    with _store(args) as store:
        store.put_setting("directory", canonical(doc))
    emit(args, {"published": True}, "directory stored; the next feed carries it")
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    """USB transfer: verify the folder, ingest, write receipts and the feed back into it."""
    service = open_service(args.data_dir, passphrase=passphrase(), db=args.db)
    try:
        report = usb.import_folder(service, Path(args.source))
    finally:
        service.close()
    enrolled = "enrolment request answered; " if report.enrolled else ""
    if report.device_id is None:
        emit(args, report.__dict__, f"{enrolled}no bundles in this folder")
        return OK
    emit(args, report.__dict__, f"{enrolled}{len(report.accepted)} new, {len(report.repeated)} already held, "
         f"{len(report.refused)} refused; feed v{report.feed_version} written")
    return INTEGRITY if report.refused else OK


def cmd_letter_verify(args: argparse.Namespace) -> int:
    """Check a referral letter PDF: signed payload, device key, content digest (exit 4 when not genuine)."""
    from central.letter_verify import verify_letter_pdf

    data = Path(args.file).read_bytes()
    with _store(args) as store:
        check = verify_letter_pdf(store, data, password=os.environ.get("NRM_LETTER_PASSWORD", ""))
    text = (f"valid: letter {check.letter_id} for referral {check.referral_id}, signed by device {check.device_id} "
            f"({check.post_code})") if check.valid else f"NOT valid: {check.reason}: {check.detail}"
    emit(args, check.__dict__, text)
    return OK if check.valid else INTEGRITY


class _store:
    """Context manager: open (and migrate) the store of a data directory without the office keys."""

    def __init__(self, args: argparse.Namespace) -> None:
        if not (args.data_dir / KEY_FILE).exists():
            raise NotInitialised(f"{args.data_dir} is not an office data directory (run nrm-central init)")
        self.store = Store(db_url(args.data_dir, args.db))

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *_exc: object) -> None:
        self.store.close()


def parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, required=True, help="office data directory")
    common.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    common.add_argument("--json", action="store_true", help="machine output on stdout")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    top = argparse.ArgumentParser(prog="nrm-central", description="NRM Desk central office service")
    sub = top.add_subparsers(dest="command", required=True)
    init = _add(sub, "init", cmd_init, common)
    init.add_argument("--office-name", required=True)
    init.add_argument("--public-url", help="the office's public address; letters print its /verify page")
    _add(sub, "demo", cmd_demo, common)
    serve = _add(sub, "serve", cmd_serve, common)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--grace", type=int, default=30, help="seconds to finish in-flight requests on shutdown")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve.add_argument("--header-timeout", type=_seconds, default=10.0,
                       help="seconds a client has to send a request's headers (slowloris guard)")
    serve.add_argument("--body-timeout", type=_seconds, default=120.0,
                       help="seconds a client has to send a request's body once its headers arrived")
    serve.add_argument("--keep-alive-timeout", type=_seconds, default=5.0,
                       help="seconds an idle kept-alive connection stays open")
    serve.add_argument("--max-connections", type=int, default=256,
                       help="open connections and requests at once; beyond it requests get 503")
    serve.add_argument("--retention-every", type=float, default=86400.0, metavar="SECONDS",
                       help="run the retention purge this often (first run a minute after start); 0: never")
    code = _add(sub, "enroll-code", cmd_enroll_code, common)
    code.add_argument("--post-code", required=True)
    code.add_argument("--post-name", required=True)
    code.add_argument("--ttl-hours", type=int, default=72)
    bundles = sub.add_parser("bundles").add_subparsers(dest="action", required=True)
    _add(bundles, "list", cmd_bundles_list, common)
    _add(sub.add_parser("transfers").add_subparsers(dest="action", required=True), "list", cmd_transfers_list,
         common)
    refs = sub.add_parser("referrals").add_subparsers(dest="action", required=True)
    _add(refs, "list", cmd_referrals, common)
    _add(refs, "show", cmd_referrals, common).add_argument("id")
    status = _add(sub.add_parser("referral").add_subparsers(dest="action", required=True), "status",
                  cmd_referral_status, common)
    status.add_argument("id")
    status.add_argument("--status", required=True, choices=referrals.STATUSES)
    status.add_argument("--note")
    device = sub.add_parser("device").add_subparsers(dest="action", required=True)
    _add(device, "revoke", cmd_device, common).add_argument("device")
    _add(device, "list", cmd_device, common).set_defaults(device=None)
    flags = sub.add_parser("flags").add_subparsers(dest="action", required=True)
    _add(flags, "list", cmd_flags, common).add_argument("--device")
    directory = sub.add_parser("directory").add_subparsers(dest="action", required=True)
    _add(directory, "publish", cmd_directory, common).add_argument("file")
    _add(sub, "import", cmd_import, common).add_argument("--from", dest="source", required=True)
    letter = sub.add_parser("letter").add_subparsers(dest="action", required=True)
    _add(letter, "verify", cmd_letter_verify, common).add_argument("file")
    user_cmds.register(sub, common)
    dups = sub.add_parser("duplicates", help="possible same-person pairs across posts").add_subparsers(
        dest="action", required=True)
    _add(dups, "list", cmd_duplicates, common).add_argument(
        "--status", default="open", choices=[*matchindex.STATUSES, "all"])
    retention_cmds.register(sub, common)
    stats_cmds.register(sub, common)
    return top


def _seconds(text: str) -> float:
    """A positive number of seconds (argparse type)."""
    value = float(text)
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("give a number of seconds between 0 and 3600")
    return value


def _add(sub: Any, name: str, func: Callable[[argparse.Namespace], int], common: argparse.ArgumentParser) -> Any:
    """A subcommand bound to its function."""
    cmd = sub.add_parser(name, parents=[common])
    cmd.set_defaults(func=func)
    return cmd


def exit_code(exc: BaseException) -> int:
    """Exit codes of DESIGN.md §9."""
    if isinstance(exc, KeyFileError):
        return AUTH
    if isinstance(exc, (StoreUnavailable, StoreTooNew, SQLAlchemyError)):
        return UNREACHABLE
    if isinstance(exc, ProtocolError):
        return INTEGRITY
    return REFUSED


def main(argv: list[str] | None = None) -> int:
    """Entry point of the nrm-central console script."""
    args = parser().parse_args(argv)
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # inside the try: a reader that went away is seen here, not at interpreter exit
        return code
    except BrokenPipeError as exc:
        if stdout_gone():
            return BROKEN_PIPE  # `nrm-central … --json | head`: end quietly, as cat or grep do in that pipe
        return _failed(args, exc)
    except (CentralError, ProtocolError, SQLAlchemyError, OSError, ValueError) as exc:
        return _failed(args, exc)
    except KeyboardInterrupt:
        return REFUSED


def _failed(args: argparse.Namespace, exc: BaseException) -> int:
    """One sentence on stderr and the exit code (the traceback only with --debug)."""
    if args.debug:
        raise exc
    message = getattr(exc, "message", None) or str(exc).splitlines()[0]
    print(f"nrm-central: {message}", file=sys.stderr)
    return exit_code(exc)


def stdout_gone() -> bool:
    """After a BrokenPipeError: whether standard output's reader left (a pipe with no reader polls as an error);
    if so, point standard output at the null device so that Python's last flush at exit prints nothing."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    if hasattr(select, "poll"):  # not on Windows
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        if not any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0)):
            return False
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
    return True


if __name__ == "__main__":
    sys.exit(main())
