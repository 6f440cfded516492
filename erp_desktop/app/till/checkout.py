"""Checkout: the heart of the till, one local transaction, all or nothing.

In one transaction: the totals (kernel.sales), stamp duty and change (settle), a stock
movement per line at weighted average cost, then the sale is finalized like every document
(app.documents.finalize: the register's next gapless number and the hash chain, the sale
with its lines and payments, its journal entry posted from the payload queued for the
server) and (by trigger) the audit rows. If anything fails, nothing of it
is written and the number is not burnt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock_lines, movement_changes
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.loyalty import redeem_in
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.receivables.credit import CreditStanding, check_credit_limit
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.crm.loyalty import Redemption
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing.terms import check_terms, due_schedule, terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.quantity import counted_in
from erp_desktop.kernel.sales import (
    Discount,
    SaleLineInput,
    Settlement,
    Tender,
    TenderKind,
    compute_sale,
    settle,
)
from erp_desktop.kernel.sales.totals import SaleTotals
from erp_desktop.kernel.tax.stamp_duty import StampDocument
from erp_desktop.kernel.tax.vat import PriceMode

DEFAULT_APPROVAL_PERCENT = Decimal(10)


@dataclass(frozen=True, slots=True)
class CartLine:
    product_id: UUID
    quantity: Decimal
    discount: Discount | None = None
    unit_price: Decimal | None = None  # from a price-embedded scale label, or overridden
    price_overridden: bool = False  # a price typed at the till: needs sales.price_override


@dataclass(frozen=True, slots=True)
class CheckoutRequest:
    lines: tuple[CartLine, ...]
    tenders: tuple[Tender, ...]
    document_discount: Discount | None = None
    customer_id: UUID | None = None
    approver: Actor | None = None  # a manager who approved a discount or a price with their PIN
    points: int = 0  # loyalty points the customer spends as a tender (worth what the rule says)
    credit_approver: Actor | None = None  # a manager who passed a blocking credit limit (PIN)


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    sale: SaleDocument
    totals: SaleTotals
    settlement: Settlement
    changes: Changes
    credit: CreditStanding | None = None  # the customer's standing when left on account
    points: Redemption | None = None  # the points spent as a tender


def _with_rates(
    deps: Deps, tx: UnitOfWork, tenders: tuple[Tender, ...], currency: str
) -> tuple[Tender, ...]:
    """Foreign cash without a rate gets the day's rate from the replica."""
    result = []
    for t in tenders:
        if t.amount.currency != currency and t.rate == 1:
            rate = tx.catalog.exchange_rate(
                t.amount.currency, currency, deps.business_date(tx.org.company().country)
            )
            if rate is None:
                raise ValidationError(
                    "money.missing_rate",
                    source=t.amount.currency,
                    target=currency,
                    on=deps.business_date(tx.org.company().country).isoformat(),
                )
            t = Tender(t.kind, t.amount, rate, t.reference)
        result.append(t)
    return tuple(result)


def price_cart(
    deps: Deps,
    tx: ReadView,
    request: CheckoutRequest,
    country: str,
    currency: str,
    today: date,
) -> tuple[SaleTotals, dict[UUID, ProductInfo]]:
    """The totals of a cart exactly as checkout will compute them (prices, VAT, discounts),
    with the cart's products. Each line keeps its product's price mode: a tax-excluded
    article stays tax-excluded next to tax-included ones."""
    products = {p.id: p for p in tx.catalog.products([ln.product_id for ln in request.lines])}
    inputs = []
    for index, line in enumerate(request.lines):
        product = products.get(line.product_id)
        if product is None:
            raise ValidationError("sales.unknown_product", code=str(line.product_id))
        rate = deps.taxes.vat_rate(country, product.tax_class, today).rate
        price = (
            line.unit_price
            if line.unit_price is not None
            else Money.from_minor(product.price_minor, currency).amount
        )
        inputs.append(
            SaleLineInput(
                product.id,
                line.quantity,
                price,
                rate,
                product.name,
                line.discount,
                PriceMode(product.price_mode),
            )
        )
        if line.quantity <= 0:
            raise ValidationError(
                "sales.invalid_line",
                line=index + 1,
                quantity=str(line.quantity),
                price=str(price),
            )
        counted_in(line.quantity, product.unit)  # 1.5 pieces is a typo, not a sale
    limit = Decimal(str(tx.org.setting("discount_approval_percent", DEFAULT_APPROVAL_PERCENT)))
    totals = compute_sale(
        inputs, currency, PriceMode.TAX_INCLUDED, request.document_discount, limit
    )
    return totals, products


def quote(deps: Deps, actor: Actor, request: CheckoutRequest) -> SaleTotals:
    """What the cart costs now, without writing anything: the till shows this total."""
    actor.require(Permission.SALES_CHECKOUT)
    if not request.lines:
        raise ValidationError("sales.empty_document")
    with deps.store.read() as tx:
        company = tx.org.company()
        today = deps.business_date(company.country, deps.now())
        return price_cart(deps, tx, request, company.country, company.currency, today)[0]


def checkout(deps: Deps, actor: Actor, request: CheckoutRequest) -> CheckoutResult:
    actor.require(Permission.SALES_CHECKOUT)
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    if not request.lines:
        raise ValidationError("sales.empty_document")
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        register = tx.org.register(actor.register_id)
        session = tx.till.current_session(register.id)
        if session is None:
            raise ConflictError("sales.no_open_session", register=register.code)
        now = deps.now()
        today = deps.business_date(company.country, now)
        currency = company.currency
        totals, products = price_cart(deps, tx, request, company.country, currency, today)
        approved_by = _price_approval(actor, request)
        if totals.needs_approval:
            if request.approver is None or not request.approver.may(
                Permission.SALES_DISCOUNT_OVERRIDE
            ):
                if not actor.may(Permission.SALES_DISCOUNT_OVERRIDE):
                    raise PermissionDenied(
                        "sales.discount_needs_approval", percent=str(totals.discount_percent)
                    )
                approved_by = actor.user_id
            else:
                approved_by = request.approver.user_id
        sale_id = new_id()
        tenders = _with_rates(deps, tx, request.tenders, currency)
        # The points' value is the programme's, never the screen's: the movement is written
        # with the sale, refused beyond what this replica knows the customer holds.
        tenders = tuple(t for t in tenders if t.kind is not TenderKind.POINTS)
        spent = None
        if request.points:
            if request.customer_id is None:
                raise ValidationError("sales.points_need_customer")
            spent = redeem_in(
                deps,
                tx,
                request.customer_id,
                request.points,
                totals.gross,
                actor.user_id,
                sale_id=sale_id,
            )
            tenders = (Tender(TenderKind.POINTS, spent.value), *tenders)
        step = Money.from_minor(register.cash_step_minor, currency).amount
        settlement = settle(
            totals.gross,
            tenders,
            company.country,
            today,
            step,
            deps.taxes,
            document=StampDocument.TICKET,  # a till ticket: never Tunisia's duty per invoice
        )

        on_account = _on_account(tx, request, tenders, currency, company.country, today)
        standing = on_account.standing if on_account else None
        if standing is not None and standing.approved_by is not None and approved_by is None:
            approved_by = standing.approved_by  # who let the ticket pass the limit
        _use_store_credit(tx, request.customer_id, tenders, currency, now)
        warehouse = tx.org.default_warehouse(register.branch_id)
        lines: list[SaleLine] = []
        cost = Decimal(0)
        movements = move_stock_lines(
            deps,
            tx,
            warehouse_id=warehouse,
            branch_id=register.branch_id,
            lines=[(lt.product_id, -lt.quantity, None) for lt in totals.lines],
            kind=MovementKind.SALE,
            document_type="sale",
            document_id=sale_id,
            actor_id=actor.user_id,
            queue=False,  # queued with the sale, in one insert
        )
        for position, (lt, movement) in enumerate(zip(totals.lines, movements, strict=True), 1):
            cost += movement.unit_cost * lt.quantity
            lines.append(
                SaleLine(
                    id=new_id(),
                    position=position,
                    product_id=lt.product_id,
                    description=products[lt.product_id].name,
                    quantity=lt.quantity,
                    unit_price=lt.unit_price,
                    vat_rate=lt.vat_rate,
                    discount=lt.line_discount + lt.document_discount,
                    base=lt.base,
                    vat=lt.vat,
                    unit_cost=movement.unit_cost,
                )
            )
        draft = SaleDocument(
            id=sale_id,
            kind="receipt",
            number="",
            series="",
            sequence=0,
            status="final",
            register_id=register.id,
            session_id=session.id,
            branch_id=register.branch_id,
            customer_id=request.customer_id,
            issued_at=now,
            currency=currency,
            rate=Decimal(1),
            price_mode=totals.document_mode,
            base=totals.base,
            vat=totals.vat,
            discount=totals.discount,
            stamp_duty=settlement.stamp_duty,
            rounding=settlement.cash_rounding,
            total=settlement.total_due,
            change=settlement.change_due,
            cost=Money.of(cost, currency).amount,
            original_id=None,
            previous_hash="",
            hash="",
            cashier_id=actor.user_id,
            approved_by=approved_by,
            lines=tuple(lines),
            payments=payments_of(
                sale_id,
                (
                    *(
                        (str(t.kind), t.amount, t.rate, t.reference)
                        for t in tenders
                        if t.kind is not TenderKind.ON_ACCOUNT
                    ),
                    *(on_account.payments if on_account else ()),
                ),
            ),
        )
        steps = InTransaction(
            deps, tx, actor.user_id, now, register, queued_before=tuple(movement_changes(movements))
        )
        sale, _entry = finalize(steps, draft, chart_of(tx))
        number = sale.number
    deps.bus.publish(Event("sales.sale_completed", {"sale_id": str(sale_id), "number": number}))
    changes: Changes = frozenset(
        {Changed.SALES, Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX, Changed.CASH_SESSION}
        | ({Changed.CUSTOMERS} if on_account or spent else set())
    )
    return CheckoutResult(sale, totals, settlement, changes, standing, spent)


@dataclass(frozen=True, slots=True)
class OnAccount:
    """What a ticket leaves on a business customer's account: one ``on_account`` payment per
    due date of their terms (its reference is the date, ISO), and their credit standing."""

    payments: tuple[tuple[str, Money, Decimal, str], ...]
    standing: CreditStanding


def _on_account(
    tx: UnitOfWork,
    request: CheckoutRequest,
    tenders: tuple[Tender, ...],
    currency: str,
    country: str,
    today: date,
) -> OnAccount | None:
    """The part of the ticket left on account, checked: a customer is named, has credit
    terms (not cash, within the law's cap on delays) and stays within their credit limit
    (a blocking limit passes only with a manager's approval, ``credit_approver``)."""
    left = [t.amount for t in tenders if t.kind is TenderKind.ON_ACCOUNT]
    if not left:
        return None
    if request.customer_id is None:
        raise ValidationError("sales.on_account_needs_customer")
    amount = sum(left, Money.zero(currency))
    customer = tx.customers.customer(request.customer_id)
    terms = terms_from_code(customer.terms) if customer.terms else None
    if terms is None or terms.kind == "cash":
        raise ValidationError("sales.no_credit_terms", customer=customer.name)
    check_terms(country, today, terms)
    standing = check_credit_limit(tx, customer.id, amount, request.credit_approver)
    payments = tuple(
        (str(TenderKind.ON_ACCOUNT), due.amount, Decimal(1), due.due_on.isoformat())
        for due in due_schedule(terms, today, amount)
    )
    return OnAccount(payments, standing)


def _price_approval(actor: Actor, request: CheckoutRequest) -> UUID | None:
    """Who allowed the prices typed at the till: the approving manager, else the cashier
    when they hold ``sales.price_override`` themselves; nobody is refused."""
    overridden = [i for i, ln in enumerate(request.lines, start=1) if ln.price_overridden]
    if not overridden:
        return None
    if request.approver is not None and request.approver.may(Permission.SALES_PRICE_OVERRIDE):
        return request.approver.user_id
    if actor.may(Permission.SALES_PRICE_OVERRIDE):
        return actor.user_id
    raise PermissionDenied("sales.price_override_needs_approval", line=str(overridden[0]))


def _use_store_credit(
    tx: UnitOfWork,
    customer_id: UUID | None,
    tenders: tuple[Tender, ...],
    currency: str,
    now: datetime,
) -> None:
    used = sum((t.amount.to_minor() for t in tenders if t.kind is TenderKind.STORE_CREDIT), 0)
    if not used:
        return
    if customer_id is None:
        raise ValidationError("common.required", field="customer")
    available = tx.customers.customer(customer_id).store_credit_minor
    if available < used:
        raise ValidationError(
            "sales.insufficient_store_credit",
            available=str(Money.from_minor(available, currency)),
            requested=str(Money.from_minor(used, currency)),
        )
    tx.customers.change_store_credit(customer_id, -used, now)
