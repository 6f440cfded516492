"""What a push's outcome is in HTTP: an answered or replayed push is a 200 with the
answer per change; a refused one is a problem (``api.problems``) under its status."""

from __future__ import annotations

from fastapi.responses import JSONResponse

from sync_server.api.problems import problem
from sync_server.services.push import PushOutcome, PushOutcomeKind

K = PushOutcomeKind
STATUS: dict[PushOutcomeKind, int] = {
    K.ANSWERED: 200,
    K.REPLAYED: 200,
    K.BODY_TOO_LARGE: 413,
    K.NOT_JSON: 400,
    K.NOT_A_BATCH: 422,
    K.NOT_THIS_DEVICE: 403,
    K.KEY_REUSED: 409,
    K.CREDENTIAL_REVOKED: 401,
    K.BUSY: 503,
}


def status_of(outcome: PushOutcome) -> int:
    return STATUS[outcome.kind]


def push_response(outcome: PushOutcome) -> JSONResponse:
    status = status_of(outcome)
    if outcome.refused:
        params = outcome.body["params"]
        retry = {"retry-after": str(params["retry_after"])} if "retry_after" in params else None
        return problem(status, outcome.body["code"], params, headers=retry)
    return JSONResponse(outcome.body, status_code=status)
