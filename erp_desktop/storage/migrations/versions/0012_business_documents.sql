-- Documents of sales to business customers (revision 0012), frozen from storage/tables/business.py.
-- Their audit and refusal triggers are laid by storage/ddl.py after the upgrade.
CREATE TABLE IF NOT EXISTS business_documents (
	id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	customer_id CHAR(32) NOT NULL, 
	issued_at VARCHAR(32) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	price_mode VARCHAR(20) NOT NULL, 
	base_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	stamp_duty_minor INTEGER NOT NULL, 
	total_minor INTEGER NOT NULL, 
	terms VARCHAR(60) NOT NULL, 
	related_id CHAR(32), 
	ticket_id CHAR(32), 
	cancelled_at VARCHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (number), 
	FOREIGN KEY(branch_id) REFERENCES branches (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id), 
	FOREIGN KEY(related_id) REFERENCES business_documents (id)
);
CREATE INDEX IF NOT EXISTS ix_business_customer ON business_documents (customer_id);
CREATE INDEX IF NOT EXISTS ix_business_kind_issued ON business_documents (kind, issued_at);
CREATE INDEX IF NOT EXISTS ix_business_related ON business_documents (related_id);
CREATE TABLE IF NOT EXISTS business_lines (
	id CHAR(32) NOT NULL, 
	document_id CHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	product_id CHAR(32), 
	nature VARCHAR(10) NOT NULL, 
	description VARCHAR(300) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	unit_price VARCHAR(40) NOT NULL, 
	vat_rate VARCHAR(40) NOT NULL, 
	discount_minor INTEGER NOT NULL, 
	base_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	unit_cost VARCHAR(40) NOT NULL, 
	source_line_id CHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES business_documents (id), 
	FOREIGN KEY(product_id) REFERENCES products (id)
);
CREATE INDEX IF NOT EXISTS ix_business_lines_document_id ON business_lines (document_id);
CREATE INDEX IF NOT EXISTS ix_business_lines_source ON business_lines (source_line_id);
CREATE TABLE IF NOT EXISTS business_due_lines (
	id CHAR(32) NOT NULL, 
	document_id CHAR(32) NOT NULL, 
	due_on VARCHAR(10) NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES business_documents (id)
);
CREATE INDEX IF NOT EXISTS ix_business_due_lines_document_id ON business_due_lines (document_id);
-- A business customer's fields on the customer (kernel.partners.customers.BUSINESS_FIELDS).
ALTER TABLE customers ADD COLUMN legal_ids VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN billing_address VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN delivery_address VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN terms VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN credit_limit VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN limit_blocks VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN discount_percent VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE customers ADD COLUMN account_currency VARCHAR(500) DEFAULT '' NOT NULL;
-- A customer change queued before this revision goes up with the new fields, empty (the
-- server requires every wire field): nothing agreed, nothing changed.
UPDATE outbox SET payload = json_set(payload, '$.legal_ids', '', '$.billing_address', '', '$.delivery_address', '', '$.terms', '', '$.credit_limit', '', '$.limit_blocks', '', '$.discount_percent', '', '$.account_currency', '') WHERE entity = 'customer' AND json_type(payload, '$.legal_ids') IS NULL;
