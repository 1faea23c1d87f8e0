"""NRM Desk: the desktop client for screening, consent and referral at anti-trafficking posts."""

__version__ = "0.1.0"
