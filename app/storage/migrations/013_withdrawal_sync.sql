-- 013: a consent withdrawal that travels (issue 16): each withdrawal's progress as the office reports it in the
-- device file (received, organisations notified, each one's confirmation). The withdrawal bundles themselves (kind
-- 'withdrawal', no referral: ids only, sealed in the withdrawal's own transaction) go in the outbox, whose kinds
-- migration 012 widened for both new kinds in one rebuild.

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
