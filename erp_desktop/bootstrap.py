"""The composition root: builds the replica, the storage adapter and the app's dependencies.

Nothing else wires storage into the app; the UI (when it lands) receives ready-made ``Deps``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from erp_desktop.app.deps import Deps
from erp_desktop.demo.generator import DemoSummary, build_demo_replica
from erp_desktop.kernel.clock import Clock, HybridLogicalClock
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.store import SqliteStore

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
    """Opens (and upgrades, with a backup) the replica in ``data_dir``."""
    replica = Replica(replica_path(data_dir))
    upgrade_replica(replica)
    node_file = data_dir / "node-id"
    if not node_file.exists():
        node_file.write_text(new_id().hex[:12], encoding="ascii")
    node = node_file.read_text(encoding="ascii").strip()
    return Branch(replica, Deps(SqliteStore(replica), Clock(), HybridLogicalClock(node)))


def create_demo(
    data_dir: Path, products: int, days: int, seed: int, progress: Callable[[str], None] = print
) -> DemoSummary:
    path = replica_path(data_dir)
    if path.exists():
        raise FileExistsError(path)
    return build_demo_replica(path, products=products, days=days, seed=seed, progress=progress)


def run_gui(data_dir: Path, language: str) -> int:
    """Starts the desktop window on the replica in ``data_dir``.

    The window itself is the desktop issue's work; until it lands the client stops here
    with a clear message, after having opened and upgraded the replica for real.
    """
    branch = open_branch(data_dir)
    try:
        with branch.deps.store.read() as tx:
            company, local = tx.company(), tx.local_branch()
        print(
            f"{company.name} / {local.code} {local.name}: replica {branch.replica.path} is ready "
            f"(language {language}). The desktop window is not part of this version yet; "
            "use `erp-desktop trial-balance` to read the books."
        )
    finally:
        branch.close()
    return 0
