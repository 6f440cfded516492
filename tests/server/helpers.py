"""Test helpers: a head office matching a test branch replica (its users too, as head
office would have sent them down), the replica's outbox as a push batch, and the real HTTP
server on a loopback port, a database owned by a plain login."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

import uvicorn
from sqlalchemy import Connection, Engine, create_engine, make_url, select

from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.outbox import pending_changes
from erp_desktop.storage.tables.org import user_roles, users
from erp_desktop.sync.runner import make_batch
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import database_url, make_engine, unit_of_work
from sync_server.db.headoffice import insert_user
from sync_server.main import create_app
from sync_server.services import headoffice
from sync_server.settings import Settings
from tests.builders import PRODUCTS, Branch
from tests.pg import new_database_name, server_url


def head_office_for(engine: Engine, branch: Branch) -> None:
    """The company, both branches, the register, the catalog and the branch's users with
    the replica's ids."""
    ids = branch.ids  # type: ignore[attr-defined]
    headoffice.set_up_company(engine, "Supérette El Bahia SARL", "متجر البهية", "DZ", "DZD")
    headoffice.add_branch(
        engine, "ALG01", "Alger Centre", "الجزائر الوسطى", ids["alg01"], ids["wh01"]
    )
    headoffice.add_branch(engine, "ALG02", "Oran", "وهران", ids["alg02"], ids["wh02"])
    headoffice.add_register(engine, "ALG01", "C1", 500, ids["reg01"])
    headoffice.add_register(engine, "ALG02", "C1", 500, ids["reg02"])
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [
                ProductRow(
                    pid,
                    f"SKU{i:04d}",
                    name,
                    name_ar,
                    unit,
                    price * 100,
                    "DZD",
                    tax,
                    (branch.barcodes[i],),
                )
                for i, (pid, (name, name_ar, price, tax, unit)) in enumerate(
                    zip(branch.products, PRODUCTS, strict=True)
                )
            ],
        )
    register_users(engine, branch)


def register_users(engine: Engine, branch: Branch) -> None:
    """The replica's users on the server, same ids, names, hashes, roles and branch (in
    production they are made at head office and pulled down)."""
    with branch.replica.read() as conn:
        people = conn.execute(
            select(
                users.c.id,
                users.c.username,
                users.c.full_name,
                users.c.password_hash,
                users.c.pin_hash,
                users.c.branch_id,
            ).where(users.c.branch_id == branch.branch_id)
        ).all()
        roles = conn.execute(
            select(user_roles.c.user_id, user_roles.c.role).where(user_roles.c.deleted_at.is_(None))
        ).all()
    with unit_of_work(engine, head_office=True) as conn:
        for user_id, username, full_name, password_hash, pin_hash, branch_id in people:
            insert_user(
                conn,
                username,
                full_name,
                password_hash,
                pin_hash,
                sorted(r for u, r in roles if u == user_id),
                UUID(str(branch_id)) if branch_id else None,
                UUID(str(user_id)),
            )


def outbox_batch(branch: Branch, device_id: object, key: str | None = None) -> dict[str, Any]:
    """The replica's pending outbox as a push batch (what the sync client sends), under a
    fresh key unless one is given."""
    with branch.replica.read() as conn:
        rows = pending_changes(conn, 2000)
    return make_batch(rows, device_id, branch.branch_id, key or f"batch-{new_id().hex}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(database_url: str, settings: Settings | None = None) -> Iterator[str]:
    """The real app under uvicorn on a loopback port (``settings`` when given); yields its
    base URL."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings or Settings(database_url)),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise TimeoutError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@contextmanager
def before_proven_scope(engine: Engine) -> Iterator[Connection]:
    """A head-office transaction as the server opened one before migration 0014 (the scope
    a setting), for tests that write data at an older schema and then upgrade it."""
    with engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL ROLE erp_app")
        conn.exec_driver_sql("SELECT set_config('erp.scope', 'head_office', true)")
        yield conn


@contextmanager
def database_of_a_plain_owner() -> Iterator[Engine]:
    """A database owned by a login that is neither superuser nor owner of erp_app, as in
    production: the other server tests connect as a superuser, whom row-level security
    never stops."""
    owner, name = f"erp_owner_{new_id().hex[:12]}", new_database_name()
    admin = create_engine(database_url(server_url()), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN IN ROLE erp_app")
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {owner}')
    url = make_url(database_url(server_url())).set(username=owner, database=name)
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f"DROP ROLE {owner}")
        admin.dispose()
