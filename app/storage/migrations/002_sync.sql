-- 002: sync with the central office: enrolment state, the transactional outbox, receipts, the updates-feed
-- state (version, digest, trusted-time floor), office status reports, and refused inbound material.

-- One row: what the post knows about the office and about the last passes.
CREATE TABLE sync_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    server_url        TEXT,
    root_json         BLOB,                    -- root.json pinned at enrolment (office keys and roles)
    enrolled_at       TEXT,
    pending_enrol     TEXT,                    -- JSON {code, request} while a USB enrolment awaits its answer
    next_seq          INTEGER NOT NULL DEFAULT 1,
    acked_size        INTEGER NOT NULL DEFAULT 0,   -- audit checkpoint the office acknowledged last
    acked_head        TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    sealed_size       INTEGER NOT NULL DEFAULT 0,   -- audit checkpoint of the last sealed bundle
    feed_version      INTEGER NOT NULL DEFAULT 0,
    feed_digest       TEXT,
    feed_issued_at    TEXT,
    feed_expires_at   TEXT,
    feed_raw          BLOB,
    trusted_time      TEXT,                    -- latest office-signed time seen (never goes back)
    revoked_devices   TEXT NOT NULL DEFAULT '[]',
    revoked_at        TEXT,                    -- set when the office says this device is revoked
    last_attempt_at   TEXT,
    last_success_at   TEXT,
    last_error        TEXT,
    failures          INTEGER NOT NULL DEFAULT 0,   -- consecutive failed passes (drives the backoff)
    next_attempt_at   TEXT,
    online            INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);

-- Sealed envelopes, one per approved referral, numbered per device. The bytes never change once sealed.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY,      -- the per-device sequence number inside the envelope
    bundle_id        TEXT NOT NULL UNIQUE,
    referral_id      TEXT NOT NULL REFERENCES referrals(id),
    envelope         BLOB NOT NULL,
    blob_sha256      TEXT NOT NULL,
    audit_size       INTEGER NOT NULL,
    audit_head       TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acknowledged', 'quarantined')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TEXT,
    error_code       TEXT,                     -- machine code of the last failure (never personal data)
    last_error       TEXT,
    exported_at      TEXT,                     -- last written to a USB folder
    created_at       TEXT NOT NULL,
    acknowledged_at  TEXT
);
CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE UNIQUE INDEX outbox_one_per_referral ON outbox(referral_id);
CREATE TRIGGER outbox_sealed_once BEFORE UPDATE OF seq, bundle_id, referral_id, envelope, blob_sha256 ON outbox
BEGIN SELECT RAISE(ABORT, 'a sealed envelope never changes'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'sealed envelopes are kept'); END;

-- Verified receipts, exactly as the office signed them.
CREATE TABLE receipts (
    bundle_id    TEXT PRIMARY KEY REFERENCES outbox(bundle_id),
    seq          INTEGER NOT NULL,
    receipt      BLOB NOT NULL,
    received_at  TEXT NOT NULL,                -- the office's time, from the signed receipt
    audit_size   INTEGER NOT NULL,
    audit_head   TEXT NOT NULL,
    verified_at  TEXT NOT NULL,
    via          TEXT NOT NULL CHECK (via IN ('http', 'usb'))
);

-- Status reports of the office about this post's referrals (deduplicated; also in referral_events).
CREATE TABLE office_status (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    referral_id  TEXT NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    applied_at   TEXT NOT NULL,
    UNIQUE (referral_id, status, at)
);

-- Inbound material refused (a bad receipt, a rolled-back feed, a tampered USB folder): shown, never applied.
CREATE TABLE sync_quarantine (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,                    -- receipt | feed | usb | bundle
    ref      TEXT NOT NULL DEFAULT '',         -- bundle id or feed version, never personal data
    code     TEXT NOT NULL,
    message  TEXT NOT NULL,
    at       TEXT NOT NULL
);
