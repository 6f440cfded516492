-- CRM (issue 16).
--
-- crm.loyalty_movements: the loyalty ledger. Each row is one movement of a customer's
-- points made at a site (earned or redeemed at a till, adjusted), pushed by that site and
-- never changed (a correction is another movement). A customer's balance is the sum of
-- the movements, so the order the branches' pushes arrive in never matters. Every site
-- pulls every movement (a till offline knows the points earned elsewhere): the change log
-- carries them for all. Branch-owned: the site that made it is in the primary key; every
-- site may read them (they reach every replica anyway), a site writes only its own.
CREATE TABLE crm.loyalty_movements (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust',
                                       'transfer_out', 'transfer_in')),
    points integer NOT NULL CHECK (points <> 0),
    at timestamptz NOT NULL,
    site text NOT NULL,
    source_id uuid,
    lot_month text CHECK (lot_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    lot_id uuid,
    actor_id uuid REFERENCES auth.users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id)
);
CREATE INDEX ix_loyalty_movements_customer ON crm.loyalty_movements (customer_id, at);
CREATE INDEX ix_loyalty_movements_id ON crm.loyalty_movements (id);

CREATE TRIGGER audit_inserts AFTER INSERT ON crm.loyalty_movements
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON crm.loyalty_movements
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON crm.loyalty_movements
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER log_change AFTER INSERT ON crm.loyalty_movements
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('loyalty_movement');

ALTER TABLE crm.loyalty_movements ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.loyalty_movements FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON crm.loyalty_movements FOR SELECT USING (true);
CREATE POLICY written_by_its_site ON crm.loyalty_movements FOR INSERT
    WITH CHECK ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()));
GRANT SELECT, INSERT ON crm.loyalty_movements TO erp_app;
