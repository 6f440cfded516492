-- Head office's catalog editor removes a product's picture (issue 17): the row is kept with
-- its deleted_at (business rows are never deleted) and the change log says so, so that the
-- tills stop showing it. A picture set again clears deleted_at.
CREATE OR REPLACE FUNCTION sync.log_product_image() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER AS $$
BEGIN
    INSERT INTO sync.change_log (branch_id, entity, entity_id, payload)
    VALUES (NULL, 'product_image', NEW.id, jsonb_build_object(
        'id', NEW.id, 'product_id', NEW.product_id, 'media_type', NEW.media_type,
        'thumbnail', translate(encode(NEW.thumbnail, 'base64'), E'\n', ''),
        'deleted_at', NEW.deleted_at));
    RETURN NEW;
END $$;
