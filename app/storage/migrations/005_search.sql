-- 005: the case list's first page without sorting every match (issue 17).
-- The list orders by encounter date, then reference. With both in one index, a search for a common prefix
-- (thousands of matches) walks the index in that order and stops after a page (app.storage.cases.list_cases),
-- and the unfiltered list reads its first page straight from the index. It replaces the date-only index.
CREATE INDEX cases_by_date_ref ON cases(encounter_date, reference);
DROP INDEX cases_by_date;
