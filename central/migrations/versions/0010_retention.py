"""Retention at the office (issue 16): legal holds on referrals and the record of what was purged."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# A purge finds a referral's rows by its id; without these it would scan these tables once per referral.
INDEXES = (("ix_bundles_referral", "bundles"), ("ix_statuses_referral", "statuses"),
           ("ix_hub_match_cases_referral", "hub_match_cases"))


def upgrade() -> None:
    """Create retention_holds and retention_purges, and index the referral id where a purge looks for it."""
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
    for name, table in INDEXES:
        op.create_index(name, table, ["referral_id"])


def downgrade() -> None:
    """Drop the retention tables and indexes."""
    for name, table in INDEXES:
        op.drop_index(name, table_name=table)
    for name in ("retention_purges", "retention_holds"):
        op.drop_table(name)
