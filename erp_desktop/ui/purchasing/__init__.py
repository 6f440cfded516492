"""The purchasing page (issue 14): suppliers, purchase orders, supplier invoices with the
three-way match, payments and aged payables. Receiving is in the warehouse desk."""
