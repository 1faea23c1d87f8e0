"""Desktop UI tests (pytest-qt, offscreen)."""
