-- 009: the statistical record (issue 13). Each case has a random statistical id, unrelated to its case id, and the
-- revision of its record last sealed; the outbox also holds stats bundles (kind 'stats', no referral) for the
-- changed records no referral bundle carried within the stats delay. SQLite cannot relax NOT NULL in place: outbox and receipts (which
-- refers to it) are rebuilt with the same rows, indexes and triggers.

CREATE TABLE stats_sent (
    case_id     TEXT PRIMARY KEY,
    stats_id    TEXT NOT NULL UNIQUE,          -- random 128-bit hex: what the office knows the record by
    revision    TEXT,                          -- digest of the record as last sealed (NULL: never sealed)
    sealed_seq  INTEGER,                       -- the outbox item that carried it
    waiting_since TEXT                         -- when a change not yet sealed was first seen (NULL: none)
);

-- What the case file looked like when the records were last built (counts and latest changes): a sync pass
-- rebuilds the records only when it differs, or when a waiting change has become due.
CREATE TABLE stats_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint  TEXT
);
INSERT INTO stats_state (id) VALUES (1);

-- Built on the outbox of 006 (no foreign key to referrals, `cleared_at` for a purged case's receipted copy).
PRAGMA defer_foreign_keys = ON;
CREATE TABLE outbox_new (
    seq              INTEGER PRIMARY KEY,
    bundle_id        TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL DEFAULT 'referral' CHECK (kind IN ('referral', 'stats')),
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
    SELECT seq, bundle_id, 'referral', referral_id, envelope, blob_sha256, audit_size, audit_head, state, attempts,
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
