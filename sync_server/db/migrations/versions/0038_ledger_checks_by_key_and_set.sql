-- The ledger's two checks on a pushed entry made cheaper (issue 19).
--
-- 1. A journal line's entry checked through the entry's primary key.
--
-- 0030 made the check of a line's entry one query per statement (audit.references_present)
-- over (entry_id, entry_date) against journal_entries (id, entry_date). With today's
-- entries not yet in the table's statistics (a new server, a day's first pushes), the
-- planner estimates one entry a day and probes the index on entry_date, filtering every
-- entry of the day for each line's entry: measured 0.05-0.14 ms a probe with 250-750
-- entries that day (28.7-76 ms of a 500-sale statement of about 190), growing with the
-- company's day. Naming the branch too did not change its choice.
--
-- The check is now its own statement, which reads each distinct entry named by its
-- primary key (branch_id, id) and then compares the date: the lookup has no predicate
-- on entry_date to probe by, so it is one probe of a unique key whatever the day holds.
-- What it refuses: a line whose entry is not there with the same id, date and branch (a
-- line and its entry are the same branch's rows: the merger writes both under the
-- pushing branch, db/mergers/postings.py; co-located on Citus), with a foreign key's
-- error class, as before.
CREATE FUNCTION accounting.refuse_lines_without_entry() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    missing text;
BEGIN
    SELECT CAST(ROW(n.branch_id, n.entry_id, n.entry_date) AS text) INTO missing
    FROM (SELECT DISTINCT branch_id, entry_id, entry_date FROM new_rows) n
    LEFT JOIN LATERAL (
        SELECT e.entry_date FROM accounting.journal_entries e
        WHERE e.branch_id = n.branch_id AND e.id = n.entry_id
    ) e ON true
    WHERE num_nulls(n.branch_id, n.entry_id, n.entry_date) = 0
      AND e.entry_date IS DISTINCT FROM n.entry_date
    LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert on table "%" violates foreign key: key (branch_id, entry_id, entry_date)=% is not present in table "accounting.journal_entries"',
            TG_TABLE_NAME, missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER references_entry ON accounting.journal_lines;
CREATE TRIGGER references_entry AFTER INSERT ON accounting.journal_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION accounting.refuse_lines_without_entry();

-- 2. Every entry balanced at commit, checked as one set.
--
-- Since 0005 each journal line statement queues its entries (entries_to_check) and a
-- deferred constraint trigger, fired at commit once per queued entry, summed that
-- entry's lines and took it off the queue: two statements an entry, run one by one,
-- measured 13 ms of the commit of a 500-sale push (about 80 us an entry). A constraint
-- trigger can only fire per row; the first to fire now checks every entry the queue
-- still holds in one statement (taking them all off it) and the others, finding their
-- entry off the queue already, return. The queue holds only this transaction's entries
-- (it is emptied at every commit, and another transaction's rows are not visible to
-- this one), so the set checked is the transaction's, every entry of it is checked once
-- over all its lines, and an unbalanced one still refuses the commit with the same
-- message (the first such entry by id).
CREATE OR REPLACE FUNCTION accounting.check_balanced() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    off record;
BEGIN
    PERFORM 1 FROM accounting.entries_to_check WHERE entry_id = NEW.entry_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- checked with the set by an earlier firing of this commit
    END IF;
    WITH queued AS (
        DELETE FROM accounting.entries_to_check RETURNING entry_id, entry_date
    )
    SELECT q.entry_id,
           coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE -l.amount_minor END), 0)
               AS difference
      INTO off
      FROM queued q
      LEFT JOIN accounting.journal_lines l
        ON l.entry_id = q.entry_id AND l.entry_date = q.entry_date
     GROUP BY q.entry_id
    HAVING coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE -l.amount_minor END), 0) <> 0
     ORDER BY q.entry_id
     LIMIT 1;
    IF off.entry_id IS NOT NULL THEN
        RAISE EXCEPTION 'ledger.unbalanced: entry % is off by %', off.entry_id, off.difference
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NULL;
END $$;
