"""Head office sets the exchange rates every branch uses (sent down by the pull)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID

from erp_desktop.kernel.currency import check_currency
from erp_desktop.kernel.errors import ValidationError
from sync_server.db import exchange_rates
from sync_server.db.engine import Engine, unit_of_work


def set_exchange_rate(engine: Engine, source: str, target: str, on: date, rate: str) -> UUID:
    """``rate`` units of ``target`` for one ``source`` from day ``on`` (e.g. EUR DZD 145.23)."""
    source, target = check_currency(source.upper()), check_currency(target.upper())
    if source == target:
        raise ValidationError("common.invalid_value", field="target", value=target)
    try:
        value = Decimal(rate)
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field="rate", value=rate) from None
    if not value.is_finite() or value <= 0 or value != round(value, 10):
        raise ValidationError("common.invalid_value", field="rate", value=rate)
    with unit_of_work(engine, head_office=True) as conn:
        return exchange_rates.set_rate(conn, source, target, on, value)
