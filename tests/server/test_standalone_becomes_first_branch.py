"""A shop that ran alone becomes the first branch of a new company server: head office sets
up the company and invites it, the owner runs `erp-desktop join`, and the shop's whole
catalog becomes the company's (nothing to deduplicate), its sales go up, both sides agree
and the server's reconciliation is clean."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from erp_desktop import cli
from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.app.shop_setup.product_file import read_product_file, write_template
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import open_branch, set_up_shop, workstation_register
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import default_catalog
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.joining import invite_shop
from sync_server.services.reconcile import reconcile
from tests.server.helpers import running_server


def test_the_shop_becomes_the_first_branch_of_a_new_company(
    engine: Engine,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    classes = default_catalog().tax_classes("MA")
    products, problems = read_product_file(
        write_template(tmp_path / "p.xlsx", classes), "MAD", classes
    )
    assert problems == []
    shop = tmp_path / "shop"
    set_up_shop(
        shop,
        ShopSetup(
            "Hanout Ben Said", "حانوت بن سعيد", "MA", "MAD", {"ice": "001561191000066"},
            "Derb Sultan, Casablanca", "CAS01", "Derb Sultan", "درب السلطان", "C1",
            (
                Person("youssef", "Youssef Ben Said", "secret-owner", "4321", ("owner",)),
                Person("salma", "Salma", "secret-cash", "1357", ("cashier",)),
            ),
            tuple(products),
        ),
    )  # fmt: skip
    branch = open_branch(shop)
    try:
        cashier = log_in_with_pin(branch.deps, "1357", workstation_register(branch, shop))
        open_cash_session(branch.deps, cashier, Money.of(Decimal(200), "MAD"))
        with branch.deps.store.read() as tx:
            sugar = tx.catalog.product_by_sku("SUCRE-KG")
        assert sugar is not None
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(sugar.id, Decimal("1.5")),),
                (Tender(TenderKind.CASH, Money.of(Decimal(200), "MAD")),),
            ),
        )
    finally:
        branch.close()
    headoffice.set_up_company(engine, "Hanout Ben Said SARL", "حانوت بن سعيد", "MA", "MAD")
    with running_server(pg_url) as url:
        token = invite_shop(engine, "Hanout Ben Said")
        monkeypatch.setenv("ERP_JOIN_USER", "youssef")
        monkeypatch.setenv("ERP_JOIN_PASSWORD", "secret-owner")
        assert cli.main(["join", "--server", url, "--token", token, "--data-dir", str(shop)]) == 0
        said = capsys.readouterr().out
        assert "0 products were already the chain's, 2 joined its catalog; sent " in said
        branch = open_branch(shop)
        try:
            again = synchronize(branch.deps)
        finally:
            branch.close()
        assert again.comparison is not None and again.comparison.agrees
    with unit_of_work(engine, head_office=True) as conn:
        skus = conn.execute(text("SELECT sku FROM inventory.products ORDER BY sku")).scalars()
        sales = conn.execute(text("SELECT number FROM sales.documents")).scalars().all()
        site = conn.execute(text("SELECT code, kind FROM auth.branches")).one()
    assert list(skus) == ["LAIT-1L", "SUCRE-KG"]
    assert len(sales) == 1 and sales[0].startswith("CAS01-C1-")
    assert tuple(site) == ("CAS01", "branch")
    checked = reconcile(engine)
    assert checked.clean, checked.lines()


def test_a_join_whose_answer_was_lost_is_taken_again_with_a_new_invitation(
    engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    from erp_desktop.bootstrap import join_chain
    from erp_desktop.storage.joining import join_request
    from sync_server.services.joining import join_shop

    classes = default_catalog().tax_classes("MA")
    products, _ = read_product_file(write_template(tmp_path / "p.csv", classes), "MAD", classes)
    shop = tmp_path / "rabat"
    set_up_shop(
        shop,
        ShopSetup(
            "Hanout Rabat", "", "MA", "MAD", {}, "Agdal, Rabat", "RBA01", "Agdal", "", "C1",
            (Person("youssef", "Youssef Rabat", "secret-owner", "4321", ("owner",)),),
            tuple(products),
        ),
    )  # fmt: skip
    with unit_of_work(engine, head_office=True) as conn:
        company = conn.execute(text("SELECT count(*) FROM auth.company")).scalar_one()
    if not company:  # this test alone: the company the first test made
        headoffice.set_up_company(engine, "Hanout Ben Said SARL", "حانوت بن سعيد", "MA", "MAD")
    branch = open_branch(shop)
    try:
        lost = join_shop(engine, join_request(branch.replica, invite_shop(engine, "Rabat")))
    finally:
        branch.close()
    with running_server(pg_url) as url:
        report = join_chain(
            shop, url, invite_shop(engine, "Rabat, again"), "youssef", "secret-owner"
        )
    assert report.refused == 0
    assert (report.merged, report.adopted) == (len(lost.merged), lost.adopted)
    assert report.renamed == lost.renamed  # the name the first join gave, kept
    checked = reconcile(engine)
    assert checked.clean, checked.lines()


def test_the_owner_joins_from_the_clients_menu(
    qtbot: QtBot, qapp: QApplication, engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    from erp_desktop.app.auth import log_in
    from erp_desktop.ui.context import UiContext
    from erp_desktop.ui.i18n import LanguageManager
    from erp_desktop.ui.join_dialog import JoinChainDialog
    from erp_desktop.ui.tasks import TaskRunner

    shop = tmp_path / "tanger"
    set_up_shop(
        shop,
        ShopSetup(
            "Hanout Tanger", "", "MA", "MAD", {}, "Tanger", "TNG01", "Tanger", "", "C1",
            (Person("hamid", "Hamid", "secret-owner", "4321", ("owner",)),),
        ),
    )  # fmt: skip
    with unit_of_work(engine, head_office=True) as conn:
        company = conn.execute(text("SELECT count(*) FROM auth.company")).scalar_one()
    if not company:
        headoffice.set_up_company(engine, "Hanout Ben Said SARL", "حانوت بن سعيد", "MA", "MAD")
    languages = LanguageManager(qapp, "MA")
    languages.switch("fr")
    db = TaskRunner("replica-test")
    branch = db.run_here(lambda: open_branch(shop))
    ctx = UiContext(branch.deps, db, languages, shop)
    try:
        ctx.actor = db.run_here(lambda: log_in(branch.deps, "hamid", "secret-owner"))
        with running_server(pg_url) as url:
            dialog = JoinChainDialog(ctx)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.keyClicks(dialog.url, url)
            qtbot.keyClicks(dialog.token, invite_shop(engine, "Tanger"))
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: ctx.net.pending() == 0, timeout=30000)
        assert not dialog.join_button.isEnabled(), dialog.status.text()  # joined, not refused

        def kind() -> str:
            with branch.deps.store.read() as tx:
                return tx.org.local_branch().kind

        assert db.run_here(kind) == "branch"
    finally:
        db.run_here(branch.close)
        ctx.shutdown()
    with unit_of_work(engine, head_office=True) as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM auth.branches WHERE code = 'TNG01'")
            ).scalar_one()
            == 1
        )


def test_a_wrong_invitation_is_said_in_the_owners_language_and_changes_nothing(
    engine: Engine,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shop = tmp_path / "fes"
    set_up_shop(
        shop,
        ShopSetup(
            "Hanout Fès", "", "MA", "MAD", {}, "Fès", "FES01", "Fès", "", "C1",
            (Person("driss", "Driss", "secret-owner", "4321", ("owner",)),),
        ),
    )  # fmt: skip
    monkeypatch.setenv("ERP_JOIN_USER", "driss")
    monkeypatch.setenv("ERP_JOIN_PASSWORD", "secret-owner")
    with running_server(pg_url) as url:
        argv = ["join", "--server", url, "--token", "f" * 48, "--data-dir", str(shop)]
        assert cli.main([*argv, "--lang", "fr"]) == 1
    said = capsys.readouterr().err.strip()
    assert said == (
        "erp-desktop: L'invitation est inconnue, déjà utilisée ou expirée : demandez-en une "
        "autre au siège. (join.invalid_invitation)"
    )
    branch = open_branch(shop)
    try:
        with branch.deps.store.read() as tx:
            assert tx.org.local_branch().kind == "standalone"
            assert tx.org.setting("sync_credential") is None
    finally:
        branch.close()
