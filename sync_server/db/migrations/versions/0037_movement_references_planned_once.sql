-- 0037: the references of a statement of stock movements (branch, product, warehouse)
-- checked by one trigger whose three queries are written out, so that PL/pgSQL plans
-- each once per session: audit.references_present (0030) builds its query text from its
-- arguments and EXECUTEs it, parsed and planned again at every statement, three times
-- per statement of movements (its three triggers). Measured in a scratch database, each
-- statement of 500 movements of a push run with one trigger or another off: the three
-- cost 2-4 µs a movement, as much as no check at all would save; written out, about
-- nothing (docs/performance.md, 2026-12-01 night).
--
-- What is checked is unchanged: each distinct non-null value among the statement's new
-- rows must be a key of the table it names, in the order the three triggers fired (by
-- their names: branch, product, warehouse), refused with the same message and the
-- same error class as a foreign key (foreign_key_violation). The other tables keep
-- audit.references_present: their statements are fewer per push.
CREATE FUNCTION audit.movement_references_present() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    missing text;
BEGIN
    SELECT CAST(ROW(n.branch_id) AS text) INTO missing
    FROM (SELECT DISTINCT branch_id FROM new_rows) n
    WHERE num_nulls(n.branch_id) = 0
        AND NOT EXISTS (SELECT 1 FROM auth.branches p WHERE ROW(p.id) = ROW(n.branch_id))
    LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert on table "%" violates foreign key: key (%)=% is not present in table "%"',
            TG_TABLE_NAME, 'branch_id', missing, 'auth.branches'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT CAST(ROW(n.product_id) AS text) INTO missing
    FROM (SELECT DISTINCT product_id FROM new_rows) n
    WHERE num_nulls(n.product_id) = 0
        AND NOT EXISTS (SELECT 1 FROM inventory.products p WHERE ROW(p.id) = ROW(n.product_id))
    LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert on table "%" violates foreign key: key (%)=% is not present in table "%"',
            TG_TABLE_NAME, 'product_id', missing, 'inventory.products'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT CAST(ROW(n.warehouse_id) AS text) INTO missing
    FROM (SELECT DISTINCT warehouse_id FROM new_rows) n
    WHERE num_nulls(n.warehouse_id) = 0
        AND NOT EXISTS (SELECT 1 FROM inventory.warehouses p WHERE ROW(p.id) = ROW(n.warehouse_id))
    LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert on table "%" violates foreign key: key (%)=% is not present in table "%"',
            TG_TABLE_NAME, 'warehouse_id', missing, 'inventory.warehouses'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER references_branch ON inventory.stock_movements;
DROP TRIGGER references_product ON inventory.stock_movements;
DROP TRIGGER references_warehouse ON inventory.stock_movements;
CREATE TRIGGER references_present AFTER INSERT ON inventory.stock_movements
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.movement_references_present();
