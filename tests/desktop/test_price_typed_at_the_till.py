"""A price typed at the till reaches the sale, and only with someone allowed to type it;
a held ticket keeps its customer and its typed price (which asks a manager again)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.app.context import Actor
from erp_desktop.app.customers import save_customer
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.held import hold_ticket, recall_held
from erp_desktop.app.till.lines import line_quantity
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ErpError, PermissionDenied
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission, Role, permissions_of
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch


def soap_at(branch: Branch, price: str, approver: Actor | None = None) -> CheckoutRequest:
    """The branch's soap (150 DA in the catalog) at a price typed at the till."""
    return CheckoutRequest(
        (CartLine(branch.products[5], Decimal(1), None, Decimal(price), True),),
        (Tender(TenderKind.CASH, Money.of(Decimal(200), "DZD")),),
        approver=approver,
    )


def test_only_managers_and_administrators_may_change_a_price() -> None:
    assert Permission.SALES_PRICE_OVERRIDE in permissions_of({Role.BRANCH_MANAGER})
    assert Permission.SALES_PRICE_OVERRIDE in permissions_of({Role.ADMINISTRATOR})
    assert Permission.SALES_PRICE_OVERRIDE not in permissions_of({Role.CASHIER})


def test_a_cashier_alone_cannot_sell_at_a_typed_price(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    with pytest.raises(PermissionDenied) as refused:
        checkout(branch.deps, cashier, soap_at(branch, "120"))
    assert refused.value.code == "sales.price_override_needs_approval"
    sale = checkout(branch.deps, cashier, soap_at(branch, "120", branch.actor("manager"))).sale
    assert sale.total.to_minor() == 12000
    assert sale.approved_by == branch.users["manager"]


def test_a_price_from_the_catalog_needs_nobody(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[5], Decimal(1)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(200), "DZD")),),
        ),
    ).sale
    assert sale.total.to_minor() == 15000 and sale.approved_by is None


def test_a_held_ticket_keeps_its_customer_and_typed_price(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    customer = save_customer(branch.deps, cashier, None, name="Mme Haddad")[0]
    line = CartLine(branch.products[5], Decimal(2), unit_price=Decimal(120), price_overridden=True)
    ticket = hold_ticket(branch.deps, cashier, "Haddad", (line,), customer.id)
    recalled = recall_held(branch.deps, cashier, ticket)
    assert recalled.customer is not None and recalled.customer.id == customer.id
    assert recalled.lines == (line,)


def test_a_quantity_the_unit_does_not_allow_is_refused(branch: Branch) -> None:
    with branch.deps.store.read() as tx:
        milk, dates = tx.catalog.products([branch.products[1], branch.products[9]])
    assert line_quantity(dates, "0,750") == Decimal("0.750")
    assert line_quantity(milk, "3") == 3
    for typed, code in (("1,5", "quantity.too_precise"), ("0", "sales.quantity_not_positive")):
        with pytest.raises(ErpError) as refused:
            line_quantity(milk, typed)
        assert refused.value.code == code
    with pytest.raises(ErpError):
        line_quantity(dates, "-1")
