-- 003: four eyes on negative screening decisions. A classification of no protection concern, vulnerable migrant
-- or smuggled migrant in a vulnerable situation, made without a referral, waits here for a supervisor.

CREATE TABLE decision_reviews (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id),
    classification  TEXT NOT NULL,               -- the officer's decision under review
    suggested       TEXT,                        -- the engine's suggestion at the time
    override        INTEGER NOT NULL DEFAULT 0,  -- 1: the officer chose differently from the suggestion
    is_child        INTEGER NOT NULL DEFAULT 0,
    reason          TEXT NOT NULL,               -- the officer's reason
    engine_reasons  TEXT NOT NULL DEFAULT '[]',  -- JSON list: the engine's reasons, as shown to the officer
    -- superseded: a later interview of the same case recorded a new decision before this one was reviewed
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'returned', 'superseded')),
    decided_by      TEXT NOT NULL REFERENCES users(id),
    reviewed_by     TEXT REFERENCES users(id),
    review_note     TEXT NOT NULL DEFAULT '',
    reviewed_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (reviewed_by IS NULL OR reviewed_by <> decided_by)
);
CREATE INDEX decision_reviews_by_status ON decision_reviews(status, created_at);
CREATE INDEX decision_reviews_by_case ON decision_reviews(case_id, created_at);
