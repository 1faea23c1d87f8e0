"""The office's consent withdrawals (issue 16, revision 0008): ids and times only, never a name or the person's words."""

from __future__ import annotations

from sqlalchemy import Column, Index, PrimaryKeyConstraint, String, Table, Text

from central.tables import metadata

withdrawals = Table(
    "withdrawals", metadata,
    Column("withdrawal_id", String(64), primary_key=True),
    Column("device_id", String(64), nullable=False),  # the post that sent it, or whose referral it covers
    Column("source", String(8), nullable=False),  # post | office (a coordinator, on the person's request)
    Column("consent_id", String(64)),  # NULL when recorded at the office
    Column("case_id", String(64)),  # the post's random case id; NULL when recorded at the office
    Column("categories", Text, nullable=False),  # JSON list of data category codes
    Column("withdrawn_on", String(10), nullable=False),
    Column("bundle_id", String(32)),  # the bundle that carried it (NULL when recorded at the office)
    Column("recorded_by", String(64)),  # the coordinator's user id (office) — never a name
    Column("reason", Text),  # the coordinator's reason (office); never shown to providers, never in the feed
    Column("received_at", String(32), nullable=False),
)

withdrawal_referrals = Table(
    "withdrawal_referrals", metadata,
    Column("withdrawal_id", String(64), nullable=False),
    Column("referral_id", String(64), nullable=False),
    Column("organisation_id", String(64)),  # the organisation the post referred to
    PrimaryKeyConstraint("withdrawal_id", "referral_id"),
    Index("ix_withdrawal_referrals_referral", "referral_id"),
)

# One row per organisation that received a covered referral: told at once, and its confirmation when it comes.
withdrawal_notices = Table(
    "withdrawal_notices", metadata,
    Column("withdrawal_id", String(64), nullable=False),
    Column("referral_id", String(64), nullable=False),
    Column("organisation_id", String(64), nullable=False),
    Column("notified_at", String(32), nullable=False),
    Column("confirmed_at", String(32)),
    Column("confirmed_by", String(64)),  # the provider user's id
    PrimaryKeyConstraint("withdrawal_id", "referral_id", "organisation_id"),
    Index("ix_withdrawal_notices_org", "organisation_id"),
)
