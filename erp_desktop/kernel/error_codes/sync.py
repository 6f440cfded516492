"""Codes of the branch's conversation with the sync server."""

CODES: dict[str, str] = {
    "sync.offline": "the server {url} cannot be reached",
    "sync.server_error": "the server answered {status}; the changes stay queued",
    "sync.refused": "the server refused the request: {code}",
    "sync.not_enrolled": "this branch PC is not enrolled with a server yet",
}
