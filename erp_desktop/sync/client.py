"""HTTP calls to the sync server (httpx). No Qt, no database: the runner decides what to
send and applies what comes back.

Network failures raise ``sync.offline`` and 5xx ``sync.server_error`` (the branch keeps
working and retries later), but for a busy server's 503 with Retry-After, which raises
``sync.server_busy`` with ``retry_after`` (seconds; the same batch is sent again then); a 4xx answer raises ``sync.refused`` with the server's code
and the HTTP status (its problem+json body's ``code`` and ``params``).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx

from erp_desktop.kernel.errors import ConflictError, ErpError, PermissionDenied

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@dataclass(frozen=True, slots=True)
class Enrollment:
    device_id: UUID
    branch_id: UUID
    credential: str


def _raise_if_busy(answer: httpx.Response) -> None:
    """A 503 that says it is ``sync.server_busy`` and when to come back (Retry-After)."""
    try:
        body = answer.json()
        retry_after = int(answer.headers["retry-after"])
    except (ValueError, KeyError):
        return
    if isinstance(body, dict) and body.get("code") == "sync.server_busy":
        changes = (body.get("params") or {}).get("changes", 0)
        raise ErpError("sync.server_busy", changes=changes, retry_after=retry_after)


SNAPSHOT_TIMEOUT = 120.0  # seconds: the first ask of a branch's snapshot prepares it
JOIN_TIMEOUT = 300.0  # seconds: the server takes the whole catalog in one transaction


class SyncClient:
    def __init__(
        self,
        base_url: str,
        credential: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.credential = credential
        self._http = httpx.Client(base_url=self.base_url, timeout=TIMEOUT, transport=transport)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = dict(kwargs.pop("headers", {}))
        if self.credential:
            headers["authorization"] = f"Bearer {self.credential}"
        try:
            answer = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError:
            raise ErpError("sync.offline", url=self.base_url) from None
        if answer.status_code == 503:
            _raise_if_busy(answer)
        if answer.status_code >= 500:
            raise ErpError("sync.server_error", status=answer.status_code)
        body: dict[str, Any] = answer.json() if answer.content else {}
        if answer.status_code == 401:
            raise PermissionDenied(body.get("code", "auth.invalid_credentials"))
        if answer.status_code >= 400:
            raise ConflictError(
                "sync.refused",
                **{k: v for k, v in body.get("params", {}).items() if k not in ("code", "status")},
                code=body.get("code", str(answer.status_code)),
                status=answer.status_code,
            )
        return body

    def enroll(self, token: str) -> Enrollment:
        body = self._call("POST", "/api/v1/enroll", json={"token": token.strip()})
        self.credential = body["credential"]
        return Enrollment(UUID(body["device_id"]), UUID(body["branch_id"]), body["credential"])

    def join(self, request: dict[str, Any]) -> dict[str, Any]:
        """A shop that ran alone joins the chain (``kernel.protocol.joining``); the answer's
        credential is this client's from now on."""
        sent = gzip.compress(json.dumps(request).encode(), mtime=0)  # a catalog: compressed
        body = self._call(
            "POST",
            "/api/v1/join",
            content=sent,
            headers={"content-type": "application/json", "content-encoding": "gzip"},
            timeout=JOIN_TIMEOUT,
        )
        self.credential = body["credential"]
        return body

    def push(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Sends a batch gzipped; the same batch always makes the same bytes (replay-safe)."""
        body = gzip.compress(json.dumps(batch, sort_keys=True).encode(), mtime=0)
        return self._call(
            "POST",
            "/api/v1/push",
            content=body,
            headers={"content-type": "application/json", "content-encoding": "gzip"},
        )

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        return self._call("GET", "/api/v1/pull", params={"after": after, "limit": limit})

    def snapshot(self, position: int | None = None) -> dict[str, Any]:
        """The snapshot a new branch bootstraps from (``position``: the one it resumes, if
        the server still keeps it); preparing one may take the server a while."""
        params = {"position": position} if position is not None else {}
        return self._call("GET", "/api/v1/snapshot", params=params, timeout=SNAPSHOT_TIMEOUT)

    def snapshot_part(self, position: int, part: int) -> bytes:
        """One part's gzip'd bytes, as the server keeps them (the caller checks the digest)."""
        headers = {"authorization": f"Bearer {self.credential}"} if self.credential else {}
        try:
            answer = self._http.get(
                f"/api/v1/snapshot/{position}/{part}", headers=headers, timeout=SNAPSHOT_TIMEOUT
            )
        except httpx.TransportError:  # the line cut midway: the part is asked again
            raise ErpError("sync.offline", url=self.base_url) from None
        if answer.status_code >= 500:
            raise ErpError("sync.server_error", status=answer.status_code)
        if answer.status_code == 401:
            raise PermissionDenied(answer.json().get("code", "auth.invalid_credentials"))
        if answer.status_code >= 400:
            raise ConflictError(
                "sync.refused", code=answer.json().get("code", ""), status=answer.status_code
            )
        return answer.content

    def availability(self, product_id: UUID) -> list[tuple[str, int]]:
        """(branch code, quantity in thousandths) of ``product_id`` in the other branches."""
        body = self._call("GET", f"/api/v1/availability/{product_id}")
        return [(b["branch"], int(b["quantity_milli"])) for b in body["branches"]]

    def report(self, name: str, username: str, password: str, **params: str) -> dict[str, Any]:
        """A head-office report (JSON) read with the user's own name and password."""
        try:
            answer = self._http.get(
                f"/api/v1/reports/{name}", params=params, auth=(username, password)
            )
        except httpx.TransportError:
            raise ErpError("sync.offline", url=self.base_url) from None
        if answer.status_code >= 500:
            raise ErpError("sync.server_error", status=answer.status_code)
        body: dict[str, Any] = answer.json()
        if answer.status_code in (401, 403):
            raise PermissionDenied(
                body.get("code", "auth.invalid_credentials"), **body.get("params", {})
            )
        if answer.status_code >= 400:
            raise ConflictError("sync.refused", code=body.get("code", str(answer.status_code)))
        return body

    def own_payslips(self, username: str, password: str) -> dict[str, Any]:
        """The user's own payslips (``/api/v1/payslips/own``), proven by their password; a
        refusal of the user (403, 429) is the server's code with its parameters."""
        try:
            answer = self._http.post(
                "/api/v1/payslips/own",
                json={"username": username, "password": password},
                headers={"authorization": f"Bearer {self.credential}"},
            )
        except httpx.TransportError:
            raise ErpError("sync.offline", url=self.base_url) from None
        if answer.status_code >= 500:
            raise ErpError("sync.server_error", status=answer.status_code)
        body: dict[str, Any] = answer.json() if answer.content else {}
        if answer.status_code in (401, 403, 429):
            raise PermissionDenied(
                body.get("code", "auth.invalid_credentials"), **body.get("params", {})
            )
        if answer.status_code >= 400:
            raise ConflictError("sync.refused", code=body.get("code", str(answer.status_code)))
        return body

    def summary(self) -> dict[str, Any]:
        """The server's figures for this branch (compared after each sync)."""
        return self._call("GET", "/api/v1/summary")

    def compare_customers(self, buckets: dict[str, str]) -> dict[str, Any]:
        """The server's customers in the buckets whose digests differ from ``buckets``."""
        return self._call("POST", "/api/v1/customers/compare", json={"buckets": buckets})
