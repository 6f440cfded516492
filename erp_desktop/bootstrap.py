"""The composition root: builds the replica, the storage adapter and the app's dependencies.

Nothing else wires storage into the app; the UI receives ready-made ``Deps``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from erp_desktop.app.business.quotes_for_crm import BusinessQuoteMaker
from erp_desktop.app.crm.pipeline import install_quote_maker
from erp_desktop.app.deps import Deps, resume_clock
from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.kernel.clock import Clock
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.tax.catalog import TAX_CATALOGS_SETTING

if TYPE_CHECKING:
    from erp_desktop.app.shop_setup.plan import ShopSetup
    from erp_desktop.demo.generator import DemoSummary
    from erp_desktop.storage.engine import Replica
    from erp_desktop.sync.joining import JoinReport
    from erp_desktop.ui.application import Workstation

# Storage (SQLAlchemy, alembic) and the demo generator are imported inside the functions
# that need them: the GUI paints its login screen first and opens the replica meanwhile.

REPLICA_FILE = "replica.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("maghreb-erp", "Maghreb ERP"))


@dataclass
class Branch:
    replica: Replica
    deps: Deps

    def close(self) -> None:
        self.replica.close()


def replica_path(data_dir: Path) -> Path:
    return data_dir / REPLICA_FILE


def open_branch(data_dir: Path) -> Branch:
    """Opens (and upgrades, with a backup) the replica in ``data_dir``, owned from now on
    by the calling thread."""
    from erp_desktop.storage.engine import Replica
    from erp_desktop.storage.joining import ReplicaJoining
    from erp_desktop.storage.migrate import upgrade_replica
    from erp_desktop.storage.store import SqliteStore
    from erp_desktop.storage.user_backups import SqliteBackups

    replica = Replica(replica_path(data_dir))
    # Its connection belongs to the thread opening it: the desktop's database worker, the
    # command line's main thread. The network worker hands its steps to that thread.
    replica.confine_to_current_thread()
    upgrade_replica(replica)
    node_file = data_dir / "node-id"
    if not node_file.exists():
        node_file.write_text(new_id().hex[:12], encoding="ascii")
    node = node_file.read_text(encoding="ascii").strip()
    store = SqliteStore(replica)
    deps = Deps(
        store,
        Clock(),
        resume_clock(store, node),
        backups=SqliteBackups(replica),
        joining=ReplicaJoining(replica),
    )
    subscribe_reactions(deps)  # low-stock alerts, customers' purchase history
    install_quote_maker(BusinessQuoteMaker())  # CRM's won opportunities become quotes
    with store.read() as tx:  # the tax catalogs head office sent down, if any
        for country, document in (tx.org.setting(TAX_CATALOGS_SETTING) or {}).items():
            deps.taxes = deps.taxes.with_document(country, document)
    return Branch(replica, deps)


def create_demo(
    data_dir: Path, products: int, days: int, seed: int, progress: Callable[[str], None] = print
) -> DemoSummary:
    from erp_desktop.demo.generator import build_demo_replica

    path = replica_path(data_dir)
    if path.exists():
        raise FileExistsError(path)
    return build_demo_replica(path, products=products, days=days, seed=seed, progress=progress)


def workstation_register(branch: Branch, data_dir: Path) -> UUID | None:
    """The register this PC is: remembered in ``data_dir/register-id``; on first start,
    the local branch's first register."""
    remembered = data_dir / "register-id"
    with branch.deps.store.read() as tx:
        registers = tx.org.registers_of(tx.org.local_branch().id)
    known = {r.id for r in registers}
    if remembered.exists():
        value = UUID(remembered.read_text(encoding="ascii").strip())
        if value in known:
            return value
    if not registers:
        return None
    remembered.write_text(registers[0].id.hex, encoding="ascii")
    return registers[0].id


def join_company(
    data_dir: Path, url: str, token: str, progress: Callable[[str, int, int], None] | None = None
) -> None:
    """A new branch PC: an empty replica, enrolled with the one-time token, then filled by
    pulling the company, its branches, users, catalog and chart from the server. A first
    pull that brought no users or no products is a failure (``sync.joined_without_users``,
    ``sync.joined_without_catalog``). If any step fails, the half-made replica is removed:
    nothing is left half-written."""
    from collections import Counter

    from erp_desktop.sync.client import SyncClient
    from erp_desktop.sync.runner import check_first_pull, enroll_device, pull_changes

    path = replica_path(data_dir)
    if path.exists():
        raise FileExistsError(path)
    branch = open_branch(data_dir)
    client = SyncClient(url)
    try:
        enrollment = enroll_device(branch.deps, client, token)
        with branch.deps.store.transaction(None) as tx:
            tx.org.set_setting("local_branch_id", str(enrollment.branch_id), branch.deps.now())
        brought: Counter[str] = Counter()
        pull_changes(branch.deps, client, progress, brought)
        check_first_pull(brought, client.base_url)
    except BaseException:
        branch.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), data_dir / "node-id"):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        client.close()
    branch.close()


def set_up_shop(data_dir: Path, setup: ShopSetup) -> None:
    """A shop that runs alone: a new replica founded from what the owner typed (checked
    whole first: the first problem is raised and nothing is made). If any step fails, the
    half-made replica is removed."""
    from erp_desktop.app.shop_setup.plan import founding_of
    from erp_desktop.kernel.tax.catalog import default_catalog
    from erp_desktop.storage.engine import Replica
    from erp_desktop.storage.founding import write_founding
    from erp_desktop.storage.migrate import upgrade_replica

    path = replica_path(data_dir)
    if path.exists():
        raise FileExistsError(path)
    founding = founding_of(setup, default_catalog())
    data_dir.mkdir(parents=True, exist_ok=True)
    replica = Replica(path)
    try:
        upgrade_replica(replica)
        write_founding(replica, founding, Clock().now())
        replica.close()
        (data_dir / "register-id").write_text(founding.register_id.hex, encoding="ascii")
        if setup.opening_stock:
            _bring_in_opening_stock(data_dir, setup)
    except BaseException:
        replica.close()
        made = (path, Path(f"{path}-wal"), Path(f"{path}-shm"), data_dir / "node-id")
        for leftover in (*made, data_dir / "register-id"):
            leftover.unlink(missing_ok=True)
        raise


def _bring_in_opening_stock(data_dir: Path, setup: ShopSetup) -> None:
    """The stock on the shelves at founding, recorded by the owner (typed in the wizard)."""
    from erp_desktop.app.auth import log_in
    from erp_desktop.app.shop_setup.opening_stock import record_opening_stock
    from erp_desktop.kernel.permissions import Role

    owner = next(p for p in setup.people if Role.OWNER.value in p.roles)
    branch = open_branch(data_dir)
    try:
        actor = log_in(branch.deps, owner.username.strip().lower(), owner.password)
        with branch.deps.store.read() as tx:
            ids = {sku: tx.catalog.product_by_sku(sku) for sku, _q, _c in setup.opening_stock}
        lines = [(ids[s].id, q, c) for s, q, c in setup.opening_stock if ids[s] is not None]  # type: ignore[union-attr]
        record_opening_stock(branch.deps, actor, lines)
    finally:
        branch.close()


def join_chain(data_dir: Path, url: str, token: str, username: str, password: str) -> JoinReport:
    """A shop that ran alone joins the company's server with head office's invitation, from
    the command line (``sync.joining``; the client's Session menu does the same)."""
    from erp_desktop.app.auth import log_in
    from erp_desktop.sync.joining import join_chain as join

    branch = open_branch(data_dir)
    try:
        owner = log_in(branch.deps, username, password, workstation_register(branch, data_dir))
        return join(branch.deps, url, token, owner)
    finally:
        branch.close()


def restore_replica(data_dir: Path, backup: Path) -> str:
    """A new PC takes the shop's replica from a backup (a folder, a USB key); the data folder
    must have none yet. Opened once here, so a backup made by an older client is upgraded
    now (its own backup first). Returns the site's code."""
    from erp_desktop.storage.user_backups import restore_backup

    restore_backup(backup, replica_path(data_dir))
    (data_dir / "register-id").unlink(missing_ok=True)  # this PC picks its register anew
    branch = open_branch(data_dir)
    try:
        with branch.deps.store.read() as tx:
            return tx.org.local_branch().code
    finally:
        branch.close()


def run_first_run(data_dir: Path, language: str) -> bool:
    """The wizard of a PC without a replica: the demo branch, joining the company's
    server, or setting up this shop alone. True when a replica now exists."""
    from erp_desktop.ui.first_run import ask_first_run

    return ask_first_run(
        language,
        make_demo=lambda: create_demo(data_dir, 2000, 30, 7, progress=lambda _line: None),
        join=lambda url, token: join_company(data_dir, url, token),
        set_up=lambda setup: set_up_shop(data_dir, setup),
        restore=lambda backup: restore_replica(data_dir, backup),
    )


def run_gui(data_dir: Path, language: str) -> int:
    """Starts the desktop window on the replica in ``data_dir``."""
    from erp_desktop.ui.application import run

    return run(_workstation_opener(data_dir), data_dir, language)


def run_smoke(data_dir: Path, language: str, username: str, password: str) -> int:
    """The start-up check: the login screen, ``username`` logs in, the main window opens and
    settles, then the client quits (0, or 1 with the reason printed)."""
    from erp_desktop.ui.smoke import smoke_start

    return smoke_start(_workstation_opener(data_dir), data_dir, language, username, password)


def _workstation_opener(data_dir: Path) -> Callable[[], Workstation]:
    from erp_desktop.ui.application import Workstation

    def open_workstation() -> Workstation:
        branch = open_branch(data_dir)
        with branch.deps.store.read() as tx:
            country = tx.org.company().country
        register = workstation_register(branch, data_dir)
        return Workstation(branch.deps, register, country, branch.close)

    return open_workstation
