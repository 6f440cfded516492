"""Codes of the HTTP edge itself: what the sync server answers when no business rule
speaks (no such address, a method the address does not take, a request that does not
fit the documented parameters, the server failing)."""

CODES: dict[str, str] = {
    "http.not_found": "nothing is served at {path}",
    "http.method_not_allowed": "{path} does not take {method}",
    "http.invalid_request": "the request's {path} is not valid: {reason}",
    "http.internal_error": "the server failed on this request (incident {incident})",
    "http.error": "the server refused the request: {detail}",
    "http.unavailable": "the server cannot serve now: {reason}",
}
