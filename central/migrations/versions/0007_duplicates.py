"""One person across posts (issue 13): the keyed same-person index and the pairs coordinators decide."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create hub_match_cases, hub_match_tags and hub_duplicates."""
    op.create_table(
        "hub_match_cases",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("post_code", sa.String(32), nullable=False),
        sa.Column("case_reference", sa.String(64), nullable=False),
        sa.Column("referral_id", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "case_id"),
    )
    op.create_table(
        "hub_match_tags",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("tag", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "case_id", "kind", "tag"),
    )
    op.create_index("ix_hub_match_tags_tag", "hub_match_tags", ["tag"])
    op.create_table(
        "hub_duplicates",
        sa.Column("pair_id", sa.String(32), primary_key=True),
        *(sa.Column(f"{side}_{name}", sa.String(size), nullable=False) for side in ("a", "b")
          for name, size in (("device", 64), ("case", 64), ("post", 32), ("reference", 64), ("referral", 64))),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("matched", sa.Text, nullable=False),
        sa.Column("conflicts", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("found_at", sa.String(32), nullable=False),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("decided_at", sa.String(32)),
    )
    op.create_index("ix_hub_duplicates_status", "hub_duplicates", ["status", "found_at"])
    op.create_index("ix_hub_duplicates_a", "hub_duplicates", ["a_device"])
    op.create_index("ix_hub_duplicates_b", "hub_duplicates", ["b_device"])


def downgrade() -> None:
    """Drop the same-person tables."""
    for name in ("hub_duplicates", "hub_match_tags", "hub_match_cases"):
        op.drop_table(name)
