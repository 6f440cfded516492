"""Who may push what: the kernel's ownership table (``erp_desktop.kernel.ownership``)
applied to the device's site, for each pushed change, before its merger sees it.

Head office runs the same client as the branches: its product editor and its period close
queue changes like any other. The server accepts each entity only from the kind of site
that owns it: a branch pushing a price is refused with ``sync.owned_by_head_office``, head
office pushing a branch's sale with ``sync.owned_by_branches``, each change on its own
(the rest of the batch goes through).
"""

from __future__ import annotations

from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.services.enrollment import Device


def ownership_refusal(change: Change, device: Device) -> ErpError | None:
    """Why the device's site may not write the change's entity (None when it may)."""
    return write_refusal(change.entity, device.kind)
