-- The two tables that grow without end, stock movements and journal lines, partitioned by
-- month (ARCHITECTURE.md, section 6): a month's rows sit together, a period's report reads
-- only its months, old months can be detached and archived whole.
--
-- The partition key must be part of every unique key: a movement is unique by (id,
-- occurred_at) and a replayed movement carries both unchanged, so inserting it again still
-- changes nothing. Journal lines carry their entry's date, and the pair (entry, date)
-- references the entry, so a line can never sit in another month than its entry.
-- Partitions exist from January 2024 to December 2028; `erp-sync-server migrate` adds the
-- months up to two years ahead, and a default partition keeps anything outside them.

CREATE FUNCTION sync.add_month_partitions(parent regclass, first_month date, last_month date)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', first_month);
    made integer := 0;
    name text;
BEGIN
    WHILE month <= last_month LOOP
        name := format('%s_%s', parent::text, to_char(month, 'YYYY_MM'));
        IF to_regclass(name) IS NULL THEN
            EXECUTE format(
                'CREATE TABLE %s PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                name, parent, month, (month + interval '1 month')::date);
            made := made + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN made;
END $$;

-- Stock movements ------------------------------------------------------------------------
ALTER TABLE inventory.stock_movements RENAME TO stock_movements_before_partitioning;
CREATE TABLE inventory.stock_movements (
    id uuid NOT NULL,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    warehouse_id uuid NOT NULL REFERENCES inventory.warehouses (id),
    product_id uuid NOT NULL REFERENCES inventory.products (id),
    kind text NOT NULL,
    quantity_milli bigint NOT NULL CHECK (quantity_milli <> 0),
    unit_cost numeric(20, 6) NOT NULL,
    occurred_at timestamptz NOT NULL,
    document_type text NOT NULL,
    document_id uuid,
    actor_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE inventory.stock_movements_default PARTITION OF inventory.stock_movements DEFAULT;
SELECT sync.add_month_partitions('inventory.stock_movements', '2024-01-01', '2028-12-01');
INSERT INTO inventory.stock_movements SELECT * FROM inventory.stock_movements_before_partitioning;
DROP TABLE inventory.stock_movements_before_partitioning;
CREATE INDEX ix_movements_product ON inventory.stock_movements (product_id, occurred_at);

-- Journal lines --------------------------------------------------------------------------
ALTER TABLE accounting.journal_entries ADD UNIQUE (id, entry_date);
ALTER TABLE accounting.journal_lines RENAME TO journal_lines_before_partitioning;
CREATE TABLE accounting.journal_lines (
    id uuid NOT NULL,
    entry_id uuid NOT NULL,
    entry_date date NOT NULL,
    branch_id uuid REFERENCES auth.branches (id),
    position integer NOT NULL,
    account_code text NOT NULL REFERENCES accounting.accounts (code),
    role text,
    side text NOT NULL CHECK (side IN ('debit', 'credit')),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency char(3) NOT NULL,
    txn_amount_minor bigint NOT NULL,
    txn_currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    vat_rate numeric(7, 3),
    partner_id uuid,
    memo text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (id, entry_date),
    UNIQUE (entry_id, position, entry_date),
    FOREIGN KEY (entry_id, entry_date) REFERENCES accounting.journal_entries (id, entry_date)
) PARTITION BY RANGE (entry_date);
CREATE TABLE accounting.journal_lines_default PARTITION OF accounting.journal_lines DEFAULT;
SELECT sync.add_month_partitions('accounting.journal_lines', '2024-01-01', '2028-12-01');
INSERT INTO accounting.journal_lines
SELECT l.id, l.entry_id, e.entry_date, l.branch_id, l.position, l.account_code, l.role, l.side,
       l.amount_minor, l.currency, l.txn_amount_minor, l.txn_currency, l.rate, l.vat_rate,
       l.partner_id, l.memo, l.created_at, l.updated_at, l.deleted_at
FROM accounting.journal_lines_before_partitioning l
JOIN accounting.journal_entries e ON e.id = l.entry_id;
DROP TABLE accounting.journal_lines_before_partitioning;
CREATE INDEX ix_lines_account ON accounting.journal_lines (account_code, entry_date);

-- The rules of both tables, as before: audit, no delete, no update, row-level security.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['inventory.stock_movements', 'accounting.journal_lines'] LOOP
        EXECUTE format(
            'CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format(
            'CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
            'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates()', t);
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete()', t);
        EXECUTE format('CREATE TRIGGER immutable BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION audit.refuse_update()', t);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY branch_isolation ON %s USING (audit.head_office() OR branch_id = audit.branch()) '
            'WITH CHECK (audit.head_office() OR branch_id = audit.branch())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %s TO erp_app', t);
    END LOOP;
END $$;

-- Balanced entries: the queue keeps the entry's date, so the check at commit reads the
-- lines of one month's partition.
ALTER TABLE accounting.entries_to_check ADD COLUMN entry_date date;
CREATE OR REPLACE FUNCTION accounting.queue_entries_to_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO accounting.entries_to_check (entry_id, entry_date)
    SELECT DISTINCT entry_id, entry_date FROM new_lines
    ON CONFLICT (entry_id) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER entries_to_check AFTER INSERT ON accounting.journal_lines
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT
    EXECUTE FUNCTION accounting.queue_entries_to_check();
CREATE OR REPLACE FUNCTION accounting.check_balanced() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    difference bigint;
BEGIN
    SELECT coalesce(sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END), 0)
      INTO difference FROM accounting.journal_lines
     WHERE entry_id = NEW.entry_id AND entry_date = NEW.entry_date;
    IF difference <> 0 THEN
        RAISE EXCEPTION 'ledger.unbalanced: entry % is off by %', NEW.entry_id, difference
            USING ERRCODE = 'P0001';
    END IF;
    DELETE FROM accounting.entries_to_check WHERE entry_id = NEW.entry_id;
    RETURN NULL;
END $$;
