-- What a merge pays for its integrity, paid once per statement where the set allows it,
-- every check still in place (issue 19); and the server's outbox for the work done after
-- a push commits.
--
-- 1. An immutable row is its own after-image. The audit row of an insert into a table
--    whose rows can never be updated (its `immutable` trigger refuses every UPDATE, no
--    WHEN clause) names the row, its acting user, branch and time, and no longer copies
--    it into JSONB, as the replica's audit already does. Copying was 40 % of what
--    PostgreSQL spent on a pushed sale. Updates cannot happen there; deletes are refused.
CREATE FUNCTION audit.record_immutable_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', audit.actor(), audit.branch(),
           NULL, NULL
    FROM new_rows n;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t regclass;
BEGIN
    FOR t IN
        SELECT i.tgrelid::regclass FROM pg_trigger i JOIN pg_class c ON c.oid = i.tgrelid
        WHERE i.tgname = 'immutable' AND NOT i.tgisinternal AND i.tgqual IS NULL
          AND NOT c.relispartition AND i.tgrelid <> 'audit.log'::regclass
          AND EXISTS (SELECT 1 FROM pg_trigger a WHERE a.tgrelid = i.tgrelid
                      AND a.tgname = 'audit_inserts')
    LOOP
        EXECUTE format('DROP TRIGGER audit_inserts ON %s', t);
        EXECUTE format(
            'CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_immutable_inserts()', t);
    END LOOP;
END $$;

-- 2. References checked once per statement. A foreign key checks each new row on its own
--    (a query per row: 25 per pushed sale of 8.5 journal lines, a third of the sales
--    statement). On the tables a push writes by the hundred, the same references are now
--    checked by one query per statement over its new rows (their distinct values, against
--    the named table's key), raising the same error class as a foreign key
--    (foreign_key_violation). What a foreign key also guarded on the other side stays
--    guarded: the rows named are never deleted (their `no_delete` triggers), documents and
--    entries never change (`immutable`), and the keys named never change (below).
CREATE FUNCTION audit.references_present() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    -- TG_ARGV: the new rows' columns, the table they name, that table's key columns
    mine text := (SELECT string_agg('n.' || trim(c), ', ') FROM unnest(string_to_array(TG_ARGV[0], ',')) c);
    theirs text := (SELECT string_agg('p.' || trim(c), ', ') FROM unnest(string_to_array(TG_ARGV[2], ',')) c);
    missing text;
BEGIN
    EXECUTE format(
        'SELECT CAST(ROW(%1$s) AS text) FROM (SELECT DISTINCT %2$s FROM new_rows) n '
        'WHERE num_nulls(%1$s) = 0 AND NOT EXISTS (SELECT 1 FROM %3$s p WHERE ROW(%4$s) = ROW(%1$s)) '
        'LIMIT 1', mine, TG_ARGV[0], TG_ARGV[1], theirs)
    INTO missing;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert on table "%" violates foreign key: key (%)=% is not present in table "%"',
            TG_TABLE_NAME, TG_ARGV[0], missing, TG_ARGV[1]
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION audit.refuse_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'storage.key_change_refused: the key of % rows never changes', TG_TABLE_NAME
        USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER key_never_changes BEFORE UPDATE OF id ON auth.branches
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION audit.refuse_key_change();
CREATE TRIGGER key_never_changes BEFORE UPDATE OF id ON auth.registers
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION audit.refuse_key_change();
CREATE TRIGGER key_never_changes BEFORE UPDATE OF id ON inventory.warehouses
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION audit.refuse_key_change();
CREATE TRIGGER key_never_changes BEFORE UPDATE OF id ON inventory.products
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION audit.refuse_key_change();

-- An account's code may change (0010 renamed codes), but not while journal lines name it:
-- what the foreign key's NO ACTION said, said here.
CREATE FUNCTION accounting.refuse_code_in_use() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM accounting.journal_lines WHERE account_code = OLD.code) THEN
        RAISE EXCEPTION 'update on table "accounts" violates foreign key: key (code)=(%) is still referenced from table "journal_lines"',
            OLD.code USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER code_in_use BEFORE UPDATE OF code ON accounting.accounts
    FOR EACH ROW WHEN (NEW.code IS DISTINCT FROM OLD.code) EXECUTE FUNCTION accounting.refuse_code_in_use();

ALTER TABLE sales.documents DROP CONSTRAINT documents_branch_id_fkey;
ALTER TABLE sales.documents DROP CONSTRAINT documents_register_id_fkey;
ALTER TABLE sales.documents DROP CONSTRAINT documents_original_id_fkey;
CREATE TRIGGER references_branch AFTER INSERT ON sales.documents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('branch_id', 'auth.branches', 'id');
CREATE TRIGGER references_register AFTER INSERT ON sales.documents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('register_id', 'auth.registers', 'id');
CREATE TRIGGER references_original AFTER INSERT ON sales.documents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('original_id', 'sales.documents', 'id');

ALTER TABLE sales.payments DROP CONSTRAINT payments_document_id_fkey;
ALTER TABLE sales.payments DROP CONSTRAINT payments_branch_id_fkey;
CREATE TRIGGER references_document AFTER INSERT ON sales.payments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('document_id', 'sales.documents', 'id');
CREATE TRIGGER references_branch AFTER INSERT ON sales.payments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('branch_id', 'auth.branches', 'id');

ALTER TABLE accounting.journal_entries DROP CONSTRAINT journal_entries_branch_id_fkey;
CREATE TRIGGER references_branch AFTER INSERT ON accounting.journal_entries REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('branch_id', 'auth.branches', 'id');

ALTER TABLE accounting.journal_lines DROP CONSTRAINT journal_lines_branch_id_fkey1;
ALTER TABLE accounting.journal_lines DROP CONSTRAINT journal_lines_account_code_fkey1;
ALTER TABLE accounting.journal_lines DROP CONSTRAINT journal_lines_entry_id_entry_date_fkey;
CREATE TRIGGER references_branch AFTER INSERT ON accounting.journal_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('branch_id', 'auth.branches', 'id');
CREATE TRIGGER references_account AFTER INSERT ON accounting.journal_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('account_code', 'accounting.accounts', 'code');
CREATE TRIGGER references_entry AFTER INSERT ON accounting.journal_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('entry_id, entry_date', 'accounting.journal_entries', 'id, entry_date');

ALTER TABLE inventory.stock_movements DROP CONSTRAINT stock_movements_branch_id_fkey1;
ALTER TABLE inventory.stock_movements DROP CONSTRAINT stock_movements_warehouse_id_fkey1;
ALTER TABLE inventory.stock_movements DROP CONSTRAINT stock_movements_product_id_fkey1;
CREATE TRIGGER references_branch AFTER INSERT ON inventory.stock_movements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('branch_id', 'auth.branches', 'id');
CREATE TRIGGER references_warehouse AFTER INSERT ON inventory.stock_movements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('warehouse_id', 'inventory.warehouses', 'id');
CREATE TRIGGER references_product AFTER INSERT ON inventory.stock_movements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.references_present('product_id', 'inventory.products', 'id');

-- 3. The server's outbox: work a push leaves to be done after it commits (the chain check
--    of the sales it merged), claimed by any worker with FOR UPDATE SKIP LOCKED and marked
--    done in the transaction that did it, so each item is done once, whichever worker
--    takes it, and an item whose worker died (its transaction rolled back) is taken by
--    the next. Done items are kept (what was done, when, by whom): `done_at` set.
CREATE TABLE sync.outbox (
    id bigserial PRIMARY KEY,
    branch_id uuid NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    done_at timestamptz,
    done_by text
);
CREATE INDEX ix_outbox_pending ON sync.outbox (id) WHERE done_at IS NULL;
ALTER TABLE sync.outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sync.outbox
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
CREATE TRIGGER no_delete BEFORE DELETE ON sync.outbox FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
GRANT SELECT, INSERT, UPDATE ON sync.outbox TO erp_app;
GRANT USAGE ON SEQUENCE sync.outbox_id_seq TO erp_app;
