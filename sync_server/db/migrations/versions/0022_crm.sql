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

-- crm.customer_profiles: what CRM adds to a customer (same id; the customer's own fields,
-- merged field by field in crm.customers, are untouched): individual or business, every
-- phone, e-mail and address, tags, segments, preferred language, and the shop's custom
-- fields in `metadata` (searched through its GIN index: metadata @> '{"key": value}').
-- Edited at any site, merged field by field by hybrid logical clock, sent to every site.
CREATE TABLE crm.customer_profiles (
    id uuid PRIMARY KEY REFERENCES crm.customers (id),
    kind text NOT NULL CHECK (kind IN ('individual', 'business')),
    language text NOT NULL CHECK (language IN ('fr', 'ar', 'en')),
    phones jsonb NOT NULL DEFAULT '[]',
    emails jsonb NOT NULL DEFAULT '[]',
    addresses jsonb NOT NULL DEFAULT '[]',
    tags jsonb NOT NULL DEFAULT '[]',
    segments jsonb NOT NULL DEFAULT '[]',
    metadata jsonb NOT NULL DEFAULT '{}',
    field_clocks jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_customer_profiles_metadata ON crm.customer_profiles USING gin (metadata);
CREATE INDEX ix_customer_profiles_tags ON crm.customer_profiles USING gin (tags);

-- crm.consent_events: consent to be contacted, per channel, as dated events (given or
-- withdrawn, with where it was recorded): never overwritten, the latest decides. Laws:
-- Algeria 18-07 (2018), Morocco 09-08 (2009) art. 10, Tunisia 2004-63 (2004) art. 27.
CREATE TABLE crm.consent_events (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES crm.customers (id),
    channel text NOT NULL CHECK (channel IN ('sms', 'email', 'call', 'whatsapp', 'post')),
    decision text NOT NULL CHECK (decision IN ('given', 'withdrawn')),
    at timestamptz NOT NULL,
    source text NOT NULL,
    site text NOT NULL,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    actor_id uuid REFERENCES auth.users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_consent_events_customer ON crm.consent_events (customer_id, at);

-- crm.interactions: calls, visits, messages, complaints (with their status) and notes,
-- logged at a till or by a sales representative offline; status, follow-up date, owner
-- and text merge by clock.
CREATE TABLE crm.interactions (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES crm.customers (id),
    kind text NOT NULL CHECK (kind IN ('call', 'visit', 'message', 'complaint', 'note')),
    at timestamptz NOT NULL,
    site text NOT NULL,
    owner text NOT NULL,
    text text NOT NULL,
    follow_up_on date,
    status text CHECK (status IN ('open', 'in_progress', 'resolved', 'rejected', 'closed')),
    field_clocks jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_interactions_customer ON crm.interactions (customer_id, at);
CREATE INDEX ix_interactions_follow_up ON crm.interactions (follow_up_on) WHERE follow_up_on IS NOT NULL;

-- crm.opportunities: the pipeline (stage, expected amount and date, owner, next activity);
-- a won one names the quote it became once the invoicing module made it.
CREATE TABLE crm.opportunities (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES crm.customers (id),
    title text NOT NULL,
    owner text NOT NULL,
    stage text NOT NULL CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    expected_minor bigint NOT NULL CHECK (expected_minor >= 0),
    currency text NOT NULL,
    expected_on date NOT NULL,
    next_activity text NOT NULL,
    next_activity_on date,
    lines jsonb NOT NULL DEFAULT '[]',
    quote_id uuid,
    field_clocks jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_opportunities_customer ON crm.opportunities (customer_id);

-- crm.customer_merges: a duplicate merged into the customer kept, decided at head office
-- and sent to every site (each replica then reads the merged customer's history under the
-- kept one). Merged once: a customer is merged away at most once, never into itself.
CREATE TABLE crm.customer_merges (
    id uuid PRIMARY KEY,
    merged_id uuid NOT NULL UNIQUE REFERENCES crm.customers (id),
    kept_id uuid NOT NULL REFERENCES crm.customers (id) CHECK (kept_id <> merged_id),
    at timestamptz NOT NULL,
    decided_by uuid REFERENCES auth.users (id),
    reason text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_customer_merges_kept ON crm.customer_merges (kept_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['crm.customer_profiles', 'crm.consent_events', 'crm.interactions',
                             'crm.opportunities', 'crm.customer_merges'] LOOP
        EXECUTE format('CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format('CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
                       'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates()', t);
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s FOR EACH ROW '
                       'EXECUTE FUNCTION audit.refuse_delete()', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %s TO erp_app', t);
    END LOOP;
END $$;
CREATE TRIGGER immutable BEFORE UPDATE ON crm.consent_events FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON crm.customer_merges FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON crm.customer_profiles FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('customer_profile');
CREATE TRIGGER log_change AFTER INSERT ON crm.consent_events FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('consent_event');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON crm.interactions FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('interaction');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON crm.opportunities FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('opportunity');
CREATE TRIGGER log_change AFTER INSERT ON crm.customer_merges FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('customer_merge');

-- Head office alone decides merges.
ALTER TABLE crm.customer_merges ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.customer_merges FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON crm.customer_merges FOR SELECT USING (true);
CREATE POLICY written_by_head_office ON crm.customer_merges FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));

-- crm.customer_documents: what each document said about its customer (a sale, a return, an
-- invoice, a payment: number, day, site, amount, what it left owing), sent by the site
-- that made it from its own event bus and fanned out to every site, so every till shows
-- a customer's purchases at every branch without reading another module's tables.
CREATE TABLE crm.customer_documents (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('sale', 'return', 'invoice', 'payment')),
    number text NOT NULL,
    at timestamptz NOT NULL,
    site text NOT NULL,
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency text NOT NULL,
    due_minor bigint NOT NULL CHECK (due_minor >= 0),
    applies_to uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id)
);
CREATE INDEX ix_customer_documents_customer ON crm.customer_documents (customer_id, at);
CREATE TRIGGER audit_inserts AFTER INSERT ON crm.customer_documents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER no_delete BEFORE DELETE ON crm.customer_documents
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON crm.customer_documents
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER log_change AFTER INSERT ON crm.customer_documents
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('customer_document');
ALTER TABLE crm.customer_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.customer_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON crm.customer_documents FOR SELECT USING (true);
CREATE POLICY written_by_its_site ON crm.customer_documents FOR INSERT
    WITH CHECK ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()));
GRANT SELECT, INSERT ON crm.customer_documents TO erp_app;

-- crm.settings: what head office decides for every site's CRM, as data: the loyalty
-- programme (earn rules, campaigns, redemption rules, expiry) and the shop's custom
-- fields. Written by head office only, sent to every site.
CREATE TABLE crm.settings (
    id uuid PRIMARY KEY,
    key text NOT NULL UNIQUE CHECK (key IN ('loyalty_program', 'customer_fields')),
    document jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE TRIGGER audit_inserts AFTER INSERT ON crm.settings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON crm.settings
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON crm.settings FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON crm.settings
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('crm_setting');
ALTER TABLE crm.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON crm.settings FOR SELECT USING (true);
CREATE POLICY written_by_head_office ON crm.settings FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY changed_by_head_office ON crm.settings FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));
GRANT SELECT, INSERT, UPDATE ON crm.settings TO erp_app;
