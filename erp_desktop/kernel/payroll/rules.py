"""Payroll rules per country as effective-dated data, each citing its legal source.

The JSON files in ``data/`` hold the law as we read it (rates, ceilings, barèmes,
deductions, overtime majorations); this module only reads and validates them, so that a
finance law changing a rate is a data change with a date, and a month paid before it keeps
the old rule. A file that cannot be read is refused whole at load (``ValueError``), like the
tax catalog.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from erp_desktop.kernel.errors import ValidationError

COUNTRIES = ("DZ", "MA", "TN")
PAYERS = ("employee", "employer")
PAYABLE_TO = ("social", "tax")  # which administration collects it: social fund or tax office
TAX_KINDS = ("dz_irg", "ma_ir", "tn_irpp")
ROUNDING_MODES = ("half_up", "down")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _dec(value: Any, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"{field}: expected a decimal string, got {value!r}")
    result = Decimal(value)
    if not result.is_finite() or result < 0:
        raise ValueError(f"{field}: {value!r} is not a non-negative amount")
    return result


def _opt(value: Any, field: str) -> Decimal | None:
    return None if value is None else _dec(value, field)


@dataclass(frozen=True, slots=True)
class Fraction:
    """An exact ratio the law writes as a fraction (137/51): kept whole, never a float."""

    numerator: int
    denominator: int

    @classmethod
    def parse(cls, text: str) -> Fraction:
        top, _, bottom = text.partition("/")
        fraction = cls(int(top), int(bottom or 1))
        if fraction.denominator <= 0:
            raise ValueError(f"bad fraction {text!r}")
        return fraction

    def times(self, value: Decimal) -> Decimal:
        return value * self.numerator / self.denominator

    @property
    def value(self) -> Decimal:
        return Decimal(self.numerator) / Decimal(self.denominator)


@dataclass(frozen=True, slots=True)
class Dated:
    valid_from: date
    valid_to: date | None
    source: str

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


def _dated(row: dict[str, Any]) -> Dated:
    source = row.get("source")
    if not source:
        raise ValueError(f"rule without a source: {row}")
    dated = Dated(date.fromisoformat(row["valid_from"]), _date(row.get("valid_to")), source)
    if dated.valid_to is not None and dated.valid_to < dated.valid_from:
        raise ValueError(f"rule ends before it starts: {row}")
    return dated


@dataclass(frozen=True, slots=True)
class Contribution:
    """A social contribution: ``rate`` percent of the contributory gross, up to ``ceiling``."""

    code: str
    label_fr: str
    label_ar: str
    payer: str  # "employee" (withheld from the salary) or "employer" (a charge on top)
    rate: Decimal
    ceiling: Decimal | None  # monthly base ceiling, None: the whole contributory gross
    payable_to: str
    dated: Dated


@dataclass(frozen=True, slots=True)
class Bracket:
    above: Decimal  # the bracket taxes what lies above this amount (up to the next one)
    rate: Decimal  # percent


@dataclass(frozen=True, slots=True)
class ExpenseBand:
    up_to_annual: Decimal | None
    rate: Decimal


@dataclass(frozen=True, slots=True)
class ProfessionalExpenses:
    bands: tuple[ExpenseBand, ...]
    cap_annual: Decimal | None
    source: str

    def rate_for(self, annual_gross: Decimal) -> Decimal:
        for band in self.bands:
            if band.up_to_annual is None or annual_gross <= band.up_to_annual:
                return band.rate
        return self.bands[-1].rate


@dataclass(frozen=True, slots=True)
class Family:
    source: str
    per_dependant_annual: Decimal = Decimal(0)  # Morocco: a reduction of the tax
    max_dependants: int = 0
    head_of_family_annual: Decimal = Decimal(0)  # Tunisia: deductions from the base
    per_child_annual: Decimal = Decimal(0)
    max_children: int = 0


@dataclass(frozen=True, slots=True)
class Smoothing:
    below: Decimal  # applies above the exemption and below this monthly amount
    factor: Fraction
    less: Fraction
    source: str


@dataclass(frozen=True, slots=True)
class IncomeTaxRule:
    kind: str  # one of TAX_KINDS: how the barème is applied
    label_fr: str
    label_ar: str
    dated: Dated
    brackets: tuple[Bracket, ...]  # annual amounts, as the finance laws state them
    abatement_rate: Decimal = Decimal(0)
    abatement_minimum_annual: Decimal = Decimal(0)
    abatement_maximum_annual: Decimal | None = None
    exempt_up_to: Decimal = Decimal(0)  # monthly taxable amount exempt (Algeria)
    smoothing: Smoothing | None = None
    taxable_step: Decimal = Decimal(0)  # the taxable amount is taken to a multiple of this
    taxable_rounding: str = "down"
    taxable_rounding_source: str = ""
    professional_expenses: ProfessionalExpenses | None = None
    family: Family | None = None


@dataclass(frozen=True, slots=True)
class Solidarity:
    """Tunisia's CSS: the tax on the barème with every rate raised by ``points``, less the
    tax without (``points`` percent of the base), nothing when the annual base does not
    exceed ``exempt_up_to``."""

    code: str
    label_fr: str
    label_ar: str
    points: Decimal
    exempt_up_to_annual: Decimal
    dated: Dated


@dataclass(frozen=True, slots=True)
class AllowanceKind:
    """What the law says of a kind of allowance: whether it bears social contributions
    and income tax (a family allowance bears neither)."""

    kind: str
    label_fr: str
    label_ar: str
    contributory: bool
    taxable: bool
    dated: Dated


@dataclass(frozen=True, slots=True)
class OvertimeRate:
    kind: str
    majoration: Decimal  # percent added to the hourly rate
    dated: Dated


def _flag(row: dict[str, Any], name: str) -> bool:
    value = row[name]
    if not isinstance(value, bool):
        raise ValueError(f"{row.get('kind')}: {name} must be true or false")
    return value


def _contribution(row: dict[str, Any]) -> Contribution:
    if row["payer"] not in PAYERS:
        raise ValueError(f"unknown payer {row['payer']}")
    if row["payable_to"] not in PAYABLE_TO:
        raise ValueError(f"unknown payable_to {row['payable_to']}")
    rate = _dec(row["rate"], row["code"])
    if rate > 100:
        raise ValueError(f"{row['code']}: rate {rate} above 100 %")
    return Contribution(
        code=row["code"],
        label_fr=row["label_fr"],
        label_ar=row["label_ar"],
        payer=row["payer"],
        rate=rate,
        ceiling=_opt(row.get("ceiling"), row["code"]),
        payable_to=row["payable_to"],
        dated=_dated(row),
    )


def _brackets(rows: list[dict[str, Any]]) -> tuple[Bracket, ...]:
    brackets = tuple(Bracket(_dec(b["above"], "above"), _dec(b["rate"], "rate")) for b in rows)
    if not brackets or brackets[0].above != 0:
        raise ValueError("a barème starts at 0")
    for before, after in itertools.pairwise(brackets):
        if after.above <= before.above or after.rate < before.rate:
            raise ValueError("a barème's brackets rise, and so do their rates")
    return brackets


def _income_tax(row: dict[str, Any]) -> IncomeTaxRule:
    kind = row["kind"]
    if kind not in TAX_KINDS:
        raise ValueError(f"unknown income tax kind {kind}")
    if row.get("brackets_period", "annual") != "annual":
        raise ValueError("barèmes are written annual, as the finance laws state them")
    abatement = row.get("abatement") or {}
    smoothing = row.get("smoothing")
    rounding = row.get("taxable_rounding") or {}
    mode = rounding.get("mode", "down")
    if mode not in ROUNDING_MODES:
        raise ValueError(f"unknown rounding {mode}")
    expenses = row.get("professional_expenses")
    family = row.get("family")
    return IncomeTaxRule(
        kind=kind,
        label_fr=row["label_fr"],
        label_ar=row["label_ar"],
        dated=_dated(row),
        brackets=_brackets(row["brackets"]),
        abatement_rate=_dec(abatement.get("rate", "0"), "abatement"),
        abatement_minimum_annual=_dec(abatement.get("minimum_annual", "0"), "abatement"),
        abatement_maximum_annual=_opt(abatement.get("maximum_annual"), "abatement"),
        exempt_up_to=_dec(row.get("exempt_up_to", "0"), "exempt_up_to"),
        smoothing=Smoothing(
            below=_dec(smoothing["below"], "smoothing"),
            factor=Fraction.parse(smoothing["factor"]),
            less=Fraction.parse(smoothing["less"]),
            source=smoothing["source"],
        )
        if smoothing
        else None,
        taxable_step=_dec(rounding.get("step", "0"), "taxable_rounding"),
        taxable_rounding=mode,
        taxable_rounding_source=rounding.get("source", ""),
        professional_expenses=ProfessionalExpenses(
            bands=tuple(
                ExpenseBand(_opt(b["up_to_annual"], "band"), _dec(b["rate"], "band"))
                for b in expenses["bands"]
            ),
            cap_annual=_opt(expenses.get("cap_annual"), "cap_annual"),
            source=expenses["source"],
        )
        if expenses
        else None,
        family=Family(
            source=family["source"],
            per_dependant_annual=_dec(family.get("per_dependant_annual", "0"), "family"),
            max_dependants=int(family.get("max_dependants", 0)),
            head_of_family_annual=_dec(family.get("head_of_family_annual", "0"), "family"),
            per_child_annual=_dec(family.get("per_child_annual", "0"), "family"),
            max_children=int(family.get("max_children", 0)),
        )
        if family
        else None,
    )


def _no_overlap(rows: list[Any], key: Any, what: str) -> None:
    """Two versions of one rule in force on the same day would make the month ambiguous."""
    by_key: dict[Any, list[Dated]] = {}
    for row in rows:
        by_key.setdefault(key(row), []).append(row.dated)
    for k, spans in by_key.items():
        spans.sort(key=lambda d: d.valid_from)
        for before, after in itertools.pairwise(spans):
            if before.valid_to is None or before.valid_to >= after.valid_from:
                raise ValueError(f"{what} {k}: two versions in force on {after.valid_from}")


@dataclass(frozen=True, slots=True)
class CountryRules:
    """One country's rules on one date: what a payslip of that month is computed with."""

    country: str
    currency: str
    on: date
    contributions: tuple[Contribution, ...]
    income_tax: IncomeTaxRule
    solidarity: Solidarity | None
    overtime: dict[str, OvertimeRate]
    allowance_kinds: dict[str, AllowanceKind]


class PayrollCatalog:
    """The payroll rules of the countries we operate in, looked up by date."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self.documents = dict(documents)
        self.currency: dict[str, str] = {}
        self._contributions: dict[str, list[Contribution]] = {}
        self._income_tax: dict[str, list[IncomeTaxRule]] = {}
        self._solidarity: dict[str, list[Solidarity]] = {}
        self._overtime: dict[str, list[OvertimeRate]] = {}
        self._allowances: dict[str, list[AllowanceKind]] = {}
        for country, doc in documents.items():
            if doc.get("country") != country:
                raise ValueError(f"payroll rules of {doc.get('country')} filed as {country}")
            self.currency[country] = doc["currency"]
            contributions = [_contribution(r) for r in doc["contributions"]]
            _no_overlap(contributions, lambda c: c.code, "contribution")
            taxes = [_income_tax(r) for r in doc["income_tax"]]
            _no_overlap(taxes, lambda t: "income_tax", "income tax")
            solidarity = [
                Solidarity(
                    code=r["code"],
                    label_fr=r["label_fr"],
                    label_ar=r["label_ar"],
                    points=_dec(r["points"], "points"),
                    exempt_up_to_annual=_dec(r["exempt_up_to_annual"], "exempt"),
                    dated=_dated(r),
                )
                for r in doc.get("solidarity", [])
            ]
            _no_overlap(solidarity, lambda s: s.code, "solidarity")
            overtime = [
                OvertimeRate(r["kind"], _dec(r["majoration"], "majoration"), _dated(r))
                for r in doc["overtime"]
            ]
            _no_overlap(overtime, lambda o: o.kind, "overtime")
            allowances = [
                AllowanceKind(
                    r["kind"],
                    r["label_fr"],
                    r["label_ar"],
                    _flag(r, "contributory"),
                    _flag(r, "taxable"),
                    _dated(r),
                )
                for r in doc.get("allowance_kinds", [])
            ]
            _no_overlap(allowances, lambda a: a.kind, "allowance kind")
            self._allowances[country] = allowances
            self._contributions[country] = contributions
            self._income_tax[country] = taxes
            self._solidarity[country] = solidarity
            self._overtime[country] = overtime

    def _country(self, country: str) -> None:
        if country not in self._income_tax:
            raise ValidationError("payroll.unknown_country", country=country)

    def rules(self, country: str, on: date) -> CountryRules:
        """Every rule of ``country`` in force on ``on`` (``payroll.no_rule`` if its income
        tax has no version on that date: a month before the data's first law)."""
        self._country(country)
        taxes = [t for t in self._income_tax[country] if t.dated.in_force(on)]
        if not taxes:
            raise ValidationError(
                "payroll.no_rule", country=country, rule="income_tax", on=on.isoformat()
            )
        contributions = tuple(c for c in self._contributions[country] if c.dated.in_force(on))
        if not contributions:
            raise ValidationError(
                "payroll.no_rule", country=country, rule="contributions", on=on.isoformat()
            )
        solidarity = [s for s in self._solidarity[country] if s.dated.in_force(on)]
        return CountryRules(
            country=country,
            currency=self.currency[country],
            on=on,
            contributions=contributions,
            income_tax=taxes[0],
            solidarity=solidarity[0] if solidarity else None,
            overtime={o.kind: o for o in self._overtime[country] if o.dated.in_force(on)},
            allowance_kinds={a.kind: a for a in self._allowances[country] if a.dated.in_force(on)},
        )

    def history(self, country: str) -> list[IncomeTaxRule]:
        """Every income tax version of ``country``, whatever its dates."""
        self._country(country)
        return list(self._income_tax[country])


@cache
def default_payroll_catalog() -> PayrollCatalog:
    """The rules shipped with the kernel (``data/*.json``)."""
    folder = resources.files("erp_desktop.kernel.payroll") / "data"
    return PayrollCatalog(
        {c: json.loads((folder / f"{c}.json").read_text(encoding="utf-8")) for c in COUNTRIES}
    )
