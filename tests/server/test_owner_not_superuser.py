"""The rules hold on a database owned by an ordinary login, as in production: the other
server tests connect as a superuser, whom row-level security never stops, so the SECURITY
DEFINER functions (enrollment, scope, audit) are tried here as a plain owner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.enrollment import authenticate, enroll
from tests.server.helpers import database_of_a_plain_owner


@pytest.fixture
def owned() -> Iterator[Engine]:
    with database_of_a_plain_owner() as engine:
        yield engine


def test_a_plain_owner_enrolls_scopes_audits_and_revokes(owned: Engine) -> None:
    upgrade(owned)
    headoffice.set_up_company(owned, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(owned, "ALG01", "Alger", "الجزائر")
    device, credential = enroll(owned, headoffice.add_device(owned, "ALG01", "till")[1])
    assert authenticate(owned, credential).branch_id == alger
    with unit_of_work(owned, credential=credential, actor_id=new_id()) as conn:
        conn.execute(
            text(
                "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:id, :b, 'x', '{}')"
            ),
            {"id": new_id(), "b": alger},
        )
    with unit_of_work(owned, credential=credential) as conn:
        trail = conn.execute(text("SELECT table_name, branch_id FROM audit.log")).all()
        assert [tuple(r) for r in trail] == [("alerts", alger)]
    with owned.begin() as conn:  # the owner at a psql prompt, in no scope
        assert conn.execute(text("SELECT count(*) FROM audit.log")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM audit.company_log")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM sync.alerts")).scalar_one() == 0
    with unit_of_work(owned, head_office=True) as conn:  # the company's set-up, no branch's
        assert conn.execute(text("SELECT count(*) FROM audit.company_log")).scalar_one() > 20
        assert conn.execute(text("SELECT count(*) FROM audit.log")).scalar_one() == 1
    headoffice.revoke_device(owned, device.id)
    with pytest.raises(PermissionDenied) as refused:
        authenticate(owned, credential)
    assert refused.value.code == "auth.device_revoked"
