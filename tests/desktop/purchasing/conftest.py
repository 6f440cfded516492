"""Replicas for the purchasing tests: head office's own site and a branch of the same
company (the same head-office ids: products, branches, warehouses)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from erp_desktop.kernel.ids import new_id
from tests.builders import PRODUCTS, Branch, build_branch
from tests.desktop.test_head_office_catalog import make_head_office


@pytest.fixture
def ids() -> dict[str, UUID]:
    keys = ["alg01", "alg02", "wh01", "wh02", "reg01", "reg02"]
    return {k: new_id() for k in (*keys, *(f"p{i}" for i in range(len(PRODUCTS))))}


@pytest.fixture
def branch(tmp_path: Path, ids: dict[str, UUID]) -> Iterator[Branch]:
    built = build_branch(tmp_path, "ALG01", stock=5, ids=ids)
    yield built
    built.replica.close()


@pytest.fixture
def office(tmp_path: Path, ids: dict[str, UUID], branch: Branch) -> Iterator[Branch]:
    built = build_branch(tmp_path / "ho", "ALG02", stock=0, ids=ids)
    make_head_office(built)
    yield built
    built.replica.close()
