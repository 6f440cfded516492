-- Tunisia's daily global invoices of ticket sales (revision 0006), frozen from the tables
-- and storage/ddl.py of that revision.
-- IF NOT EXISTS: a replica rewound past this revision with the table still there upgrades again.
CREATE TABLE IF NOT EXISTS global_invoices (
	id CHAR(32) NOT NULL, 
	number VARCHAR(64) NOT NULL, 
	branch_id CHAR(32) NOT NULL, 
	business_date VARCHAR(10) NOT NULL, 
	issued_at VARCHAR(32) NOT NULL, 
	issued_by CHAR(32) NOT NULL, 
	currency VARCHAR(64) NOT NULL, 
	ticket_count INTEGER NOT NULL, 
	return_count INTEGER NOT NULL, 
	sales_ttc_minor INTEGER NOT NULL, 
	returns_ttc_minor INTEGER NOT NULL, 
	base_minor INTEGER NOT NULL, 
	vat_minor INTEGER NOT NULL, 
	stamp_duty_minor INTEGER NOT NULL, 
	total_minor INTEGER NOT NULL, 
	previous_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	ranges TEXT NOT NULL, 
	rates TEXT NOT NULL, 
	series VARCHAR(40) NOT NULL, 
	sequence INTEGER NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	updated_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (number), 
	UNIQUE (series, sequence), 
	UNIQUE (branch_id, business_date), 
	FOREIGN KEY(branch_id) REFERENCES branches (id), 
	FOREIGN KEY(issued_by) REFERENCES users (id)
);
CREATE INDEX IF NOT EXISTS ix_global_invoices_date ON global_invoices (business_date);
CREATE TRIGGER IF NOT EXISTS audit_global_invoices_insert AFTER INSERT ON global_invoices BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('global_invoices', NEW.id, 'insert', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', NULL, NULL); END;
CREATE TRIGGER IF NOT EXISTS audit_global_invoices_update AFTER UPDATE ON global_invoices BEGIN INSERT INTO audit_log (table_name, row_id, operation, actor_id, at, before, after) VALUES ('global_invoices', NEW.id, 'update', (SELECT user_id FROM audit_actor WHERE slot = 1), strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z', json_object('id', OLD.id, 'number', OLD.number, 'branch_id', OLD.branch_id, 'business_date', OLD.business_date, 'issued_at', OLD.issued_at, 'issued_by', OLD.issued_by, 'currency', OLD.currency, 'ticket_count', OLD.ticket_count, 'return_count', OLD.return_count, 'sales_ttc_minor', OLD.sales_ttc_minor, 'returns_ttc_minor', OLD.returns_ttc_minor, 'base_minor', OLD.base_minor, 'vat_minor', OLD.vat_minor, 'stamp_duty_minor', OLD.stamp_duty_minor, 'total_minor', OLD.total_minor, 'previous_hash', OLD.previous_hash, 'hash', OLD.hash, 'ranges', OLD.ranges, 'rates', OLD.rates, 'series', OLD.series, 'sequence', OLD.sequence, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'deleted_at', OLD.deleted_at), json_object('id', NEW.id, 'number', NEW.number, 'branch_id', NEW.branch_id, 'business_date', NEW.business_date, 'issued_at', NEW.issued_at, 'issued_by', NEW.issued_by, 'currency', NEW.currency, 'ticket_count', NEW.ticket_count, 'return_count', NEW.return_count, 'sales_ttc_minor', NEW.sales_ttc_minor, 'returns_ttc_minor', NEW.returns_ttc_minor, 'base_minor', NEW.base_minor, 'vat_minor', NEW.vat_minor, 'stamp_duty_minor', NEW.stamp_duty_minor, 'total_minor', NEW.total_minor, 'previous_hash', NEW.previous_hash, 'hash', NEW.hash, 'ranges', NEW.ranges, 'rates', NEW.rates, 'series', NEW.series, 'sequence', NEW.sequence, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'deleted_at', NEW.deleted_at)); END;
CREATE TRIGGER IF NOT EXISTS refuse_delete_global_invoices BEFORE DELETE ON global_invoices BEGIN SELECT RAISE(ABORT, 'storage.delete_refused'); END;
CREATE TRIGGER IF NOT EXISTS refuse_update_global_invoices BEFORE UPDATE ON global_invoices BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END;
