"""The OpenAPI document's own schemas: the Problem every refusal is, the push batch (made
from the kernel's payload schemas and bounds, so the document cannot drift from what the
server checks) and the push answer; and the refusals each route documents.

A client generator or a schema-based fuzzer reads these: every status a route answers is
listed with its body, so nothing the server says is undocumented.
"""

from __future__ import annotations

from typing import Any

from erp_desktop.kernel.protocol.envelope import (
    IDEMPOTENCY_KEY,
    MAX_CHANGES_PER_BATCH,
    PROTOCOL_VERSION,
    Operation,
)
from erp_desktop.kernel.protocol.payloads import PAYLOAD_SCHEMAS, Schema
from erp_desktop.kernel.protocol.readers import (
    AMOUNT_LIMIT,
    EARLIEST,
    INT_LIMIT,
    LATEST,
    MAX_CLOCKS,
    MAX_TEXT,
    RATE_LIMIT,
    THUMBNAIL_BYTES,
)
from sync_server.api.problems import MEDIA_TYPE

_REF = "#/components/schemas/"

PROBLEM: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details, with the error code and its parameters.",
    "required": ["type", "title", "status", "detail", "code", "params"],
    "properties": {
        "type": {"type": "string", "description": "urn:maghreb-erp:problem:<code>"},
        "title": {"type": "string", "description": "the HTTP status's phrase"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "description": "the code's sentence in English"},
        "code": {"type": "string", "description": "stable error code, e.g. protocol.key_reused"},
        "params": {"type": "object", "description": "the code's parameters"},
    },
}

# The patterns are what a branch sends (plain digits); the server also reads exponents,
# and refuses a value out of its range (a date before 2000, say) per change.
_KINDS: dict[str, dict[str, Any]] = {
    "uuid": {"type": "string", "format": "uuid"},
    "int": {"type": "integer", "minimum": -INT_LIMIT, "maximum": INT_LIMIT},
    "decimal": {
        "type": "string",
        "pattern": r"^-?[0-9]{1,14}(\.[0-9]{1,6})?$",
        "description": f"a decimal strictly between -{AMOUNT_LIMIT:.0f} and {AMOUNT_LIMIT:.0f}",
    },
    "rate": {
        "type": "string",
        "pattern": r"^[0-9]{1,10}(\.[0-9]{1,10})?$",
        "description": f"a decimal above 0 and below {RATE_LIMIT:.0f}",
    },
    "percent": {
        "type": "string",
        "pattern": r"^(100|[0-9]{1,2})(\.[0-9]{1,3})?$",
        "description": "from 0 to 100",
    },
    "datetime": {
        "type": "string",
        "format": "date-time",
        "description": f"with its offset, from {EARLIEST.isoformat()} to before {LATEST.isoformat()}",
    },
    "date": {
        "type": "string",
        "format": "date",
        "description": f"a calendar day, from {EARLIEST.year} to {LATEST.year - 1}",
    },
    "str": {"type": "string", "maxLength": MAX_TEXT, "description": "text without NUL"},
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "number": {
        "type": "string",
        "pattern": r"^[A-Z0-9]{2,10}-[A-Z0-9]{1,6}-(20[0-9]{2})-[0-9]{6}$",
        "description": "branch-series-year-sequence, the sequence from 000001",
    },
    "clocks": {
        "type": "object",
        "maxProperties": MAX_CLOCKS,
        "additionalProperties": {"type": "string", "maxLength": 64},
    },
    "object": {"type": "object", "description": "any JSON object, text without NUL"},
    # HR (issue 15): an employee's active flag; a date of a person's life (birth, hiring)
    "bool": {"type": "boolean"},
    "civil_date": {
        "type": "string",
        "format": "date",
        "description": f"a day of a person's life, from 1900 to {LATEST.year - 1}",
    },
    # the till's grid (issue 17): a product's thumbnail, base64 of 1 byte to 32 KiB
    "thumbnail": {
        "type": "string",
        "contentEncoding": "base64",
        "minLength": 4,
        "maxLength": 4 * ((THUMBNAIL_BYTES + 2) // 3),
        "description": f"a JPEG or PNG of at most 128 pixels a side and {THUMBNAIL_BYTES} bytes",
    },
}


def _field(kind: Any) -> dict[str, Any]:
    if isinstance(kind, list):
        return {"type": "array", "items": _object(kind[0])}
    schema = _KINDS[kind.rstrip("?")]
    if kind.endswith("?"):
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _object(schema: Schema) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(schema),
        "properties": {name: _field(kind) for name, kind in schema.items()},
    }


def _change(entity: str, payload: Schema) -> dict[str, Any]:
    envelope = {
        "id": _KINDS["uuid"],
        "entity": {"const": entity},
        "operation": {"enum": [str(o) for o in Operation]},
        "entity_id": _KINDS["uuid"],
        "payload": {"$ref": f"{_REF}Payload_{entity}"},
        "hlc": {"type": "string", "maxLength": 64},
        "actor_id": {"anyOf": [_KINDS["uuid"], {"type": "null"}]},
        "branch_id": _KINDS["uuid"],
        "recorded_at": _KINDS["datetime"],
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(envelope),
        "properties": envelope,
    }


PUSH_BATCH: dict[str, Any] = {
    "type": "object",
    "description": (
        "A batch of a device's changes. A change refused for its content is answered "
        "alone (rejected, with its code); a batch whose envelope cannot be read is refused "
        "whole with a problem."
    ),
    "additionalProperties": False,
    "required": ["protocol_version", "idempotency_key", "device_id", "branch_id", "changes"],
    "properties": {
        "protocol_version": {"type": "integer", "minimum": 1, "maximum": PROTOCOL_VERSION},
        "idempotency_key": {"type": "string", "pattern": f"^{IDEMPOTENCY_KEY.pattern}$"},
        "device_id": _KINDS["uuid"],
        "branch_id": _KINDS["uuid"],
        "changes": {
            "type": "array",
            "maxItems": MAX_CHANGES_PER_BATCH,
            "items": {"oneOf": [{"$ref": f"{_REF}Change_{entity}"} for entity in PAYLOAD_SCHEMAS]},
        },
    },
}

PUSH_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["idempotency_key", "results"],
    "properties": {
        "idempotency_key": {"type": "string"},
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["change_id", "status", "code", "params"],
                "properties": {
                    "change_id": _KINDS["uuid"],
                    "status": {"enum": ["accepted", "rejected"]},
                    "code": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "params": {"type": "object"},
                },
            },
        },
    },
}


def components() -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Problem": PROBLEM,
        "PushBatch": PUSH_BATCH,
        "PushResponse": PUSH_RESPONSE,
    }
    for entity, payload in PAYLOAD_SCHEMAS.items():
        schemas[f"Payload_{entity}"] = _object(payload)
        schemas[f"Change_{entity}"] = _change(entity, payload)
    return schemas


_WHY = {
    400: "The body is not JSON (or not gzip when it says so).",
    401: "No credential, or one that is wrong, spent or revoked.",
    403: "The credential may not do this (another branch, a role without the right).",
    404: "Nothing is served at this address.",
    409: "The idempotency key was already used by this device for another body.",
    413: "The body is larger than 16 MiB.",
    422: "A parameter or the body does not fit what the route takes.",
    429: "Too many wrong passwords: the user is locked out for a while (Retry-After).",
    500: "The server failed; the answer names the incident logged.",
    503: "Busy (every place for a big merge taken): the same request again after Retry-After.",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` of the refusals a route answers, each a Problem."""
    return {
        status: {
            "description": _WHY[status],
            "content": {MEDIA_TYPE: {"schema": {"$ref": f"{_REF}Problem"}}},
        }
        for status in statuses
    }


def json_body(schema: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"{_REF}{schema}"}}},
    }
