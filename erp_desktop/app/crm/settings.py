"""Head office decides CRM's data for every site: the loyalty programme (earn rules per
amount and per category, date-bounded campaigns, redemption rules, expiry) and the shop's
custom fields. Checked here by the kernel, kept as this site's setting, and sent to every
site (``crm_setting``), which applies it as its own setting."""

from __future__ import annotations

from typing import Any

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.crm.profile import FieldType
from erp_desktop.kernel.crm.profile_record import CUSTOM_FIELDS_SETTING
from erp_desktop.kernel.crm.program import PROGRAM_SETTING, program_from_data, program_to_data
from erp_desktop.kernel.errors import PermissionDenied, ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission

SETTING = "crm_setting"


def _publish(deps: Deps, actor: Actor, key: str, document: dict[str, Any]) -> None:
    with deps.store.transaction(actor.user_id) as tx:
        if SiteKind(tx.org.local_branch().kind) is not SiteKind.HEAD_OFFICE:
            raise PermissionDenied("sync.owned_by_head_office", entity=SETTING)
        tx.org.set_setting(key, document, deps.now())
        setting_id = derived_id(SETTING, key)
        payload = {"id": str(setting_id), "key": key, "document": document}
        queue(deps, tx, SETTING, setting_id, payload, actor.user_id)


def publish_loyalty_program(deps: Deps, actor: Actor, data: dict[str, Any]) -> Done[dict[str, Any]]:
    """The programme, checked by the kernel (a bad date, amount or mode is refused with a
    code) and written in its canonical form."""
    actor.require(Permission.ADMIN_SETTINGS)
    document = program_to_data(program_from_data(data))
    _publish(deps, actor, PROGRAM_SETTING, document)
    return Done(document, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def publish_custom_fields(deps: Deps, actor: Actor, fields: dict[str, str]) -> Done[dict[str, str]]:
    """The shop's custom fields: lower-case keys of at most 40 characters, each a type."""
    actor.require(Permission.ADMIN_SETTINGS)
    document: dict[str, str] = {}
    for key, kind in fields.items():
        if not key.isidentifier() or key != key.lower() or len(key) > 40:
            raise ValidationError("crm.invalid_metadata_key", key=key)
        try:
            document[key] = FieldType(kind).value
        except ValueError:
            raise ValidationError("common.invalid_value", field=key, value=str(kind)) from None
    _publish(deps, actor, CUSTOM_FIELDS_SETTING, document)
    return Done(document, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))
