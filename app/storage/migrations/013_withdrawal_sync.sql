-- 013: a consent withdrawal that travels (issue 16). The outbox also holds withdrawal bundles (kind 'withdrawal',
-- no referral: ids only, sealed in the withdrawal's own transaction), and each withdrawal's progress as the office
-- reports it in the device file (received, organisations notified, each one's confirmation). SQLite cannot change
-- a CHECK in place: outbox and receipts (which refers to it) are rebuilt with the same rows, indexes and triggers
-- (as in 009), keeping 012's 'transfer' kind.

CREATE TABLE withdrawal_sync (
    withdrawal_id  TEXT PRIMARY KEY,               -- random: what the office knows the withdrawal by
    consent_id     TEXT,                           -- NULL: recorded at the office, for a referral of this post
    case_id        TEXT NOT NULL,
    referral_ids   TEXT NOT NULL DEFAULT '[]',      -- JSON list: the referrals the withdrawal covers
    source         TEXT NOT NULL CHECK (source IN ('post', 'office')),
    sealed_seq     INTEGER,                        -- the outbox item that carries it (NULL: recorded at the office)
    state          TEXT NOT NULL DEFAULT 'sealed' CHECK (state IN ('sealed', 'received', 'notified', 'confirmed')),
    received_at    TEXT,                           -- when the office stored it
    providers      TEXT NOT NULL DEFAULT '[]',      -- JSON: [{organisation_id, notified_at, confirmed_at}]
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX withdrawal_sync_by_case ON withdrawal_sync(case_id);

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
