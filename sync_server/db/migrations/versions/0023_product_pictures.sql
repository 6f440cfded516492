-- The catalog's categories (the tabs of the till's product grid), head-office data like
-- the products: read by every site, written in head-office scope, sent down by the log.
CREATE TABLE inventory.categories (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (btrim(name) <> ''),
    name_ar text NOT NULL CHECK (btrim(name_ar) <> ''),
    position integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    UNIQUE (name)
);

ALTER TABLE inventory.products ADD COLUMN category_id uuid REFERENCES inventory.categories (id);

-- One small picture per product: a thumbnail (JPEG or PNG, 128 pixels at most a side),
-- kept small so that a catalog of pictures comes down to a till over a shop's line.
CREATE TABLE inventory.product_images (
    id uuid PRIMARY KEY,
    product_id uuid NOT NULL UNIQUE REFERENCES inventory.products (id),
    media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    thumbnail bytea NOT NULL CHECK (octet_length(thumbnail) BETWEEN 1 AND 32768),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['inventory.categories', 'inventory.product_images'] LOOP
        EXECUTE format(
            'CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION audit.record_inserts()', t);
        EXECUTE format(
            'CREATE TRIGGER audit_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
            'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.record_updates()', t);
        EXECUTE format(
            'CREATE TRIGGER no_delete BEFORE DELETE ON %s '
            'FOR EACH ROW EXECUTE FUNCTION audit.refuse_delete()', t);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_by_every_site ON %s FOR SELECT USING (true)', t);
        EXECUTE format(
            'CREATE POLICY written_by_head_office ON %s FOR INSERT '
            'WITH CHECK ((SELECT audit.head_office()))', t);
        EXECUTE format(
            'CREATE POLICY changed_by_head_office ON %s FOR UPDATE '
            'USING ((SELECT audit.head_office())) WITH CHECK ((SELECT audit.head_office()))', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %s TO erp_app', t);
    END LOOP;
END $$;

CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON inventory.categories
    FOR EACH ROW EXECUTE FUNCTION sync.log_for_all('category');

-- The picture goes down as base64 text (a JSON payload holds no bytes).
CREATE FUNCTION sync.log_product_image() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, 'product_image', NEW.id, jsonb_build_object(
        'id', NEW.id, 'product_id', NEW.product_id, 'media_type', NEW.media_type,
        'thumbnail', translate(encode(NEW.thumbnail, 'base64'), E'\n', '')));
    RETURN NEW;
END $$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON inventory.product_images
    FOR EACH ROW EXECUTE FUNCTION sync.log_product_image();
