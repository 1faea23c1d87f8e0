"""A demo post: synthetic people only, three users, a synthetic directory, cases in every state."""

from __future__ import annotations

import itertools
import random
import secrets
from pathlib import Path
from typing import Any

from app.domain.errors import NrmError
from app.services import referrals as referral_service
from app.services import users, vault
from app.services.cases import store_cases
from app.services.session import Session
from app.storage import directory, post
from app.storage import referrals as referral_store

DEMO_CODE = "ISB"
DEMO_NAME = "AHT Circle Islamabad (demo)"
CHUNK = 2000
STATEFUL = 400  # referrals moved through the real services into every state


def build_demo(into: Path, *, cases: int = 50, password: str | None = None, seed: int = 0,
               post_code: str = DEMO_CODE, post_name: str = DEMO_NAME) -> dict[str, Any]:
    """Create the post in `into`; returns a summary (includes the generated password when none was given)."""
    from app.domain.synthetic import generate_cases, generate_directory

    secret = password or _generated_password()
    vault.create_post(into, post_code=post_code, post_name=post_name, admin_username="admin",
                      admin_password=secret, admin_full_name="Demo Admin")
    with vault.unlock(into, "admin", secret) as admin:
        users.add_user(admin, username="supervisor", role="supervisor", password=secret,
                       full_name="Inspector Sadia Noor (demo)")
        users.add_user(admin, username="officer", role="officer", password=secret,
                       full_name="Sub-Inspector Kamran Ali (demo)")
        orgs = generate_directory(random.Random(seed))  # noqa: S311 — synthetic data, not secrets
        with admin.transaction() as conn:
            for org in orgs:
                directory.upsert(conn, org)
                admin.audit(conn, "directory.update", org.id)
    with vault.unlock(into, "officer", secret) as officer:
        _import(officer, generate_cases(cases, seed=seed, directory=orgs))
        drafts = referral_store.list_referrals(officer.db, status="draft")
        drafts.sort(key=lambda r: r["created_at"])
        moved = drafts[:STATEFUL]
        for ref in moved:
            referral_service.submit(officer, ref["id"])
    with vault.unlock(into, "supervisor", secret) as supervisor:
        _review(supervisor, [r["id"] for r in moved])
        summary = _summary(supervisor, into, cases, secret if password is None else None, post_code=post_code)
    return summary


def _generated_password() -> str:
    return "demo-" + secrets.token_urlsafe(9)


def _import(session: Session, generated: Any) -> None:
    code = post.get(session.db)["code"]
    iterator = iter(generated)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        with session.transaction() as conn:
            store_cases(session, conn, chunk, code=code)


def _review(session: Session, submitted: list[str]) -> None:
    """Approve, return or leave waiting, in turn, so the demo shows every state."""
    for i, referral_id in enumerate(submitted):
        turn = i % 4
        try:
            if turn == 1:
                referral_service.approve(session, referral_id)
            elif turn == 2:
                referral_service.return_referral(session, referral_id, note="Please add the interpreter's name.")
        except NrmError:
            continue  # e.g. no consent recorded: it stays in the approval queue, as in real life


def _summary(session: Session, into: Path, cases: int, password: str | None, *, post_code: str) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for ref in referral_store.list_referrals(session.db):
        counts[ref["status"]] = counts.get(ref["status"], 0) + 1
    return {
        "data_dir": str(into),
        "post": post_code,
        "cases": cases,
        "organisations": len(directory.all_organisations(session.db)),
        "users": ["admin", "supervisor", "officer"],
        "password": password,
        "referrals": counts,
    }


def describe(summary: dict[str, Any]) -> str:
    lines = [
        f"Demo post {summary['post']} created in {summary['data_dir']}",
        f"  {summary['cases']} synthetic cases, {summary['organisations']} organisations in the directory",
        "  referrals: " + ", ".join(f"{n} {s}" for s, n in sorted(summary["referrals"].items())),
        "  users: admin, supervisor, officer",
    ]
    if summary.get("password"):
        lines.append(f"  password (all three): {summary['password']}")
    else:
        lines.append("  password (all three): the value of NRM_DESK_PASSWORD")
    return "\n".join(lines)
