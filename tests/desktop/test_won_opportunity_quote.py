"""A won opportunity becomes a real quote of the invoicing module (issue 16 → issue 13):
CRM hands its lines through the quote port to app/business/quotes_for_crm.py, which drafts
the quote with the documents screen's own use case, numbered in the branch's DV series."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from erp_desktop.app.business.quotes_for_crm import BusinessQuoteMaker
from erp_desktop.app.crm.pipeline import install_quote_maker, move_opportunity, open_opportunity
from erp_desktop.kernel.crm.interactions import QuoteLine, Stage
from erp_desktop.kernel.money import Money
from tests.builders import Branch
from tests.desktop.test_business_documents import business_customer


def test_a_won_opportunity_is_drafted_as_a_quote_at_the_agreed_prices(branch: Branch) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    today = branch.clock.now().date()
    agreed = Money.of(Decimal("120.00"), "DZD")
    lines = (QuoteLine(branch.products[0], Decimal(10), agreed),)
    deal, _ = open_opportunity(
        branch.deps,
        manager,
        customer,
        "Équipement de la cantine",
        Money.of(Decimal(1200), "DZD"),
        today + timedelta(days=30),
        stage=Stage.PROPOSAL,
        lines=lines,
    )
    install_quote_maker(BusinessQuoteMaker())
    try:
        moved, _ = move_opportunity(branch.deps, manager, deal.id, Stage.WON)
    finally:
        install_quote_maker(None)
    assert moved.quote_id is not None
    with branch.deps.store.read() as tx:
        quote = tx.business.business_document(moved.quote_id)
    assert quote is not None and quote.kind == "quote" and quote.customer_id == customer
    assert "-DV-" in quote.number
    assert [(ln.product_id, ln.quantity, ln.unit_price) for ln in quote.lines] == [
        (branch.products[0], Decimal(10), Decimal("120.00"))
    ]
