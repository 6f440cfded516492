"""Finding PostgreSQL for the server tests, or starting a throwaway one.

In order: the server named by ``ERP_TEST_PG_URL``; one listening on 127.0.0.1:5432 (user
``postgres``, trust auth, as on the development machines and in CI); else a temporary
cluster made with the local PostgreSQL binaries (``initdb``/``pg_ctl``, run as the
``postgres`` user when the tests run as root, which PostgreSQL refuses) and stopped at exit.
Each test module gets its own database and drops it after: a migrated one is a copy
(``CREATE DATABASE ... TEMPLATE``) of a template migrated once per test session, which costs
a tenth of migrating it again.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path

DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres"


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _binary(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if not found:
        raise RuntimeError(f"PostgreSQL is not running and {name} is not installed")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _throwaway_cluster() -> str:
    folder = Path(tempfile.mkdtemp(prefix="erp-pg-"))
    port = _free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    subprocess.run(
        [*prefix, _binary("initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *prefix,
            _binary("pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(folder / "log"),
            "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    atexit.register(
        lambda: subprocess.run(
            [*prefix, _binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
    )
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


_found: list[str] = []


def server_url() -> str:
    """The server the tests use; a throwaway cluster is started once per test session."""
    if not _found:
        url = os.environ.get("ERP_TEST_PG_URL")
        if url:
            _found.append(url)
        elif _listening("127.0.0.1", 5432):
            _found.append(DEFAULT)
        else:
            _found.append(_throwaway_cluster())
        _cluster_role(_found[0])
    return _found[0]


def _cluster_role(url: str) -> None:
    """Makes the server's cluster-wide role once, under a lock: the test workers (pytest -n)
    migrate their first databases at the same moment, and two ``CREATE ROLE`` of the same
    new role collide (migration 0001 makes it only when it is missing)."""
    from sqlalchemy import create_engine, text

    from sync_server.db.engine import database_url

    admin = create_engine(database_url(url))
    try:
        with admin.begin() as conn:  # the lock is let go at commit
            conn.execute(text("SELECT pg_advisory_xact_lock(7317001)"))
            conn.execute(
                text(
                    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                    "'erp_app') THEN CREATE ROLE erp_app NOLOGIN; END IF; END $$"
                )
            )
    finally:
        admin.dispose()


def with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def new_database_name() -> str:
    return f"erp_test_{uuid.uuid4().hex[:12]}"


@contextmanager
def _database(admin_url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server of ``admin_url`` (empty, or a copy of ``template``),
    dropped on the way out."""
    from sqlalchemy import create_engine, text

    from sync_server.db.engine import database_url

    name = new_database_name()
    admin = create_engine(database_url(admin_url), isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield with_database(admin_url, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def temporary_database() -> AbstractContextManager[str]:
    """A new empty database on the server found above, dropped on the way out."""
    return _database(server_url())


_templates: list[str] = []
_session = ExitStack()  # what the session made once, undone at its end
atexit.register(_session.close)


def _migrated_template() -> str:
    """The name of a database migrated to the newest revision, made on first use in this
    test session and dropped at its end. Nothing connects to it but the migration, so
    PostgreSQL can copy it."""
    if not _templates:
        from sync_server.db.engine import make_engine
        from sync_server.db.migrate import upgrade

        url = _session.enter_context(_database(server_url()))
        engine = make_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        _templates.append(url.rpartition("/")[2])
    return _templates[0]


def migrated_database() -> AbstractContextManager[str]:
    """A new database at the newest revision (a copy of the session's migrated template),
    dropped on the way out."""
    return _database(server_url(), _migrated_template())


def sibling_database(url: str) -> AbstractContextManager[str]:
    """Another empty database on the same server as ``url`` (another application sharing
    the cluster), dropped on the way out."""
    return _database(with_database(url, "postgres"))


class Cluster:
    """A throwaway PostgreSQL cluster on a free port, made with the local binaries (as the
    ``postgres`` user when root): a primary made by initdb, or a hot standby made by
    ``pg_basebackup -R`` from a running primary. Never the machine's shared server."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port, self.data = folder, port, folder / "data"
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    @classmethod
    def _made(cls) -> Cluster:
        folder = Path(tempfile.mkdtemp(prefix="erp-pg-"))
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
        return cls(folder, _free_port())

    @classmethod
    def primary(cls) -> Cluster:
        cluster = cls._made()
        cluster._run("initdb", "-D", str(cluster.data), "-U", "postgres", "-A", "trust")
        return cluster

    @classmethod
    def standby_of(cls, primary: Cluster) -> Cluster:
        cluster = cls._made()
        cluster._run(
            "pg_basebackup", "-D", str(cluster.data), "-R", "-X", "stream",
            "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres", "-c", "fast",
        )  # fmt: skip
        return cluster

    def _run(self, binary: str, *args: str) -> None:
        subprocess.run([*self.prefix, _binary(binary), *args], check=True, capture_output=True)

    def start(self, *settings: str) -> None:
        options = " ".join(
            [f"-p {self.port}", f"-k {self.folder}", "-c listen_addresses=127.0.0.1"]
            + [f"-c {s}" for s in settings]
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"),
            "-o", options, "start",
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, _binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
        )

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def binaries_present() -> bool:
    """Whether initdb, pg_ctl and pg_basebackup can be found (tests needing their own
    clusters skip without them)."""
    try:
        for name in ("initdb", "pg_ctl", "pg_basebackup"):
            _binary(name)
    except RuntimeError:
        return False
    return True
