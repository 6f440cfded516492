"""Head office's suppliers (issue 14): edited at head office over its replica, checked by
the kernel (legal identifiers, RIB/RIP keys, supplied products), queued for the server,
refused at a branch, and applied whole where they are pulled."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from erp_desktop.app.changes import Changed
from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    find_suppliers,
    save_supplier,
    supplier_payload,
    supplier_setup,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.storage.outbox import pending_changes
from tests.builders import Branch


def queued(site: Branch, entity: str) -> list[dict[str, Any]]:
    with site.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 1000) if r["entity"] == entity]


def _rip() -> str:
    body = "99999" + "0012345678"  # Algérie Poste's agency, an account
    return f"007{body}{97 - (int(body) * 100) % 97:02d}"


def sahel(site: Branch, **fields: Any) -> SupplierEdit:
    values: dict[str, Any] = {
        "supplier_id": None,
        "code": "F001",
        "name": "Huilerie du Sahel",
        "name_ar": "معصرة الساحل",
        "country": "DZ",
        "currency": "DZD",
        "terms": "net:30",
        "legal_ids": {"nif": "408 020 000 150 039"},
        "bank_account": _rip(),
        "products": [
            SuppliedProductEdit(site.products[0], "HUI-5L", Decimal("850.00"), 7, Decimal(12)),
            SuppliedProductEdit(site.products[1], "HUI-1L", Decimal("190.00"), 7),
        ],
    }
    return SupplierEdit(**{**values, **fields})


def test_a_supplier_saved_at_head_office_is_queued_whole_for_every_site(office: Branch) -> None:
    admin = office.actor("admin")
    assert supplier_setup(office.deps, admin).editable
    made, changes = save_supplier(office.deps, admin, sahel(office))
    assert changes == {Changed.SUPPLIERS, Changed.OUTBOX}
    assert made.legal_ids == (("nif", "408020000150039"),)
    sent = queued(office, "supplier")
    assert sent == [supplier_payload(made)]
    assert sent[0]["products"][0] == {
        "product_id": str(office.products[0]),
        "reference": "HUI-5L",
        "last_price_minor": 85000,
        "lead_time_days": 7,
        "pack_milli": 12000,
    }
    [found] = find_suppliers(office.deps, admin, "sahel")
    assert (found.id, found.name_ar, found.bank_account) == (made.id, "معصرة الساحل", _rip())
    assert [p.reference for p in found.products] == ["HUI-1L", "HUI-5L"]


def test_a_product_dropped_from_a_supplier_is_no_longer_listed_under_it(office: Branch) -> None:
    admin = office.actor("admin")
    made, _ = save_supplier(office.deps, admin, sahel(office))
    edit = sahel(office, supplier_id=made.id)
    save_supplier(office.deps, admin, replace(edit, products=list(edit.products)[:1]))
    [found] = find_suppliers(office.deps, admin, "F001")
    assert [p.reference for p in found.products] == ["HUI-5L"]
    # and it comes back when head office lists it again
    save_supplier(office.deps, admin, sahel(office, supplier_id=made.id))
    [found] = find_suppliers(office.deps, admin, "F001")
    assert len(found.products) == 2


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"legal_ids": {"nif": "12345"}}, "receivables.invalid_legal_id"),
        ({"bank_account": _rip()[:-2] + "00"}, "payables.invalid_bank_account"),
        ({"name": "", "name_ar": " "}, "payables.supplier_without_name"),
        ({"terms": "sometime"}, "receivables.unknown_terms"),
        ({"currency": "EURO"}, "payables.bad_currency"),
    ],
)
def test_a_supplier_with_an_invalid_field_is_refused_with_its_code_and_nothing_written(
    office: Branch, fields: dict[str, Any], code: str
) -> None:
    with pytest.raises(ErpError) as error:
        save_supplier(office.deps, office.actor("admin"), sahel(office, **fields))
    assert error.value.code == code
    assert queued(office, "supplier") == []
    assert find_suppliers(office.deps, office.actor("admin")) == []


def test_a_second_supplier_may_not_take_a_code_already_used(office: Branch) -> None:
    admin = office.actor("admin")
    save_supplier(office.deps, admin, sahel(office))
    with pytest.raises(ErpError) as error:
        save_supplier(office.deps, admin, sahel(office, name="Autre"))
    assert (error.value.code, error.value.params["field"]) == ("common.invalid_value", "code")


def test_a_branch_may_not_edit_suppliers_nor_a_cashier_anywhere(
    office: Branch, branch: Branch
) -> None:
    with pytest.raises(ErpError) as error:
        save_supplier(branch.deps, branch.actor("admin"), sahel(branch))
    assert error.value.code == "sync.owned_by_head_office"
    assert not supplier_setup(branch.deps, branch.actor("admin")).editable
    with pytest.raises(ErpError) as error:
        save_supplier(office.deps, office.actor("accountant"), sahel(office))
    assert error.value.code == "auth.permission_denied"


def test_a_pulled_supplier_is_applied_whole_and_replaced_by_the_next(
    office: Branch, branch: Branch
) -> None:
    made, _ = save_supplier(office.deps, office.actor("admin"), sahel(branch))
    row = {**supplier_payload(made), "active": True, "deleted_at": None}  # as the server logs it
    with branch.deps.store.transaction(None) as tx:
        assert tx.sync.apply_remote("supplier", row, branch.deps.now()) == {Changed.SUPPLIERS}
    [found] = find_suppliers(branch.deps, branch.actor("clerk"), "")
    assert (found.id, found.legal_ids, set(found.products)) == (
        made.id,
        made.legal_ids,
        set(made.products),
    )
    row["products"] = row["products"][1:]
    row["products"][0]["last_price_minor"] = 20500
    with branch.deps.store.transaction(None) as tx:
        tx.sync.apply_remote("supplier", row, branch.deps.now())
        assert tx.suppliers.suppliers_of_products(branch.products[:2]) == {
            branch.products[1]: [made.id]
        }
    [found] = find_suppliers(branch.deps, branch.actor("clerk"), "")
    assert [(p.reference, p.last_price.amount) for p in found.products] == [
        ("HUI-1L", Decimal("205.00"))
    ]
