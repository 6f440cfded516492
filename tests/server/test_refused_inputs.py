"""Inputs a branch may send that the server must refuse with a code, never crash on.

Each of these once answered HTTP 500 and, sitting in a branch's queue, stopped that
branch's whole sync: a change refused for its content is now refused alone (the rest of
its batch goes through), a bad envelope gets a 4xx problem+json, and another branch's
idempotency key is neither a crash nor a way to learn that the key exists.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.documents import sale_postings
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.services.mergers import sales, stock_documents
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, running_server
from tests.server.test_push import enroll, push


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, Money.of(Decimal(0), "DZD"))
    checkout(
        built.deps,
        cashier,
        CheckoutRequest(
            (CartLine(built.products[0], Decimal(2)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(1000), "DZD")),),
        ),
    )
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        yield url


@pytest.fixture(scope="module")
def alger(server: str, engine: Engine) -> tuple[str, str]:
    return enroll(server, engine, "ALG01")


def _fresh(branch: Branch, device_id: str) -> dict[str, Any]:
    return copy.deepcopy(outbox_batch(branch, device_id))


def _one_spoiled(
    server: str, alger: tuple[str, str], branch: Branch, entity: str, spoil: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The outbox pushed with one change of ``entity`` spoiled: its answer, and the
    spoiled change's own result."""
    device_id, credential = alger
    batch = _fresh(branch, device_id)
    target = next(c for c in batch["changes"] if c["entity"] == entity)
    spoil(target["payload"])
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    results = {r["change_id"]: r for r in answer.json()["results"]}
    assert len(results) == len(batch["changes"])
    others = {r["status"] for cid, r in results.items() if cid != target["id"]}
    assert others == {"accepted"}  # the rest of the batch went through
    return answer.json(), results[target["id"]]


def _set(field: str, value: Any) -> Any:
    def spoil(payload: dict[str, Any]) -> None:
        payload[field] = value

    return spoil


def test_a_sale_number_without_its_sequence_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(server, alger, branch, "sale", _set("number", "ALG01-C1-2026"))
    assert result["status"] == "rejected"
    assert result["code"] == "protocol.bad_value"
    assert result["params"]["path"].endswith("payload.number")


def test_a_sale_dated_in_the_year_9999_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(
        server, alger, branch, "sale", _set("issued_at", "9999-12-31T23:59:59+00:00")
    )
    assert (result["status"], result["code"]) == ("rejected", "protocol.out_of_range")
    assert result["params"]["path"].endswith("payload.issued_at")


def test_a_sale_at_an_exchange_rate_of_zero_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(server, alger, branch, "sale", _set("rate", "0"))
    assert (result["status"], result["code"]) == ("rejected", "protocol.out_of_range")
    assert result["params"]["path"].endswith("payload.rate")


def test_a_unit_cost_beyond_the_column_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(server, alger, branch, "stock_movement", _set("unit_cost", "1E+999"))
    assert (result["status"], result["code"]) == ("rejected", "protocol.out_of_range")
    assert result["params"]["path"].endswith("payload.unit_cost")


def test_a_nul_byte_in_a_text_field_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(server, alger, branch, "stock_movement", _set("kind", "adj\x00"))
    assert (result["status"], result["code"]) == ("rejected", "protocol.bad_value")


def _is_problem(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = answer.json()
    assert body["status"] == status and body["code"] == code
    assert body["type"] and body["title"] and body["detail"]
    return body


def test_a_nul_byte_in_the_idempotency_key_is_a_coded_refusal(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    device_id, credential = alger
    batch = _fresh(branch, device_id) | {"idempotency_key": "key-with-\x00-inside"}
    body = _is_problem(push(server, credential, batch), 422, "protocol.bad_value")
    assert body["params"]["path"] == "batch.idempotency_key"


def test_another_branch_reusing_a_key_is_neither_a_crash_nor_an_oracle(
    server: str, engine: Engine, alger: tuple[str, str], branch: Branch
) -> None:
    device_id, credential = alger
    key = "shared-key-0001"
    assert push(server, credential, _fresh(branch, device_id) | {"idempotency_key": key}).is_success
    oran_device, oran_credential = enroll(server, engine, "ALG02")
    empty = {
        "protocol_version": 1,
        "idempotency_key": key,
        "device_id": oran_device,
        "branch_id": str(branch.other_branch_id),
        "changes": [],
    }
    answer = push(server, oran_credential, empty)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"idempotency_key": key, "results": []}
    # ...and Alger's own key still guards Alger's batch: another body under it is refused.
    other = _fresh(branch, device_id) | {"idempotency_key": key, "changes": []}
    _is_problem(push(server, credential, other), 409, "protocol.key_reused")


def _huge_line(payload: dict[str, Any]) -> None:
    payload["lines"][0]["quantity_milli"] = 10**15
    payload["lines"][0]["unit_cost"] = "99999999999999.999999"


def test_a_receipt_whose_value_cannot_be_computed_is_refused_alone(
    server: str, alger: tuple[str, str], branch: Branch
) -> None:
    _, result = _one_spoiled(server, alger, branch, "stock_document", _huge_line)
    assert (result["status"], result["code"]) == ("rejected", "money.invalid_amount")


def test_a_change_the_server_fails_to_compute_is_refused_alone_and_logged(
    server: str,
    alger: tuple[str, str],
    branch: Branch,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whatever a checked payload may still raise while it is computed (here a posting
    rule dividing by zero) stops that change only, under a code, never the batch."""

    def divides_by_zero(*args: Any) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(stock_documents, "post_stock_document_payload", divides_by_zero)
    # the set-wise posting of the sales fails too: each sale falls back to the per-document
    # rule, which fails as well
    monkeypatch.setattr(sale_postings, "business_date", divides_by_zero)
    monkeypatch.setattr(sales, "posting_of", divides_by_zero)
    device_id, credential = alger
    batch = _fresh(branch, device_id)
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    entity = {c["id"]: c["entity"] for c in batch["changes"]}
    codes = {(entity[r["change_id"]], r["code"]) for r in answer.json()["results"]}
    assert ("stock_document", "protocol.unprocessable") in codes
    assert ("sale", "protocol.unprocessable") in codes
    assert ("stock_movement", None) in codes  # the rest went through
    assert "could not be computed" in caplog.text
