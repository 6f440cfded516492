"""Head office's own changes made for the whole company through the server (the CLI and
services.headoffice, proving the head-office key) are no branch's: since 0036 their audit
rows are in audit.company_log, still written by the triggers alone with the acting user,
before and after, and read by head office and by no branch. What head office's own site
does (its devices prove the site, 0016) stays in audit.log under that site, as a branch's
rows do."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.partners.company import CompanyDetails
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import enroll

ADDRESS = "12 rue Didouche Mourad, Alger"


@dataclass(frozen=True, slots=True)
class Company:
    id: UUID
    alger: UUID
    site: UUID  # head office's own site
    site_credential: str


@pytest.fixture(scope="module")
def company(engine: Engine) -> Company:
    company_id = headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    site, _ = headoffice.add_head_office(engine, "HO", "Siège", "المقر")
    _device, credential = enroll(engine, headoffice.add_device(engine, "HO", "PC HO")[1])
    return Company(company_id, alger, site, credential)


def test_head_office_s_changes_for_the_company_are_in_the_company_log(
    engine: Engine, company: Company
) -> None:
    accountant = new_id()
    with unit_of_work(engine, head_office=True, actor_id=accountant) as conn:
        conn.execute(
            text("UPDATE auth.branches SET name = 'Alger Centre' WHERE id = :b"),
            {"b": company.alger},
        )
    headoffice.set_company_details(engine, CompanyDetails({"address": ADDRESS}))
    with unit_of_work(engine, head_office=True) as conn:
        renamed = conn.execute(
            text(
                "SELECT operation, actor_id, before ->> 'name', after ->> 'name' "
                "FROM audit.company_log WHERE table_name = 'branches' AND row_id = :b ORDER BY id"
            ),
            {"b": str(company.alger)},
        ).all()
        company_rows = conn.execute(
            text(
                "SELECT operation, after ->> 'address' FROM audit.company_log "
                "WHERE table_name = 'company' AND row_id = :c ORDER BY id"
            ),
            {"c": str(company.id)},
        ).all()
        in_a_branch_log = conn.execute(
            text("SELECT count(*) FROM audit.log WHERE row_id IN (:b, :c)"),
            {"b": str(company.alger), "c": str(company.id)},
        ).scalar_one()
    assert [tuple(r) for r in renamed] == [
        ("insert", None, None, "Alger"),
        ("update", accountant, "Alger", "Alger Centre"),
    ]
    assert [tuple(r) for r in company_rows] == [("insert", ""), ("update", ADDRESS)]
    assert in_a_branch_log == 0


def test_head_office_s_own_site_writes_its_rows_under_its_site(
    engine: Engine, company: Company
) -> None:
    """A head-office PC works in head-office scope with its site named: its changes are
    that site's, in audit.log like a branch's (the site is head office's shard on Citus)."""
    with unit_of_work(engine, credential=company.site_credential, actor_id=new_id()) as conn:
        conn.execute(
            text("UPDATE auth.branches SET name_ar = 'الجزائر الوسطى' WHERE id = :b"),
            {"b": company.alger},
        )
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text(
                "SELECT branch_id, after ->> 'name_ar' FROM audit.trail "
                "WHERE table_name = 'branches' AND row_id = :b AND operation = 'update' "
                "ORDER BY id DESC LIMIT 1"
            ),
            {"b": str(company.alger)},
        ).one()
    assert tuple(rows) == (company.site, "الجزائر الوسطى")


def test_no_branch_reads_the_company_s_audit_rows(engine: Engine, company: Company) -> None:
    alert = new_id()
    with unit_of_work(engine, branch_id=company.alger) as conn:
        conn.execute(
            text(
                "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:a, :b, 'x', '{}')"
            ),
            {"a": alert, "b": company.alger},
        )
    with unit_of_work(engine, branch_id=company.alger) as conn:
        assert conn.execute(text("SELECT count(*) FROM audit.company_log")).scalar_one() == 0
        trail = conn.execute(text("SELECT row_id, branch_id FROM audit.trail")).all()
    assert [tuple(r) for r in trail] == [(str(alert), company.alger)]
    with unit_of_work(engine, head_office=True) as conn:  # head office reads both logs
        counts = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM audit.trail), (SELECT count(*) FROM audit.log), "
                "(SELECT count(*) FROM audit.company_log)"
            )
        ).one()
    assert counts[0] == counts[1] + counts[2] and counts[1] >= 2 and counts[2] > 20
