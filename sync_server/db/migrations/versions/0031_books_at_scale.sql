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
    branch_id uuid,
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
