"""Strict readers of JSON values, raising ``protocol.*`` codes with the field path."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError


def expect_object(
    value: Any, path: str, allowed: set[str], required: set[str]
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError("protocol.wrong_type", path=path, expected="object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ValidationError("protocol.unknown_field", path=f"{path}.{unknown[0]}")
    missing = sorted(required - set(value))
    if missing:
        raise ValidationError("protocol.missing_field", path=f"{path}.{missing[0]}")
    return value


def read_str(value: Any, path: str, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValidationError("protocol.wrong_type", path=path, expected="string")
    return value


def read_int(value: Any, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("protocol.wrong_type", path=path, expected="integer")
    return value


def read_uuid(value: Any, path: str, optional: bool = False) -> UUID | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValidationError("protocol.wrong_type", path=path, expected="uuid")
    try:
        return cached_uuid(value)
    except ValueError:
        raise ValidationError("protocol.bad_value", path=path, expected="uuid") from None


@lru_cache(maxsize=1024)
def cached_uuid(value: str) -> UUID:
    """A batch names the same branch, device and users again and again."""
    return UUID(value)


def read_decimal(value: Any, path: str) -> Decimal:
    if not isinstance(value, str):
        raise ValidationError("protocol.wrong_type", path=path, expected="decimal string")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValidationError("protocol.bad_value", path=path, expected="decimal") from None
    if not result.is_finite():
        raise ValidationError("protocol.bad_value", path=path, expected="decimal")
    return result


def read_datetime(value: Any, path: str) -> datetime:
    if not isinstance(value, str):
        raise ValidationError("protocol.wrong_type", path=path, expected="datetime")
    try:
        result = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError("protocol.bad_value", path=path, expected="datetime") from None
    if result.tzinfo is None:
        raise ValidationError("protocol.bad_value", path=path, expected="aware datetime")
    return result
