"""Suppliers: names, legal identifiers, bank accounts with their keys, products (issue 14)."""

from decimal import Decimal
from uuid import uuid4

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.banks import iban_valid, normalized_bank_account, rib_key
from erp_desktop.kernel.purchasing.suppliers import SuppliedProduct, supplier, with_last_price


def _code(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return error.value.code


def test_a_tunisian_rib_is_checked_by_its_key_on_the_published_example() -> None:
    # McZen-Technologies/TNRIB's README: 07040005810111129653 is valid (Amen Bank).
    assert normalized_bank_account("TN", "07 040 0058101111296 53") == "07040005810111129653"
    with pytest.raises(ValidationError) as error:
        normalized_bank_account("TN", "07040005810111129654")
    assert _code(error) == "payables.invalid_bank_account"


def test_a_tunisian_iban_is_checked_by_its_check_digits_and_by_its_rib() -> None:
    # the same account as an IBAN (TNRIB's README): TN59 07 040 0058101111296 53
    assert normalized_bank_account("TN", "TN59 0704 0005 8101 1112 9653") == (
        "TN5907040005810111129653"
    )
    with pytest.raises(ValidationError):
        normalized_bank_account("TN", "TN58 0704 0005 8101 1112 9653")


def test_an_algerian_rip_key_covers_the_agency_and_the_account_but_not_the_bank() -> None:
    # Banque d'Algérie instruction 06-2004 as read by rib-validator-dz: 97 - (agency +
    # account) x 100 mod 97; Algérie Poste's agency is 99999.
    body = "99999" + "0012345678"
    key = 97 - (int(body) * 100) % 97
    rip = f"007{body}{key:02d}"
    assert normalized_bank_account("DZ", rip) == rip
    assert normalized_bank_account("DZ", "001" + rip[3:]) == "001" + rip[3:]
    wrong = rip[:10] + str((int(rip[10]) + 1) % 10) + rip[11:]
    with pytest.raises(ValidationError):
        normalized_bank_account("DZ", wrong)
    with pytest.raises(ValidationError):
        normalized_bank_account("DZ", rip[:-1])  # 19 digits


def test_a_moroccan_rib_of_24_digits_is_checked_by_its_key_over_the_first_22() -> None:
    body = "011" + "780" + "0000123456789012"
    rib = f"{body}{rib_key(body):02d}"
    assert len(rib) == 24
    assert normalized_bank_account("MA", rib) == rib
    with pytest.raises(ValidationError):
        normalized_bank_account("MA", rib[:-2] + f"{(rib_key(body) % 97) + 1:02d}")


def test_a_foreign_suppliers_iban_is_checked_by_iso_13616() -> None:
    assert iban_valid("FR76 3000 6000 0112 3456 7890 189")  # the usual published example
    assert not iban_valid("FR76 3000 6000 0112 3456 7890 188")
    assert normalized_bank_account("FR", "FR7630006000011234567890189").startswith("FR76")
    with pytest.raises(ValidationError):
        normalized_bank_account("FR", "FR7630006000011234567890188")


def _olive_oil() -> SuppliedProduct:
    return SuppliedProduct(uuid4(), "HUI-5L", Money.of("850.00", "DZD"), 7, Decimal(12))


def test_a_domestic_supplier_has_its_legal_ids_checked_and_a_bad_one_is_refused() -> None:
    made = supplier(
        id=uuid4(),
        code="F001",
        name="Huilerie du Sahel",
        name_ar="معصرة الساحل",
        country="DZ",
        currency="DZD",
        terms=PaymentTerms.net(30),
        legal_ids={"nif": "408 020 000 150 039"},
        products=[_olive_oil()],
    )
    assert made.legal_ids == (("nif", "408020000150039"),)
    assert made.name_ar == "معصرة الساحل"
    with pytest.raises(ValidationError) as error:
        supplier(
            id=uuid4(),
            code="F002",
            name="X",
            name_ar="",
            country="DZ",
            currency="DZD",
            terms=PaymentTerms.cash(),
            legal_ids={"nif": "12345"},
        )
    assert _code(error) == "receivables.invalid_legal_id"


def test_a_supplier_abroad_keeps_its_identifiers_as_given_and_buys_in_its_currency() -> None:
    made = supplier(
        id=uuid4(),
        code="IMP1",
        name="Olivar SL",
        name_ar="",
        country="ES",
        currency="EUR",
        terms=PaymentTerms.net(60),
        legal_ids={"vat": "ESB12345678"},
        bank_account="",
    )
    assert made.legal_ids == (("vat", "ESB12345678"),) and made.currency == "EUR"
    assert not made.domestic


def test_a_supplier_needs_a_name_a_currency_and_well_formed_products() -> None:
    base = dict(id=uuid4(), code="F3", country="TN", currency="TND", terms=PaymentTerms.cash())
    with pytest.raises(ValidationError) as error:
        supplier(name=" ", name_ar="", **base)  # type: ignore[arg-type]
    assert _code(error) == "payables.supplier_without_name"
    with pytest.raises(ValidationError) as error:
        supplier(name="A", name_ar="", **{**base, "currency": "tnd"})  # type: ignore[arg-type]
    assert _code(error) == "payables.bad_currency"
    priced_in_euros = SuppliedProduct(uuid4(), "R1", Money.of("1", "EUR"), 3)
    with pytest.raises(ValidationError) as error:
        supplier(name="A", name_ar="", products=[priced_in_euros], **base)  # type: ignore[arg-type]
    assert _code(error) == "payables.bad_supplied_product"
    twice = SuppliedProduct(uuid4(), "R1", Money.of("1", "TND"), 3)
    with pytest.raises(ValidationError) as error:
        supplier(name="A", name_ar="", products=[twice, twice], **base)  # type: ignore[arg-type]
    assert _code(error) == "payables.duplicate_supplied_product"


def test_an_invoice_sets_the_last_price_of_a_supplied_product() -> None:
    oil = _olive_oil()
    made = supplier(
        id=uuid4(),
        code="F1",
        name="H",
        name_ar="ه",
        country="DZ",
        currency="DZD",
        terms=PaymentTerms.cash(),
        products=[oil],
    )
    updated = with_last_price(made, oil.product_id, Money.of("870.00", "DZD"))
    found = updated.product(oil.product_id)
    assert found is not None and found.last_price == Money.of("870.00", "DZD")
    assert found.lead_time_days == 7 and found.pack == 12
    with pytest.raises(ValidationError) as error:
        with_last_price(made, uuid4(), Money.of("1", "DZD"))
    assert _code(error) == "payables.product_not_supplied"
