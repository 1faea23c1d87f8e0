-- 008: the case after the referral (issue 14, part B): attachments inside the vault, follow-up dates, re-referral
-- after a decline, closure with an outcome approved by a supervisor and re-opening, and emergency referrals an
-- officer released that a supervisor approves afterwards. Everything new lives in this encrypted store.

-- A photo or scan (the signed consent form, a document, a medical note): the bytes are a BLOB in this store, so
-- they are encrypted like every other page; nothing is written in the clear outside the vault.
CREATE TABLE attachments (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    kind         TEXT NOT NULL CHECK (kind IN ('consent_form', 'document', 'medical', 'other')),
    media_type   TEXT NOT NULL,
    file_name    TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL CHECK (size > 0),
    sha256       TEXT NOT NULL,
    content      BLOB NOT NULL,
    added_by     TEXT NOT NULL REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX attachments_by_case ON attachments(case_id, created_at);

-- When someone should next look at a referral or a case (a date in the post's calendar, YYYY-MM-DD).
ALTER TABLE referrals ADD COLUMN follow_up_on TEXT;
ALTER TABLE referrals ADD COLUMN rereferral_of TEXT REFERENCES referrals(id);
ALTER TABLE cases ADD COLUMN follow_up_on TEXT;
CREATE INDEX referrals_by_follow_up ON referrals(follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE INDEX cases_by_follow_up ON cases(follow_up_on) WHERE follow_up_on IS NOT NULL;

-- Closure: requested with an outcome, approved by a supervisor (never by the one who asked unless a supervisor
-- closes it directly), and re-opening with a reason. One row per request; the case status follows the approval.
CREATE TABLE case_closures (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    outcome       TEXT NOT NULL CHECK (outcome IN ('assisted', 'returned_home', 'transferred', 'lost_contact',
                                                   'declined_assistance', 'other')),
    note          TEXT NOT NULL DEFAULT '',
    requested_by  TEXT NOT NULL REFERENCES users(id),
    requested_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'returned', 'reopened')),
    decided_by    TEXT REFERENCES users(id),
    decided_at    TEXT,
    reopen_reason TEXT NOT NULL DEFAULT '',
    reopened_by   TEXT REFERENCES users(id),
    reopened_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (status != 'reopened' OR length(trim(reopen_reason)) > 0)
);
CREATE INDEX case_closures_by_case ON case_closures(case_id, requested_at);
CREATE UNIQUE INDEX case_closures_one_pending ON case_closures(case_id) WHERE status = 'pending';

-- An emergency referral an officer released with no supervisor present: marked until a supervisor approves it.
CREATE TABLE emergency_releases (
    referral_id   TEXT PRIMARY KEY REFERENCES referrals(id),
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    released_by   TEXT NOT NULL REFERENCES users(id),
    released_at   TEXT NOT NULL,
    approved_by   TEXT REFERENCES users(id),
    approved_at   TEXT,
    note          TEXT NOT NULL DEFAULT '',
    CHECK (approved_by IS NULL OR approved_by != released_by)
);
