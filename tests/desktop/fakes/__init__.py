"""In-memory fakes of the storage ports, for use-case tests that need no SQL.

A :class:`FakeStore` holds a :class:`FakeReplica` of plain dicts and lists; each repository
below implements its Protocol of ``erp_desktop.app.ports`` over it (mypy checks this file
against them, see ``_conforms``). A transaction works on a deep copy that replaces the
replica only when the block ends without an error, so a refused use case leaves nothing
behind, as it does over SQLite. What only SQLite can say (triggers, the server's payload
rules applied by a pull) stays tested over SQLite.
"""

from tests.desktop.fakes.replica import FakeReplica
from tests.desktop.fakes.store import FakeStore, FakeUnitOfWork

__all__ = ["FakeReplica", "FakeStore", "FakeUnitOfWork"]
