"""``erp-sync-server company init|set``: the company, and what its invoices and payslips say
of it (address, legal form, capital, activity, phone, identifiers such as the RC or the
employer's CNAS number). Each mention is checked as the replica checks it
(erp_desktop.kernel.partners.company); a bad one writes nothing. Branches receive the
company's record in their next pull.

    erp-sync-server company init --name N --name-ar N --country DZ --currency DZD [MENTIONS]
    erp-sync-server company set [MENTIONS]
    MENTIONS: --address A --address-ar A --legal-form SARL --legal-form-ar ش.ذ.م.م
              --capital 1000000 --activity A --activity-ar A --phone P
              --legal-id RC=16/00-1234567B18 --legal-id CNAS=16012345678 ...
"""

from __future__ import annotations

import argparse
from typing import Any

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.partners.company import TEXT_MENTIONS, CompanyDetails
from sync_server.db.engine import Engine


def add_company_parsers(sub: Any) -> None:
    """``company init`` and ``company set`` under ``sub`` (the CLI's subparsers)."""
    actions = sub.add_parser("company").add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="the company and its chart of accounts (once)")
    init.add_argument("--name", required=True)
    init.add_argument("--name-ar", required=True)
    init.add_argument("--country", required=True, choices=("DZ", "MA", "TN"))
    init.add_argument("--currency", required=True)
    _mention_options(init)
    change = actions.add_parser("set", help="what invoices and payslips say of the company")
    _mention_options(change)


def _mention_options(parser: argparse.ArgumentParser) -> None:
    for name in TEXT_MENTIONS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None)
    parser.add_argument("--capital", default=None, help="share capital, e.g. 1000000 (DA)")
    parser.add_argument(
        "--legal-id",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an identifier as invoices print it: RC, NIF, NIS, AI, ICE, IF, MF, Patente, CNAS, CNSS",
    )


def details_of(args: argparse.Namespace) -> CompanyDetails:
    """The mentions the operator typed (only those given)."""
    ids: dict[str, str] = {}
    for pair in args.legal_id:
        key, equals, value = pair.partition("=")
        if not equals or not key.strip():
            raise ValidationError("common.invalid_value", field="legal_id", value=pair)
        ids[key.strip()] = value
    texts = {name: getattr(args, name) for name in TEXT_MENTIONS if getattr(args, name) is not None}
    return CompanyDetails(texts, args.capital, ids)


def run_company(args: argparse.Namespace, engine: Engine) -> None:
    from sync_server.services import headoffice

    details = details_of(args)
    if args.action == "init":
        headoffice.set_up_company(
            engine, args.name, args.name_ar, args.country, args.currency, details=details
        )
        print(f"company {args.name} set up with the {args.country} chart of accounts")
        return
    record = headoffice.set_company_details(engine, details)
    changed = [*details.texts, *(["capital"] if details.capital is not None else [])]
    changed += sorted(details.legal_ids)
    print(f"company {record['name']}: {', '.join(changed)} set; branches get it in their next pull")
