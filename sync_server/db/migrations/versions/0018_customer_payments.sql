-- Customers' payments on account and refunds of their credit (issue 13), pushed by the
-- site that received them (a branch, or head office's own site), with their allocations to
-- invoices, and the deposit, clearing or bounce of a cheque or traite. Keyed by the
-- receiving branch (sharding by branch): branch_id leads every primary and unique key, no
-- foreign key leaves the branch (an allocation names an invoice of any branch by id only).
-- Immutable: a bounce is an event of its own. Readable and writable by its branch (and
-- head office); every site receives them through the change feed, so a payment taken at
-- Oran for an invoice of Alger settles it on both replicas.
CREATE TABLE sales.customer_payments (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    kind text NOT NULL,
    number text NOT NULL,
    customer_id uuid NOT NULL,
    received_at timestamptz NOT NULL,
    tender text NOT NULL,
    amount_minor bigint NOT NULL,
    currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    stamp_duty_minor bigint NOT NULL,
    instrument_due text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number)
);
CREATE INDEX ix_customer_payments_customer ON sales.customer_payments (customer_id, received_at);

CREATE TABLE sales.payment_allocations (
    branch_id uuid NOT NULL,
    id uuid NOT NULL,
    payment_id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    amount_minor bigint NOT NULL,
    booked_rate numeric(20, 10) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    FOREIGN KEY (branch_id, payment_id) REFERENCES sales.customer_payments (branch_id, id)
);
CREATE INDEX ix_payment_allocations_invoice ON sales.payment_allocations (invoice_id);
CREATE INDEX ix_payment_allocations_payment ON sales.payment_allocations (branch_id, payment_id);

CREATE TABLE sales.instrument_events (
    branch_id uuid NOT NULL,
    id uuid NOT NULL,
    kind text NOT NULL,
    number text NOT NULL,
    payment_id uuid NOT NULL,
    happened_at timestamptz NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number),
    FOREIGN KEY (branch_id, payment_id) REFERENCES sales.customer_payments (branch_id, id)
);
CREATE INDEX ix_instrument_events_payment ON sales.instrument_events (payment_id, kind);

CREATE TRIGGER audit_inserts AFTER INSERT ON sales.customer_payments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.customer_payments
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.customer_payments
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER audit_inserts AFTER INSERT ON sales.payment_allocations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.payment_allocations
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.payment_allocations
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER audit_inserts AFTER INSERT ON sales.instrument_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.instrument_events
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.instrument_events
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();

ALTER TABLE sales.customer_payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.customer_payments FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.customer_payments
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
ALTER TABLE sales.payment_allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.payment_allocations FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.payment_allocations
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
ALTER TABLE sales.instrument_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.instrument_events FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.instrument_events
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
GRANT SELECT, INSERT ON sales.customer_payments, sales.payment_allocations,
    sales.instrument_events TO erp_app;

-- Down to every site: the payload as pushed, with the branch that received it.
CREATE FUNCTION sync.log_receivable() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, TG_ARGV[0], NEW.id,
            NEW.payload || jsonb_build_object('branch_id', NEW.branch_id));
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT ON sales.customer_payments
    FOR EACH ROW EXECUTE FUNCTION sync.log_receivable('customer_payment');
CREATE TRIGGER log_change AFTER INSERT ON sales.instrument_events
    FOR EACH ROW EXECUTE FUNCTION sync.log_receivable('instrument_event');

