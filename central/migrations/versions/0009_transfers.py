"""Case transfers between posts (issue 14): the transfer metadata and the sealed copies the office relays."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create transfers and transfer_copies."""
    op.create_table(
        "transfers",
        sa.Column("transfer_id", sa.String(32), primary_key=True),
        sa.Column("from_device", sa.String(64), nullable=False),
        sa.Column("from_post", sa.String(32), nullable=False),
        sa.Column("to_post", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("sent_at", sa.String(32), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("state_at", sa.String(32), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
    )
    op.create_index("ix_transfers_to_post", "transfers", ["to_post", "state"])
    op.create_index("ix_transfers_from_device", "transfers", ["from_device"])
    op.create_table(
        "transfer_copies",
        sa.Column("transfer_id", sa.String(32), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("transfer_id", "device_id"),
    )


def downgrade() -> None:
    """Drop the transfer tables."""
    op.drop_table("transfer_copies")
    op.drop_index("ix_transfers_from_device", "transfers")
    op.drop_index("ix_transfers_to_post", "transfers")
    op.drop_table("transfers")
