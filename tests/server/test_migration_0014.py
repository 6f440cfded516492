"""Upgrading a server from revision 0009 to 0014 keeps its rows, its audit trail and its
enrolled devices: a PC enrolled before the upgrade goes on syncing with its credential."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import current_revision, upgrade
from sync_server.services.enrollment import authenticate
from tests.pg import temporary_database


@pytest.fixture
def old_server() -> Iterator[Engine]:
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine, "0009")
        yield engine
        engine.dispose()


def test_upgrading_from_0009_keeps_rows_audit_and_enrolled_devices(old_server: Engine) -> None:
    branch, device, alert = new_id(), new_id(), new_id()
    credential = f"{device}.an-old-secret"
    with old_server.begin() as conn:  # the 0009 way: the session said who it was
        conn.exec_driver_sql("SET LOCAL ROLE erp_app")
        conn.execute(
            text(
                "SELECT set_config('erp.scope', 'head_office', true), "
                "set_config('erp.branch_id', :b, true)"
            ),
            {"b": str(branch)},
        )
        conn.execute(
            text(
                "INSERT INTO auth.branches (id, code, name, name_ar) VALUES (:b, 'ALG01', 'A', 'ا')"
            ),
            {"b": branch},
        )
        conn.execute(
            text(
                "INSERT INTO auth.devices (id, branch_id, name, credential_hash, enrolled_at) "
                "VALUES (:d, :b, 'till', :h, now())"
            ),
            {"d": device, "b": branch, "h": hashlib.sha256(credential.encode()).hexdigest()},
        )
        conn.execute(
            text(
                "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:a, :b, 'x', '{}')"
            ),
            {"a": alert, "b": branch},
        )
    upgrade(old_server, "0014")
    assert current_revision(old_server) == "0014"
    found = authenticate(old_server, credential)
    assert (found.id, found.branch_id) == (device, branch)
    with unit_of_work(old_server, credential=credential) as conn:
        assert conn.execute(text("SELECT id FROM sync.alerts")).scalars().all() == [alert]
        trail = conn.execute(
            text("SELECT table_name FROM audit.log WHERE branch_id = :b ORDER BY id"),
            {"b": branch},
        ).scalars()
        assert list(trail) == ["branches", "devices", "alerts"]  # written under 0009, kept
    with old_server.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit.log")).scalar_one() == 3
