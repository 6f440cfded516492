-- Documents of sales to business customers (issue 13): quotes, sales orders, delivery
-- notes, invoices on account and credit notes, pushed by the site that issued them (a
-- branch, or head office's own site), their lines and due dates. Keyed by the issuing
-- branch with the document (sharding by branch): branch_id leads every primary and unique
-- key, and no foreign key leaves the branch. Written once; a document changes once at most,
-- from final to cancelled. Readable and writable only by its branch (and head office).
CREATE TABLE sales.business_documents (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    kind text NOT NULL,
    number text NOT NULL,
    status text NOT NULL,
    customer_id uuid NOT NULL,
    issued_at timestamptz NOT NULL,
    currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    base_minor bigint NOT NULL,
    vat_minor bigint NOT NULL,
    stamp_duty_minor bigint NOT NULL,
    total_minor bigint NOT NULL,
    terms text NOT NULL,
    related_id uuid,
    ticket_id uuid,
    cancelled_at timestamptz,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    UNIQUE (branch_id, number)
);
CREATE INDEX ix_business_documents_customer ON sales.business_documents (customer_id, kind);
CREATE INDEX ix_business_documents_related ON sales.business_documents (branch_id, related_id);

CREATE TABLE sales.business_lines (
    branch_id uuid NOT NULL,
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    position integer NOT NULL,
    product_id uuid,
    nature text NOT NULL,
    description text NOT NULL,
    quantity_milli bigint NOT NULL,
    unit_price numeric(24, 10) NOT NULL,
    vat_rate numeric(7, 4) NOT NULL,
    discount_minor bigint NOT NULL,
    base_minor bigint NOT NULL,
    vat_minor bigint NOT NULL,
    unit_cost numeric(24, 10) NOT NULL,
    source_line_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    FOREIGN KEY (branch_id, document_id) REFERENCES sales.business_documents (branch_id, id)
);
CREATE INDEX ix_business_lines_document ON sales.business_lines (branch_id, document_id);

CREATE TABLE sales.business_due_lines (
    branch_id uuid NOT NULL,
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    due_on date NOT NULL,
    amount_minor bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    FOREIGN KEY (branch_id, document_id) REFERENCES sales.business_documents (branch_id, id)
);
CREATE INDEX ix_business_due_lines_document ON sales.business_due_lines (branch_id, document_id);

-- A final document may only be cancelled: its status to 'cancelled' with the time, once.
CREATE FUNCTION sales.refuse_business_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'final' AND NEW.status = 'cancelled' AND NEW.cancelled_at IS NOT NULL
       AND (to_jsonb(NEW) - 'status' - 'cancelled_at' - 'payload' - 'updated_at')
         = (to_jsonb(OLD) - 'status' - 'cancelled_at' - 'payload' - 'updated_at') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'storage.immutable' USING ERRCODE = 'check_violation';
END $$;

CREATE TRIGGER audit_inserts AFTER INSERT ON sales.business_documents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON sales.business_documents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.business_documents
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER final_until_cancelled BEFORE UPDATE ON sales.business_documents
    FOR EACH ROW EXECUTE FUNCTION sales.refuse_business_change();

CREATE TRIGGER audit_inserts AFTER INSERT ON sales.business_lines
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.business_lines
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.business_lines
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER audit_inserts AFTER INSERT ON sales.business_due_lines
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.business_due_lines
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.business_due_lines
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();

ALTER TABLE sales.business_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.business_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.business_documents
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
ALTER TABLE sales.business_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.business_lines FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.business_lines
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
ALTER TABLE sales.business_due_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.business_due_lines FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.business_due_lines
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
GRANT SELECT, INSERT, UPDATE ON sales.business_documents TO erp_app;
GRANT SELECT, INSERT ON sales.business_lines, sales.business_due_lines TO erp_app;

-- A business customer's fields on the shared customer (kernel.partners.customers
-- BUSINESS_FIELDS), each merged on its own like the others; they flow down with the row.
ALTER TABLE crm.customers
    ADD COLUMN legal_ids text NOT NULL DEFAULT '',
    ADD COLUMN billing_address text NOT NULL DEFAULT '',
    ADD COLUMN delivery_address text NOT NULL DEFAULT '',
    ADD COLUMN terms text NOT NULL DEFAULT '',
    ADD COLUMN credit_limit text NOT NULL DEFAULT '',
    ADD COLUMN limit_blocks text NOT NULL DEFAULT '',
    ADD COLUMN discount_percent text NOT NULL DEFAULT '',
    ADD COLUMN account_currency text NOT NULL DEFAULT '';

-- Every site gets every business document (a customer's open invoices are the company's
-- to see, whichever branch issued them): each written or cancelled one goes into the feed
-- for every branch, with the branch that issued it.
CREATE FUNCTION sync.log_business_document() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, 'business_document', NEW.id,
            NEW.payload || jsonb_build_object('branch_id', NEW.branch_id));
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON sales.business_documents
    FOR EACH ROW EXECUTE FUNCTION sync.log_business_document();
