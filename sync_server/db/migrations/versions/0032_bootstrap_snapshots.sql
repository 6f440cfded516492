-- A new branch's first pull, prepared once per branch and feed position: the feed up to
-- that position, the catalog's rows each once with its latest payload (at the place the
-- row first appeared) and everything else as it was logged, cut into parts of one kind,
-- each a gzip'd file of JSON lines with its digest. A branch downloads the parts, loads
-- each in one transaction, then pulls the feed after the snapshot's position. Derived
-- data (the change log says the same): not audited, replaced by a newer snapshot.
CREATE TABLE sync.snapshots (
    branch_id uuid NOT NULL REFERENCES auth.branches (id),
    position bigint NOT NULL,
    part integer NOT NULL CHECK (part >= 0),
    kind text NOT NULL,
    rows integer NOT NULL CHECK (rows > 0),
    sha256 text NOT NULL,
    body bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (branch_id, position, part)
);

ALTER TABLE sync.snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY this_branch_only ON sync.snapshots
    USING (branch_id = (SELECT audit.branch()))
    WITH CHECK (branch_id = (SELECT audit.branch()));

GRANT SELECT, INSERT, DELETE ON sync.snapshots TO erp_app;
