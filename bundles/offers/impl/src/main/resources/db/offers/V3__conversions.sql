-- The invoice an accepted offer became (the invoicing module's id, no foreign key across modules), what kind, from
-- which revision, by whom and when. An invoice comes from one offer at most.
ALTER TABLE offers_offer ADD COLUMN converted_invoice_id BIGINT;
ALTER TABLE offers_offer ADD COLUMN converted_kind VARCHAR(10);
ALTER TABLE offers_offer ADD COLUMN converted_label VARCHAR(70);
ALTER TABLE offers_offer ADD COLUMN converted_by VARCHAR(100);
ALTER TABLE offers_offer ADD COLUMN converted_at TIMESTAMP;
ALTER TABLE offers_offer ADD CONSTRAINT offers_offer_invoice UNIQUE (converted_invoice_id);
ALTER TABLE offers_offer ADD CONSTRAINT offers_offer_converted_kind
    CHECK (converted_kind IS NULL OR converted_kind IN ('SALES', 'PRO_FORMA'));
