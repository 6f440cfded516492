CREATE TABLE accounts (
	id CHAR(32) NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	type VARCHAR(12) NOT NULL, 
	role VARCHAR(30), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (code)
);

CREATE TABLE audit_actor (
	slot INTEGER NOT NULL, 
	user_id VARCHAR(36), 
	PRIMARY KEY (slot)
);

CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	table_name VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	operation VARCHAR(6) NOT NULL, 
	actor_id VARCHAR(36), 
	at VARCHAR(32) NOT NULL, 
	"before" TEXT, 
	"after" TEXT, 
	PRIMARY KEY (id)
);

CREATE TABLE branches (
	id CHAR(32) NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	is_local BOOLEAN NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (code)
);

CREATE TABLE categories (
	id CHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE TABLE company (
	id CHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	legal_ids TEXT NOT NULL, 
	metadata TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE TABLE customers (
	id CHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	tax_id VARCHAR(60) NOT NULL, 
	store_credit_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	field_clocks TEXT NOT NULL, 
	metadata TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE TABLE exchange_rates (
	id CHAR(32) NOT NULL, 
	on_date VARCHAR(10) NOT NULL, 
	source VARCHAR(3) NOT NULL, 
	target VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_exchange_rates_pair ON exchange_rates (source, target, on_date);

CREATE TABLE fiscal_periods (
	id CHAR(32) NOT NULL, 
	code VARCHAR(7) NOT NULL, 
	start_date VARCHAR(10) NOT NULL, 
	end_date VARCHAR(10) NOT NULL, 
	closed BOOLEAN NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (code)
);

CREATE TABLE journal_entries (
	id CHAR(32) NOT NULL, 
	entry_date VARCHAR(10) NOT NULL, 
	journal VARCHAR(12) NOT NULL, 
	source_type VARCHAR(30) NOT NULL, 
	source_id CHAR(32) NOT NULL, 
	source_number VARCHAR(40) NOT NULL, 
	branch_id CHAR(32), 
	memo VARCHAR(300) NOT NULL, 
	reversal_of CHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(reversal_of) REFERENCES journal_entries (id)
);

CREATE INDEX ix_entries_date ON journal_entries (entry_date);

CREATE INDEX ix_entries_source ON journal_entries (source_type, source_id);

CREATE TABLE outbox (
	id CHAR(32) NOT NULL, 
	seq INTEGER NOT NULL, 
	entity VARCHAR(30) NOT NULL, 
	operation VARCHAR(10) NOT NULL, 
	entity_id CHAR(32) NOT NULL, 
	payload TEXT NOT NULL, 
	hlc VARCHAR(60) NOT NULL, 
	actor_id CHAR(32), 
	state VARCHAR(10) NOT NULL, 
	attempts INTEGER NOT NULL, 
	error_code VARCHAR(80), 
	error_params TEXT, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (seq)
);

CREATE INDEX ix_outbox_state_seq ON outbox (state, seq);

CREATE TABLE settings (
	id CHAR(32) NOT NULL, 
	"key" VARCHAR(100) NOT NULL, 
	value TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);

CREATE TABLE suppliers (
	id CHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	tax_id VARCHAR(60) NOT NULL, 
	metadata TEXT NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE TABLE sync_state (
	"key" VARCHAR(60) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE journal_lines (
	id CHAR(32) NOT NULL, 
	entry_id CHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	account_code VARCHAR(20) NOT NULL, 
	role VARCHAR(30), 
	side VARCHAR(6) NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	txn_amount_minor INTEGER NOT NULL, 
	txn_currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	partner_id CHAR(32), 
	vat_rate VARCHAR(40), 
	memo VARCHAR(300) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(entry_id) REFERENCES journal_entries (id)
);

CREATE INDEX ix_journal_lines_entry_id ON journal_lines (entry_id);

CREATE INDEX ix_lines_account ON journal_lines (account_code);

CREATE TABLE products (
	id CHAR(32) NOT NULL, 
	sku VARCHAR(40) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	name_ar VARCHAR(300) NOT NULL, 
	unit VARCHAR(10) NOT NULL, 
	category_id CHAR(32), 
	price_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	price_mode VARCHAR(20) NOT NULL, 
	tax_class VARCHAR(30) NOT NULL, 
	reorder_point_milli INTEGER NOT NULL, 
	scale_code VARCHAR(6), 
	metadata TEXT NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (sku), 
	FOREIGN KEY(category_id) REFERENCES categories (id), 
	UNIQUE (scale_code)
);

CREATE TABLE registers (
	id CHAR(32) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	code VARCHAR(6) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	cash_step_minor INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (branch_id, code), 
	FOREIGN KEY(branch_id) REFERENCES branches (id)
);

CREATE TABLE users (
	id CHAR(32) NOT NULL, 
	username VARCHAR(60) NOT NULL, 
	full_name VARCHAR(200) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	pin_hash VARCHAR(200), 
	branch_id CHAR(32), 
	language VARCHAR(2) NOT NULL, 
	active BOOLEAN NOT NULL, 
	failed_attempts INTEGER NOT NULL, 
	locked_until VARCHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (username), 
	FOREIGN KEY(branch_id) REFERENCES branches (id)
);

CREATE TABLE warehouses (
	id CHAR(32) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_ar VARCHAR(200) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(branch_id) REFERENCES branches (id)
);

CREATE TABLE cash_sessions (
	id CHAR(32) NOT NULL, 
	register_id CHAR(32) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	opened_by CHAR(32) NOT NULL, 
	opened_at VARCHAR(32) NOT NULL, 
	closed_by CHAR(32), 
	closed_at VARCHAR(32), 
	currency VARCHAR(3) NOT NULL, 
	opening_float_minor INTEGER NOT NULL, 
	expected_cash_minor INTEGER, 
	counted_cash_minor INTEGER, 
	counted_denominations TEXT, 
	z_number INTEGER, 
	z_report TEXT, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(register_id) REFERENCES registers (id), 
	FOREIGN KEY(opened_by) REFERENCES users (id), 
	FOREIGN KEY(closed_by) REFERENCES users (id)
);

CREATE INDEX ix_sessions_register_status ON cash_sessions (register_id, status);

CREATE TABLE held_tickets (
	id CHAR(32) NOT NULL, 
	register_id CHAR(32) NOT NULL, 
	label VARCHAR(100) NOT NULL, 
	cart TEXT NOT NULL, 
	held_by CHAR(32) NOT NULL, 
	recalled_at VARCHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(register_id) REFERENCES registers (id), 
	FOREIGN KEY(held_by) REFERENCES users (id)
);

CREATE TABLE number_series (
	id CHAR(32) NOT NULL, 
	register_id CHAR(32) NOT NULL, 
	series VARCHAR(40) NOT NULL, 
	last_sequence INTEGER NOT NULL, 
	last_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(register_id) REFERENCES registers (id), 
	UNIQUE (series)
);

CREATE TABLE product_barcodes (
	id CHAR(32) NOT NULL, 
	product_id CHAR(32) NOT NULL, 
	barcode VARCHAR(32) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(product_id) REFERENCES products (id), 
	UNIQUE (barcode)
);

CREATE INDEX ix_product_barcodes_product_id ON product_barcodes (product_id);

CREATE TABLE stock_documents (
	id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	warehouse_id CHAR(32) NOT NULL, 
	counterpart_branch_id CHAR(32), 
	related_id CHAR(32), 
	supplier_id CHAR(32), 
	currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	reason VARCHAR(200) NOT NULL, 
	issued_at VARCHAR(32) NOT NULL, 
	created_by CHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (number), 
	FOREIGN KEY(branch_id) REFERENCES branches (id), 
	FOREIGN KEY(warehouse_id) REFERENCES warehouses (id), 
	FOREIGN KEY(created_by) REFERENCES users (id)
);

CREATE TABLE stock_levels (
	id CHAR(32) NOT NULL, 
	warehouse_id CHAR(32) NOT NULL, 
	product_id CHAR(32) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	average_cost VARCHAR(40) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (warehouse_id, product_id), 
	FOREIGN KEY(warehouse_id) REFERENCES warehouses (id), 
	FOREIGN KEY(product_id) REFERENCES products (id)
);

CREATE TABLE stock_movements (
	id CHAR(32) NOT NULL, 
	product_id CHAR(32) NOT NULL, 
	warehouse_id CHAR(32) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	unit_cost VARCHAR(40) NOT NULL, 
	occurred_at VARCHAR(32) NOT NULL, 
	document_type VARCHAR(30) NOT NULL, 
	document_id CHAR(32), 
	created_by CHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(product_id) REFERENCES products (id), 
	FOREIGN KEY(warehouse_id) REFERENCES warehouses (id), 
	FOREIGN KEY(branch_id) REFERENCES branches (id), 
	FOREIGN KEY(created_by) REFERENCES users (id)
);

CREATE INDEX ix_movements_document ON stock_movements (document_id);

CREATE INDEX ix_movements_product_time ON stock_movements (product_id, occurred_at);

CREATE TABLE user_roles (
	id CHAR(32) NOT NULL, 
	user_id CHAR(32) NOT NULL, 
	role VARCHAR(30) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (user_id, role), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE sales_documents (
	id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	series VARCHAR(40) NOT NULL, 
	sequence INTEGER NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	register_id CHAR(32) NOT NULL, 
	session_id CHAR(32), 
	branch_id CHAR(32) NOT NULL, 
	customer_id CHAR(32), 
	cashier_id CHAR(32) NOT NULL, 
	original_id CHAR(32), 
	issued_at VARCHAR(32) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	price_mode VARCHAR(20) NOT NULL, 
	base_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	discount_minor INTEGER NOT NULL, 
	stamp_duty_minor INTEGER NOT NULL, 
	rounding_minor INTEGER NOT NULL, 
	total_minor INTEGER NOT NULL, 
	change_minor INTEGER NOT NULL, 
	cost VARCHAR(40) NOT NULL, 
	approved_by CHAR(32), 
	previous_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (series, sequence), 
	UNIQUE (number), 
	FOREIGN KEY(register_id) REFERENCES registers (id), 
	FOREIGN KEY(session_id) REFERENCES cash_sessions (id), 
	FOREIGN KEY(branch_id) REFERENCES branches (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id), 
	FOREIGN KEY(cashier_id) REFERENCES users (id), 
	FOREIGN KEY(original_id) REFERENCES sales_documents (id), 
	FOREIGN KEY(approved_by) REFERENCES users (id)
);

CREATE INDEX ix_sales_issued ON sales_documents (issued_at);

CREATE INDEX ix_sales_session ON sales_documents (session_id);

CREATE TABLE stock_document_lines (
	id CHAR(32) NOT NULL, 
	document_id CHAR(32) NOT NULL, 
	product_id CHAR(32) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	expected_milli INTEGER, 
	unit_cost VARCHAR(40) NOT NULL, 
	vat_rate VARCHAR(40) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES stock_documents (id), 
	FOREIGN KEY(product_id) REFERENCES products (id)
);

CREATE INDEX ix_stock_document_lines_document_id ON stock_document_lines (document_id);

CREATE TABLE sales_lines (
	id CHAR(32) NOT NULL, 
	document_id CHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	product_id CHAR(32) NOT NULL, 
	description VARCHAR(300) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	unit_price VARCHAR(40) NOT NULL, 
	vat_rate VARCHAR(40) NOT NULL, 
	discount_minor INTEGER NOT NULL, 
	base_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	unit_cost VARCHAR(40) NOT NULL, 
	returned_line_id CHAR(32), 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES sales_documents (id), 
	FOREIGN KEY(product_id) REFERENCES products (id), 
	FOREIGN KEY(returned_line_id) REFERENCES sales_lines (id)
);

CREATE INDEX ix_sales_lines_document_id ON sales_lines (document_id);

CREATE TABLE sales_payments (
	id CHAR(32) NOT NULL, 
	document_id CHAR(32) NOT NULL, 
	tender VARCHAR(20) NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	reference VARCHAR(100) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES sales_documents (id)
);

CREATE INDEX ix_sales_payments_document_id ON sales_payments (document_id);

INSERT INTO audit_actor (slot, user_id) VALUES (1, NULL);

CREATE TRIGGER audit_accounts_insert AFTER INSERT ON accounts BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('accounts', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'type', NEW.type, 'role', NEW.role, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_accounts_update AFTER UPDATE ON accounts BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('accounts', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'name_ar', OLD.name_ar, 'type', OLD.type, 'role', OLD.role, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'type', NEW.type, 'role', NEW.role, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_accounts BEFORE DELETE ON accounts BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_delete_audit_log BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_branches_insert AFTER INSERT ON branches BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('branches', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'is_local', NEW.is_local, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_branches_update AFTER UPDATE ON branches BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('branches', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'name_ar', OLD.name_ar, 'is_local', OLD.is_local, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'is_local', NEW.is_local, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_branches BEFORE DELETE ON branches BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_categories_insert AFTER INSERT ON categories BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('categories', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_categories_update AFTER UPDATE ON categories BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('categories', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'name', OLD.name, 'name_ar', OLD.name_ar, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_categories BEFORE DELETE ON categories BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_company_insert AFTER INSERT ON company BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('company', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'country', NEW.country, 'currency', NEW.currency, 'legal_ids', NEW.legal_ids, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_company_update AFTER UPDATE ON company BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('company', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'name', OLD.name, 'name_ar', OLD.name_ar, 'country', OLD.country, 'currency', OLD.currency, 'legal_ids', OLD.legal_ids, 'metadata', OLD.metadata, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'country', NEW.country, 'currency', NEW.currency, 'legal_ids', NEW.legal_ids, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_company BEFORE DELETE ON company BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_customers_insert AFTER INSERT ON customers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('customers', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'phone', NEW.phone, 'email', NEW.email, 'tax_id', NEW.tax_id, 'store_credit_minor', NEW.store_credit_minor, 'currency', NEW.currency, 'field_clocks', NEW.field_clocks, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_customers_update AFTER UPDATE ON customers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('customers', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'name', OLD.name, 'name_ar', OLD.name_ar, 'phone', OLD.phone, 'email', OLD.email, 'tax_id', OLD.tax_id, 'store_credit_minor', OLD.store_credit_minor, 'currency', OLD.currency, 'field_clocks', OLD.field_clocks, 'metadata', OLD.metadata, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'phone', NEW.phone, 'email', NEW.email, 'tax_id', NEW.tax_id, 'store_credit_minor', NEW.store_credit_minor, 'currency', NEW.currency, 'field_clocks', NEW.field_clocks, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_customers BEFORE DELETE ON customers BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_exchange_rates_insert AFTER INSERT ON exchange_rates BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('exchange_rates', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'on_date', NEW.on_date, 'source', NEW.source, 'target', NEW.target, 'rate', NEW.rate, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_exchange_rates_update AFTER UPDATE ON exchange_rates BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('exchange_rates', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'on_date', OLD.on_date, 'source', OLD.source, 'target', OLD.target, 'rate', OLD.rate, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'on_date', NEW.on_date, 'source', NEW.source, 'target', NEW.target, 'rate', NEW.rate, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_exchange_rates BEFORE DELETE ON exchange_rates BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_fiscal_periods_insert AFTER INSERT ON fiscal_periods BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('fiscal_periods', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'code', NEW.code, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'closed', NEW.closed, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_fiscal_periods_update AFTER UPDATE ON fiscal_periods BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('fiscal_periods', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'code', OLD.code, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'closed', OLD.closed, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'code', NEW.code, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'closed', NEW.closed, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_fiscal_periods BEFORE DELETE ON fiscal_periods BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_journal_entries_insert AFTER INSERT ON journal_entries BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('journal_entries', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_journal_entries_update AFTER UPDATE ON journal_entries BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('journal_entries', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'entry_date', OLD.entry_date, 'journal', OLD.journal, 'source_type', OLD.source_type, 'source_id', OLD.source_id, 'source_number', OLD.source_number, 'branch_id', OLD.branch_id, 'memo', OLD.memo, 'reversal_of', OLD.reversal_of, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'entry_date', NEW.entry_date, 'journal', NEW.journal, 'source_type', NEW.source_type, 'source_id', NEW.source_id, 'source_number', NEW.source_number, 'branch_id', NEW.branch_id, 'memo', NEW.memo, 'reversal_of', NEW.reversal_of, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_journal_entries BEFORE DELETE ON journal_entries BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_journal_entries BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER refuse_delete_outbox BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('settings', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'key', NEW.key, 'value', NEW.value, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_settings_update AFTER UPDATE ON settings BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('settings', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'key', OLD.key, 'value', OLD.value, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'key', NEW.key, 'value', NEW.value, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_settings BEFORE DELETE ON settings BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_suppliers_insert AFTER INSERT ON suppliers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('suppliers', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'tax_id', NEW.tax_id, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_suppliers_update AFTER UPDATE ON suppliers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('suppliers', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'name', OLD.name, 'name_ar', OLD.name_ar, 'tax_id', OLD.tax_id, 'metadata', OLD.metadata, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'name', NEW.name, 'name_ar', NEW.name_ar, 'tax_id', NEW.tax_id, 'metadata', NEW.metadata, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_suppliers BEFORE DELETE ON suppliers BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_journal_lines_insert AFTER INSERT ON journal_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('journal_lines', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_journal_lines_update AFTER UPDATE ON journal_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('journal_lines', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'entry_id', OLD.entry_id, 'position', OLD.position, 'account_code', OLD.account_code, 'role', OLD.role, 'side', OLD.side, 'amount_minor', OLD.amount_minor, 'currency', OLD.currency, 'txn_amount_minor', OLD.txn_amount_minor, 'txn_currency', OLD.txn_currency, 'rate', OLD.rate, 'partner_id', OLD.partner_id, 'vat_rate', OLD.vat_rate, 'memo', OLD.memo, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'entry_id', NEW.entry_id, 'position', NEW.position, 'account_code', NEW.account_code, 'role', NEW.role, 'side', NEW.side, 'amount_minor', NEW.amount_minor, 'currency', NEW.currency, 'txn_amount_minor', NEW.txn_amount_minor, 'txn_currency', NEW.txn_currency, 'rate', NEW.rate, 'partner_id', NEW.partner_id, 'vat_rate', NEW.vat_rate, 'memo', NEW.memo, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_journal_lines BEFORE DELETE ON journal_lines BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_journal_lines BEFORE UPDATE ON journal_lines BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER audit_products_insert AFTER INSERT ON products BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('products', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'sku', NEW.sku, 'name', NEW.name, 'name_ar', NEW.name_ar, 'unit', NEW.unit, 'category_id', NEW.category_id, 'price_minor', NEW.price_minor, 'currency', NEW.currency, 'price_mode', NEW.price_mode, 'tax_class', NEW.tax_class, 'reorder_point_milli', NEW.reorder_point_milli, 'scale_code', NEW.scale_code, 'metadata', NEW.metadata, 'active', NEW.active, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_products_update AFTER UPDATE ON products BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('products', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'sku', OLD.sku, 'name', OLD.name, 'name_ar', OLD.name_ar, 'unit', OLD.unit, 'category_id', OLD.category_id, 'price_minor', OLD.price_minor, 'currency', OLD.currency, 'price_mode', OLD.price_mode, 'tax_class', OLD.tax_class, 'reorder_point_milli', OLD.reorder_point_milli, 'scale_code', OLD.scale_code, 'metadata', OLD.metadata, 'active', OLD.active, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'sku', NEW.sku, 'name', NEW.name, 'name_ar', NEW.name_ar, 'unit', NEW.unit, 'category_id', NEW.category_id, 'price_minor', NEW.price_minor, 'currency', NEW.currency, 'price_mode', NEW.price_mode, 'tax_class', NEW.tax_class, 'reorder_point_milli', NEW.reorder_point_milli, 'scale_code', NEW.scale_code, 'metadata', NEW.metadata, 'active', NEW.active, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_products BEFORE DELETE ON products BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_registers_insert AFTER INSERT ON registers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('registers', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'branch_id', NEW.branch_id, 'code', NEW.code, 'name', NEW.name, 'cash_step_minor', NEW.cash_step_minor, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_registers_update AFTER UPDATE ON registers BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('registers', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'branch_id', OLD.branch_id, 'code', OLD.code, 'name', OLD.name, 'cash_step_minor', OLD.cash_step_minor, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'branch_id', NEW.branch_id, 'code', NEW.code, 'name', NEW.name, 'cash_step_minor', NEW.cash_step_minor, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_registers BEFORE DELETE ON registers BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_users_insert AFTER INSERT ON users BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('users', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'username', NEW.username, 'full_name', NEW.full_name, 'password_hash', NEW.password_hash, 'pin_hash', NEW.pin_hash, 'branch_id', NEW.branch_id, 'language', NEW.language, 'active', NEW.active, 'failed_attempts', NEW.failed_attempts, 'locked_until', NEW.locked_until, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_users_update AFTER UPDATE ON users BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('users', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'username', OLD.username, 'full_name', OLD.full_name, 'password_hash', OLD.password_hash, 'pin_hash', OLD.pin_hash, 'branch_id', OLD.branch_id, 'language', OLD.language, 'active', OLD.active, 'failed_attempts', OLD.failed_attempts, 'locked_until', OLD.locked_until, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'username', NEW.username, 'full_name', NEW.full_name, 'password_hash', NEW.password_hash, 'pin_hash', NEW.pin_hash, 'branch_id', NEW.branch_id, 'language', NEW.language, 'active', NEW.active, 'failed_attempts', NEW.failed_attempts, 'locked_until', NEW.locked_until, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_users BEFORE DELETE ON users BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_warehouses_insert AFTER INSERT ON warehouses BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('warehouses', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'branch_id', NEW.branch_id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_warehouses_update AFTER UPDATE ON warehouses BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('warehouses', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'branch_id', OLD.branch_id, 'code', OLD.code, 'name', OLD.name, 'name_ar', OLD.name_ar, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'branch_id', NEW.branch_id, 'code', NEW.code, 'name', NEW.name, 'name_ar', NEW.name_ar, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_warehouses BEFORE DELETE ON warehouses BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_cash_sessions_insert AFTER INSERT ON cash_sessions BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('cash_sessions', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'register_id', NEW.register_id, 'status', NEW.status, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at, 'closed_by', NEW.closed_by, 'closed_at', NEW.closed_at, 'currency', NEW.currency, 'opening_float_minor', NEW.opening_float_minor, 'expected_cash_minor', NEW.expected_cash_minor, 'counted_cash_minor', NEW.counted_cash_minor, 'counted_denominations', NEW.counted_denominations, 'z_number', NEW.z_number, 'z_report', NEW.z_report, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_cash_sessions_update AFTER UPDATE ON cash_sessions BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('cash_sessions', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'register_id', OLD.register_id, 'status', OLD.status, 'opened_by', OLD.opened_by, 'opened_at', OLD.opened_at, 'closed_by', OLD.closed_by, 'closed_at', OLD.closed_at, 'currency', OLD.currency, 'opening_float_minor', OLD.opening_float_minor, 'expected_cash_minor', OLD.expected_cash_minor, 'counted_cash_minor', OLD.counted_cash_minor, 'counted_denominations', OLD.counted_denominations, 'z_number', OLD.z_number, 'z_report', OLD.z_report, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'register_id', NEW.register_id, 'status', NEW.status, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at, 'closed_by', NEW.closed_by, 'closed_at', NEW.closed_at, 'currency', NEW.currency, 'opening_float_minor', NEW.opening_float_minor, 'expected_cash_minor', NEW.expected_cash_minor, 'counted_cash_minor', NEW.counted_cash_minor, 'counted_denominations', NEW.counted_denominations, 'z_number', NEW.z_number, 'z_report', NEW.z_report, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_cash_sessions BEFORE DELETE ON cash_sessions BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_held_tickets_insert AFTER INSERT ON held_tickets BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('held_tickets', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'register_id', NEW.register_id, 'label', NEW.label, 'cart', NEW.cart, 'held_by', NEW.held_by, 'recalled_at', NEW.recalled_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_held_tickets_update AFTER UPDATE ON held_tickets BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('held_tickets', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'register_id', OLD.register_id, 'label', OLD.label, 'cart', OLD.cart, 'held_by', OLD.held_by, 'recalled_at', OLD.recalled_at, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'register_id', NEW.register_id, 'label', NEW.label, 'cart', NEW.cart, 'held_by', NEW.held_by, 'recalled_at', NEW.recalled_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_held_tickets BEFORE DELETE ON held_tickets BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_number_series_insert AFTER INSERT ON number_series BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('number_series', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'register_id', NEW.register_id, 'series', NEW.series, 'last_sequence', NEW.last_sequence, 'last_hash', NEW.last_hash, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_number_series_update AFTER UPDATE ON number_series BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('number_series', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'register_id', OLD.register_id, 'series', OLD.series, 'last_sequence', OLD.last_sequence, 'last_hash', OLD.last_hash, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'register_id', NEW.register_id, 'series', NEW.series, 'last_sequence', NEW.last_sequence, 'last_hash', NEW.last_hash, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_number_series BEFORE DELETE ON number_series BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_product_barcodes_insert AFTER INSERT ON product_barcodes BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('product_barcodes', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'product_id', NEW.product_id, 'barcode', NEW.barcode, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_product_barcodes_update AFTER UPDATE ON product_barcodes BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('product_barcodes', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'product_id', OLD.product_id, 'barcode', OLD.barcode, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'product_id', NEW.product_id, 'barcode', NEW.barcode, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_product_barcodes BEFORE DELETE ON product_barcodes BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_stock_documents_insert AFTER INSERT ON stock_documents BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_documents', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'status', NEW.status, 'branch_id', NEW.branch_id, 'warehouse_id', NEW.warehouse_id, 'counterpart_branch_id', NEW.counterpart_branch_id, 'related_id', NEW.related_id, 'supplier_id', NEW.supplier_id, 'currency', NEW.currency, 'rate', NEW.rate, 'reason', NEW.reason, 'issued_at', NEW.issued_at, 'created_by', NEW.created_by, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_stock_documents_update AFTER UPDATE ON stock_documents BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_documents', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'kind', OLD.kind, 'number', OLD.number, 'status', OLD.status, 'branch_id', OLD.branch_id, 'warehouse_id', OLD.warehouse_id, 'counterpart_branch_id', OLD.counterpart_branch_id, 'related_id', OLD.related_id, 'supplier_id', OLD.supplier_id, 'currency', OLD.currency, 'rate', OLD.rate, 'reason', OLD.reason, 'issued_at', OLD.issued_at, 'created_by', OLD.created_by, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'status', NEW.status, 'branch_id', NEW.branch_id, 'warehouse_id', NEW.warehouse_id, 'counterpart_branch_id', NEW.counterpart_branch_id, 'related_id', NEW.related_id, 'supplier_id', NEW.supplier_id, 'currency', NEW.currency, 'rate', NEW.rate, 'reason', NEW.reason, 'issued_at', NEW.issued_at, 'created_by', NEW.created_by, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_stock_documents BEFORE DELETE ON stock_documents BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_final_stock_documents BEFORE UPDATE ON stock_documents WHEN OLD.status IN ('final', 'received') BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER refuse_delete_stock_levels BEFORE DELETE ON stock_levels BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_stock_movements_insert AFTER INSERT ON stock_movements BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_movements', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_stock_movements_update AFTER UPDATE ON stock_movements BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_movements', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'product_id', OLD.product_id, 'warehouse_id', OLD.warehouse_id, 'branch_id', OLD.branch_id, 'kind', OLD.kind, 'quantity_milli', OLD.quantity_milli, 'unit_cost', OLD.unit_cost, 'occurred_at', OLD.occurred_at, 'document_type', OLD.document_type, 'document_id', OLD.document_id, 'created_by', OLD.created_by, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'product_id', NEW.product_id, 'warehouse_id', NEW.warehouse_id, 'branch_id', NEW.branch_id, 'kind', NEW.kind, 'quantity_milli', NEW.quantity_milli, 'unit_cost', NEW.unit_cost, 'occurred_at', NEW.occurred_at, 'document_type', NEW.document_type, 'document_id', NEW.document_id, 'created_by', NEW.created_by, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_stock_movements BEFORE DELETE ON stock_movements BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_stock_movements BEFORE UPDATE ON stock_movements BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER audit_user_roles_insert AFTER INSERT ON user_roles BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('user_roles', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'user_id', NEW.user_id, 'role', NEW.role, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_user_roles_update AFTER UPDATE ON user_roles BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('user_roles', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'user_id', OLD.user_id, 'role', OLD.role, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'user_id', NEW.user_id, 'role', NEW.role, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_user_roles BEFORE DELETE ON user_roles BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER audit_sales_documents_insert AFTER INSERT ON sales_documents BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_documents', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'series', NEW.series, 'sequence', NEW.sequence, 'status', NEW.status, 'register_id', NEW.register_id, 'session_id', NEW.session_id, 'branch_id', NEW.branch_id, 'customer_id', NEW.customer_id, 'cashier_id', NEW.cashier_id, 'original_id', NEW.original_id, 'issued_at', NEW.issued_at, 'currency', NEW.currency, 'rate', NEW.rate, 'price_mode', NEW.price_mode, 'base_minor', NEW.base_minor, 'vat_minor', NEW.vat_minor, 'discount_minor', NEW.discount_minor, 'stamp_duty_minor', NEW.stamp_duty_minor, 'rounding_minor', NEW.rounding_minor, 'total_minor', NEW.total_minor, 'change_minor', NEW.change_minor, 'cost', NEW.cost, 'approved_by', NEW.approved_by, 'previous_hash', NEW.previous_hash, 'hash', NEW.hash, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER audit_sales_documents_update AFTER UPDATE ON sales_documents BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_documents', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'kind', OLD.kind, 'number', OLD.number, 'series', OLD.series, 'sequence', OLD.sequence, 'status', OLD.status, 'register_id', OLD.register_id, 'session_id', OLD.session_id, 'branch_id', OLD.branch_id, 'customer_id', OLD.customer_id, 'cashier_id', OLD.cashier_id, 'original_id', OLD.original_id, 'issued_at', OLD.issued_at, 'currency', OLD.currency, 'rate', OLD.rate, 'price_mode', OLD.price_mode, 'base_minor', OLD.base_minor, 'vat_minor', OLD.vat_minor, 'discount_minor', OLD.discount_minor, 'stamp_duty_minor', OLD.stamp_duty_minor, 'rounding_minor', OLD.rounding_minor, 'total_minor', OLD.total_minor, 'change_minor', OLD.change_minor, 'cost', OLD.cost, 'approved_by', OLD.approved_by, 'previous_hash', OLD.previous_hash, 'hash', OLD.hash, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'series', NEW.series, 'sequence', NEW.sequence, 'status', NEW.status, 'register_id', NEW.register_id, 'session_id', NEW.session_id, 'branch_id', NEW.branch_id, 'customer_id', NEW.customer_id, 'cashier_id', NEW.cashier_id, 'original_id', NEW.original_id, 'issued_at', NEW.issued_at, 'currency', NEW.currency, 'rate', NEW.rate, 'price_mode', NEW.price_mode, 'base_minor', NEW.base_minor, 'vat_minor', NEW.vat_minor, 'discount_minor', NEW.discount_minor, 'stamp_duty_minor', NEW.stamp_duty_minor, 'rounding_minor', NEW.rounding_minor, 'total_minor', NEW.total_minor, 'change_minor', NEW.change_minor, 'cost', NEW.cost, 'approved_by', NEW.approved_by, 'previous_hash', NEW.previous_hash, 'hash', NEW.hash, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_sales_documents BEFORE DELETE ON sales_documents BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_final_sales BEFORE UPDATE ON sales_documents WHEN OLD.status <> 'draft' AND (NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number OR NEW.series IS NOT OLD.series OR NEW.sequence IS NOT OLD.sequence OR NEW.register_id IS NOT OLD.register_id OR NEW.session_id IS NOT OLD.session_id OR NEW.branch_id IS NOT OLD.branch_id OR NEW.customer_id IS NOT OLD.customer_id OR NEW.cashier_id IS NOT OLD.cashier_id OR NEW.original_id IS NOT OLD.original_id OR NEW.issued_at IS NOT OLD.issued_at OR NEW.currency IS NOT OLD.currency OR NEW.rate IS NOT OLD.rate OR NEW.price_mode IS NOT OLD.price_mode OR NEW.base_minor IS NOT OLD.base_minor OR NEW.vat_minor IS NOT OLD.vat_minor OR NEW.discount_minor IS NOT OLD.discount_minor OR NEW.stamp_duty_minor IS NOT OLD.stamp_duty_minor OR NEW.rounding_minor IS NOT OLD.rounding_minor OR NEW.total_minor IS NOT OLD.total_minor OR NEW.change_minor IS NOT OLD.change_minor OR NEW.cost IS NOT OLD.cost OR NEW.approved_by IS NOT OLD.approved_by OR NEW.previous_hash IS NOT OLD.previous_hash OR NEW.hash IS NOT OLD.hash OR NEW.created_at IS NOT OLD.created_at OR NEW.deleted_at IS NOT OLD.deleted_at OR (NEW.status IS NOT OLD.status AND NOT (OLD.status = 'final' AND NEW.status = 'cancelled'))) BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER audit_stock_document_lines_insert AFTER INSERT ON stock_document_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_document_lines', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_stock_document_lines_update AFTER UPDATE ON stock_document_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('stock_document_lines', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'document_id', OLD.document_id, 'product_id', OLD.product_id, 'quantity_milli', OLD.quantity_milli, 'expected_milli', OLD.expected_milli, 'unit_cost', OLD.unit_cost, 'vat_rate', OLD.vat_rate, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'product_id', NEW.product_id, 'quantity_milli', NEW.quantity_milli, 'expected_milli', NEW.expected_milli, 'unit_cost', NEW.unit_cost, 'vat_rate', NEW.vat_rate, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_stock_document_lines BEFORE DELETE ON stock_document_lines BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_stock_document_lines BEFORE UPDATE ON stock_document_lines BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER audit_sales_lines_insert AFTER INSERT ON sales_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_lines', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_sales_lines_update AFTER UPDATE ON sales_lines BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_lines', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'document_id', OLD.document_id, 'position', OLD.position, 'product_id', OLD.product_id, 'description', OLD.description, 'quantity_milli', OLD.quantity_milli, 'unit_price', OLD.unit_price, 'vat_rate', OLD.vat_rate, 'discount_minor', OLD.discount_minor, 'base_minor', OLD.base_minor, 'vat_minor', OLD.vat_minor, 'unit_cost', OLD.unit_cost, 'returned_line_id', OLD.returned_line_id, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'position', NEW.position, 'product_id', NEW.product_id, 'description', NEW.description, 'quantity_milli', NEW.quantity_milli, 'unit_price', NEW.unit_price, 'vat_rate', NEW.vat_rate, 'discount_minor', NEW.discount_minor, 'base_minor', NEW.base_minor, 'vat_minor', NEW.vat_minor, 'unit_cost', NEW.unit_cost, 'returned_line_id', NEW.returned_line_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_sales_lines BEFORE DELETE ON sales_lines BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_sales_lines BEFORE UPDATE ON sales_lines BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;

CREATE TRIGGER audit_sales_payments_insert AFTER INSERT ON sales_payments BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_payments', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;

CREATE TRIGGER audit_sales_payments_update AFTER UPDATE ON sales_payments BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('sales_payments', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'document_id', OLD.document_id, 'tender', OLD.tender, 'amount_minor', OLD.amount_minor, 'currency', OLD.currency, 'rate', OLD.rate, 'reference', OLD.reference, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'tender', NEW.tender, 'amount_minor', NEW.amount_minor, 'currency', NEW.currency, 'rate', NEW.rate, 'reference', NEW.reference, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;

CREATE TRIGGER refuse_delete_sales_payments BEFORE DELETE ON sales_payments BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;

CREATE TRIGGER refuse_update_sales_payments BEFORE UPDATE ON sales_payments BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;
