"""Fixtures of the replica tests: a seeded branch replica in a temporary folder."""

from pathlib import Path

import pytest

from tests.builders import Branch, build_branch


@pytest.fixture
def branch(tmp_path: Path) -> Branch:
    built = build_branch(tmp_path)
    yield built
    built.replica.close()
