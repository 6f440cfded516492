-- One audit row per statement for the rows an append-only table receives (issue 19).
--
-- Since 0030 the audit row of an insert into an immutable table (its `immutable`
-- trigger refuses every update, deletes are refused) names the row rather than copying
-- it: one audit row per inserted row, all of one statement alike but for the id (same
-- table, operation, acting user, branch and instant). They were the largest trigger of
-- a pushed sale's statement: 46-54 ms of 230-249 for a 500-sale push (its 4,310
-- journal lines), 62-75 ms with the documents', payments' and entries'
-- (docs/performance.md). A statement that inserts several such rows now writes one
-- audit row naming them all (row_ids, in the order they were inserted); a statement of
-- one row writes it as before (row_id). Nothing said is lost: who, when, what (each id),
-- the branch; the rows themselves are their own after-image and never change.
--
-- audit.trail, the view for whoever asks what became of a row, lists each named row on
-- a line of its own (the statement's audit id repeated), so a reader by row_id reads it
-- as before.
ALTER TABLE audit.log ADD COLUMN row_ids text[];
ALTER TABLE audit.log ALTER COLUMN row_id DROP NOT NULL;
ALTER TABLE audit.company_log ADD COLUMN row_ids text[];
ALTER TABLE audit.company_log ALTER COLUMN row_id DROP NOT NULL;

CREATE OR REPLACE FUNCTION audit.record_immutable_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acting uuid := audit.actor();
    branch uuid := audit.branch();
    ids text[] := ARRAY(SELECT n.id::text FROM new_rows n);
    one text := CASE WHEN cardinality(ids) = 1 THEN ids[1] END;
    many text[] := CASE WHEN cardinality(ids) > 1 THEN ids END;
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN NULL;
    END IF;
    IF branch IS NULL THEN
        INSERT INTO audit.company_log (schema_name, table_name, row_id, row_ids, operation, actor_id, before, after)
        VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, one, many, 'insert', acting, NULL, NULL);
    ELSE
        INSERT INTO audit.log (schema_name, table_name, row_id, row_ids, operation, actor_id, branch_id, before, after)
        VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, one, many, 'insert', acting, branch, NULL, NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE VIEW audit.trail WITH (security_invoker = true) AS
SELECT l.id, l.schema_name, l.table_name, coalesce(named.row_id, l.row_id) AS row_id,
       l.operation, l.actor_id, l.branch_id, l.at, l.before, l.after
FROM audit.log l LEFT JOIN LATERAL unnest(l.row_ids) AS named (row_id) ON true
UNION ALL
SELECT c.id, c.schema_name, c.table_name, coalesce(named.row_id, c.row_id), c.operation,
       c.actor_id, NULL::uuid, c.at, c.before, c.after
FROM audit.company_log c LEFT JOIN LATERAL unnest(c.row_ids) AS named (row_id) ON true;
