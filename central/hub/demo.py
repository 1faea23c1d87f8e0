"""`nrm-central demo`: an office fed by two synthetic posts built by the post's own program, in many lifecycle steps.

The posts are real: `nrm-desk demo` creates each (synthetic people, consent, approved referrals), `nrm-desk sync`
enrols it and exports its sealed bundles by the USB route, and the office imports them exactly as in the field.
The office then moves the referrals through the hub's services as its coordinator and providers would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from central import enrol
from central.hub import organisations, referrals
from central.hub.errors import HubError
from central.hub.principal import ADMIN, COORDINATOR, PROVIDER, Principal
from central.service import Service
from central.usb import import_folder
from protocol.canonical import utcnow

POSTS = (("ISB", "AHT Circle Islamabad (demo)", 1), ("LHE", "AHT Circle Lahore (demo)", 2))
DEMO_ADMIN = Principal("demo-admin", "demo-admin", ADMIN)
DEMO_COORDINATOR = Principal("demo-coordinator", "demo-coordinator", COORDINATOR)


class DemoFailed(HubError):
    """A step of the demo (usually the post's program) did not succeed."""

    code, status = "demo_failed", 500


def _desk(post: Path, *args: str, password: str) -> None:
    """Run the post's own command line (`nrm-desk`) on one demo post."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NRM_DESK_")}
    env["NRM_DESK_PASSWORD"] = password
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(post), *args], env=env,  # noqa: S603
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL, check=False)
    if done.returncode != 0:
        raise DemoFailed(f"nrm-desk {args[0]} failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")


def build_post(service: Service, work: Path, *, code: str, name: str, seed: int, cases: int, password: str,
               root: Path) -> None:
    """Create one post, enrol it by USB, and bring its approved referrals into the office."""
    post, usb = work / f"post-{code}", work / f"usb-{code}"
    _desk(post, "demo", "--into", str(post), "--cases", str(cases), "--seed", str(seed), "--post-code", code,
          "--post-name", name, password=password)
    one_time, _ = enrol.issue_code(service.store, post_code=code, post_name=name, now=utcnow())
    _desk(post, "sync", "enroll", "--user", "admin", "--code", one_time, "--root", str(root), "--to", str(usb),
          password=password)
    import_folder(service, usb)  # answers the enrolment request
    _desk(post, "sync", "import", "--user", "admin", "--from", str(usb), password=password)
    _desk(post, "sync", "export", "--user", "admin", "--to", str(usb), "--stats-now", password=password)
    import_folder(service, usb)  # the referrals, and the statistical records of every case


def _directory(service: Service) -> list[str]:
    """Put the organisations the posts named into the published directory (as an admin reviewing them would)."""
    store = service.store
    wanted: dict[str, set[str]] = {}
    for row in referrals.queue(store, DEMO_COORDINATOR):
        wanted.setdefault(row["requested_org"], set()).update(row["services"])
    for org in organisations.all_organisations(store):
        if org["organisation_id"] in wanted and not org["in_directory"]:
            organisations.save(store, DEMO_ADMIN, {"id": org["organisation_id"], "name": org["name"],
                                                   "services": sorted(wanted[org["organisation_id"]])})
    return sorted(wanted)


def _provider(org: str) -> Principal:
    return Principal(f"demo-provider-{org}"[:64], f"provider-{org}"[:64], PROVIDER, org)


def _story(turn: int, org: str, other: str | None) -> list[tuple[Principal, str, dict[str, Any]]]:
    """The steps one referral goes through in the demo (turn 0 stays received)."""
    prov = _provider(org)
    stories: list[list[tuple[Principal, str, dict[str, Any]]]] = [
        [],
        [(prov, "acknowledge", {})],
        [(prov, "acknowledge", {}), (prov, "accept", {"note": "A place is ready."})],
        [(prov, "acknowledge", {}), (prov, "accept", {}), (prov, "arrived", {}), (prov, "start_services", {})],
        [(prov, "acknowledge", {}), (prov, "accept", {}), (prov, "arrived", {}), (prov, "start_services", {}),
         (prov, "complete", {}), (DEMO_COORDINATOR, "close", {})],
    ]
    if other is not None:
        stories.append([(prov, "acknowledge", {}), (prov, "decline", {"note": "No place this week."}),
                        (DEMO_COORDINATOR, "reroute", {"organisation_id": other, "note": "First choice full."})])
    return stories[turn % len(stories)]


def move_referrals(service: Service, orgs: list[str]) -> dict[str, int]:
    """Route every referral but a few, then walk each through a different part of the lifecycle."""
    store, counts = service.store, dict[str, int]()
    for turn, row in enumerate(referrals.queue(store, DEMO_COORDINATOR)):
        rid, org = row["referral_id"], row["requested_org"]
        if turn % 7 == 0:
            continue  # left for the coordinator to route
        late = turn % 7 == 1  # routed long ago and never acknowledged: overdue
        when = utcnow() - timedelta(hours=100) if late else utcnow()
        referrals.act(store, DEMO_COORDINATOR, rid, "route", organisation_id=org, now=when)
        other = next((o for o in orgs if o != org), None)
        for who, action, extra in [] if late else _story(turn, org, other):
            referrals.act(store, who, rid, action, **extra)
    for row in referrals.queue(store, DEMO_COORDINATOR):
        counts[row["step"]] = counts.get(row["step"], 0) + 1
    return counts


def build(service: Service, work: Path, *, password: str, root: Path, cases: int = 16) -> dict[str, Any]:
    """The whole demo office; returns what was made (no personal data)."""
    for code, name, seed in POSTS:
        build_post(service, work, code=code, name=name, seed=seed, cases=cases, password=password, root=root)
    orgs = _directory(service)
    steps = move_referrals(service, orgs)
    return {"posts": [p[0] for p in POSTS], "organisations": orgs, "referrals_by_step": steps,
            "post_folders": [str(work / f"post-{p[0]}") for p in POSTS],
            "providers": {o: _provider(o).user_id for o in orgs}}
