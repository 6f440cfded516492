"""How one kind of document is numbered and written inside a use case's transaction.

finalize (app/documents/finalize.py) ends every document the same way; what differs by
kind is its series and where it is stored. That part is a :class:`Filing`, one per document
type, kept in its module (app/till/filing.py for sales, app/purchasing/filing.py for
purchase documents...) and listed by type in app/documents/filings.py. A new kind of
document is a filing and one line there; finalize does not change.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, Protocol, TypeVar
from uuid import UUID

from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import RegisterInfo

D = TypeVar("D")


class Desk(Protocol):
    """What a filing sees of the transaction it is filed in (app/documents/finalize.py
    InTransaction)."""

    @property
    def tx(self) -> UnitOfWork: ...
    @property
    def now(self) -> datetime: ...
    @property
    def actor_id(self) -> UUID | None: ...
    @property
    def register(self) -> RegisterInfo | None: ...
    @property
    def warehouse_id(self) -> UUID | None: ...

    def today(self) -> date:
        """The business date of the company's country at ``now``."""
        ...

    def branch_code(self, branch_id: UUID) -> str: ...


class Filing(Generic[D]):
    """Numbers a document of one type in its series and stores it."""

    def number(self, desk: Desk, document: D) -> D:
        raise NotImplementedError

    def sealed(self, desk: Desk, document: D) -> None:
        """Moves a chained series on to the sealed document; most series move by the insert."""

    def insert(self, desk: Desk, document: D) -> None:
        raise NotImplementedError
