"""Referral letters rendered with reportlab, and their offline verification (no Qt)."""
