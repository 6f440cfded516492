"""The bilingual supplier return read back with pdftotext (NFKC for the Arabic): a return
before the invoice prints as a "bon de retour" at cost, without VAT; once invoiced, as a
debit note priced as invoiced, with the VAT per rate and the invoice's numbers (issue 14)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    enter_supplier_invoice,
)
from erp_desktop.app.purchasing.return_sheet import return_sheet
from erp_desktop.app.purchasing.returns import ReturnRequest, return_to_supplier
from erp_desktop.kernel.documents.supplier_return import ReturnedLine
from erp_desktop.kernel.ids import new_id
from erp_desktop.printing.supplier_return import render_supplier_return
from tests.builders import PRODUCTS, build_branch
from tests.desktop.purchasing.flow import ordered_and_received, pulled
from tests.desktop.purchasing.helpers import give_supplier
from tests.desktop.test_head_office_catalog import make_head_office
from tests.printing.poppler import pdftotext


def _text(pdf: bytes) -> str:
    return unicodedata.normalize("NFKC", pdftotext(pdf, "-layout"))


def _arabic_in(arabic: str, text: str) -> bool:
    words = unicodedata.normalize("NFKC", arabic).split()
    return " ".join(words) in text or " ".join(reversed(words)) in text


def test_a_return_prints_at_cost_before_the_invoice_and_as_a_debit_note_after(
    tmp_path: Path,
) -> None:
    keys = ["alg01", "alg02", "wh01", "wh02", "reg01", "reg02"]
    ids = {k: new_id() for k in (*keys, *(f"p{i}" for i in range(len(PRODUCTS))))}
    branch = build_branch(tmp_path, "ALG01", stock=5, ids=ids)
    office = build_branch(tmp_path / "ho", "ALG02", stock=0, ids=ids)
    make_head_office(office)
    supplier = give_supplier(branch, "F001", {0: "380.00", 9: "612.50"})
    give_supplier(office, "F001", {}, supplier=supplier)
    clerk = branch.actor("clerk")
    order, receipt = ordered_and_received(branch, supplier, {0: 12, 9: 8}, {0: 12, 9: 8})
    coffee = next(ln for ln in receipt.lines if ln.product_id == branch.products[0])
    dates = next(ln for ln in receipt.lines if ln.product_id == branch.products[9])
    first, _ = return_to_supplier(
        branch.deps,
        clerk,
        ReturnRequest(receipt.id, [ReturnedLine(coffee.id, Decimal(2))], reason="emballage abîmé"),
    )
    text = _text(render_supplier_return(return_sheet(branch.deps, clerk, first.id)))
    assert "BON DE RETOUR FOURNISSEUR N° ALG01-SR-2026-000001" in text
    assert f"Réception : {receipt.number}" in text and "Motif : emballage abîmé" in text
    assert "Fournisseur F001" in text and "Café moulu 250 g" in text
    assert "760,00 DZD" in text  # 2 x 380 at cost, no VAT before the invoice
    assert "TVA 19" not in text
    assert _arabic_in("وصل إرجاع إلى المورد", text) and _arabic_in("المورد", text)

    pulled(office, "purchase_order", order, branch.branch_id)
    pulled(office, "purchase_receipt", receipt, branch.branch_id)
    done, _ = enter_supplier_invoice(
        office.deps,
        office.actor("accountant"),
        InvoiceEntry(
            supplier.id,
            "FA-88",
            [
                InvoiceLineEntry(Decimal(10), Decimal("380.00"), product_id=office.products[0]),
                InvoiceLineEntry(Decimal(8), Decimal("612.50"), product_id=office.products[9]),
            ],
            order_id=order.id,
        ),
    )
    pulled(branch, "supplier_invoice", done.invoice, office.branch_id)
    note, _ = return_to_supplier(
        branch.deps, clerk, ReturnRequest(receipt.id, [ReturnedLine(dates.id, Decimal("1.5"))])
    )
    text = _text(render_supplier_return(return_sheet(branch.deps, clerk, note.id)))
    branch.replica.close()
    office.replica.close()
    assert "AVOIR FOURNISSEUR (NOTE DE DÉBIT) N° ALG01-SR-2026-000002" in text
    assert f"Facture : {done.invoice.number} (fournisseur : FA-88)" in text
    # 1.5 kg x 612.50 = 918.75 at 9 %: 82.69 of VAT, 1,001.44 in all
    assert "918,75 DZD" in text and "82,69 DZD" in text and "1 001,44 DZD" in text
    assert "Dattes Deglet Nour" in text and _arabic_in("تمر دقلة نور", text)
    assert _arabic_in("إشعار مدين للمورد", text)
