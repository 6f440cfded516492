-- The seller's mentions an invoice must carry beside its name and identifiers (décret
-- exécutif 05-468 art. 3 in Algeria: legal form, activity, capital, address; an address
-- everywhere, and the employer's address on a payslip), with the replica's names, kinds and
-- lengths (erp_desktop/storage/tables/org.py, replica migration 0008). Head office sets
-- them (`erp-sync-server company set`); the row's audit trigger and its change-log trigger
-- (to_jsonb of the row) already cover every column, so each change is audited and goes
-- down to every branch in the company's payload.
ALTER TABLE auth.company
    ADD COLUMN legal_form text NOT NULL DEFAULT '' CHECK (length(legal_form) <= 40),
    ADD COLUMN legal_form_ar text NOT NULL DEFAULT '' CHECK (length(legal_form_ar) <= 40),
    ADD COLUMN capital_minor bigint CHECK (capital_minor IS NULL OR capital_minor > 0),
    ADD COLUMN activity text NOT NULL DEFAULT '' CHECK (length(activity) <= 200),
    ADD COLUMN activity_ar text NOT NULL DEFAULT '' CHECK (length(activity_ar) <= 200),
    ADD COLUMN address text NOT NULL DEFAULT '' CHECK (length(address) <= 300),
    ADD COLUMN address_ar text NOT NULL DEFAULT '' CHECK (length(address_ar) <= 300),
    ADD COLUMN phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40);
