-- Head office's payroll runs (erp_desktop.kernel.payroll.run): one per month, then its
-- corrective runs beside it (corrects_id), each with every employee's payslip. Written
-- once by head office's site, never changed nor deleted, and readable and writable only
-- in head office's scope by an HR officer or an administrator (hr.reads_records, 0020):
-- salaries never reach a branch, nor a warehouse clerk at head office. The payload is kept whole (the payslips as
-- the employees were given them, with the law each line cites) beside the columns that
-- reports and declarations read.
CREATE TABLE hr.payroll_runs (
    id uuid PRIMARY KEY,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),  -- head office's site
    number text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('payroll_run', 'payroll_correction')),
    country char(2) NOT NULL,
    currency char(3) NOT NULL,
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    prepared_at timestamptz NOT NULL,
    prepared_by uuid NOT NULL,
    corrects_id uuid REFERENCES hr.payroll_runs (id),
    employees integer NOT NULL,
    gross_minor bigint NOT NULL,
    net_to_pay_minor bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    CHECK ((kind = 'payroll_correction') = (corrects_id IS NOT NULL))
);
CREATE INDEX payroll_runs_month ON hr.payroll_runs (month);
CREATE UNIQUE INDEX one_run_a_month ON hr.payroll_runs (month) WHERE kind = 'payroll_run';

CREATE TABLE hr.payslips (
    id uuid PRIMARY KEY,
    run_id uuid NOT NULL REFERENCES hr.payroll_runs (id),
    employee_id uuid NOT NULL,
    month date NOT NULL,
    name text NOT NULL,
    social_number text NOT NULL,
    gross_minor bigint NOT NULL,
    employee_contributions_minor bigint NOT NULL,
    employer_contributions_minor bigint NOT NULL,
    income_tax_minor bigint NOT NULL,
    net_to_pay_minor bigint NOT NULL,
    lines jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (run_id, employee_id)
);
CREATE INDEX payslips_employee ON hr.payslips (employee_id, month);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['hr.payroll_runs', 'hr.payslips'] LOOP
        EXECUTE format('CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE '
                       'AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format('CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE '
                       'AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT '
                       'EXECUTE FUNCTION audit.record_updates()', t);
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s FOR EACH ROW '
                       'EXECUTE FUNCTION audit.refuse_delete()', t);
        EXECUTE format('CREATE TRIGGER immutable BEFORE UPDATE ON %s FOR EACH ROW '
                       'EXECUTE FUNCTION audit.refuse_update()', t);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY hr_only ON %s USING ((SELECT hr.reads_records())) '
                       'WITH CHECK ((SELECT hr.reads_records()))', t);
        EXECUTE format('GRANT SELECT, INSERT ON %s TO erp_app', t);
    END LOOP;
END $$;

-- The payroll accounts of the company's national chart (erp_desktop.kernel.payroll.data/
-- accounts.json): a company set up before gets them unless it has those codes already.
INSERT INTO accounting.accounts (code, id, name, name_ar, type)
SELECT a.code, gen_random_uuid(), a.name, a.name_ar, a.type
FROM auth.company c
JOIN (VALUES
    ('DZ', '631', 'Rémunérations du personnel', 'أجور المستخدمين', 'expense'),
    ('DZ', '635', 'Cotisations aux organismes sociaux', 'الاشتراكات المدفوعة للهيئات الاجتماعية', 'expense'),
    ('DZ', '641', 'Impôts, taxes et versements assimilés sur rémunérations', 'الضرائب والرسوم على الأجور', 'expense'),
    ('DZ', '431', 'Organismes sociaux', 'الهيئات الاجتماعية', 'liability'),
    ('DZ', '442', 'État, impôts et taxes recouvrables sur des tiers', 'الدولة، الضرائب والرسوم القابلة للتحصيل من الغير', 'liability'),
    ('DZ', '421', 'Personnel, rémunérations dues', 'المستخدمون، الأجور المستحقة', 'liability'),
    ('DZ', '425', 'Personnel, avances et acomptes accordés', 'المستخدمون، التسبيقات الممنوحة', 'asset'),
    ('MA', '6171', 'Rémunérations du personnel', 'أجور المستخدمين', 'expense'),
    ('MA', '6174', 'Charges sociales', 'التكاليف الاجتماعية', 'expense'),
    ('MA', '6167', 'Impôts, taxes et droits assimilés', 'الضرائب والرسوم المماثلة', 'expense'),
    ('MA', '4441', 'Caisse nationale de sécurité sociale', 'الصندوق الوطني للضمان الاجتماعي', 'liability'),
    ('MA', '4452', 'État, impôts, taxes et assimilés', 'الدولة، الضرائب والرسوم', 'liability'),
    ('MA', '4432', 'Rémunérations dues au personnel', 'الأجور المستحقة للمستخدمين', 'liability'),
    ('MA', '3431', 'Avances et acomptes au personnel', 'تسبيقات للمستخدمين', 'asset'),
    ('TN', '640', 'Salaires et compléments de salaires', 'الأجور وملحقاتها', 'expense'),
    ('TN', '647', 'Charges sociales légales', 'الأعباء الاجتماعية القانونية', 'expense'),
    ('TN', '661', 'Impôts, taxes et versements assimilés sur rémunérations', 'الضرائب والأداءات على الأجور', 'expense'),
    ('TN', '453', 'Sécurité sociale et autres organismes sociaux', 'الضمان الاجتماعي والهيئات الاجتماعية', 'liability'),
    ('TN', '432', 'État, impôts et taxes retenus à la source', 'الدولة، الضرائب المقتطعة من المورد', 'liability'),
    ('TN', '425', 'Personnel, rémunérations dues', 'الأعوان، الأجور المستحقة', 'liability'),
    ('TN', '421', 'Personnel, avances et acomptes', 'الأعوان، التسبقات', 'asset')
) AS a (country, code, name, name_ar, type) ON a.country = c.country
ON CONFLICT (code) DO NOTHING;
