"""Use cases: role checks, consent rules, one transaction, an audit entry and an event each (no Qt)."""
