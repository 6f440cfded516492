"""The sync wire format: versioned frozen dataclasses with strict decoding.

Decoding refuses unknown fields, missing fields, wrong types and newer protocol versions
with a ``protocol.*`` code naming the field path: a branch running old code and a server
running new code must fail loudly, never half-understand each other.
"""

from erp_desktop.kernel.protocol.envelope import (
    PROTOCOL_VERSION,
    Change,
    ChangeResult,
    ChangeStatus,
    PushBatch,
    PushResponse,
)
from erp_desktop.kernel.protocol.payloads import PAYLOAD_SCHEMAS, validate_payload

__all__ = [
    "PAYLOAD_SCHEMAS",
    "PROTOCOL_VERSION",
    "Change",
    "ChangeResult",
    "ChangeStatus",
    "PushBatch",
    "PushResponse",
    "validate_payload",
]
