"""The nightly reconciliation over a pushed branch day, and the operator's command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from erp_desktop.app.stock.adjustments import post_count
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import default_catalog
from sync_server.api.push_answers import status_of
from sync_server.db.engine import database_url, unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import enroll
from sync_server.services.push import apply_push
from sync_server.services.reconcile import reconcile
from tests.builders import Branch, build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, outbox_batch, register_users


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, Money.of(Decimal(1000), "DZD"))
    for i in range(6):
        checkout(
            built.deps,
            cashier,
            CheckoutRequest(
                (CartLine(built.products[i], Decimal(i + 1)),),
                (Tender(TenderKind.CARD, _exact(built, i), reference="T"),),
            ),
        )
    post_count(built.deps, built.actor("clerk"), {built.products[0]: Decimal(97)})
    yield built
    built.replica.close()


def _price(i: int) -> Money:
    from tests.builders import PRODUCTS

    return Money.of(Decimal(PRODUCTS[i][2]), "DZD")


def _exact(branch: Branch, i: int) -> Money:
    from tests.builders import PRODUCTS

    return Money.of(Decimal(PRODUCTS[i][2] * (i + 1)), "DZD")


def push_day(engine: Engine, branch: Branch, skip_sale: int | None = None) -> None:
    import json

    code = "ALG01" if branch.branch_id == branch.ids["alg01"] else "ALG02"  # type: ignore[attr-defined]
    device_id, token = headoffice.add_device(engine, code, "till")
    device, _credential = enroll(engine, token)
    batch = outbox_batch(branch, device_id)
    if skip_sale is not None:
        sales = [c for c in batch["changes"] if c["entity"] == "sale"]
        batch["changes"].remove(sales[skip_sale])
    outcome = apply_push(engine, device, json.dumps(batch).encode())
    assert status_of(outcome) == 200
    assert {r["status"] for r in outcome.body["results"]} == {"accepted"}, outcome.body


def test_a_clean_day_reconciles_and_tampering_is_caught(engine: Engine, branch: Branch) -> None:
    head_office_for(engine, branch)
    push_day(engine, branch)
    report = reconcile(engine)
    assert report.clean, report.lines()
    assert report.lines()[-1] == "reconciliation: everything agrees"
    # Someone edits a receipt's total in the database, triggers off, behind everyone's back.
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE sales.documents DISABLE TRIGGER immutable"))
        conn.execute(
            text(
                "UPDATE sales.documents SET payload = jsonb_set(payload, '{total_minor}', '1') "
                "WHERE number LIKE '%-000003'"
            )
        )
        conn.execute(text("ALTER TABLE sales.documents ENABLE TRIGGER immutable"))
    report = reconcile(engine)
    assert [(code, params.get("reason")) for code, params in report.problems] == [
        ("numbering.chain_broken", "hash_mismatch"),
        ("reconcile.document_altered", None),  # its total column is no longer the payload's
    ]
    assert report.problems[0][1]["number"].endswith("-000003")
    assert report.problems[1][1]["columns"] == ["total_minor"]


def test_a_document_that_never_arrived_is_a_gap_in_its_series(
    engine: Engine, branch: Branch, tmp_path: Path
) -> None:
    oran = build_branch(tmp_path, "ALG02", user_prefix="oran_", ids=branch.ids)  # type: ignore[attr-defined]
    register_users(engine, oran)
    cashier = oran.actor("cashier")
    open_cash_session(oran.deps, cashier, Money.of(Decimal(0), "DZD"))
    for i in range(3):
        checkout(
            oran.deps,
            cashier,
            CheckoutRequest(
                (CartLine(oran.products[i], Decimal(1)),),
                (Tender(TenderKind.CARD, _price(i)),),
            ),
        )
    push_day(engine, oran, skip_sale=1)
    gaps = [params for code, params in reconcile(engine).problems if code == "numbering.series_gap"]
    assert gaps == [{"series": "ALG02-C1-2026", "missing": [2]}]
    oran.replica.close()


@pytest.fixture
def cli_database() -> Iterator[str]:
    with temporary_database() as url:
        yield url


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url, "ERP_USER_PASSWORD": "s3cret-pass"}
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_operator_sets_up_head_office_from_the_command_line(
    cli_database: str, tmp_path: Path
) -> None:
    assert cli(cli_database, "migrate").returncode == 0
    assert (
        cli(
            cli_database,
            "company",
            "init",
            "--name",
            "El Bahia",
            "--name-ar",
            "البهية",
            "--country",
            "DZ",
            "--currency",
            "DZD",
        ).returncode
        == 0
    )
    assert (
        cli(
            cli_database, "branch", "add", "ALG01", "--name", "Alger", "--name-ar", "الجزائر"
        ).returncode
        == 0
    )
    assert (
        cli(cli_database, "register", "add", "ALG01", "C1", "--cash-step-minor", "500").returncode
        == 0
    )
    user = cli(
        cli_database,
        "user",
        "add",
        "amina",
        "--name",
        "Amina",
        "--role",
        "cashier",
        "--branch",
        "ALG01",
        "--pin",
        "1111",
    )
    assert user.returncode == 0, user.stderr
    device = cli(cli_database, "device", "add", "ALG01", "--name", "till 1")
    assert device.returncode == 0 and "one-time enrollment token" in device.stdout
    bad_role = cli(cli_database, "user", "add", "x", "--name", "X", "--role", "pirate")
    assert bad_role.returncode == 1 and "common.invalid_value" in bad_role.stderr
    csv_file = tmp_path / "products.csv"
    csv_file.write_text(
        "sku;name;name_ar;unit;price;currency;tax_class;barcodes;reorder_point\n"
        "CAF250;Café moulu 250 g;قهوة مطحونة 250 غ;pce;450,00;DZD;standard;6130000000015;10\n"
        "LAIT1;Lait UHT 1 L;حليب 1 لتر;pce;120;DZD;reduced;;24\n",
        encoding="utf-8",
    )
    imported = cli(cli_database, "import-products", str(csv_file))
    assert imported.returncode == 0 and "2 products imported" in imported.stdout, imported.stderr
    # the snapshot a new PC bootstraps from, made ahead by head office (and kept once fresh)
    prepared = cli(cli_database, "snapshot", "prepare", "--branch", "ALG01")
    again = cli(cli_database, "snapshot", "prepare", "--branch", "ALG01")
    assert prepared.returncode == 0 and "position" in prepared.stdout, prepared.stderr
    assert again.stdout == prepared.stdout
    assert cli(cli_database, "snapshot", "prepare", "--branch", "NOPE").returncode == 1
    csv_file.write_text(
        "sku;name;name_ar;unit;price;currency;tax_class;barcodes\nX1;X;س;pce;abc;DZD;standard;\n",
        encoding="utf-8",
    )
    refused = cli(cli_database, "import-products", str(csv_file))
    assert refused.returncode == 1 and "line 2: price" in refused.stderr
    law = tmp_path / "DZ.json"
    law.write_text(json.dumps(default_catalog().documents["DZ"]), encoding="utf-8")
    assert cli(cli_database, "taxes", "set", "DZ", str(law)).returncode == 0
    law.write_text("{not json", encoding="utf-8")
    broken = cli(cli_database, "taxes", "set", "DZ", str(law))
    assert broken.returncode == 1 and "common.invalid_value" in broken.stderr
    moroccan = cli(cli_database, "taxes", "set", "MA", str(tmp_path / "products.csv"))
    assert moroccan.returncode == 1 and "common.invalid_value" in moroccan.stderr
    rate = cli(cli_database, "rate", "set", "eur", "DZD", "145.23", "--on", "2026-11-25")
    assert rate.returncode == 0 and "1 EUR = 145.23 DZD from 2026-11-25" in rate.stdout
    for *bad, code in (
        ("XXX", "DZD", "145", "money.unknown_currency"),
        ("EUR", "DZD", "-1", "common.invalid_value"),
        ("EUR", "DZD", "1,5", "common.invalid_value"),
        ("DZD", "DZD", "1", "common.invalid_value"),
    ):
        refused = cli(cli_database, "rate", "set", *bad)
        assert refused.returncode == 1 and code in refused.stderr, refused.stderr
    assert cli(cli_database, "reconcile").returncode == 0
    engine = create_engine(database_url(cli_database))
    with unit_of_work(engine, head_office=True) as conn:
        assert (
            conn.execute(
                text("SELECT price_minor FROM inventory.products WHERE sku = 'CAF250'")
            ).scalar()
            == 45000
        )
        assert conn.execute(
            text("SELECT roles FROM auth.users WHERE username = 'amina'")
        ).scalar() == ["cashier"]
    engine.dispose()
    assert cli("", "migrate").returncode == 2  # no DATABASE_URL: a clear message, no traceback
