"""Account codes corrected against the national plans, carried over with their history.

The first charts put a few roles on accounts their plan gives to something else: Algeria's
goods in transit on 38 (SCF: "Achats stockés"; it is 37), Morocco's goods in transit on 3118,
cheques on 5113 and till differences on 6586 (CGNC: "Autres marchandises", "Effets échus",
"Dons"; they are 3116, 5111 and 65881 with a new 75881 for overages), Tunisia's stamp duty on
4368, exchange gains on 755, the year's result on 12 and cheques on 5311 (NCT: 4371, 756, 13
and 5312). The charts in ``kernel/ledger/charts`` cite each source.

An account changes its code, not its identity: the row keeps its id (the update is audited,
before and after), every journal line and every day total moves to the new code, and nothing
is posted, so every balance and every entry is what it was, under the right number. Posted
lines are immutable: the trigger that refuses their update is lifted for this one statement
and put back as it was, in the same transaction; the per-line update audit is lifted with it
(the account's audited rename says what happened to all its lines at once). Audit rows keep
the codes they recorded at the time. The renames are frozen here, not read from the charts,
so that a later chart never changes what this revision does.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection

from erp_desktop.kernel.ids import new_id

revision = "0004"
down_revision = "0003"

# country, old code, new code, name, Arabic name
RENAMES: tuple[tuple[str, str, str, str, str], ...] = (
    ("DZ", "38", "37", "Stocks à l'extérieur (en cours de route)", "مخزونات في الخارج (في الطريق)"),
    ("MA", "3118", "3116", "Marchandises en cours de route", "بضائع في الطريق"),
    (
        "MA",
        "5113",
        "5111",
        "Chèques à encaisser ou à l'encaissement",
        "شيكات للتحصيل أو قيد التحصيل",
    ),
    ("MA", "6586", "65881", "Déficits de caisse", "عجز الصندوق"),
    ("TN", "5311", "5312", "Chèques à encaisser", "شيكات للاستخلاص"),
    ("TN", "4368", "4371", "État, droit de timbre", "الدولة - معلوم الطابع"),
    ("TN", "755", "756", "Gains de change", "أرباح الصرف"),
    ("TN", "12", "13", "Résultat de l'exercice", "نتيجة السنة المحاسبية"),
)
# country, code, name, Arabic name, type, role
NEW_ACCOUNTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("MA", "75881", "Excédents de caisse", "فائض الصندوق", "income", "cash_over"),
)
# The triggers that refuse or audit an update of a posted line (migration 0001).
LIFTED = ("refuse_update_journal_lines", "audit_journal_lines_update")
NOW = "strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z'"


def upgrade() -> None:
    c = op.get_bind()
    country = c.exec_driver_sql("SELECT country FROM company").scalar()
    # A replica not yet set up, or set up from the corrected template, has nothing to move.
    renames = [r for r in RENAMES if r[0] == country and _used(c, r[1])]
    added = [a for a in NEW_ACCOUNTS if a[0] == country and not _used(c, a[1])]
    if not renames and not added:
        return
    for _, _, new, _, _ in renames:
        if _used(c, new):  # renumbering onto it would merge two accounts' histories
            raise RuntimeError(f"account code {new} is already used; cannot renumber onto it")
    kept = {
        name: sql
        for name, sql in c.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            LIFTED,
        )
    }
    for name in kept:
        c.exec_driver_sql(f"DROP TRIGGER {name}")
    for _, old, new, name, name_ar in renames:
        c.exec_driver_sql(
            f"UPDATE accounts SET code = ?, name = ?, name_ar = ?, updated_at = {NOW} "
            "WHERE code = ?",
            (new, name, name_ar, old),
        )
        c.exec_driver_sql("UPDATE journal_lines SET account_code = ? WHERE account_code = ?", (new, old))
        c.exec_driver_sql(
            "UPDATE ledger_day_totals SET account_code = ? WHERE account_code = ?", (new, old)
        )
    for name in LIFTED:  # put back exactly as they were
        if name in kept:
            c.exec_driver_sql(kept[name])
    for _, code, name, name_ar, kind, role in added:
        c.exec_driver_sql(
            "INSERT INTO accounts (id, code, name, name_ar, type, role, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, ?, {NOW}, {NOW})",
            (new_id().hex, code, name, name_ar, kind, role),
        )


def _used(c: Connection, code: str) -> bool:
    """Whether an account, a journal line or a day total has ``code``."""
    return (
        c.exec_driver_sql(
            "SELECT 1 FROM accounts WHERE code = ? UNION ALL "
            "SELECT 1 FROM journal_lines WHERE account_code = ? UNION ALL "
            "SELECT 1 FROM ledger_day_totals WHERE account_code = ? LIMIT 1",
            (code, code, code),
        ).first()
        is not None
    )


def downgrade() -> None:
    raise NotImplementedError("the corrected codes are the plan's; there is no way back")
