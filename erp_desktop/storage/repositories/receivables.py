"""Customers' payments, refunds and instrument events; open items, aged balance, statement.

Payments are written and read through their declared fields (storage/tables/receivables.py).
What is open is derived, never stored: an invoice's total less its credit notes and the
allocations of its payments whose cheque or traite did not bounce. The aged balance is one
SQL statement over the invoices' due lines (a window sums each invoice's instalments in
order, so what was settled takes the earliest first, as kernel.invoicing.receivables says),
fast enough over 100,000 open items (benchmarks/bench_aged_receivables.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import func, literal_column, select, text

from erp_desktop.app.records import AgedRow, HeldInstrument, OverdueItem, StatementRow
from erp_desktop.kernel.calendar import business_date, zone_of
from erp_desktop.kernel.documents.business import Allocation, CustomerPayment, InstrumentEvent
from erp_desktop.kernel.documents.business_posting import (
    INSTRUMENT_BOUNCED,
    INSTRUMENT_CLEARED,
    INSTRUMENT_DEPOSITED,
)
from erp_desktop.kernel.invoicing.receivables import OpenItem
from erp_desktop.kernel.money import Money
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.base import UtcDateTime
from erp_desktop.storage.tables.declared import row_of, value_of
from erp_desktop.storage.tables.receivables import (
    customer_payments,
    instrument_events,
    payment_allocations,
)

_STAMP = UtcDateTime()
_FAR = "9999-12-31"  # a stamp after every document (the returns a due line is net of)


def _at(moment: datetime) -> str:
    stamped_ = _STAMP.process_bind_param(moment, None)  # type: ignore[arg-type]
    assert stamped_ is not None
    return stamped_


# What is on account: the final invoices on account, and the till tickets that left part or
# all of their total on a customer's account (their ``on_account`` payments, one per due
# date, the date in their reference). A ticket turned into an invoice is the ticket's item.
_ON_ACCOUNT = """
    SELECT d.id, d.customer_id, d.currency, d.total_minor, d.issued_at, d.number, d.rate
    FROM business_documents d
    WHERE d.kind = 'customer_invoice' AND d.status = 'final' AND d.ticket_id IS NULL
    UNION ALL
    SELECT s.id, s.customer_id, s.currency,
           SUM(p.amount_minor) - COALESCE((SELECT SUM(r.amount_minor) FROM sales_documents c
               JOIN sales_payments r ON r.document_id = c.id WHERE c.original_id = s.id
               AND c.kind = 'credit_note' AND r.tender = 'on_account'
               AND r.reference != 'credit' AND c.issued_at < :until), 0),
           s.issued_at, s.number, s.rate
    FROM sales_documents s JOIN sales_payments p ON p.document_id = s.id
    WHERE p.tender = 'on_account' AND s.customer_id IS NOT NULL AND s.kind != 'credit_note'
    GROUP BY s.id"""
# A return of a ticket on account credits its due dates back (its credit note's
# ``on_account`` payments name the due date; ``credit`` is what it gave beyond the open
# amount, the customer's unallocated credit): the ticket's due lines are net of them.
_TICKET_DUES = """
    SELECT t.document_id, t.reference AS due_on, t.amount_minor - COALESCE((
        SELECT SUM(r.amount_minor) FROM sales_documents c JOIN sales_payments r
        ON r.document_id = c.id WHERE c.original_id = t.document_id
        AND c.kind = 'credit_note' AND r.tender = 'on_account' AND r.reference = t.reference
        AND c.issued_at < :until), 0) AS amount_minor, t.id
    FROM sales_payments t JOIN sales_documents k ON k.id = t.document_id
    WHERE t.tender = 'on_account' AND k.kind != 'credit_note'"""
_DUE_LINES = (
    """
    SELECT document_id, due_on, amount_minor, id FROM business_due_lines
    UNION ALL"""
    + _TICKET_DUES
)

# What each invoice (or ticket on account) still has open, as of :until (a stamp): its total less its credit notes
# and the allocations of payments received by then whose instrument had not bounced by then.
_OPEN = """
WITH credited AS (
    SELECT related_id AS invoice_id, SUM(total_minor) AS minor FROM business_documents
    WHERE kind = 'customer_credit_note' AND status != 'cancelled' AND issued_at < :until
    GROUP BY related_id
), allocated AS (
    SELECT a.invoice_id, SUM(a.amount_minor) AS minor
    FROM payment_allocations a JOIN customer_payments p ON p.id = a.payment_id
    WHERE p.received_at < :until AND NOT EXISTS (
        SELECT 1 FROM instrument_events e
        WHERE e.payment_id = p.id AND e.kind = 'instrument_bounced' AND e.happened_at < :until)
    GROUP BY a.invoice_id
), still_open AS (
    SELECT d.id, d.customer_id, d.currency, d.total_minor, d.number, d.issued_at, d.rate,
           d.total_minor - COALESCE(c.minor, 0) - COALESCE(a.minor, 0) AS open_minor
    FROM ({on_account}) d
    LEFT JOIN credited c ON c.invoice_id = d.id
    LEFT JOIN allocated a ON a.invoice_id = d.id
    WHERE d.issued_at < :until {customer}
)"""

_AGED = (
    _OPEN.format(customer="", on_account=_ON_ACCOUNT)
    + """, due AS (
    SELECT o.customer_id, o.currency, l.due_on,
           MAX(0, MIN(l.amount_minor, SUM(l.amount_minor) OVER (
               PARTITION BY l.document_id ORDER BY l.due_on, l.id ROWS UNBOUNDED PRECEDING)
               - (o.total_minor - o.open_minor))) AS part
    FROM still_open o JOIN ("""
    + _DUE_LINES
    + """) l ON l.document_id = o.id
    WHERE o.open_minor > 0
), aged AS (
    SELECT customer_id, currency, CAST(julianday(:as_of) - julianday(due_on) AS INTEGER) AS days,
           part FROM due WHERE part > 0
)
SELECT a.customer_id, c.name, a.currency,
       SUM(CASE WHEN days <= 0 THEN part ELSE 0 END),
       SUM(CASE WHEN days BETWEEN 1 AND 30 THEN part ELSE 0 END),
       SUM(CASE WHEN days BETWEEN 31 AND 60 THEN part ELSE 0 END),
       SUM(CASE WHEN days BETWEEN 61 AND 90 THEN part ELSE 0 END),
       SUM(CASE WHEN days > 90 THEN part ELSE 0 END), c.name_ar
FROM aged a JOIN customers c ON c.id = a.customer_id
GROUP BY a.customer_id, a.currency
ORDER BY c.name, a.currency
"""
)

# The same figures from the derived open due lines (migration 0013's triggers), when nothing
# is dated after the day asked for: one scan of a covering partial index.
_AGED_NOW = """
SELECT g.customer_id, c.name, g.currency, g.b0, g.b1, g.b2, g.b3, g.b4, c.name_ar FROM (
    SELECT customer_id, currency,
           SUM(CASE WHEN due_on >= :d0 THEN open_minor ELSE 0 END) AS b0,
           SUM(CASE WHEN due_on < :d0 AND due_on >= :d30 THEN open_minor ELSE 0 END) AS b1,
           SUM(CASE WHEN due_on < :d30 AND due_on >= :d60 THEN open_minor ELSE 0 END) AS b2,
           SUM(CASE WHEN due_on < :d60 AND due_on >= :d90 THEN open_minor ELSE 0 END) AS b3,
           SUM(CASE WHEN due_on < :d90 THEN open_minor ELSE 0 END) AS b4
    FROM receivable_dues WHERE open_minor > 0 GROUP BY customer_id, currency
) g JOIN customers c ON c.id = g.customer_id
ORDER BY c.name, g.currency
"""
_LATER = """
SELECT EXISTS (SELECT 1 FROM business_documents WHERE kind = 'customer_invoice'
               AND issued_at >= :until)
    OR EXISTS (SELECT 1 FROM business_documents WHERE kind = 'customer_credit_note'
               AND issued_at >= :until)
    OR EXISTS (SELECT 1 FROM customer_payments WHERE received_at >= :until)
    OR EXISTS (SELECT 1 FROM instrument_events WHERE happened_at >= :until)
    OR EXISTS (SELECT 1 FROM sales_documents s WHERE s.issued_at >= :until AND EXISTS (
               SELECT 1 FROM sales_payments p WHERE p.document_id = s.id
               AND p.tender = 'on_account'))
"""

_OVERDUE = (
    _OPEN.format(customer="", on_account=_ON_ACCOUNT)
    + """, due AS (
    SELECT o.id, o.customer_id, o.currency, l.due_on,
           MAX(0, MIN(l.amount_minor, SUM(l.amount_minor) OVER (
               PARTITION BY l.document_id ORDER BY l.due_on, l.id ROWS UNBOUNDED PRECEDING)
               - (o.total_minor - o.open_minor))) AS part
    FROM still_open o JOIN ("""
    + _DUE_LINES
    + """) l ON l.document_id = o.id
    WHERE o.open_minor > 0
)
SELECT due.customer_id, c.name, due.id, d.number, MIN(due.due_on),
       CAST(julianday(:as_of) - julianday(MIN(due.due_on)) AS INTEGER), SUM(due.part),
       due.currency, c.name_ar
FROM due JOIN customers c ON c.id = due.customer_id JOIN still_open d ON d.id = due.id
WHERE due.part > 0 AND julianday(:as_of) - julianday(due.due_on) >= :min_days
GROUP BY due.id
ORDER BY c.name, 6 DESC, d.number
"""
)

_STATEMENT_DOCUMENTS = """
SELECT d.issued_at, d.kind, d.number, d.currency, d.total_minor,
       (SELECT MIN(l.due_on) FROM business_due_lines l WHERE l.document_id = d.id)
FROM business_documents d
WHERE d.customer_id = :customer AND d.ticket_id IS NULL
  AND d.kind IN ('customer_invoice', 'customer_credit_note') AND d.status = 'final'
  AND d.issued_at >= :start AND d.issued_at < :end
"""
_STATEMENT_TICKETS = """
SELECT s.issued_at, 'ticket_on_account', s.number, s.currency, SUM(p.amount_minor),
       MIN(p.reference)
FROM sales_documents s JOIN sales_payments p ON p.document_id = s.id
WHERE s.customer_id = :customer AND p.tender = 'on_account' AND s.kind != 'credit_note'
  AND s.issued_at >= :start AND s.issued_at < :end
GROUP BY s.id
UNION ALL
SELECT s.issued_at, 'return_on_account', s.number, s.currency, SUM(p.amount_minor), ''
FROM sales_documents s JOIN sales_payments p ON p.document_id = s.id
WHERE s.customer_id = :customer AND p.tender = 'on_account' AND s.kind = 'credit_note'
  AND s.issued_at >= :start AND s.issued_at < :end
GROUP BY s.id
"""
_STATEMENT_PAYMENTS = """
SELECT p.received_at, p.kind, p.number, p.currency, p.amount_minor FROM customer_payments p
WHERE p.customer_id = :customer AND p.received_at >= :start AND p.received_at < :end
  AND p.kind IN ('customer_payment', 'customer_refund')
"""
_STATEMENT_BOUNCES = """
SELECT e.happened_at, e.kind, e.number, p.currency, p.amount_minor
FROM instrument_events e JOIN customer_payments p ON p.id = e.payment_id
WHERE p.customer_id = :customer AND e.kind = 'instrument_bounced'
  AND e.happened_at >= :start AND e.happened_at < :end
"""


def _end_of(country: str, day: date) -> str:
    """The stamp of the midnight that ends the business ``day`` in ``country``."""
    return _at(datetime.combine(day + timedelta(days=1), time(0), zone_of(country)))


class ReceivablesRepository(RepositoryBase):
    # -- payments ---------------------------------------------------------------------

    def insert_payment(self, payment: CustomerPayment, now: datetime) -> None:
        self.conn.execute(customer_payments.insert(), stamped(now, **row_of(payment)))
        if payment.allocations:
            self.conn.execute(
                payment_allocations.insert(),
                [stamped(now, **row_of(a, payment_id=payment.id)) for a in payment.allocations],
            )

    def insert_instrument_event(self, event: InstrumentEvent, now: datetime) -> None:
        self.conn.execute(instrument_events.insert(), stamped(now, **row_of(event)))

    def _payments(self, where: Any) -> list[CustomerPayment]:
        rows = (
            self.conn.execute(
                select(customer_payments)
                .where(where)
                .order_by(customer_payments.c.received_at, customer_payments.c.number)
            )
            .mappings()
            .all()
        )
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        children: dict[UUID, list[Any]] = defaultdict(list)
        for a in (
            self.conn.execute(
                select(payment_allocations)
                .where(payment_allocations.c.payment_id.in_(ids))
                # in the payment's own order: rows are inserted as its allocations come
                .order_by(payment_allocations.c.payment_id, literal_column("rowid"))
            )
            .mappings()
            .all()
        ):
            children[a["payment_id"]].append(a)
        return [
            value_of(
                CustomerPayment,
                r,
                r["currency"],
                allocations=tuple(
                    value_of(Allocation, a, r["currency"]) for a in children[r["id"]]
                ),
            )
            for r in rows
        ]

    def payment(self, payment_id: UUID) -> CustomerPayment | None:
        found = self._payments(customer_payments.c.id == payment_id)
        return found[0] if found else None

    def payments_of_customer(self, customer_id: UUID) -> list[CustomerPayment]:
        return self._payments(customer_payments.c.customer_id == customer_id)

    def instrument_events_of(self, payment_id: UUID) -> list[InstrumentEvent]:
        rows = (
            self.conn.execute(
                select(instrument_events)
                .where(instrument_events.c.payment_id == payment_id)
                .order_by(instrument_events.c.happened_at, instrument_events.c.number)
            )
            .mappings()
            .all()
        )
        return [value_of(InstrumentEvent, r, "") for r in rows]

    def bounced_payments(self, customer_id: UUID) -> list[UUID]:
        return list(
            self.conn.execute(
                select(instrument_events.c.payment_id)
                .join(customer_payments, customer_payments.c.id == instrument_events.c.payment_id)
                .where(
                    customer_payments.c.customer_id == customer_id,
                    instrument_events.c.kind == INSTRUMENT_BOUNCED,
                )
            ).scalars()
        )

    def held_instruments(self) -> list[HeldInstrument]:
        """Cheques and traites in hand or deposited, by due date (the bank's calendar)."""
        rows = self.conn.execute(
            text(
                "SELECT p.id, p.number, p.customer_id, c.name, p.tender, p.bank, "
                "p.instrument_number, p.instrument_due, p.amount_minor, p.currency, "
                "(SELECT COUNT(*) FROM instrument_events e WHERE e.payment_id = p.id "
                " AND e.kind = :deposited) "
                "FROM customer_payments p JOIN customers c ON c.id = p.customer_id "
                "WHERE p.tender IN ('cheque', 'traite') AND p.kind = 'customer_payment' "
                "AND NOT EXISTS (SELECT 1 FROM instrument_events e WHERE e.payment_id = p.id "
                " AND e.kind IN (:cleared, :bounced)) "
                "ORDER BY p.instrument_due, p.number"
            ),
            {
                "deposited": INSTRUMENT_DEPOSITED,
                "cleared": INSTRUMENT_CLEARED,
                "bounced": INSTRUMENT_BOUNCED,
            },
        ).all()
        return [
            HeldInstrument(
                UUID(r[0]),
                r[1],
                UUID(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                int(r[8]),
                r[9],
                "deposited" if r[10] else "in_hand",
            )
            for r in rows
        ]

    def next_receivables_number(self, prefix: str, branch_code: str, year: int) -> str:
        """The next number of the branch's series of payments (RC), refunds (RF) or
        instrument events (IE): ``ALG01-RC-2026-000001``, gapless within the replica."""
        like = f"{branch_code}-{prefix}-{year}-%"
        table = instrument_events if prefix == "IE" else customer_payments
        count = self.conn.execute(
            select(func.count()).select_from(table).where(table.c.number.like(like))
        ).scalar_one()
        return f"{branch_code}-{prefix}-{year}-{count + 1:06d}"

    # -- open items and the aged balance -------------------------------------------------

    def open_items(self, customer_id: UUID, *, include_settled: bool = False) -> list[OpenItem]:
        until = _at(datetime.now(UTC) + timedelta(days=36500))
        sql = _OPEN.format(customer="AND d.customer_id = :customer", on_account=_ON_ACCOUNT) + (
            " SELECT o.id, o.number, o.issued_at, o.currency, o.rate, o.total_minor, o.open_minor"
            " FROM still_open o"
            " UNION ALL SELECT d.id, d.number, d.issued_at, d.currency, d.rate, d.total_minor,"
            " NULL FROM business_documents d WHERE d.customer_id = :customer"
            " AND d.kind = 'customer_invoice' AND d.status = 'cancelled'"
        )
        rows = self.conn.execute(text(sql), {"until": until, "customer": customer_id.hex}).all()
        if not rows:
            return []
        return [item for _, item in self._items(rows, include_settled)]

    def foreign_open_items(self, as_of: date, company_currency: str) -> list[tuple[UUID, OpenItem]]:
        """(customer, item) of every invoice in another currency than the company's still
        open at the end of ``as_of`` (what a period-end revaluation restates)."""
        sql = _OPEN.format(customer="AND d.currency != :company", on_account=_ON_ACCOUNT) + (
            " SELECT o.id, o.number, o.issued_at, o.currency, o.rate, o.total_minor,"
            " o.open_minor, o.customer_id FROM still_open o WHERE o.open_minor != 0"
        )
        until = _end_of(self._country(), as_of)
        rows = self.conn.execute(text(sql), {"until": until, "company": company_currency}).all()
        return self._items(rows, False)

    def _items(self, rows: Any, include_settled: bool) -> list[tuple[UUID, OpenItem]]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        country = self._country()
        schedules: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for doc, due_on, minor in self._due_lines(ids):
            schedules[doc].append((date.fromisoformat(due_on), int(minor)))
        items = []
        for doc_id, number, issued_at, currency, rate, total, open_minor, *customer in rows:
            issued = business_date(country, _parse(issued_at))
            schedule = tuple((d, Money.from_minor(m, currency)) for d, m in schedules[doc_id])
            cancelled = open_minor is None
            open_ = Money.from_minor(0 if cancelled else int(open_minor), currency)
            if not (include_settled or cancelled or not open_.is_zero()):
                continue
            item = OpenItem(
                UUID(doc_id),
                number,
                issued,
                min((d for d, _ in schedule), default=issued),
                currency,
                Decimal(rate),
                Money.from_minor(int(total), currency),
                open_,
                cancelled,
                schedule,
            )
            items.append((UUID(customer[0]) if customer else UUID(int=0), item))
        return sorted(items, key=lambda ci: (ci[1].due_on, ci[1].issued_on, ci[1].number))

    def _due_lines(self, ids: list[str]) -> list[tuple[str, str, int]]:
        found: list[tuple[str, str, int]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(f":d{i}" for i in range(len(chunk)))
            found.extend(
                (r[0], r[1], int(r[2]))
                for r in self.conn.execute(
                    text(
                        "SELECT document_id, due_on, amount_minor, id FROM business_due_lines "
                        f"WHERE document_id IN ({marks}) UNION ALL SELECT * FROM ("
                        + _TICKET_DUES
                        + f") WHERE document_id IN ({marks}) ORDER BY 2, 4"
                    ),
                    {f"d{i}": v for i, v in enumerate(chunk)} | {"until": _FAR},
                )
            )
        return found

    def _country(self) -> str:
        return str(self.conn.execute(text("SELECT country FROM company")).scalar_one())

    def returned_on_account(self, ticket_id: UUID) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            text(
                "SELECT r.reference, SUM(r.amount_minor) FROM sales_documents c "
                "JOIN sales_payments r ON r.document_id = c.id WHERE c.original_id = :ticket "
                "AND c.kind = 'credit_note' AND r.tender = 'on_account' GROUP BY r.reference"
            ),
            {"ticket": ticket_id.hex},
        ).all()
        return [(r[0], int(r[1])) for r in rows]

    def returned_credit(self, customer_id: UUID, currency: str) -> int:
        return int(
            self.conn.execute(
                text(
                    "SELECT COALESCE(SUM(r.amount_minor), 0) FROM sales_documents c "
                    "JOIN sales_payments r ON r.document_id = c.id WHERE c.customer_id = :c "
                    "AND c.kind = 'credit_note' AND r.tender = 'on_account' "
                    "AND r.reference = 'credit' AND r.currency = :cur"
                ),
                {"c": customer_id.hex, "cur": currency},
            ).scalar_one()
        )

    def allocated_to(self, invoice_id: UUID) -> int:
        return int(
            self.conn.execute(
                text(
                    "SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_allocations a "
                    "WHERE a.invoice_id = :invoice AND NOT EXISTS (SELECT 1 FROM "
                    "instrument_events e WHERE e.payment_id = a.payment_id "
                    "AND e.kind = 'instrument_bounced')"
                ),
                {"invoice": invoice_id.hex},
            ).scalar_one()
        )

    def aged_receivables(self, as_of: date) -> list[AgedRow]:
        until = _end_of(self._country(), as_of)
        if self.conn.execute(text(_LATER), {"until": until}).scalar_one():
            rows = self.conn.execute(
                text(_AGED), {"until": until, "as_of": as_of.isoformat()}
            ).all()
        else:
            rows = self.conn.execute(text(_AGED_NOW), _thresholds(as_of)).all()
        return [
            AgedRow(
                UUID(r[0]),
                r[1],
                r[2],
                (int(r[3]), int(r[4]), int(r[5]), int(r[6]), int(r[7])),
                r[8] or "",
            )
            for r in rows
        ]

    def overdue_items(self, as_of: date, min_days: int = 1) -> list[OverdueItem]:
        args = {"until": _end_of(self._country(), as_of), "as_of": as_of.isoformat()}
        rows = self.conn.execute(text(_OVERDUE), {**args, "min_days": min_days}).all()
        return [
            OverdueItem(
                UUID(r[0]), r[1], UUID(r[2]), r[3], r[4], int(r[5]), int(r[6]), r[7], r[8] or ""
            )
            for r in rows
        ]

    # -- the customer's statement --------------------------------------------------------

    def statement(self, customer_id: UUID, start: datetime, end: datetime) -> list[StatementRow]:
        args = {"customer": customer_id.hex, "start": _at(start), "end": _at(end)}
        out: list[StatementRow] = []
        documents = [
            *self.conn.execute(text(_STATEMENT_DOCUMENTS), args),
            *self.conn.execute(text(_STATEMENT_TICKETS), args),
        ]
        for at, kind, number, currency, minor, due in documents:
            debit = kind in ("customer_invoice", "ticket_on_account")
            out.append(
                StatementRow(
                    _parse(at),
                    kind,
                    number,
                    currency,
                    int(minor) if debit else 0,
                    0 if debit else int(minor),
                    due or "",
                )
            )
        for at, kind, number, currency, minor in self.conn.execute(text(_STATEMENT_PAYMENTS), args):
            refund = kind != "customer_payment"
            out.append(
                StatementRow(
                    _parse(at),
                    kind,
                    number,
                    currency,
                    int(minor) if refund else 0,
                    0 if refund else int(minor),
                )
            )
        for at, kind, number, currency, minor in self.conn.execute(text(_STATEMENT_BOUNCES), args):
            out.append(StatementRow(_parse(at), kind, number, currency, int(minor), 0))
        return sorted(out, key=lambda r: (r.at, r.number))

    def statement_opening(self, customer_id: UUID, start: datetime) -> dict[str, int]:
        epoch = datetime(2000, 1, 1, tzinfo=UTC)
        balance: dict[str, int] = defaultdict(int)
        for row in self.statement(customer_id, epoch, start):
            balance[row.currency] += row.debit_minor - row.credit_minor
        return dict(balance)


def _thresholds(as_of: date) -> dict[str, str]:
    """The first due date of each bucket: due on or after ``d0`` is not yet due, before
    ``d90`` over 90 days late."""
    return {f"d{n}": (as_of - timedelta(days=n)).isoformat() for n in (0, 30, 60, 90)}


def _parse(stamp: str) -> datetime:
    parsed = _STAMP.process_result_value(stamp, None)  # type: ignore[arg-type]
    assert parsed is not None
    return parsed
