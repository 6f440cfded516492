"""Identifiers born where the row is born: UUIDv7 (time-ordered) and derived ids.

A branch makes its own ids offline, so ids must never collide and should sort by creation
time (good for B-tree locality in SQLite and PostgreSQL). Derived ids (UUIDv5) give the
replica and the server the very same id for the same thing, e.g. the journal entry that
posts a given sale.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import uuid

# A fixed namespace for ids derived from business keys. Never change it: entries already
# posted on replicas and on the server carry ids derived from it.
ERP_NAMESPACE = uuid.UUID("5b0c2f8e-8f43-4c0e-9a4c-2f6d3c0a7e11")

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def new_id() -> uuid.UUID:
    """A new UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a counter and random bits.

    Ids made in the same millisecond by this process stay strictly increasing.
    """
    global _last_ms, _seq
    rand = int.from_bytes(os.urandom(10), "big")  # one read for both random parts
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            _seq += 1
            if _seq > 0xFFF:
                _last_ms += 1
                _seq = 0
            now_ms = _last_ms
        else:
            _last_ms = now_ms
            _seq = (rand >> 64) & 0x3FF
        seq = _seq
    rand_b = rand & ((1 << 62) - 1)
    value = (now_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid_of_int(value)


def uuid_of_int(value: int) -> uuid.UUID:
    """``uuid.UUID(int=value)`` for a 128-bit ``value`` made here, without the checks and
    keyword handling of its constructor (a demo day makes some ninety thousand ids)."""
    if not 0 <= value < _BEYOND:
        return uuid.UUID(int=value)  # its own refusal
    made = _new(_UUID)
    _set(made, "int", value)
    _set(made, "is_safe", _UNKNOWN)
    return made


_BEYOND = 1 << 128
_new = object.__new__
_set = object.__setattr__
_UUID = uuid.UUID
_UNKNOWN = uuid.SafeUUID.unknown


def derived_id(kind: str, *parts: object) -> uuid.UUID:
    """A deterministic id for ``kind`` from business keys (UUIDv5 in ERP_NAMESPACE)."""
    name = "/".join([kind, *(str(p) for p in parts)])
    # uuid.uuid5(ERP_NAMESPACE, name), its version and variant bits set on the integer
    digest = hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()
    value = int.from_bytes(digest[:16], "big")
    value = (value & _CLEAR_VERSION) | _VERSION_5
    return uuid_of_int(value)


# RFC 9562's variant (10) and version (0101) bits, as uuid.UUID(version=5) sets them
_CLEAR_VERSION = ~((0xC000 << 48) | (0xF000 << 64))
_VERSION_5 = (0x8000 << 48) | (5 << 76)


_NAMESPACE_BYTES = ERP_NAMESPACE.bytes
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def derived_id_text(kind: str, *parts: object) -> str:
    """``str(derived_id(kind, *parts))`` without the ``UUID`` object in between (UUIDv5 per
    RFC 9562: the name's SHA-1 in the namespace, version and variant bits set), for code
    that writes ids by the thousand as text (the server's set-wise posting)."""
    name = "/".join([kind, *(str(p) for p in parts)])
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def id_text(value: str | uuid.UUID) -> str:
    """The canonical text of an id (``str(UUID(value))``: lower case, dashed), the form it
    hashes and posts in; an id already in that form is taken as it is."""
    if isinstance(value, str) and _CANONICAL_ID.fullmatch(value):
        return value
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(value))
