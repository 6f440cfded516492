"""Stock rules, barcodes at the till, register numbering, the hash chain and the wire format."""

from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.barcodes import (
    ScaleLayout,
    check_digit,
    is_valid_gtin,
    make_scale_barcode,
    parse_scale_barcode,
    split_quantity_prefix,
)
from erp_desktop.kernel.clock import HlcTimestamp, HybridLogicalClock
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.hash_chain import chain_hash, genesis, verify_chain
from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.inventory import (
    AverageCost,
    MovementKind,
    StockMovement,
    apply_movement,
    levels_from,
)
from erp_desktop.kernel.numbering import check_series, format_number, parse_number
from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS
from erp_desktop.kernel.protocol import Change
from erp_desktop.kernel.text import normalize_for_search

NOW = datetime(2026, 3, 10, tzinfo=UTC)


def test_weighted_average_cost_re_averages_on_receipts_only() -> None:
    s = AverageCost(Decimal(0), Decimal(0))
    s = apply_movement(s, MovementKind.RECEIPT, Decimal(10), Decimal(100))
    s = apply_movement(s, MovementKind.RECEIPT, Decimal(10), Decimal(200))
    assert s.unit_cost == Decimal(150)
    s = apply_movement(s, MovementKind.SALE, Decimal(-15), Decimal(999))
    assert (s.quantity, s.unit_cost) == (Decimal(5), Decimal(150))


def test_a_sale_beyond_stock_keeps_the_cost_and_goes_negative() -> None:
    s = apply_movement(
        AverageCost(Decimal(2), Decimal(50)), MovementKind.SALE, Decimal(-5), Decimal(0)
    )
    assert s == AverageCost(Decimal(-3), Decimal(50))
    s = apply_movement(s, MovementKind.RECEIPT, Decimal(10), Decimal(80))
    assert s.unit_cost == Decimal(80)  # only the goods actually held are averaged


@given(
    st.lists(st.tuples(st.integers(-50, 50).filter(bool), st.integers(0, 3)), max_size=40),
    st.randoms(),
)
def test_levels_are_the_sum_of_movements_in_any_order(
    moves: list[tuple[int, int]], rnd: object
) -> None:
    products = [uuid4() for _ in range(4)]
    wh = uuid4()
    movements = [
        StockMovement(
            new_id(), products[p], wh, MovementKind.ADJUSTMENT, Decimal(q), Decimal(1), NOW
        )
        for q, p in moves
    ]
    shuffled = list(movements)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert levels_from(movements) == levels_from(shuffled)


def test_a_sale_movement_cannot_bring_goods_in() -> None:
    with pytest.raises(ValidationError) as err:
        StockMovement(new_id(), uuid4(), uuid4(), MovementKind.SALE, Decimal(1), Decimal(0), NOW)
    assert err.value.code == "inventory.wrong_sign"


def test_ean13_check_digits_and_scale_labels() -> None:
    assert check_digit("613000000001") == "5"
    assert is_valid_gtin("6130000000015")
    assert not is_valid_gtin("6130000000018")
    layout = ScaleLayout("22IIIIIWWWWWC")
    label = make_scale_barcode(layout, "00042", 1250)
    reading = parse_scale_barcode(label, [layout])
    assert (
        reading is not None and reading.quantity == Decimal("1.25") and reading.item_code == "00042"
    )
    price = ScaleLayout("23IIIIIPPPPPC")
    reading = parse_scale_barcode(make_scale_barcode(price, "00007", 34550), [layout, price])
    assert reading is not None and reading.price_minor == 34550
    assert split_quantity_prefix("3*6130000000018") == (Decimal(3), "6130000000018")
    assert split_quantity_prefix("0,5*6130000000018") == (Decimal("0.5"), "6130000000018")


def test_register_numbers_and_gaps() -> None:
    assert format_number("ALG01", "C1", 2026, 123) == "ALG01-C1-2026-000123"
    assert parse_number("ALG01-C1-2026-000123").sequence == 123
    check = check_series(["ALG01-C1-2026-000001", "ALG01-C1-2026-000003", "ALG01-C1-2026-000003"])[
        0
    ]
    assert check.missing == (2,) and check.duplicates == (3,)
    with pytest.raises(ValidationError):
        parse_number("ALG01/C1/2026/1")


def test_altering_a_chained_document_breaks_the_chain_from_there() -> None:
    series = "ALG01-C1-2026"
    docs = []
    previous = genesis(series)
    for i in range(1, 4):
        fields = {"number": f"{series}-{i:06d}", "total_minor": 1000 * i}
        digest = chain_hash(previous, fields)
        docs.append((fields["number"], previous, digest, fields))
        previous = digest
    assert verify_chain(series, docs) == []
    tampered = list(docs)
    number, prev, digest, fields = tampered[1]
    tampered[1] = (number, prev, digest, {**fields, "total_minor": 1})
    assert [b.number for b in verify_chain(series, tampered)] == [number]


def test_search_text_folds_arabic_and_french() -> None:
    forms = ["قهوة", "قَهْوَة", "قهوه", "قهـــوة"]
    assert len({normalize_for_search(f) for f in forms}) == 1
    assert normalize_for_search("Café CRÈME") == "cafe creme"
    assert normalize_for_search("إبريق ٣") == "ابريق 3"


def test_hlc_orders_events_across_machines() -> None:
    a = HybridLogicalClock("A", lambda: 1000)
    b = HybridLogicalClock("B", lambda: 500)  # b's wall clock is behind
    t1 = a.now()
    t2 = b.observe(t1)
    assert t2 > t1
    assert HlcTimestamp.decode(t2.encode()) == t2
    assert sorted([t2.encode(), t1.encode()]) == [t1.encode(), t2.encode()]


def test_ids_are_uuid7_and_derived_ids_are_stable() -> None:
    ids = [new_id() for _ in range(1000)]
    assert ids == sorted(ids) and all(i.version == 7 for i in ids)
    assert derived_id("journal_entry", "sale", 1) == derived_id("journal_entry", "sale", 1)


def test_the_wire_format_refuses_unknown_fields_and_bad_types() -> None:
    good = {
        "id": str(new_id()),
        "entity": "customer",
        "operation": "upsert",
        "entity_id": str(new_id()),
        "payload": {
            "id": str(new_id()),
            "name": "A",
            "name_ar": "أ",
            "phone": "",
            "email": "",
            "tax_id": "",
            "field_clocks": {},
            **dict.fromkeys(BUSINESS_FIELDS, ""),  # a business customer's (issue 13)
        },
        "hlc": "000000000001000-000000-A",
        "actor_id": None,
        "branch_id": str(new_id()),
        "recorded_at": NOW.isoformat(),
    }
    assert Change.from_dict(good).entity == "customer"
    for bad, code in [
        ({**good, "extra": 1}, "protocol.unknown_field"),
        ({**good, "payload": {**good["payload"], "name": 5}}, "protocol.wrong_type"),
        ({**good, "entity_id": "nope"}, "protocol.bad_value"),
        ({**good, "entity": "rocket"}, "protocol.unknown_entity"),
    ]:
        with pytest.raises(ErpError) as err:
            Change.from_dict(bad)
        assert err.value.code == code
