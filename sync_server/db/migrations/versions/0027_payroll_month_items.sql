-- What head office's HR enters for an employee's month ahead of the payroll run
-- (erp_desktop.kernel.payroll.month_items): an advance on salary, overtime, unpaid hours, a
-- one-off bonus or deduction. One row per employee and month, written over until the month
-- is paid (then the merger refuses it), marked removed rather than deleted. Confidential
-- like the salaries: readable and writable only in head office's scope by an HR officer or
-- an administrator (hr.reads_records, 0020), its history in hr.record_history (HR-only),
-- and logged for the head-office site alone, so no branch ever receives a row.
CREATE TABLE hr.payroll_month_items (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL REFERENCES hr.employees (id),
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    currency char(3) NOT NULL,
    advance_minor bigint NOT NULL CHECK (advance_minor >= 0),
    bonus_minor bigint NOT NULL CHECK (bonus_minor >= 0),
    deduction_minor bigint NOT NULL CHECK (deduction_minor >= 0),
    absence_hours numeric(7, 2) NOT NULL CHECK (absence_hours >= 0),
    overtime_hours numeric(7, 2) NOT NULL CHECK (overtime_hours >= 0),
    overtime_kind text NOT NULL,
    note text NOT NULL,
    recorded_at timestamptz,
    recorded_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (employee_id, month)
);

CREATE TRIGGER record_history AFTER INSERT OR UPDATE ON hr.payroll_month_items
    FOR EACH ROW EXECUTE FUNCTION hr.record_change();
CREATE TRIGGER no_delete BEFORE DELETE ON hr.payroll_month_items
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.payroll_month_items
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('payroll_items');

ALTER TABLE hr.payroll_month_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE hr.payroll_month_items FORCE ROW LEVEL SECURITY;
CREATE POLICY hr_roles_only ON hr.payroll_month_items
    USING ((SELECT hr.reads_records())) WITH CHECK ((SELECT hr.reads_records()));
GRANT SELECT, INSERT, UPDATE ON hr.payroll_month_items TO erp_app;

-- An employee's own payslips: the acting user whose account is named by an employee's
-- matricule (as on the replica, app/payroll/payslips.py) reads that employee's payslip rows
-- and no other, in any scope; HR keeps reading every row (hr_only, 0021). A user who is no
-- employee reads none. The function reads hr.employees as its owner, past that table's
-- HR-only policy, and answers for the acting user alone.
CREATE FUNCTION hr.own_employee() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL RESTRICTED SET search_path = pg_catalog, pg_temp AS
$$ SELECT e.id FROM hr.employees e JOIN auth.users u ON u.username = e.number
    WHERE u.id = audit.actor() AND u.active AND u.deleted_at IS NULL
      AND e.deleted_at IS NULL LIMIT 1 $$;
REVOKE ALL ON FUNCTION hr.own_employee() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hr.own_employee() TO erp_app;
CREATE POLICY own_payslip ON hr.payslips FOR SELECT
    USING (employee_id = (SELECT hr.own_employee()));

-- An employee's payslips served to the branch PC they log in at (services/own_payslips.py):
-- what the site needs to print the same bilingual PDF as head office, on the payslip row
-- itself, so the own_payslip policy above is all that bounds the read (the run's row, with
-- every colleague's salary in its payload, stays HR's). Rows stored before are filled from
-- their run's payload; the triggers that keep a payslip unchanged are lifted for that alone.
ALTER TABLE hr.payslips
    ADD COLUMN run_number text,
    ADD COLUMN run_kind text,
    ADD COLUMN country char(2),
    ADD COLUMN currency char(3),
    ADD COLUMN slip jsonb;
ALTER TABLE hr.payslips DISABLE TRIGGER immutable;
ALTER TABLE hr.payslips DISABLE TRIGGER audit_updates;
UPDATE hr.payslips s
   SET run_number = r.number, run_kind = r.kind, country = r.country, currency = r.currency,
       slip = p.slip
  FROM hr.payroll_runs r CROSS JOIN LATERAL jsonb_array_elements(r.payload -> 'payslips') AS p (slip)
 WHERE r.id = s.run_id AND (p.slip ->> 'id')::uuid = s.id;
ALTER TABLE hr.payslips ENABLE TRIGGER audit_updates;
ALTER TABLE hr.payslips ENABLE TRIGGER immutable;
ALTER TABLE hr.payslips
    ALTER COLUMN run_number SET NOT NULL,
    ALTER COLUMN run_kind SET NOT NULL,
    ALTER COLUMN country SET NOT NULL,
    ALTER COLUMN currency SET NOT NULL,
    ALTER COLUMN slip SET NOT NULL;

-- Wrong passwords given for one's own payslips from a branch PC, counted per user as the
-- till counts them: after five in a row the user is refused for fifteen minutes, even with
-- the right password. No secret is kept here.
CREATE TABLE auth.payslip_proofs (
    user_id uuid PRIMARY KEY REFERENCES auth.users (id),
    failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON auth.payslip_proofs TO erp_app;
