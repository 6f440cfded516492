"""Codes of the sync wire format."""

CODES: dict[str, str] = {
    "protocol.wrong_type": "{path} must be a {expected}",
    "protocol.bad_value": "{path} is not a valid {expected}",
    "protocol.out_of_range": "{path} must lie between {minimum} and {maximum}",
    "protocol.unknown_field": "{path} is not a known field",
    "protocol.missing_field": "{path} is missing",
    "protocol.unknown_entity": "{entity} is not a known kind of change",
    "protocol.unsupported_version": "protocol version {version} is newer than {supported}",
    "protocol.batch_too_large": "{count} changes in one batch, at most {limit}",
    "protocol.body_too_large": "the request body is larger than {limit} bytes",
    "protocol.invalid_json": "the request body is not JSON",
    "protocol.key_reused": "idempotency key {key} was already used for another batch",
    "protocol.wrong_branch": "{what} {id} does not belong to this device's branch",
    "protocol.not_applied_yet": "this server does not apply {entity} changes yet",
    "protocol.unprocessable": "the server could not compute this change ({reason})",
}
