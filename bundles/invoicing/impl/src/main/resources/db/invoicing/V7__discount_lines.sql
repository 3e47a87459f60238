-- A free-text line without a discount percentage may carry a negative unit price: a discount line (rabat), e.g. a
-- promotion of the offer an invoice was made from. Catalogue lines stay at zero or above.
ALTER TABLE invoicing_invoice_line DROP CONSTRAINT invoicing_invoice_line_price;
ALTER TABLE invoicing_invoice_line ADD CONSTRAINT invoicing_invoice_line_price
    CHECK (unit_price >= 0 OR (item_id IS NULL AND discount_percent = 0));
