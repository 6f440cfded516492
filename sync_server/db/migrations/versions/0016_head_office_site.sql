-- Head office is a site too: it runs the same client over its own replica, enrolls its own
-- devices and syncs like a branch. What tells it apart is the site's kind.
--
-- * auth.branches gets a kind: 'branch' (every site so far) or 'head_office' (at most one).
--   The kind travels down with the branch rows, so a replica knows whether it is head office.
-- * A device of the head-office site proves head-office scope with its own credential (it
--   writes what head office owns: the catalog and its prices, the periods, ...), narrowed to
--   its site for its own rows. Which entity a site may write is the server's ownership
--   table (erp_desktop.kernel.ownership), checked per pushed change.
-- * accounting.closed_periods: the months head office closed. The server posts a late
--   branch document dated inside one on the first open day after it (never refused), and
--   every site pulls them so that its own postings follow the same rule; the branch whose
--   entry moved is told (posting_moved) and moves its own.
ALTER TABLE auth.branches ADD COLUMN kind text NOT NULL DEFAULT 'branch'
    CHECK (kind IN ('branch', 'head_office'));
CREATE UNIQUE INDEX one_head_office ON auth.branches ((true)) WHERE kind = 'head_office';

CREATE OR REPLACE FUNCTION auth.enter_scope(credential text, branch uuid DEFAULT NULL)
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
    SELECT d.id, d.branch_id, d.name, d.credential_hash, d.revoked_at, d.deleted_at,
           b.kind = 'head_office' AS of_head_office
      INTO found_device FROM auth.devices d JOIN auth.branches b ON b.id = d.branch_id
     WHERE d.id = device_part::uuid;
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
    -- A head-office device works in head-office scope, its own site still named (its
    -- rows, its pull); asked for its site alone (``branch``), it gets branch scope.
    INSERT INTO scope.current (backend_pid, xact, head_office, branch_id, device_id)
    VALUES (pg_backend_pid(), pg_current_xact_id(),
            found_device.of_head_office AND branch IS NULL, found_device.branch_id,
            found_device.id);
    RETURN QUERY SELECT 'branch', found_device.of_head_office AND branch IS NULL,
                        found_device.branch_id, found_device.id, found_device.name;
END $$;
REVOKE ALL ON FUNCTION auth.enter_scope(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.enter_scope(text, uuid) TO erp_app;

CREATE TABLE accounting.closed_periods (
    id uuid PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    start_date date NOT NULL,
    end_date date NOT NULL CHECK (end_date >= start_date),
    closed_at timestamptz NOT NULL,
    closed_by uuid REFERENCES auth.users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE TRIGGER audit_inserts AFTER INSERT ON accounting.closed_periods
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON accounting.closed_periods
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON accounting.closed_periods
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON accounting.closed_periods
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('fiscal_period');

ALTER TABLE accounting.closed_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON accounting.closed_periods FOR SELECT USING (true);
CREATE POLICY written_by_head_office ON accounting.closed_periods FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY changed_by_head_office ON accounting.closed_periods FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));
GRANT SELECT, INSERT, UPDATE ON accounting.closed_periods TO erp_app;

-- A late document posted on the first open day raises an alert for the accountant; the
-- branch that pushed it is told too (entity posting_moved, in its own feed), so that its
-- replica moves its own entry to the same day and the two journals agree.
CREATE FUNCTION sync.log_moved_posting() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NEW.branch_id, 'posting_moved', NEW.id,
            NEW.params || jsonb_build_object('id', NEW.id));
    RETURN NULL;
END $$;
CREATE TRIGGER log_moved_posting AFTER INSERT ON sync.alerts FOR EACH ROW
    WHEN (NEW.kind = 'posted_after_closed_period') EXECUTE FUNCTION sync.log_moved_posting();
