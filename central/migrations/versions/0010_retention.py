"""Retention at the office (issue 16): legal holds on referrals and the record of what was purged."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create retention_holds and retention_purges."""
    op.create_table(
        "retention_holds",
        sa.Column("referral_id", sa.String(64), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "retention_purges",
        sa.Column("referral_id", sa.String(64), primary_key=True),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("purged_at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    """Drop the retention tables."""
    for name in ("retention_purges", "retention_holds"):
        op.drop_table(name)
