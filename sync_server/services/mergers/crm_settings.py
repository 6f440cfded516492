"""Head office's CRM settings (the loyalty programme, the custom fields): checked by the
kernel, then the one row per key replaced; the change log sends it to every site."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.crm.profile_record import CUSTOM_FIELDS_SETTING
from erp_desktop.kernel.crm.program import PROGRAM_SETTING, program_from_data
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import crm_records as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


class CrmSettingMerger:
    entity = "crm_setting"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            if p["key"] == PROGRAM_SETTING:
                program_from_data(p["document"])
            elif p["key"] != CUSTOM_FIELDS_SETTING:
                raise ValidationError("common.invalid_value", field="key", value=str(p["key"]))
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_setting(ctx.conn, p["id"], p["key"], p["document"])
