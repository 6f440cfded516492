-- Stock documents pushed by branches: goods receipts, adjustments, counts, transfers.
-- A transfer out is readable by the branch it is sent to (it travels there through pull)
-- and that branch marks it received; everything else stays within its own branch.
CREATE TABLE inventory.stock_documents (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    kind text NOT NULL,
    number text NOT NULL UNIQUE,
    status text NOT NULL,
    issued_at timestamptz NOT NULL,
    counterpart_branch_id uuid REFERENCES auth.branches (id),
    related_id uuid REFERENCES inventory.stock_documents (id),
    received_by uuid REFERENCES inventory.stock_documents (id),
    differences jsonb,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_documents_counterpart ON inventory.stock_documents (counterpart_branch_id, status);

CREATE TRIGGER audit AFTER INSERT OR UPDATE ON inventory.stock_documents
    FOR EACH ROW EXECUTE FUNCTION audit.record();
CREATE TRIGGER no_delete BEFORE DELETE ON inventory.stock_documents
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();

ALTER TABLE inventory.stock_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE inventory.stock_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY read_own_or_addressed ON inventory.stock_documents FOR SELECT
    USING (audit.head_office() OR branch_id = audit.branch() OR counterpart_branch_id = audit.branch());
CREATE POLICY write_own ON inventory.stock_documents FOR INSERT
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
CREATE POLICY receive_addressed ON inventory.stock_documents FOR UPDATE
    USING (audit.head_office() OR counterpart_branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR counterpart_branch_id = audit.branch());

GRANT SELECT, INSERT, UPDATE ON inventory.stock_documents TO erp_app;
