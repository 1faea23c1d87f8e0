-- 006: retention and purge (issue 16). Legal holds that suspend purge, the retention policy the office published,
-- and an outbox whose sealed copy can be cleared once the office has receipted it and the case is purged.

-- A supervisor's hold on a case (an investigation, a court order): nothing of the case is purged while it stands.
CREATE TABLE legal_holds (
    case_id     TEXT PRIMARY KEY REFERENCES cases(id),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_by      TEXT NOT NULL REFERENCES users(id),
    set_at      TEXT NOT NULL
);

-- The retention check at unlock reads only cases whose own row is older than the shortest period.
CREATE INDEX cases_by_updated ON cases(updated_at);

-- The newest retention policy accepted from the signed feed (none yet: the built-in defaults apply).
CREATE TABLE retention_policy (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,                -- canonical JSON of the policy document
    received_at  TEXT NOT NULL
);

-- The outbox again, without the foreign key to referrals (a purged case takes its referrals with it; the outbox
-- row keeps only numbers and hashes) and with `cleared_at`: the sealed bytes of a receipted envelope are cleared at
-- purge. Receipts keep the audit anchor: the blob hash in the row is what the office signed for.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE outbox_006 (
    seq              INTEGER PRIMARY KEY,
    bundle_id        TEXT NOT NULL UNIQUE,
    referral_id      TEXT NOT NULL,
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
    cleared_at       TEXT
);
INSERT INTO outbox_006 (seq, bundle_id, referral_id, envelope, blob_sha256, audit_size, audit_head, state, attempts,
                        last_attempt_at, error_code, last_error, exported_at, created_at, acknowledged_at)
    SELECT seq, bundle_id, referral_id, envelope, blob_sha256, audit_size, audit_head, state, attempts,
           last_attempt_at, error_code, last_error, exported_at, created_at, acknowledged_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_006 RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE UNIQUE INDEX outbox_one_per_referral ON outbox(referral_id);
-- Sealed bytes never change, except that a receipted envelope's bytes may be cleared (once, to nothing).
CREATE TRIGGER outbox_sealed_once BEFORE UPDATE OF seq, bundle_id, referral_id, envelope, blob_sha256 ON outbox
WHEN NOT (OLD.state = 'acknowledged' AND OLD.cleared_at IS NULL AND NEW.cleared_at IS NOT NULL
          AND length(NEW.envelope) = 0 AND NEW.seq = OLD.seq AND NEW.bundle_id = OLD.bundle_id
          AND NEW.referral_id = OLD.referral_id AND NEW.blob_sha256 = OLD.blob_sha256)
BEGIN SELECT RAISE(ABORT, 'a sealed envelope never changes'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'sealed envelopes are kept'); END;
