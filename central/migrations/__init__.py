"""Alembic migrations of the central store (run by `central.db.migrate`)."""
