"""A return of a ticket on account credits the ticket's due dates back.

The return's credit note carries ``on_account`` payments too (the due date it credits in
their reference, or ``credit`` for what it gave beyond the ticket's open amount, the
customer's unallocated credit). 0022's trigger derived a due line of every ``on_account``
payment: it now skips credit notes, and a second trigger takes a credit note's payment off
the ticket's due line of that date in ``receivable_dues`` and reopens the ticket's lines, so
the aged balance's indexed scan agrees with the computation from the documents.

Revision ID: 0025
Revises: 0024
"""

from alembic import op

revision = "0025"
down_revision = "0024"

_DUE_OF_TICKET = (
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_ticket_on_account AFTER INSERT ON "
    "sales_payments WHEN NEW.tender = 'on_account' AND NOT EXISTS (SELECT 1 FROM "
    "sales_documents k WHERE k.id = NEW.document_id AND k.kind = 'credit_note') BEGIN "
    "INSERT OR IGNORE INTO receivable_dues SELECT NEW.id, NEW.document_id, s.customer_id, "
    "NEW.currency, NEW.reference, NEW.amount_minor, 0, 0 FROM sales_documents s "
    "WHERE s.id = NEW.document_id AND s.customer_id IS NOT NULL; {reopen}; END"
)
_SETTLED = (
    "(SELECT COALESCE(SUM(c.total_minor), 0) FROM business_documents c "
    "WHERE c.related_id = receivable_dues.invoice_id AND c.kind = 'customer_credit_note' "
    "AND c.status != 'cancelled') + (SELECT COALESCE(SUM(a.amount_minor), 0) "
    "FROM payment_allocations a WHERE a.invoice_id = receivable_dues.invoice_id "
    "AND NOT EXISTS (SELECT 1 FROM instrument_events e WHERE e.payment_id = a.payment_id "
    "AND e.kind = 'instrument_bounced'))"
)


def _reopen(which: str) -> str:
    before = (
        "UPDATE receivable_dues SET before_minor = (SELECT COALESCE(SUM(l.amount_minor), 0) "
        "FROM receivable_dues l WHERE l.invoice_id = receivable_dues.invoice_id "
        "AND (l.due_on < receivable_dues.due_on "
        "OR (l.due_on = receivable_dues.due_on AND l.id < receivable_dues.id))) "
        f"WHERE invoice_id {which}"
    )
    reopen = (
        "UPDATE receivable_dues SET open_minor = MAX(0, MIN(amount_minor, "
        f"before_minor + amount_minor - ({_SETTLED}))) WHERE invoice_id {which}"
    )
    return f"{before}; {reopen}"


_ORIGINAL = "= (SELECT original_id FROM sales_documents WHERE id = NEW.document_id)"
_RETURN_ON_ACCOUNT = (
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_return_on_account AFTER INSERT ON "
    "sales_payments WHEN NEW.tender = 'on_account' AND NEW.reference != 'credit' AND EXISTS "
    "(SELECT 1 FROM sales_documents k WHERE k.id = NEW.document_id "
    "AND k.kind = 'credit_note') BEGIN "
    "UPDATE receivable_dues SET amount_minor = amount_minor - NEW.amount_minor "
    f"WHERE invoice_id {_ORIGINAL} AND due_on = NEW.reference AND id = (SELECT MIN(d.id) "
    f"FROM receivable_dues d WHERE d.invoice_id {_ORIGINAL} AND d.due_on = NEW.reference); "
    f"{_reopen(_ORIGINAL)}; END"
)


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS receivable_dues_of_ticket_on_account")
    bind.exec_driver_sql(_DUE_OF_TICKET.format(reopen=_reopen("= NEW.document_id")))
    bind.exec_driver_sql(_RETURN_ON_ACCOUNT)
    # returns pulled before this revision: their credit notes' bogus due lines go
    bind.exec_driver_sql(
        "DELETE FROM receivable_dues WHERE invoice_id IN "
        "(SELECT id FROM sales_documents WHERE kind = 'credit_note')"
    )


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS receivable_dues_of_return_on_account")
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS receivable_dues_of_ticket_on_account")
    from importlib import import_module

    bind.exec_driver_sql(
        import_module("erp_desktop.storage.migrations.versions.0022_tickets_on_account")._TRIGGER
    )
