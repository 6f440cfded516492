"""The replica's side of two guarantees that outlive a restart or a refused edit.

- The hybrid logical clock's high-water mark: the highest stamp on a customer's field here
  (the edits made here and those merged from the server; an edit the server refused is gone
  once the replica took the server's copy) or observed from the server (a setting written
  with each pulled page), so the clock restored at start never goes below a stamp that
  orders anything. Stamps on other changes (sales, movements) order nothing, so a clock that
  ran ahead while selling does not keep the replica ahead after it is corrected.
- The customers' comparison with the server after each sync: values per customer, which
  customers still have an edit waiting to go up, and taking the server's copy of one.
- The replica's own tamper checks: stock levels against their movements, and whether a
  finding was already queued for head office.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, select, text, update

from erp_desktop.kernel.crm.customers import FIELDS
from erp_desktop.storage.remote import insert_customer
from erp_desktop.storage.repositories.org import write_setting
from erp_desktop.storage.tables.catalog import customers
from erp_desktop.storage.tables.org import settings
from erp_desktop.storage.tables.sync import outbox

HLC_OBSERVED_SETTING = "hlc_observed"


def hlc_high_water(conn: Connection) -> str | None:
    issued = conn.execute(
        text("SELECT max(clock.value) FROM customers, json_each(customers.field_clocks) AS clock")
    ).scalar()
    observed = conn.execute(
        select(settings.c.value).where(settings.c.key == HLC_OBSERVED_SETTING)
    ).scalar()
    stamps = [s for s in (issued, observed) if isinstance(s, str) and s]
    return max(stamps) if stamps else None


def record_observed_hlc(conn: Connection, stamp: str, now: datetime) -> None:
    write_setting(conn, HLC_OBSERVED_SETTING, stamp, now)


def customer_values(conn: Connection) -> list[tuple[UUID, dict[str, Any]]]:
    columns = [customers.c[f] for f in FIELDS]
    rows = conn.execute(select(customers.c.id, *columns))
    return [(r[0], dict(zip(FIELDS, r[1:], strict=True))) for r in rows]


def customers_waiting(conn: Connection) -> set[UUID]:
    """Customers with an edit still queued for the server (theirs wins only once it is up)."""
    rows = conn.execute(
        select(outbox.c.entity_id).where(outbox.c.entity == "customer", outbox.c.state == "pending")
    ).scalars()
    return {UUID(str(r)) for r in rows}


def take_server_customer(conn: Connection, row: dict[str, Any], now: datetime) -> None:
    """Makes this replica's copy of a customer the server's: values and field clocks."""
    customer_id = UUID(row["id"])
    values = {f: row.get(f) or "" for f in FIELDS}
    clocks = dict(row["field_clocks"])
    done = conn.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(**values, field_clocks=clocks, updated_at=now)
    )
    if done.rowcount == 0:
        insert_customer(conn, customer_id, values, clocks, now)


def requeue_customers(conn: Connection, customer_ids: list[UUID], now: datetime) -> int:
    """Sends again the customers the server lacks (e.g. after a restore of the server)."""
    if not customer_ids:
        return 0
    return conn.execute(
        update(outbox)
        .where(
            outbox.c.state == "sent",
            outbox.c.entity == "customer",
            outbox.c.entity_id.in_(customer_ids),
        )
        .values(state="pending", updated_at=now)
    ).rowcount


def levels_unlike_movements(conn: Connection) -> list[tuple[str, int, int]]:
    """(product, level, sum of movements) wherever a stock level is not its movements."""
    rows = conn.execute(
        text(
            "SELECT coalesce(l.product_id, m.product_id), coalesce(l.quantity_milli, 0), "
            "coalesce(m.total, 0) FROM (SELECT warehouse_id, product_id, sum(quantity_milli) "
            "AS total FROM stock_movements GROUP BY warehouse_id, product_id) AS m "
            "FULL JOIN stock_levels l ON l.warehouse_id = m.warehouse_id "
            "AND l.product_id = m.product_id "
            "WHERE coalesce(l.quantity_milli, 0) <> coalesce(m.total, 0)"
        )
    )
    return [(str(UUID(str(r[0]))), int(r[1]), int(r[2])) for r in rows]


def queued(conn: Connection, entity: str, entity_id: UUID) -> bool:
    return (
        conn.execute(
            select(outbox.c.id).where(outbox.c.entity == entity, outbox.c.entity_id == entity_id)
        ).first()
        is not None
    )
