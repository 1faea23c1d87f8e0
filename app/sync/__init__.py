"""Post-side sync: transport, outbox engine, receipts, updates feed and USB transfer (no Qt)."""
