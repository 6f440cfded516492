"""What the law requires an invoice and a payslip to say of the company (décret exécutif
05-468 art. 3: legal form, activity, capital, address, RC, NIF, NIS, article d'imposition;
the employer's address and CNAS number on a payslip, loi 90-11 art. 86-87) is set once at
head office (`erp-sync-server company set`) and reaches a branch in its pull, over a real
uvicorn server on real PostgreSQL: the branch then prints the A4 invoice of a business
customer that it could not print before. Bad input is refused with its code and changes
nothing."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.partners.company import TEXT_MENTIONS, CompanyDetails
from erp_desktop.printing.from_business import business_document_pdf
from erp_desktop.storage.repositories.org import COMPANY_MENTIONS
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server import cli
from sync_server.cli_company import details_of
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.printing.poppler import pdftotext
from tests.server.helpers import head_office_for, running_server

pytestmark = pytest.mark.postgres

ADDRESS = "12 rue Didouche Mourad, Alger"
MENTIONS = [
    "company",
    "set",
    "--legal-form",
    "SARL",
    "--legal-form-ar",
    "ش.ذ.م.م",
    "--capital",
    "1000000",
    "--activity",
    "Commerce de détail alimentaire",
    "--address",
    ADDRESS,
    "--address-ar",
    "12 شارع ديدوش مراد، الجزائر",
    "--phone",
    "023 45 67 89",
    "--legal-id",
    "RC=16/00-1234567 B 19",
    "--legal-id",
    "NIF=001916123456789",
    "--legal-id",
    "NIS=091916012345678",
    "--legal-id",
    "AI=16012345678",
    "--legal-id",
    "CNAS=16 0123456 78",
]


@pytest.fixture(scope="module")
def alger(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Branch]:
    branch = build_branch(Path(tmp_path_factory.mktemp("mentions")))
    with branch.replica.transaction(None) as conn:  # a branch knows nothing but its name
        conn.execute(text("UPDATE company SET legal_ids = '{}'"))
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        _device, token = headoffice.add_device(engine, "ALG01", "PC Alger")
        client = SyncClient(url)
        enroll_device(branch.deps, client, token)
        client.close()
        synchronize(branch.deps)
        yield branch
    branch.replica.close()


def _company(engine: Engine) -> dict[str, object]:
    with unit_of_work(engine, head_office=True) as conn:
        record = conn.execute(text("SELECT to_jsonb(c) FROM auth.company c")).scalar()
    return dict(record)


def _feed_rows(engine: Engine) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM sync.change_log WHERE entity = 'company'")
            ).scalar_one()
        )


def _invoice_text(branch: Branch) -> str:
    manager = branch.actor("manager")
    customer, _ = save_business_customer(
        branch.deps,
        manager,
        None,
        BusinessProfile(
            "Restaurant Le Phénicien",
            "مطعم الفينيقي",
            legal_ids={"nif": "000016001234567", "rc": "16/00-7654321 B 20"},
            billing_address="5 rue Larbi Ben M'hidi, Alger",
            terms="net:30",
        ),
    )
    invoice, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer.id,
            (
                LineRequest(
                    Decimal(1),
                    unit_price=Decimal(20000),
                    description="Buffet du 20 mars",
                    vat_rate=Decimal(19),
                ),
            ),
        ),
    )
    pdf = business_document_pdf(branch.deps, manager, invoice.id).pdf
    return unicodedata.normalize("NFKC", pdftotext(pdf, "-layout")).replace("\u202f", " ")


def test_the_server_keeps_every_mention_the_replica_keeps(engine: Engine) -> None:
    assert set(COMPANY_MENTIONS) == {*TEXT_MENTIONS, "capital_minor"}
    with unit_of_work(engine, head_office=True) as conn:
        columns = set(
            conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = 'auth' AND table_name = 'company'"
                )
            ).scalars()
        )
    assert set(COMPANY_MENTIONS) <= columns


def test_before_head_office_sets_them_a_branch_cannot_print_a_business_invoice(
    alger: Branch,
) -> None:
    with pytest.raises(ValidationError) as refused:
        _invoice_text(alger)
    assert refused.value.code == "invoicing.missing_mentions"


def test_the_mentions_set_at_head_office_print_on_the_branch_s_a4_invoice(
    alger: Branch,
    engine: Engine,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    assert cli.main(MENTIONS) == 0
    assert "branches get it in their next pull" in capsys.readouterr().out
    record = _company(engine)
    assert record["address"] == ADDRESS and record["capital_minor"] == 100_000_000
    with unit_of_work(engine, head_office=True) as conn:  # audited as the company's change
        after = conn.execute(
            text(
                "SELECT after FROM audit.company_log WHERE table_name = 'company' "
                "AND lower(operation) = 'update' ORDER BY id DESC LIMIT 1"
            )
        ).scalar_one()
    assert after["address"] == ADDRESS and after["legal_ids"]["CNAS"] == "16 0123456 78"
    assert synchronize(alger.deps).rejected == 0
    with alger.deps.store.read() as view:
        info = view.org.company()
    assert (info.address, info.legal_form, info.capital_minor) == (ADDRESS, "SARL", 100_000_000)
    assert info.legal_ids["RC"] == "16/00-1234567 B 19" and info.legal_ids["CNAS"]
    printed = _invoice_text(alger)
    for mention in (ADDRESS, "SARL", "Commerce de détail alimentaire", "1 000 000,00"):
        assert mention in printed
    for value in ("16/00-1234567 B 19", "001916123456789", "091916012345678", "16012345678"):
        assert value in printed


@pytest.mark.parametrize(
    ("argv", "code", "field"),
    [
        (["--address", "  "], "common.required", "address"),
        (["--legal-id", "CNAS=16 01A3456"], "common.invalid_value", "CNAS"),
        (["--legal-id", "NIF=12345"], "receivables.invalid_legal_id", None),
        (["--legal-id", "ICE=001561191000066"], "common.invalid_value", "legal_id"),
        (["--capital", "-5"], "common.invalid_value", "capital"),
        (["--capital", "10.005"], "common.invalid_value", "capital"),
        (["--capital", "beaucoup"], "common.invalid_value", "capital"),
        (["--phone", "0" * 41], "common.invalid_value", "phone"),
    ],
)
def test_a_bad_mention_is_refused_with_its_code_and_changes_nothing(
    alger: Branch, engine: Engine, argv: list[str], code: str, field: str | None
) -> None:
    before, logged = _company(engine), _feed_rows(engine)
    details = cli_details(["company", "set", "--activity", "Autre chose", *argv])
    with pytest.raises(ErpError) as refused:
        headoffice.set_company_details(engine, details)
    assert refused.value.code == code
    if field is not None:
        assert refused.value.params["field"] == field
    assert _company(engine) == before and _feed_rows(engine) == logged


def test_the_cli_says_the_refusal_as_a_sentence_with_its_code(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    assert cli.main(["company", "set", "--address", ""]) == 1
    assert capsys.readouterr().err.strip() == (
        "erp-sync-server: address is required (common.required)"
    )
    assert cli.main(["company", "set"]) == 1  # nothing to set
    assert "(common.required)" in capsys.readouterr().err


def cli_details(argv: list[str]) -> CompanyDetails:
    return details_of(cli._parser().parse_args(argv))
