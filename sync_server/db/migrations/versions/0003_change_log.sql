-- The pull side: every change of head-office data, and every transfer sent to a branch,
-- appended to sync.change_log by triggers in the same transaction. The log's sequence is
-- the branches' cursor: a pull asks for what came after the last sequence it applied.
CREATE TABLE sync.change_log (
    seq bigserial PRIMARY KEY,
    branch_id uuid REFERENCES auth.branches (id),  -- NULL: for every branch
    entity text NOT NULL,
    entity_id uuid NOT NULL,
    payload jsonb NOT NULL,
    -- The writing transaction: a pull only returns rows whose transaction is older than
    -- every transaction still running, so a sequence number taken by a transaction that
    -- commits later can never be skipped by a cursor that already moved past it.
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_change_log_branch ON sync.change_log (branch_id, seq);

ALTER TABLE sync.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY for_everyone_or_this_branch ON sync.change_log
    USING (audit.head_office() OR branch_id IS NULL OR branch_id = audit.branch())
    WITH CHECK (true);

CREATE FUNCTION sync.log_for_all() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, TG_ARGV[0], NEW.id, to_jsonb(NEW) - 'created_at' - 'updated_at');
    RETURN NEW;
END $$;

CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON auth.company FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('company');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON auth.branches FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('branch');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON auth.registers FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('register');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON auth.users FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('user');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON inventory.warehouses FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('warehouse');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON inventory.products FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('product');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON inventory.product_barcodes FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('product_barcode');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON accounting.accounts FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('account');

CREATE FUNCTION sync.log_transfer() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.kind = 'transfer_out' AND NEW.status = 'in_transit' THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (NEW.counterpart_branch_id, 'incoming_transfer', NEW.id,
                NEW.payload || jsonb_build_object('branch_id', NEW.branch_id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER log_transfer AFTER INSERT ON inventory.stock_documents FOR EACH ROW EXECUTE FUNCTION sync.log_transfer();

-- What already exists goes into the log once, so a first pull brings everything.
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'company', id, to_jsonb(c) - 'created_at' - 'updated_at' FROM auth.company c;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'branch', id, to_jsonb(b) - 'created_at' - 'updated_at' FROM auth.branches b;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'register', id, to_jsonb(r) - 'created_at' - 'updated_at' FROM auth.registers r;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'user', id, to_jsonb(u) - 'created_at' - 'updated_at' FROM auth.users u;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'warehouse', id, to_jsonb(w) - 'created_at' - 'updated_at' FROM inventory.warehouses w;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'product', id, to_jsonb(p) - 'created_at' - 'updated_at' FROM inventory.products p;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'product_barcode', id, to_jsonb(b) - 'created_at' - 'updated_at' FROM inventory.product_barcodes b;
INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
SELECT NULL, 'account', id, to_jsonb(a) - 'created_at' - 'updated_at' FROM accounting.accounts a;

GRANT SELECT, INSERT ON sync.change_log TO erp_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA sync TO erp_app;
