"""A referral id belongs to the device that first sent it: one owner row per referral id."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create referral_owners and give every referral already held to the device of its first bundle."""
    op.create_table(
        "referral_owners",
        sa.Column("referral_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.device_id"), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
    )
    # the earliest bundle naming each referral id (received_at, then bundle id: a total order)
    op.execute(
        "INSERT INTO referral_owners (referral_id, device_id, bundle_id) "
        "SELECT b.referral_id, b.device_id, b.bundle_id FROM bundles b "
        "WHERE b.bundle_id = (SELECT b2.bundle_id FROM bundles b2 WHERE b2.referral_id = b.referral_id "
        "ORDER BY b2.received_at, b2.bundle_id LIMIT 1)"
    )


def downgrade() -> None:
    """Drop the owner table."""
    op.drop_table("referral_owners")
