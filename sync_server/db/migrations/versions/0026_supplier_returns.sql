-- Supplier returns (issue 14): goods a branch sent back to a supplier against one of its
-- receipts (and, once invoiced, against head office's invoice: a debit note). The
-- branch's own, immutable, its wire payload whole beside the columns checks read; sent
-- on to head office's site (its accountants offset the supplier's open balance).
CREATE TABLE purchasing.supplier_returns (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    number text NOT NULL,
    supplier_id uuid NOT NULL REFERENCES purchasing.suppliers (id),
    receipt_id uuid NOT NULL,
    invoice_id uuid,
    issued_at timestamptz NOT NULL,
    currency char(3) NOT NULL,
    total_minor bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number)
);
CREATE INDEX ix_supplier_returns_receipt ON purchasing.supplier_returns (receipt_id);
CREATE INDEX ix_supplier_returns_invoice ON purchasing.supplier_returns (invoice_id);
CREATE TRIGGER audit_inserts AFTER INSERT ON purchasing.supplier_returns
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON purchasing.supplier_returns
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON purchasing.supplier_returns
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON purchasing.supplier_returns
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
ALTER TABLE purchasing.supplier_returns ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchasing.supplier_returns FORCE ROW LEVEL SECURITY;
CREATE POLICY returns_of_the_branch ON purchasing.supplier_returns
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
GRANT SELECT, INSERT, UPDATE ON purchasing.supplier_returns TO erp_app;
CREATE TRIGGER log_change AFTER INSERT ON purchasing.supplier_returns
    FOR EACH ROW EXECUTE FUNCTION sync.log_purchase_document('supplier_return');

-- Which of the receipts named head office has invoiced (by their order, or the receipt
-- itself off an order): a branch's session cannot read head office's invoices, and needs
-- to know no more than that of them.
CREATE FUNCTION purchasing.invoiced_receipts(ids uuid[]) RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(r.id), '{}')
    FROM purchasing.purchase_receipts r
    WHERE r.id = ANY(ids) AND EXISTS (
        SELECT 1 FROM purchasing.supplier_invoices i
        WHERE ((r.order_id IS NOT NULL AND i.order_id = r.order_id)
               OR (i.payload->>'receipt_id') = r.id::text))
$$;
GRANT EXECUTE ON FUNCTION purchasing.invoiced_receipts(uuid[]) TO erp_app;

-- A supplier invoice goes down to the branch that received its goods: through its order
-- (the branch it is for), or, off an order, through the receipt it bills (a market
-- purchase): its difference moves that branch's average cost either way.
CREATE OR REPLACE FUNCTION sync.log_supplier_invoice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target uuid := coalesce(
        (SELECT for_branch_id FROM purchasing.purchase_orders WHERE id = NEW.order_id LIMIT 1),
        (SELECT branch_id FROM purchasing.purchase_receipts
         WHERE NEW.order_id IS NULL AND id::text = NEW.payload->>'receipt_id' LIMIT 1));
    office uuid := (SELECT id FROM auth.branches WHERE kind = 'head_office');
BEGIN
    IF target IS NOT NULL AND target IS DISTINCT FROM office THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (target, 'supplier_invoice', NEW.id,
                NEW.payload || jsonb_build_object('branch_id', coalesce(office, target)));
    END IF;
    RETURN NEW;
END $$;
