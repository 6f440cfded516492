"""What HR enters for one employee's month ahead of the payroll run: the advance on salary
already paid (avance sur salaire), overtime the clock did not show (heures supplémentaires),
hours of unpaid absence, a one-off bonus (prime exceptionnelle) and a one-off deduction
(retenue). One record per employee and month, kept until the month is paid and read by the
run (``app.payroll.inputs``), so what HR typed in the second week is what the payslip shows.

Amounts are minor units of the contract's currency. A negative figure is refused with its
code here, whatever screen or push it came from: hours with ``payroll.negative_hours``,
amounts with ``payroll.negative_amount``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.payroll.rules import default_payroll_catalog

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class MonthItems:
    id: UUID
    employee_id: UUID
    month: date  # the month's first day
    currency: str
    advance_minor: int = 0
    bonus_minor: int = 0
    deduction_minor: int = 0
    absence_hours: Decimal = ZERO
    overtime_hours: Decimal = ZERO
    overtime_kind: str = ""  # a kind of the country's overtime rules; "" for its first
    note: str = ""
    recorded_at: datetime | None = None
    recorded_by: UUID | None = None

    def __post_init__(self) -> None:
        if self.month.day != 1:
            object.__setattr__(self, "month", self.month.replace(day=1))
        for name, hours in (
            ("absence_hours", self.absence_hours),
            ("overtime_hours", self.overtime_hours),
        ):
            if hours < 0:
                raise ValidationError("payroll.negative_hours", field=name, hours=str(hours))
        for name, minor in (
            ("advance", self.advance_minor),
            ("bonus", self.bonus_minor),
            ("deduction", self.deduction_minor),
        ):
            if minor < 0:
                raise ValidationError("payroll.negative_amount", field=name, amount=str(minor))

    @property
    def is_empty(self) -> bool:
        """Nothing to add to the month (the record is then removed)."""
        return not (
            self.advance_minor
            or self.bonus_minor
            or self.deduction_minor
            or self.absence_hours
            or self.overtime_hours
        )


def default_overtime_kind(country: str, month: date) -> str:
    """The country's ordinary overtime: its first rule (``standard``; Morocco's ``day``,
    + 25 % by day under Code du travail art. 201)."""
    kinds = list(default_payroll_catalog().rules(country, month.replace(day=1)).overtime)
    return kinds[0] if kinds else ""


# The wire's notation of each field's type (kernel.protocol), so that the fields are
# declared once, above.
_WIRE_TYPES = {
    "UUID": "uuid",
    "date": "civil_date",
    "int": "int",
    "Decimal": "decimal",
    "str": "str",
    "datetime | None": "datetime?",
    "UUID | None": "uuid?",
}
ITEMS_SCHEMA: dict[str, str] = {f.name: _WIRE_TYPES[str(f.type)] for f in fields(MonthItems)}


def items_payload(found: MonthItems, removed: bool = False) -> dict[str, Any]:
    """The record as pushed to the server (``removed`` when HR emptied it)."""
    payload: dict[str, Any] = {}
    for f in fields(MonthItems):
        value = getattr(found, f.name)
        payload[f.name] = (
            value
            if isinstance(value, int | str) or value is None
            else (value.isoformat() if isinstance(value, date | datetime) else str(value))
        )
    payload["removed"] = removed
    return payload


def items_from_payload(p: Mapping[str, Any]) -> MonthItems:
    """The record a payload carries, checked (``payroll.negative_hours``...)."""
    recorded_at = p.get("recorded_at")
    recorded_by = p.get("recorded_by")
    return MonthItems(
        UUID(str(p["id"])),
        UUID(str(p["employee_id"])),
        date.fromisoformat(str(p["month"])[:10]),
        str(p["currency"]),
        int(p["advance_minor"]),
        int(p["bonus_minor"]),
        int(p["deduction_minor"]),
        Decimal(str(p["absence_hours"])),
        Decimal(str(p["overtime_hours"])),
        str(p["overtime_kind"]),
        str(p["note"]),
        datetime.fromisoformat(str(recorded_at)) if recorded_at else None,
        UUID(str(recorded_by)) if recorded_by else None,
    )
