"""The NRM hub: office audit log (append-only), organisations, the referral queue index and lifecycle events."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_GUARD = """CREATE TRIGGER office_audit_no_{op} BEFORE {OP} ON office_audit
BEGIN SELECT RAISE(ABORT, 'the office audit log is append-only'); END"""
_PG_FUNCTION = """CREATE FUNCTION office_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the office audit log is append-only'; END $$"""
_PG_TRIGGER = """CREATE TRIGGER office_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON office_audit
FOR EACH STATEMENT EXECUTE FUNCTION office_audit_append_only()"""


def upgrade() -> None:
    """Create the hub's tables; triggers make the office audit log refuse UPDATE and DELETE."""
    op.create_table(
        "office_audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("object_id", sa.String(200)),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "hub_organisations",
        sa.Column("organisation_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_ur", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("area", sa.String(200), nullable=False),
        sa.Column("services", sa.Text, nullable=False),
        sa.Column("in_directory", sa.Integer, nullable=False),
        sa.Column("first_seen_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "hub_referrals",
        sa.Column("referral_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("devices.device_id"), nullable=False),
        sa.Column("post_code", sa.String(32), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("requested_org", sa.String(64)),
        sa.Column("assigned_org", sa.String(64)),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("is_child", sa.Integer),
        sa.Column("services", sa.Text, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("step", sa.String(32), nullable=False),
        sa.Column("step_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hub_referrals_queue", "hub_referrals", ["step", "received_at"])
    op.create_index("ix_hub_referrals_org", "hub_referrals", ["assigned_org"])
    op.create_table(
        "hub_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("referral_id", sa.String(64), sa.ForeignKey("hub_referrals.referral_id"), nullable=False),
        sa.Column("step", sa.String(32), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(20), nullable=False),
        sa.Column("organisation_id", sa.String(64)),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_hub_events_referral", "hub_events", ["referral_id", "id"])
    _guard_audit()


def _guard_audit() -> None:
    """Append-only in the database itself, whatever code runs against it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)
        return
    for name in ("update", "delete"):
        op.execute(_SQLITE_GUARD.format(op=name, OP=name.upper()))


def downgrade() -> None:
    """Drop the hub's tables (only for tests of the migration itself)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS office_audit_append_only ON office_audit")
        op.execute("DROP FUNCTION IF EXISTS office_audit_append_only()")
    for name in ("hub_events", "hub_referrals", "hub_organisations", "office_audit"):
        op.drop_table(name)
