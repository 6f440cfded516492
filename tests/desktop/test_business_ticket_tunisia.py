"""In Tunisia a ticket turned into a business customer's invoice is invoiced once: it is
left out of the day's global invoice (Code de la TVA art. 18-II), and a ticket the day's
global invoice already covers is not invoiced again."""

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest

from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.ticket_invoice import invoice_ticket
from erp_desktop.app.invoicing.global_invoice import issue_global_invoice
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders_tn import TunisBranch, build_tunis_branch


@pytest.fixture
def tunis(tmp_path: Path) -> Iterator[TunisBranch]:
    built = build_tunis_branch(tmp_path)
    yield built
    built.replica.close()


def _sell(branch: TunisBranch, product: int) -> str:
    sale = checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(
            (CartLine(branch.products[product], Decimal(2)),),
            (Tender(TenderKind.CASH, Money.of(Decimal("200.000"), "TND")),),
        ),
    ).sale
    return sale.number


def _hotel(branch: TunisBranch) -> UUID:
    made, _ = save_business_customer(
        branch.deps,
        branch.actor("manager"),
        None,
        BusinessProfile(
            "Hôtel Dar Sidi Bou Saïd",
            "نزل دار سيدي بوسعيد",
            legal_ids={"matricule_fiscal": "1234567/A/A/M/000"},
            terms="cash",
        ),
    )
    return made.id


def test_an_invoiced_ticket_is_left_out_of_the_days_global_invoice(tunis: TunisBranch) -> None:
    open_cash_session(tunis.deps, tunis.actor("cashier"), Money.of(Decimal("50.000"), "TND"))
    asked, other = _sell(tunis, 0), _sell(tunis, 1)
    invoice, _ = invoice_ticket(tunis.deps, tunis.actor("manager"), asked, _hotel(tunis))
    assert invoice.stamp_duty.currency == "TND" and invoice.ticket_id is not None
    day = issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice
    assert day.ticket_count == 1
    assert [(r.first, r.last) for r in day.ranges] == [(other, other)]


def test_a_ticket_the_global_invoice_covers_is_not_invoiced_again(tunis: TunisBranch) -> None:
    open_cash_session(tunis.deps, tunis.actor("cashier"), Money.of(Decimal("50.000"), "TND"))
    number = _sell(tunis, 0)
    day = issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice
    with pytest.raises(ConflictError) as err:
        invoice_ticket(tunis.deps, tunis.actor("manager"), number, _hotel(tunis))
    assert err.value.code == "business.ticket_in_global_invoice"
    assert err.value.params["number"] == day.number
