"""The hash chain of finalized sales documents, one chain per number series.

Each finalized document stores SHA-256 of (previous hash + its canonical form), so removing,
inserting or altering a document anywhere breaks every hash after it; the server verifies
the chains it receives. The canonical form is sorted-key JSON of strings only (Decimals and
UUIDs as text, no floats), so Python on the branch and on the server hash the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID


def genesis(series: str) -> str:
    """The 'previous hash' of a series' first document."""
    return hashlib.sha256(f"genesis:{series}".encode()).hexdigest()


def _canon(value: Any) -> Any:
    """The value in the canonical form's terms: mappings and sequences through, Decimals,
    UUIDs, dates and ints (bools too: ``"True"``) as text, strings and None as they are.

    A sale seals some forty values (issue 19: the seal was most of its time in the
    ``isinstance`` chain); the exact builtin types are dispatched by a table, anything else
    (a subclass, an unknown type) takes the general rules."""
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is dict:
        return {str(k): _canon(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_canon(v) for v in value]
    if kind in _AS_TEXT:
        return str(value)
    return _canon_general(value)


# The exact types the general rules write as text (bool is an int: ``str(True)``).
_AS_TEXT = frozenset({Decimal, UUID, date, datetime, int, bool})


def _canon_general(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _canon(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canon(v) for v in value]
    if isinstance(value, float):
        raise TypeError("floats are not allowed in hashed documents")
    if isinstance(value, Decimal | UUID | date | datetime | int):
        return str(value)
    if value is None or isinstance(value, str | bool):
        return value
    return str(value)


def canonical(fields: Mapping[str, Any]) -> bytes:
    return canonical_text(_canon(fields))


def canonical_text(fields: Mapping[str, Any]) -> bytes:
    """The canonical bytes of ``fields`` already in canonical form (text, None and bools
    in lists and string-keyed mappings), as ``canonical`` gives them."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def chain_hash(previous_hash: str, fields: Mapping[str, Any]) -> str:
    return chain_hash_of_text(previous_hash, _canon(fields))


def chain_hash_of_text(previous_hash: str, fields: Mapping[str, Any]) -> str:
    """``chain_hash`` of ``fields`` already in canonical form (see ``canonical_text``), for
    the server, which hashes every pushed sale from its payload's text."""
    return hashlib.sha256(previous_hash.encode() + b"\n" + canonical_text(fields)).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    number: str
    reason: str  # "previous_mismatch" or "hash_mismatch"


def verify_chain(
    series: str, documents: Iterable[tuple[str, str, str, Mapping[str, Any]]]
) -> list[ChainBreak]:
    """Checks (number, previous_hash, hash, fields) tuples given in sequence order."""
    breaks = []
    expected_previous = genesis(series)
    for number, previous, stored, fields in documents:
        if previous != expected_previous:
            breaks.append(ChainBreak(number, "previous_mismatch"))
        if chain_hash(previous, fields) != stored:
            breaks.append(ChainBreak(number, "hash_mismatch"))
        expected_previous = stored
    return breaks


def verify_series_chain(
    series: str, documents: Iterable[tuple[int, str, str, str, Mapping[str, Any]]]
) -> list[ChainBreak]:
    """Like :func:`verify_chain` for (sequence, number, previous_hash, hash, fields) in
    sequence order where some documents may be missing: a gap never suspends the check of
    the rest. Every document's own hash is verified; its link to the one before wherever
    that one is there (the first of a series must follow the genesis hash)."""
    breaks = []
    before: tuple[int, str] | None = None  # (sequence, hash) of the document just checked
    for sequence, number, previous, stored, fields in documents:
        if (sequence == 1 and previous != genesis(series)) or (
            before is not None and before[0] == sequence - 1 and previous != before[1]
        ):
            breaks.append(ChainBreak(number, "previous_mismatch"))
        if chain_hash(previous, fields) != stored:
            breaks.append(ChainBreak(number, "hash_mismatch"))
        before = (sequence, stored)
    return breaks


def neighbour_problems(
    series: str,
    sequence: int,
    previous_hash: str,
    stored_hash: str,
    fields: Mapping[str, Any],
    before: str | None,
    after: str | None,
) -> list[str]:
    """What is wrong with the chain at one document of ``series``, seen from itself and its
    neighbours, which may arrive in any order: its own hash recomputed from its chained
    ``fields``, the hash of the document before (``before``, None when it is not known yet)
    and the previous-hash carried by the one after (``after``, likewise). The first document
    of a series follows the genesis hash. The reasons are ``hash_mismatch``,
    ``previous_mismatch`` and ``next_mismatch``, in that order."""
    sealed = chain_hash(previous_hash, fields) == stored_hash
    return link_problems(series, sequence, previous_hash, stored_hash, sealed, before, after)


def link_problems(
    series: str,
    sequence: int,
    previous_hash: str,
    stored_hash: str,
    sealed: bool,
    before: str | None,
    after: str | None,
) -> list[str]:
    """``neighbour_problems`` once the document's own hash is known to hold (``sealed``) or
    not: the server recomputes it when it merges the document, and checks the links to its
    neighbours after the merge commits (``sync_server.services.outbox``)."""
    if sequence == 1:
        before = genesis(series)
    problems = []
    if not sealed:
        problems.append("hash_mismatch")
    if before is not None and before != previous_hash:
        problems.append("previous_mismatch")
    if after is not None and after != stored_hash:
        problems.append("next_mismatch")
    return problems


def document_inconsistencies(
    base_minor: int,
    vat_minor: int,
    stamp_duty_minor: int,
    rounding_minor: int,
    total_minor: int,
    lines: Iterable[tuple[int, int]],
) -> list[str]:
    """The document-level figures (read by reports, not all chained) that disagree with its
    chained lines and total: base and VAT are the sums of the lines', and the total is
    base + VAT + stamp duty + cash rounding."""
    line_base = line_vat = 0
    for base, vat in lines:
        line_base, line_vat = line_base + base, line_vat + vat
    wrong = []
    if base_minor != line_base:
        wrong.append("base_minor")
    if vat_minor != line_vat:
        wrong.append("vat_minor")
    if total_minor != base_minor + vat_minor + stamp_duty_minor + rounding_minor:
        wrong.append("rounding_minor" if not wrong else "total_minor")
    return wrong


def payload_fields(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The chained fields of a sales document as its sync payload carries them: the server
    recomputes each pushed document's hash from these and checks the chain. The document
    rebuilt from its payload is hashed by the very function the replica sealed it with."""
    # kernel.documents.sale seals with this module's chain_hash: imported here, not above
    from erp_desktop.kernel.documents.sale import chain_fields, sale_from_payload

    return chain_fields(sale_from_payload(payload, _NO_BRANCH))


_NO_BRANCH = UUID(int=0)  # the chained fields do not name the branch
