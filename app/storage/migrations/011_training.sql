-- 011: training mode (issue 19). A practice post carries a permanent mark in its own store, beside the flag in
-- its settings and in its keystore (app/services/training_mark.py reads all three); the mark's row can be neither
-- changed nor removed. Practice attempts keep the trainee's answers and the feedback computed at the time
-- (synthetic scenarios only: no personal data of a real person is ever in these rows).
CREATE TABLE training_mark (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    marked_at TEXT NOT NULL
);
CREATE TRIGGER training_mark_is_permanent_u BEFORE UPDATE ON training_mark
BEGIN SELECT RAISE(ABORT, 'the training mark of a practice post is permanent'); END;
CREATE TRIGGER training_mark_is_permanent_d BEFORE DELETE ON training_mark
BEGIN SELECT RAISE(ABORT, 'the training mark of a practice post is permanent'); END;

CREATE TABLE training_attempts (
    id               TEXT PRIMARY KEY,
    trainee_id       TEXT NOT NULL REFERENCES users(id),
    scenario_id      TEXT NOT NULL,
    scenario_version TEXT NOT NULL,
    lang             TEXT NOT NULL CHECK (lang IN ('en', 'ur')),
    attempt          TEXT NOT NULL,
    feedback         TEXT NOT NULL,
    score            INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    created_at       TEXT NOT NULL
);
CREATE INDEX training_attempts_by_trainee ON training_attempts(trainee_id, created_at);
