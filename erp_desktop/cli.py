"""erp-desktop: the desktop client's command line.

erp-desktop [--data-dir DIR] [--lang ar|fr|en] [--demo]     start the client
erp-desktop demo-data --products N --days D --seed S        build a demo replica
erp-desktop trial-balance [--data-dir DIR]                  print the branch's books
erp-desktop enroll --server URL --token TOKEN [--data-dir DIR]   join the company's server
erp-desktop sync [--data-dir DIR]                           synchronize once (exit 1 if not clean)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from erp_desktop.bootstrap import create_demo, default_data_dir, open_branch, replica_path

DEMO_PRODUCTS = 2000
DEMO_DAYS = 30


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="erp-desktop", description="Branch client of the Maghreb ERP"
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="folder of the branch replica")
    parser.add_argument("--lang", choices=("ar", "fr", "en"), default="fr")
    parser.add_argument(
        "--demo", action="store_true", help="create and fill a demo replica on first run"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="build a realistic demo replica")
    demo.add_argument("--products", type=int, default=DEMO_PRODUCTS)
    demo.add_argument("--days", type=int, default=DEMO_DAYS)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--force", action="store_true", help="replace an existing replica")
    sub.add_parser("trial-balance", help="print the trial balance of the local journal")
    enroll = sub.add_parser("enroll", help="enroll this PC with the company's server")
    enroll.add_argument("--server", required=True, help="the server's address")
    enroll.add_argument("--token", required=True, help="the one-time token from head office")
    sub.add_parser("sync", help="synchronize once with the server and print a summary")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command == "demo-data":
        if args.products < 1 or args.days < 1:
            print("erp-desktop: --products and --days must be at least 1", file=sys.stderr)
            return 2
        if replica_path(data_dir).exists():
            if not args.force:
                print(
                    f"erp-desktop: {replica_path(data_dir)} exists; use --force to replace it",
                    file=sys.stderr,
                )
                return 2
            for suffix in ("", "-wal", "-shm"):
                Path(str(replica_path(data_dir)) + suffix).unlink(missing_ok=True)
        summary = create_demo(data_dir, args.products, args.days, args.seed)
        print(
            f"demo replica {replica_path(data_dir)}: {summary.products} products, {summary.days} days, "
            f"{summary.sales} sales, {summary.returns} returns, {summary.movements} stock movements "
            f"in {summary.seconds:.1f} s"
        )
        return 0
    if args.command == "trial-balance":
        return _trial_balance(data_dir)
    if args.command in ("enroll", "sync"):
        return _sync_command(args, data_dir)
    if args.demo and not replica_path(data_dir).exists():
        summary = create_demo(data_dir, DEMO_PRODUCTS, DEMO_DAYS, 7)
        print(f"demo replica ready: {summary.products} products, {summary.sales} sales")
    if not replica_path(data_dir).exists():
        from erp_desktop.bootstrap import run_first_run

        if not run_first_run(data_dir, args.lang):
            print(f"erp-desktop: no replica in {data_dir}; nothing was set up", file=sys.stderr)
            return 2
    from erp_desktop.bootstrap import run_gui

    return run_gui(data_dir, args.lang)


def _trial_balance(data_dir: Path) -> int:
    from erp_desktop.app.accounting.reports import trial_balance
    from erp_desktop.app.auth import log_in

    branch = open_branch(data_dir)
    try:
        import getpass

        user = input("user: ")
        actor = log_in(branch.deps, user, getpass.getpass("password: "))
        tb = trial_balance(branch.deps, actor)
        for row in tb.rows:
            print(
                f"{row.account:>8}  {row.name[:40]:40}  {row.debit.amount:>16}  {row.credit.amount:>16}"
            )
        print(f"{'':>8}  {'':40}  {tb.total_debit.amount:>16}  {tb.total_credit.amount:>16}")
        return 0 if tb.balanced else 1
    finally:
        branch.close()


def _sync_command(args: argparse.Namespace, data_dir: Path) -> int:
    """`enroll`: a new PC joins the company (a replica is made and filled from the server),
    or an existing replica is enrolled; `sync`: one synchronisation, a summary, exit 1 when
    the server could not be reached or refused changes."""
    from erp_desktop.bootstrap import join_company
    from erp_desktop.kernel.errors import ErpError
    from erp_desktop.sync.client import SyncClient
    from erp_desktop.sync.runner import enroll_device, synchronize

    try:
        if args.command == "enroll" and not replica_path(data_dir).exists():
            join_company(data_dir, args.server, args.token)
            print(f"joined {args.server}: replica {replica_path(data_dir)} is ready")
            return 0
        branch = open_branch(data_dir)
        try:
            if args.command == "enroll":
                client = SyncClient(args.server)
                try:
                    enrollment = enroll_device(branch.deps, client, args.token)
                finally:
                    client.close()
                print(f"enrolled as device {enrollment.device_id}")
                return 0
            report = synchronize(branch.deps)
        finally:
            branch.close()
    except ErpError as error:
        print(f"erp-desktop: {error.code} {dict(error.params)}", file=sys.stderr)
        return 1
    print(
        f"sent {report.accepted}, refused {report.rejected}, received {report.pulled} "
        f"(cursor {report.cursor})"
    )
    return 1 if report.rejected else 0
