"""A new PC that joins a company whose server sent it no users or no catalog has not
joined: the command line and the first-run wizard say why with a code, and no half-made
replica is left. A transaction left open in another database of the same server (the
case that used to make every first pull come back empty) no longer stops a join."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from erp_desktop.bootstrap import join_company, open_branch, replica_path
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.ui.first_run import FirstRunDialog
from erp_desktop.ui.i18n import LanguageManager
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.pg import sibling_database
from tests.server.helpers import running_server


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str) -> Iterator[str]:
    """A company set up with its branch and register, but no staff and no catalog yet."""
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ORN01", "Oran", "وهران")
    headoffice.add_register(engine, "ORN01", "C1", 500)
    with running_server(pg_url) as url:
        yield url


def token(engine: Engine) -> str:
    return headoffice.add_device(engine, "ORN01", "till")[1]


def test_a_join_that_brought_no_users_fails_on_the_command_line(
    server: str, engine: Engine, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "erp_desktop", "--data-dir", str(tmp_path), "enroll"]
    joined = subprocess.run(
        [*command, "--server", server, "--token", token(engine)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert joined.returncode == 1
    assert "sync.joined_without_users" in joined.stderr and "joined" not in joined.stdout
    assert not replica_path(tmp_path).exists()  # nothing half-made is left


def test_a_join_without_a_catalog_is_told_in_the_wizard_in_french(
    server: str, engine: Engine, tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    headoffice.add_user(engine, "karim", "Karim", "oran-2026", ["cashier"], "ORN01", pin="2468")
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    dialog = FirstRunDialog(
        languages, lambda: None, lambda url, tok: join_company(tmp_path, url, tok)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, server)
    qtbot.keyClicks(dialog.token, token(engine))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=30000)
    assert dialog.status.text() == (
        f"Le serveur {server} n'a envoyé aucun article : ce poste ne pourrait rien vendre. "
        "Le siège doit charger le catalogue, puis donner un nouveau jeton."
    )
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not replica_path(tmp_path).exists()
    dialog.worker.shutdown()


def test_a_join_succeeds_while_another_database_holds_a_transaction_open(
    server: str, engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    with pytest.raises(ErpError) as refused:  # the token is checked before anything else
        join_company(tmp_path / "bad", server, "not-a-token")
    assert refused.value.code == "auth.invalid_credentials"
    with sibling_database(pg_url) as other, psycopg.connect(other) as report:
        report.execute("CREATE TABLE scratch (n int)")
        report.execute("INSERT INTO scratch VALUES (1)")  # and left uncommitted
        # head office's staff and catalog, written after the other database's transaction began
        headoffice.add_user(engine, "leila", "Leila", "oran-2026", ["cashier"], "ORN01")
        with unit_of_work(engine, head_office=True) as conn:
            upsert_products(
                conn,
                [ProductRow(new_id(), "HRS", "Harissa", "هريسة", "pce", 18500, "DZD", "standard")],
            )
        join_company(tmp_path / "orn", server, token(engine))
        report.rollback()
    branch = open_branch(tmp_path / "orn")
    try:
        with branch.deps.store.read() as tx:
            assert tx.org.local_branch().code == "ORN01"
            assert tx.org.user_by_username("leila") is not None
            assert tx.stock.product_count() == 1
    finally:
        branch.close()
