"""Codes of the branch's conversation with the sync server."""

CODES: dict[str, str] = {
    "sync.offline": "the server {url} cannot be reached",
    "sync.server_error": "the server answered {status}; the changes stay queued",
    "sync.refused": "the server refused the request: {code}",
    "sync.not_enrolled": "this branch PC is not enrolled with a server yet",
    "sync.joined_without_users": (
        "the server {url} sent no users, so nobody could log in on this PC: head office "
        "adds the staff, then gives a new one-time token"
    ),
    "sync.joined_without_catalog": (
        "the server {url} sent no products, so this PC could sell nothing: head office "
        "loads the catalog, then gives a new one-time token"
    ),
    "sync.actor_missing": "the change {change} names no user who made it",
    "sync.actor_unknown": "the server knows no user {actor} (change {change})",
    "sync.actor_other_branch": "user {actor} works for another branch ({branch}); change {change}",
    "sync.actor_not_permitted": "user {actor} may not do {permission} (change {change})",
    "sync.owned_by_head_office": "{entity} belongs to head office: a branch cannot change it",
    "sync.owned_by_branches": (
        "{entity} is a branch's own work: head office does not write it for a branch"
    ),
    # client helper (issue 19): a new branch's bootstrap from a snapshot
    "sync.snapshot_gone": "the server no longer keeps part {part} of snapshot {position}",
    "sync.snapshot_damaged": "part {part} of snapshot {position} arrived damaged",
    # helper lane (issue 19's storm): a big push refused while the worker's lane is full
    "sync.server_busy": (
        "the server is merging other branches' big batches: the {changes} changes stay "
        "queued and are sent again in {retry_after} s"
    ),
}
