-- A business document's line carries the discount typed on it as a percent (NULL: typed as
-- an amount, or none; its amount is discount_minor, there since 0017) and the product's
-- Arabic name as the issuing site's catalog had it, so head office's statements and any
-- site print the line as issued. Lines stored before keep no percent and an empty name.
ALTER TABLE sales.business_lines
    ADD COLUMN discount_percent numeric(7, 4),
    ADD COLUMN name_ar text NOT NULL DEFAULT '';
