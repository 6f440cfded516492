-- Triggers that cost once per statement, not once per row: a push now writes a whole set
-- of movements, documents, payments and journal lines in one statement, and per-row
-- triggers (a plpgsql call and a query for each row) had become most of its cost.
--
-- Audit: the very same rows in audit.log as before (operation, acting user, branch, before
-- and after as JSONB), written by one INSERT ... SELECT over the statement's transition
-- tables. A table added later gets these two triggers, not a per-row one.
CREATE FUNCTION audit.record_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', audit.actor(), audit.branch(),
           NULL, to_jsonb(n)
    FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION audit.record_updates() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'update', audit.actor(), audit.branch(),
           to_jsonb(o), to_jsonb(n)
    FROM new_rows n JOIN old_rows o ON o.id = n.id;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t regclass;
BEGIN
    FOR t IN SELECT tgrelid::regclass FROM pg_trigger WHERE tgname = 'audit' AND NOT tgisinternal LOOP
        EXECUTE format('DROP TRIGGER audit ON %s', t);
        EXECUTE format(
            'CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format(
            'CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
            'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates()', t);
    END LOOP;
END $$;
DROP FUNCTION audit.record();

-- Balanced entries: still refused at commit by a deferred constraint trigger, but checked
-- once per entry instead of once per line. Each statement that inserts journal lines queues
-- the entries it touched (once each, whatever the number of statements); at commit the
-- deferred trigger checks every queued entry over all its lines and takes it off the queue.
-- The queue is empty outside a running transaction, hence unlogged.
DROP TRIGGER journal_lines_balanced ON accounting.journal_lines;
DROP FUNCTION accounting.check_balanced();

CREATE UNLOGGED TABLE accounting.entries_to_check (entry_id uuid PRIMARY KEY);

CREATE FUNCTION accounting.queue_entries_to_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO accounting.entries_to_check (entry_id)
    SELECT DISTINCT entry_id FROM new_lines
    ON CONFLICT (entry_id) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER entries_to_check AFTER INSERT ON accounting.journal_lines
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT
    EXECUTE FUNCTION accounting.queue_entries_to_check();

CREATE FUNCTION accounting.check_balanced() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    difference bigint;
BEGIN
    SELECT coalesce(sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END), 0)
      INTO difference FROM accounting.journal_lines WHERE entry_id = NEW.entry_id;
    IF difference <> 0 THEN
        RAISE EXCEPTION 'ledger.unbalanced: entry % is off by %', NEW.entry_id, difference
            USING ERRCODE = 'P0001';
    END IF;
    DELETE FROM accounting.entries_to_check WHERE entry_id = NEW.entry_id;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON accounting.entries_to_check
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION accounting.check_balanced();
