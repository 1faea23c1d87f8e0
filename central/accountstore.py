"""SQL for hub accounts: users, server-side sessions and the failed-login log (SQLAlchemy Core)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from central.accounttables import hub_login_failures, hub_sessions, hub_users
from central.store import Store

Row = dict[str, Any]


def add_user(store: Store, **row: Any) -> bool:
    """Insert a user; False when the username is taken."""
    try:
        with store.write() as conn:
            conn.execute(insert(hub_users).values(**row))
    except IntegrityError:
        return False
    return True


def user_by_name(store: Store, username: str) -> Row | None:
    """One user row by username (with hash and sealed secret)."""
    with store.read() as conn:
        row = conn.execute(select(hub_users).where(hub_users.c.username == username)).first()
    return None if row is None else dict(row._mapping)


def user_by_id(store: Store, user_id: str) -> Row | None:
    """One user row by id."""
    with store.read() as conn:
        row = conn.execute(select(hub_users).where(hub_users.c.user_id == user_id)).first()
    return None if row is None else dict(row._mapping)


def users(store: Store) -> list[Row]:
    """Every user without credentials, by username."""
    cols = [c for c in hub_users.c if c.name not in ("password_hash", "totp_secret", "totp_last_step")]
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(*cols).order_by(hub_users.c.username))]


def disable_user(store: Store, username: str, *, at: str) -> str | None:
    """Mark a user disabled and end their sessions; the user id, or None when there is no such user."""
    with store.write() as conn:
        user_id = conn.execute(select(hub_users.c.user_id).where(hub_users.c.username == username)).scalar()
        if user_id is None:
            return None
        conn.execute(update(hub_users).where(hub_users.c.user_id == user_id)
                     .where(hub_users.c.disabled_at.is_(None)).values(disabled_at=at))
        conn.execute(delete(hub_sessions).where(hub_sessions.c.user_id == user_id))
    return str(user_id)


def use_totp_step(store: Store, user_id: str, step: int) -> bool:
    """Record `step` as the last used code, only if it is newer: False means the code was used already."""
    with store.write() as conn:
        done = conn.execute(update(hub_users).where(hub_users.c.user_id == user_id)
                            .where(hub_users.c.totp_last_step < step).values(totp_last_step=step)).rowcount
    return bool(done)


# --- failed logins ---------------------------------------------------------------------------------
def add_failure(store: Store, *, kind: str, subject: str, at: str) -> None:
    """Remember one failed login for an account or an address."""
    with store.write() as conn:
        conn.execute(insert(hub_login_failures).values(kind=kind, subject=subject, at=at))


def count_failures(store: Store, *, kind: str, subject: str, since: str) -> int:
    """Failed logins for an account or address since a time."""
    query = (select(func.count()).select_from(hub_login_failures).where(hub_login_failures.c.kind == kind)
             .where(hub_login_failures.c.subject == subject).where(hub_login_failures.c.at >= since))
    with store.read() as conn:
        return int(conn.execute(query).scalar_one())


def prune_failures(store: Store, *, before: str) -> None:
    """Forget failures older than the throttling window (the table stays small)."""
    with store.write() as conn:
        conn.execute(delete(hub_login_failures).where(hub_login_failures.c.at < before))


def clear_failures(store: Store, *, kind: str, subject: str) -> None:
    """Forget an account's failures after a successful login."""
    with store.write() as conn:
        conn.execute(delete(hub_login_failures).where(hub_login_failures.c.kind == kind)
                     .where(hub_login_failures.c.subject == subject))


# --- sessions ------------------------------------------------------------------------------------
def add_session(store: Store, **row: Any) -> None:
    """Store a new session (the token's hash, never the token)."""
    with store.write() as conn:
        conn.execute(insert(hub_sessions).values(**row))


def session(store: Store, token_sha256: str) -> Row | None:
    """One session row."""
    with store.read() as conn:
        row = conn.execute(select(hub_sessions).where(hub_sessions.c.token_sha256 == token_sha256)).first()
    return None if row is None else dict(row._mapping)


def touch_session(store: Store, token_sha256: str, *, at: str) -> None:
    """Move a session's last-seen time forward."""
    with store.write() as conn:
        conn.execute(update(hub_sessions).where(hub_sessions.c.token_sha256 == token_sha256).values(seen_at=at))


def end_session(store: Store, token_sha256: str) -> None:
    """Delete a session (logout, expiry)."""
    with store.write() as conn:
        conn.execute(delete(hub_sessions).where(hub_sessions.c.token_sha256 == token_sha256))


def end_stale_sessions(store: Store, *, seen_before: str, created_before: str) -> int:
    """Delete every session past its idle or absolute limit."""
    with store.write() as conn:
        return int(conn.execute(delete(hub_sessions).where(
            (hub_sessions.c.seen_at < seen_before) | (hub_sessions.c.created_at < created_before))).rowcount)
