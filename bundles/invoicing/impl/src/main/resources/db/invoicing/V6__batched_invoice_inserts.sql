-- Invoices written in batches (cyclic runs write hundreds per transaction) need their keys before the insert:
-- EclipseLink takes them in blocks from invoicing_id_block (a table generator, which a rollback returns) instead
-- of reading each generated key back after its own insert. The identity default of invoicing_invoice.id stays
-- (Derby cannot drop it) but nothing relies on it any more.
CREATE TABLE invoicing_id_block (
    entity             VARCHAR(32)     NOT NULL PRIMARY KEY,
    last_id            BIGINT          NOT NULL
);
INSERT INTO invoicing_id_block (entity, last_id) SELECT 'invoice', COALESCE(MAX(id), 0) FROM invoicing_invoice;

-- An invoice line is its invoice's position: keyed by (invoice_id, position), it needs no key of its own.
ALTER TABLE invoicing_invoice_line DROP COLUMN id CASCADE;
ALTER TABLE invoicing_invoice_line ADD CONSTRAINT invoicing_invoice_line_pk PRIMARY KEY (invoice_id, position);

-- Every report entry of a run went into this index under the same run id, so each insert compared outcomes, and
-- under Derby's territory collation every comparison builds collation keys: a tenth of a run's time. Listing a run's
-- entries by outcome now filters its primary key range (run_id, entry_no) instead.
DROP INDEX invoicing_run_entry_outcome;
