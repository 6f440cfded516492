-- Human resources in the hr schema. Two kinds of tables, never one table with blanked
-- columns:
--
-- * What attendance needs, sent to the sites: hr.shifts (to every site), hr.staff (the
--   attendance profile: names, PIN hash, branch, shift; each branch gets its own staff
--   only), and the branch's own hr.attendance and hr.leave_requests (branch_id in their
--   primary key; head office receives them for payroll).
-- * What only HR keeps: hr.employees (the personal record), hr.employee_family and
--   hr.contract_terms (dated: a raise or a child is a new row, never an overwrite) and
--   hr.contracts. Readable and writable only in head-office scope by a user holding an HR
--   role (hr.reads_records()): a warehouse user or a branch manager reads no row, at head
--   office or at a branch. Their rows go down to the head-office site alone, and their
--   history is kept in hr.record_history (HR-only too), not in audit.log which head
--   office's accountants read.
--
-- The acting user is the one the push names for the change (audit.actor()), in the scope
-- the device proved: the same trust the audit rows already rest on.

CREATE FUNCTION hr.reads_records() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL RESTRICTED SET search_path = pg_catalog, pg_temp AS
$$ SELECT (SELECT audit.head_office()) AND EXISTS (
       SELECT 1 FROM auth.users u
        WHERE u.id = audit.actor() AND u.active AND u.deleted_at IS NULL
          AND u.roles && ARRAY['hr_officer', 'administrator']::text[]) $$;
REVOKE ALL ON FUNCTION hr.reads_records() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hr.reads_records() TO erp_app;

-- The head-office site's id, for rows only it receives (NULL while it has none: then
-- nothing is logged, rather than logged for everyone).
CREATE FUNCTION hr.head_office_site() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$ SELECT id FROM auth.branches WHERE kind = 'head_office' AND deleted_at IS NULL $$;

CREATE FUNCTION hr.log_for_head_office() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    site uuid := hr.head_office_site();
BEGIN
    IF site IS NOT NULL THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (site, TG_ARGV[0], NEW.id, to_jsonb(NEW) - 'created_at' - 'updated_at');
    END IF;
    RETURN NEW;
END $$;

-- A staff member goes to the branch the employee works at (and to the one left, so that
-- it stops clocking them in); head office reads every row of the log anyway.
CREATE FUNCTION hr.log_staff() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NEW.branch_id, 'staff', NEW.id, to_jsonb(NEW) - 'created_at' - 'updated_at');
    IF TG_OP = 'UPDATE' AND OLD.branch_id <> NEW.branch_id THEN
        INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
        VALUES (OLD.branch_id, 'staff', NEW.id, to_jsonb(NEW) - 'created_at' - 'updated_at');
    END IF;
    RETURN NEW;
END $$;

-- The history of the confidential tables, readable by HR alone.
CREATE TABLE hr.record_history (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    operation text NOT NULL,
    actor_id uuid,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    before jsonb,
    after jsonb
);
CREATE FUNCTION hr.record_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO hr.record_history (table_name, row_id, operation, actor_id, before, after)
    VALUES (TG_TABLE_NAME, NEW.id, lower(TG_OP), audit.actor(),
            CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW));
    RETURN NULL;
END $$;
ALTER TABLE hr.record_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE hr.record_history FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_hr ON hr.record_history FOR SELECT USING ((SELECT hr.reads_records()));
GRANT SELECT ON hr.record_history TO erp_app;

-- What attendance needs ------------------------------------------------------------------
CREATE TABLE hr.shifts (
    id uuid PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    name_ar text NOT NULL,
    starts time NOT NULL,
    ends time NOT NULL,
    break_minutes integer NOT NULL CHECK (break_minutes >= 0),
    weekdays text NOT NULL CHECK (weekdays ~ '^[0-6]{1,7}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE hr.staff (
    id uuid PRIMARY KEY,
    number text NOT NULL UNIQUE,
    name text NOT NULL,
    name_ar text NOT NULL,
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    shift_id uuid REFERENCES hr.shifts (id),
    pin_hash text,
    active boolean NOT NULL,
    hired_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE hr.attendance (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    staff_id uuid NOT NULL REFERENCES hr.staff (id),
    work_date date NOT NULL,
    clock_in timestamptz NOT NULL,
    clock_out timestamptz CHECK (clock_out IS NULL OR clock_out >= clock_in),
    planned_minutes integer NOT NULL CHECK (planned_minutes >= 0),
    late_minutes integer NOT NULL CHECK (late_minutes >= 0),
    worked_minutes integer NOT NULL CHECK (worked_minutes >= 0),
    overtime_minutes integer NOT NULL CHECK (overtime_minutes >= 0),
    corrected_by uuid REFERENCES auth.users (id),
    correction_reason text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id),
    CHECK (corrected_by IS NULL OR correction_reason <> '')
);
CREATE INDEX ix_attendance_staff_day ON hr.attendance (staff_id, work_date);

CREATE TABLE hr.leave_requests (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    id uuid NOT NULL,
    staff_id uuid NOT NULL REFERENCES hr.staff (id),
    kind text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL CHECK (ends_on >= starts_on),
    days integer NOT NULL CHECK (days >= 0),
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'cancelled')),
    reason text NOT NULL,
    requested_by uuid REFERENCES auth.users (id),
    requested_at timestamptz NOT NULL,
    decided_by uuid REFERENCES auth.users (id),
    decided_at timestamptz,
    decision_note text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    PRIMARY KEY (branch_id, id)
);
CREATE INDEX ix_leave_staff_start ON hr.leave_requests (staff_id, starts_on);

-- What only HR keeps ---------------------------------------------------------------------
CREATE TABLE hr.employees (
    id uuid PRIMARY KEY REFERENCES hr.staff (id),
    number text NOT NULL UNIQUE,
    first_name text NOT NULL,
    last_name text NOT NULL,
    first_name_ar text NOT NULL,
    last_name_ar text NOT NULL,
    country char(2) NOT NULL CHECK (country IN ('DZ', 'MA', 'TN')),
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    job_title text NOT NULL,
    job_title_ar text NOT NULL,
    hired_on date NOT NULL,
    birth_date date CHECK (birth_date IS NULL OR birth_date < hired_on),
    gender text NOT NULL CHECK (gender IN ('', 'F', 'M')),
    national_id text NOT NULL,
    social_security_number text NOT NULL,
    address text NOT NULL,
    phone text NOT NULL,
    bank_name text NOT NULL,
    bank_account text NOT NULL,
    active boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE hr.employee_family (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL REFERENCES hr.employees (id),
    valid_from date NOT NULL,
    marital_status text NOT NULL CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed')),
    dependants integer NOT NULL CHECK (dependants >= 0),
    children integer NOT NULL CHECK (children >= 0),
    head_of_family boolean NOT NULL,
    recorded_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (employee_id, valid_from)
);

CREATE TABLE hr.contracts (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL REFERENCES hr.employees (id),
    number text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('CDI', 'CDD')),
    starts_on date NOT NULL,
    ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
    trial_ends_on date CHECK (trial_ends_on IS NULL OR trial_ends_on >= starts_on),
    currency char(3) NOT NULL,
    job_title text NOT NULL,
    job_title_ar text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    CHECK (kind = 'CDI' OR ends_on IS NOT NULL)
);

CREATE TABLE hr.contract_terms (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES hr.contracts (id),
    valid_from date NOT NULL,
    base_salary_minor bigint NOT NULL CHECK (base_salary_minor >= 0),
    monthly_hours numeric(7, 2) NOT NULL CHECK (monthly_hours > 0),
    weekly_hours numeric(5, 2) NOT NULL CHECK (weekly_hours > 0),
    allowances jsonb NOT NULL,
    reason text NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by uuid REFERENCES auth.users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (contract_id, valid_from)
);

-- Triggers: audit (or HR's own history), no delete, no change to a dated row, the feed ---
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['hr.shifts', 'hr.staff', 'hr.attendance', 'hr.leave_requests'] LOOP
        EXECUTE format('CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format('CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
                       'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['hr.employees', 'hr.employee_family', 'hr.contracts', 'hr.contract_terms'] LOOP
        EXECUTE format('CREATE TRIGGER record_history AFTER INSERT OR UPDATE ON %s '
                       'FOR EACH ROW EXECUTE FUNCTION hr.record_change()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['hr.shifts', 'hr.staff', 'hr.attendance', 'hr.leave_requests',
                             'hr.employees', 'hr.employee_family', 'hr.contracts',
                             'hr.contract_terms', 'hr.record_history'] LOOP
        EXECUTE format('CREATE TRIGGER no_delete BEFORE DELETE ON %s '
                       'FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete()', t);
    END LOOP;
END $$;
CREATE TRIGGER immutable BEFORE UPDATE ON hr.contract_terms
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();
CREATE TRIGGER immutable BEFORE UPDATE ON hr.employee_family
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_update();

CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.shifts
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('shift');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.staff
    FOR EACH ROW EXECUTE FUNCTION hr.log_staff();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.attendance
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('attendance');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.leave_requests
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('leave_request');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.employees
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('employee');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.employee_family
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('employee_family');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.contracts
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('contract');
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON hr.contract_terms
    FOR EACH ROW EXECUTE FUNCTION hr.log_for_head_office('contract_terms');

-- Row-level security ---------------------------------------------------------------------
ALTER TABLE hr.shifts ENABLE ROW LEVEL SECURITY;
ALTER TABLE hr.shifts FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_every_site ON hr.shifts FOR SELECT USING (true);
CREATE POLICY written_by_head_office ON hr.shifts FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY changed_by_head_office ON hr.shifts FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));

ALTER TABLE hr.staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE hr.staff FORCE ROW LEVEL SECURITY;
CREATE POLICY read_by_its_branch ON hr.staff FOR SELECT
    USING ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()));
CREATE POLICY written_by_head_office ON hr.staff FOR INSERT
    WITH CHECK ((SELECT audit.head_office()));
CREATE POLICY changed_by_head_office ON hr.staff FOR UPDATE
    USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['hr.attendance', 'hr.leave_requests'] LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY branch_isolation ON %s '
            'USING ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch())) '
            'WITH CHECK ((SELECT audit.head_office()) OR branch_id = (SELECT audit.branch()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['hr.employees', 'hr.employee_family', 'hr.contracts',
                             'hr.contract_terms'] LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY hr_roles_only ON %s '
            'USING ((SELECT hr.reads_records())) WITH CHECK ((SELECT hr.reads_records()))', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON hr.shifts, hr.staff, hr.attendance, hr.leave_requests,
    hr.employees, hr.employee_family, hr.contracts, hr.contract_terms TO erp_app;
GRANT USAGE ON SEQUENCE hr.record_history_id_seq TO erp_app;
