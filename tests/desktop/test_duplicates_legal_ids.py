"""The duplicate finder reads a business customer's legal identifiers (NIF, RC, ICE,
matricule fiscal... issue 13) beside the till's tax id: the same identifier, however it was
typed (spaces, dots, dashes, case), makes a likely pair even when names and phones differ."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.business.customers import save_business_customer
from erp_desktop.app.crm.duplicates import likely_duplicates
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.crm.profile import compacted_legal_ids
from tests.builders import Branch
from tests.desktop.test_business_customers import RESTAURANT


def test_legal_ids_are_compacted_and_counted_once() -> None:
    assert compacted_legal_ids(
        " 16/00-1234567 b 18 ", '{"nif": "0000 1600 1234 567", "rc": "16/00-1234567 B 18"}'
    ) == ("16001234567B18", "000016001234567")
    assert compacted_legal_ids("", "") == ()
    assert compacted_legal_ids("", {"mf": "1234567/a/m/000"}) == ("1234567AM000",)


def test_the_same_nif_typed_differently_makes_a_likely_pair(branch: Branch) -> None:
    admin = branch.actor("admin")
    corniche, _ = save_business_customer(branch.deps, admin, None, RESTAURANT)
    # the same firm entered again under its trading name, its NIF typed without spaces
    other = replace(
        RESTAURANT,
        name="SARL Gastronomie du Port",
        name_ar="",
        phone="",
        legal_ids={"NIF": "000016001234567"},
    )
    port, _ = save_business_customer(branch.deps, admin, None, other)
    # a walk-in customer whose tax id typed at the till is the restaurant's RC, lower case
    till, _ = save_customer(
        branch.deps, admin, None, name="Karim Belaid", tax_id="16/00-1234567 b 18"
    )
    save_customer(branch.deps, admin, None, name="Nadia Haddad")  # nothing in common
    pairs = {frozenset((p.first.id, p.second.id)): p for p in likely_duplicates(branch.deps, admin)}
    assert set(pairs) == {
        frozenset((corniche.id, port.id)),
        frozenset((corniche.id, till.id)),
    }
    assert all(p.reasons == {"legal_id"} for p in pairs.values())
