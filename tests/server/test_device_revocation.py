"""An operator lists the branch PCs and revokes a stolen one: from its very next request it
is refused, over real HTTP, with a coded problem+json; the branch's other PC goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from erp_desktop.kernel.ids import new_id
from sync_server import cli
from sync_server.services import headoffice
from tests.server.helpers import running_server


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str) -> Iterator[str]:
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    with running_server(pg_url) as url:
        yield url


def enrolled(server: str, engine: Engine, name: str) -> tuple[str, str]:
    device_id, token = headoffice.add_device(engine, "ALG01", name)
    answer = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert answer.status_code == 200, answer.text
    return str(device_id), answer.json()["credential"]


def run(pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: Any, *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    status = cli.main(list(argv))
    out = capsys.readouterr()
    return status, out.out + out.err


def calls(server: str, credential: str) -> list[httpx.Response]:
    """What a branch PC asks for at each sync besides its push."""
    headers = {"authorization": f"Bearer {credential}"}
    return [
        httpx.get(f"{server}/api/v1/pull", params={"after": 0, "limit": 1}, headers=headers),
        httpx.get(f"{server}/api/v1/summary", headers=headers),
    ]


def test_a_revoked_device_is_refused_from_its_next_request_and_the_others_go_on(
    server: str, engine: Engine, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    stolen, stolen_credential = enrolled(server, engine, "till 1")
    kept, kept_credential = enrolled(server, engine, "till 2")
    waiting, _token = headoffice.add_device(engine, "ALG02", "back office")
    for answer in calls(server, stolen_credential):
        assert answer.status_code == 200, answer.text

    status, listed = run(pg_url, monkeypatch, capsys, "device", "list")
    assert status == 0
    lines = {line.split()[0]: line.split() for line in listed.splitlines()}
    assert lines[stolen][1:3] == ["ALG01", "enrolled"]
    assert lines[kept][1:3] == ["ALG01", "enrolled"]
    assert lines[str(waiting)][1:3] == ["ALG02", "waiting"]
    status, only_oran = run(pg_url, monkeypatch, capsys, "device", "list", "--branch", "ALG02")
    assert status == 0 and [line.split()[0] for line in only_oran.splitlines()] == [str(waiting)]

    status, said = run(pg_url, monkeypatch, capsys, "device", "revoke", stolen)
    assert status == 0 and f"device {stolen} (ALG01, till 1) revoked" in said

    for answer in calls(server, stolen_credential):
        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/problem+json"
        body = answer.json()  # a problem+json (RFC 9457) with our code and its parameters
        assert (body["code"], body["params"], body["status"]) == (
            "auth.device_revoked",
            {"device": stolen},
            401,
        )
        assert answer.headers["content-type"].startswith("application/problem+json")
    push = httpx.post(
        f"{server}/api/v1/push",
        content=json.dumps({"changes": []}).encode(),
        headers={"authorization": f"Bearer {stolen_credential}"},
    )
    assert push.status_code == 401 and push.json()["code"] == "auth.device_revoked"
    # A wrong secret for the revoked device learns nothing about it.
    wrong = httpx.get(
        f"{server}/api/v1/summary", headers={"authorization": f"Bearer {stolen}.guess"}
    )
    assert wrong.status_code == 401 and wrong.json()["code"] == "auth.invalid_credentials"
    for answer in calls(server, kept_credential):
        assert answer.status_code == 200, answer.text

    status, listed = run(pg_url, monkeypatch, capsys, "device", "list")
    assert {line.split()[0]: line.split()[2] for line in listed.splitlines()}[stolen] == "revoked"
    status, again = run(pg_url, monkeypatch, capsys, "device", "revoke", str(new_id()))
    assert status == 1 and "common.not_found" in again
