"""Pull over real HTTP: a new branch bootstraps a big catalog in pages and resumes after an
interruption; users come with their password hashes; a transfer reaches only its branch."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.server.helpers import running_server

PRODUCTS = 2500


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str) -> Iterator[str]:
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    headoffice.add_register(engine, "ALG01", "C1", 500)
    headoffice.add_user(engine, "amina", "Amina", "s3cret-pass", ["cashier"], "ALG01", pin="1111")
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [
                ProductRow(
                    new_id(),
                    f"P{i:06d}",
                    f"Produit {i}",
                    f"منتج {i}",
                    "pce",
                    100 + i,
                    "DZD",
                    "standard",
                )
                for i in range(PRODUCTS)
            ],
        )
    with running_server(pg_url) as url:
        yield url


def credential(server: str, engine: Engine, branch: str) -> dict[str, str]:
    _device, token = headoffice.add_device(engine, branch, "till")
    answer = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    return {"authorization": f"Bearer {answer.json()['credential']}"}


def test_a_new_branch_bootstraps_the_catalog_in_resumable_pages(
    server: str, engine: Engine
) -> None:
    headers = credential(server, engine, "ALG01")
    seen: dict[str, int] = {}
    cursor, pages = 0, 0
    while True:
        page = httpx.get(
            f"{server}/api/v1/pull", params={"after": cursor, "limit": 1000}, headers=headers
        ).json()
        for change in page["changes"]:
            assert change["seq"] > cursor
            seen[change["entity"]] = seen.get(change["entity"], 0) + 1
        cursor, pages = page["cursor"], pages + 1
        if pages == 2:  # the line drops here: start again from the last cursor applied
            headers = credential(server, engine, "ALG01")
        if not page["more"]:
            break
    assert seen["product"] == PRODUCTS
    assert seen["branch"] == 2 and seen["register"] == 1 and seen["company"] == 1
    assert seen["account"] > 10
    assert pages == 3  # 2,500 products and the rest, by 1,000
    empty = httpx.get(f"{server}/api/v1/pull", params={"after": cursor}, headers=headers).json()
    assert empty["changes"] == [] and empty["cursor"] == cursor and not empty["more"]
    # A price changed at head office comes down on the next pull, and only that.
    with unit_of_work(engine, head_office=True) as conn:
        conn.execute(
            text("UPDATE inventory.products SET price_minor = 99900 WHERE sku = 'P000007'")
        )
    changes = httpx.get(f"{server}/api/v1/pull", params={"after": cursor}, headers=headers).json()[
        "changes"
    ]
    assert [(c["entity"], c["payload"]["sku"], c["payload"]["price_minor"]) for c in changes] == [
        ("product", "P000007", 99900)
    ]


def test_users_come_down_with_their_hashes_for_offline_login(server: str, engine: Engine) -> None:
    headers = credential(server, engine, "ALG01")
    users = []
    cursor = 0
    while True:
        page = httpx.get(
            f"{server}/api/v1/pull", params={"after": cursor, "limit": 5000}, headers=headers
        ).json()
        users += [c["payload"] for c in page["changes"] if c["entity"] == "user"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert [(u["username"], u["roles"]) for u in users] == [("amina", ["cashier"])]
    assert users[0]["password_hash"].startswith("$argon2") and users[0]["pin_hash"].startswith(
        "$argon2"
    )


def test_a_transfer_reaches_only_the_branch_it_is_sent_to(server: str, engine: Engine) -> None:
    alger = credential(server, engine, "ALG01")
    oran = credential(server, engine, "ALG02")
    newest = httpx.get(
        f"{server}/api/v1/pull", params={"after": 0, "limit": 1}, headers=oran
    ).json()["newest"]
    with unit_of_work(engine, head_office=True) as conn:
        ids = dict(conn.execute(text("SELECT code, id FROM auth.branches")).all())
        transfer = new_id()
        conn.execute(
            text(
                "INSERT INTO inventory.stock_documents (id, branch_id, kind, number, status, issued_at, "
                "counterpart_branch_id, payload) VALUES (:id, :a, 'transfer_out', 'ALG01-TO-2026-000001', "
                "'in_transit', now(), :o, CAST(:p AS jsonb))"
            ),
            {"id": transfer, "a": ids["ALG01"], "o": ids["ALG02"], "p": '{"lines": []}'},
        )
    to_oran = httpx.get(f"{server}/api/v1/pull", params={"after": newest}, headers=oran).json()[
        "changes"
    ]
    to_alger = httpx.get(f"{server}/api/v1/pull", params={"after": newest}, headers=alger).json()[
        "changes"
    ]
    assert [(c["entity"], c["entity_id"]) for c in to_oran] == [
        ("incoming_transfer", str(transfer))
    ]
    assert to_oran[0]["payload"]["branch_id"] == str(ids["ALG01"])
    assert to_alger == []


def test_a_slow_transaction_delays_only_its_own_change_and_is_never_skipped(
    server: str, engine: Engine
) -> None:
    headers = credential(server, engine, "ALG01")
    start = httpx.get(
        f"{server}/api/v1/pull", params={"after": 0, "limit": 1}, headers=headers
    ).json()["newest"]
    slow_holds_seq = threading.Event()
    finish = threading.Event()

    def slow_writer() -> None:
        with unit_of_work(engine, head_office=True) as conn:
            conn.execute(
                text("UPDATE inventory.products SET price_minor = 1 WHERE sku = 'P000001'")
            )
            slow_holds_seq.set()
            finish.wait(10)

    thread = threading.Thread(target=slow_writer)
    thread.start()
    slow_holds_seq.wait(10)
    with unit_of_work(engine, head_office=True) as conn:  # a later sequence, committed first
        conn.execute(text("UPDATE inventory.products SET price_minor = 2 WHERE sku = 'P000002'"))
    early = httpx.get(f"{server}/api/v1/pull", params={"after": start}, headers=headers).json()
    # the change committed first comes down at once; the open transaction's waits
    assert [c["payload"]["sku"] for c in early["changes"]] == ["P000002"]
    finish.set()
    thread.join()
    # a branch whose cursor already passed the later commit still gets the late one
    late = httpx.get(
        f"{server}/api/v1/pull", params={"after": early["cursor"]}, headers=headers
    ).json()
    assert [c["payload"]["sku"] for c in late["changes"]] == ["P000001"]
    assert late["changes"][0]["seq"] > early["cursor"]
    # from the start, the feed is in commit order
    every = httpx.get(f"{server}/api/v1/pull", params={"after": start}, headers=headers).json()
    assert [c["payload"]["sku"] for c in every["changes"]] == ["P000002", "P000001"]


def test_a_bad_cursor_gets_a_coded_error(server: str, engine: Engine) -> None:
    headers = credential(server, engine, "ALG01")
    answer = httpx.get(f"{server}/api/v1/pull", params={"after": -1}, headers=headers)
    assert answer.status_code == 422 and answer.json()["code"] == "common.invalid_value"
    assert httpx.get(f"{server}/api/v1/pull").status_code == 401
