-- Books at scale (issue 19).
--
-- 1. Period balances, as the replica keeps them (its ledger_day_totals): debit and credit
--    per branch, day, account, role and VAT rate. Journal lines are append-only (no update,
--    no delete: posted entries are reversed, never changed), so an insert trigger keeps the
--    totals exact in the line's own transaction; it runs once per statement over the
--    statement's transition table (a merge's batch of lines is one statement), adding one
--    grouped upsert per batch, not one per line. Derived data: not audited, never synced.
--    Reports sum a few hundred rows a month instead of every line.

CREATE TABLE accounting.ledger_day_totals (
    branch_id uuid NOT NULL,
    entry_date date NOT NULL,
    account_code text NOT NULL,
    role text,
    vat_rate numeric(7, 3),
    debit_minor bigint NOT NULL,
    credit_minor bigint NOT NULL,
    CONSTRAINT ledger_day_totals_key
        UNIQUE NULLS NOT DISTINCT (branch_id, entry_date, account_code, role, vat_rate)
);
CREATE INDEX ix_day_totals_date ON accounting.ledger_day_totals (entry_date);

INSERT INTO accounting.ledger_day_totals
SELECT branch_id, entry_date, account_code, role, vat_rate,
       coalesce(sum(amount_minor) FILTER (WHERE side = 'debit'), 0),
       coalesce(sum(amount_minor) FILTER (WHERE side = 'credit'), 0)
FROM accounting.journal_lines GROUP BY 1, 2, 3, 4, 5;

-- In key order, so that two merges of one branch touching the same days take the rows'
-- locks in the same order (no deadlock, one waits for the other's commit).
CREATE FUNCTION accounting.add_to_day_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO accounting.ledger_day_totals AS t
        (branch_id, entry_date, account_code, role, vat_rate, debit_minor, credit_minor)
    SELECT n.branch_id, n.entry_date, n.account_code, n.role, n.vat_rate,
           coalesce(sum(n.amount_minor) FILTER (WHERE n.side = 'debit'), 0),
           coalesce(sum(n.amount_minor) FILTER (WHERE n.side = 'credit'), 0)
    FROM new_rows n GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (branch_id, entry_date, account_code, role, vat_rate) DO UPDATE
        SET debit_minor = t.debit_minor + excluded.debit_minor,
            credit_minor = t.credit_minor + excluded.credit_minor;
    RETURN NULL;
END $$;
CREATE TRIGGER day_totals AFTER INSERT ON accounting.journal_lines
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION accounting.add_to_day_totals();

ALTER TABLE accounting.ledger_day_totals ENABLE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON accounting.ledger_day_totals FOR SELECT
    USING ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()));
-- Read under the lines' own isolation; written by the trigger alone (as the table's owner).
GRANT SELECT ON accounting.ledger_day_totals TO erp_app;

-- 2. Row-level security the planner can see through. The policies made after 0014 call
--    audit.head_office() and audit.branch() per row (SECURITY DEFINER functions reading
--    scope.current: not inlinable, costed at 100 each), which made the planner expect a
--    handful of rows and nest loops (the aged receivables took 41 s over 20,000 invoices
--    before a `SET LOCAL enable_nestloop = off`). Each call becomes, as 0014 did for the
--    policies before it, a scalar subquery evaluated once per statement (an InitPlan); the
--    expressions are the same.
DO $$
DECLARE
    p record;
    using_clause text;
    check_clause text;
BEGIN
    FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
             WHERE coalesce(qual, '') || coalesce(with_check, '') ~ 'audit\.(head_office|branch)\(\)'
               AND coalesce(qual, '') || coalesce(with_check, '') !~ 'SELECT audit\.'
    LOOP
        using_clause := replace(replace(p.qual, 'audit.head_office()', '(SELECT audit.head_office())'),
                                'audit.branch()', '(SELECT audit.branch())');
        check_clause := replace(replace(p.with_check, 'audit.head_office()', '(SELECT audit.head_office())'),
                                'audit.branch()', '(SELECT audit.branch())');
        EXECUTE format('ALTER POLICY %I ON %I.%I', p.policyname, p.schemaname, p.tablename)
            || CASE WHEN using_clause IS NOT NULL THEN format(' USING (%s)', using_clause) ELSE '' END
            || CASE WHEN check_clause IS NOT NULL THEN format(' WITH CHECK (%s)', check_clause) ELSE '' END;
    END LOOP;
END $$;

-- 3. Keys ready for sharding by branch (docs/scaling.md, sync_server/db/sharding.py): on
--    Citus a distributed table's primary and unique keys must hold its distribution column,
--    and so must a foreign key between two distributed tables. Each key of these
--    branch-owned tables that lacks branch_id gets it first (same name), the foreign keys
--    leaning on it are made again through branch_id, and, for the keys named in `lookups`,
--    a plain index on the old columns keeps the lookups that do not name the branch (a
--    number, a series and its sequence, an entry's lines); the other old keys were only
--    there to be unique, and an index less is a merge cheaper.
CREATE FUNCTION pg_temp.key_by_branch(t regclass, lookups text[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    k record;
    f record;
    again text[] := '{}';
    statement text;
BEGIN
    EXECUTE format('ALTER TABLE %s ALTER COLUMN branch_id SET NOT NULL', t);
    FOR k IN
        SELECT c.conname, c.contype, c.conindid,
               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.ord)
                  FROM unnest(c.conkey) WITH ORDINALITY u (n, ord)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = u.n) AS cols
          FROM pg_constraint c
         WHERE c.conrelid = t AND c.contype IN ('p', 'u') AND c.conparentid = 0
           AND NOT EXISTS (SELECT 1 FROM unnest(c.conkey) n
                             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = n
                            WHERE a.attname = 'branch_id')
         ORDER BY c.contype DESC  -- unique keys before the primary key
    LOOP
        FOR f IN
            SELECT c.conname, c.conrelid::regclass AS rel,
                   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.ord)
                      FROM unnest(c.conkey) WITH ORDINALITY u (n, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = u.n) AS cols,
                   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.ord)
                      FROM unnest(c.confkey) WITH ORDINALITY u (n, ord)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = u.n) AS refs
              FROM pg_constraint c
             WHERE c.contype = 'f' AND c.conindid = k.conindid AND c.conparentid = 0
        LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', f.rel, f.conname);
            again := again || format(
                'ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (branch_id, %s) REFERENCES %s (branch_id, %s)',
                f.rel, f.conname, f.cols, t, f.refs);
        END LOOP;
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', t, k.conname);
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s (branch_id, %s)', t, k.conname,
                       CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, k.cols);
        IF k.conname = ANY (lookups) THEN
            EXECUTE format('CREATE INDEX %I ON %s (%s)', 'ix_' || k.conname, t, k.cols);
        END IF;
    END LOOP;
    FOREACH statement IN ARRAY again LOOP
        EXECUTE statement;
    END LOOP;
END $$;

-- Parents before the tables whose foreign keys lean on them.
SELECT pg_temp.key_by_branch('sales.documents',
    ARRAY['documents_pkey', 'documents_number_key', 'documents_series_sequence_key']);
SELECT pg_temp.key_by_branch('sales.payments');
SELECT pg_temp.key_by_branch('sales.cash_sessions', ARRAY['cash_sessions_pkey']);
SELECT pg_temp.key_by_branch('sales.global_invoices',
    ARRAY['global_invoices_pkey', 'global_invoices_number_key', 'global_invoices_series_sequence_key']);
SELECT pg_temp.key_by_branch('accounting.journal_entries', ARRAY['journal_entries_pkey']);
SELECT pg_temp.key_by_branch('accounting.journal_lines',
    ARRAY['journal_lines_entry_id_position_entry_date_key']);
SELECT pg_temp.key_by_branch('inventory.stock_movements');
SELECT pg_temp.key_by_branch('inventory.stock_levels', ARRAY['stock_levels_warehouse_id_product_id_key']);
SELECT pg_temp.key_by_branch('sync.batches', ARRAY['batches_pkey']);
SELECT pg_temp.key_by_branch('sync.alerts', ARRAY['alerts_pkey']);
SELECT pg_temp.key_by_branch('crm.consent_events', ARRAY['consent_events_pkey']);
