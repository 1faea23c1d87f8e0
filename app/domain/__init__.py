"""Pure domain model: entities, validation, screening engine, referral state machine. Imports nothing of ours."""
