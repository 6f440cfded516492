"""Migration 0015: a push batch's idempotency key is its device's own. A server upgraded
from 0009 keeps every batch it answered (a replay still gets its answer), and then two
devices may use the same key without meeting."""

from __future__ import annotations

from uuid import UUID

from sync_server.db import batches
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from tests.pg import temporary_database


def test_upgrading_keeps_the_answered_batches_and_scopes_keys_per_device() -> None:
    with temporary_database() as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0014")  # the schema before 0015
            headoffice.set_up_company(engine, "Supérette El Bahia SARL", "متجر البهية", "DZ", "DZD")
            ids = {name: UUID(int=i + 1) for i, name in enumerate(("a", "wa", "o", "wo"))}
            headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر", ids["a"], ids["wa"])
            headoffice.add_branch(engine, "ALG02", "Oran", "وهران", ids["o"], ids["wo"])
            alger, _ = headoffice.add_device(engine, "ALG01", "till")
            oran, _ = headoffice.add_device(engine, "ALG02", "till")
            answer = {"idempotency_key": "batch-0001", "results": []}
            with unit_of_work(engine, branch_id=ids["a"]) as conn:
                conn.exec_driver_sql(
                    "INSERT INTO sync.batches (idempotency_key, branch_id, device_id, "
                    "body_sha256, response) VALUES ('batch-0001', %(b)s, %(d)s, 'abc', "
                    "CAST(%(r)s AS jsonb))",
                    {
                        "b": ids["a"],
                        "d": alger,
                        "r": '{"idempotency_key": "batch-0001", "results": []}',
                    },
                )
            upgrade(engine)
            with unit_of_work(engine, branch_id=ids["a"]) as conn:
                assert batches.answered(conn, alger, "batch-0001") == ("abc", answer)
            with unit_of_work(engine, branch_id=ids["o"]) as conn:
                assert batches.answered(conn, oran, "batch-0001") is None
                batches.record(conn, "batch-0001", ids["o"], oran, "def", answer)
                assert batches.answered(conn, oran, "batch-0001") == ("def", answer)
        finally:
            engine.dispose()
