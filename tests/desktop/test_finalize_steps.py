"""The one finalize step: its order, and the entry posted from the very payload queued."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.documents.finalize import AnyDocument, Document, finalize
from erp_desktop.kernel.documents import (
    SaleDocument,
    SaleLine,
    document_from_payload,
    payments_of,
    posting_of,
    sale_hash,
)
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money

BRANCH = new_id()


@dataclass
class RecordingSteps:
    queues: bool = True
    done: list[str] = field(default_factory=list)
    queued: list[dict[str, Any]] = field(default_factory=list)
    posted: list[JournalEntry | None] = field(default_factory=list)

    def number(self, document: Document) -> Document:
        self.done.append("number")
        assert isinstance(document, SaleDocument)
        return replace(
            document,
            number="ALG01-C1-2026-000001",
            series="ALG01-C1-2026",
            sequence=1,
            previous_hash=genesis("ALG01-C1-2026"),
        )

    def sealed(self, document: AnyDocument) -> None:
        self.done.append("seal")

    def insert(self, document: AnyDocument) -> None:
        self.done.append("insert")

    def post(self, entry: JournalEntry | None) -> None:
        self.done.append("post")
        self.posted.append(entry)

    def queue(self, entity: str, entity_id: UUID, wire: dict[str, Any]) -> None:
        self.done.append("queue")
        self.queued.append(wire)


def _draft() -> SaleDocument:
    dzd = "DZD"
    sale_id = new_id()
    return SaleDocument(
        id=sale_id,
        kind="receipt",
        number="",
        series="",
        sequence=0,
        status="final",
        register_id=new_id(),
        session_id=None,
        branch_id=BRANCH,
        customer_id=None,
        issued_at=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
        currency=dzd,
        rate=Decimal(1),
        price_mode="tax_included",
        base=Money.of(Decimal("100.00"), dzd),
        vat=Money.of(Decimal("19.00"), dzd),
        discount=Money.zero(dzd),
        stamp_duty=Money.of(Decimal("1.00"), dzd),
        rounding=Money.zero(dzd),
        total=Money.of(Decimal("120.00"), dzd),
        change=Money.zero(dzd),
        cost=Decimal("60.00"),
        original_id=None,
        previous_hash="",
        hash="",
        cashier_id=new_id(),
        lines=(
            SaleLine(
                id=new_id(),
                position=1,
                product_id=new_id(),
                description="",
                quantity=Decimal(2),
                unit_price=Decimal("59.50"),
                vat_rate=Decimal(19),
                discount=Money.zero(dzd),
                base=Money.of(Decimal("100.00"), dzd),
                vat=Money.of(Decimal("19.00"), dzd),
                unit_cost=Decimal("30.00"),
            ),
        ),
        payments=payments_of(sale_id, [("cash", Money.of(Decimal("120.00"), dzd), Decimal(1), "")]),
    )


def test_a_document_is_numbered_sealed_inserted_posted_and_queued_in_that_order() -> None:
    steps = RecordingSteps()
    sale, _entry = finalize(steps, _draft(), load_chart("DZ"))
    assert steps.done == ["number", "seal", "insert", "post", "queue"]
    assert sale.number == "ALG01-C1-2026-000001" and sale.hash == sale_hash(sale)
    assert steps.queued[0]["hash"] == sale.hash


def test_the_entry_posted_is_the_one_the_queued_payload_gives() -> None:
    steps = RecordingSteps()
    _sale, entry = finalize(steps, _draft(), load_chart("DZ"))
    rebuilt = document_from_payload("sale", steps.queued[0], BRANCH)
    assert entry is not None and steps.posted == [entry]
    assert posting_of(rebuilt, load_chart("DZ")) == entry


def test_a_replica_that_queues_nothing_still_numbers_seals_and_posts() -> None:
    steps = RecordingSteps(queues=False)
    finalize(steps, _draft(), load_chart("DZ"))
    assert steps.done == ["number", "seal", "insert", "post"]
    assert steps.queued == []
