"""The demo replica is built through the real rules: its books balance and its stock adds up."""

from pathlib import Path

from sqlalchemy import text

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.auth import log_in
from erp_desktop.app.till.integrity import check_register_series
from erp_desktop.bootstrap import open_branch
from erp_desktop.cli import main
from erp_desktop.demo.names import ITEMS
from erp_desktop.kernel.barcodes import is_valid_gtin


def test_demo_data_builds_a_consistent_branch(tmp_path: Path, capsys: object) -> None:
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "demo-data",
                "--products",
                "120",
                "--days",
                "8",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    assert (
        main(["--data-dir", str(tmp_path), "demo-data", "--products", "120", "--days", "8"]) == 2
    )  # no overwrite
    branch = open_branch(tmp_path)
    try:
        accountant = log_in(branch.deps, "leila", "demo")
        assert trial_balance(branch.deps, accountant).balanced
        with branch.replica.read() as conn:
            assert (
                conn.execute(
                    text(
                        "SELECT count(*) FROM stock_levels l WHERE l.quantity_milli != (SELECT coalesce(sum(quantity_milli), 0) "
                        "FROM stock_movements m WHERE m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id)"
                    )
                ).scalar()
                == 0
            )
            barcodes = conn.execute(text("SELECT barcode FROM product_barcodes")).scalars().all()
            names_ar = conn.execute(text("SELECT name_ar FROM products LIMIT 5")).scalars().all()
            series = (
                conn.execute(text("SELECT DISTINCT series FROM sales_documents")).scalars().all()
            )
            weighed = conn.execute(
                text("SELECT count(*) FROM products WHERE scale_code IS NOT NULL")
            ).scalar()
            filed = conn.execute(  # the touch till's grid: every product in a category
                text("SELECT count(*) FROM products WHERE category_id IS NOT NULL")
            ).scalar()
            pictured = conn.execute(text("SELECT count(*) FROM product_images")).scalar()
        assert len(barcodes) == 120 and all(is_valid_gtin(b) for b in barcodes)
        assert all(any("\u0600" <= c <= "\u06ff" for c in n) for n in names_ar)
        assert weighed > 0
        assert filed == 120 and pictured == len(ITEMS)  # a picture of each kind
        for s in series:
            assert check_register_series(branch.deps, accountant, s).intact
    finally:
        branch.close()
    office = open_branch(tmp_path / "head-office")  # head office's replica, its own folder
    try:
        hr = log_in(office.deps, "rh", "demo")
        with office.deps.store.read() as tx:
            assert tx.org.branch(hr.branch_id).kind == "head_office"
            assert tx.payroll.run_count_of_month(tx.payroll.run_summaries()[0].month) >= 1
    finally:
        office.close()
