"""Every refusal is an RFC 9457 problem with its code, whatever refuses: a route, the
framework (no such address, a method the address does not take, a parameter that does
not fit) or a crash, which says nothing of its cause but the incident it is logged under.
And the OpenAPI document says so: each operation lists its refusals as Problems, and
the push body's schema takes what a branch really sends."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from erp_desktop.kernel.protocol.envelope import PushBatch
from sync_server.api.problems import MEDIA_TYPE
from sync_server.main import create_app
from sync_server.settings import Settings
from tests.builders import build_branch
from tests.server.helpers import outbox_batch


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = create_app(Settings("postgresql://nobody@127.0.0.1:1/none"))  # never reached

    @app.get("/api/v1/explode", include_in_schema=False)
    def explode() -> None:
        raise RuntimeError("secret detail: password=hunter2")

    return TestClient(app, raise_server_exceptions=False)


def problem_of(answer: Any, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == MEDIA_TYPE
    body: dict[str, Any] = answer.json()
    assert set(body) == {"type", "title", "status", "detail", "code", "params"}
    assert body["type"] == f"urn:maghreb-erp:problem:{code}"
    assert (body["status"], body["code"]) == (status, code)
    return body


def test_an_unknown_address_is_a_coded_404(client: TestClient) -> None:
    body = problem_of(client.get("/api/v1/nowhere"), 404, "http.not_found")
    assert body["params"]["path"] == "/api/v1/nowhere"
    assert body["detail"] == "Nothing is served at /api/v1/nowhere"


def test_a_method_the_address_does_not_take_is_a_coded_405_with_allow(
    client: TestClient,
) -> None:
    answer = client.delete("/api/v1/push")
    problem_of(answer, 405, "http.method_not_allowed")
    assert answer.headers["allow"] == "POST"


def test_a_parameter_that_does_not_fit_is_a_coded_422(client: TestClient) -> None:
    body = problem_of(client.post("/api/v1/enroll", json={"token": 5}), 422, "http.invalid_request")
    assert body["params"]["path"] == "body.token"
    assert body["params"]["errors"][0]["path"] == "body.token"


def test_a_missing_credential_is_a_coded_401(client: TestClient) -> None:
    problem_of(client.get("/api/v1/summary"), 401, "auth.invalid_credentials")
    problem_of(
        client.get(
            "/api/v1/summary", headers={"authorization": "Bearer é-not-ascii".encode("latin-1")}
        ),
        401,
        "auth.invalid_credentials",
    )


def test_a_crash_is_a_problem_that_tells_only_its_incident(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="sync_server.problems"):
        body = problem_of(client.get("/api/v1/explode"), 500, "http.internal_error")
    assert "hunter2" not in str(body) and "RuntimeError" not in str(body)
    incident = body["params"]["incident"]
    assert f"incident {incident}" in caplog.text and "hunter2" in caplog.text


def test_every_refusal_in_the_document_is_a_problem(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert "Problem" in document["components"]["schemas"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            refusals = {s: r for s, r in operation["responses"].items() if s >= "400"}
            assert {"500"} <= set(refusals), (method, path)
            if path not in ("/api/v1/health", "/api/v1/summary"):
                assert "422" in refusals, (method, path)
            for status, response in refusals.items():
                assert response["content"] == {
                    MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
                }, (method, path, status)


def test_the_documented_push_body_takes_what_a_branch_sends(
    client: TestClient, tmp_path: Path
) -> None:
    document = client.get("/openapi.json").json()
    schema = {"$ref": "#/components/schemas/PushBatch", "components": document["components"]}
    validator = jsonschema_rs.validator_for(schema)
    branch = build_branch(tmp_path)
    try:
        batch = outbox_batch(branch, "0190a3c1-0000-7000-8000-000000000001")
    finally:
        branch.replica.close()
    assert len(batch["changes"]) > 10
    validator.validate(batch)
    PushBatch.from_dict(batch)  # and the server reads it whole
    batch["changes"][0]["payload"]["unit_cost"] = "a lot"
    assert not validator.is_valid(batch)
