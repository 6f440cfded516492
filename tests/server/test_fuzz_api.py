"""A bounded schemathesis run against the real server on loopback: whatever fits (and
whatever does not fit) the OpenAPI document, the server never answers 5xx, and every
answer is one the document lists, with the body and media type it gives.

The run is bounded: a few examples per operation and a time budget, with a fixed seed;
it takes about 40 s here (``st`` prints what it found when it fails).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from sync_server.services import headoffice
from tests.server.helpers import running_server

pytestmark = pytest.mark.postgres

CHECKS = ",".join(
    (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    )
)
# Bounded for the suite; a longer hunt: ERP_FUZZ_EXAMPLES=200 ERP_FUZZ_SECONDS=300.
MAX_EXAMPLES = int(os.environ.get("ERP_FUZZ_EXAMPLES", "12"))
TIME_BUDGET_S = int(os.environ.get("ERP_FUZZ_SECONDS", "25"))
ROOT = Path(__file__).resolve().parents[2]


def test_a_schema_based_fuzzer_finds_no_server_error_and_no_undocumented_answer(
    engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    headoffice.set_up_company(engine, "Supérette El Bahia SARL", "متجر البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger Centre", "الجزائر الوسطى")
    headoffice.add_register(engine, "ALG01", "C1", 500)
    headoffice.add_user(engine, "nadia", "Nadia B.", "fuzz-pass-1", ["accountant"])
    device_id, token = headoffice.add_device(engine, "ALG01", "till")
    with running_server(pg_url) as url:
        enrolled = httpx.post(f"{url}/api/v1/enroll", json={"token": token}).json()
        reader = base64.b64encode(b"nadia:fuzz-pass-1").decode()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            "SCHEMATHESIS_HOOKS": "tests.server.fuzz_hooks",
            "ERP_FUZZ_DEVICE_ID": str(device_id),
            "ERP_FUZZ_BRANCH_ID": enrolled["branch_id"],
            "ERP_FUZZ_DEVICE": f"Bearer {enrolled['credential']}",
            "ERP_FUZZ_READER": f"Basic {reader}",
        }
        run = subprocess.run(
            [
                str(Path(sys.executable).with_name("st")),
                "run",
                f"{url}/openapi.json",
                "--checks",
                CHECKS,
                "--max-examples",
                str(MAX_EXAMPLES),
                "--max-time",
                str(TIME_BUDGET_S),
                "--seed",
                "20261201",
                "--workers",
                "1",
                "--phases",
                "examples,coverage,fuzzing",
                "--generation-database",
                "none",
                "--no-color",
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIME_BUDGET_S + 60,
            check=False,
        )
    (tmp_path / "schemathesis.txt").write_text(run.stdout + run.stderr)
    assert run.returncode == 0, (run.stdout + run.stderr)[-12000:]
