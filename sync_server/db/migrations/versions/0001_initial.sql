-- The sync server's first schema: one PostgreSQL schema per module, business rows never
-- deleted, every mutation audited with the acting user, journal entries that cannot commit
-- unbalanced, and row-level security so a request made for one branch cannot touch
-- another's rows. The application runs as role erp_app (not the owner: RLS applies).

DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'erp_app') THEN
        CREATE ROLE erp_app NOLOGIN;
    END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS auth;
CREATE SCHEMA IF NOT EXISTS inventory;
CREATE SCHEMA IF NOT EXISTS sales;
CREATE SCHEMA IF NOT EXISTS purchasing;
CREATE SCHEMA IF NOT EXISTS accounting;
CREATE SCHEMA IF NOT EXISTS hr;
CREATE SCHEMA IF NOT EXISTS crm;
CREATE SCHEMA IF NOT EXISTS sync;
CREATE SCHEMA IF NOT EXISTS audit;

-- Who acts and for which branch: set per transaction by the server (SET LOCAL).
CREATE FUNCTION audit.actor() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('erp.actor_id', true), '')::uuid $$;
CREATE FUNCTION audit.branch() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('erp.branch_id', true), '')::uuid $$;
CREATE FUNCTION audit.head_office() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('erp.scope', true), '') = 'head_office' $$;

CREATE TABLE audit.log (
    id bigserial PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    row_id text NOT NULL,
    operation text NOT NULL,
    actor_id uuid,
    branch_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    before jsonb,
    after jsonb
);
CREATE INDEX ix_audit_row ON audit.log (table_name, row_id);

CREATE FUNCTION audit.record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, branch_id, before, after)
    VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, coalesce(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id', ''),
            lower(TG_OP), audit.actor(), audit.branch(),
            CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW));
    RETURN NEW;
END $$;

CREATE FUNCTION audit.refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'storage.delete_refused: % rows are never deleted', TG_TABLE_NAME
        USING ERRCODE = 'P0001';
END $$;

-- Head office data -----------------------------------------------------------------
CREATE TABLE auth.company (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    name_ar text NOT NULL,
    country char(2) NOT NULL,
    currency char(3) NOT NULL,
    legal_ids jsonb NOT NULL DEFAULT '{}',
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE auth.branches (
    id uuid PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    name_ar text NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE auth.registers (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    code text NOT NULL,
    cash_step_minor integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (branch_id, code)
);

CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    username text NOT NULL UNIQUE,
    full_name text NOT NULL,
    password_hash text NOT NULL,
    pin_hash text,
    roles text[] NOT NULL,
    branch_id uuid REFERENCES auth.branches (id),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE auth.devices (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    name text NOT NULL,
    enrollment_token_hash text,
    enrollment_expires_at timestamptz,
    credential_hash text,
    enrolled_at timestamptz,
    revoked_at timestamptz,
    last_seen_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE inventory.warehouses (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    code text NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (branch_id, code)
);

CREATE TABLE inventory.products (
    id uuid PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    name text NOT NULL,
    name_ar text NOT NULL,
    unit text NOT NULL,
    price_minor bigint NOT NULL,
    currency char(3) NOT NULL,
    price_mode text NOT NULL DEFAULT 'tax_included',
    tax_class text NOT NULL,
    reorder_point_milli bigint NOT NULL DEFAULT 0,
    scale_code text UNIQUE,
    active boolean NOT NULL DEFAULT true,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_products_metadata ON inventory.products USING gin (metadata);

CREATE TABLE inventory.product_barcodes (
    id uuid PRIMARY KEY,
    product_id uuid NOT NULL REFERENCES inventory.products (id),
    barcode text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE accounting.accounts (
    code text PRIMARY KEY,
    id uuid NOT NULL UNIQUE,
    name text NOT NULL,
    name_ar text NOT NULL,
    type text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

-- What branches do (row-level security by branch) ------------------------------------
CREATE TABLE inventory.stock_movements (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    warehouse_id uuid NOT NULL REFERENCES inventory.warehouses (id),
    product_id uuid NOT NULL REFERENCES inventory.products (id),
    kind text NOT NULL,
    quantity_milli bigint NOT NULL CHECK (quantity_milli <> 0),
    unit_cost numeric(20, 6) NOT NULL,
    occurred_at timestamptz NOT NULL,
    document_type text NOT NULL,
    document_id uuid,
    actor_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_movements_product ON inventory.stock_movements (product_id, occurred_at);

CREATE TABLE inventory.stock_levels (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    warehouse_id uuid NOT NULL REFERENCES inventory.warehouses (id),
    product_id uuid NOT NULL REFERENCES inventory.products (id),
    quantity_milli bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (warehouse_id, product_id)
);

CREATE TABLE sales.cash_sessions (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    register_id uuid NOT NULL REFERENCES auth.registers (id),
    status text NOT NULL,
    currency char(3) NOT NULL,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    opening_float_minor bigint NOT NULL,
    expected_cash_minor bigint,
    counted_cash_minor bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE sales.documents (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    register_id uuid NOT NULL REFERENCES auth.registers (id),
    session_id uuid,
    kind text NOT NULL,
    number text NOT NULL UNIQUE,
    series text NOT NULL,
    sequence integer NOT NULL,
    issued_at timestamptz NOT NULL,
    business_date date NOT NULL,
    currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    base_minor bigint NOT NULL,
    vat_minor bigint NOT NULL,
    stamp_duty_minor bigint NOT NULL,
    rounding_minor bigint NOT NULL,
    total_minor bigint NOT NULL,
    change_minor bigint NOT NULL,
    customer_id uuid,
    original_id uuid REFERENCES sales.documents (id),
    cashier_id uuid NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (series, sequence)
);
CREATE INDEX ix_sales_branch_day ON sales.documents (branch_id, business_date);

CREATE TABLE sales.payments (
    id uuid PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES sales.documents (id),
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    tender text NOT NULL,
    amount_minor bigint NOT NULL,
    currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    reference text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE accounting.journal_entries (
    id uuid PRIMARY KEY,
    branch_id uuid REFERENCES auth.branches (id),
    entry_date date NOT NULL,
    journal text NOT NULL,
    source_type text NOT NULL,
    source_id uuid NOT NULL,
    source_number text NOT NULL,
    memo text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX ix_entries_date ON accounting.journal_entries (entry_date);

CREATE TABLE accounting.journal_lines (
    id uuid PRIMARY KEY,
    entry_id uuid NOT NULL REFERENCES accounting.journal_entries (id),
    branch_id uuid REFERENCES auth.branches (id),
    position integer NOT NULL,
    account_code text NOT NULL REFERENCES accounting.accounts (code),
    role text,
    side text NOT NULL CHECK (side IN ('debit', 'credit')),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency char(3) NOT NULL,
    txn_amount_minor bigint NOT NULL,
    txn_currency char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL,
    vat_rate numeric(7, 3),
    partner_id uuid,
    memo text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (entry_id, position)
);
CREATE INDEX ix_lines_account ON accounting.journal_lines (account_code);

-- Journal entries cannot commit unbalanced, whatever the Python code did.
CREATE FUNCTION accounting.check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    difference bigint;
BEGIN
    SELECT coalesce(sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END), 0)
      INTO difference FROM accounting.journal_lines WHERE entry_id = NEW.entry_id;
    IF difference <> 0 THEN
        RAISE EXCEPTION 'ledger.unbalanced: entry % is off by %', NEW.entry_id, difference
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT OR UPDATE ON accounting.journal_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION accounting.check_balanced();

-- Posted entries and finalized documents are immutable.
CREATE FUNCTION audit.refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'storage.immutable: % rows cannot change', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER immutable BEFORE UPDATE ON accounting.journal_entries FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON accounting.journal_lines FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON inventory.stock_movements FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.documents FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.payments FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();

-- Sync bookkeeping ----------------------------------------------------------------
CREATE TABLE sync.batches (
    idempotency_key text PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    device_id uuid NOT NULL REFERENCES auth.devices (id),
    body_sha256 text NOT NULL,
    response jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync.alerts (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    kind text NOT NULL,
    params jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

-- Audit and delete refusal on every business table; RLS on what branches own.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'auth.company', 'auth.branches', 'auth.registers', 'auth.users', 'auth.devices',
        'inventory.warehouses', 'inventory.products', 'inventory.product_barcodes',
        'inventory.stock_movements', 'inventory.stock_levels', 'accounting.accounts',
        'accounting.journal_entries', 'accounting.journal_lines', 'sales.cash_sessions',
        'sales.documents', 'sales.payments', 'sync.alerts'
    ] LOOP
        EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION audit.record()', t);
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY[
        'inventory.stock_movements', 'inventory.stock_levels', 'sales.cash_sessions',
        'sales.documents', 'sales.payments', 'accounting.journal_entries',
        'accounting.journal_lines', 'sync.batches', 'sync.alerts'
    ] LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY branch_isolation ON %s USING (audit.head_office() OR branch_id = audit.branch()) '
            'WITH CHECK (audit.head_office() OR branch_id = audit.branch())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA auth, inventory, sales, purchasing, accounting, hr, crm, sync, audit TO erp_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA auth, inventory, sales, accounting, sync TO erp_app;
GRANT SELECT, INSERT ON audit.log TO erp_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO erp_app;
