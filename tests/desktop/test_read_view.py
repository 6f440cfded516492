"""``store.read()`` yields a view without writes: a write there is a type error, caught by
mypy before it is silently rolled back at the end of the read block."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]  # mypy finds erp_desktop from here, not installed

READ_AND_WRITE = """
from datetime import UTC, datetime

from erp_desktop.app.ports import Store


def rename_in_a_read_block(store: Store) -> None:
    with store.read() as tx:
        tx.org.set_setting("receipt_footer", "Merci", datetime.now(UTC))
        tx.ledger.close_period("2026-03", datetime.now(UTC).date(), datetime.now(UTC).date(),
                               datetime.now(UTC))


def rename_in_a_transaction(store: Store) -> None:
    with store.transaction(None) as tx:
        tx.org.set_setting("receipt_footer", "Merci", datetime.now(UTC))
        footer = tx.org.setting("receipt_footer")
    with store.read() as view:
        assert view.org.setting("receipt_footer") == footer
"""


def test_a_write_in_a_read_block_does_not_type_check_and_one_in_a_transaction_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    snippet = tmp_path / "snippet.py"
    snippet.write_text(READ_AND_WRITE, encoding="utf-8")
    out, err, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--follow-imports=silent",
            str(snippet),
        ]
    )
    refused = sorted(line.split(": error: ")[1] for line in out.splitlines() if ": error: " in line)
    assert refused == [
        '"LedgerReads" has no attribute "close_period"  [attr-defined]',
        '"OrgReads" has no attribute "set_setting"; maybe "setting"?  [attr-defined]',
    ], out + err
    assert status == 1
