"""The pure rules the server's merge applies, stated on their own: a document's place in
its hash chain seen from its neighbours, and what a transfer in received unlike its
transfer out."""

from __future__ import annotations

from erp_desktop.kernel.hash_chain import chain_hash, genesis, neighbour_problems
from erp_desktop.kernel.inventory.movements import transfer_differences_milli

SERIES = "ALG01-C1-2026"


def _sealed(previous: str, total: int) -> tuple[str, dict[str, int]]:
    fields = {"total_minor": total}
    return chain_hash(previous, fields), fields


def test_a_document_between_the_two_it_follows_and_precedes_has_no_chain_problem() -> None:
    first, _ = _sealed(genesis(SERIES), 100)
    second, fields = _sealed(first, 200)
    assert neighbour_problems(SERIES, 2, first, second, fields, first, second) == []
    assert neighbour_problems(SERIES, 2, first, second, fields, None, None) == []  # none known


def test_an_altered_document_breaks_its_own_hash_and_its_link_to_the_next() -> None:
    first, _ = _sealed(genesis(SERIES), 100)
    second, _ = _sealed(first, 200)
    altered = {"total_minor": 150}
    problems = neighbour_problems(SERIES, 2, first, second, altered, first, "not-" + second)
    assert problems == ["hash_mismatch", "next_mismatch"]


def test_the_first_document_of_a_series_must_follow_genesis_even_with_nothing_before() -> None:
    forged, fields = _sealed("f" * 64, 100)
    assert neighbour_problems(SERIES, 1, "f" * 64, forged, fields, None, None) == [
        "previous_mismatch"
    ]
    sealed, fields = _sealed(genesis(SERIES), 100)
    assert neighbour_problems(SERIES, 1, genesis(SERIES), sealed, fields, None, None) == []


def test_a_document_that_does_not_follow_the_one_before_is_a_previous_mismatch() -> None:
    first, _ = _sealed(genesis(SERIES), 100)
    second, fields = _sealed("e" * 64, 200)
    assert neighbour_problems(SERIES, 2, "e" * 64, second, fields, first, None) == [
        "previous_mismatch"
    ]


def test_a_transfer_received_short_keeps_what_was_lost_per_product_sent() -> None:
    sent = [("flour", -5000), ("oil", -2000), ("sugar", -1000)]
    received = [("flour", 5000), ("oil", 1500), ("salt", 300)]
    # sugar never arrived, half a litre of oil was lost, salt was not sent: not a difference
    assert transfer_differences_milli(sent, received) == {"oil": -500, "sugar": -1000}


def test_a_transfer_received_whole_has_no_difference() -> None:
    assert transfer_differences_milli([("flour", -5000)], [("flour", 5000)]) == {}
