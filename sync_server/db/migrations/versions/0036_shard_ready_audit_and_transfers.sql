-- The last two branch-owned tables made ready for sharding by branch on Citus (issue 19,
-- docs/scaling.md, sync_server/db/sharding.py): their primary and unique keys hold
-- branch_id, branch_id is never NULL, and no foreign key runs from one branch's row to
-- another's.
--
-- 1. The audit rows that are no branch's. An audit row's branch is the scope the acting
--    transaction proved (audit.branch()). It is NULL in the transactions that prove the
--    head-office key for the whole company (setting up the company and its chart, adding
--    branches, registers, users, devices and invitations, the catalog and its pictures,
--    exchange rates, tax catalogs, the company's mentions: the CLI and services.headoffice)
--    and in those that prove nothing (a device's enrollment, the migrations). Those rows
--    are not head office's site's: that site is optional, made after the company, and its
--    own devices already prove it as their branch (0016), so their rows carry it. They are
--    the company's: they go to audit.company_log, a table of their own kept on the
--    coordinator, written by the same audit trigger functions when the transaction has no
--    branch; audit.log keeps the rows of a branch, keyed (branch_id, id, at).
CREATE TABLE audit.company_log (
    id bigint NOT NULL DEFAULT nextval('audit.log_id_seq') PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    row_id text NOT NULL,
    operation text NOT NULL,
    actor_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    before jsonb,
    after jsonb
);
CREATE INDEX ix_company_audit_row ON audit.company_log (table_name, row_id);

-- The rows already written move, ids and all (one sequence numbers both tables). The
-- owner reads and deletes them past the policies (FORCE set again below) and past the
-- trigger that refuses any change to an audit row, for this one statement.
ALTER TABLE audit.log NO FORCE ROW LEVEL SECURITY;
ALTER TABLE audit.log DISABLE TRIGGER immutable;
WITH moved AS (
    DELETE FROM audit.log WHERE branch_id IS NULL
    RETURNING id, schema_name, table_name, row_id, operation, actor_id, at, before, after
)
INSERT INTO audit.company_log (id, schema_name, table_name, row_id, operation, actor_id, at, before, after)
SELECT id, schema_name, table_name, row_id, operation, actor_id, at, before, after FROM moved;
ALTER TABLE audit.log ENABLE TRIGGER immutable;
ALTER TABLE audit.log FORCE ROW LEVEL SECURITY;

ALTER TABLE audit.log ALTER COLUMN branch_id SET NOT NULL;
DO $$
BEGIN
    EXECUTE format('ALTER TABLE audit.log DROP CONSTRAINT %I',
                   (SELECT conname FROM pg_constraint
                     WHERE conrelid = 'audit.log'::regclass AND contype = 'p'));
END $$;
ALTER TABLE audit.log ADD CONSTRAINT log_pkey PRIMARY KEY (branch_id, id, at);

-- Written by the audit triggers alone, never changed, read by head office alone (as the
-- rows with no branch were in audit.log).
CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON audit.company_log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_audit_change();
ALTER TABLE audit.company_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.company_log FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_head_office ON audit.company_log FOR SELECT
    USING ((SELECT audit.head_office()));
CREATE POLICY written_by_triggers ON audit.company_log FOR INSERT WITH CHECK (true);
REVOKE ALL ON audit.company_log FROM erp_app;
GRANT SELECT ON audit.company_log TO erp_app;

-- The whole trail, for whoever asks what became of a row without knowing who changed it:
-- both logs, each read under its own policies (security_invoker), the company's rows with
-- no branch as before.
CREATE VIEW audit.trail WITH (security_invoker = true) AS
SELECT id, schema_name, table_name, row_id, operation, actor_id, branch_id, at, before, after
FROM audit.log
UNION ALL
SELECT id, schema_name, table_name, row_id, operation, actor_id, NULL::uuid, at, before, after
FROM audit.company_log;
GRANT SELECT ON audit.trail TO erp_app;

-- The three audit functions, each still one statement over the statement's rows: the
-- acting user and the scope are read once (as 0035 made them), and the rows go to the
-- branch's log or the company's.
CREATE OR REPLACE FUNCTION audit.record_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acting uuid := audit.actor();
    branch uuid := audit.branch();
BEGIN
    IF branch IS NULL THEN
        INSERT INTO audit.company_log (schema_name, table_name, row_id, operation, actor_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', acting,
               NULL, to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
        FROM new_rows n;
    ELSE
        INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', acting, branch,
               NULL, to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
        FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION audit.record_updates() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acting uuid := audit.actor();
    branch uuid := audit.branch();
BEGIN
    IF branch IS NULL THEN
        INSERT INTO audit.company_log (schema_name, table_name, row_id, operation, actor_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'update', acting,
               to_jsonb(o) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash',
               to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
        FROM new_rows n JOIN old_rows o ON o.id = n.id;
    ELSE
        INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'update', acting, branch,
               to_jsonb(o) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash',
               to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
        FROM new_rows n JOIN old_rows o ON o.id = n.id;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION audit.record_immutable_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acting uuid := audit.actor();
    branch uuid := audit.branch();
BEGIN
    IF branch IS NULL THEN
        INSERT INTO audit.company_log (schema_name, table_name, row_id, operation, actor_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', acting, NULL, NULL
        FROM new_rows n;
    ELSE
        INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
        SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', acting, branch, NULL, NULL
        FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;

-- 2. A transfer's receipt and the transfer out it receives are two branches' rows, on two
--    shards: the foreign keys between them (related_id, received_by) go. What they
--    refused stays refused by the transfer-in merger, which reads the transfer out anyway
--    (services/mergers/stock_documents.py): a receipt naming no transfer out sent to its
--    branch is refused with a coded error (inventory.transfer_not_in_transit), a related
--    document on any other kind with common.invalid_value, and the transfer out is marked
--    received in one statement that finds the receipt just written (db/mergers/
--    stock_documents.py). What a foreign key also guarded on the other side stays guarded:
--    a stock document is never deleted (no_delete) and its key never changes (below).
ALTER TABLE inventory.stock_documents DROP CONSTRAINT stock_documents_related_id_fkey;
ALTER TABLE inventory.stock_documents DROP CONSTRAINT stock_documents_received_by_fkey;
CREATE TRIGGER key_never_changes BEFORE UPDATE OF id, branch_id ON inventory.stock_documents
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.branch_id IS DISTINCT FROM OLD.branch_id)
    EXECUTE FUNCTION audit.refuse_key_change();

-- Its keys through branch_id, as 0031 did for the others; a plain index on the id keeps
-- the lookups that name a document alone (the transfer out a receipt names).
ALTER TABLE inventory.stock_documents DROP CONSTRAINT stock_documents_number_key;
ALTER TABLE inventory.stock_documents ADD CONSTRAINT stock_documents_number_key UNIQUE (branch_id, number);
ALTER TABLE inventory.stock_documents DROP CONSTRAINT stock_documents_pkey;
ALTER TABLE inventory.stock_documents ADD CONSTRAINT stock_documents_pkey PRIMARY KEY (branch_id, id);
CREATE INDEX ix_stock_documents_pkey ON inventory.stock_documents (id);
