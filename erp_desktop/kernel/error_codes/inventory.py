"""Codes of stock movements, counts and transfers."""

CODES: dict[str, str] = {
    "inventory.zero_quantity": "a movement of product {product} needs a quantity",
    "inventory.wrong_sign": "a {kind} movement cannot carry quantity {quantity}",
    "inventory.negative_cost": "product {product} cannot have a negative cost",
    "inventory.negative_count": "counted quantity {quantity} of product {product} is negative",
    "inventory.transfer_not_in_transit": "transfer {transfer} is not in transit",
    "inventory.transfer_wrong_branch": "transfer {transfer} is not addressed to this branch",
    "inventory.count_not_open": "stock count {count} is not open",
    "inventory.empty_document": "a stock document needs at least one line",
    "inventory.same_branch_transfer": "a transfer needs two different branches",
    "inventory.transfer_exceeds_stock": "{quantity} of {product} to send but {on_hand} on hand; a manager must confirm",
    "inventory.transfer_confirmer_not_allowed": "{user} may not confirm a transfer beyond the stock on hand",
}
