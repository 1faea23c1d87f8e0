"""Numbered Alembic revisions."""
