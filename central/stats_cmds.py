"""`nrm-central stats|report|export`: office statistics, the monthly PDF and the HTCDS / CTDC exports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _principal(store: Any, args: argparse.Namespace) -> Any:
    from central.hub import stats

    return stats.operator(store, args.as_user)


def cmd_stats(args: argparse.Namespace) -> int:
    """The figures of /hub/stats, k-suppressed (coordinator, analyst)."""
    from central.cli import OK, _store, emit
    from central.hub import stats

    with _store(args) as store:
        found = stats.figures(store, _principal(store, args), start=args.start, end=args.end, k=args.k)
    emit(args, found, "\n".join(f"{key}: {value}" for key, value in found.items()))
    return OK


def cmd_report(args: argparse.Namespace) -> int:
    """The monthly report as a PDF in English and Urdu (coordinator, analyst)."""
    from central.cli import OK, _store, emit
    from central.hub import stats
    from central.web import report

    with _store(args) as store:
        found = stats.monthly(store, _principal(store, args), month=args.month, k=args.k)
    data = report.render(found, month=args.month, office_name=_office_name(args.data_dir))
    _write(args.out, data)
    emit(args, {"out": str(args.out), "month": args.month, "bytes": len(data)}, f"report written to {args.out}")
    return OK


def cmd_export(args: argparse.Namespace) -> int:
    """HTCDS (coordinator) or k-anonymous CTDC (coordinator, analyst) CSV."""
    from central.cli import OK, _store, emit
    from central.hub import exports

    with _store(args) as store:
        principal = _principal(store, args)
        if args.format == "htcds":
            text, count = exports.htcds(store, principal, start=args.start, end=args.end)
            summary: dict[str, Any] = {"format": "htcds", "written": count, "generalised": 0, "dropped": 0}
        else:
            text, summary = exports.ctdc(store, principal, k=args.k or 5, start=args.start, end=args.end)
            summary = {"format": "ctdc", **summary}
    _write(args.out, text.encode("utf-8"))
    summary["out"] = str(args.out)
    emit(args, summary, f"{summary['written']} rows written to {args.out} ({summary['generalised']} generalised, "
                        f"{summary['dropped']} dropped)")
    return OK


def _office_name(data_dir: Path) -> str:
    import json

    from central.service import CONFIG_FILE

    try:
        return str(json.loads((data_dir / CONFIG_FILE).read_text("utf-8")).get("office_name") or "NRM office")
    except (OSError, ValueError):
        return "NRM office"


def _write(path: Path, data: bytes) -> None:
    """Write the file readable by its owner only (it holds office data)."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add stats, report and export to the nrm-central parser."""
    acting = argparse.ArgumentParser(add_help=False)
    acting.add_argument("--as", dest="as_user", required=True,
                        help="the hub account acting (coordinator or analyst; HTCDS needs a coordinator)")
    period = argparse.ArgumentParser(add_help=False)
    period.add_argument("--from", dest="start", metavar="YYYY-MM", help="first month of encounter")
    period.add_argument("--to", dest="end", metavar="YYYY-MM", help="last month of encounter")
    stats = sub.add_parser("stats", parents=[common, acting, period],
                           help="office statistics as on /hub/stats, small cells suppressed; exit 1 for other roles")
    stats.add_argument("--k", type=int, help="suppress cells of fewer than k persons (default: the office's, 5)")
    stats.set_defaults(func=cmd_stats)
    report = sub.add_parser("report", parents=[common, acting], help="the monthly report PDF (English and Urdu)")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", type=Path, required=True)
    report.add_argument("--k", type=int)
    report.set_defaults(func=cmd_report)
    export = sub.add_parser("export", parents=[common, acting, period],
                            help="htcds: HTCDS 2.0 rows (coordinator); ctdc: k-anonymous CTDC rows")
    export.add_argument("format", choices=["htcds", "ctdc"])
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--k", type=int, help="ctdc: every quasi-identifier combination occurs at least k times (5)")
    export.set_defaults(func=cmd_export)
