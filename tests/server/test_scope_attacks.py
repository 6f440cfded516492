"""A session running as the application role tries to see other branches' rows and audit
trail, or to forge audit rows: every attempt leaves it with its own branch or nothing.

The scope is what the database recorded when the transaction proved a credential
(``auth.enter_scope``, migration 0014); settings the session writes itself count for
nothing, and the tables behind the scope are out of the role's reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import Connection, Engine, make_url, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.ids import new_id
from sync_server import cli
from sync_server.db.engine import database_url, make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.enrollment import enroll


@dataclass(frozen=True)
class World:
    alger: UUID
    oran: UUID
    alger_device: UUID
    alger_credential: str
    oran_credential: str
    alger_alert: UUID
    oran_alert: UUID


def _alert(engine: Engine, branch: UUID) -> UUID:
    alert_id = new_id()
    with unit_of_work(engine, branch_id=branch, actor_id=new_id()) as conn:
        conn.execute(
            text(
                "INSERT INTO sync.alerts (id, branch_id, kind, params) "
                "VALUES (:id, :b, 'receipt_seen', '{}')"
            ),
            {"id": alert_id, "b": branch},
        )
    return alert_id


@pytest.fixture(scope="module")
def world(engine: Engine) -> World:
    headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    alger_device, credential = enroll(engine, headoffice.add_device(engine, "ALG01", "till")[1])
    _oran_device, oran_credential = enroll(
        engine, headoffice.add_device(engine, "ALG02", "till")[1]
    )
    return World(
        alger,
        oran,
        alger_device.id,
        credential,
        oran_credential,
        _alert(engine, alger),
        _alert(engine, oran),
    )


@contextmanager
def as_application(engine: Engine) -> Iterator[Connection]:
    """A transaction as ``erp_app``, in no scope until it proves one: what an attacker
    running SQL through the application gets."""
    with engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL ROLE erp_app")
        yield conn


def seen(conn: Connection) -> tuple[set[UUID], set[UUID]]:
    """The branches whose alerts, and whose audit rows of alerts, this transaction sees."""
    alerts = set(conn.execute(text("SELECT branch_id FROM sync.alerts")).scalars())
    audited = set(
        conn.execute(text("SELECT branch_id FROM audit.log WHERE table_name = 'alerts'")).scalars()
    )
    return alerts, audited


def enter(conn: Connection, credential: str, branch: UUID | None = None) -> str:
    return str(
        conn.execute(
            text("SELECT outcome FROM auth.enter_scope(:c, :b)"), {"c": credential, "b": branch}
        ).scalar_one()
    )


def head_office_key(engine: Engine) -> str:
    with engine.begin() as conn:  # the owner's login, as at a psql prompt
        return str(conn.execute(text("SELECT secret FROM scope.head_office_key")).scalar_one())


def test_a_session_that_says_it_is_head_office_sees_no_branch(engine: Engine, world: World) -> None:
    with as_application(engine) as conn:
        conn.exec_driver_sql("SET LOCAL erp.scope = 'head_office'")
        conn.execute(text("SELECT set_config('erp.branch_id', :b, true)"), {"b": str(world.oran)})
        assert seen(conn) == (set(), set())
    with as_application(engine) as conn:  # for the whole session, not only the transaction
        conn.execute(text("SELECT set_config('erp.scope', 'head_office', false)"))
        assert seen(conn) == (set(), set())
        conn.exec_driver_sql("RESET erp.scope")


def test_a_branch_session_claiming_head_office_still_sees_only_its_branch(
    engine: Engine, world: World
) -> None:
    with as_application(engine) as conn:
        assert enter(conn, world.alger_credential) == "branch"
        assert seen(conn) == ({world.alger}, {world.alger})
        conn.exec_driver_sql("SET LOCAL erp.scope = 'head_office'")
        conn.execute(text("SELECT set_config('erp.branch_id', :b, true)"), {"b": str(world.oran)})
        assert seen(conn) == ({world.alger}, {world.alger})
        rows = conn.execute(
            text("SELECT count(*) FROM audit.log WHERE row_id = :id"), {"id": str(world.oran_alert)}
        ).scalar_one()
        assert rows == 0  # Oran's receipt trail stays Oran's


@pytest.mark.parametrize(
    "attempt",
    [
        "INSERT INTO scope.current (backend_pid, xact, head_office) "
        "VALUES (pg_backend_pid(), pg_current_xact_id(), true)",
        "UPDATE scope.current SET head_office = true",
        "SELECT secret FROM scope.head_office_key",
        "SELECT credential_hash FROM auth.devices",
        "SELECT enrollment_token_hash FROM auth.devices",
        "UPDATE auth.devices SET credential_hash = 'forged'",
        "INSERT INTO sync.change_log (branch_id, entity, entity_id, payload) "
        "VALUES (NULL, 'product', gen_random_uuid(), '{}')",
    ],
    ids=[
        "insert a scope",
        "widen a scope",
        "read the head-office key",
        "read credential hashes",
        "read enrollment tokens",
        "replace a credential",
        "forge a change for every branch",
    ],
)
def test_the_scope_and_the_secrets_are_out_of_the_application_roles_reach(
    engine: Engine, world: World, attempt: str
) -> None:
    with pytest.raises(DBAPIError, match="permission denied"), as_application(engine) as conn:
        enter(conn, world.alger_credential)
        conn.execute(text(attempt))
    with as_application(engine) as conn:
        assert seen(conn) == (set(), set())


def test_a_branch_session_cannot_rewrite_what_head_office_owns(
    engine: Engine, world: World
) -> None:
    user = headoffice.add_user(engine, "amina", "Amina", "caisse-2026", ["cashier"], "ALG01")
    product = {"sku": "THE500", "name": "Thé vert", "name_ar": "شاي أخضر", "unit": "pce"}
    headoffice.import_products(
        engine, [product | {"price": "680", "currency": "DZD", "tax_class": "standard"}]
    )
    with unit_of_work(engine, credential=world.alger_credential) as conn:
        promoted = conn.execute(
            text("UPDATE auth.users SET roles = '{administrator}' WHERE id = :u"), {"u": user}
        )
        renamed = conn.execute(text("UPDATE auth.branches SET name = 'pwned'"))
        repriced = conn.execute(text("UPDATE inventory.products SET price_minor = 1"))
        assert (promoted.rowcount, renamed.rowcount, repriced.rowcount) == (0, 0, 0)
    with (
        pytest.raises(DBAPIError, match="row-level security"),
        unit_of_work(engine, credential=world.alger_credential) as conn,
    ):
        conn.execute(
            text(
                "INSERT INTO auth.users (id, username, full_name, password_hash, roles, branch_id) "
                "VALUES (:id, 'mole', 'Mole', 'x', '{administrator}', :b)"
            ),
            {"id": new_id(), "b": world.alger},
        )
    with unit_of_work(engine, credential=world.alger_credential) as conn:  # still readable
        assert conn.execute(
            text("SELECT roles FROM auth.users WHERE id = :u"), {"u": user}
        ).scalar_one() == ["cashier"]
        assert "pwned" not in set(conn.execute(text("SELECT name FROM auth.branches")).scalars())
        assert (
            conn.execute(text("SELECT price_minor FROM inventory.products")).scalar_one() == 68000
        )


def test_a_wrong_credential_enters_no_scope_and_drops_the_one_held(
    engine: Engine, world: World
) -> None:
    key = head_office_key(engine)
    for wrong, branch in [
        ("", None),
        ("head_office", None),
        (key[:-1] + ("0" if key[-1] != "0" else "1"), None),  # the key, one character off
        (f"{world.alger_device}.not-its-secret", None),
        (world.oran_credential, world.alger),  # a real device, asking for another branch
        (f"{new_id()}.{world.alger_credential.partition('.')[2]}", None),  # another id
    ]:
        with as_application(engine) as conn:
            assert enter(conn, world.alger_credential) == "branch"
            assert enter(conn, wrong, branch) == "refused"
            assert seen(conn) == (set(), set())
    with as_application(engine) as conn:  # the right key, for comparison
        assert enter(conn, key) == "head_office"
        assert seen(conn) == ({world.alger, world.oran}, {world.alger, world.oran})


def test_a_rotated_head_office_key_is_refused_at_once(
    engine: Engine,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = head_office_key(engine)
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    assert cli.main(["head-office-key", "rotate"]) == 0
    new = capsys.readouterr().out.rsplit(" ", 1)[-1].strip()
    assert new == head_office_key(engine) != old
    with as_application(engine) as conn:
        assert enter(conn, old) == "refused"
        assert seen(conn) == (set(), set())
    with as_application(engine) as conn:
        assert enter(conn, new) == "head_office"


def test_a_scope_ends_with_its_transaction_on_a_pooled_connection(
    engine: Engine, world: World
) -> None:
    with engine.connect() as conn:
        with conn.begin():
            conn.exec_driver_sql("SET LOCAL ROLE erp_app")
            enter(conn, world.alger_credential)
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with conn.begin():  # the next request served by the same backend
            conn.exec_driver_sql("SET LOCAL ROLE erp_app")
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() == pid
            conn.execute(text("SELECT pg_current_xact_id()"))  # even with an id of its own
            assert seen(conn) == (set(), set())


def test_audit_rows_are_written_by_the_triggers_alone(engine: Engine, world: World) -> None:
    forged = (
        "INSERT INTO audit.log (schema_name, table_name, row_id, operation, branch_id) "
        "VALUES ('sync', 'alerts', 'x', 'insert', CAST(:b AS uuid))"
    )
    forged_for_the_company = (
        "INSERT INTO audit.company_log (schema_name, table_name, row_id, operation) "
        "VALUES ('auth', 'users', 'x', 'insert')"
    )
    for attempt in (
        forged,
        forged_for_the_company,
        *(
            statement
            for log in ("audit.log", "audit.company_log")
            for statement in (
                f"UPDATE {log} SET actor_id = NULL",
                f"DELETE FROM {log}",
                f"TRUNCATE {log}",
            )
        ),
    ):
        with (
            pytest.raises(DBAPIError, match="permission denied"),
            unit_of_work(engine, head_office=True) as conn,  # even head office's
        ):
            conn.execute(text(attempt), {"b": str(world.alger)})
    for log in ("audit.log", "audit.company_log"):
        for attempt in (f"UPDATE {log} SET actor_id = NULL", f"DELETE FROM {log}"):
            with pytest.raises(DBAPIError, match=r"storage\.immutable"), engine.begin() as conn:
                conn.execute(text(attempt))  # the owner at a psql prompt
    with unit_of_work(engine, head_office=True) as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM audit.trail WHERE row_id = 'x'")).scalar() == 0
        )


def test_each_audit_row_is_read_by_head_office_or_by_its_branch(
    engine: Engine, world: World
) -> None:
    with unit_of_work(engine, credential=world.oran_credential) as conn:
        rows = conn.execute(
            text("SELECT row_id, branch_id FROM audit.log WHERE table_name = 'alerts'")
        ).all()
        assert {(r[0], r[1]) for r in rows} == {(str(world.oran_alert), world.oran)}
    with unit_of_work(engine, head_office=True) as conn:
        ids = set(
            conn.execute(text("SELECT row_id FROM audit.log WHERE table_name = 'alerts'")).scalars()
        )
        assert ids == {str(world.alger_alert), str(world.oran_alert)}
        # Credentials and tokens never reach the audit trail, not even as hashes.
        devices = (
            conn.execute(text("SELECT after FROM audit.trail WHERE table_name = 'devices'"))
            .scalars()
            .all()
        )
        assert devices  # head office added them, and they were enrolled
        assert all("credential_hash" not in d and "enrollment_token_hash" not in d for d in devices)


def test_every_monthly_partition_of_the_audit_log_is_protected(
    engine: Engine, world: World
) -> None:
    upgrade(engine, today=date(2030, 6, 1))  # months made by a later migrate, too
    with engine.begin() as conn:
        partitions = conn.execute(
            text(
                "SELECT CAST(c.oid::regclass AS text), c.relrowsecurity, c.relforcerowsecurity, "
                "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
                "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                "WHERE i.inhparent = CAST('audit.log' AS regclass)"
            )
        ).all()
    names = {p[0] for p in partitions}
    assert {"audit.log_2024_01", "audit.log_2032_06", "audit.log_default"} <= names
    assert all(p[1] and p[2] and p[3] == 2 for p in partitions), partitions
    with (
        pytest.raises(DBAPIError, match="permission denied"),
        unit_of_work(engine, credential=world.alger_credential) as conn,
    ):
        month = date.today().strftime("%Y_%m")
        conn.execute(text(f"SELECT count(*) FROM audit.log_{month}"))


@pytest.fixture
def application_login(engine: Engine) -> Iterator[str]:
    """A login role that is erp_app and nothing more (how API workers should connect); the
    URL of the test database as that role."""
    role = f"erp_api_{new_id().hex[:12]}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN IN ROLE erp_app")
    yield (
        make_url(database_url(engine.url.render_as_string(hide_password=False)))
        .set(username=role)
        .render_as_string(hide_password=False)
    )
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE {role}")


def test_a_login_that_is_only_the_application_role_cannot_reach_head_office(
    engine: Engine, world: World, application_login: str
) -> None:
    api = make_engine(application_login)
    try:
        with api.begin() as conn:  # RESET ROLE gains it nothing: it is erp_app already
            conn.exec_driver_sql("RESET ROLE")
            with pytest.raises(DBAPIError, match="permission denied"), conn.begin_nested():
                conn.execute(text("SELECT secret FROM scope.head_office_key"))
        with (
            pytest.raises(PermissionDenied) as refused,
            unit_of_work(api, head_office=True),
        ):
            pass
        assert refused.value.code == "auth.head_office_key_unreadable"
        with unit_of_work(api, credential=world.alger_credential) as conn:
            assert seen(conn) == ({world.alger}, {world.alger})
    finally:
        api.dispose()
    keyed = make_engine(application_login, head_office_key=head_office_key(engine))
    try:
        with unit_of_work(keyed, head_office=True) as conn:
            assert seen(conn)[0] == {world.alger, world.oran}
    finally:
        keyed.dispose()
