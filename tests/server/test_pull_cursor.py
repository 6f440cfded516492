"""The pull cursor follows this database's commits only: a transaction left open in another
database of the same server holds nothing back, a slow one here delays only its own change
(and is never skipped), and writers committing in any order while a branch polls give the
branch every change exactly once."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from sync_server.services.pull import pull
from tests.pg import sibling_database

PRODUCTS = 40


@pytest.fixture(scope="module")
def device(engine: Engine) -> Device:
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [
                ProductRow(
                    new_id(),
                    f"P{i:03d}",
                    f"Produit {i}",
                    f"منتج {i}",
                    "pce",
                    100,
                    "DZD",
                    "standard",
                )
                for i in range(PRODUCTS)
            ],
        )
    _device_id, token = headoffice.add_device(engine, "ALG01", "till")
    return enroll(engine, token)[0]


def set_price(engine: Engine, sku: str, price: int) -> None:
    with unit_of_work(engine, head_office=True) as conn:
        conn.execute(
            text("UPDATE inventory.products SET price_minor = :p WHERE sku = :s"),
            {"p": price, "s": sku},
        )


def newest(engine: Engine, device: Device) -> int:
    return int(pull(engine, device, 0, 1)["newest"])


def prices(page: dict[str, Any]) -> list[tuple[str, int]]:
    return [
        (c["payload"]["sku"], c["payload"]["price_minor"])
        for c in page["changes"]
        if c["entity"] == "product"
    ]


@pytest.fixture
def open_write_elsewhere(pg_url: str) -> Iterator[int]:
    """A report's scratch table written in another database and left uncommitted."""
    with sibling_database(pg_url) as other, psycopg.connect(other) as conn:
        conn.execute("CREATE TABLE scratch (n int)")
        conn.execute("INSERT INTO scratch VALUES (1)")
        xid = conn.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()
        assert xid is not None
        yield int(xid[0])
        conn.rollback()


def test_a_transaction_left_open_in_another_database_holds_back_no_pull(
    engine: Engine, device: Device, open_write_elsewhere: int
) -> None:
    start = newest(engine, device)
    set_price(engine, "P001", 111)
    with engine.connect() as conn:  # the change is younger than the open transaction
        ours = conn.execute(text("SELECT max(xid::text::bigint) FROM sync.change_log")).scalar_one()
    assert ours > open_write_elsewhere
    assert prices(pull(engine, device, start)) == [("P001", 111)]


def test_a_transaction_committing_late_is_delayed_until_it_commits_then_pulled(
    engine: Engine, device: Device
) -> None:
    start = newest(engine, device)
    holds, finish = threading.Event(), threading.Event()

    def slow() -> None:
        with unit_of_work(engine, head_office=True) as conn:
            conn.execute(text("UPDATE inventory.products SET price_minor = 201 WHERE sku = 'P002'"))
            holds.set()
            finish.wait(10)

    thread = threading.Thread(target=slow)
    thread.start()
    assert holds.wait(10)
    set_price(engine, "P003", 301)
    set_price(engine, "P004", 401)
    early = pull(engine, device, start)
    assert prices(early) == [("P003", 301), ("P004", 401)]  # the slow one waits, only it
    finish.set()
    thread.join()
    assert prices(pull(engine, device, early["cursor"])) == [("P002", 201)]


def test_writers_committing_in_any_order_reach_a_polling_branch_exactly_once(
    engine: Engine, device: Device
) -> None:
    start = newest(engine, device)
    written: list[tuple[str, int]] = []
    lock = threading.Lock()
    writing = threading.Event()
    writing.set()

    def writer(number: int) -> None:
        chance = random.Random(number)
        for round_ in range(12):
            skus = chance.sample(range(PRODUCTS), chance.randint(1, 3))
            price = 10_000 * (number + 1) + round_
            with unit_of_work(engine, head_office=True) as conn:
                for sku in skus:
                    conn.execute(
                        text("UPDATE inventory.products SET price_minor = :p WHERE sku = :s"),
                        {"p": price, "s": f"P{sku:03d}"},
                    )
                time.sleep(chance.uniform(0, 0.03))  # commit later than writers that began after
            with lock:
                written.extend((f"P{sku:03d}", price) for sku in skus)

    received: list[tuple[str, int]] = []
    while_writing: list[int] = []

    def poller() -> None:
        cursor = start
        while True:
            still_writing = writing.is_set()
            page = pull(engine, device, cursor, 5)
            received.extend(prices(page))
            assert all(c["seq"] > cursor for c in page["changes"])
            cursor = page["cursor"]
            if still_writing:
                while_writing.append(len(page["changes"]))
            if not page["more"] and not still_writing:
                return

    writers = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    polling = threading.Thread(target=poller)
    polling.start()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    writing.clear()
    polling.join(60)
    assert not polling.is_alive()
    assert sum(while_writing) > 0  # the branch pulled while writers were still at work
    assert Counter(received) == Counter(written)
    assert len(received) == len(set(received))
