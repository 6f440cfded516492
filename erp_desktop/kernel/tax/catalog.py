"""The tax catalog: VAT rates and stamp duty rules per country, looked up by date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from erp_desktop.kernel.errors import ValidationError

COUNTRIES = ("DZ", "MA", "TN")
TAX_CATALOGS_SETTING = "tax_catalogs"  # the replica's copy of what head office sent down


@dataclass(frozen=True, slots=True)
class VatRate:
    country: str
    tax_class: str
    rate: Decimal  # percent, e.g. Decimal("19")
    valid_from: date
    valid_to: date | None
    name: str
    name_ar: str
    source: str

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True, slots=True)
class StampDutyBand:
    above: Decimal
    per_100: Decimal


# How each kind of rule reads a document: on its cash-paid part, or on the document itself.
CASH_KINDS = ("per_100_cash", "percent_of_cash")
DOCUMENT_KINDS = ("fixed_per_invoice",)
STAMP_KINDS = (*CASH_KINDS, *DOCUMENT_KINDS, "none")
STAMP_DOCUMENTS = ("ticket", "invoice", "credit_note")  # the values of StampDocument

# Catalogs written before rules named their documents (a head office that has not resent
# its catalog): a duty on cash payments reads every receipt of a payment, a fixed duty per
# invoice reads invoices and credit notes.
_DEFAULT_DOCUMENTS = {
    "per_100_cash": ("ticket", "invoice"),
    "percent_of_cash": ("ticket", "invoice"),
    "fixed_per_invoice": ("invoice", "credit_note"),
    "none": (),
}


@dataclass(frozen=True, slots=True)
class StampDutyRuleData:
    kind: str  # one of STAMP_KINDS
    valid_from: date
    valid_to: date | None
    source: str
    bands: tuple[StampDutyBand, ...] = ()
    minimum: Decimal = Decimal(0)
    maximum: Decimal | None = None
    exempt_up_to: Decimal = Decimal(0)
    amount: Decimal = Decimal(0)
    rate: Decimal = Decimal(0)  # percent of the cash part, for "percent_of_cash"
    documents: tuple[str, ...] = ()  # the document kinds (StampDocument values) it applies to
    rounding_step: Decimal = Decimal(0)  # the duty is rounded to a multiple of this (0: none)
    rounding_mode: str = "half_up"  # or "up"

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def applies_to(self, document: str) -> bool:
        return document in self.documents

    @property
    def on_cash(self) -> bool:
        """True when the duty is computed on the cash-paid part (and is paid in cash)."""
        return self.kind in CASH_KINDS


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _stamp_rule(row: dict[str, Any]) -> StampDutyRuleData:
    kind = row["kind"]
    if kind not in STAMP_KINDS:
        raise ValueError(f"unknown stamp duty kind {kind}")
    rounding = row.get("rounding") or {}
    mode = rounding.get("mode", "half_up")
    if mode not in ("half_up", "up"):
        raise ValueError(f"unknown stamp duty rounding {mode}")
    documents = row.get("documents")
    for document in documents or ():
        if document not in STAMP_DOCUMENTS:
            raise ValueError(f"unknown stamp duty document {document}")
    return StampDutyRuleData(
        kind=kind,
        valid_from=date.fromisoformat(row["valid_from"]),
        valid_to=_date(row.get("valid_to")),
        source=row["source"],
        bands=tuple(
            StampDutyBand(Decimal(b["above"]), Decimal(b["per_100"])) for b in row.get("bands", [])
        ),
        minimum=Decimal(row.get("minimum") or 0),
        maximum=Decimal(row["maximum"]) if row.get("maximum") else None,
        exempt_up_to=Decimal(row.get("exempt_up_to") or 0),
        amount=Decimal(row.get("amount") or 0),
        rate=Decimal(row.get("rate") or 0),
        documents=tuple(documents) if documents is not None else _DEFAULT_DOCUMENTS[kind],
        rounding_step=Decimal(rounding.get("step") or 0),
        rounding_mode=mode,
    )


class TaxCatalog:
    """VAT rates and stamp duty rules of the countries we operate in."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self.documents = dict(documents)
        self._vat: dict[str, list[VatRate]] = {}
        self._stamp: dict[str, list[StampDutyRuleData]] = {}
        self.currency: dict[str, str] = {}
        for country, doc in documents.items():
            self.currency[country] = doc["currency"]
            self._vat[country] = [
                VatRate(
                    country=country,
                    tax_class=row["tax_class"],
                    rate=Decimal(row["rate"]),
                    valid_from=date.fromisoformat(row["valid_from"]),
                    valid_to=_date(row.get("valid_to")),
                    name=row["name"],
                    name_ar=row["name_ar"],
                    source=row["source"],
                )
                for row in doc["vat"]
            ]
            self._stamp[country] = [_stamp_rule(row) for row in doc["stamp_duty"]]

    def with_document(self, country: str, document: dict[str, Any]) -> TaxCatalog:
        """This catalog with ``country``'s document replaced (one head office sends down);
        a document that cannot be read is refused whole."""
        if country not in COUNTRIES or document.get("country") != country:
            raise ValidationError("tax.unknown_country", country=str(document.get("country")))
        try:
            return TaxCatalog({**self.documents, country: document})
        except (KeyError, TypeError, ValueError, ArithmeticError) as error:
            raise ValidationError(
                "common.invalid_value", field=f"tax catalog {country}", value=str(error)
            ) from None

    def _country(self, country: str) -> None:
        if country not in self._vat:
            raise ValidationError("tax.unknown_country", country=country)

    def vat_rate(self, country: str, tax_class: str, on: date) -> VatRate:
        """The VAT rate of ``tax_class`` in ``country`` in force on ``on``."""
        self._country(country)
        for rate in self._vat[country]:
            if rate.tax_class == tax_class and rate.in_force(on):
                return rate
        raise ValidationError(
            "tax.unknown_tax_class", country=country, tax_class=tax_class, on=on.isoformat()
        )

    def vat_rates(self, country: str, on: date) -> list[VatRate]:
        self._country(country)
        return [r for r in self._vat[country] if r.in_force(on)]

    def vat_history(self, country: str) -> list[VatRate]:
        """Every VAT row of ``country``, whatever its dates (what a finance law changed)."""
        self._country(country)
        return list(self._vat[country])

    def tax_classes(self, country: str) -> frozenset[str]:
        """The classes a product of ``country`` may carry: those with a rate on some date."""
        self._country(country)
        return frozenset(r.tax_class for r in self._vat[country])

    def stamp_duty_rule(self, country: str, on: date) -> StampDutyRuleData:
        self._country(country)
        for rule in self._stamp[country]:
            if rule.in_force(on):
                return rule
        return StampDutyRuleData(kind="none", valid_from=on, valid_to=on, source="")


@cache
def default_catalog() -> TaxCatalog:
    """The catalog shipped with the kernel (``data/*.json``)."""
    docs = {}
    folder = resources.files("erp_desktop.kernel.tax") / "data"
    for country in COUNTRIES:
        docs[country] = json.loads((folder / f"{country}.json").read_text(encoding="utf-8"))
    return TaxCatalog(docs)
