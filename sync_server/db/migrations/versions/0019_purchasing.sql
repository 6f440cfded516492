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

-- * The purchase documents. An order is the raising site's (a branch, or head office for a
--   branch: central buying), a receipt the receiving branch's: both carry branch_id in
--   their primary and unique keys (sharding by branch). Supplier invoices and payments are
--   head office's. No foreign key runs from head office's tables to the branches' (an
--   invoice names its order by id only). Each keeps its wire payload whole beside the
--   columns that checks and reports read.
-- * What goes down: a branch's order and receipt to head office's site (its buyers and
--   accountants match them with the supplier's invoice); an order head office raised to
--   the branch it is for. The payload is the wire payload with the raising site.
CREATE TABLE purchasing.purchase_orders (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    number text NOT NULL,
    status text NOT NULL CHECK (status IN
        ('open', 'partially_received', 'received', 'closed', 'cancelled')),
    for_branch_id uuid NOT NULL REFERENCES auth.branches (id),
    supplier_id uuid NOT NULL REFERENCES purchasing.suppliers (id),
    issued_at timestamptz NOT NULL,
    currency char(3) NOT NULL,
    rate numeric NOT NULL,
    total_minor bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number)
);
CREATE UNIQUE INDEX ix_purchase_orders_id ON purchasing.purchase_orders (id, branch_id);
CREATE INDEX ix_purchase_orders_for ON purchasing.purchase_orders (for_branch_id, status);

CREATE TABLE purchasing.purchase_receipts (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    number text NOT NULL,
    order_id uuid,
    supplier_id uuid NOT NULL REFERENCES purchasing.suppliers (id),
    issued_at timestamptz NOT NULL,
    value_minor bigint NOT NULL,  -- the goods at the cost they entered stock at
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number)
);
CREATE INDEX ix_purchase_receipts_order ON purchasing.purchase_receipts (order_id);
CREATE INDEX ix_purchase_receipts_supplier ON purchasing.purchase_receipts (supplier_id, issued_at);

CREATE TABLE purchasing.supplier_invoices (
    id uuid PRIMARY KEY,
    number text NOT NULL UNIQUE,
    supplier_id uuid NOT NULL REFERENCES purchasing.suppliers (id),
    order_id uuid,
    issued_at timestamptz NOT NULL,
    currency char(3) NOT NULL,
    rate numeric NOT NULL,
    total_minor bigint NOT NULL,
    match text NOT NULL CHECK (match IN ('matched', 'blocked', 'accepted')),
    server_match text NOT NULL,  -- the server's own match over every branch's receipts
    server_problems jsonb NOT NULL DEFAULT '[]',
    accepted_by uuid REFERENCES auth.users (id),
    acceptance_reason text NOT NULL DEFAULT '',
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_supplier_invoices_order ON purchasing.supplier_invoices (order_id);

CREATE TABLE purchasing.supplier_payments (
    id uuid PRIMARY KEY,
    number text NOT NULL UNIQUE,
    supplier_id uuid NOT NULL REFERENCES purchasing.suppliers (id),
    paid_at timestamptz NOT NULL,
    tender text NOT NULL,
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'purchasing.purchase_orders', 'purchasing.purchase_receipts',
        'purchasing.supplier_invoices', 'purchasing.supplier_payments'
    ] LOOP
        EXECUTE format('CREATE TRIGGER audit_inserts AFTER INSERT ON %s '
            'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT '
            'EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format('CREATE TRIGGER audit_updates AFTER UPDATE ON %s '
            'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT '
            'EXECUTE FUNCTION audit.record_updates()', t);
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s '
            'FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete()', t);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %s TO erp_app', t);
    END LOOP;
END $$;
CREATE TRIGGER immutable BEFORE UPDATE ON purchasing.purchase_receipts
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON purchasing.supplier_payments
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();

-- An order: its raising site and head office write it, the branch it is for moves its
-- status as its goods arrive; a receipt: its branch (and head office reads it).
CREATE POLICY orders_of_the_site ON purchasing.purchase_orders
    USING (audit.head_office() OR branch_id = audit.branch() OR for_branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch()
                OR for_branch_id = audit.branch());
CREATE POLICY receipts_of_the_branch ON purchasing.purchase_receipts
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
CREATE POLICY head_office_only ON purchasing.supplier_invoices
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY head_office_only ON purchasing.supplier_payments
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));

CREATE FUNCTION sync.log_purchase_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    sent jsonb := NEW.payload || jsonb_build_object('branch_id', NEW.branch_id);
    office uuid := (SELECT id FROM auth.branches WHERE kind = 'head_office');
BEGIN
    IF office IS NOT NULL AND office <> NEW.branch_id THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (office, TG_ARGV[0], NEW.id, sent);
    END IF;
    IF TG_ARGV[0] = 'purchase_order' THEN  -- a receipt has no for_branch_id
        IF NEW.for_branch_id <> NEW.branch_id THEN
            INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
            VALUES (NEW.for_branch_id, TG_ARGV[0], NEW.id, sent);
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON purchasing.purchase_orders
    FOR EACH ROW EXECUTE FUNCTION sync.log_purchase_document('purchase_order');
CREATE TRIGGER log_change AFTER INSERT ON purchasing.purchase_receipts
    FOR EACH ROW EXECUTE FUNCTION sync.log_purchase_document('purchase_receipt');

-- The accounts purchasing posts to that the charts have no role for yet
-- (erp_desktop/kernel/purchasing/data/accounts.json): a company set up before gets its
-- country's, unless it has that code already. Not logged for the sites: a replica adds
-- them to its chart itself (kernel.purchasing.accounts.purchasing_chart) and keeps no row
-- of them, so the upgrade adds nothing to the change feed.
ALTER TABLE accounting.accounts DISABLE TRIGGER log_change;
INSERT INTO accounting.accounts (code, id, name, name_ar, type)
SELECT a.code, gen_random_uuid(), a.name, a.name_ar, 'liability'
FROM auth.company c
JOIN (VALUES
    ('DZ', '408', 'Fournisseurs, factures non parvenues', 'الموردون، فواتير لم تصل بعد'),
    ('DZ', '403', 'Fournisseurs, effets à payer', 'الموردون، أوراق الدفع'),
    ('DZ', '447', 'Autres impôts, taxes et versements assimilés', 'ضرائب ورسوم أخرى'),
    ('MA', '4417', 'Fournisseurs, factures non parvenues', 'الموردون، فواتير لم تصل بعد'),
    ('MA', '4415', 'Fournisseurs, effets à payer', 'الموردون، أوراق الأداء'),
    ('MA', '4457', 'État, impôts et taxes à payer', 'الدولة، ضرائب ورسوم مستحقة'),
    ('TN', '408', 'Fournisseurs, factures non parvenues', 'المزودون، فواتير لم تصل بعد'),
    ('TN', '403', 'Fournisseurs, effets à payer', 'المزودون، أوراق الدفع'),
    ('TN', '432', 'État, impôts et taxes retenus à la source', 'الدولة، ضرائب ومعاليم مقتطعة من المورد')
) AS a (country, code, name, name_ar) ON a.country = c.country
ON CONFLICT (code) DO NOTHING;
ALTER TABLE accounting.accounts ENABLE TRIGGER log_change;

-- A supplier invoice of an order goes down to the branch that received its goods: its
-- price and rate difference and its landed costs move the average cost of what the branch
-- still holds (the replica's stock levels; erp_desktop/kernel/purchasing/invoice_costs.py).
CREATE FUNCTION sync.log_supplier_invoice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target uuid := (SELECT for_branch_id FROM purchasing.purchase_orders
                    WHERE id = NEW.order_id LIMIT 1);
    office uuid := (SELECT id FROM auth.branches WHERE kind = 'head_office');
BEGIN
    IF target IS NOT NULL AND target IS DISTINCT FROM office THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (target, 'supplier_invoice', NEW.id,
                NEW.payload || jsonb_build_object('branch_id', coalesce(office, target)));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT ON purchasing.supplier_invoices
    FOR EACH ROW EXECUTE FUNCTION sync.log_supplier_invoice();
