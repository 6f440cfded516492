-- Branch isolation a session cannot talk its way around.
--
-- Until now the scope of a transaction was three settings the session wrote itself
-- (erp.scope, erp.branch_id): any code running as erp_app could say "head_office" and
-- read every branch, and audit.log had no row-level security at all, while erp_app could
-- insert forged audit rows. From here on:
--
-- * A transaction's scope is a row of scope.current (schema `scope`: erp_app has no usage
--   on it), keyed by the backend and the transaction's own id. Only auth.enter_scope
--   (SECURITY DEFINER) writes it, after checking a credential inside the database: a
--   device's credential against the SHA-256 kept in auth.devices (a column erp_app can no
--   longer read), or the head-office key kept in scope.head_office_key. A SET or
--   set_config of any erp.* setting changes nothing; a scope row left by an earlier
--   transaction on a pooled connection never matches a later one (transaction ids are
--   never reused); a refused credential leaves no scope at all, hence no rows.
-- * The policies read the scope through audit.branch() and audit.head_office(), each
--   called once per statement (an InitPlan), not once per row.
-- * What head office owns (users and their roles, devices, prices...) is written in
--   head-office scope only.
-- * audit.log is written only by the audit triggers (SECURITY DEFINER, fixed search_path)
--   and read by head office or by the branch recorded on the row, on the partitioned
--   table and on each of its monthly partitions; nobody updates or deletes an audit row.

CREATE SCHEMA scope;
REVOKE ALL ON SCHEMA scope FROM PUBLIC;

CREATE UNLOGGED TABLE scope.current (
    backend_pid integer PRIMARY KEY,
    xact xid8 NOT NULL,
    head_office boolean NOT NULL,
    branch_id uuid,
    device_id uuid,
    entered_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The key that proves head office. Readable by the database's owner (the operator's login,
-- which runs the CLI and may give the key to API workers that log in as another role),
-- never by erp_app.
CREATE TABLE scope.head_office_key (
    only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
    secret text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO scope.head_office_key (secret)
VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Device credentials and enrollment tokens: erp_app may see a device, not its secrets.
REVOKE SELECT, UPDATE ON auth.devices FROM erp_app;
GRANT SELECT (id, branch_id, name, enrollment_expires_at, enrolled_at, revoked_at,
              last_seen_at, created_at, updated_at, deleted_at) ON auth.devices TO erp_app;
GRANT UPDATE (revoked_at, updated_at) ON auth.devices TO erp_app;

CREATE FUNCTION auth.enter_scope(credential text, branch uuid DEFAULT NULL)
RETURNS TABLE (outcome text, head_office boolean, branch_id uuid, device_id uuid, device_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    proof bytea := sha256(convert_to(coalesce(credential, ''), 'UTF8'));
    device_part text := split_part(coalesce(credential, ''), '.', 1);
    found_device record;
BEGIN
    DELETE FROM scope.current WHERE backend_pid = pg_backend_pid();
    -- Hashes compared, not secrets: the time taken says nothing about the secret.
    IF EXISTS (SELECT 1 FROM scope.head_office_key k
               WHERE sha256(convert_to(k.secret, 'UTF8')) = proof) THEN
        INSERT INTO scope.current (backend_pid, xact, head_office, branch_id)
        VALUES (pg_backend_pid(), pg_current_xact_id(), branch IS NULL, branch);
        RETURN QUERY SELECT CASE WHEN branch IS NULL THEN 'head_office' ELSE 'branch' END,
                            branch IS NULL, branch, NULL::uuid, NULL::text;
        RETURN;
    END IF;
    IF device_part !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN QUERY SELECT 'refused', false, NULL::uuid, NULL::uuid, NULL::text;
        RETURN;
    END IF;
    SELECT d.id, d.branch_id, d.name, d.credential_hash, d.revoked_at, d.deleted_at
      INTO found_device FROM auth.devices d WHERE d.id = device_part::uuid;
    IF NOT FOUND OR found_device.credential_hash IS NULL
       OR found_device.credential_hash <> encode(proof, 'hex')
       OR (branch IS NOT NULL AND branch <> found_device.branch_id) THEN
        RETURN QUERY SELECT 'refused', false, NULL::uuid, NULL::uuid, NULL::text;
        RETURN;
    END IF;
    -- Only the holder of the right secret learns that its device was revoked.
    IF found_device.revoked_at IS NOT NULL OR found_device.deleted_at IS NOT NULL THEN
        RETURN QUERY SELECT 'revoked', false, found_device.branch_id, found_device.id,
                            found_device.name;
        RETURN;
    END IF;
    INSERT INTO scope.current (backend_pid, xact, head_office, branch_id, device_id)
    VALUES (pg_backend_pid(), pg_current_xact_id(), false, found_device.branch_id,
            found_device.id);
    RETURN QUERY SELECT 'branch', false, found_device.branch_id, found_device.id,
                        found_device.name;
END $$;

-- Enrollment spends the one-time token inside the database: erp_app never reads a token
-- hash nor writes a credential hash. The credential is "<device id>.<secret>".
CREATE FUNCTION auth.enroll_device(token text, secret text)
RETURNS TABLE (device_id uuid, branch_id uuid, device_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    found_device record;
BEGIN
    SELECT d.id, d.branch_id, d.name INTO found_device FROM auth.devices d
     WHERE d.enrollment_token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex')
       AND d.revoked_at IS NULL AND d.deleted_at IS NULL AND d.enrollment_expires_at > now()
     FOR UPDATE;
    IF NOT FOUND OR coalesce(secret, '') = '' THEN
        RETURN;
    END IF;
    UPDATE auth.devices
       SET credential_hash = encode(sha256(convert_to(found_device.id::text || '.' || secret, 'UTF8')), 'hex'),
           enrollment_token_hash = NULL, enrollment_expires_at = NULL,
           enrolled_at = now(), updated_at = now()
     WHERE id = found_device.id;
    RETURN QUERY SELECT found_device.id, found_device.branch_id, found_device.name;
END $$;

REVOKE ALL ON FUNCTION auth.enter_scope(text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION auth.enroll_device(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.enter_scope(text, uuid) TO erp_app;
GRANT EXECUTE ON FUNCTION auth.enroll_device(text, text) TO erp_app;

-- The scope as the policies and the audit triggers read it: nothing unless this very
-- transaction entered one. Parallel restricted: evaluated by the leader (pg_backend_pid of
-- a parallel worker is not the session's), the result handed to the workers.
CREATE OR REPLACE FUNCTION audit.branch() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL RESTRICTED SET search_path = pg_catalog, pg_temp AS
$$ SELECT s.branch_id FROM scope.current s
    WHERE s.backend_pid = pg_backend_pid() AND s.xact = pg_current_xact_id_if_assigned() $$;
CREATE OR REPLACE FUNCTION audit.head_office() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL RESTRICTED SET search_path = pg_catalog, pg_temp AS
$$ SELECT coalesce((SELECT s.head_office FROM scope.current s
    WHERE s.backend_pid = pg_backend_pid() AND s.xact = pg_current_xact_id_if_assigned()), false) $$;

-- Every existing policy reads the scope once per statement. The expressions are the same;
-- only the calls become scalar subqueries (InitPlans).
DO $$
DECLARE
    p record;
    using_clause text;
    check_clause text;
BEGIN
    FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
             WHERE coalesce(qual, '') || coalesce(with_check, '') ~ 'audit\.(head_office|branch)\(\)'
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

-- Stock levels are readable by every site (what other branches hold of a product, asked
-- at the till); each site still writes only its own.
CREATE POLICY readable_by_every_site ON inventory.stock_levels FOR SELECT
    USING ((SELECT audit.head_office()) OR (SELECT audit.branch()) IS NOT NULL);

-- What head office owns is read by every site and written in head-office scope only: a
-- branch's session could otherwise give its cashier the administrator's role, add a user
-- of its own, or change a price that then flows down to every branch. Not forced: the
-- SECURITY DEFINER functions (enrollment) act as the owner.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'auth.company', 'auth.branches', 'auth.registers', 'auth.users', 'auth.devices',
        'inventory.warehouses', 'inventory.products', 'inventory.product_barcodes',
        'accounting.accounts', 'accounting.exchange_rates', 'accounting.tax_catalogs'
    ] LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_by_every_site ON %s FOR SELECT USING (true)', t);
        EXECUTE format(
            'CREATE POLICY written_by_head_office ON %s FOR INSERT '
            'WITH CHECK ((SELECT audit.head_office()))', t);
        EXECUTE format(
            'CREATE POLICY changed_by_head_office ON %s FOR UPDATE '
            'USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()))', t);
    END LOOP;
END $$;

-- The audit log ------------------------------------------------------------------------
-- Secrets stay out of it (hashes of credentials, tokens, passwords and PINs).
CREATE OR REPLACE FUNCTION audit.record_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'insert', audit.actor(), audit.branch(),
           NULL, to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
    FROM new_rows n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION audit.record_updates() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    SELECT TG_TABLE_SCHEMA, TG_TABLE_NAME, n.id::text, 'update', audit.actor(), audit.branch(),
           to_jsonb(o) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash',
           to_jsonb(n) - 'credential_hash' - 'enrollment_token_hash' - 'password_hash' - 'pin_hash'
    FROM new_rows n JOIN old_rows o ON o.id = n.id;
    RETURN NULL;
END $$;

-- The other SECURITY DEFINER functions get a fixed search_path too.
ALTER FUNCTION sync.log_for_all() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sync.log_transfer() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sync.log_exchange_rate() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION accounting.queue_entries_to_check() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION accounting.check_balanced() SET search_path = pg_catalog, pg_temp;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit.log FROM erp_app;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA audit FROM erp_app;
-- The change log too is written by its triggers only (a forged row would reach branches).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON sync.change_log FROM erp_app;

CREATE FUNCTION audit.refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'storage.immutable: audit rows cannot change' USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON audit.log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_audit_change();

-- Who reads an audit row: head office, or the branch recorded on it. The same policies on
-- every monthly partition, so reading a partition by its name shows no more.
CREATE FUNCTION audit.protect_log_partition(partition regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', partition);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', partition);
    IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = partition AND polname = 'read_own_branch') THEN
        EXECUTE format(
            'CREATE POLICY read_own_branch ON %s FOR SELECT USING '
            '((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()))', partition);
        EXECUTE format(
            'CREATE POLICY written_by_triggers ON %s FOR INSERT WITH CHECK (true)', partition);
    END IF;
    EXECUTE format('REVOKE ALL ON %s FROM erp_app', partition);
END $$;

SELECT audit.protect_log_partition('audit.log');
GRANT SELECT ON audit.log TO erp_app;
SELECT audit.protect_log_partition(inhrelid::regclass)
  FROM pg_inherits WHERE inhparent = 'audit.log'::regclass;

-- Partitions made from now on (each `erp-sync-server migrate`) get the same protection.
CREATE OR REPLACE FUNCTION sync.add_month_partitions(parent regclass, first_month date, last_month date)
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
            IF parent = 'audit.log'::regclass THEN
                PERFORM audit.protect_log_partition(name::regclass);
            END IF;
            made := made + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN made;
END $$;
