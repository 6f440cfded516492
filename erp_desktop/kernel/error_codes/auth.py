"""Codes of login, roles and permissions."""

CODES: dict[str, str] = {
    "auth.permission_denied": "{user} may not do {permission}",
    "auth.invalid_credentials": "wrong user name or password",
    "auth.invalid_pin": "wrong PIN",
    "auth.locked_out": "too many failed attempts; try again in {minutes} minutes",
    "auth.pin_locked": "too many wrong PINs at this register; PINs are refused for {minutes} minutes",
    "auth.user_inactive": "user {user} is disabled",
    "auth.device_revoked": "head office revoked this PC: ask it for a new enrollment token",
    "auth.head_office_key_unreadable": "this database login cannot read the head-office key",
}
