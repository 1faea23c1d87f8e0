-- 012: transfer of a case to another post (issue 14). One row per transfer, at both ends: "out" at the sending
-- post (the case becomes read-only once approved; the document sent is kept as the read-only record of what was
-- sent), "in" at the receiving post (the verified document waits in the import queue until a supervisor accepts
-- it into the store or refuses it with a reason). transfer_posts is the office's list of other posts (from the
-- feed) with the box keys of their devices, which a transfer is sealed to.
CREATE TABLE transfers (
    id                 TEXT PRIMARY KEY,
    direction          TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    case_id            TEXT REFERENCES cases(id),  -- out: the case sent; in: the case created on acceptance
    case_reference     TEXT NOT NULL DEFAULT '',   -- in: the sending post's reference
    other_post         TEXT NOT NULL,
    other_post_name    TEXT NOT NULL DEFAULT '',
    reason             TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL CHECK (state IN ('requested', 'declined', 'approved', 'at_office', 'delivered',
                                                      'accepted', 'refused')),
    note               TEXT NOT NULL DEFAULT '',   -- the refusal's reason, a supervisor's note, or the office's
    requested_by       TEXT,
    requested_at       TEXT,
    approved_by        TEXT,
    approved_at        TEXT,
    answered_by        TEXT,
    answered_at        TEXT,
    state_at           TEXT NOT NULL,
    document           TEXT,                        -- the signed case document (JSON), sent or received
    attachments_sent   INTEGER NOT NULL DEFAULT 0,
    attachments_left   INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX transfers_by_case ON transfers(case_id);
CREATE INDEX transfers_by_state ON transfers(direction, state);

CREATE TABLE transfer_posts (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    devices    TEXT NOT NULL,  -- JSON [{"device_id", "box_key" (base64)}]
    updated_at TEXT NOT NULL
);

-- The outbox of 009 rebuilt with two more kinds, neither naming a referral: 'transfer' (a transfer sent, or a
-- receiving post's answer; issue 14) and 'withdrawal' (a consent withdrawal, ids only; issue 16, migration 013).
-- Everything else is as 009 made it.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE outbox_new (
    seq              INTEGER PRIMARY KEY,
    bundle_id        TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL DEFAULT 'referral' CHECK (kind IN ('referral', 'stats', 'transfer', 'withdrawal')),
    referral_id      TEXT,
    envelope         BLOB NOT NULL,
    blob_sha256      TEXT NOT NULL,
    audit_size       INTEGER NOT NULL,
    audit_head       TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acknowledged', 'quarantined')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TEXT,
    error_code       TEXT,
    last_error       TEXT,
    exported_at      TEXT,
    created_at       TEXT NOT NULL,
    acknowledged_at  TEXT,
    cleared_at       TEXT,
    CHECK ((kind = 'referral') = (referral_id IS NOT NULL))
);
INSERT INTO outbox_new (seq, bundle_id, kind, referral_id, envelope, blob_sha256, audit_size, audit_head, state,
                        attempts, last_attempt_at, error_code, last_error, exported_at, created_at, acknowledged_at,
                        cleared_at)
    SELECT seq, bundle_id, kind, referral_id, envelope, blob_sha256, audit_size, audit_head, state, attempts,
           last_attempt_at, error_code, last_error, exported_at, created_at, acknowledged_at, cleared_at FROM outbox;

CREATE TABLE receipts_new (
    bundle_id    TEXT PRIMARY KEY REFERENCES outbox_new(bundle_id),
    seq          INTEGER NOT NULL,
    receipt      BLOB NOT NULL,
    received_at  TEXT NOT NULL,
    audit_size   INTEGER NOT NULL,
    audit_head   TEXT NOT NULL,
    verified_at  TEXT NOT NULL,
    via          TEXT NOT NULL CHECK (via IN ('http', 'usb'))
);
INSERT INTO receipts_new SELECT bundle_id, seq, receipt, received_at, audit_size, audit_head, verified_at, via
    FROM receipts;

DROP TABLE receipts;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
ALTER TABLE receipts_new RENAME TO receipts;

CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE UNIQUE INDEX outbox_one_per_referral ON outbox(referral_id);
-- Sealed bytes never change, except that a receipted envelope's bytes may be cleared (once, to nothing) at purge.
-- `IS` rather than `=`: a stats bundle has no referral, and NULL = NULL would let the trigger pass any change.
CREATE TRIGGER outbox_sealed_once BEFORE UPDATE OF seq, bundle_id, kind, referral_id, envelope, blob_sha256 ON outbox
WHEN NOT (OLD.state = 'acknowledged' AND OLD.cleared_at IS NULL AND NEW.cleared_at IS NOT NULL
          AND length(NEW.envelope) = 0 AND NEW.seq = OLD.seq AND NEW.bundle_id = OLD.bundle_id
          AND NEW.kind IS OLD.kind AND NEW.referral_id IS OLD.referral_id AND NEW.blob_sha256 = OLD.blob_sha256)
BEGIN SELECT RAISE(ABORT, 'a sealed envelope never changes'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'sealed envelopes are kept'); END;
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are kept as the office signed them'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are kept as the office signed them'); END;
