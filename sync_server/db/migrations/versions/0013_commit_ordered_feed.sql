-- The pull cursor becomes a position in commit order. Until now a pull served a change-log
-- row only when its transaction id was below the snapshot's xmin, which is cluster-wide:
-- any transaction open in any database of the server (a report, a backup, another
-- application) held back every branch's pull, and a new PC joined with nothing.
--
-- Now each change-log row is given its position in the feed when its transaction commits:
-- a deferred trigger takes this database's feed lock (a transaction-level advisory lock;
-- advisory locks belong to one database) and numbers the row from a sequence. The lock is
-- held until the commit is visible, so a transaction that takes numbers after another
-- becomes visible after it: a reader who sees a position sees every lower one that will
-- ever be seen, so a cursor never passes a late commit. A transaction still open holds back
-- only its own rows, which get their numbers when it commits. Numbers a rolled-back
-- transaction took are never seen (a gap, which a cursor steps over).
CREATE SEQUENCE sync.change_position;

-- seq is the change-log row; each row is numbered once by construction (one trigger event
-- per inserted row), so no second index is kept on it (it cost a third of the numbering).
CREATE TABLE sync.change_positions (
    position bigint PRIMARY KEY,
    seq bigint NOT NULL
);

-- The row comes from the trigger's queue, not from a query, so row-level security hides
-- none of the rows a transaction wrote (a transfer sent to another branch, say). The
-- deferred events fire in the order the rows were written. Every name is qualified (the
-- function runs as its owner; a SET search_path clause cost a sixth of the numbering).
CREATE FUNCTION sync.number_at_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    -- The feed lock: taken at the first row, then re-entered. Its two-key form keeps it
    -- apart from the one-key locks of push batches (db/batches.py).
    PERFORM pg_catalog.pg_advisory_xact_lock(0, 13);
    INSERT INTO sync.change_positions (position, seq)
    VALUES (pg_catalog.nextval('sync.change_position'::pg_catalog.regclass), NEW.seq);
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER number_at_commit AFTER INSERT ON sync.change_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync.number_at_commit();

-- What is already in the log keeps its order and its numbers: a row's position is its old
-- sequence number, so a cursor a branch holds from before still means "everything up to
-- here", and new rows are numbered after the highest. The exclusive lock waits for the
-- transactions writing the log to end and keeps new ones out until this commits; the
-- owner reads past row-level security only for this copy.
LOCK TABLE sync.change_log IN EXCLUSIVE MODE;
ALTER TABLE sync.change_log NO FORCE ROW LEVEL SECURITY;
INSERT INTO sync.change_positions (position, seq) SELECT seq, seq FROM sync.change_log;
SELECT setval('sync.change_position', coalesce(max(seq), 0) + 1, false) FROM sync.change_log;
ALTER TABLE sync.change_log FORCE ROW LEVEL SECURITY;

GRANT SELECT ON sync.change_positions TO erp_app;
