"""Codes of the replica's storage."""

CODES: dict[str, str] = {
    "storage.delete_refused": "business rows are never deleted; cancel or soft-delete instead",
    "storage.immutable": "a finalized document or posted entry cannot be changed",
    "storage.migration_failed": "upgrading the replica to {revision} failed; it was restored from {backup}",
    "storage.newer_replica": "this replica was made by a newer version ({revision})",
    "storage.integrity": "the change breaks a rule of the database: {detail}",
}
