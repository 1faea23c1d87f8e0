"""The hub's account tables (users, sessions, failed logins); revision 0004 creates them."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, LargeBinary, String, Table, Text

from central.tables import metadata

hub_users = Table(
    "hub_users", metadata,
    Column("user_id", String(32), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("organisation_id", String(64)),
    Column("password_hash", Text, nullable=False),
    Column("totp_secret", LargeBinary, nullable=False),
    Column("totp_last_step", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("disabled_at", String(32)),
)

hub_sessions = Table(
    "hub_sessions", metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("user_id", String(32), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("seen_at", String(32), nullable=False),
    Index("ix_hub_sessions_user", "user_id"),
)

hub_login_failures = Table(
    "hub_login_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),
    Column("subject", String(128), nullable=False),
    Column("at", String(32), nullable=False),
    Index("ix_hub_login_failures_subject", "kind", "subject", "at"),
)
