"""Stock as a ledger: immutable movements, levels derived from them, weighted average cost."""

from erp_desktop.kernel.inventory.costing import AverageCost, apply_movement
from erp_desktop.kernel.inventory.movements import MovementKind, StockMovement, levels_from

__all__ = ["AverageCost", "MovementKind", "StockMovement", "apply_movement", "levels_from"]
