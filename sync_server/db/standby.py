"""The reports' hot standby: a streaming replica of the primary that company-wide reports
read when it is configured (``ERP_REPORTS_DATABASE_URL``), answers, and replays within the
configured lag (``ERP_REPORTS_MAX_LAG_SECONDS``); otherwise they read the primary.

A standby cannot write, so it cannot record a transaction's scope (``auth.enter_scope``
writes ``scope.current``, an unlogged table a standby cannot even read): reports read it
as its login, which must pass row-level security (a read-only role with BYPASSRLS made
by the operator, see docs/operations.md; a login the policies would bind is refused, so
that a report is never read empty), in read-only transactions, and only for readers whose
scope is the whole company, which the policies would not narrow anyway. A branch manager's
reports stay on the primary, under the policies.

The lag: nothing to replay (received WAL all replayed) is no lag, whatever the time since
the primary's last commit; else the time since the last replayed commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

STANDBY_OPTION = "erp_reports_standby"

_LAG = text(
    "SELECT pg_is_in_recovery(), (SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r "
    "WHERE r.rolname = current_user), CASE "
    "WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0 "
    "ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END"
)


@dataclass(frozen=True, slots=True)
class StandbyState:
    configured: bool
    usable: bool
    lag_seconds: float | None
    max_lag_seconds: float
    # "in_use", "not_configured", "unreachable", "not_in_recovery", "row_security", "lagging"
    reason: str


class Standby:
    """The standby's engine and the bound on its lag."""

    def __init__(self, url: str, max_lag_seconds: float = 30.0, pool_size: int = 2) -> None:
        from sync_server.db.engine import database_url

        self.max_lag_seconds = max_lag_seconds
        self.engine: Engine = create_engine(
            database_url(url),
            pool_pre_ping=True,
            pool_size=pool_size,
            connect_args={"connect_timeout": 2},
        )

    def state(self) -> StandbyState:
        """Whether reports may read the standby now, and its replication lag."""
        try:
            with self.engine.connect() as conn:
                recovering, unbound, lag = conn.execute(_LAG).one()
        except SQLAlchemyError:
            return StandbyState(True, False, None, self.max_lag_seconds, "unreachable")
        if not recovering:
            return StandbyState(True, False, None, self.max_lag_seconds, "not_in_recovery")
        if not unbound:  # the policies would show it nothing: empty reports, never that
            return StandbyState(True, False, None, self.max_lag_seconds, "row_security")
        seconds = float(lag or 0)
        if seconds > self.max_lag_seconds:
            return StandbyState(True, False, seconds, self.max_lag_seconds, "lagging")
        return StandbyState(True, True, seconds, self.max_lag_seconds, "in_use")

    def dispose(self) -> None:
        self.engine.dispose()


def standby_of(engine: Engine) -> Standby | None:
    """The standby given to the primary's engine (``make_engine(..., standby=...)``)."""
    found = engine.get_execution_options().get(STANDBY_OPTION)
    return found if isinstance(found, Standby) else None


def state_of(engine: Engine) -> StandbyState:
    standby = standby_of(engine)
    if standby is None:
        return StandbyState(False, False, None, 0.0, "not_configured")
    return standby.state()
