"""In-memory fakes of the storage ports, for use-case tests that need no SQL.

A :class:`FakeStore` holds a :class:`FakeReplica` of plain dicts and lists; each repository
below implements its Protocol of ``erp_desktop.app.ports`` over it (mypy checks this file
against them, see ``_conforms``). A transaction works on a deep copy that replaces the
replica only when the block ends without an error, so a refused use case leaves nothing
behind, as it does over SQLite. What only SQLite can say (triggers, the server's payload
rules applied by a pull) stays tested over SQLite.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.changes import Changes
from erp_desktop.app.ports import ReadView, Store, UnitOfWork
from erp_desktop.app.records import (
    BranchInfo,
    CompanyInfo,
    CustomerInfo,
    LowStockAlert,
    ProductInfo,
    PurchaseHistory,
    RegisterInfo,
    SaleActivity,
    SessionInfo,
    SessionSummary,
    StockPosition,
    StockRow,
    UserInfo,
)
from erp_desktop.kernel.crm.customers import FIELDS
from erp_desktop.kernel.documents import SaleDocument, StockDocument
from erp_desktop.kernel.errors import ConflictError, NotFound
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, TicketFigures
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.quantity import to_milli
from erp_desktop.kernel.sales.refunds import LineFigures

_STOCK_PREFIX = {
    "goods_receipt": "GR",
    "adjustment": "ADJ",
    "transfer_out": "TO",
    "transfer_in": "TI",
    "count": "INV",
}


def _not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


@dataclass
class HeldTicket:
    register_id: UUID
    label: str
    cart: dict[str, Any]
    held_by: UUID
    held_at: datetime
    recalled_at: datetime | None = None


@dataclass
class FakeReplica:
    """The replica's rows, as the repositories see them."""

    company: CompanyInfo
    local_branch_id: UUID
    branches: dict[UUID, BranchInfo] = field(default_factory=dict)
    warehouses: dict[UUID, UUID] = field(default_factory=dict)  # branch -> its default
    registers: dict[UUID, RegisterInfo] = field(default_factory=dict)
    users: dict[UUID, UserInfo] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    products: dict[UUID, ProductInfo] = field(default_factory=dict)
    scale_codes: dict[str, UUID] = field(default_factory=dict)
    rates: list[tuple[str, str, date, Decimal]] = field(default_factory=list)
    customers: dict[UUID, CustomerInfo] = field(default_factory=dict)
    levels: dict[tuple[UUID, UUID], StockPosition] = field(default_factory=dict)
    movements: list[StockMovement] = field(default_factory=list)
    stock_documents: dict[UUID, StockDocument] = field(default_factory=dict)
    sessions: dict[UUID, SessionInfo] = field(default_factory=dict)
    held: dict[UUID, HeldTicket] = field(default_factory=dict)
    series: dict[str, tuple[int, str]] = field(default_factory=dict)
    sales: dict[UUID, SaleDocument] = field(default_factory=dict)
    global_invoices: dict[UUID, GlobalInvoice] = field(default_factory=dict)
    closed_periods: set[str] = field(default_factory=set)
    closed_at_head_office: set[str] = field(default_factory=set)
    entries: list[JournalEntry] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[LowStockAlert] = field(default_factory=list)
    histories: dict[UUID, tuple[PurchaseHistory, UUID]] = field(default_factory=dict)


class FakeOrg:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def company(self) -> CompanyInfo:
        return self.db.company

    def local_branch(self) -> BranchInfo:
        return self.branch(self.db.local_branch_id)

    def branch(self, branch_id: UUID) -> BranchInfo:
        if branch_id not in self.db.branches:
            raise _not_found("branch", branch_id)
        return self.db.branches[branch_id]

    def branches(self) -> list[BranchInfo]:
        return sorted(self.db.branches.values(), key=lambda b: b.code)

    def register(self, register_id: UUID) -> RegisterInfo:
        if register_id not in self.db.registers:
            raise _not_found("register", register_id)
        return self.db.registers[register_id]

    def default_warehouse(self, branch_id: UUID) -> UUID:
        if branch_id not in self.db.warehouses:
            raise _not_found("warehouse", branch_id)
        return self.db.warehouses[branch_id]

    def registers_of(self, branch_id: UUID) -> list[RegisterInfo]:
        found = [r for r in self.db.registers.values() if r.branch_id == branch_id]
        return sorted(found, key=lambda r: r.code)

    def user_by_username(self, username: str) -> UserInfo | None:
        return next((u for u in self.db.users.values() if u.username == username), None)

    def users_with_pin(self) -> list[UserInfo]:
        return [u for u in self.db.users.values() if u.pin_hash and u.active]

    def user(self, user_id: UUID) -> UserInfo:
        if user_id not in self.db.users:
            raise _not_found("user", user_id)
        return self.db.users[user_id]

    def setting(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self.db.settings.get(key, default))

    def record_login(
        self, user_id: UUID, failed_attempts: int, locked_until: datetime | None
    ) -> None:
        user = self.user(user_id)
        self.db.users[user_id] = replace(
            user, failed_attempts=failed_attempts, locked_until=locked_until
        )

    def set_setting(self, key: str, value: Any, now: datetime) -> None:
        self.db.settings[key] = copy.deepcopy(value)


class FakeCatalog:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def product(self, product_id: UUID) -> ProductInfo:
        if product_id not in self.db.products:
            raise _not_found("product", product_id)
        return self.db.products[product_id]

    def product_by_barcode(self, barcode: str) -> ProductInfo | None:
        by_code = (p for p in self.db.products.values() if barcode in p.barcodes)
        by_sku = (p for p in self.db.products.values() if p.sku == barcode)
        return next(by_code, None) or next(by_sku, None)

    def product_by_scale_code(self, item_code: str) -> ProductInfo | None:
        found = self.db.scale_codes.get(item_code)
        return self.db.products[found] if found else None

    def search_products(self, text: str, limit: int) -> list[UUID]:
        needle = text.strip().casefold()
        found = [
            p
            for p in self.db.products.values()
            if needle in p.name.casefold() or needle in p.name_ar or needle in p.sku.casefold()
        ]
        return [p.id for p in sorted(found, key=lambda p: p.sku)][:limit]

    def products(self, ids: Sequence[UUID]) -> list[ProductInfo]:
        return [self.db.products[i] for i in ids if i in self.db.products]

    def exchange_rate(self, source: str, target: str, on: date) -> Decimal | None:
        known = [(d, r) for s, t, d, r in self.db.rates if (s, t) == (source, target) and d <= on]
        return max(known)[1] if known else None

    def products_by_sku(self, limit: int) -> list[ProductInfo]:
        return sorted(self.db.products.values(), key=lambda p: p.sku)[:limit]

    def product_by_sku(self, sku: str) -> ProductInfo | None:
        return next((p for p in self.db.products.values() if p.sku == sku), None)

    def save_product(self, product: ProductInfo, now: datetime) -> None:
        self.db.products[product.id] = product


class FakeCustomers:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def customer(self, customer_id: UUID) -> CustomerInfo:
        if customer_id not in self.db.customers:
            raise _not_found("customer", customer_id)
        return self.db.customers[customer_id]

    def find_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        needle = text.strip().casefold()
        digits = "".join(ch for ch in text if ch.isdigit())
        found = [
            c
            for c in self.db.customers.values()
            if needle in c.name.casefold()
            or needle in c.name_ar
            or (digits and digits in c.phone.replace(" ", ""))
        ]
        return sorted(found, key=lambda c: c.name)[:limit]

    def save_customer(self, customer: CustomerInfo, now: datetime) -> None:
        kept = self.db.customers.get(customer.id)
        self.db.customers[customer.id] = (
            replace(customer, store_credit_minor=kept.store_credit_minor, currency=kept.currency)
            if kept
            else customer
        )

    def change_store_credit(self, customer_id: UUID, delta_minor: int, now: datetime) -> int:
        current = self.customer(customer_id)
        balance = current.store_credit_minor + delta_minor
        self.db.customers[customer_id] = replace(current, store_credit_minor=balance)
        return balance

    def purchase_history(self, customer_id: UUID) -> PurchaseHistory | None:
        kept = self.db.histories.get(customer_id)
        return kept[0] if kept else None

    def add_purchase(
        self,
        customer_id: UUID,
        sale_id: UUID,
        total_minor: int,
        currency: str,
        at: datetime,
        now: datetime,
    ) -> bool:
        kept = self.db.histories.get(customer_id)
        if kept is None:
            first = PurchaseHistory(customer_id, 1, total_minor, currency, at, at)
            self.db.histories[customer_id] = (first, sale_id)
            return True
        history, last_sale = kept
        if last_sale == sale_id:
            return False
        more = PurchaseHistory(
            customer_id,
            history.purchases + 1,
            history.spent_minor + total_minor,
            currency,
            min(history.first_purchase_at, at),
            max(history.last_purchase_at, at),
        )
        self.db.histories[customer_id] = (more, sale_id)
        return True


class FakeStock:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def stock_position(self, warehouse_id: UUID, product_id: UUID) -> StockPosition:
        return self.db.levels.get((warehouse_id, product_id), StockPosition(Decimal(0), Decimal(0)))

    def record_movement(
        self,
        movement: StockMovement,
        branch_id: UUID,
        actor_id: UUID | None,
        position: StockPosition,
        now: datetime,
    ) -> None:
        self.db.movements.append(movement)
        self.db.levels[(movement.warehouse_id, movement.product_id)] = position

    def movements_of(self, product_id: UUID, limit: int) -> list[StockMovement]:
        mine = [m for m in self.db.movements if m.product_id == product_id]
        return sorted(mine, key=lambda m: m.occurred_at, reverse=True)[:limit]

    def product_count(self) -> int:
        return len(self.db.products)

    def _row(self, warehouse_id: UUID, p: ProductInfo) -> StockRow:
        quantity = self.stock_position(warehouse_id, p.id).quantity
        return StockRow(
            p.id, p.sku, p.name, p.name_ar, p.unit, p.price_minor, p.currency, quantity,
            p.reorder_point,
        )  # fmt: skip

    def stock_rows(self, warehouse_id: UUID, offset: int, limit: int) -> list[StockRow]:
        ordered = sorted(self.db.products.values(), key=lambda p: p.sku)
        return [self._row(warehouse_id, p) for p in ordered[offset : offset + limit]]

    def stock_rows_of(self, warehouse_id: UUID, ids: Sequence[UUID]) -> list[StockRow]:
        return [self._row(warehouse_id, self.db.products[i]) for i in ids if i in self.db.products]

    def low_stock(self, warehouse_id: UUID, limit: int) -> list[StockRow]:
        rows = [r for r in self.stock_rows(warehouse_id, 0, len(self.db.products)) if r.low]
        return sorted(rows, key=lambda r: r.quantity - r.reorder_point)[:limit]

    def transfers_in_transit_to(self, branch_id: UUID) -> list[StockDocument]:
        found = [
            d
            for d in self.db.stock_documents.values()
            if d.kind == "transfer_out"
            and d.status == "in_transit"
            and d.counterpart_branch_id == branch_id
        ]
        return sorted(found, key=lambda d: d.issued_at)

    def insert_stock_document(
        self, doc: StockDocument, actor_id: UUID | None, now: datetime
    ) -> None:
        if doc.id in self.db.stock_documents:
            raise ConflictError("storage.integrity", detail=f"stock document {doc.id}")
        self.db.stock_documents[doc.id] = doc

    def stock_document(self, document_id: UUID) -> StockDocument:
        if document_id not in self.db.stock_documents:
            raise _not_found("stock_document", document_id)
        return self.db.stock_documents[document_id]

    def set_stock_document_status(self, document_id: UUID, status: str, now: datetime) -> None:
        if document_id in self.db.stock_documents:
            doc = self.db.stock_documents[document_id]
            self.db.stock_documents[document_id] = replace(doc, status=status)

    def next_stock_number(self, kind: str, branch_code: str, year: int) -> str:
        start = f"{branch_code}-{_STOCK_PREFIX[kind]}-{year}-"
        count = sum(d.number.startswith(start) for d in self.db.stock_documents.values())
        return f"{start}{count + 1:06d}"

    def record_low_stock(
        self,
        product_id: UUID,
        warehouse_id: UUID,
        level: Decimal,
        reorder_point: Decimal,
        at: datetime,
    ) -> UUID:
        product = self.db.products[product_id]
        alert = LowStockAlert(
            new_id(), product_id, product.sku, product.name, product.name_ar, warehouse_id,
            level, reorder_point, at,
        )  # fmt: skip
        self.db.alerts.append(alert)
        return alert.id

    def low_stock_alerts(
        self, warehouse_id: UUID, since: datetime, limit: int
    ) -> list[LowStockAlert]:
        mine = [
            a for a in self.db.alerts if a.warehouse_id == warehouse_id and a.raised_at >= since
        ]
        return sorted(mine, key=lambda a: (a.raised_at, a.sku), reverse=True)[:limit]


class FakeTill:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def current_session(self, register_id: UUID) -> SessionInfo | None:
        open_ = (
            s
            for s in self.db.sessions.values()
            if s.register_id == register_id and s.status == "open"
        )
        return next(open_, None)

    def session(self, session_id: UUID) -> SessionInfo:
        if session_id not in self.db.sessions:
            raise _not_found("cash_session", session_id)
        return self.db.sessions[session_id]

    def last_z_number(self, register_id: UUID) -> int:
        numbers = [
            s.z_number or 0 for s in self.db.sessions.values() if s.register_id == register_id
        ]
        return max(numbers, default=0)

    def sessions_since(self, start: datetime) -> list[SessionSummary]:
        found = [s for s in self.db.sessions.values() if s.opened_at >= start or s.status == "open"]
        return [
            SessionSummary(
                self.db.registers[s.register_id].code,
                self.db.users[s.opened_by].username,
                s.status,
                s.opened_at,
                s.closed_at,
                s.expected_cash_minor,
                s.counted_cash_minor,
            )
            for s in sorted(found, key=lambda s: s.opened_at, reverse=True)
        ]

    def held_tickets(self, register_id: UUID) -> list[tuple[UUID, str]]:
        waiting = [
            (t.held_at, i, t.label)
            for i, t in self.db.held.items()
            if t.register_id == register_id and t.recalled_at is None
        ]
        return [(i, label) for _, i, label in sorted(waiting, key=lambda w: w[0])]

    def open_session(self, session: SessionInfo, now: datetime) -> None:
        self.db.sessions[session.id] = replace(session, status="open")

    def close_session(
        self,
        session_id: UUID,
        closed_by: UUID,
        expected_minor: int,
        counted_minor: int,
        denominations: dict[str, int],
        z_number: int,
        z_report: dict[str, Any],
        now: datetime,
    ) -> None:
        self.db.sessions[session_id] = replace(
            self.session(session_id),
            status="closed",
            closed_at=now,
            expected_cash_minor=expected_minor,
            counted_cash_minor=counted_minor,
            z_number=z_number,
            z_report=z_report,
        )

    def hold_ticket(
        self,
        ticket_id: UUID,
        register_id: UUID,
        label: str,
        cart: dict[str, Any],
        user_id: UUID,
        now: datetime,
    ) -> None:
        self.db.held[ticket_id] = HeldTicket(register_id, label, copy.deepcopy(cart), user_id, now)

    def recall_ticket(self, ticket_id: UUID, now: datetime) -> dict[str, Any]:
        ticket = self.db.held.get(ticket_id)
        if ticket is None or ticket.recalled_at is not None:
            raise NotFound("sales.held_ticket_not_found", ticket=str(ticket_id))
        ticket.recalled_at = now
        return copy.deepcopy(ticket.cart)


class FakeSales:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def _with_returns(self, sale: SaleDocument) -> SaleDocument:
        """The sale with what its credit notes took back of each line, as SQLite sums it."""
        back = [
            ln
            for credit in self.db.sales.values()
            if credit.original_id == sale.id
            for ln in credit.lines
        ]

        def taken(line_id: UUID) -> dict[str, Any]:
            mine = [ln for ln in back if ln.returned_line_id == line_id]
            return {
                "returned": sum((ln.quantity for ln in mine), Decimal(0)),
                "refunded": LineFigures(
                    sum(ln.base.to_minor() for ln in mine),
                    sum(ln.vat.to_minor() for ln in mine),
                    sum(ln.discount.to_minor() for ln in mine),
                ),
            }

        return replace(sale, lines=tuple(replace(ln, **taken(ln.id)) for ln in sale.lines))

    def session_sales(self, session_id: UUID) -> list[SaleDocument]:
        mine = [s for s in self.db.sales.values() if s.session_id == session_id]
        return [self._with_returns(s) for s in sorted(mine, key=lambda s: s.sequence)]

    def sale(self, sale_id: UUID) -> SaleDocument:
        if sale_id not in self.db.sales:
            raise _not_found("sale", sale_id)
        return self._with_returns(self.db.sales[sale_id])

    def sale_by_number(self, number: str) -> SaleDocument | None:
        found = next((s for s in self.db.sales.values() if s.number == number), None)
        return self._with_returns(found) if found else None

    def sales_of_series(self, series: str) -> list[SaleDocument]:
        return self.sales_after(series, 0, len(self.db.sales))

    def sales_after(self, series: str, sequence: int, limit: int) -> list[SaleDocument]:
        after = [
            s
            for s in self.db.sales.values()
            if (s.series, s.sequence) > (series, sequence) and (not series or s.series == series)
        ]
        ordered = sorted(after, key=lambda s: (s.series, s.sequence))[:limit]
        return [self._with_returns(s) for s in ordered]

    def sales_activity(self, start: datetime, end: datetime) -> list[SaleActivity]:
        found = [
            s for s in self.db.sales.values() if start <= s.issued_at < end and s.status == "final"
        ]
        activity = []
        for s in sorted(found, key=lambda s: s.issued_at):
            payments = [(p.tender, int(p.amount.to_minor() * p.rate)) for p in s.payments]
            if s.change:
                payments.append(("cash", -s.change.to_minor()))
            cashier = self.db.users[s.cashier_id].username
            activity.append(
                SaleActivity(s.issued_at, s.kind, s.total.to_minor(), cashier, tuple(payments))
            )
        return activity

    def series_state(
        self, register_id: UUID, series: str, genesis_hash: str, now: datetime
    ) -> tuple[int, str]:
        return self.db.series.setdefault(series, (0, genesis_hash))

    def advance_series(self, series: str, sequence: int, last_hash: str, now: datetime) -> None:
        if self.db.series.get(series, (None,))[0] != sequence - 1:
            raise RuntimeError(f"number series {series} moved under us")
        self.db.series[series] = (sequence, last_hash)

    def insert_sale(self, sale: SaleDocument, now: datetime) -> None:
        if sale.id in self.db.sales or any(s.number == sale.number for s in self.db.sales.values()):
            raise ConflictError("storage.integrity", detail=f"sale {sale.number}")
        self.db.sales[sale.id] = sale


class FakeInvoicing:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def day_tickets(self, branch_id: UUID, start: datetime, end: datetime) -> list[TicketFigures]:
        tickets = []
        for s in sorted(self.db.sales.values(), key=lambda s: s.number):
            if not (
                s.branch_id == branch_id
                and start <= s.issued_at < end
                and s.status == "final"
                and s.kind in ("receipt", "credit_note")
            ):
                continue
            by_rate: dict[Decimal, tuple[int, int]] = {}
            for ln in s.lines:
                base, vat = by_rate.get(ln.vat_rate, (0, 0))
                by_rate[ln.vat_rate] = (base + ln.base.to_minor(), vat + ln.vat.to_minor())
            figures = tuple((rate, base, vat) for rate, (base, vat) in by_rate.items())
            tickets.append(TicketFigures(s.number, s.kind, s.currency, figures))
        return tickets

    def global_invoice_of_day(self, branch_id: UUID, day: date) -> GlobalInvoice | None:
        found = (
            i for i in self.db.global_invoices.values() if i.branch_id == branch_id and i.day == day
        )
        return next(found, None)

    def global_invoice(self, invoice_id: UUID) -> GlobalInvoice | None:
        return self.db.global_invoices.get(invoice_id)

    def last_global_invoice(self, series: str) -> tuple[int, str] | None:
        chain = self.global_invoices_of_series(series)
        return (chain[-1].sequence, chain[-1].hash) if chain else None

    def global_invoices_of_series(self, series: str) -> list[GlobalInvoice]:
        chain = [i for i in self.db.global_invoices.values() if i.series == series]
        return sorted(chain, key=lambda i: i.sequence)

    def insert_global_invoice(self, invoice: GlobalInvoice, now: datetime) -> None:
        if invoice.id in self.db.global_invoices:
            raise ConflictError("storage.integrity", detail=f"global invoice {invoice.id}")
        self.db.global_invoices[invoice.id] = invoice


class FakeLedger:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def period_closed(self, on: date) -> bool:
        return f"{on.year}-{on.month:02d}" in self.db.closed_periods

    def month_closes(self) -> dict[str, bool]:
        return {code: code in self.db.closed_at_head_office for code in self.db.closed_periods}

    def close_period(
        self, code: str, start: date, end: date, now: datetime, at_head_office: bool = False
    ) -> None:
        self.db.closed_periods.add(code)
        if at_head_office:
            self.db.closed_at_head_office.add(code)

    def insert_entry(self, entry: JournalEntry, now: datetime) -> None:
        if any(e.id == entry.id for e in self.db.entries):
            raise ConflictError(
                "ledger.already_posted", source=entry.source_number or str(entry.source_id)
            )
        if not entry.is_balanced():
            raise ConflictError(
                "ledger.unbalanced",
                source=str(entry.source_id),
                debit=str(entry.total_debit()),
                credit=str(entry.total_credit()),
            )
        self.db.entries.append(entry)

    def entries(self, start: date | None, end: date | None) -> Iterator[JournalEntry]:
        kept = [
            e
            for e in self.db.entries
            if (start is None or e.on >= start) and (end is None or e.on <= end)
        ]
        yield from sorted(kept, key=lambda e: (e.on, e.id))

    def journal_lines(
        self, start: date | None, end: date | None, limit: int
    ) -> list[tuple[str, str, str, str, int, int]]:
        newest = sorted(self.entries(start, end), key=lambda e: (e.on, e.source_number))[::-1]
        return [
            (
                e.on.isoformat(),
                e.source_number,
                ln.account,
                e.memo,
                ln.debit.to_minor(),
                ln.credit.to_minor(),
            )
            for e in newest
            for ln in e.lines
        ][:limit]

    def _totals(self, key: Any, start: date | None, end: date | None) -> dict[Any, tuple[int, int]]:
        totals: dict[Any, tuple[int, int]] = {}
        for e in self.entries(start, end):
            for ln in e.lines:
                debit, credit = totals.get(key(ln), (0, 0))
                totals[key(ln)] = (debit + ln.debit.to_minor(), credit + ln.credit.to_minor())
        return totals

    def account_totals(self, start: date | None, end: date | None) -> dict[str, tuple[int, int]]:
        return self._totals(lambda ln: ln.account, start, end)

    def role_rate_totals(
        self, start: date | None, end: date | None
    ) -> dict[tuple[str | None, Decimal | None], tuple[int, int]]:
        return self._totals(
            lambda ln: (str(ln.role) if ln.role else None, ln.vat_rate or None), start, end
        )


class FakeOutbox:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def _where(self, state: str) -> list[dict[str, Any]]:
        return [copy.deepcopy(c) for c in self.db.outbox if c["state"] == state]

    def pending_count(self) -> int:
        return len(self._where("pending"))

    def pending(self, limit: int) -> list[dict[str, Any]]:
        return self._where("pending")[:limit]

    def rejected(self) -> list[dict[str, Any]]:
        return self._where("rejected")

    def queued(self, entity: str, entity_id: UUID) -> bool:
        return any((c["entity"], c["entity_id"]) == (entity, entity_id) for c in self.db.outbox)

    def queue_change(
        self,
        entity: str,
        entity_id: UUID,
        payload: dict[str, Any],
        hlc: str,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        self.db.outbox.append(
            {
                "id": new_id(),
                "seq": len(self.db.outbox) + 1,
                "entity": entity,
                "operation": "insert",
                "entity_id": entity_id,
                "payload": copy.deepcopy(payload),
                "hlc": hlc,
                "actor_id": actor_id,
                "state": "pending",
                "attempts": 0,
                "error_code": None,
                "error_params": None,
                "created_at": now,
                "updated_at": now,
            }
        )

    def _set(self, change_ids: list[UUID], was: str | None, **values: Any) -> int:
        moved = 0
        for change in self.db.outbox:
            if change["id"] in change_ids and (was is None or change["state"] == was):
                change.update(values)
                moved += 1
        return moved

    def mark_sent(self, change_ids: list[UUID], now: datetime) -> None:
        for change in self.db.outbox:
            if change["id"] in change_ids:
                change.update(state="sent", attempts=change["attempts"] + 1, updated_at=now)

    def mark_rejected(
        self, change_id: UUID, code: str, params: dict[str, Any], now: datetime
    ) -> None:
        self._set([change_id], None, state="rejected", error_code=code, error_params=params)

    def retry(self, change_ids: list[UUID], now: datetime) -> None:
        self._set(change_ids, "rejected", state="pending", error_code=None, error_params=None)

    def requeue(self, product_ids: list[str], series: list[str], now: datetime) -> int:
        lacking = [
            c["id"]
            for c in self.db.outbox
            if (c["entity"] == "stock_movement" and c["payload"].get("product_id") in product_ids)
            or (
                c["entity"] == "sale"
                and any(str(c["payload"].get("number", "")).startswith(f"{s}-") for s in series)
            )
        ]
        return self._set(lacking, "sent", state="pending", updated_at=now)


class FakeSync:
    """The convergence reads over the fake's rows. Applying a pulled change needs the
    server's payload rules, which live in ``storage.remote``: pulls are tested over SQLite."""

    HLC_OBSERVED = "hlc_observed"

    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def local_summary(self) -> dict[str, Any]:
        refused = {c["entity_id"] for c in self.db.outbox if c["state"] == "rejected"}
        quantity: dict[str, int] = {}
        for m in self.db.movements:
            if m.id not in refused:
                key = str(m.product_id)
                quantity[key] = quantity.get(key, 0) + to_milli(m.quantity)
        series: dict[str, dict[str, int]] = {}
        for s in self.db.sales.values():
            if s.id not in refused:
                figures = series.setdefault(s.series, {"count": 0, "total_minor": 0})
                figures["count"] += 1
                figures["total_minor"] += s.total.to_minor()
        return {"quantity_by_product": quantity, "series": series}

    def hlc_high_water(self) -> str | None:
        issued = [v for c in self.db.customers.values() for v in c.field_clocks.values()]
        stamps = [s for s in [*issued, self.db.settings.get(self.HLC_OBSERVED)] if s]
        return max(stamps) if stamps else None

    def customer_values(self) -> list[tuple[UUID, dict[str, Any]]]:
        return [(c.id, {f: getattr(c, f) for f in FIELDS}) for c in self.db.customers.values()]

    def customers_waiting(self) -> set[UUID]:
        return {
            c["entity_id"]
            for c in self.db.outbox
            if c["entity"] == "customer" and c["state"] == "pending"
        }

    def levels_unlike_movements(self) -> list[tuple[str, int, int]]:
        moved: dict[tuple[UUID, UUID], int] = {}
        for m in self.db.movements:
            key = (m.warehouse_id, m.product_id)
            moved[key] = moved.get(key, 0) + int(m.quantity * 1000)
        levels = {k: int(p.quantity * 1000) for k, p in self.db.levels.items()}
        return [
            (str(k[1]), levels.get(k, 0), moved.get(k, 0))
            for k in {*moved, *levels}
            if levels.get(k, 0) != moved.get(k, 0)
        ]

    def apply_remote(self, entity: str, payload: dict[str, Any], now: datetime) -> Changes:
        raise NotImplementedError("the fakes do not apply pulled changes: test pulls over SQLite")

    def record_observed_hlc(self, stamp: str, now: datetime) -> None:
        self.db.settings[self.HLC_OBSERVED] = stamp

    def take_server_customer(self, row: dict[str, Any], now: datetime) -> None:
        customer_id = UUID(row["id"])
        kept = self.db.customers.get(customer_id)
        values = {f: row.get(f) or "" for f in FIELDS}
        self.db.customers[customer_id] = CustomerInfo(
            customer_id,
            **values,
            store_credit_minor=kept.store_credit_minor if kept else 0,
            currency=kept.currency if kept else self.db.company.currency,
            field_clocks=dict(row["field_clocks"]),
        )

    def requeue_customers(self, customer_ids: list[UUID], now: datetime) -> int:
        moved = 0
        for c in self.db.outbox:
            if (
                c["entity"] == "customer"
                and c["state"] == "sent"
                and c["entity_id"] in customer_ids
            ):
                c.update(state="pending", updated_at=now)
                moved += 1
        return moved


class FakeUnitOfWork:
    def __init__(self, db: FakeReplica) -> None:
        self.org = FakeOrg(db)
        self.catalog = FakeCatalog(db)
        self.customers = FakeCustomers(db)
        self.stock = FakeStock(db)
        self.till = FakeTill(db)
        self.sales = FakeSales(db)
        self.invoicing = FakeInvoicing(db)
        self.ledger = FakeLedger(db)
        self.outbox = FakeOutbox(db)
        self.sync = FakeSync(db)


class FakeStore:
    """Counts its transactions and reads, so a test can say a refusal opened neither."""

    def __init__(self, replica: FakeReplica) -> None:
        self.replica = replica
        self.transactions = 0
        self.reads = 0

    @contextmanager
    def transaction(self, actor_id: UUID | None) -> Iterator[FakeUnitOfWork]:
        self.transactions += 1
        working = copy.deepcopy(self.replica)
        yield FakeUnitOfWork(working)
        self.replica = working  # only reached when the block did not raise

    @contextmanager
    def read(self) -> Iterator[FakeUnitOfWork]:
        self.reads += 1
        yield FakeUnitOfWork(copy.deepcopy(self.replica))


def _conforms(store: FakeStore, uow: FakeUnitOfWork) -> tuple[Store, UnitOfWork, ReadView]:
    """Never called: mypy refuses this file if a fake drifts from its Protocol."""
    return store, uow, uow
