-- The numbering series an invoice takes its number from: set on the draft (a cyclic scheme or the caller
-- picks it, else the kind's default) and used at issue and to choose the printout template. Invoices made
-- before this column took their kind's default series, FS or PF.
ALTER TABLE invoicing_invoice ADD COLUMN series VARCHAR(32) NOT NULL DEFAULT 'FS';
UPDATE invoicing_invoice SET series = 'PF' WHERE kind = 'PRO_FORMA';
