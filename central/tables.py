"""The central store's tables (SQLAlchemy Core); Alembic migrations create them, this module names them."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

devices = Table(
    "devices", metadata,
    Column("device_id", String(64), primary_key=True),
    Column("post_code", String(32), nullable=False),
    Column("post_name", String(200), nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("box_key", LargeBinary, nullable=False),
    Column("enrolled_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)

enrol_codes = Table(
    "enrol_codes", metadata,
    Column("code_id", String(32), primary_key=True),
    Column("mac_key", LargeBinary, nullable=False),
    Column("post_code", String(32), nullable=False),
    Column("post_name", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_at", String(32)),
    Column("request_sha256", String(64)),
    Column("response", LargeBinary),
)

bundles = Table(
    "bundles", metadata,
    Column("bundle_id", String(32), primary_key=True),
    Column("device_id", String(64), ForeignKey("devices.device_id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("blob_sha256", String(64), nullable=False),
    Column("blob", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("referral_id", String(64)),  # NULL for a stats bundle (revision 0006)
    Column("kind", String(16), nullable=False, server_default="referral"),
    Column("created_at", String(32), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("audit_size", Integer, nullable=False),
    Column("audit_head", String(64), nullable=False),
    Column("receipt", LargeBinary, nullable=False),
    UniqueConstraint("device_id", "seq", name="uq_bundles_device_seq"),
)

referral_owners = Table(
    "referral_owners", metadata,
    Column("referral_id", String(64), primary_key=True),
    Column("device_id", String(64), ForeignKey("devices.device_id"), nullable=False),
    Column("bundle_id", String(32), nullable=False),
)

audit_entries = Table(
    "audit_entries", metadata,
    Column("device_id", String(64), ForeignKey("devices.device_id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("prev", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("entry", LargeBinary, nullable=False),
    Column("bundle_id", String(32), nullable=False),
)

flags = Table(
    "flags", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

statuses = Table(
    "statuses", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("referral_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("status", String(32), nullable=False),
    Column("note", Text),
    Column("at", String(32), nullable=False),
    Index("ix_statuses_device", "device_id"),
)

feed_versions = Table(
    "feed_versions", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("content_digest", String(64), nullable=False),
    Column("issued_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("body", LargeBinary, nullable=False),
)

feed_files = Table(
    "feed_files", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

device_files = Table(
    "device_files", metadata,
    Column("device_id", String(64), primary_key=True),
    Column("content_digest", String(64), nullable=False),
    Column("sealed", LargeBinary, nullable=False),
)

settings = Table(
    "settings", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
)

# --- the NRM hub (revision 0003) -------------------------------------------------------------------
office_audit = Table(
    "office_audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(64), nullable=False),
    Column("object_id", String(200)),
    Column("detail", Text, nullable=False),
    Column("prev", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

hub_organisations = Table(
    "hub_organisations", metadata,
    Column("organisation_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("name_ur", String(200), nullable=False, default=""),
    Column("kind", String(32), nullable=False, default="ngo"),
    Column("area", String(200), nullable=False, default=""),
    Column("services", Text, nullable=False, default="[]"),
    Column("in_directory", Integer, nullable=False, default=0),
    Column("first_seen_at", String(32), nullable=False),
)

hub_referrals = Table(
    "hub_referrals", metadata,
    Column("referral_id", String(64), primary_key=True),
    Column("device_id", String(64), ForeignKey("devices.device_id"), nullable=False),
    Column("post_code", String(32), nullable=False),
    Column("bundle_id", String(32), nullable=False),
    Column("requested_org", String(64)),
    Column("assigned_org", String(64)),
    Column("urgency", String(16), nullable=False),
    Column("is_child", Integer),
    Column("services", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("step", String(32), nullable=False),
    Column("step_at", String(32), nullable=False),
    Index("ix_hub_referrals_queue", "step", "received_at"),
    Index("ix_hub_referrals_org", "assigned_org"),
)

hub_events = Table(
    "hub_events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("referral_id", String(64), ForeignKey("hub_referrals.referral_id"), nullable=False),
    Column("step", String(32), nullable=False),
    Column("action", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("actor_role", String(20), nullable=False),
    Column("organisation_id", String(64)),
    Column("at", String(32), nullable=False),
    Column("note", Text),
    Index("ix_hub_events_referral", "referral_id", "id"),
)

# --- statistical records (revision 0006): the only thing held in clear about a person without consent -----
stats_records = Table(
    "stats_records", metadata,
    Column("stats_id", String(32), primary_key=True),
    Column("device_id", String(64), ForeignKey("devices.device_id"), nullable=False),
    Column("post_code", String(32), nullable=False),  # the sending device's post, not the record's claim
    Column("seq", Integer, nullable=False),  # the bundle that carried this revision (newest wins)
    Column("revision", String(64), nullable=False),
    Column("month", String(7), nullable=False),
    Column("sex", String(48)),
    Column("age_band", String(16), nullable=False),
    Column("nationality", String(32)),
    Column("classification", String(48)),
    Column("status", String(48)),
    Column("screenings", Integer, nullable=False),
    Column("exploitation_types", Text, nullable=False),  # JSON lists of codes
    Column("services_needed", Text, nullable=False),
    Column("services_referred", Text, nullable=False),
    Column("referrals", Text, nullable=False),  # JSON [{provider, services, stages {stage: day}}]
    Column("received_at", String(32), nullable=False),
    Index("ix_stats_records_month", "month"),
)
