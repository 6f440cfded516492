from tests.desktop.conftest import branch  # noqa: F401  (the same seeded replica)
