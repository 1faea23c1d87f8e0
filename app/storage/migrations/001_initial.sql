-- 001: the post's case file, accounts, service directory, drafts and the audit chain.
-- Every row that syncs has a UUID id, created_at and updated_at (UTC ISO 8601).

CREATE TABLE post (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    device_id   TEXT,
    created_at  TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    username    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name   TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'admin')),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- The post's own keys: Ed25519 for signing bundles and letters, X25519 for files sealed to the device.
CREATE TABLE device_keys (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key  BLOB NOT NULL,
    box_key      BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE case_counters (
    year  INTEGER PRIMARY KEY,
    last  INTEGER NOT NULL
);

CREATE TABLE cases (
    num             INTEGER PRIMARY KEY,     -- stable rowid for the name index (VACUUM keeps it)
    id              TEXT NOT NULL UNIQUE,
    reference       TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'open',
    classification  TEXT,
    is_child        INTEGER NOT NULL DEFAULT 0,
    display_name    TEXT NOT NULL,
    name_native     TEXT NOT NULL DEFAULT '',
    nationality     TEXT,
    encounter_date  TEXT NOT NULL,
    person          TEXT NOT NULL,           -- JSON of the Person entity
    notes           TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL REFERENCES users(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX cases_by_status ON cases(status, encounter_date);
CREATE INDEX cases_by_date ON cases(encounter_date);
CREATE INDEX cases_by_classification ON cases(classification);

-- Names in both scripts, aliases and document numbers; rowid = cases.num.
CREATE VIRTUAL TABLE case_search USING fts5(
    terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE encounters (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    date         TEXT NOT NULL,
    place        TEXT NOT NULL,
    circumstance TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    officer_id   TEXT NOT NULL REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX encounters_by_case ON encounters(case_id);

CREATE TABLE screenings (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL REFERENCES cases(id),
    instrument_id       TEXT NOT NULL,
    instrument_version  TEXT NOT NULL,
    answers             TEXT NOT NULL,       -- JSON
    result              TEXT NOT NULL,       -- JSON: the engine's result as it was at the time
    classification      TEXT NOT NULL,
    reason              TEXT NOT NULL,
    screened_by         TEXT NOT NULL REFERENCES users(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX screenings_by_case ON screenings(case_id);

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_ur     TEXT NOT NULL DEFAULT '',
    services    TEXT NOT NULL,               -- JSON list of service codes
    area        TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'ngo',
    source      TEXT NOT NULL DEFAULT 'post' CHECK (source IN ('post', 'office')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE consents (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id),
    purpose            TEXT NOT NULL,
    recipient_id       TEXT REFERENCES organisations(id),   -- NULL: the central office
    method             TEXT NOT NULL CHECK (method IN ('written', 'verbal')),
    data_categories    TEXT NOT NULL DEFAULT '[]',
    interpreter        TEXT NOT NULL DEFAULT '',
    witness            TEXT NOT NULL DEFAULT '',
    guardian           TEXT NOT NULL DEFAULT '',
    given_on           TEXT NOT NULL,
    withdrawn_on       TEXT,
    withdrawal_reason  TEXT NOT NULL DEFAULT '',
    recorded_by        TEXT NOT NULL REFERENCES users(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX consents_by_case ON consents(case_id);

CREATE TABLE needs (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    code        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX needs_by_case ON needs(case_id);

CREATE TABLE referrals (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    provider_id  TEXT NOT NULL REFERENCES organisations(id),
    services     TEXT NOT NULL,              -- JSON list
    urgency      TEXT NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
    reason       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    drafted_by   TEXT NOT NULL REFERENCES users(id),
    approved_by  TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX referrals_by_case ON referrals(case_id);
CREATE INDEX referrals_by_status ON referrals(status, created_at);

CREATE TABLE referral_events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    referral_id  TEXT NOT NULL REFERENCES referrals(id),
    status       TEXT NOT NULL,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,               -- user id, or 'office'
    note         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT 'post' CHECK (source IN ('post', 'office'))
);
CREATE INDEX referral_events_by_referral ON referral_events(referral_id, id);

CREATE TABLE notes (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    text        TEXT NOT NULL,
    written_by  TEXT NOT NULL REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notes_by_case ON notes(case_id);

-- Work in progress (screening interviews): saved continuously so a crash never loses an interview.
CREATE TABLE drafts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    owner_id    TEXT NOT NULL REFERENCES users(id),
    state       TEXT NOT NULL,               -- JSON
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Append-only, hash-chained: h_i = SHA-256("audit/v1" || h_{i-1} || canonical(entry_i)). No personal data.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    object_id  TEXT NOT NULL DEFAULT '',
    prev       TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
