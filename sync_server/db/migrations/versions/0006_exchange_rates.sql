-- Exchange rates set by head office (company currency per unit of another currency, by
-- date) and sent down to every branch: a till taking euros, a supplier invoice in dollars.
CREATE TABLE accounting.exchange_rates (
    id uuid PRIMARY KEY,
    on_date date NOT NULL,
    source char(3) NOT NULL,
    target char(3) NOT NULL,
    rate numeric(20, 10) NOT NULL CHECK (rate > 0),
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    CHECK (source <> target),
    UNIQUE (source, target, on_date)
);

CREATE TRIGGER audit_inserts AFTER INSERT ON accounting.exchange_rates
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts();
CREATE TRIGGER audit_updates AFTER UPDATE ON accounting.exchange_rates
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates();
CREATE TRIGGER no_delete BEFORE DELETE ON accounting.exchange_rates
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete();

-- The rate goes down as text: a JSON number would reach the branch as a float.
CREATE FUNCTION sync.log_exchange_rate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, 'exchange_rate', NEW.id, jsonb_build_object(
        'id', NEW.id, 'on_date', NEW.on_date, 'source', NEW.source, 'target', NEW.target,
        'rate', NEW.rate::text));
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON accounting.exchange_rates
    FOR EACH ROW EXECUTE FUNCTION sync.log_exchange_rate();

GRANT SELECT, INSERT, UPDATE ON accounting.exchange_rates TO erp_app;
