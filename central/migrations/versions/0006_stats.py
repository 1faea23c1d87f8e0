"""Statistical records (issue 13): stats bundles carry no referral, and the office keeps each record's newest revision."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """bundles.referral_id may be NULL (a stats bundle), bundles.kind; create stats_records."""
    with op.batch_alter_table("bundles") as batch:
        batch.alter_column("referral_id", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="referral"))
    op.create_table(
        "stats_records",
        sa.Column("stats_id", sa.String(32), primary_key=True),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.device_id"), nullable=False),
        sa.Column("post_code", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("revision", sa.String(64), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("sex", sa.String(48)),
        sa.Column("age_band", sa.String(16), nullable=False),
        sa.Column("nationality", sa.String(32)),
        sa.Column("classification", sa.String(48)),
        sa.Column("status", sa.String(48)),
        sa.Column("screenings", sa.Integer, nullable=False),
        sa.Column("exploitation_types", sa.Text, nullable=False),
        sa.Column("services_needed", sa.Text, nullable=False),
        sa.Column("services_referred", sa.Text, nullable=False),
        sa.Column("referrals", sa.Text, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_stats_records_month", "stats_records", ["month"])


def downgrade() -> None:
    """Drop stats_records and the stats bundles' column (stats bundles must be gone first)."""
    op.drop_index("ix_stats_records_month", "stats_records")
    op.drop_table("stats_records")
    with op.batch_alter_table("bundles") as batch:
        batch.drop_column("kind")
        batch.alter_column("referral_id", existing_type=sa.String(64), nullable=False)
