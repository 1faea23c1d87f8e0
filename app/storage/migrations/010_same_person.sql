-- 010: one person across posts (issue 13).
--
-- The office's document matching key (HMAC-SHA256, see protocol/doctag.py), received in this device's sealed feed
-- file and kept here, inside the encrypted store; the newest key is used for new bundles. And the office's
-- confirmations that a case here and a case at another post are the same person: shown on the case, never merged.
CREATE TABLE match_keys (
    key_id       TEXT PRIMARY KEY,
    key          BLOB NOT NULL CHECK (length(key) = 32),
    received_at  TEXT NOT NULL
);

CREATE TABLE same_person_links (
    case_id          TEXT NOT NULL REFERENCES cases(id),
    other_post       TEXT NOT NULL,
    other_reference  TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('confirmed', 'withdrawn')),
    decided_at       TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    PRIMARY KEY (case_id, other_post, other_reference)
);
