"""Initial central schema: devices, enrolment codes, bundles, audit mirror, flags, statuses, feed."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table of central.tables as of revision 0001."""
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("post_code", sa.String(32), nullable=False),
        sa.Column("post_name", sa.String(200), nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("box_key", sa.LargeBinary, nullable=False),
        sa.Column("enrolled_at", sa.String(32), nullable=False),
        sa.Column("revoked_at", sa.String(32)),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_id", sa.String(32), primary_key=True),
        sa.Column("mac_key", sa.LargeBinary, nullable=False),
        sa.Column("post_code", sa.String(32), nullable=False),
        sa.Column("post_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("used_at", sa.String(32)),
        sa.Column("request_sha256", sa.String(64)),
        sa.Column("response", sa.LargeBinary),
    )
    op.create_table(
        "bundles",
        sa.Column("bundle_id", sa.String(32), primary_key=True),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.device_id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("blob_sha256", sa.String(64), nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("referral_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("audit_size", sa.Integer, nullable=False),
        sa.Column("audit_head", sa.String(64), nullable=False),
        sa.Column("receipt", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("device_id", "seq", name="uq_bundles_device_seq"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.device_id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("entry", sa.LargeBinary, nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
    )
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "statuses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("referral_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_statuses_device", "statuses", ["device_id"])
    op.create_table(
        "feed_versions",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "feed_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "device_files",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    """Drop everything (only for tests of the migration itself)."""
    for name in ("settings", "device_files", "feed_files", "feed_versions", "statuses", "flags",
                 "audit_entries", "bundles", "enrol_codes", "devices"):
        op.drop_table(name)
