"""Loyalty at the till and at the desk: points earned by the programme's rules on each sale
to a known customer, redeemed as a tender or a discount, and the account a screen shows.

Every change is a movement (``kernel.crm.loyalty``) appended to the replica's ledger and
queued for the server, which sends it down to every site: a till offline still knows every
movement it has seen, and the balance is always the sum of the movements. Redeeming more
than this till knows the customer holds is refused (``crm.redeem_exceeds_balance``); two
tills offline that both spend the same points are flagged when their movements meet
(``OverdraftAlert``), never lost.

Points are earned by a handler of ``sales.sale_completed`` (after the sale commits: a
failing earn never fails a sale; the same sale heard twice earns once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event, Handler
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.crm.loyalty import (
    Lot,
    LoyaltyState,
    MovementKind,
    OverdraftAlert,
    PointMovement,
    Redemption,
    RedemptionMode,
    RedemptionRule,
    SpentLine,
    adjust,
    earn,
    points_for,
    redeem,
    redemption,
    replay,
)
from erp_desktop.kernel.crm.program import PROGRAM_SETTING, LoyaltyProgram, program_from_data
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales.on_account_returns import cumulative_share

MOVEMENT = "loyalty_movement"  # the entity a movement travels as


@dataclass(frozen=True, slots=True)
class LoyaltyAccount:
    """What the profile's loyalty tab shows: the balance (the sum of the movements), what a
    till may let the customer spend today, the open lots, the alerts and the movements."""

    customer_id: UUID
    balance: int
    spendable: int
    lots: tuple[Lot, ...]
    alerts: tuple[OverdraftAlert, ...]
    movements: tuple[PointMovement, ...]
    expiry_months: int


def program_of(tx: ReadView) -> LoyaltyProgram:
    return program_from_data(tx.org.setting(PROGRAM_SETTING))


def record_movements(
    deps: Deps, tx: UnitOfWork, movements: list[PointMovement], actor_id: UUID | None
) -> None:
    """Appends ``movements`` here and queues them for the server (the one way they leave)."""
    tx.loyalty.add_movements(movements, deps.now())
    for m in movements:
        queue(deps, tx, MOVEMENT, m.id, to_payload(m), actor_id)


def _require_customer(tx: ReadView, customer_id: UUID) -> None:
    try:
        tx.customers.customer(customer_id)
    except NotFound:
        raise NotFound("crm.unknown_customer", customer=str(customer_id)) from None


def account_of(
    tx: ReadView,
    customer_id: UUID,
    on: datetime,
    movements: list[PointMovement] | None = None,
) -> LoyaltyAccount:
    """The account from the customer's movements (read here unless given)."""
    if movements is None:
        movements = tx.loyalty.movements_of(customer_id)
    months = program_of(tx).expiry_months
    state: LoyaltyState = replay(movements, months)
    return LoyaltyAccount(
        customer_id,
        state.balance,
        state.spendable(on.date(), months),
        state.lots,
        state.alerts,
        tuple(movements),
        months,
    )


def loyalty_account(deps: Deps, actor: Actor, customer_id: UUID) -> LoyaltyAccount:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        _require_customer(tx, customer_id)
        return account_of(tx, customer_id, deps.now())


def redeem_points(
    deps: Deps,
    actor: Actor,
    customer_id: UUID,
    points: int,
    due: Money,
    mode: RedemptionMode = RedemptionMode.TENDER,
    sale_id: UUID | None = None,
) -> Done[Redemption]:
    """Uses ``points`` of the customer's on a ticket of ``due``: refused with a code beyond
    what this till knows they hold, below the programme's minimum, or worth more than due.
    The redemption's value is what the till takes off the ticket (as a tender or a
    discount); the movement is written and queued in the same transaction."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.transaction(actor.user_id) as tx:
        done = redeem_in(deps, tx, customer_id, points, due, actor.user_id, mode, sale_id)
    return Done(done, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def redeem_in(
    deps: Deps,
    tx: UnitOfWork,
    customer_id: UUID,
    points: int,
    due: Money,
    actor_id: UUID | None,
    mode: RedemptionMode = RedemptionMode.TENDER,
    sale_id: UUID | None = None,
) -> Redemption:
    """The step of a redemption inside the caller's transaction (a checkout spending points
    as a tender writes the movement with its sale): refused with a code beyond the balance
    this replica knows, below the minimum, or worth more than ``due``."""
    _require_customer(tx, customer_id)
    now = deps.now()
    program = program_of(tx)
    state = replay(tx.loyalty.movements_of(customer_id), program.expiry_months)
    day = deps.business_date(tx.org.company().country, now)
    available = state.spendable(day, program.expiry_months)
    done = redeem(points, available, due, day, program.redemption_rules, mode)
    site = tx.org.local_branch().code
    record_movements(deps, tx, [redemption(customer_id, points, now, site, sale_id)], actor_id)
    return done


@dataclass(frozen=True, slots=True)
class PointsAtTheTill:
    """What the till's payment dialog offers a customer: the points this replica knows they
    may spend today and the redemption rules (the dialog values them by the kernel's
    ``redeem``, as checkout will)."""

    spendable: int
    rules: tuple[RedemptionRule, ...]

    def value_of(self, points: int, day: date) -> Money | None:
        """What ``points`` are worth on ``day`` by the rule in force (None: no rule)."""
        rules = [r for r in self.rules if r.in_force(day) and RedemptionMode.TENDER in r.modes]
        if not rules:
            return None
        rule = max(rules, key=lambda r: r.valid_from)
        return Money.of(rule.value_per_point * points, rule.currency)


def points_at_the_till(deps: Deps, actor: Actor, customer_id: UUID) -> PointsAtTheTill | None:
    """The customer's points as a tender at the till, or None when they hold none to spend
    or no redemption rule is in force today."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        _require_customer(tx, customer_id)
        now = deps.now()
        program = program_of(tx)
        day = deps.business_date(tx.org.company().country, now)
        spendable = replay(tx.loyalty.movements_of(customer_id), program.expiry_months).spendable(
            day, program.expiry_months
        )
    offer = PointsAtTheTill(spendable, program.redemption_rules)
    if spendable <= 0 or offer.value_of(1, day) is None:
        return None
    return offer


def adjust_points(deps: Deps, actor: Actor, customer_id: UUID, points: int) -> Done[PointMovement]:
    """A correction decided by a manager (either sign): a movement like any other."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    actor.require(Permission.SALES_DISCOUNT_OVERRIDE)
    with deps.store.transaction(actor.user_id) as tx:
        _require_customer(tx, customer_id)
        now = deps.now()
        movement = adjust(customer_id, points, now, tx.org.local_branch().code)
        record_movements(deps, tx, [movement], actor.user_id)
    return Done(movement, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def earn_on_sales(deps: Deps) -> Handler:
    """On ``sales.sale_completed``: the points the programme gives the sale's customer."""

    def on_sale(event: Event) -> None:
        sale_id = UUID(event.data["sale_id"])
        with deps.store.transaction(None) as tx:
            sale = tx.sales.sale(sale_id)
            if sale.customer_id is None or sale.kind == "credit_note":
                return
            if any(m.kind == MovementKind.EARN for m in tx.loyalty.movements_from(sale.id)):
                return  # heard twice: earned once
            program = program_of(tx)
            categories = tx.loyalty.categories_of([ln.product_id for ln in sale.lines])
            lines = [
                SpentLine(categories.get(ln.product_id, ""), ln.base + ln.vat) for ln in sale.lines
            ]
            day = deps.business_date(tx.org.company().country, sale.issued_at)
            points = points_for(lines, day, program.earn_rules, program.campaigns)
            if points <= 0:
                return
            site = tx.org.local_branch().code
            movement = earn(sale.customer_id, points, sale.issued_at, site, sale.id)
            record_movements(deps, tx, [movement], sale.cashier_id)

    return on_sale


def take_back_on_returns(deps: Deps) -> Handler:
    """On ``sales.return_completed``: what the return gives back of the points, when the
    return's own transaction did not already (``give_back_points_in``; heard twice: once)."""

    def on_return(event: Event) -> None:
        with deps.store.transaction(None) as tx:
            credit = tx.sales.sale_by_number(str(event.data["credit_note"]))
            if credit is None or credit.original_id is None:
                return
            original = tx.sales.sale(credit.original_id)
            give_back_points_in(deps, tx, credit, original, read_before=False)

    return on_return


def give_back_points_in(
    deps: Deps,
    tx: UnitOfWork,
    credit: SaleDocument,
    original: SaleDocument,
    read_before: bool = True,
) -> tuple[int, int]:
    """(taken back, given back) of the customer's points by the return ``credit`` of
    ``original`` (read before the return, unless ``read_before`` is false), written as
    movements named by the credit note in the caller's transaction.

    The points the returned lines had earned are taken back (scored by the rule of the
    original sale's day, rounded toward zero, never more than the sale earned less what
    earlier returns took back): a customer who already spent them goes negative and the
    replay flags it. The points spent on the ticket come back in the share of the ticket
    the return refunds (the last return gives back the rest). Each movement's id derives
    from the credit note, so a return heard twice, here or at the server, moves them once."""
    if credit.customer_id is None or tx.loyalty.movements_from(credit.id):
        return (0, 0)
    site = tx.org.local_branch().code
    movements = []
    taken = _earned_back(deps, tx, credit, original)
    if taken > 0:
        movements.append(
            PointMovement(
                derived_id("loyalty_return_earned", credit.id),
                credit.customer_id,
                MovementKind.ADJUST,
                -taken,
                credit.issued_at,
                site,
                credit.id,
            )
        )
    given = _spent_back(tx, credit, original, read_before)
    if given > 0:
        movements.append(
            PointMovement(
                derived_id("loyalty_return_spent", credit.id),
                credit.customer_id,
                MovementKind.ADJUST,
                given,
                credit.issued_at,
                site,
                credit.id,
            )
        )
    if movements:
        record_movements(deps, tx, movements, credit.cashier_id)
    return (taken, given)


def _before(tx: ReadView, credit: SaleDocument, original: SaleDocument) -> list[PointMovement]:
    """The movements of the customer's earlier returns of ``original``."""
    assert credit.customer_id is not None
    earlier = _returns_of(tx, credit.customer_id, original.id) - {credit.id}
    return [m for m in tx.loyalty.movements_of(credit.customer_id) if m.source_id in earlier]


def _earned_back(deps: Deps, tx: UnitOfWork, credit: SaleDocument, original: SaleDocument) -> int:
    earned = sum(
        m.points for m in tx.loyalty.movements_from(original.id) if m.kind == MovementKind.EARN
    )
    taken = -sum(m.points for m in _before(tx, credit, original) if m.points < 0)
    if earned <= taken:
        return 0
    program = program_of(tx)
    categories = tx.loyalty.categories_of([ln.product_id for ln in credit.lines])
    lines = [
        SpentLine(
            categories.get(ln.product_id, ""),
            Money.of(-(abs(ln.base.amount) + abs(ln.vat.amount)), ln.base.currency),
        )
        for ln in credit.lines
    ]
    day = deps.business_date(tx.org.company().country, original.issued_at)
    points = -points_for(lines, day, program.earn_rules, program.campaigns)
    return max(0, min(points, earned - taken))


def _spent_back(
    tx: UnitOfWork, credit: SaleDocument, original: SaleDocument, read_before: bool
) -> int:
    spent = -sum(
        m.points for m in tx.loyalty.movements_from(original.id) if m.kind == MovementKind.REDEEM
    )
    if spent <= 0:
        return 0
    given = sum(m.points for m in _before(tx, credit, original) if m.points > 0)
    refundable = sum(ln.base.to_minor() + ln.vat.to_minor() for ln in original.lines)
    returned = sum(abs(ln.base.to_minor()) + abs(ln.vat.to_minor()) for ln in credit.lines)
    earlier = sum(ln.refunded.base_minor + ln.refunded.vat_minor for ln in original.lines)
    if not read_before:
        earlier = max(0, earlier - returned)  # ``original`` was read after this return
    share = cumulative_share(spent, refundable, earlier, returned)
    return max(0, min(share, spent - given))


def _returns_of(tx: ReadView, customer_id: UUID, sale_id: UUID) -> set[UUID]:
    """The credit notes of ``sale_id`` CRM has heard of, at any site (their ids)."""
    return {
        d.id
        for d in tx.history.documents_of([customer_id])
        if d.kind == "return" and d.applies_to == sale_id
    }
