-- 005: the case list's first page without sorting every match, and 3-letter prefixes in one read (issue 17).
--
-- The list orders by encounter date, then reference. With both in one index, a search for a common name
-- (thousands of matches) walks the index in that order and stops after a page (app.storage.cases.list_cases),
-- and the unfiltered list reads its first page straight from the index. It replaces the date-only index.
CREATE INDEX cases_by_date_ref ON cases(encounter_date, reference);
DROP INDEX cases_by_date;

-- The name index gains a 3-character prefix index: a 3-letter search such as `POR` (the start of ~16,000
-- distinct document numbers in 100,000 cases) reads one list instead of merging one per matching word. The index
-- is contentless, so its words are read back from itself (fts5vocab, in their original order) into the new one.
CREATE VIRTUAL TABLE temp.case_search_words USING fts5vocab(main, case_search, instance);
CREATE VIRTUAL TABLE case_search_005 USING fts5(
    terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);
INSERT INTO case_search_005 (rowid, terms)
    SELECT doc, group_concat(term, ' ') FROM (SELECT doc, term FROM temp.case_search_words ORDER BY doc, offset)
    GROUP BY doc;
DROP TABLE temp.case_search_words;
DROP TABLE case_search;
ALTER TABLE case_search_005 RENAME TO case_search;
