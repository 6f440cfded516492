"""A till ticket left on a business customer's account is an open item like an invoice.

A ticket's ``on_account`` payments (one per due date of the customer's terms, its reference
the date) are what it leaves on the account (kernel.documents.posting: its ``on_credit``).
This trigger derives their open due lines into ``receivable_dues`` (migration 0013) as they
are written, by checkout or by a pull of another site's sales, so the aged balance's indexed
scan counts them; payments allocated to the ticket reopen and settle them by 0013's triggers.

Revision ID: 0022
Revises: 0021
"""

from alembic import op

revision = "0022"
down_revision = "0021"

_WHICH = "= NEW.document_id"
_SETTLED = (
    "(SELECT COALESCE(SUM(c.total_minor), 0) FROM business_documents c "
    "WHERE c.related_id = receivable_dues.invoice_id AND c.kind = 'customer_credit_note' "
    "AND c.status != 'cancelled') + (SELECT COALESCE(SUM(a.amount_minor), 0) "
    "FROM payment_allocations a WHERE a.invoice_id = receivable_dues.invoice_id "
    "AND NOT EXISTS (SELECT 1 FROM instrument_events e WHERE e.payment_id = a.payment_id "
    "AND e.kind = 'instrument_bounced'))"
)
_BEFORE = (
    "UPDATE receivable_dues SET before_minor = (SELECT COALESCE(SUM(l.amount_minor), 0) "
    "FROM receivable_dues l WHERE l.invoice_id = receivable_dues.invoice_id "
    "AND (l.due_on < receivable_dues.due_on "
    "OR (l.due_on = receivable_dues.due_on AND l.id < receivable_dues.id))) "
    f"WHERE invoice_id {_WHICH}"
)
_REOPEN = (
    "UPDATE receivable_dues SET open_minor = MAX(0, MIN(amount_minor, "
    f"before_minor + amount_minor - ({_SETTLED}))) WHERE invoice_id {_WHICH}"
)
_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_ticket_on_account AFTER INSERT ON "
    "sales_payments WHEN NEW.tender = 'on_account' BEGIN "
    "INSERT OR IGNORE INTO receivable_dues SELECT NEW.id, NEW.document_id, s.customer_id, "
    "NEW.currency, NEW.reference, NEW.amount_minor, 0, 0 FROM sales_documents s "
    "WHERE s.id = NEW.document_id AND s.customer_id IS NOT NULL; "
    f"{_BEFORE}; {_REOPEN}; END"
)


def upgrade() -> None:
    op.get_bind().exec_driver_sql(_TRIGGER)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TRIGGER IF EXISTS receivable_dues_of_ticket_on_account")
