"""Head office's rules in the kernel: who owns what, and where a late entry is posted."""

from __future__ import annotations

from datetime import date

import pytest

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.ledger.periods import local_posting_date, moved_posting, posting_date
from erp_desktop.kernel.ownership import SiteKind, may_write, write_refusal


def test_a_sale_dated_in_a_closed_november_is_posted_on_december_the_first() -> None:
    assert posting_date(date(2026, 11, 28), {"2026-11"}) == date(2026, 12, 1)
    assert moved_posting(date(2026, 11, 28), {"2026-11"}) == date(2026, 12, 1)


def test_an_entry_in_an_open_month_keeps_its_day() -> None:
    assert posting_date(date(2026, 10, 31), {"2026-11"}) == date(2026, 10, 31)
    assert moved_posting(date(2026, 10, 31), {"2026-11"}) is None


def test_two_closed_months_in_a_row_send_the_entry_past_both() -> None:
    assert posting_date(date(2026, 11, 3), {"2026-11", "2026-12"}) == date(2027, 1, 1)


def test_a_replica_posts_on_the_first_open_day_after_a_month_head_office_closed() -> None:
    assert local_posting_date(date(2026, 11, 28), {"2026-11"}) == date(2026, 12, 1)


def test_a_month_a_branch_closed_on_its_own_replica_refuses_its_postings() -> None:
    with pytest.raises(ConflictError) as err:
        local_posting_date(date(2026, 3, 10), set(), {"2026-03"})
    assert err.value.code == "ledger.period_closed"
    assert err.value.params == {"period": "2026-03", "on": "2026-03-10"}


def test_head_office_owns_the_catalog_prices_and_periods_a_branch_its_sales() -> None:
    for entity in ("product", "fiscal_period", "tax_catalog", "supplier", "employee", "payslip"):
        assert may_write(entity, SiteKind.HEAD_OFFICE)
        assert not may_write(entity, SiteKind.BRANCH)
    for entity in ("sale", "stock_movement", "stock_document", "cash_session"):
        assert may_write(entity, SiteKind.BRANCH)
        assert not may_write(entity, SiteKind.HEAD_OFFICE)
    assert may_write("customer", SiteKind.BRANCH) and may_write("customer", SiteKind.HEAD_OFFICE)


def test_a_refusal_names_the_owner_and_the_entity() -> None:
    by_branch = write_refusal("product", "branch")
    by_office = write_refusal("sale", "head_office")
    assert by_branch is not None and by_office is not None
    assert (by_branch.code, dict(by_branch.params)) == (
        "sync.owned_by_head_office",
        {"entity": "product"},
    )
    assert (by_office.code, dict(by_office.params)) == (
        "sync.owned_by_branches",
        {"entity": "sale"},
    )
    assert write_refusal("product", "head_office") is None
