-- Customers: shared by every branch, edited on both sides, merged field by field by the
-- server (last writer by hybrid logical clock); the merged row flows down to all branches.
CREATE TABLE crm.customers (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    name_ar text NOT NULL,
    phone text NOT NULL,
    email text NOT NULL,
    tax_id text NOT NULL,
    field_clocks jsonb NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_customers_metadata ON crm.customers USING gin (metadata);
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON crm.customers FOR EACH ROW EXECUTE FUNCTION audit.record();
CREATE TRIGGER no_delete BEFORE DELETE ON crm.customers FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON crm.customers FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('customer');
GRANT SELECT, INSERT, UPDATE ON crm.customers TO erp_app;
