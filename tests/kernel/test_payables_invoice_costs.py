"""What a supplier invoice adds to the cost of its goods at the receiving branch (issue 14):
the rate difference of an import and its freight, into the average cost of what is held."""

from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

from erp_desktop.kernel.documents.purchase import InvoiceLineInput, supplier_invoice
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.purchasing.invoice_costs import absorbed_by_held, added_costs

OIL, TEA = uuid4(), uuid4()


def _import() -> object:
    return supplier_invoice(
        number="ALG02-SI-2026-000001",
        supplier_number="VAL-31",
        country="DZ",
        branch_id=uuid4(),
        supplier_id=uuid4(),
        issued_at=datetime(2026, 3, 12, 9, tzinfo=UTC),
        currency="EUR",
        lines=[
            # received at 145.50 DA a euro: 6 EUR = 873 DA, 3 EUR = 436.50 DA
            InvoiceLineInput(
                Decimal(100),
                Decimal("6.00"),
                Decimal(0),
                product_id=OIL,
                received_cost=Decimal("873"),
            ),
            InvoiceLineInput(
                Decimal(200),
                Decimal("3.00"),
                Decimal(0),
                product_id=TEA,
                received_cost=Decimal("436.50"),
            ),
            InvoiceLineInput(Decimal(1), Decimal("240.00"), Decimal(0), nature="freight"),
        ],
        terms=PaymentTerms.net(60),
        match="matched",
        rate=Decimal("146.00"),
    )


def test_an_imports_rate_difference_and_freight_are_added_by_product() -> None:
    added = added_costs(_import(), "DZD")  # type: ignore[arg-type]
    # oil: 600 EUR at 146 = 87,600 DA for 87,300 received: +300; half the freight
    # (240 EUR x 146 = 35,040 DA, by value: equal halves) +17,520
    assert added[OIL] == (Decimal(100), Decimal(300) + Decimal(17520))
    assert added[TEA] == (Decimal(200), Decimal(300) + Decimal(17520))


def test_only_the_held_share_moves_the_average_cost() -> None:
    # 60 of the 100 cans still held: 60 % of the 17,820 DA added, over the 60 held
    moved = absorbed_by_held(AverageCost(Decimal(60), Decimal(873)), Decimal(100), Decimal(17820))
    assert moved == AverageCost(Decimal(60), Decimal("1051.2000"))
    nothing = AverageCost(Decimal(0), Decimal(873))
    assert absorbed_by_held(nothing, Decimal(100), Decimal(17820)) == nothing
