-- Purchasing (issue 14), in the purchasing schema (empty until now).
--
-- * purchasing.suppliers: head office's suppliers, written in head-office scope only (its
--   client pushes them, checked by the kernel on both sides), read by every site and sent
--   down whole by the change log: the row is the payload a replica applies (the products
--   a supplier supplies, with its reference, last price, lead time and pack, are a JSON
--   array of the row: they travel and change with it).
CREATE TABLE purchasing.suppliers (
    id uuid PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code <> ''),
    name text NOT NULL,
    name_ar text NOT NULL,
    country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    terms text NOT NULL,
    legal_ids jsonb NOT NULL DEFAULT '{}',
    bank_account text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    products jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(products) = 'array'),
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    CHECK (name <> '' OR name_ar <> '')
);
CREATE TRIGGER audit_inserts AFTER INSERT ON purchasing.suppliers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON purchasing.suppliers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON purchasing.suppliers
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON purchasing.suppliers
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('supplier');
ALTER TABLE purchasing.suppliers ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON purchasing.suppliers FOR SELECT USING (true);
CREATE POLICY written_by_head_office ON purchasing.suppliers FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY changed_by_head_office ON purchasing.suppliers FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));
GRANT SELECT, INSERT, UPDATE ON purchasing.suppliers TO erp_app;
