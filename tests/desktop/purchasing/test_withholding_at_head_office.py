"""Tunisia's retenue à la source on a supplier payment at head office (issue 14): Code de
l'IRPP et de l'IS art. 52-I (private payers, purchases of 1,000 D or more tax included;
the rate of 1 % since the loi de finances pour 2021, n° 2020-46, a row still marked "to
confirm" in kernel/purchasing/data/withholding.json). The supplier receives the rest, the
State's share is owed on SCE account 432."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    enter_supplier_invoice,
)
from erp_desktop.app.purchasing.payments import PaymentEntry, pay_supplier
from tests.builders import Branch, build_branch
from tests.desktop.purchasing.flow import balances, ordered_and_received, pulled
from tests.desktop.purchasing.helpers import give_supplier
from tests.desktop.test_head_office_catalog import make_head_office


@pytest.fixture
def tunis(tmp_path: Path) -> Iterator[tuple[Branch, Branch]]:
    branch = build_branch(tmp_path / "b", "ALG01", stock=5, country="TN")
    ids = branch.ids  # type: ignore[attr-defined]
    office = build_branch(tmp_path / "o", "ALG02", stock=0, ids=ids, country="TN")
    make_head_office(office)
    yield branch, office
    branch.replica.close()
    office.replica.close()


def test_a_payment_of_a_large_invoice_withholds_one_percent_for_the_state(
    tunis: tuple[Branch, Branch],
) -> None:
    branch, office = tunis
    supplier = give_supplier(branch, "TN01", {8: "1500.000"}, currency="TND", country="TN")
    give_supplier(office, "TN01", {}, supplier=supplier)
    order, receipt = ordered_and_received(branch, supplier, {8: 2}, {8: 2})
    pulled(office, "purchase_order", order, branch.branch_id)
    pulled(office, "purchase_receipt", receipt, branch.branch_id)
    accountant = office.actor("accountant")
    entered, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            supplier.id,
            "F-2026-77",
            [InvoiceLineEntry(Decimal(2), Decimal("1500.000"), product_id=office.products[8])],
            order_id=order.id,
        ),
    )
    total = entered.invoice.total.amount  # 3,000 D + 19 % VAT: above 1,000 D
    assert total == Decimal("3570.000")
    paid, _ = pay_supplier(office.deps, accountant, PaymentEntry(supplier.id, "transfer", total))
    assert paid.withholding.amount == Decimal("35.700")  # 1 % of 3,570 D
    assert paid.paid_out.amount == Decimal("3534.300")
    books = balances(office)
    assert books["432"] == Decimal("-35.700")  # owed to the State
    assert books["401"] == 0
