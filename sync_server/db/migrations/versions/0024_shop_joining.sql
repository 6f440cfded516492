-- A shop that ran alone (the client's standalone kind) joins the chain: head office gives
-- its owner a one-time invitation (erp-sync-server shop invite), the shop sends what it is
-- (its site, registers, users, catalog) with it, and becomes a branch of the company with
-- its own ids, so its documents keep their numbers and chains. The invitation is head
-- office's row (no branch_id in its key); erp_app may create one and see it, never its
-- token's hash; spending it is the database's own check (auth.spend_join_invitation).
CREATE TABLE auth.join_invitations (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    token_hash text UNIQUE,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    branch_id uuid REFERENCES auth.branches (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE TRIGGER audit_inserts AFTER INSERT ON auth.join_invitations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON auth.join_invitations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON auth.join_invitations
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();

ALTER TABLE auth.join_invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY head_office_reads ON auth.join_invitations FOR SELECT
    USING ((SELECT audit.head_office()));
CREATE POLICY head_office_writes ON auth.join_invitations FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY head_office_changes ON auth.join_invitations FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));
GRANT SELECT (id, name, expires_at, used_at, branch_id, created_at, updated_at, deleted_at)
    ON auth.join_invitations TO erp_app;
GRANT INSERT ON auth.join_invitations TO erp_app;
GRANT UPDATE (branch_id, updated_at) ON auth.join_invitations TO erp_app;

-- The invitation whose token this is, spent now (None when unknown, spent or expired).
CREATE FUNCTION auth.spend_join_invitation(token text)
RETURNS TABLE (invitation_id uuid, invitation_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    found_invitation record;
BEGIN
    SELECT i.id, i.name INTO found_invitation FROM auth.join_invitations i
     WHERE i.token_hash = encode(sha256(convert_to(coalesce(token, ''), 'UTF8')), 'hex')
       AND i.used_at IS NULL AND i.deleted_at IS NULL AND i.expires_at > now()
     FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    UPDATE auth.join_invitations SET token_hash = NULL, used_at = now(), updated_at = now()
     WHERE id = found_invitation.id;
    RETURN QUERY SELECT found_invitation.id, found_invitation.name;
END $$;
REVOKE ALL ON FUNCTION auth.spend_join_invitation(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.spend_join_invitation(text) TO erp_app;
