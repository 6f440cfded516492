"""Loyalty points as a ledger of movements, never a balance overwritten.

Every change to a customer's points is a :class:`PointMovement` made where it happens (the
till that sold, the head office that adjusted), with a UUIDv7 born there; a branch offline
keeps making them. A customer's balance is the sum of the points of their movements, so the
order in which the branches' movements arrive does not change it, and a movement received
twice (same id) counts once.

Points are held in lots: each credit (an earn, a positive adjustment, a transfer in on a
merge) is a lot dated by the month it was earned, and it expires ``months`` months after
that month (earned any day of January 2026 with 12 months: still valid on 31 January 2027,
expired on 1 February 2027). Debits (redemptions, negative adjustments, transfers out,
expiries) consume the oldest lots first (FIFO). The lots and the alerts are made by one
replay of the movements in a canonical order (their date, then their id), never in arrival
order: two sites holding the same movements compute the same lots and the same alerts.

Offline, two branches may each let a customer redeem the same points. Once their movements
meet, the redemption that the replay finds beyond the points left is kept (it happened: the
goods left the shop) and flagged by an :class:`OverdraftAlert` naming it and the debits
that took the points first; nothing is dropped. The customer's balance is then negative
until later earnings (or an adjustment decided by head office) bring it back.

Earning and redemption are dated data (:class:`EarnRule`, :class:`Campaign`,
:class:`RedemptionRule`): a rule changes from a date on, and a sale is scored by the rule in
force on its day, so a replay years later gives the same points.
"""

# Each field is a dataclasses.field carrying its declaration (kernel.documents.fields).
# ruff: noqa: RUF009

from __future__ import annotations

import calendar
from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.documents.fields import Kind, declared
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.money import Money


class MovementKind(StrEnum):
    EARN = "earn"  # points given for a sale (positive)
    REDEEM = "redeem"  # points used as a tender or a discount (negative)
    EXPIRE = "expire"  # what was left of a lot when it expired (negative)
    ADJUST = "adjust"  # a correction decided by someone (either sign)
    TRANSFER_OUT = "transfer_out"  # a lot moved away on a merge (negative)
    TRANSFER_IN = "transfer_in"  # the same lot arriving on the kept customer (positive)


_CREDIT_ONLY = {MovementKind.EARN, MovementKind.TRANSFER_IN}
_DEBIT_ONLY = {MovementKind.REDEEM, MovementKind.EXPIRE, MovementKind.TRANSFER_OUT}
# Debits a customer chose (or a till let them make); an expiry or a merge never overdraws.
_SPENDING = {MovementKind.REDEEM, MovementKind.ADJUST}


@dataclass(frozen=True, slots=True)
class PointMovement:
    """One change to a customer's points; ``points`` is signed (credits positive)."""

    id: UUID = declared(Kind.UUID)
    customer_id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # a MovementKind
    points: int = declared(Kind.INT)
    at: datetime = declared(Kind.DATETIME)  # when it happened, where it happened
    site: str = declared(Kind.STR, length=20)  # the branch (or head office) code
    source_id: UUID | None = declared(Kind.UUID, optional=True, default=None)  # sale, merge
    # A credit's lot month, "YYYY-MM" (its expiry counts from there): the month of ``at``
    # for an earn, the original lot's month for a transfer in. None for debits.
    lot_month: str | None = declared(Kind.STR, optional=True, length=7, default=None)
    # The lot an expiry or a transfer out empties (its credit movement's id).
    lot_id: UUID | None = declared(Kind.UUID, optional=True, default=None)

    def __post_init__(self) -> None:
        try:
            kind = MovementKind(self.kind)
        except ValueError:
            raise ValidationError(
                "common.invalid_value", field="kind", value=str(self.kind)
            ) from None
        object.__setattr__(self, "kind", str(kind.value))  # plain text on the wire and in rows
        if (
            isinstance(self.points, bool)
            or not isinstance(self.points, int)
            or self.points == 0
            or (kind in _CREDIT_ONLY and self.points < 0)
            or (kind in _DEBIT_ONLY and self.points > 0)
        ):
            raise ValidationError("crm.invalid_points", points=str(self.points))
        if self.at.tzinfo is None:
            raise ValidationError("common.invalid_value", field="at", value=str(self.at))
        if self.points > 0 and self.lot_month is None:
            object.__setattr__(self, "lot_month", month_key(self.at))
        if self.lot_month is not None:
            parse_month(self.lot_month)

    @property
    def is_credit(self) -> bool:
        return self.points > 0


def _month_of(moment: datetime | date) -> date:
    return date(moment.year, moment.month, 1)


def month_key(moment: datetime | date) -> str:
    """A lot's month as it is stored and sent: ``"2026-01"``."""
    return f"{moment.year:04d}-{moment.month:02d}"


def parse_month(key: str) -> date:
    try:
        year, month = key.split("-")
        return date(int(year), int(month), 1)
    except (ValueError, AttributeError):
        raise ValidationError("common.invalid_value", field="lot_month", value=key) from None


def _add_months(month: date, months: int) -> date:
    index = month.year * 12 + (month.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def expires_on(lot_month: date, months: int) -> date:
    """The first day on which a lot earned in ``lot_month`` is expired: the first day of
    the month after the ``months``-th month following the month earned."""
    return _add_months(_month_of(lot_month), months + 1)


def last_valid_day(lot_month: date, months: int) -> date:
    end = _add_months(_month_of(lot_month), months)
    return date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])


# -- making movements where they happen --------------------------------------------------


def earn(
    customer_id: UUID, points: int, at: datetime, site: str, sale_id: UUID | None = None
) -> PointMovement:
    return PointMovement(new_id(), customer_id, MovementKind.EARN, points, at, site, sale_id)


def adjust(customer_id: UUID, points: int, at: datetime, site: str) -> PointMovement:
    return PointMovement(new_id(), customer_id, MovementKind.ADJUST, points, at, site)


def redemption(
    customer_id: UUID, points: int, at: datetime, site: str, sale_id: UUID | None = None
) -> PointMovement:
    """The movement of a redemption of ``points`` (a positive count) at a till."""
    if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
        raise ValidationError("crm.invalid_points", points=str(points))
    return PointMovement(new_id(), customer_id, MovementKind.REDEEM, -points, at, site, sale_id)


# -- earning rules as dated data ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EarnRule:
    """From ``valid_from`` (until ``valid_to`` inclusive, or open): ``points`` points for
    each ``per`` spent in ``currency``, times a multiplier per product category."""

    valid_from: date
    currency: str
    points: Decimal
    per: Decimal
    category_multipliers: Mapping[str, Decimal] = field(default_factory=dict)
    valid_to: date | None = None

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Campaign:
    """Between ``starts`` and ``ends`` (inclusive), the points of the lines in
    ``categories`` (every category when empty) are multiplied by ``multiplier``."""

    name: str
    starts: date
    ends: date
    multiplier: Decimal
    categories: frozenset[str] = frozenset()

    def applies(self, day: date, category: str) -> bool:
        return self.starts <= day <= self.ends and (
            not self.categories or category in self.categories
        )


@dataclass(frozen=True, slots=True)
class SpentLine:
    """What a sale's line contributes: its category and what the customer paid for it."""

    category: str
    amount: Money


def rule_in_force(rules: Iterable[EarnRule], day: date) -> EarnRule | None:
    """The rule in force on ``day``: of those covering it, the one that started last."""
    candidates = [r for r in rules if r.in_force(day)]
    return max(candidates, key=lambda r: r.valid_from) if candidates else None


def points_for(
    lines: Sequence[SpentLine],
    day: date,
    rules: Iterable[EarnRule],
    campaigns: Iterable[Campaign] = (),
) -> int:
    """The whole points a sale of ``lines`` on ``day`` earns, rounded down (toward zero)
    once on the total, so a basket of small lines is not robbed of a point per line.
    Campaigns do not stack: a line gets the highest multiplier of the campaigns that apply
    to it. A return is a negative line: it takes back whole points, never more than its
    amount earned. No rule in force: no points (the sale goes on)."""
    rule = rule_in_force(rules, day)
    if rule is None or rule.per <= 0:
        return 0
    active = tuple(campaigns)
    exact = Decimal(0)
    for line in lines:
        if line.amount.currency != rule.currency:
            raise ValidationError(
                "money.currency_mismatch", left=line.amount.currency, right=rule.currency
            )
        boost = max(
            (c.multiplier for c in active if c.applies(day, line.category)), default=Decimal(1)
        )
        factor = rule.category_multipliers.get(line.category, Decimal(1)) * boost
        exact += line.amount.amount / rule.per * rule.points * factor
    return int(exact.to_integral_value(rounding=ROUND_DOWN))


# -- redemption ----------------------------------------------------------------------------


class RedemptionMode(StrEnum):
    TENDER = "tender"  # the points pay part of the ticket, like cash
    DISCOUNT = "discount"  # the points lower the ticket's amount before tax


@dataclass(frozen=True, slots=True)
class RedemptionRule:
    """From ``valid_from``: each point is worth ``value_per_point`` of ``currency``; at
    least ``minimum_points`` are used at a time, in the modes allowed."""

    valid_from: date
    currency: str
    value_per_point: Decimal
    minimum_points: int
    modes: frozenset[RedemptionMode] = frozenset(RedemptionMode)
    valid_to: date | None = None

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Redemption:
    points: int
    value: Money
    mode: RedemptionMode


def redeem(
    points: int,
    available: int,
    due: Money,
    day: date,
    rules: Iterable[RedemptionRule],
    mode: RedemptionMode = RedemptionMode.TENDER,
) -> Redemption:
    """Using ``points`` on a ticket of ``due`` at a till that knows the customer holds
    ``available``: refused with a code below the minimum, beyond what is held (online, the
    till knows; offline, it knows what it has seen and the merge flags the rest), or when
    the points are worth more than what is due."""
    if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
        raise ValidationError("crm.invalid_points", points=str(points))
    candidates = [r for r in rules if r.in_force(day) and mode in r.modes]
    if not candidates:
        raise ValidationError("crm.no_redemption_rule", on=day.isoformat())
    rule = max(candidates, key=lambda r: r.valid_from)
    if points < rule.minimum_points:
        raise ValidationError(
            "crm.redeem_below_minimum", minimum=rule.minimum_points, requested=points
        )
    if points > available:
        raise ValidationError("crm.redeem_exceeds_balance", requested=points, available=available)
    value = Money.of(rule.value_per_point * points, rule.currency)
    if value > due:
        raise ValidationError("crm.redeem_exceeds_due", value=str(value), due=str(due))
    return Redemption(points, value, mode)


# -- the replay: balance, lots, expiry, alerts --------------------------------------------


@dataclass(frozen=True, slots=True)
class Lot:
    """What is left of one credit, and its month (its expiry counts from there)."""

    credit_id: UUID
    month: date
    remaining: int


@dataclass(slots=True)
class _OpenLot:
    credit_id: UUID
    month: date
    remaining: int
    # (month, id bytes), made once: insort compares it at every step of every insertion
    # (a regular's two years are hundreds of lots), and UUID.bytes is computed per read
    order: tuple[date, bytes] = (date.min, b"")

    def __post_init__(self) -> None:
        self.order = (self.month, self.credit_id.bytes)


def _lot_order(lot: _OpenLot) -> tuple[date, bytes]:
    return lot.order


@dataclass(frozen=True, slots=True)
class OverdraftAlert:
    """A debit that the merged movements cannot cover: ``shortfall`` points were missing.
    ``movement_id`` is the debit at fault; ``earlier_debits`` those that took the points
    since the last credit, before it in the canonical order (often at another branch, while
    both were offline)."""

    customer_id: UUID
    movement_id: UUID
    kind: str
    site: str
    at: datetime
    requested: int
    available: int
    shortfall: int
    earlier_debits: tuple[UUID, ...]


@dataclass(frozen=True, slots=True)
class LoyaltyState:
    """``balance`` always equals the sum of the lots' points less ``debt``."""

    balance: int
    lots: tuple[Lot, ...]  # open lots, oldest first (some may be expired, not yet written)
    debt: int  # points debited beyond every lot (>= 0), repaid by the next credits
    alerts: tuple[OverdraftAlert, ...]

    def spendable(self, on: date, expiry_months: int = 12) -> int:
        """The points a till may let the customer use on ``on``."""
        held = sum(lot.remaining for lot in self.lots if expires_on(lot.month, expiry_months) > on)
        return max(held - self.debt, 0)


# A merge moves lots without choosing to: only these debits can be flagged.
_FLAGGED = {MovementKind.REDEEM, MovementKind.ADJUST, MovementKind.EXPIRE}


def unique(movements: Iterable[PointMovement]) -> list[PointMovement]:
    """The movements once each (the same movement received twice is the same id)."""
    return list({m.id: m for m in movements}.values())


def canonical_order(movements: Iterable[PointMovement]) -> list[PointMovement]:
    return sorted(unique(movements), key=lambda m: (m.at, m.id.bytes))


def balance(movements: Iterable[PointMovement]) -> int:
    """A customer's points: the sum of their movements, whatever order they came in."""
    return sum(m.points for m in unique(movements))


def replay(movements: Iterable[PointMovement], expiry_months: int = 12) -> LoyaltyState:
    """The lots, debt and alerts of one customer's movements, replayed in canonical order.

    A debit first empties its own lot (an expiry, a transfer out), then takes from the
    oldest lots not yet expired on its day; what none can give becomes debt and, for a
    redemption, an adjustment or an expiry, an alert."""
    lots: list[_OpenLot] = []
    debt = 0
    alerts: list[OverdraftAlert] = []
    debits_since_credit: list[UUID] = []
    for m in canonical_order(movements):
        if m.is_credit:
            assert m.lot_month is not None
            amount = m.points
            paid = min(debt, amount)
            debt -= paid
            amount -= paid
            if amount:
                # kept in (month, id) order; credits mostly arrive newest, at the end
                insort(lots, _OpenLot(m.id, parse_month(m.lot_month), amount), key=_lot_order)
            debits_since_credit = []
            continue
        wanted = -m.points
        if m.lot_id is not None:
            own = [lot for lot in lots if lot.credit_id == m.lot_id]
            available = sum(lot.remaining for lot in own)
        else:
            day = m.at.astimezone(UTC).date()
            own = [lot for lot in lots if expires_on(lot.month, expiry_months) > day]
            available = sum(lot.remaining for lot in own)
        for lot in own:
            take = min(wanted, lot.remaining)
            lot.remaining -= take
            wanted -= take
            if not wanted:
                break
        lots = [lot for lot in lots if lot.remaining > 0]
        kind = MovementKind(m.kind)
        if wanted:
            debt += wanted
            if kind in _FLAGGED:
                alerts.append(
                    OverdraftAlert(
                        customer_id=m.customer_id,
                        movement_id=m.id,
                        kind=m.kind,
                        site=m.site,
                        at=m.at,
                        requested=-m.points,
                        available=available,
                        shortfall=wanted,
                        earlier_debits=tuple(debits_since_credit),
                    )
                )
        if kind in _FLAGGED:
            debits_since_credit.append(m.id)
    return LoyaltyState(
        sum(lot.remaining for lot in lots) - debt,
        tuple(Lot(lot.credit_id, lot.month, lot.remaining) for lot in lots),
        debt,
        tuple(alerts),
    )


def overdraft_alerts(movements: Iterable[PointMovement]) -> tuple[OverdraftAlert, ...]:
    return replay(movements).alerts


def expiries_due(
    customer_id: UUID,
    movements: Iterable[PointMovement],
    on: date,
    site: str,
    expiry_months: int = 12,
) -> list[PointMovement]:
    """The expiry movements owed on ``on``: what is left of each lot expired by then. Their
    ids derive from the lot, so head office and a branch that both compute them write the
    same movement once. Run them where every branch has pushed past the expiry date: a
    redemption dated before it and pushed later makes the expiry fall short, and the
    expiry is then flagged (head office adjusts), never silently wrong."""
    state = replay(movements, expiry_months)
    due: list[PointMovement] = []
    for lot in state.lots:
        ends = expires_on(lot.month, expiry_months)
        if ends <= on:
            due.append(
                PointMovement(
                    derived_id("loyalty_expiry", lot.credit_id),
                    customer_id,
                    MovementKind.EXPIRE,
                    -lot.remaining,
                    datetime.combine(ends, time(0), UTC),
                    site,
                    lot_id=lot.credit_id,
                )
            )
    return due


def transfer_on_merge(
    source_id: UUID,
    target_id: UUID,
    movements: Iterable[PointMovement],
    at: datetime,
    site: str,
    merge_id: UUID,
    expiry_months: int = 12,
) -> list[PointMovement]:
    """The movements that carry the merged customer's lots still valid at ``at`` to the
    kept customer, each keeping its month (so it still expires when it would have); a debt
    is carried as a pair of adjustments. The ids derive from the merge and the lot:
    replaying the same merge anywhere writes the same movements once."""
    state = replay(movements, expiry_months)
    day = at.astimezone(UTC).date()
    out: list[PointMovement] = []
    for lot in state.lots:
        if expires_on(lot.month, expiry_months) <= day:
            continue  # expires on the merged customer, as it would have
        out.append(
            PointMovement(
                derived_id("loyalty_merge_out", merge_id, lot.credit_id),
                source_id,
                MovementKind.TRANSFER_OUT,
                -lot.remaining,
                at,
                site,
                merge_id,
                lot_id=lot.credit_id,
            )
        )
        out.append(
            PointMovement(
                derived_id("loyalty_merge_in", merge_id, lot.credit_id),
                target_id,
                MovementKind.TRANSFER_IN,
                lot.remaining,
                at,
                site,
                merge_id,
                lot_month=month_key(lot.month),
            )
        )
    if state.debt:
        out.append(
            PointMovement(
                derived_id("loyalty_merge_debt_out", merge_id),
                source_id,
                MovementKind.ADJUST,
                state.debt,
                at,
                site,
                merge_id,
            )
        )
        out.append(
            PointMovement(
                derived_id("loyalty_merge_debt_in", merge_id),
                target_id,
                MovementKind.ADJUST,
                -state.debt,
                at,
                site,
                merge_id,
            )
        )
    return out
