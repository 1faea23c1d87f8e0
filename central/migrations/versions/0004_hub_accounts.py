"""Hub accounts: users (Argon2id hash, encrypted TOTP secret), server-side sessions, failed-login log."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create hub_users, hub_sessions and hub_login_failures."""
    op.create_table(
        "hub_users",
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("organisation_id", sa.String(64)),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("totp_secret", sa.LargeBinary, nullable=False),
        sa.Column("totp_last_step", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("disabled_at", sa.String(32)),
    )
    op.create_table(
        "hub_sessions",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("seen_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hub_sessions_user", "hub_sessions", ["user_id"])
    op.create_table(
        "hub_login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("subject", sa.String(128), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hub_login_failures_subject", "hub_login_failures", ["kind", "subject", "at"])


def downgrade() -> None:
    """Drop the account tables."""
    for name in ("hub_login_failures", "hub_sessions", "hub_users"):
        op.drop_table(name)
