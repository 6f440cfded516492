"""Codes of setting up a PC from the command line (``erp-desktop``)."""

CODES: dict[str, str] = {
    "setup.replica_exists": "a replica already exists at {path}; add --force to replace it",
    "setup.no_replica": "there is no replica in {folder}, and nothing was set up",
}
