"""A shop that ran alone joins a chain, over the network worker: the request is read on the
replica's worker, sent, the answer kept there in one transaction; then the first sync (the
whole history up, the company down) and the carry-over of the stock of the products the
chain already had, and a second sync for it (``app.shop_setup.joining``)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.shop_setup.joining import carry_merged_stock, check_may_join
from erp_desktop.kernel.errors import ErpError
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import RunDb, inline, synchronize


@dataclass(frozen=True)
class JoinReport:
    """What joining a chain did: the products the chain already had, those it took as they
    were, the users renamed, and the first sync (history up, the company down)."""

    merged: int
    adopted: int
    renamed: dict[str, str]
    sent: int
    refused: int
    received: int
    customers_matched: int = 0  # look like the company's: head office is alerted


def join_chain(
    deps: Deps, url: str, token: str, owner: Actor, run_db: RunDb = inline
) -> JoinReport:
    joining = deps.joining
    if joining is None:
        raise ErpError("join.not_standalone")
    run_db(lambda: check_may_join(deps, owner))
    client = SyncClient(url)
    try:
        answer = client.join(run_db(lambda: joining.request(token)))
    finally:
        client.close()
    run_db(lambda: joining.keep(client.base_url, answer, deps.now()))
    first = synchronize(deps, run_db=run_db)
    merged = {UUID(k): UUID(v) for k, v in answer["merged"].items()}
    carried = run_db(lambda: carry_merged_stock(deps, owner, merged)).made
    reports = [first] + ([synchronize(deps, run_db=run_db)] if carried is not None else [])
    return JoinReport(
        len(merged),
        int(answer["adopted"]),
        dict(answer["renamed"]),
        sum(r.accepted for r in reports),
        sum(r.rejected for r in reports),
        sum(r.pulled for r in reports),
        int(answer.get("customers_matched", 0)),
    )
