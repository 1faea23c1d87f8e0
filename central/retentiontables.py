"""The office's retention tables (revision 0010): legal holds on referrals, and what was purged (ids only)."""

from __future__ import annotations

from sqlalchemy import Column, String, Table, Text

from central.tables import metadata

# A referral under legal hold is never purged, whatever the rule (set by a coordinator or admin, with a reason).
retention_holds = Table(
    "retention_holds", metadata,
    Column("referral_id", String(64), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("set_by", String(64), nullable=False),
    Column("set_at", String(32), nullable=False),
)

# One row per purged referral: which rule, when, who. No personal data; the hub pages read it.
retention_purges = Table(
    "retention_purges", metadata,
    Column("referral_id", String(64), primary_key=True),
    Column("rule", String(64), nullable=False),
    Column("purged_at", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
)
