"""HR's items of an employee's month (kernel.payroll.month_items): one row per employee and
month, written over until the month is paid; a record emptied is marked removed, not
deleted, so the audit trail keeps what it held."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select

from erp_desktop.kernel.payroll.month_items import MonthItems
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.payroll import payroll_month_items as items

FIGURES = (
    "currency",
    "advance_minor",
    "bonus_minor",
    "deduction_minor",
    "absence_hours",
    "overtime_hours",
    "overtime_kind",
    "note",
    "recorded_at",
    "recorded_by",
)


def _items(row: Any) -> MonthItems:
    return MonthItems(
        row["id"],
        row["employee_id"],
        date.fromisoformat(row["month"]),
        **{c: row[c] for c in FIGURES},
    )


class MonthItemsRows(RepositoryBase):
    def month_items(self, month: date) -> list[MonthItems]:
        """Every employee's items of ``month`` (none removed)."""
        rows = self.conn.execute(
            select(items)
            .where(items.c.month == month.replace(day=1).isoformat(), items.c.deleted_at.is_(None))
            .order_by(items.c.employee_id)
        ).mappings()
        return [_items(r) for r in rows.all()]

    def month_items_of(self, employee_id: UUID, month: date) -> MonthItems | None:
        row = (
            self.conn.execute(
                select(items).where(
                    items.c.employee_id == employee_id,
                    items.c.month == month.replace(day=1).isoformat(),
                    items.c.deleted_at.is_(None),
                )
            )
            .mappings()
            .first()
        )
        return _items(row) if row else None

    def save_month_items(self, found: MonthItems, now: datetime) -> MonthItems:
        """Writes ``found`` over the employee's month (a removed record comes back); the
        record keeps the id it was first given."""
        month = found.month.isoformat()
        figures = {c: getattr(found, c) for c in FIGURES}
        had = self.conn.execute(
            select(items.c.id).where(
                items.c.employee_id == found.employee_id, items.c.month == month
            )
        ).first()
        if had is None:
            self.conn.execute(
                items.insert(),
                stamped(now, id=found.id, employee_id=found.employee_id, month=month, **figures),
            )
            return found
        self.conn.execute(
            items.update()
            .where(items.c.id == had[0])
            .values(**figures, updated_at=now, deleted_at=None)
        )
        return MonthItems(had[0], found.employee_id, found.month, **figures)

    def remove_month_items(self, employee_id: UUID, month: date, now: datetime) -> None:
        self.conn.execute(
            items.update()
            .where(
                items.c.employee_id == employee_id,
                items.c.month == month.replace(day=1).isoformat(),
                items.c.deleted_at.is_(None),
            )
            .values(updated_at=now, deleted_at=now)
        )
