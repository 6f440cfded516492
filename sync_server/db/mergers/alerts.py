"""Alerts for head office raised by a merge (a level left negative, a chain break, a
transfer received short, what a replica found wrong in itself)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


def insert_alerts(
    conn: Connection, branch_id: UUID, alerts: Sequence[tuple[str, Mapping[str, Any]]]
) -> None:
    """One statement for the (kind, params) alerts of a set, each with a new id."""
    if not alerts:
        return
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) SELECT id, CAST(:branch AS uuid), "
            "kind, params FROM unnest(CAST(:id AS uuid[]), CAST(:kind AS text[]), "
            "CAST(CAST(:params AS text[]) AS jsonb[])) AS a (id, kind, params)"
        ),
        {
            "branch": str(branch_id),
            "id": [str(new_id()) for _ in alerts],
            "kind": [kind for kind, _ in alerts],
            "params": [json.dumps(params, default=str) for _, params in alerts],
        },
    )


def insert_alert_once(
    conn: Connection, alert_id: UUID, branch_id: UUID, kind: str, params: Mapping[str, Any]
) -> None:
    """An alert whose id is given (a replica's finding): a second push of it changes nothing."""
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) "
            "VALUES (:id, :b, :k, CAST(:p AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING"
        ),
        {"id": alert_id, "b": branch_id, "k": kind, "p": json.dumps(dict(params), default=str)},
    )
