-- 007: identity as FIA forms record it, detention and the investigation, corrections with their history,
-- and the people who travel together (issue 14).
--
-- identity and investigation are JSON of app.domain.identity.Identity / Investigation ('{}' for older cases).
ALTER TABLE cases ADD COLUMN identity TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN investigation TEXT NOT NULL DEFAULT '{}';

-- People intercepted together (a woman with her children, a group in one vehicle): cases of one encounter.
CREATE TABLE case_groups (
    id          TEXT PRIMARY KEY,
    note        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
ALTER TABLE cases ADD COLUMN group_id TEXT REFERENCES case_groups(id);
CREATE INDEX cases_by_group ON cases(group_id);

-- Someone travelling with the person who is not a case (the one who held the passport, say).
CREATE TABLE companions (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL REFERENCES cases(id),
    name                TEXT NOT NULL,
    relation            TEXT NOT NULL,
    held_documents      INTEGER NOT NULL DEFAULT 0,
    possible_exploiter  INTEGER NOT NULL DEFAULT 0,
    note                TEXT NOT NULL DEFAULT '',
    recorded_by         TEXT NOT NULL REFERENCES users(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX companions_by_case ON companions(case_id);

-- Every correction after intake: field, old and new value (JSON) and the reason, inside the encrypted store.
-- The audit chain holds only the action and the case id; audit_seq ties each row to its chain entry.
CREATE TABLE case_changes (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    changed_by  TEXT NOT NULL REFERENCES users(id),
    audit_seq   INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX case_changes_by_case ON case_changes(case_id, created_at);
CREATE TRIGGER case_changes_no_update BEFORE UPDATE ON case_changes
BEGIN SELECT RAISE(ABORT, 'the history of corrections is append-only'); END;
