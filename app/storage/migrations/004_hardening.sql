-- 004: hardening (issue 18). The public keys the keystore may hold, so that a key planted in keystore.json is an
-- integrity failure; user removals in progress, so that a crash completes them at the next unlock; and receipts
-- kept exactly as the office signed them (their audit checkpoint anchors `audit verify`).

CREATE TABLE vault_keys (
    slot_id     TEXT NOT NULL,                 -- a user id, or 'recovery'
    kind        TEXT NOT NULL CHECK (kind IN ('user', 'recovery')),
    public_key  TEXT NOT NULL,                 -- base64 X25519 public key, as in keystore.json
    added_at    TEXT NOT NULL,
    PRIMARY KEY (slot_id, public_key)
);

CREATE TABLE vault_removals (
    slot_id       TEXT PRIMARY KEY,            -- the removed user's id: their slot goes at the next rekey
    requested_by  TEXT NOT NULL,
    requested_at  TEXT NOT NULL
);

CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are kept as the office signed them'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are kept as the office signed them'); END;
