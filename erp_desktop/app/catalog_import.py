"""Head office imports products from a CSV file or a spreadsheet (xlsx) into its catalog,
with their place on the till's grid: the columns of the shop's product file
(``shop_setup/product_file``) and three optional ones, ``category`` (made if new),
``category_ar`` (its Arabic name; the French one if left empty) and ``picture``: the name
of a picture file in the folder of the imported file (``photos/lait.jpg``; no address, no
drive, nothing outside that folder), cut down to the till's thumbnail.

A line whose SKU is already in the catalog changes that product (its barcodes kept, the
file's added); any other line makes a new one. Every line is checked first and every
problem is reported with its line number, each with a code (beancount's way); nothing is
imported unless there is none. Then the whole file goes in one local transaction, queued
for the server with it, so a branch never sees half of an import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from erp_desktop.app.catalog_editing import KEEP, ProductEdit, write_product
from erp_desktop.app.catalog_grid import (
    CategoryEdit,
    Picture,
    file_product,
    thumbnail_of,
    write_category,
)
from erp_desktop.app.changes import NOTHING, Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CategoryInfo, ProductInfo
from erp_desktop.app.shop_setup.product_file import (
    UNREADABLE,
    LineProblem,
    products_of_rows,
    rows_of_file,
)
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission

GRID_COLUMNS = ("category", "category_ar", "picture")


@dataclass(frozen=True, slots=True)
class CatalogImport:
    """What an import did: products made and changed, categories made, pictures set; or
    nothing and every problem of the file (``problems``)."""

    created: int = 0
    updated: int = 0
    categories: int = 0
    pictures: int = 0
    problems: tuple[LineProblem, ...] = ()

    @property
    def changes(self) -> Changes:
        return NOTHING if self.problems else frozenset({Changed.CATALOG, Changed.OUTBOX})


def _refused(*problems: LineProblem) -> CatalogImport:
    return CatalogImport(problems=tuple(sorted(problems, key=lambda p: p.line)))


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    product: ProductInfo
    category: tuple[str, str] | None
    picture: Picture | None
    has_category_column: bool  # without it, a product's tab stays as it is


def import_catalog(deps: Deps, actor: Actor, path: Path) -> CatalogImport:
    """The file imported, or nothing and every problem found in it."""
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.read() as tx:
        company = tx.org.company()
    taxes = deps.taxes.tax_classes(company.country)
    try:
        rows = rows_of_file(path)
    except UNREADABLE:
        return _refused(
            LineProblem(0, ValidationError("setup.product_file_unreadable", path=path.name))
        )
    cells: dict[str, tuple[int, dict[str, str]]] = {}
    products, problems = products_of_rows(
        rows, company.currency, taxes, path.name, more_columns=GRID_COLUMNS, lines=cells
    )
    lines: list[_Line] = []
    for product in products:
        number, values = cells[product.sku]
        try:
            lines.append(
                _Line(
                    number,
                    product,
                    _category(values),
                    _picture(values, path.parent),
                    "category" in values,
                )
            )
        except ErpError as error:
            problems.append(LineProblem(number, error))
    if problems:
        return _refused(*problems)
    try:
        return _write(deps, actor, lines)
    except _LineRefused as refused:
        return _refused(LineProblem(refused.line, refused.error))


def _category(values: dict[str, str]) -> tuple[str, str] | None:
    name, name_ar = values.get("category", "").strip(), values.get("category_ar", "").strip()
    if not name and name_ar:
        raise ValidationError("common.required", field="category")
    return (name, name_ar or name) if name else None


def _picture(values: dict[str, str], folder: Path) -> Picture | None:
    named = values.get("picture", "").strip()
    if not named:
        return None
    posix, windows = PurePosixPath(named), PureWindowsPath(named)
    if (
        "://" in named
        or posix.is_absolute()
        or windows.is_absolute()
        or windows.drive
        or ".." in posix.parts
        or ".." in windows.parts
    ):
        raise ValidationError("setup.picture_not_a_file_name", file=named)
    found = folder.joinpath(*windows.parts)
    if not found.is_file():
        raise ValidationError("setup.picture_not_found", file=named)
    try:
        return thumbnail_of(found.read_bytes(), named)
    except (OSError, ValidationError):
        raise ValidationError("setup.picture_unreadable", file=named) from None


class _LineRefused(Exception):
    def __init__(self, line: int, error: ErpError) -> None:
        super().__init__(error.code)
        self.line, self.error = line, error


def _write(deps: Deps, actor: Actor, lines: list[_Line]) -> CatalogImport:
    created = updated = made_categories = pictures = 0
    with deps.store.transaction(actor.user_id) as tx:
        known: dict[str, CategoryInfo] = {c.name.casefold(): c for c in tx.catalog.categories()}
        for line in lines:
            try:
                category = None
                if line.category is not None:
                    name, name_ar = line.category
                    category = known.get(name.casefold())
                    if category is None:
                        place = max((c.position for c in known.values()), default=-1) + 1
                        edit = CategoryEdit(None, name, name_ar, min(place, 999))
                        category = write_category(deps, tx, actor, edit)
                        known[name.casefold()] = category
                        made_categories += 1
                before = tx.catalog.product_by_sku(line.product.sku)
                product = line.product
                write_product(
                    deps,
                    tx,
                    actor,
                    ProductEdit(
                        before.id if before else None,
                        product.sku,
                        product.name,
                        product.name_ar,
                        product.unit,
                        Money.from_minor(product.price_minor, product.currency).amount,
                        product.tax_class,
                        product.price_mode,
                        product.reorder_point,
                        product.barcodes[0] if product.barcodes else "",
                        category_id=(category.id if category else None)
                        if line.has_category_column
                        else KEEP,
                    ),
                )
                saved = tx.catalog.product_by_sku(product.sku)
                assert saved is not None
                if file_product(deps, tx, actor, saved.id, line.picture, False):
                    pictures += 1
            except ErpError as error:  # a barcode another product of the catalog holds
                raise _LineRefused(line.number, error) from error
            if before is None:
                created += 1
            else:
                updated += 1
    return CatalogImport(created, updated, made_categories, pictures)
