"""The local journal: immutable entries and lines, fiscal periods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, select, text

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.ledger.journal import Journal, JournalEntry, JournalLine, Side
from erp_desktop.kernel.money import Money
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    fetch_rows,
    insert_rows,
    stamped,
)
from erp_desktop.storage.tables.ledger import fiscal_periods, journal_entries, journal_lines

_ENTRY_EXISTS = select(journal_entries.c.id).where(journal_entries.c.id == bindparam("id"))
_MONTH_CLOSES = select(fiscal_periods.c.code, fiscal_periods.c.closed_at_head_office).where(
    fiscal_periods.c.closed.is_(True)
)


class LedgerRepository(RepositoryBase):
    def period_closed(self, on: date) -> bool:
        code = f"{on.year}-{on.month:02d}"
        row = self.conn.execute(
            select(fiscal_periods.c.closed).where(fiscal_periods.c.code == code)
        ).first()
        return bool(row and row[0])

    def month_closes(self) -> dict[str, bool]:
        """The closed months (``2026-11``), each True when head office closed it (the
        company's close, pulled or made here at head office), False for this site's own."""
        rows = fetch_rows(self.conn, _MONTH_CLOSES)
        return {code: bool(by_head_office) for code, by_head_office in rows}

    def close_period(
        self, code: str, start: date, end: date, now: datetime, at_head_office: bool = False
    ) -> None:
        from sqlalchemy import update

        done = self.conn.execute(
            update(fiscal_periods)
            .where(fiscal_periods.c.code == code)
            .values(closed=True, closed_at_head_office=at_head_office, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(
                fiscal_periods.insert(),
                stamped(
                    now,
                    id=new_id(),
                    code=code,
                    start_date=start.isoformat(),
                    end_date=end.isoformat(),
                    closed=True,
                    closed_at_head_office=at_head_office,
                ),
            )

    def insert_entry(self, entry: JournalEntry, now: datetime) -> None:
        exists = fetch_rows(self.conn, _ENTRY_EXISTS, {"id": entry.id})
        if exists:
            raise ConflictError(
                "ledger.already_posted", source=entry.source_number or str(entry.source_id)
            )
        self.insert_entries([entry], now)

    def insert_entries(self, entries: list[JournalEntry], now: datetime) -> None:
        """Posts balanced entries (the primary key refuses an entry posted twice)."""
        if not entries:
            return
        for entry in entries:
            if not entry.is_balanced():
                raise ConflictError(
                    "ledger.unbalanced",
                    source=str(entry.source_id),
                    debit=str(entry.total_debit()),
                    credit=str(entry.total_credit()),
                )
        insert_rows(
            self.conn,
            journal_entries,
            [
                stamped(
                    now,
                    id=e.id,
                    entry_date=e.on.isoformat(),
                    journal=str(e.journal),
                    source_type=e.source_type,
                    source_id=e.source_id,
                    source_number=e.source_number,
                    branch_id=e.branch_id,
                    memo=e.memo,
                    reversal_of=e.reversal_of,
                )
                for e in entries
            ],
        )
        insert_rows(
            self.conn,
            journal_lines,
            [  # each row made at once, as stamped() makes it (ten lines a ticket, issue 19)
                {
                    "id": new_id(),
                    "entry_id": e.id,
                    "position": i,
                    "account_code": ln.account,
                    "role": str(ln.role) if ln.role else None,
                    "side": str(ln.side),
                    "amount_minor": ln.amount.to_minor(),
                    "currency": ln.amount.currency,
                    "txn_amount_minor": ln.txn_amount.to_minor(),
                    "txn_currency": ln.txn_amount.currency,
                    "rate": ln.rate,
                    "partner_id": ln.partner_id,
                    "vat_rate": ln.vat_rate,
                    "memo": ln.memo,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                }
                for e in entries
                for i, ln in enumerate(e.lines)
            ],
        )

    def _day_totals(self, keys: str, start: date | None, end: date | None) -> Any:
        """Sums over ledger_day_totals (migration 0003), kept by a trigger on journal lines."""
        return self.conn.execute(
            text(
                f"SELECT {keys}, sum(debit_minor), sum(credit_minor) FROM ledger_day_totals "
                "WHERE entry_date >= :start AND entry_date <= :end "
                f"GROUP BY {keys}"
            ),
            {
                "start": start.isoformat() if start else "0000-00-00",
                "end": end.isoformat() if end else "9999-99-99",
            },
        )

    def account_totals(self, start: date | None, end: date | None) -> dict[str, tuple[int, int]]:
        """Debit and credit (minor units) per account over the period."""
        return {r[0]: (int(r[1]), int(r[2])) for r in self._day_totals("account_code", start, end)}

    def role_rate_totals(
        self, start: date | None, end: date | None
    ) -> dict[tuple[str | None, Decimal | None], tuple[int, int]]:
        rows = self._day_totals("role, vat_rate", start, end)
        return {
            (r[0] or None, Decimal(r[1]) if r[1] else None): (int(r[2]), int(r[3])) for r in rows
        }

    def journal_lines(
        self, start: date | None, end: date | None, limit: int
    ) -> list[tuple[str, str, str, str, int, int]]:
        """The journal as printed: (date, document, account, memo, debit, credit) minor units,
        newest entries first, at most ``limit`` lines."""
        query = (
            select(
                journal_entries.c.entry_date,
                journal_entries.c.source_number,
                journal_lines.c.account_code,
                journal_entries.c.memo,
                journal_lines.c.side,
                journal_lines.c.amount_minor,
            )
            .join(journal_entries, journal_entries.c.id == journal_lines.c.entry_id)
            .order_by(
                journal_entries.c.entry_date.desc(),
                journal_entries.c.source_number.desc(),
                journal_lines.c.position,
            )
            .limit(limit)
        )
        if start is not None:
            query = query.where(journal_entries.c.entry_date >= start.isoformat())
        if end is not None:
            query = query.where(journal_entries.c.entry_date <= end.isoformat())
        return [
            (
                r[0],
                r[1],
                r[2],
                r[3],
                r[5] if r[4] == "debit" else 0,
                r[5] if r[4] == "credit" else 0,
            )
            for r in self.conn.execute(query)
        ]

    def entries(self, start: date | None, end: date | None) -> Iterator[JournalEntry]:
        query = select(journal_entries).order_by(journal_entries.c.entry_date, journal_entries.c.id)
        if start is not None:
            query = query.where(journal_entries.c.entry_date >= start.isoformat())
        if end is not None:
            query = query.where(journal_entries.c.entry_date <= end.isoformat())
        heads = self.conn.execute(query).mappings().all()
        if not heads:
            return
        ids = [h["id"] for h in heads]
        lines_by_entry: dict[UUID, list[JournalLine]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            for ln in self.conn.execute(
                select(journal_lines)
                .where(journal_lines.c.entry_id.in_(chunk))
                .order_by(journal_lines.c.position)
            ).mappings():
                lines_by_entry[ln["entry_id"]].append(
                    JournalLine(
                        account=ln["account_code"],
                        side=Side(ln["side"]),
                        amount=Money.from_minor(ln["amount_minor"], ln["currency"]),
                        txn_amount=Money.from_minor(ln["txn_amount_minor"], ln["txn_currency"]),
                        rate=ln["rate"],
                        role=AccountRole(ln["role"]) if ln["role"] else None,
                        branch_id=None,
                        partner_id=ln["partner_id"],
                        vat_rate=ln["vat_rate"],
                        memo=ln["memo"],
                    )
                )
        for h in heads:
            yield JournalEntry(
                id=h["id"],
                on=date.fromisoformat(h["entry_date"]),
                journal=Journal(h["journal"]),
                source_type=h["source_type"],
                source_id=h["source_id"],
                source_number=h["source_number"],
                branch_id=h["branch_id"],
                lines=tuple(lines_by_entry[h["id"]]),
                memo=h["memo"],
                reversal_of=h["reversal_of"],
            )
