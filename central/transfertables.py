"""The office's record of case transfers between posts (issue 14): metadata and the opaque sealed copies it relays.

Nothing here names a person: the case travels sealed end to end to the receiving post's devices (protocol/transfer.py);
the office keeps the transfer id, the posts, the times and the state, and drops the copies once the transfer is
answered."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, LargeBinary, PrimaryKeyConstraint, String, Table, Text

from central.tables import metadata

transfers = Table(
    "transfers", metadata,
    Column("transfer_id", String(32), primary_key=True),
    Column("from_device", String(64), nullable=False),
    Column("from_post", String(32), nullable=False),
    Column("to_post", String(32), nullable=False),
    Column("state", String(16), nullable=False),  # at_office | delivered | accepted | refused
    Column("note", Text, nullable=False, server_default=""),
    Column("sent_at", String(32), nullable=False),  # the sending bundle's created_at (device clock)
    Column("received_at", String(32), nullable=False),
    Column("state_at", String(32), nullable=False),
    Column("size", Integer, nullable=False),
    Index("ix_transfers_to_post", "to_post", "state"),
    Index("ix_transfers_from_device", "from_device"),
)

transfer_copies = Table(
    "transfer_copies", metadata,
    Column("transfer_id", String(32), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("sealed", LargeBinary, nullable=False),
    PrimaryKeyConstraint("transfer_id", "device_id"),
)
