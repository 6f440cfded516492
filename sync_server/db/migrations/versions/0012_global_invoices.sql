-- Tunisia's daily global invoices of ticket sales (Code de la TVA art. 18-II): one per
-- branch and business day, numbered in the branch's own gapless series, hash-chained, never
-- changed nor deleted, readable and writable only by their branch (and head office). The
-- payload is kept whole beside the columns that reports and checks read.
CREATE TABLE sales.global_invoices (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    number text NOT NULL UNIQUE,
    series text NOT NULL,
    sequence integer NOT NULL,
    business_date date NOT NULL,
    issued_at timestamptz NOT NULL,
    issued_by uuid NOT NULL,
    currency char(3) NOT NULL,
    ticket_count integer NOT NULL,
    return_count integer NOT NULL,
    base_minor bigint NOT NULL,
    vat_minor bigint NOT NULL,
    stamp_duty_minor bigint NOT NULL,
    total_minor bigint NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (series, sequence),
    UNIQUE (branch_id, business_date)
);
CREATE TRIGGER audit_inserts AFTER INSERT ON sales.global_invoices
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON sales.global_invoices
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON sales.global_invoices
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER immutable BEFORE UPDATE ON sales.global_invoices
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
ALTER TABLE sales.global_invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales.global_invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY branch_isolation ON sales.global_invoices
    USING (audit.head_office() OR branch_id = audit.branch())
    WITH CHECK (audit.head_office() OR branch_id = audit.branch());
GRANT SELECT, INSERT ON sales.global_invoices TO erp_app;

-- The stamp duty the company bears itself (the global invoice's) goes to a new chart role:
-- a company set up before gets its country's account (Tunisia's SCE 6654, Algeria's SCF
-- 645, Morocco's CGNC 61671) unless it has that code already.
INSERT INTO accounting.accounts (code, id, name, name_ar, type)
SELECT a.code, gen_random_uuid(), a.name, a.name_ar, 'expense'
FROM auth.company c
JOIN (VALUES
    ('TN', '6654', 'Droits d''enregistrement et de timbre', 'معاليم التسجيل والطابع'),
    ('DZ', '645', 'Autres impôts et taxes (droits de timbre)', 'ضرائب ورسوم أخرى (حقوق الطابع)'),
    ('MA', '61671', 'Droits d''enregistrement et de timbre', 'رسوم التسجيل والتنبر')
) AS a (country, code, name, name_ar) ON a.country = c.country
ON CONFLICT (code) DO NOTHING;
