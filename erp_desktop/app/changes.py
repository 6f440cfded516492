"""What a write changed, so open views know what to refresh (one signal, a set of flags).

Every use case that writes returns an :class:`Outcome`: what it made and what it changed.
The desktop's task runner reads ``changes`` from the result's type (never by looking inside
tuples) and tells the open views; a pull's outcome carries what the rows it applied changed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, NamedTuple, Protocol, TypeVar, runtime_checkable


class Changed(StrEnum):
    SALES = "sales"
    STOCK = "stock"
    CASH_SESSION = "cash_session"
    JOURNAL = "journal"
    CUSTOMERS = "customers"
    CATALOG = "catalog"
    OUTBOX = "outbox"
    USERS = "users"
    ORG = "org"  # branches, registers, warehouses, the company's mentions
    SUPPLIERS = "suppliers"  # purchasing (issue 14): head office's suppliers
    PURCHASING = "purchasing"  # orders, receipts, supplier invoices and payments
    PEOPLE = "people"  # employees, contracts, staff, attendance, leave
    PAYROLL = "payroll"  # payroll runs and payslips


Changes = frozenset[Changed]
NOTHING: Changes = frozenset()


@runtime_checkable
class Outcome(Protocol):
    """The result of a use case that wrote: whatever it made, and what it changed."""

    @property
    def changes(self) -> Changes: ...


T = TypeVar("T")


class Done(NamedTuple, Generic[T]):
    """A write's result when it made one thing: ``made, changes = use_case(...)`` still reads."""

    made: T
    changes: Changes


def union(*outcomes: Changes) -> Changes:
    return frozenset().union(*outcomes)
