-- Each country's tax catalog (VAT rates and stamp duty rules, dated, with their legal
-- source) as head office keeps it, sent down to every branch: a finance law changes a
-- rate from a date, head office sets it once, every till applies it on that day.
CREATE TABLE accounting.tax_catalogs (
    id uuid PRIMARY KEY,
    country char(2) NOT NULL UNIQUE,
    document jsonb NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE TRIGGER audit_inserts AFTER INSERT ON accounting.tax_catalogs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON accounting.tax_catalogs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON accounting.tax_catalogs
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON accounting.tax_catalogs
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('tax_catalog');
GRANT SELECT, INSERT, UPDATE ON accounting.tax_catalogs TO erp_app;
