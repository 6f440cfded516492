"""erp-desktop: the desktop client's command line.

erp-desktop [--data-dir DIR] [--lang ar|fr|en] [--demo]     start the client
erp-desktop [--demo] --smoke USER                           start, log in, open the main
                                                            window, quit (0, or 1 and why)
erp-desktop demo-data --products N --days D --seed S        build a demo replica
erp-desktop trial-balance [--data-dir DIR]                  print the branch's books
erp-desktop enroll --server URL --token TOKEN [--data-dir DIR]   join the company's server
erp-desktop sync [--data-dir DIR]                           synchronize once (exit 1 if not clean)
erp-desktop backup --to FOLDER [--keep N] [--data-dir DIR]  back the replica up (a USB key)
erp-desktop restore FILE [--data-dir DIR]                   a new PC takes a backup's replica
erp-desktop join --server URL --token TOKEN [--data-dir DIR]     a shop that ran alone joins
                                                            the chain (its owner logs in)

``--data-dir`` and ``--lang`` are accepted before or after the command. Errors are printed
as a sentence in the language of ``--lang``, else of the environment (``LANG``), with the
error's code beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from erp_desktop.bootstrap import create_demo, default_data_dir, open_branch, replica_path
from erp_desktop.kernel.errors import ConflictError, ErpError, NotFound, ValidationError

DEMO_PRODUCTS = 2000
DEMO_DAYS = 30


LANGUAGES = ("ar", "fr", "en")


def _common(defaults: bool) -> argparse.ArgumentParser:
    """The options people type before or after the command. After it, an option left out
    does not undo the same option given before it (``SUPPRESS``)."""
    common = argparse.ArgumentParser(add_help=False)
    missing = None if defaults else argparse.SUPPRESS
    common.add_argument(
        "--data-dir", type=Path, default=missing, metavar="DIR", help="folder of the branch replica"
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=missing,
        help="language of the window (default French) and of errors (default: from LANG)",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="erp-desktop",
        description="Branch client of the Maghreb ERP",
        parents=[_common(defaults=True)],
    )
    parser.add_argument(
        "--demo", action="store_true", help="create and fill a demo replica on first run"
    )
    parser.add_argument(
        "--smoke",
        metavar="USER",
        help="start-up check: USER logs in (password ERP_SMOKE_PASSWORD, else demo), the main "
        "window opens, then the client quits with 0 (1 and the reason if anything failed)",
    )
    options = _common(defaults=False)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="build a realistic demo replica", parents=[options])
    demo.add_argument("--products", type=int, default=DEMO_PRODUCTS)
    demo.add_argument("--days", type=int, default=DEMO_DAYS)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--force", action="store_true", help="replace an existing replica")
    sub.add_parser(
        "trial-balance", help="print the trial balance of the local journal", parents=[options]
    )
    enroll = sub.add_parser(
        "enroll", help="enroll this PC with the company's server", parents=[options]
    )
    enroll.add_argument("--server", required=True, help="the server's address")
    enroll.add_argument("--token", required=True, help="the one-time token from head office")
    sub.add_parser(
        "sync", help="synchronize once with the server and print a summary", parents=[options]
    )
    backup = sub.add_parser(
        "backup", help="back the replica up to a folder or a USB key", parents=[options]
    )
    backup.add_argument("--to", type=Path, required=True, metavar="FOLDER")
    backup.add_argument("--keep", type=int, default=7, help="backups of this shop kept there")
    restore = sub.add_parser(
        "restore", help="a new PC takes the replica of a backup", parents=[options]
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    join = sub.add_parser(
        "join",
        help="a shop that ran alone joins the company's server (its owner logs in; "
        "ERP_JOIN_USER and ERP_JOIN_PASSWORD, else asked)",
        parents=[options],
    )
    join.add_argument("--server", required=True, help="the company server's address")
    join.add_argument("--token", required=True, help="head office's invitation (shop invite)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    language = args.lang or user_language()
    try:
        return _main(args, language)
    except ErpError as error:
        print(f"erp-desktop: {explain(error, language)}", file=sys.stderr)
        # 2: what was asked cannot be done as typed (bad option, no replica, one exists)
        return 2 if isinstance(error, ValidationError) or error.code.startswith("setup.") else 1


def user_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language of the person at the terminal: LC_ALL, LC_MESSAGES or LANG (``fr_DZ.UTF-8``
    is French, ``ar_MA`` Arabic), English otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def explain(error: ErpError, language: str) -> str:
    """The error as a sentence in ``language``, its code beside it."""
    from erp_desktop.ui.messages import message

    return f"{message(error, language)} ({error.code})"


def _main(args: argparse.Namespace, language: str) -> int:
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command == "demo-data":
        for option in ("products", "days"):
            if getattr(args, option) < 1:
                raise ValidationError(
                    "common.invalid_value", field=f"--{option}", value=getattr(args, option)
                )
        if replica_path(data_dir).exists():
            if not args.force:
                raise ConflictError("setup.replica_exists", path=str(replica_path(data_dir)))
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
        return _sync_command(args, data_dir, language)
    if args.command == "join":
        return _join(args, data_dir)
    if args.command == "backup":
        branch = open_branch(data_dir) if replica_path(data_dir).exists() else None
        if branch is None or branch.deps.backups is None:
            raise NotFound("setup.no_replica", folder=str(data_dir))
        try:
            made = branch.deps.backups.back_up(args.to, args.keep, branch.deps.now())
        finally:
            branch.close()
        print(f"backup {made.path} ({made.size // 1024} KiB), checked readable")
        return 0
    if args.command == "restore":
        from erp_desktop.bootstrap import restore_replica

        site = restore_replica(data_dir, args.file)
        print(f"replica of {site} restored from {args.file} into {replica_path(data_dir)}")
        return 0
    gui_language = args.lang or "fr"
    if args.demo and not replica_path(data_dir).exists():
        summary = create_demo(data_dir, DEMO_PRODUCTS, DEMO_DAYS, 7)
        print(f"demo replica ready: {summary.products} products, {summary.sales} sales")
    if args.smoke:
        from erp_desktop.bootstrap import run_smoke

        if not replica_path(data_dir).exists():
            raise NotFound("setup.no_replica", folder=str(data_dir))
        password = os.environ.get("ERP_SMOKE_PASSWORD", "demo")
        return run_smoke(data_dir, gui_language, args.smoke, password)
    if not replica_path(data_dir).exists():
        from erp_desktop.bootstrap import run_first_run

        if not run_first_run(data_dir, gui_language):
            raise NotFound("setup.no_replica", folder=str(data_dir))
    from erp_desktop.bootstrap import run_gui

    return run_gui(data_dir, gui_language)


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


def _join(args: argparse.Namespace, data_dir: Path) -> int:
    import getpass

    from erp_desktop.bootstrap import join_chain

    if not replica_path(data_dir).exists():
        raise NotFound("setup.no_replica", folder=str(data_dir))
    user = os.environ.get("ERP_JOIN_USER") or input("user: ")
    password = os.environ.get("ERP_JOIN_PASSWORD") or getpass.getpass("password: ")
    report = join_chain(data_dir, args.server, args.token, user, password)
    print(
        f"joined {args.server}: {report.merged} products were already the chain's, "
        f"{report.adopted} joined its catalog; sent {report.sent}, refused {report.refused}, "
        f"received {report.received}"
    )
    if report.customers_matched:
        print(
            f"{report.customers_matched} customer(s) look like the company's: head office "
            "is alerted to merge them"
        )
    for user_id, username in report.renamed.items():
        print(f"user {user_id} is now {username} (the chain had the name)")
    return 1 if report.refused else 0


def _sync_command(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    """`enroll`: a new PC joins the company (a replica is made and filled from the server),
    or an existing replica is enrolled; `sync`: one synchronisation, a summary, exit 1 when
    the server could not be reached or refused changes."""
    from erp_desktop.bootstrap import join_company
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
        print(f"erp-desktop: {explain(error, language)}", file=sys.stderr)
        return 1
    print(
        f"sent {report.accepted}, refused {report.rejected}, received {report.pulled} "
        f"(cursor {report.cursor})"
    )
    return 1 if report.rejected else 0
