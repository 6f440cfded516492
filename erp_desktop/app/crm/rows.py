"""Read models of CRM shared by the ports and the screens."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    id: UUID
    name: str
    name_ar: str
    phone: str
    kind: str
    tags: tuple[str, ...]
    points: int
