"""The office's same-person index (issue 13): keyed tags per case, and the possible pairs coordinators decide.

Nothing here names a person: document numbers arrive as keyed tags (protocol.doctag), name keys are tagged again
under the office's name-index key before they are stored, and a pair is two post codes and case references."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, String, Table, Text

from central.tables import metadata

hub_match_cases = Table(
    "hub_match_cases", metadata,
    Column("device_id", String(64), nullable=False),
    Column("case_id", String(64), nullable=False),
    Column("post_code", String(32), nullable=False),
    Column("case_reference", String(64), nullable=False),
    Column("referral_id", String(64), nullable=False),
    Column("updated_at", String(32), nullable=False),
    PrimaryKeyConstraint("device_id", "case_id"),
)

hub_match_tags = Table(
    "hub_match_tags", metadata,
    Column("device_id", String(64), nullable=False),
    Column("case_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # document | name | name_part | father | born | born_2 | born_5
    Column("tag", String(64), nullable=False),
    PrimaryKeyConstraint("device_id", "case_id", "kind", "tag"),
    Index("ix_hub_match_tags_tag", "tag"),
)

hub_duplicates = Table(
    "hub_duplicates", metadata,
    Column("pair_id", String(32), primary_key=True),
    Column("a_device", String(64), nullable=False),
    Column("a_case", String(64), nullable=False),
    Column("a_post", String(32), nullable=False),
    Column("a_reference", String(64), nullable=False),
    Column("a_referral", String(64), nullable=False),
    Column("b_device", String(64), nullable=False),
    Column("b_case", String(64), nullable=False),
    Column("b_post", String(32), nullable=False),
    Column("b_reference", String(64), nullable=False),
    Column("b_referral", String(64), nullable=False),
    Column("score", Integer, nullable=False),  # percent
    Column("matched", Text, nullable=False),  # JSON list of field codes
    Column("conflicts", Text, nullable=False),
    Column("status", String(16), nullable=False),  # open | confirmed | dismissed
    Column("found_at", String(32), nullable=False),
    Column("decided_by", String(64)),
    Column("decided_at", String(32)),
    Index("ix_hub_duplicates_status", "status", "found_at"),
    Index("ix_hub_duplicates_a", "a_device"),
    Index("ix_hub_duplicates_b", "b_device"),
)
