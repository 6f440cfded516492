"""erp-sync-server: set up and run the central server.

    erp-sync-server migrate
    erp-sync-server serve [--host H] [--port P] [--workers N]
    erp-sync-server company init --name N --name-ar N --country DZ|MA|TN --currency DZD
    erp-sync-server company set --address A --capital 1000000 --legal-id CNAS=...  (cli_company)
    erp-sync-server branch add CODE --name N --name-ar N
    erp-sync-server head-office add CODE --name N --name-ar N   (head office's own site)
    erp-sync-server register add BRANCH CODE [--cash-step-minor 500]
    erp-sync-server user add USERNAME --name N --role cashier [--branch CODE] [--pin 1234]
    erp-sync-server device add BRANCH --name N        (prints the one-time token)
    erp-sync-server device list [--branch CODE]
    erp-sync-server device revoke DEVICE_ID            (refused from its next request on)
    erp-sync-server head-office-key rotate             (the old key is refused at once)
    erp-sync-server rate set EUR DZD 145.23 [--on 2026-11-25]
    erp-sync-server taxes set DZ DZ.json                (VAT and stamp duty, by date)
    erp-sync-server import-products FILE.csv
    erp-sync-server product picture SKU FILE.jpg        (a thumbnail goes down to the tills)
    erp-sync-server product category NAME --name-ar N SKU...   (the till's grid tabs)
    erp-sync-server reconcile                          (nightly; exit 1 when anything is off)
    erp-sync-server shop invite --name N               (a shop that ran alone joins: token)

The database is DATABASE_URL. Passwords are read from ERP_USER_PASSWORD or asked.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, ValidationError, error_catalog
from sync_server.cli_company import add_company_parsers, run_company
from sync_server.db.engine import Engine
from sync_server.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="erp-sync-server", description="Maghreb ERP sync server")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="bring the database to the newest revision")
    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--workers", type=int, default=1)
    add_company_parsers(sub)
    branch = sub.add_parser("branch").add_subparsers(dest="action", required=True).add_parser("add")
    branch.add_argument("code")
    branch.add_argument("--name", required=True)
    branch.add_argument("--name-ar", required=True)
    register = (
        sub.add_parser("register").add_subparsers(dest="action", required=True).add_parser("add")
    )
    register.add_argument("branch")
    register.add_argument("code")
    register.add_argument("--cash-step-minor", type=int, default=0)
    user = sub.add_parser("user").add_subparsers(dest="action", required=True).add_parser("add")
    user.add_argument("username")
    user.add_argument("--name", required=True)
    user.add_argument(
        "--role",
        action="append",
        required=True,
        help=f"one of {', '.join(_roles())}; repeat it for several roles",
    )
    user.add_argument("--branch")
    user.add_argument("--pin")
    devices = sub.add_parser("device").add_subparsers(dest="action", required=True)
    device = devices.add_parser("add", help="a branch PC and its one-time enrollment token")
    device.add_argument("branch")
    device.add_argument("--name", required=True)
    listed = devices.add_parser("list", help="every device with its branch and status")
    listed.add_argument("--branch")
    revoke = devices.add_parser("revoke", help="refuse a device from its next request on")
    revoke.add_argument("device_id", type=_device_id)
    office = sub.add_parser("head-office", help="head office's own site (its PCs enroll there)")
    site = office.add_subparsers(dest="action", required=True).add_parser("add")
    site.add_argument("code")
    site.add_argument("--name", required=True)
    site.add_argument("--name-ar", required=True)
    key = sub.add_parser("head-office-key", help="the key that proves head office's scope")
    key.add_subparsers(dest="action", required=True).add_parser(
        "rotate", help="make a new key (give it to API workers that log in as erp_app)"
    )
    sub.add_parser("reconcile", help="check books, stock, series and chains; non-zero exit if off")
    sub.add_parser("outbox", help="do what pushes left pending after commit (sync.outbox)")
    snapshots = sub.add_parser("snapshot", help="what a new branch PC bootstraps from")
    prepared = snapshots.add_subparsers(dest="action", required=True).add_parser(
        "prepare", help="prepare the branch's snapshot now, unless a fresh one is kept"
    )
    prepared.add_argument("--branch", required=True)
    rate = sub.add_parser("rate").add_subparsers(dest="action", required=True).add_parser("set")
    rate.add_argument("source", help="the foreign currency, e.g. EUR")
    rate.add_argument("target", help="the company currency, e.g. DZD")
    rate.add_argument("rate", help="units of TARGET for one SOURCE, e.g. 145.23")
    rate.add_argument("--on", type=date.fromisoformat, default=None, help="from this day (today)")
    taxes = sub.add_parser("taxes").add_subparsers(dest="action", required=True).add_parser("set")
    taxes.add_argument("country", choices=["DZ", "MA", "TN"])
    taxes.add_argument("file", type=Path, help="the country's catalog (JSON, as shipped)")
    products = sub.add_parser("import-products", help="create or update products from a CSV file")
    products.add_argument("file", type=Path)
    pictures = sub.add_parser("product", help="the till's grid: a product's picture, category")
    picture_of = pictures.add_subparsers(dest="action", required=True)
    picture = picture_of.add_parser("picture", help="a picture of the product (made small)")
    picture.add_argument("sku")
    picture.add_argument("file", type=Path, help="JPEG, PNG or any image Pillow reads")
    category = picture_of.add_parser("category", help="file products under a category")
    category.add_argument("name")
    category.add_argument("--name-ar", required=True)
    category.add_argument("--position", type=int, default=0)
    category.add_argument("skus", nargs="+")
    shop = sub.add_parser("shop", help="a shop that ran alone joins the company")
    invite = shop.add_subparsers(dest="action", required=True).add_parser(
        "invite", help="a one-time invitation (valid a week) for the shop's owner"
    )
    invite.add_argument("--name", required=True, help="the shop, as head office knows it")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_environment()
    except RuntimeError as error:
        print(f"erp-sync-server: {error}", file=sys.stderr)
        return 2
    if args.command == "serve":
        import uvicorn

        os.environ.setdefault("DATABASE_URL", settings.database_url)
        uvicorn.run(
            "sync_server.main:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
        )
        return 0
    from sync_server.db.engine import make_engine

    engine = make_engine(settings.database_url, head_office_key=settings.head_office_key)
    try:
        return _run(args, engine)
    except ErpError as error:
        print(f"erp-sync-server: {explain(error)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, engine: Engine) -> int:
    from sync_server.db.migrate import upgrade
    from sync_server.services import headoffice

    if args.command == "migrate":
        upgrade(engine)
        print("database is at the newest revision")
    elif args.command == "company":
        run_company(args, engine)
    elif args.command == "branch":
        branch_id, _ = headoffice.add_branch(engine, args.code, args.name, args.name_ar)
        print(f"branch {args.code}: {branch_id}")
    elif args.command == "head-office":
        site_id, _ = headoffice.add_head_office(engine, args.code, args.name, args.name_ar)
        print(f"head office {args.code}: {site_id} (enroll its PCs with: device add {args.code})")
    elif args.command == "register":
        register_id = headoffice.add_register(engine, args.branch, args.code, args.cash_step_minor)
        print(f"register {args.branch}-{args.code}: {register_id}")
    elif args.command == "user":
        # the roles are checked before the password is asked, so a mistyped role costs nothing
        for role in args.role:
            if role not in _roles():
                raise ValidationError("common.invalid_value", field="role", value=role)
        password = os.environ.get("ERP_USER_PASSWORD") or getpass.getpass("password: ")
        user_id = headoffice.add_user(
            engine,
            args.username,
            args.name,
            password,
            args.role,
            args.branch,
            args.pin,
        )
        print(f"user {args.username}: {user_id}")
    elif args.command == "device":
        _device(args, engine)
    elif args.command == "head-office-key":
        from sync_server.db.scopes import rotate_head_office_key

        with engine.begin() as conn:  # the owner's login: erp_app never reaches the key
            secret = rotate_head_office_key(conn)
        print(f"new head-office key (ERP_HEAD_OFFICE_KEY for API workers): {secret}")
    elif args.command == "snapshot":
        _snapshot_prepare(engine, args.branch)
    elif args.command == "reconcile":
        from sync_server.services.reconcile import reconcile

        report = reconcile(engine)
        print("\n".join(report.lines()))
        return 0 if report.clean else 1
    elif args.command == "outbox":
        from sync_server.services.outbox import run_pending

        done = total = run_pending(engine)
        while done:
            done = run_pending(engine)
            total += done
        print(f"outbox items done: {total}")
    elif args.command == "rate":
        from sync_server.services.exchange_rates import set_exchange_rate

        on = args.on or date.today()
        set_exchange_rate(engine, args.source, args.target, on, args.rate)
        print(f"1 {args.source.upper()} = {args.rate} {args.target.upper()} from {on}")
    elif args.command == "taxes":
        from sync_server.services.tax_catalogs import set_tax_catalog

        try:
            document = json.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValidationError(
                "common.invalid_value", field=str(args.file), value=str(error)
            ) from None
        set_tax_catalog(engine, args.country, document)
        print(f"tax catalog of {args.country} set; it goes down to every branch")
    elif args.command == "product":
        _product(args, engine)
    elif args.command == "import-products":
        count = headoffice.import_products(engine, _read_products(args.file))
        print(f"{count} products imported")
    elif args.command == "shop":
        from sync_server.services.joining import invite_shop

        token = invite_shop(engine, args.name)
        print(
            f"invitation for {args.name} (valid 7 days, once): {token}\n"
            f"on the shop's PC: erp-desktop join --server URL --token {token}"
        )
    return 0


def _device(args: argparse.Namespace, engine: Engine) -> None:
    from sync_server.services import headoffice

    if args.action == "add":
        device_id, token = headoffice.add_device(engine, args.branch, args.name)
        _snapshot_prepare(engine, args.branch)  # ready before the new PC asks for it
        print(f"device {device_id}\none-time enrollment token (valid 24 h): {token}")
    elif args.action == "list":
        for d in headoffice.list_devices(engine, args.branch):
            since = d.revoked_at or d.enrolled_at or d.enrollment_expires_at
            when = (
                f" {'until' if d.status == 'waiting' else 'since'} {since:%Y-%m-%d %H:%M}"
                if since
                else ""
            )
            print(f"{d.id}  {d.branch_code}  {d.status}{when}  {d.name}")
    else:
        revoked = headoffice.revoke_device(engine, args.device_id)
        print(f"device {revoked.id} ({revoked.branch_code}, {revoked.name}) revoked")


def _snapshot_prepare(engine: Engine, branch_code: str) -> None:
    from sync_server.services import headoffice, snapshot

    position = snapshot.prepare_snapshot(engine, headoffice.branch_id(engine, branch_code))
    print(f"the snapshot a new PC of {branch_code} bootstraps from: position {position}")


def explain(error: ErpError) -> str:
    """The error as an English sentence, its code beside it (the sentences in French and
    Arabic are the desktop's, in erp_desktop.ui, which the server does not import)."""
    template = error_catalog().get(error.code, error.code)
    try:
        sentence = template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        sentence = template
    if error.code == "common.invalid_value" and error.params.get("field") == "role":
        sentence += f"; the roles are {', '.join(_roles())}"
    return f"{sentence} ({error.code})"


def _roles() -> list[str]:
    from erp_desktop.kernel.permissions import Role

    return [role.value for role in Role]


def _device_id(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a device id: {value}") from None


def _read_products(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
        handle.seek(0)
        return list(csv.DictReader(handle, delimiter=";" if ";" in header else ","))


if __name__ == "__main__":
    raise SystemExit(main())


def _product(args: argparse.Namespace, engine: Engine) -> None:
    from sync_server.services import catalog_pictures

    if args.action == "picture":
        try:
            picture = args.file.read_bytes()
        except OSError as error:
            raise ValidationError(
                "common.invalid_value", field=str(args.file), value=str(error)
            ) from None
        catalog_pictures.set_product_picture(engine, args.sku, picture)
        print(f"picture of {args.sku} set; it goes down to every branch")
    else:
        catalog_pictures.file_under_category(
            engine, args.skus, args.name, args.name_ar, args.position
        )
        print(f"{len(args.skus)} product(s) filed under {args.name}")
