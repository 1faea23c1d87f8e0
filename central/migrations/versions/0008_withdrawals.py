"""Consent withdrawals that travel (issue 16): withdrawals, the referrals they cover, and the organisations told."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create withdrawals, withdrawal_referrals and withdrawal_notices."""
    op.create_table(
        "withdrawals",
        sa.Column("withdrawal_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("consent_id", sa.String(64)),
        sa.Column("case_id", sa.String(64)),
        sa.Column("categories", sa.Text, nullable=False),
        sa.Column("withdrawn_on", sa.String(10), nullable=False),
        sa.Column("bundle_id", sa.String(32)),
        sa.Column("recorded_by", sa.String(64)),
        sa.Column("reason", sa.Text),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "withdrawal_referrals",
        sa.Column("withdrawal_id", sa.String(64), nullable=False),
        sa.Column("referral_id", sa.String(64), nullable=False),
        sa.Column("organisation_id", sa.String(64)),
        sa.PrimaryKeyConstraint("withdrawal_id", "referral_id"),
    )
    op.create_index("ix_withdrawal_referrals_referral", "withdrawal_referrals", ["referral_id"])
    op.create_table(
        "withdrawal_notices",
        sa.Column("withdrawal_id", sa.String(64), nullable=False),
        sa.Column("referral_id", sa.String(64), nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("notified_at", sa.String(32), nullable=False),
        sa.Column("confirmed_at", sa.String(32)),
        sa.Column("confirmed_by", sa.String(64)),
        sa.PrimaryKeyConstraint("withdrawal_id", "referral_id", "organisation_id"),
    )
    op.create_index("ix_withdrawal_notices_org", "withdrawal_notices", ["organisation_id"])


def downgrade() -> None:
    """Drop them."""
    op.drop_table("withdrawal_notices")
    op.drop_table("withdrawal_referrals")
    op.drop_table("withdrawals")
