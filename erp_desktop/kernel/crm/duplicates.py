"""Likely duplicate customers, and the merge of one into another as a pure rule.

Two customers are likely the same person or company when they share a phone number (in
E.164, so "0551 23 45 67" and "+213551234567" are one), a legal identifier (compacted), or
names that are close once folded (:func:`erp_desktop.kernel.text.normalize_for_search`:
case, accents, harakat, hamza forms, taa marbuta, tatweel).

How close is close: the names are folded, split into words and the words sorted (so
"Benali Mohamed" and "Mohamed Benali" are equal), then compared by edit distance
(Levenshtein) on the words joined without spaces (so "Ben Ali" and "Benali" are equal),
and on the words in their typed order joined without spaces, the smaller distance
counting. The distance allowed grows with the length: none up to 3 letters, 1 up to 8, 2 up
to 16, 3 beyond. That accepts the usual variants of one name (Mohamed / Mohammed /
Mohamad, one typo, a swapped pair of letters counts 2) while two different short names
("Ali" / "Adel") stay apart. It is bounded, so the comparison stops as soon as the
distance passes the bound. It does not match a name written in Arabic letters with the
same name in Latin letters (no transliteration): a phone or a legal id finds those.

Comparing every pair of 100,000 customers is 5·10⁹ comparisons; instead each customer
gets blocking keys (each phone, each legal id, and three keys per name: each word's first
three and last two letters, sorted; the skeleton (first letter, then consonants, doubled
letters collapsed) of the typed name without spaces; the words' skeletons sorted) and only customers sharing a key are
compared. A key shared by more than ``max_block`` customers (the shop's own phone typed
for walk-in customers) is not compared but reported, for someone to look at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.kernel.crm.customers import merge_customer
from erp_desktop.kernel.crm.loyalty import PointMovement, transfer_on_merge
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.text import normalize_for_search


@dataclass(frozen=True, slots=True)
class CustomerKeys:
    """What the duplicate finder reads of a customer."""

    id: UUID
    names: tuple[str, ...] = ()  # the name and the Arabic name
    phones: tuple[str, ...] = ()  # E.164 (kernel.crm.profile.normalize_phone)
    legal_ids: tuple[str, ...] = ()  # compacted (kernel.crm.profile.normalize_legal_id)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """``first`` and ``second`` (in id order) are likely the same customer."""

    first: UUID
    second: UUID
    reasons: frozenset[str]  # "phone", "legal_id", "name"
    name_distance: int | None  # the closest names' distance, when compared


@dataclass(frozen=True, slots=True)
class Duplicates:
    pairs: tuple[DuplicatePair, ...]
    oversized_keys: tuple[tuple[str, int], ...]  # (key, how many customers share it)


# -- names ---------------------------------------------------------------------------------

_VOWELS = frozenset("aeiouyاويى")


def name_words(name: str) -> list[str]:
    return normalize_for_search(name).split()


def name_bound(length: int) -> int:
    """The edit distance two names of ``length`` letters may be apart and still match."""
    if length <= 3:
        return 0
    if length <= 8:
        return 1
    if length <= 16:
        return 2
    return 3


def bounded_distance(a: str, b: str, bound: int) -> int | None:
    """The Levenshtein distance of ``a`` and ``b`` if it is at most ``bound``, else None.

    Only the diagonal band of width ``2 * bound + 1`` is computed, and the computation stops
    at the first row whose every cell is past the bound."""
    if a == b:
        return 0
    if len(a) > len(b):
        a, b = b, a
    n, m = len(a), len(b)
    if m - n > bound:
        return None
    over = bound + 1
    previous = [j if j <= bound else over for j in range(m + 1)]
    for i in range(1, n + 1):
        ca = a[i - 1]
        low = i - bound if i > bound else 1
        high = i + bound if i + bound < m else m
        current = [over] * (m + 1)
        left = i if i <= bound else over
        current[low - 1] = left
        best = left
        for j in range(low, high + 1):
            value = previous[j - 1] if ca == b[j - 1] else previous[j - 1] + 1
            up = previous[j] + 1
            if up < value:
                value = up
            if left + 1 < value:
                value = left + 1
            if value > over:
                value = over
            current[j] = value
            left = value
            if value < best:
                best = value
        if best > bound:
            return None
        previous = current
    distance = previous[m]
    return distance if distance <= bound else None


Forms = tuple[str, str]  # a name's words sorted, and in typed order, joined without spaces


def name_forms(name: str) -> Forms | None:
    words = name_words(name)
    if not words:
        return None
    return "".join(sorted(words)), "".join(words)


def forms_distance(a: Forms, b: Forms) -> int | None:
    if a[0] == b[0] or a[1] == b[1]:
        return 0
    best: int | None = None
    for x, y in zip(a, b, strict=True):
        d = bounded_distance(x, y, name_bound(max(len(x), len(y))))
        if d is not None and (best is None or d < best):
            best = d
    return best


def name_distance(a: str, b: str) -> int | None:
    """How far two names are after folding, or None when farther than their bound."""
    fa, fb = name_forms(a), name_forms(b)
    if fa is None or fb is None:
        return None
    return forms_distance(fa, fb)


def _skeleton(word: str) -> str:
    """The word's first letter, then its consonants, doubled letters collapsed."""
    out: list[str] = list(word[:1])
    for c in word[1:]:
        if c in _VOWELS or c.isdigit():
            continue
        if out[-1] != c:
            out.append(c)
    return "".join(out)


def name_keys(name: str) -> set[str]:
    return _keys_of_words(name_words(name))


def _keys_of_words(words: list[str]) -> set[str]:
    if not words:
        return set()
    keys = {"n1:" + " ".join(sorted(w[:3] + w[-2:] for w in words))}
    typed = _skeleton("".join(words))
    if typed:
        keys.add("n2:" + typed)
    skeleton = " ".join(sorted(s for s in (_skeleton(w) for w in words) if s))
    if skeleton:
        keys.add("n3:" + skeleton)
    return keys


def blocking_keys(customer: CustomerKeys) -> set[str]:
    return _keys_and_forms(customer)[0]


def _keys_and_forms(customer: CustomerKeys) -> tuple[set[str], list[Forms]]:
    keys = {"p:" + p for p in customer.phones if p}
    keys |= {"l:" + legal for legal in customer.legal_ids if legal}
    forms: list[Forms] = []
    for name in customer.names:
        words = name_words(name)
        if words:
            keys |= _keys_of_words(words)
            forms.append(("".join(sorted(words)), "".join(words)))
    return keys, forms


# -- finding -------------------------------------------------------------------------------


def find_duplicates(customers: Iterable[CustomerKeys], max_block: int = 200) -> Duplicates:
    """The likely duplicate pairs among ``customers``, each pair once with its reasons.

    Customers are numbered in id order and blocks hold numbers, so that pairs are plain
    integers (hashing a UUID is a Python call, a hundred thousand times too slow here)."""
    listed = sorted({c.id: c for c in customers}.values(), key=lambda c: c.id.bytes)
    count = len(listed)
    forms: list[list[Forms]] = []
    blocks: dict[str, list[int]] = {}
    for index, c in enumerate(listed):
        keys, mine = _keys_and_forms(c)
        forms.append(mine)
        for key in keys:
            blocks.setdefault(key, []).append(index)
    phone: set[int] = set()
    legal: set[int] = set()
    named: dict[int, int] = {}
    compared: set[int] = set()
    oversized: list[tuple[str, int]] = []
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if len(members) > max_block:
            oversized.append((key, len(members)))
            continue
        kind = key[0]
        for i, a in enumerate(members):  # ascending: customers were added in id order
            for b in members[i + 1 :]:
                pair = a * count + b
                if kind == "p":
                    phone.add(pair)
                elif kind == "l":
                    legal.add(pair)
                elif pair not in compared:
                    compared.add(pair)
                    d = _closest(forms[a], forms[b])
                    if d is not None:
                        named[pair] = d
    pairs = []
    for pair in sorted(phone | legal | set(named)):
        reasons = {r for r, found in (("phone", phone), ("legal_id", legal)) if pair in found}
        if pair in named:
            reasons.add("name")
        a, b = divmod(pair, count)
        pairs.append(DuplicatePair(listed[a].id, listed[b].id, frozenset(reasons), named.get(pair)))
    return Duplicates(tuple(pairs), tuple(sorted(oversized)))


def _closest(a: list[Forms], b: list[Forms]) -> int | None:
    best: int | None = None
    for x in a:
        for y in b:
            d = forms_distance(x, y)
            if d is not None and (best is None or d < best):
                best = d
    return best


# -- merging -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One customer as the merge reads it: its field values and their clocks (as merged
    between branches, kernel.crm.customers), its phones, tags and loyalty movements."""

    id: UUID
    values: Mapping[str, Any]
    clocks: Mapping[str, str]
    phones: tuple[str, ...] = ()
    tags: frozenset[str] = frozenset()
    movements: tuple[PointMovement, ...] = ()


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What merging ``source_id`` into ``target_id`` changes: the kept customer's fields
    and clocks, its phones and tags, and the loyalty movements to write."""

    merge_id: UUID
    source_id: UUID
    target_id: UUID
    values: dict[str, Any]
    clocks: dict[str, str]
    phones: tuple[str, ...]
    tags: frozenset[str]
    movements: tuple[PointMovement, ...] = field(default=())


def merge_plan(source: MergeSide, target: MergeSide, at: datetime, site: str) -> MergePlan:
    """Merging ``source`` into ``target``: field by field the most recent edit wins (by
    hybrid logical clock, as between branches; on a tie the kept customer's value stays);
    phones and tags are the union (the kept customer's first); the source's open loyalty
    lots move by transfer movements. The merge id derives from the two customers, so the
    same merge decided twice is one merge. Merging a customer into itself is refused."""
    if source.id == target.id:
        raise ValidationError("crm.merge_into_itself", customer=str(source.id))
    merge_id = derived_id("customer_merge", source.id, target.id)
    values, clocks = merge_customer(target.values, target.clocks, source.values, source.clocks)
    return MergePlan(
        merge_id=merge_id,
        source_id=source.id,
        target_id=target.id,
        values=values,
        clocks=clocks,
        phones=tuple(dict.fromkeys((*target.phones, *source.phones))),
        tags=target.tags | source.tags,
        movements=tuple(
            transfer_on_merge(source.id, target.id, source.movements, at, site, merge_id)
        ),
    )
