"""A new branch PC bootstraps from the server's snapshot (issue 19): the catalog loaded a
table at a time, the audit and the search index kept by batch, and a bootstrap whose line is
cut midway by a real HTTP connection dropped resumes at the first part it had not applied."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.bootstrap import open_branch
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.partners.company import CompanyDetails
from erp_desktop.storage import bulk_load
from erp_desktop.storage.bulk_load import rebuild_search
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, pull_changes
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice, snapshot
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, running_server

PRODUCTS = 300


@pytest.fixture(scope="module")
def world(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    head_office_for(engine, alger)
    headoffice.set_company_details(engine, CompanyDetails({"address": "Alger"}, "1000000"))
    headoffice.add_branch(engine, "TLM01", "Tlemcen", "تلمسان")
    headoffice.add_register(engine, "TLM01", "C1", 500)
    headoffice.add_user(engine, "sofiane", "Sofiane", "tlemcen-2026", ["cashier"], "TLM01")
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [
                ProductRow(
                    new_id(),
                    f"T{i:05d}",
                    f"Biscuit {i}",
                    f"بسكويت {i}",
                    "pce",
                    100 + i,
                    "DZD",
                    "standard",
                    (make_ean13(f"619{i:09d}"),),
                )
                for i in range(PRODUCTS)
            ]
            # accents, harakat, a tatweel and two barcodes: what the search text normalizes
            + [
                ProductRow(
                    new_id(),
                    "T-CAFE",
                    "Café Crème ÉTÉ",
                    "قَهْوَة بالحليـب",
                    "pce",
                    250,
                    "DZD",
                    "standard",
                    (make_ean13("619900000001"), make_ean13("619900000002")),
                )
            ],
        )
    yield alger
    alger.replica.close()


class CutLine:
    """A real TCP relay in front of the server that, once armed, drops the connection after
    ``budget`` bytes of an answer: the line cut in the middle of a part."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.budget: int | None = None
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                downstream, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(
                target=self._pipe, args=(downstream, upstream, False), daemon=True
            ).start()
            threading.Thread(
                target=self._pipe, args=(upstream, downstream, True), daemon=True
            ).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        try:
            while data := source.recv(65536):
                if answers and self.budget is not None:
                    if len(data) > self.budget:
                        sink.sendall(data[: self.budget])
                        self.budget = None
                        raise OSError("cut")
                    self.budget -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.listener.close()


class Counting(httpx.BaseTransport):
    """Counts the snapshot parts the client asks for; arms the line to be cut halfway
    through the answer of part ``cut_at``, once."""

    def __init__(self, line: CutLine | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.parts: list[str] = []
        self.line = line
        self.cut_at: tuple[str, int] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/snapshot/" in request.url.path:
            part = request.url.path.rsplit("/", 1)[1]
            self.parts.append(part)
            if self.line is not None and self.cut_at is not None and self.cut_at[0] == part:
                self.line.budget = self.cut_at[1]
                self.cut_at = None
        return self.inner.handle_request(request)


def _new_pc(
    data_dir: Path, url: str, engine: Engine, transport: httpx.BaseTransport
) -> tuple[Branch, SyncClient]:
    branch = open_branch(data_dir)
    client = SyncClient(url, transport=transport)
    _device, token = headoffice.add_device(engine, "TLM01", f"till {data_dir.name}")
    enrollment = enroll_device(branch.deps, client, token)
    with branch.deps.store.transaction(None) as tx:
        tx.org.set_setting("local_branch_id", str(enrollment.branch_id), branch.deps.now())
    return branch, client


def test_a_new_branch_loads_the_catalog_from_the_snapshot_with_its_audit_and_search(
    world: Branch, engine: Engine, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "PART_ROWS", 100)  # several parts of each kind
    with running_server(pg_url) as url:
        branch, client = _new_pc(tmp_path / "tlm", url, engine, httpx.HTTPTransport())
        try:

            def not_rebuilt(_conn: object) -> None:
                raise AssertionError("the search index was rebuilt, not shipped")

            with monkeypatch.context() as patched:
                patched.setattr(bulk_load, "rebuild_search", not_rebuilt)
                pull_changes(branch.deps, client)
            with unit_of_work(engine, head_office=True) as conn:
                theirs = {
                    (str(r[0]).replace("-", ""), r[1], r[2])
                    for r in conn.execute(
                        text("SELECT id, sku, price_minor FROM inventory.products")
                    )
                }
                codes = set(
                    conn.execute(text("SELECT barcode FROM inventory.product_barcodes")).scalars()
                )
            with branch.replica.engine.connect() as local:
                mine = {
                    tuple(r)
                    for r in local.exec_driver_sql("SELECT id, sku, price_minor FROM products")
                }
                barcodes = set(
                    local.exec_driver_sql("SELECT barcode FROM product_barcodes").scalars()
                )
                loads = local.exec_driver_sql(
                    "SELECT table_name, sum(rows), count(*) FROM bulk_loads GROUP BY table_name"
                ).all()
                audited = local.exec_driver_sql(
                    "SELECT table_name, count(*) FROM audit_log WHERE table_name IN "
                    "('products', 'product_barcodes', 'bulk_loads') GROUP BY table_name"
                ).all()
                cursor = local.exec_driver_sql(
                    "SELECT value FROM settings WHERE key = 'sync_cursor'"
                ).scalar()
            assert mine == theirs and barcodes == codes
            with branch.deps.store.read() as tx:  # what invoices say of the company, too
                company = tx.org.company()
            assert (company.address, company.capital_minor) == ("Alger", 100_000_000)
            # one audit row per batch: none per product or barcode, one per bulk load
            assert {t: (n, parts) for t, n, parts in loads} == {
                "products": (len(theirs), -(-len(theirs) // 100)),
                "product_barcodes": (len(codes), -(-len(codes) // 100)),
            }
            assert dict(audited) == {"bulk_loads": sum(parts for _t, _n, parts in loads)}
            # the search index was rebuilt once the snapshot was in
            with branch.deps.store.read() as tx:
                found = tx.catalog.products(tx.catalog.search_products("bisc 27", 5))
                arabic = tx.catalog.search_products("بسكويت 27", 5)
                by_code = tx.catalog.search_products(make_ean13("619000000027"), 5)
                coffee = tx.catalog.search_products("cafe creme", 5)
                second_code = tx.catalog.search_products(make_ean13("619900000002"), 5)
                milk = tx.catalog.search_products("قهوه بالحليب", 5)
            biscuit = next(p.id for p in found if p.sku == "T00027")  # and 270-279, by prefix
            assert by_code == [biscuit] and biscuit in arabic
            assert len(coffee) == 1 and second_code == coffee and milk == coffee
            # indexed from the text the server shipped: the very rows the triggers make
            with branch.replica.engine.begin() as local:
                shipped = local.exec_driver_sql(
                    "SELECT rowid, text FROM product_search ORDER BY rowid"
                ).all()
                rebuild_search(local)
                rebuilt = local.exec_driver_sql(
                    "SELECT rowid, text FROM product_search ORDER BY rowid"
                ).all()
            assert shipped == rebuilt and len(shipped) == len(theirs)
            with unit_of_work(engine, head_office=True) as conn:
                newest = conn.execute(
                    text("SELECT max(position) FROM sync.change_positions")
                ).scalar()
            assert int(str(cursor).strip('"')) <= int(newest)
            # what head office changes after the snapshot comes by the feed
            with unit_of_work(engine, head_office=True) as conn:
                conn.execute(
                    text("UPDATE inventory.products SET price_minor = 4242 WHERE sku = 'T00007'")
                )
            assert pull_changes(branch.deps, client).count >= 1
            with branch.replica.engine.connect() as local:
                assert (
                    local.exec_driver_sql(
                        "SELECT price_minor FROM products WHERE sku = 'T00007'"
                    ).scalar()
                    == 4242
                )
        finally:
            client.close()
            branch.close()


def test_a_bootstrap_cut_midway_resumes_at_the_first_part_not_applied(
    world: Branch, engine: Engine, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "PART_ROWS", 100)
    with running_server(pg_url) as url:
        line = CutLine(int(url.rsplit(":", 1)[1]))
        counting = Counting(line)
        branch, client = _new_pc(
            tmp_path / "tlm2", f"http://127.0.0.1:{line.port}", engine, counting
        )
        try:
            manifest = client.snapshot()
            sizes = [p["bytes"] for p in manifest["parts"]]
            assert len(sizes) >= 5
            counting.cut_at = ("3", sizes[3] // 2)  # the fourth part's answer, cut halfway
            with pytest.raises(ErpError) as cut:
                pull_changes(branch.deps, client)
            assert cut.value.code == "sync.offline"
            with branch.replica.engine.connect() as local:
                progress = json.loads(
                    local.exec_driver_sql(
                        "SELECT value FROM settings WHERE key = 'sync_snapshot'"
                    ).scalar()
                )
                loaded = local.exec_driver_sql("SELECT count(*) FROM bulk_loads").scalar()
            done = progress["done"]
            assert done == 3 and loaded == sum(
                1 for p in manifest["parts"][:done] if p["kind"] != "feed"
            )
            asked_before = len(counting.parts)
            pull_changes(branch.deps, client)
            resumed = counting.parts[asked_before:]
            assert resumed == [str(n) for n in range(done, len(sizes))]  # nothing asked twice
            with branch.replica.engine.connect() as local:
                products = local.exec_driver_sql("SELECT count(*) FROM products").scalar()
                indexed = local.exec_driver_sql("SELECT count(*) FROM product_search").scalar()
            with unit_of_work(engine, head_office=True) as conn:
                assert (
                    products
                    == conn.execute(text("SELECT count(*) FROM inventory.products")).scalar()
                )
            assert indexed == products
        finally:
            client.close()
            branch.close()
            line.close()


def test_the_search_index_rebuilt_in_bulk_is_the_one_its_triggers_keep(world: Branch) -> None:
    with world.replica.engine.begin() as conn:
        kept = conn.exec_driver_sql("SELECT rowid, text FROM product_search ORDER BY rowid").all()
        rebuild_search(conn)
        rebuilt = conn.exec_driver_sql(
            "SELECT rowid, text FROM product_search ORDER BY rowid"
        ).all()
    assert rebuilt == kept and len(kept) > 5


def test_an_id_from_the_wire_is_taken_as_hex_only_if_it_is_one() -> None:
    ident = new_id()
    assert bulk_load.hex_id(str(ident)) == ident.hex
    assert bulk_load.hex_id(str(ident).upper()) == ident.hex
    assert bulk_load.hex_id(ident.hex) == ident.hex and bulk_load.hex_id("") is None
    for bad in ("zz", ident.hex[:31], "g" * 32, f" {ident.hex[1:]}", ident.hex + "0"):
        with pytest.raises(ValueError):
            bulk_load.hex_id(bad)


def test_a_picture_removed_at_head_office_is_left_out_of_the_snapshot(engine: Engine) -> None:
    """The snapshot keeps each catalog row's latest version: a picture whose latest version
    removed it (server 0029) is not loaded by a new PC, one set again is."""
    from sync_server.db.snapshots import feed_upto

    removed, shown = new_id(), new_id()
    with engine.connect() as conn, conn.begin() as tx:
        top = conn.execute(text("SELECT coalesce(max(position), 0) FROM sync.change_positions"))
        position = int(top.scalar_one()) + 1000
        for entity_id, deleted in (
            (removed, None),
            (shown, "2026-11-30T10:00:00+00:00"),
            (removed, "2026-12-01T10:00:00+00:00"),
            (shown, None),
        ):
            payload = {"id": str(new_id()), "product_id": str(entity_id), "deleted_at": deleted}
            seq = conn.execute(
                text(
                    "INSERT INTO sync.change_log (entity, entity_id, payload) "
                    "VALUES ('product_image', :e, CAST(:p AS jsonb)) RETURNING seq"
                ),
                {"e": entity_id, "p": json.dumps(payload)},
            ).scalar_one()
            conn.execute(
                text("INSERT INTO sync.change_positions (position, seq) VALUES (:p, :s)"),
                {"p": position, "s": seq},
            )
            position += 1
        images = [
            json.loads(payload)["product_id"]
            for entity, payload in feed_upto(conn, position)
            if entity == "product_image"
        ]
        tx.rollback()
    assert str(shown) in images
    assert str(removed) not in images
