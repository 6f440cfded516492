-- A push batch's idempotency key is the device's own: two devices may pick the same key
-- without meeting. Keyed by the key alone, another branch's key ran into a row that
-- row-level security hid, which failed the push with a unique violation (HTTP 500) and
-- told the sender that some branch had used that key. Existing keys were unique
-- everywhere, so they stay unique per device.
ALTER TABLE sync.batches DROP CONSTRAINT batches_pkey;
ALTER TABLE sync.batches ADD PRIMARY KEY (device_id, idempotency_key);
