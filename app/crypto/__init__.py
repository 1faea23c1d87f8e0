"""Key derivation, key slots, signatures and HPKE helpers for the post vault (no Qt, no SQL)."""
