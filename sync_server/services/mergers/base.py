"""What every merger is, and the one way a set of changes of one kind is merged.

A merger owns one kind of pushed change (``Change.entity``): its checks, its rows, its
alerts and its posting. It serves a set of one or of many alike: ``checks`` reads once for
the whole set what the checks need (who owns the warehouses named, which products exist,
the transfers in transit) and returns the check of one change, which raises an
``ErpError`` (that change is refused with its code and parameters) or returns what
``write`` needs of it (a posting, a business day); ``write`` then writes the checked
changes, by one statement per acting user where it can.

``merge_set`` runs the two inside a savepoint. Should the database refuse one row of the
set (a document number already used by another id, say), the savepoint is rolled back and
the changes are written again one by one, each in its own savepoint, which finds the
change at fault and accepts the others: the answers are the same either way. That
row-by-row path exists only for this.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, NotFound, ValidationError
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.protocol.envelope import Change, ChangeResult, ChangeStatus
from sync_server.db.engine import Connection, DatabaseError

log = logging.getLogger("sync_server.services.mergers")

Item = TypeVar("Item")

# What computing a checked payload can still raise (a Decimal past its context, a date
# past its calendar): the change is refused alone and logged, the batch goes on.
UNPROCESSABLE = (ArithmeticError, ValueError)


@dataclass(frozen=True, slots=True)
class MergeContext:
    """What a merger works in: the push's transaction (in the device's proven scope), the
    pushing branch and the company's chart of accounts."""

    conn: Connection
    branch_id: UUID
    chart: Chart


class Merger(Protocol[Item]):
    """The merger of one kind of pushed change (see the module's docstring)."""

    entity: str

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Item]:
        """Reads what the checks of ``changes`` need, once; returns the check of one."""
        ...

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Item]]) -> None:
        """Writes the checked changes (each with what its check returned), their alerts and
        their postings."""
        ...


def merge_set(
    ctx: MergeContext, merger: Merger[Any], changes: Sequence[Change]
) -> dict[UUID, ChangeResult]:
    """An answer for each of ``changes`` (all of ``merger``'s kind), the accepted written."""
    results: dict[UUID, ChangeResult] = {}
    checked: list[tuple[Change, Any]] = []
    check = merger.checks(ctx, changes)
    for change in changes:
        try:
            item = check(change)
        except ErpError as error:
            results[change.id] = rejected(change, error)
        except UNPROCESSABLE as error:
            results[change.id] = unprocessable(change, error)
        else:
            results[change.id] = ChangeResult(change.id, ChangeStatus.ACCEPTED)
            checked.append((change, item))
    if not checked:
        return results
    try:
        with ctx.conn.begin_nested():
            merger.write(ctx, checked)
    except (DatabaseError, ErpError, *UNPROCESSABLE):
        for change, item in checked:
            results[change.id] = _write_alone(ctx, merger, change, item)
    return results


def _write_alone(ctx: MergeContext, merger: Merger[Any], change: Change, item: Any) -> ChangeResult:
    savepoint = ctx.conn.begin_nested()
    try:
        merger.write(ctx, [(change, item)])
    except ErpError as error:
        savepoint.rollback()
        return rejected(change, error)
    except DatabaseError as error:
        savepoint.rollback()
        detail = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
        return ChangeResult(
            change.id, ChangeStatus.REJECTED, "storage.integrity", {"detail": detail}
        )
    except UNPROCESSABLE as error:
        savepoint.rollback()
        return unprocessable(change, error)
    savepoint.commit()
    return ChangeResult(change.id, ChangeStatus.ACCEPTED)


def rejected(change: Change, error: ErpError) -> ChangeResult:
    return ChangeResult(change.id, ChangeStatus.REJECTED, error.code, dict(error.params))


def unprocessable(change: Change, error: Exception) -> ChangeResult:
    log.warning("change %s (%s) could not be computed", change.id, change.entity, exc_info=error)
    return ChangeResult(
        change.id, ChangeStatus.REJECTED, "protocol.unprocessable", {"reason": type(error).__name__}
    )


def owned(found: UUID | None, branch_id: UUID, what: str, value: Any) -> None:
    """Refuses a change naming a ``what`` (warehouse, register) unknown or another branch's."""
    if found is None:
        raise NotFound("common.not_found", entity=what, id=str(value))
    if found != branch_id:
        raise ValidationError("protocol.wrong_branch", what=what, id=str(value))


def by_actor(checked: Iterable[tuple[Change, Item]]) -> list[tuple[UUID | None, list[Item]]]:
    """What the checks returned, grouped by acting user (the audit triggers read one per
    statement), each document once should the batch carry it twice."""
    groups: dict[UUID | None, list[Item]] = {}
    seen: set[str] = set()
    for change, item in checked:
        if change.payload["id"] in seen:
            continue
        seen.add(change.payload["id"])
        groups.setdefault(change.actor_id, []).append(item)
    return list(groups.items())
