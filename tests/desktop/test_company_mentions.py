"""The company record says what its invoices must say of it (décret exécutif 05-468 art. 3):
legal form, capital, activity, address. Upgrading an old replica keeps its company."""

import json
import shutil
from pathlib import Path

from sqlalchemy import text

from erp_desktop.printing.from_sales import seller_of
from erp_desktop.printing.legal import missing_mentions
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import current_revision, head_revision, upgrade_replica
from erp_desktop.storage.remote import apply_remote
from erp_desktop.storage.repositories.org import OrgRepository
from tests.builders import START, Branch

FIXTURES = Path(__file__).parent / "fixtures"


def test_upgrading_to_0008_keeps_the_company_and_audits_its_new_mentions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "replica_v1.sqlite3", path)
    replica = Replica(path)
    with replica.read() as conn:
        before = conn.execute(text("SELECT name, legal_ids FROM company")).one()
    upgrade_replica(replica)
    assert current_revision(replica) == head_revision()
    with replica.engine.begin() as conn:
        info = OrgRepository(conn).company()
        assert (info.name, info.legal_ids) == (before[0], json.loads(before[1]))
        assert (info.legal_form, info.capital_minor, info.address) == ("", None, "")
        assert "legal_form" in missing_mentions("DZ", seller_of(info))
        conn.execute(
            text(
                "UPDATE company SET legal_form = 'SARL', capital_minor = 100000000, "
                "activity = 'Épicerie', address = 'Tlemcen'"
            )
        )
        audited = conn.execute(
            text("SELECT after FROM audit_log WHERE table_name = 'company' ORDER BY rowid DESC")
        ).scalar()
        info = OrgRepository(conn).company()
    assert json.loads(audited)["legal_form"] == "SARL"
    seller = seller_of(info)
    assert (seller.legal_form, str(seller.capital), seller.address) == (
        "SARL",
        "1000000.00 DZD",
        "Tlemcen",
    )
    replica.close()


def test_a_company_payload_from_head_office_brings_its_mentions(branch: Branch) -> None:
    with branch.replica.transaction(None) as conn:
        info = OrgRepository(conn).company()
        payload = {
            "id": str(info.id),
            "name": info.name,
            "name_ar": info.name_ar,
            "country": "DZ",
            "currency": "DZD",
            "legal_ids": info.legal_ids,
            "legal_form": "SARL",
            "capital_minor": 500_000_000,
            "activity": "Supérettes",
            "address": "Oran",
        }
        apply_remote(conn, "company", payload, START)
        # A payload logged before the server kept mentions (its 0033) keeps what the replica has.
        apply_remote(conn, "company", {k: payload[k] for k in list(payload)[:6]}, START)
        info = OrgRepository(conn).company()
    assert (info.legal_form, info.capital_minor, info.activity, info.address) == (
        "SARL",
        500_000_000,
        "Supérettes",
        "Oran",
    )
